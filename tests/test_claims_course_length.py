"""A schedule followed by how long the course runs ("twice daily for 7 days") is two claims:
the schedule and the course length, a duration. Every independent dev gold marks them apart
(heldout8, 12, 34, 36, 42, 46, 47, 50); the texts here are written for the test, after the
forms those articles use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def _kinds(text: str) -> list[tuple[str, str]]:
    return [
        (c.type, c.text)
        for c in extract_claims(text)
        if c.type in ("frequency_schedule", "duration")
    ]


@pytest.mark.parametrize(
    ("text", "schedule", "course"),
    [
        ("Apply the cream twice daily for 1 week.", "twice daily", "1 week"),
        ("Take 100 mg twice daily for 7 days.", "twice daily", "7 days"),
        ("Use it once daily for 1-2 weeks.", "once daily", "1-2 weeks"),
        ("Patients took one capsule twice a day for 6 months.", "twice a day", "6 months"),
        ("Riders trained twice a week over 16 weeks.", "twice a week", "over 16 weeks"),
        ("They came to 3 weekly sessions for 2 months.", "3 weekly sessions", "2 months"),
        ("Methotrexate 10 mg weekly for 6 months.", "weekly", "6 months"),
        ("Take 500 mg bd for 7 days.", "bd", "7 days"),
        ("Take 2 tablets od for 5 days.", "od", "5 days"),
        ("Use twice-daily application for 1 week.", "twice-daily application", "1 week"),
    ],
)
def test_a_course_length_is_a_duration_of_its_own(text: str, schedule: str, course: str) -> None:
    assert _kinds(text) == [("frequency_schedule", schedule), ("duration", course)]


def test_the_schedule_keeps_its_pace_and_no_bounds() -> None:
    claims = extract_claims("The protocol is twice weekly infusions for two to three weeks.")
    (schedule,) = [c for c in claims if c.type == "frequency_schedule"]
    assert schedule.text == "twice weekly infusions"
    assert schedule.value["frequency"] == 2 and schedule.value["period_unit"] == "week"
    assert "bounds" not in schedule.value
    (course,) = [c for c in claims if c.type == "duration"]
    assert course.value == {"low": 2, "high": 3, "unit": "week"}


def test_a_count_spread_over_a_time_stays_one_schedule() -> None:
    # the time over which a count of sessions is spread says how often, not how long a course
    # runs (the seeds' gold: "six infusions spread over two to three weeks")
    (claim,) = _kinds("Patients received six infusions spread over two to three weeks.")
    assert claim == ("frequency_schedule", "six infusions spread over two to three weeks")


_PACES = ["once daily", "twice daily", "twice a day", "three times a day", "twice weekly"]
_UNITS = {"day": "days", "week": "weeks", "month": "months"}


@given(
    pace=st.sampled_from(_PACES),
    count=st.integers(min_value=2, max_value=90),
    unit=st.sampled_from(sorted(_UNITS)),
)
def test_any_course_after_any_pace(pace: str, count: int, unit: str) -> None:
    text = f"Take it {pace} for {count} {_UNITS[unit]}."
    claims = extract_claims(text)
    schedules = [c for c in claims if c.type == "frequency_schedule"]
    durations = [c for c in claims if c.type == "duration"]
    assert [c.text for c in schedules] == [pace]
    assert [c.value for c in durations] == [{"value": count, "unit": unit}]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Take 20 mg daily for 1 year and 6 months.",
            "1 year and 6 months",
            {"value": 18, "unit": "month"},
        ),
        (
            "They were treated for 2 years and 3 months.",
            "2 years and 3 months",
            {"value": 27, "unit": "month"},
        ),
        ("Symptoms lasted 3 weeks and 2 days.", "3 weeks and 2 days", {"value": 23, "unit": "day"}),
    ],
)
def test_a_time_in_two_parts_is_one_duration(
    text: str, span: str, value: dict[str, object]
) -> None:
    # a source would state the course as "18 months": one duration in the smaller unit
    durations = [(c.text, c.value) for c in extract_claims(text) if c.type == "duration"]
    assert durations == [(span, value)]
