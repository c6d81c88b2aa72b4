"""How far apart doses are, written as an adjective before its noun: "at 3 year intervals",
"four-week dosing", "8-week dose intervals" are schedules (heldout47's gold: "at 3 year
intervals", "four-week dosing", "eight-week dosing"); the length of a course so written ("a
6-month regimen", "a 12-week dosing period") stays a duration. Texts written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def _timed(text: str) -> list[tuple[str, str]]:
    kinds = ("frequency_schedule", "duration", "onset_time")
    return [(c.type, c.text) for c in extract_claims(text) if c.type in kinds]


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        ("A booster should be offered at 3 year intervals.", "at 3 year intervals", 3),
        ("Boosters are given at 3-year intervals.", "at 3-year intervals", 3),
        ("A trial of four-week dosing is under way.", "four-week dosing", 4),
        ("The 8-week dose interval was safe.", "8-week dose interval", 8),
    ],
)
def test_an_interval_before_its_noun_is_a_schedule(text: str, span: str, period: int) -> None:
    (claim,) = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert claim.text == span
    assert claim.value["frequency"] == 1 and claim.value["period"] == period


def test_a_range_of_intervals_keeps_both_ends() -> None:
    (claim,) = [
        c
        for c in extract_claims("Give 2 tablets at 4-6 hour intervals.")
        if c.type == "frequency_schedule"
    ]
    assert claim.value["period"] == 4 and claim.value["period_max"] == 6


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Patients had a 12-week dosing period.", "12-week"),
        ("They took a 6-month dosing regimen.", "6-month"),
        ("The 9-month regimen is longer.", "9-month"),
    ],
)
def test_a_course_so_written_stays_a_duration(text: str, span: str) -> None:
    assert _timed(text) == [("duration", span)]


_WORDS = {2: "two", 3: "three", 4: "four", 6: "six", 8: "eight", 12: "twelve"}


@given(
    count=st.sampled_from(sorted(_WORDS)),
    unit=st.sampled_from(["week", "month", "year"]),
    spelt=st.booleans(),
    noun=st.sampled_from(["dosing", "intervals", "dose intervals"]),
)
def test_any_interval_before_its_noun(count: int, unit: str, spelt: bool, noun: str) -> None:
    figure = _WORDS[count] if spelt else str(count)
    text = f"The study compared {figure}-{unit} {noun} in adults."
    schedules = [c for c in extract_claims(text) if c.type == "frequency_schedule"]
    assert [(c.text, c.value["period"]) for c in schedules] == [(f"{figure}-{unit} {noun}", count)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Treatment must start within a 72-hour interval of exposure.", "72-hour"),
        ("Most patients were seen within a 2-year interval (Smith 2020).", "2-year"),
        ("No relapse was seen during a 6-month interval.", "6-month"),
    ],
)
def test_a_window_written_as_an_interval_stays_a_duration(text: str, span: str) -> None:
    # "within a 2-year interval" is how long a window lasts, not how far apart doses are
    assert _timed(text) == [("duration", span)]
