"""A dose for each time an event comes ("then 1 mg after each loose stool", "with each meal"):
a schedule set by the event (dir14). Excerpts: loperamide dosing page (heldout66/08); Centre for
Menstrual Cycle and Ovulation Research, "Heavy flow" (heldout72/08); tonsillectomy aftercare
(heldout38/08). The last sentence is written for this test."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _schedules(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Children aged 6 to 8 years (20 to 30 kg) take 2 mg initially, then 1 mg after each "
            "loose stool.",
            "after each loose stool",
        ),
        (
            "Following this, 2 mg can be taken after each subsequent loose bowel movement.",
            "after each subsequent loose bowel movement",
        ),
        (
            "Simply taking one tablet of ibuprofen (200 mg is the usual-sized tablet) with each "
            "meal reduces flow.",
            "with each meal",
        ),
        (
            "Stay hydrated throughout the day and try to have a drink with every meal.",
            "with every meal",
        ),
    ],
)
def test_a_dose_with_each_event_is_a_schedule(text: str, span: str) -> None:
    assert span in _schedules(text)


def test_each_of_something_that_is_no_event_is_none() -> None:
    assert (
        _schedules("Recurrent hiccups keep coming back, with each episode lasting minutes.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The pain gets worse after each meal.",
        "Some babies bring up a little milk after every feed.",
        "Burp your baby after each feed.",
        "Her symptoms flared with every meal.",
    ],
)
def test_each_event_with_nothing_taken_is_no_schedule(text: str) -> None:
    # like "after meals" (quantities.cued_timings): a schedule only beside a dosing cue
    assert _schedules(text) == []


def test_each_event_beside_a_dose_stays() -> None:
    assert _schedules("Give 10 ml/kg of ORS after each loose stool.") == ["after each loose stool"]
