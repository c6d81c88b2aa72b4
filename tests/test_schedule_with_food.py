""" "with food" alone is no schedule (dir14): no dev gold marks it (0 of 23; 4 borderline "with
or without food"), while "with meals" and "with breakfast" are marked. Excerpts: nitrofurantoin
clinic page (heldout66/07); SingleCare, "Prednisone dosage" (heldout59/04). The others are
written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _schedules(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "frequency_schedule"]


@pytest.mark.parametrize(
    "text",
    [
        "- Take Nitrofurantoin with food or milk to reduce stomach upset.",
        "Take the tablets with food.",
    ],
)
def test_with_food_alone_is_no_schedule(text: str) -> None:
    assert _schedules(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Take it with meals.", "with meals"),
        ("Take it with or after food.", "with or after food"),
        ("Take one capsule twice a day with food.", "twice a day"),
        ("Take it once a day with breakfast.", "once a day with breakfast"),
    ],
)
def test_meals_and_frequencies_stay(text: str, span: str) -> None:
    assert span in _schedules(text)
