"""Times whose kind (onset_time, duration, frequency_schedule, an age) is set by their words
or their anchor: vague times with a second unit ("a few days or weeks after"), an ordinal
place in an illness ("by the third week"), how long something takes to come on ("develops
over hours or days"), kinds of days ("7 business days", "on 3 consecutive mornings").
Sentences written for these tests, several phrasings per class."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(sentence: str, words: str) -> Claim:
    """The one claim whose span holds `words` (routes and attributions aside)."""
    at = sentence.index(words)
    found = [
        c
        for c in extract_claims(sentence)
        if c.start <= at and at + len(words) <= c.end and c.type not in ("route",)
    ]
    assert len(found) == 1, (sentence, words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


@pytest.mark.parametrize(
    ("sentence", "words", "unit", "high_unit"),
    [
        (
            "The rash usually appears a few days or weeks after the bite.",
            "days or weeks",
            "day",
            "week",
        ),
        (
            "Nerve damage can develop several months or years after the infection.",
            "months or years",
            "month",
            "year",
        ),
        ("Paralysis may occur a few hours to days after exposure.", "hours to days", "hour", "day"),
    ],
)
def test_a_vague_time_with_a_second_unit_is_one_onset(
    sentence: str, words: str, unit: str, high_unit: str
) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "onset_time"
    assert _value(claim)["unit"] == unit
    assert _value(claim)["high_unit"] == high_unit


def test_a_second_unit_after_a_number_is_left_alone() -> None:
    """ "2 days or weeks" is no range the writer meant; only vague amounts take a second unit."""
    claim = _claim_on("The cough lasted 2 days or weeks in most children.", "2 days")
    assert "high_unit" not in _value(claim)


@pytest.mark.parametrize(
    ("sentence", "words", "place", "kind"),
    [
        (
            "By the third week of the illness most patients are at their weakest.",
            "third week",
            3,
            "onset_time",
        ),
        ("The rash fades during the 2nd week of illness.", "2nd week", 2, "onset_time"),
        ("Fever usually breaks by the fourth day of symptoms.", "fourth day", 4, "onset_time"),
        (
            "Blood samples should be taken in the second week of illness.",
            "second week",
            2,
            "frequency_schedule",
        ),
    ],
)
def test_an_ordinal_place_in_an_illness(sentence: str, words: str, place: int, kind: str) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == kind
    assert _value(claim) == {"value": place, "unit": words.split()[-1]}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The disorder can develop over the course of hours or days.", "hours or days"),
        ("Symptoms usually appear over several days.", "several days"),
        ("Weakness develops over 2 to 4 weeks in most patients.", "2 to 4 weeks"),
        ("The lesions emerge over a period of weeks.", "weeks"),
    ],
)
def test_time_over_which_something_comes_on_is_onset(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


def test_over_some_years_ago_is_no_onset() -> None:
    claims = extract_claims("The outbreak started over 3 years ago in one town.")
    assert all(c.type != "onset_time" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "words", "value", "unit"),
    [
        (
            "The test is done on 3 consecutive mornings after waking.",
            "3 consecutive mornings",
            3,
            "morning",
        ),
        ("Take one tablet on 5 consecutive days.", "5 consecutive days", 5, "day"),
        (
            "Pressure should be measured on two separate occasions.",
            "two separate occasions",
            2,
            "occasion",
        ),
        ("Give the drops on each of 3 successive days.", "3 successive days", 3, "day"),
    ],
)
def test_on_a_run_of_days_is_a_schedule(sentence: str, words: str, value: int, unit: str) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type == "frequency_schedule"
    assert _value(claim) == {"value": value, "unit": unit}
    assert claim.text.startswith("on ")


@pytest.mark.parametrize(
    ("sentence", "words", "value"),
    [
        (
            "Outbreaks must be reported within 7 business days of notification.",
            "7 business days",
            7,
        ),
        ("A refund is paid within 10 working days.", "10 working days", 10),
        ("The fever lasted for 4 consecutive days.", "4 consecutive days", 4),
    ],
)
def test_a_kind_of_day_is_still_a_time(sentence: str, words: str, value: int) -> None:
    claim = _claim_on(sentence, words)
    assert claim.type in ("duration", "onset_time")
    assert _value(claim) == {"value": value, "unit": "day"}


def test_nights_without_on_stay_a_count() -> None:
    claim = _claim_on("He stayed 3 nights in hospital.", "3 nights")
    assert claim.type != "frequency_schedule"
