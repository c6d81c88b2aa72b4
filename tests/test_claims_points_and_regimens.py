"""Points in time and regimens, classes first seen on heldout36 and heldout37: a time before an
event, a place in a course named by an ordinal, a regimen's length and frequency, a count of
doses with its pace, a mean age with its spread. Short excerpts name their source; the other
sentences were written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(sentence: str, words: str) -> Claim:
    """The one claim (routes and attributions aside) whose span holds `words`."""
    at = sentence.index(words)
    found = [
        c
        for c in extract_claims(sentence)
        if c.start <= at
        and at + len(words) <= c.end
        and c.type not in ("route", "study_attribution")
    ]
    assert len(found) == 1, (sentence, words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


# --- a time before an event is a point, never a length ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # NHS hay fever page (heldout36)
        (
            "This kind of treatment usually starts in the winter about 3 months before the hay"
            " fever season begins.",
            "about 3 months",
        ),
        ("The lining usually closes a couple of months before birth.", "a couple of months"),
        ("She was stillborn 11 days before her due date.", "11 days"),
        ("Women could be invited up to 6 months before their 25th birthday.", "6 months"),
        ("The canal closes a few weeks before or after birth.", "a few weeks"),
    ],
)
def test_a_time_before_an_event_is_when_it_comes(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "onset_time"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # NHS sildenafil page (heldout37)
        ("You can take it up to 4 hours before you want to have sex.", "4 hours"),
        ("Patients should stop the drug 5 days before the procedure starts.", "5 days"),
    ],
)
def test_a_time_before_an_event_with_a_dose_in_its_clause_is_a_schedule(
    sentence: str, words: str
) -> None:
    assert _claim_on(sentence, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Contacts in the 3 days before treatment should be washed.", "3 days"),
        ("Exposure in the 14 days before symptom onset was recorded.", "14 days"),
        ("Avoid alcohol for 2 weeks before surgery.", "2 weeks"),
    ],
)
def test_a_window_ending_at_an_event_stays_a_duration(sentence: str, words: str) -> None:
    assert _claim_on(sentence, words).type == "duration"
