"""Counts of studies, time per period, study days, compact frequencies and a year-shaped count in a
table cell (issue 17, heldout50's first look). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _at(text: str, span: str) -> Claim:
    found = [c for c in extract_claims(text) if c.text == span]
    assert len(found) == 1, [(c.type, c.text) for c in extract_claims(text)]
    return found[0]


# --- (a) a count of studies or trials is how much research there is, not a sample ------------


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("A review of 17 studies found no benefit for sleep.", "17 studies", 17, "study"),
        ("In all three trials the lenses changed nothing.", "all three trials", 3, "trial"),
        (
            "There are over 700 peer-reviewed human studies on the powder.",
            "over 700 peer-reviewed human studies",
            700,
            "study",
        ),
        (
            "A meta-analysis of 11 randomized trials pooled them.",
            "11 randomized trials",
            11,
            "trial",
        ),
    ],
)
def test_a_count_of_studies_is_a_count(text: str, span: str, number: int, unit: str) -> None:
    claim = _at(text, span)
    assert claim.type == "other_quantity"
    assert claim.value["value"] == number
    assert (claim.value["unit"], claim.value["measure"]) == (unit, "count")


def test_the_people_a_study_took_stay_its_sample() -> None:
    claim = _at("The trial enrolled 403 adults with insomnia.", "403 adults")
    assert claim.type == "sample_size"


# --- (b) a length of time in each period is a duration -----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "per"),
    [
        (
            "Those who slept about 4 hours per night ate more.",
            "about 4 hours per night",
            4,
            "hour",
            "night",
        ),
        (
            "Most adults can sleep an hour or longer each night when allowed.",
            "an hour or longer each night",
            1,
            "hour",
            "night",
        ),
        ("The women fasted for 16 h per day.", "16 h per day", 16, "hour", "day"),
        ("Aim for 30 minutes a day of walking.", "30 minutes a day", 30, "minute", "day"),
    ],
)
def test_time_in_each_period_is_how_long(
    text: str, span: str, value: int, unit: str, per: str
) -> None:
    claim = _at(text, span)
    assert claim.type == "duration"
    assert (claim.value["value"], claim.value["unit"], claim.value["per"]) == (value, unit, per)


def test_days_in_each_week_stay_a_schedule() -> None:
    claim = _at("Swim on five days a week.", "five days a week")
    assert claim.type == "frequency_schedule"


# --- (c) a study day named unit first is a point of the study's course -------------------------


def test_study_days_without_a_dose_are_time_points() -> None:
    text = (
        "A nurse phoned the participants on Day 14, Day 28 and Day 42. "
        "Final blood tests were done on Day 56."
    )
    found = [(c.type, c.text, c.value.get("value")) for c in extract_claims(text)]
    assert found == [
        ("other_quantity", "Day 14", 14),
        ("other_quantity", "Day 28", 28),
        ("other_quantity", "Day 42", 42),
        ("other_quantity", "Day 56", 56),
    ]
    assert all(c.value["measure"] == "time" for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Patients got 8 mg i.v. on day 1, day 8 and day 15.", "on day 1, day 8 and day 15"),
        ("Patients got 8 mg i.v. on day 1.", "on day 1"),
        ("A second treatment is usually needed on day 10.", "on day 10"),
    ],
)
def test_days_of_a_plan_stay_a_schedule(text: str, span: str) -> None:
    assert _at(text, span).type == "frequency_schedule"


# --- (d) how often, written with a slash -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        ("Fish intake of 2/wk was advised.", "2/wk", "frequency_schedule"),
        ("Stretch 3x/week.", "3x/week", "frequency_schedule"),
        ("Stretch 3 times/wk.", "3 times/wk", "frequency_schedule"),
        ("Eat 2 portions/wk of oily fish.", "2 portions/wk", "dose"),
        ("Eat 3 servings/d of fruit.", "3 servings/d", "dose"),
    ],
)
def test_a_count_per_period_with_a_slash(text: str, span: str, kind: str) -> None:
    assert _at(text, span).type == kind


def test_a_signed_figure_per_week_stays_a_measure() -> None:
    claim = _at("The mean difference was −4.25/week.", "−4.25/week")
    assert claim.type == "other_quantity"


@settings(max_examples=25, deadline=None)
@given(
    times=st.integers(min_value=1, max_value=14),
    period=st.sampled_from([("wk", "week"), ("week", "week"), ("d", "day"), ("day", "day")]),
)
def test_any_count_per_period_reads_its_frequency(times: int, period: tuple[str, str]) -> None:
    written, unit = period
    claim = _at(f"Walk {times}/{written}.", f"{times}/{written}")
    assert claim.type == "frequency_schedule"
    assert (claim.value["frequency"], claim.value["period_unit"]) == (times, unit)


# --- (e) a table cell's count of people shaped like a year; a time stuck to its figure --------


def test_a_year_shaped_count_of_people_in_a_cell() -> None:
    row = "| Trial A | 2041 nonsmoking female participants aged 50-70 y | oily fish |"
    claim = _at(row, "2041 nonsmoking female participants")
    assert (claim.type, claim.value["value"]) == ("sample_size", 2041)


def test_a_year_before_a_group_stays_a_year() -> None:
    assert not [
        c for c in extract_claims("The 2019 male patients were older.") if c.type == "sample_size"
    ]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Patients were randomized a mean of 37d after the infarct.", "37d", 37, "day"),
        ("Urine was collected for 24h.", "24h", 24, "hour"),
    ],
)
def test_a_time_unit_stuck_to_its_figure(text: str, span: str, value: int, unit: str) -> None:
    claim = _at(text, span)
    assert (claim.value["value"], claim.value["unit"]) == (value, unit)


def test_a_capital_letter_after_a_figure_is_no_time() -> None:
    assert not [c for c in extract_claims("A 3D scan was taken.") if c.value.get("unit") == "day"]
