"""Words that look like a schedule, a route or a duration but say nothing checkable about a
regimen (our own sentences, several phrasings per class; each with a kept counterpart)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _typed(text: str, kind: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "This medicine helps you stay alert by day and sleep at night.",
        "Drugs that help you fall asleep at night can cause falls.",
        "The therapy may leave you less drowsy in the morning.",
        "Some pills make it hard to stay awake in the afternoon.",
    ],
)
def test_a_time_of_day_right_after_a_state_of_the_body_is_no_schedule(text: str) -> None:
    # when the body sleeps or wakes, even where a medicine is named in the sentence
    assert _typed(text, "frequency_schedule") == []


@pytest.mark.parametrize(
    ("text", "timing"),
    [
        ("Take the tablet at night to help you sleep.", "at night"),
        ("Use the spray in the morning, before you wake the children.", "in the morning"),
        ("If you cannot sleep, take one capsule at bedtime.", "at bedtime"),
    ],
)
def test_a_time_of_day_that_times_the_dose_stays_a_schedule(text: str, timing: str) -> None:
    assert _typed(text, "frequency_schedule") == [timing]
