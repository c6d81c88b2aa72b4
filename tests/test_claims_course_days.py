"""The days of a course, each given to a dose by its place in order ("1st on day 1, 2nd on day
3 and 3rd on day 5"), are one schedule, as "on days 3, 7, and 14" is (heldout47's gold, after a
typhoid vaccine table); days of a study's follow-up with nothing given ("on Day 15, Day 30 and
Day 45") stay a point each (heldout50's gold). Texts written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def _points(text: str) -> list[tuple[str, str, object]]:
    return [
        (c.type, c.text, c.value.get("points"))
        for c in extract_claims(text)
        if c.type in ("frequency_schedule", "other_quantity") and "day" in c.text.lower()
    ]


@pytest.mark.parametrize(
    ("text", "span", "points"),
    [
        (
            "| Oral vaccine | 3 capsules; 1st on day 1, 2nd on day 3 and 3rd on day 5 | Adults |",
            "1st on day 1, 2nd on day 3 and 3rd on day 5",
            [1, 3, 5],
        ),
        (
            "Give the first dose on day 0 and the second on day 7.",
            "the first dose on day 0 and the second on day 7",
            [0, 7],
        ),
    ],
)
def test_days_given_to_doses_in_order_are_one_schedule(
    text: str, span: str, points: list[int]
) -> None:
    assert _points(text) == [("frequency_schedule", span, points)]


def test_the_figures_of_an_ordinal_are_no_day() -> None:
    # "on day 3 and 3rd": the "3" of "3rd" is no second day
    assert _points("Take 1 tablet: the 2nd on day 3 and 3rd on day 5.") == [
        ("frequency_schedule", "the 2nd on day 3 and 3rd on day 5", [3, 5])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The first patient was enrolled on day 3 and the second on day 10.",
        "The 1st on day 1 and the 2nd on day 3.",
    ],
)
def test_days_in_order_with_no_dose_are_no_plan(text: str) -> None:
    # enrolment in order is no dosing plan: each day stays a point of its own
    assert all(kind != "frequency_schedule" for kind, _, _ in _points(text))


def test_a_dose_in_order_past_the_fifth() -> None:
    text = "Give 10 mg iv: the sixth dose on day 28 and the seventh on day 35."
    assert _points(text) == [
        ("frequency_schedule", "the sixth dose on day 28 and the seventh on day 35", [28, 35])
    ]


def test_follow_up_days_stay_points_of_their_own() -> None:
    assert [c[:2] for c in _points("Assessments were done on Day 15, Day 30 and Day 45.")] == [
        ("other_quantity", "Day 15"),
        ("other_quantity", "Day 30"),
        ("other_quantity", "Day 45"),
    ]


_ORDINALS = ["1st", "2nd", "3rd", "4th"]


@given(days=st.lists(st.integers(min_value=0, max_value=60), min_size=2, max_size=4, unique=True))
def test_any_doses_in_order(days: list[int]) -> None:
    days = sorted(days)
    items = [f"{_ORDINALS[i]} on day {d}" for i, d in enumerate(days)]
    listed = ", ".join(items[:-1]) + f" and {items[-1]}"
    assert _points(f"Take 1 capsule: {listed}.") == [("frequency_schedule", listed, days)]
