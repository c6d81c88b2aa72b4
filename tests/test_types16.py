"""Types of amounts, samples, schedules and ages as the development golds mark them (types16):
a dose given for each event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import claim_spanning, claims_of

# --- a dose for each time an event comes is a schedule ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "timing"),
    [
        (
            "Give 10 mL/kg of the solution for each watery or loose stool.",
            "for each watery or loose stool",
            "for each watery or loose stool",
        ),
        (
            "Replace 2 mL/kg of the solution for each vomiting episode.",
            "for each vomiting episode",
            "for each vomiting episode",
        ),
        ("Take one tablet with every meal.", "with every meal", "with every meal"),
    ],
)
def test_dose_for_each_event_is_a_schedule(text: str, span: str, timing: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "frequency_schedule"
    assert claim.value.get("timing") == timing  # "for each" bounds nothing


def test_an_episode_of_nothing_given_is_no_schedule() -> None:
    text = "The hiccups keep coming back, with each episode lasting longer."
    assert not [c for c in claims_of(text) if c.type == "frequency_schedule"]
