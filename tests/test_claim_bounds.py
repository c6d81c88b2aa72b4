"""Bound words before schedules, doses and counts: "up to 4 times a day", "no more than 3
tablets", "at least once a week" keep their bound as the claim's qualifier and in its span, as
times do ("up to two weeks"). Sentences written for these tests (no article's text)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def of_type(text: str, *kinds: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type in kinds]


# --- an upper limit on how often -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Apply the gel up to 3 times a day.", "up to 3 times a day"),
        ("You may use it up to four times daily.", "up to four times daily"),
        ("Use the spray no more than twice a day.", "no more than twice a day"),
        ("Take it not more than 3 times in 24 hours.", "not more than 3 times in 24 hours"),
        ("Use the inhaler at most 4 times a day.", "at most 4 times a day"),
        ("Children can have it a maximum of three times a day.", "a maximum of three times a day"),
        ("Cream: max. 2 times a day on the rash.", "max. 2 times a day"),
        ("Apply max 2 times a week.", "max 2 times a week"),
        ("Give no more than 4 doses in 24 hours.", "no more than 4 doses in 24 hours"),
        # a forbidden excess is a limit, not a lower bound
        ("Do not use it more than twice a week.", "more than twice a week"),
        ("You must never take it more than 3 times a day.", "more than 3 times a day"),
    ],
)
def test_an_upper_limit_on_a_schedule_is_up_to(text: str, span: str) -> None:
    (claim,) = of_type(text, "frequency_schedule")
    assert (claim.text, claim.qualifier) == (span, "up to")


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Check your feet at least once a week.", "at least once a week", "at least"),
        ("Exercise more than 3 times a week.", "more than 3 times a week", "more than"),
        ("The nurse visits about once a month.", "about once a month", "approximately"),
        ("Most people need roughly 2 doses.", "roughly 2 doses", "approximately"),
    ],
)
def test_other_bounds_on_a_schedule_are_kept(text: str, span: str, qualifier: str) -> None:
    (claim,) = of_type(text, "frequency_schedule")
    assert (claim.text, claim.qualifier) == (span, qualifier)


# --- an upper limit on how much --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take at most 2 tablets a day.", "at most 2 tablets"),
        ("Adults can take at the most 8 tablets in 24 hours.", "at the most 8 tablets in 24 hours"),
        ("Swallow max. 2 capsules at once.", "max. 2 capsules"),
        ("The usual limit is a maximum 4 g a day.", "a maximum 4 g a day"),  # its period too
        ("Do not take more than 12 tablets in a week.", "more than 12 tablets"),
        ("Use no more than 10 mg.", "no more than 10 mg"),
    ],
)
def test_an_upper_limit_on_a_dose_is_up_to(text: str, span: str) -> None:
    (claim,) = of_type(text, "dose")
    assert (claim.text, claim.qualifier) == (span, "up to")


# --- words that say when, not how often, stay out of a schedule ---------------------------------
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Protection builds after 2 doses.", "2 doses"),
        ("Take it at most every 4 hours.", "every 4 hours"),  # bounds how often, not 4 hours
        ("Give the vaccine over 2 doses.", "2 doses"),
    ],
)
def test_a_schedule_takes_no_word_of_when(text: str, span: str) -> None:
    (claim,) = of_type(text, "frequency_schedule")
    assert (claim.text, claim.qualifier) == (span, None)


def test_max_with_a_stop_does_not_end_the_sentence() -> None:
    # one sentence: the bound reaches the amount after it
    (claim,) = of_type("Max. 3 times a day. Then stop.", "frequency_schedule")
    assert claim.text == "Max. 3 times a day" and claim.sentence == "Max. 3 times a day."
