"""A time right before "before" and an event. The dev golds take it as when something is to
happen before an event that happens once or around stopping or starting something
(onset_time: "start warfarin 3 days before discontinuing dabigatran", "1 or 2 days before
entering a country", heldout57/05 and /09; "7 days before surgery"), as a dose's daily
moment before any other event (frequency_schedule: "30 minutes before you have breakfast",
heldout3/12; "a few hours before bedtime", heldout17/02; "30 minutes before sexual
activity", as drug labels time a dose), and as how long after a verb of waiting or with the
time lost or spent (duration: "wait at least 30 seconds before taking the next puff",
heldout57/10). The sentences are ours."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(sentence: str, words: str) -> Claim:
    found = [c for c in extract_claims(sentence) if words in c.text]
    assert len(found) == 1, [(c.type, c.text) for c in extract_claims(sentence)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "words", "kind"),
    [
        ("Start the new tablets 3 days before stopping the old ones.", "3 days", "onset_time"),
        ("Begin the course 1 or 2 days before entering the area.", "1 or 2 days", "onset_time"),
        ("Start the tablets 0 to 2 hours before the scheduled injection.", "0 to 2 hours",
         "onset_time"),
        ("Stop taking aspirin 7 days before surgery.", "7 days", "onset_time"),
        ("Get the vaccine at least 2 weeks before travel.", "2 weeks", "onset_time"),
        ("Take it 30 minutes before breakfast.", "30 minutes", "frequency_schedule"),
        ("Take it 30 minutes before you have breakfast.", "30 minutes", "frequency_schedule"),
        ("Take it a few hours before bedtime.", "a few hours", "frequency_schedule"),
        ("Take it at least 30 minutes before eating.", "30 minutes", "frequency_schedule"),
        ("Wait at least 30 seconds before taking the next puff.", "30 seconds", "duration"),
        ("Patients lose more than a decade before reaching care.", "a decade", "duration"),
        # what is lost is no time: the time says when to have lost it
        ("Lose weight at least 3 months before pregnancy.", "3 months", "onset_time"),
        # daily moments whatever their wording: when to take each dose
        ("Take one dose 30 minutes before sexual activity.", "30 minutes", "frequency_schedule"),
        ("Take your pill 30 minutes before your morning coffee.", "30 minutes",
         "frequency_schedule"),
        ("Apply the gel 30 minutes before brushing your teeth.", "30 minutes",
         "frequency_schedule"),
        # kept apart from another medicine, a spacing repeated with each dose
        ("Take it at least 4 hours before or after drugs that bind it.", "4 hours",
         "frequency_schedule"),
    ],
)  # fmt: skip
def test_a_time_before_an_event(sentence: str, words: str, kind: str) -> None:
    assert _claim_on(sentence, words).type == kind


def test_a_daily_moment_keeps_its_timing() -> None:
    claim = _claim_on("Apply the gel 30 minutes before brushing your teeth.", "30 minutes")
    assert claim.value is not None and claim.value.get("timing") == "before brushing"


def test_an_onset_before_an_event_keeps_no_timing() -> None:
    claim = _claim_on("Start warfarin 3 days before discontinuing dabigatran.", "3 days")
    assert claim.type == "onset_time"
    assert claim.value == {"value": 3, "unit": "day"}


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["hours", "days", "weeks"]),
    st.sampled_from(["stopping the old tablets", "surgery", "travel", "entering the country"]),
)
def test_a_time_before_a_one_off_event_is_when(count: int, unit: str, event: str) -> None:
    claim = _claim_on(f"Start it {count} {unit} before {event}.", f"{count} {unit}")
    assert claim.type == "onset_time"
    assert claim.value is not None and claim.value.get("value") == count
