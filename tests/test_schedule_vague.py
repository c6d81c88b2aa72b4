"""Schedules whose interval is a vague amount ("every few weeks") carry no number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims

VAGUE = ["few", "several", "a few", "a couple of", "many"]
UNITS = ["hours", "days", "weeks", "months", "years"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Screening is repeated every few weeks until the lesion clears.",
        "Patients were reviewed every several months during follow-up.",
        "The injection is given every couple of weeks in most clinics.",
    ],
)
def test_vague_interval_is_a_schedule_without_a_number(sentence: str) -> None:
    claims = [c for c in extract_claims(sentence) if c.type == "frequency_schedule"]
    assert claims, sentence
    value = claims[0].value
    assert "period" not in value and "value" not in value
    assert value.get("descriptor") and value.get("frequency") == 1


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(VAGUE), st.sampled_from(UNITS), st.sampled_from(["every", "Every"]))
def test_any_vague_interval_is_a_schedule_with_its_word(vague: str, unit: str, every: str) -> None:
    text = f"{every} {vague} {unit}, a dose was given in the trial."
    schedules = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert schedules, text
    descriptor = schedules[0].value.get("descriptor")
    assert descriptor and descriptor in vague
    assert "period" not in schedules[0].value
