"""A frequency word in capitals throughout ("TAKE IT DAILY") is shouted, as leaflets and labels
write instructions, not part of a name: the capitals around it say nothing of a name, so it is
read as any "daily" is, needing something taken in its sentence. Texts written for the test."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _schedules(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("TAKE IT DAILY.", "DAILY"),
        ("TAKE ONE TABLET WEEKLY WITH WATER.", "WEEKLY"),
        ("Take Alendronate WEEKLY with a glass of water.", "WEEKLY"),
    ],
)
def test_a_shouted_frequency_is_a_schedule(text: str, span: str) -> None:
    assert span in _schedules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Morbidity and Mortality Weekly Report said so.",
        "READ THE MMWR WEEKLY REPORT",  # nothing taken: no schedule, capitals or not
    ],
)
def test_a_name_or_nothing_taken_is_still_no_schedule(text: str) -> None:
    assert _schedules(text) == []
