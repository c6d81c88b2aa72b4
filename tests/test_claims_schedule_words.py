"""Schedules written without a time amount, counts of doses and ages at which doses are given
(issue 17). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from citecheck.extraction.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(c.type, c.text, c.value) for c in extract_claims(text)]


def _of_type(text: str, kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [(t, v) for k, t, v in _claims(text) if k == kind]


# --- a frequency word alone ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Adults who take low-dose aspirin daily are more likely to benefit.",
        "Women who used the cream daily were less likely to relapse.",
        "People taking the tablets nightly should be checked.",
    ],
)
def test_a_frequency_word_before_a_verb_is_a_schedule(text: str) -> None:
    assert [t.lower() for t, _ in _of_type(text, "frequency_schedule")] in (
        ["daily"],
        ["nightly"],
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The first doses are followed by yearly boosters.", "yearly"),
        ("Adults should get a yearly flu vaccine.", "yearly"),
        ("Adults should get an annual flu shot.", "annual"),
        ("Older people need a yearly flu shot.", "yearly"),
        # Australian Immunisation Handbook, influenza for adults aged 65 or over (heldout40)
        (
            "Adults aged 65 years or over should receive an annual dose of influenza vaccine.",
            "annual",
        ),
    ],
)
def test_a_frequency_word_before_a_vaccine_is_a_schedule(text: str, word: str) -> None:
    assert [t for t, _ in _of_type(text, "frequency_schedule")] == [word]


@pytest.mark.parametrize(
    "text",
    [
        "The annual report was published in March.",
        "Annual influenza vaccination coverage was 45% among adults.",
        "Annual vaccine uptake rose among older adults.",
        "We counted defined daily doses of antihypertensive drugs.",
        "Every minute matters when someone has a heart attack.",
        "Every second counts in a cardiac arrest.",
        "Daily life can be hard after a stroke.",
    ],
)
def test_no_schedule_without_something_given(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("| ViCPS | Injection | 1 | Once | 2 weeks |", "Once"),
        ("| Dose | Twice |", "Twice"),
    ],
)
def test_a_frequency_alone_in_a_table_cell(text: str, word: str) -> None:
    assert word in [t for t, _ in _of_type(text, "frequency_schedule")]


def test_once_opening_a_clause_is_no_schedule() -> None:
    assert _of_type("Once the rash appears, see a doctor.", "frequency_schedule") == []


# --- a dose timed by an event, no number ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Take a single dose of an antibiotic after sexual intercourse.",
            "after sexual intercourse",
        ),
        ("Use the cream after sex.", "after sex"),
        ("The drops are used after meals.", "after meals"),
        ("Take the medicine before you go to bed.", "before you go to bed"),
        ("The drug is given before breakfast.", "before breakfast"),
    ],
)
def test_a_dose_timed_by_a_recurring_event(text: str, span: str) -> None:
    assert span in [t for t, _ in _of_type(text, "frequency_schedule")]


@pytest.mark.parametrize(
    "text",
    [
        "Treatment given after the surgery is called adjuvant therapy.",
        "Patients often feel pain after surgery.",
        "Physical activity after meals helps.",
        "Take a walk after dinner to help digestion.",
        "Participants were given a questionnaire after exercise.",
        "It took a long time after the meal.",
    ],
)
def test_no_timing_from_a_one_off_event_or_without_a_dose(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


def test_a_time_before_the_event_stays_one_claim() -> None:
    found = _of_type("Take 2 tablets 1 hour before bedtime.", "frequency_schedule")
    assert [t for t, _ in found] == ["1 hour before bedtime"]


# --- counts of doses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The series consists of six 0.5-ml subcutaneous doses.", 6),
        ("The regimen is four 500 mg oral doses.", 4),
        ("He received two 1-g intravenous doses.", 2),
    ],
)
def test_a_count_of_doses_of_a_size(text: str, count: int) -> None:
    schedules = _of_type(text, "frequency_schedule")
    assert [v.get("count") for _, v in schedules] == [count]
    assert len(_of_type(text, "dose")) == 1  # the size is its own claim


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Vaccination with a single RSV vaccine dose was effective.", 1),
        ("Children should get two MMR vaccine doses.", 2),
        ("Three HPV vaccine doses are recommended for older teens.", 3),
    ],
)
def test_a_count_of_doses_named_by_a_product(text: str, count: int) -> None:
    assert [v.get("count") for _, v in _of_type(text, "frequency_schedule")] == [count]


def test_a_count_of_people_is_no_count_of_doses() -> None:
    assert _of_type("Ten patients received treatment.", "frequency_schedule") == []


# --- ages at which doses are given --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "CDC recommends DTaP at 2, 4, and 6 months, at 15 through 18 months, and at 4 "
            "through 6 years.",
            "at 15 through 18 months",
            {"low": 15, "high": 18, "unit": "month"},
        ),
        (
            "The second dose is given at 4 to 6 years.",
            "at 4 to 6 years",
            {"low": 4, "high": 6, "unit": "year"},
        ),
        ("Give the booster at 12 months.", "at 12 months", {"value": 12, "unit": "month"}),
        (
            "The vaccine is recommended at 11 through 12 years of age.",
            "at 11 through 12 years of age",
            {"low": 11, "high": 12, "unit": "year"},
        ),
    ],
)
def test_an_age_a_dose_is_given_at(text: str, span: str, value: dict[str, Any]) -> None:
    found = dict(_of_type(text, "frequency_schedule"))
    assert span in found
    assert {k: found[span].get(k) for k in value} == value


@pytest.mark.parametrize(
    "text",
    [
        "At 12 months, 40% of patients had improved.",
        "However, at two years, those in the treated group had fewer relapses.",
        # several time points, no plan: results over follow-up
        "Survival was high at 5 years, and lower at 10 years.",
        "Pain scores were measured at 6 weeks, at 3 months and at 12 months.",
        "Relapse was common at 2 years and rare at 5 years.",
    ],
)
def test_a_results_time_point_is_no_schedule(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


def test_an_age_range_written_with_through() -> None:
    found = _of_type("Tdap is for those 11 through 18 years of age.", "other_quantity")
    assert [(v.get("low"), v.get("high")) for _, v in found] == [(11, 18)]


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Doses are given at 0, 2, and 4 weeks; then 6, 12, and 18 months.", [6, 12, 18]),
        ("The infant series is given at 2, 4 and 6 months; then 12 and 18 months.", [12, 18]),
    ],
)
def test_a_list_of_time_points_going_on_after_then(text: str, points: list[int]) -> None:
    found = [v.get("points") for _, v in _of_type(text, "frequency_schedule")]
    assert points in found


@pytest.mark.parametrize(
    "text",
    [
        "Tests are repeated about 6 to 8 weeks after you start the new dose.",
        "Health care providers test TSH levels about 6 to 8 weeks after a patient begins taking "
        "thyroid hormone.",
    ],
)
def test_a_check_timed_after_treatment_starts_is_no_duration(text: str) -> None:
    kinds = [k for k, _, _ in _claims(text)]
    assert "duration" not in kinds
    assert "frequency_schedule" in kinds or "onset_time" in kinds


@pytest.mark.parametrize(
    ("text", "high", "unit"),
    [
        ("| Birth through 6 years | DTaP is recommended. |", 6, "year"),
        ("Infants from birth through 12 months should sleep on their backs.", 12, "month"),
        ("Children from birth to 6 months need vitamin K.", 6, "month"),
    ],
)
def test_an_age_band_from_birth(text: str, high: int, unit: str) -> None:
    ages = [v for _, v in _of_type(text, "other_quantity") if v.get("measure") == "age"]
    assert [(v.get("low"), v.get("high"), v.get("unit")) for v in ages] == [(0, high, unit)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Get the flu vaccine yearly.", "yearly"),
        ("Adults should take the booster yearly.", "yearly"),
    ],
)
def test_a_yearly_word_with_a_dose_is_a_schedule(text: str, word: str) -> None:
    assert [t for t, _ in _of_type(text, "frequency_schedule")] == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Cases are diagnosed annually in the US.",
        "The report is published yearly.",
        "Sleeping sickness was highly ranked in terms of DALYs lost annually.",
    ],
)
def test_a_yearly_word_without_a_dose_is_no_schedule(text: str) -> None:
    assert _of_type(text, "frequency_schedule") == []


@pytest.mark.parametrize(
    "text",
    [
        "Patients received two 25 mg doses a week apart.",
        "Patients received two doses a week apart.",
    ],
)
def test_doses_a_week_apart_are_a_count_and_an_interval(text: str) -> None:
    found = _of_type(text, "frequency_schedule")
    assert [v.get("count") for _, v in found if "count" in v] == [2]
    assert "a week apart" in [t for t, _ in found]
    assert all(v.get("frequency") != 25 for _, v in found)


def test_doses_a_day_stay_a_rate() -> None:
    found = _of_type("Take two doses a day.", "frequency_schedule")
    assert [(v.get("frequency"), v.get("period_unit")) for _, v in found] == [(2, "day")]


# --- how often, right after a dose ----------------------------------------------------------
# A pharmacist's test sentences (newuser6 F14, F21): "weekly" after a dose was dropped for want
# of a dosing verb, "daily" before a verb taken for an adjective.


@pytest.mark.parametrize(
    ("text", "word", "period"),
    [
        ("Methotrexate 10 mg weekly.", "weekly", (1, "week")),
        ("Methotrexate 15 mg/m2 weekly.", "weekly", (1, "week")),
        ("Alendronic acid 70 mg weekly.", "weekly", (1, "week")),
        ("Vitamin D 50,000 IU monthly.", "monthly", (1, "month")),
        ("Zoledronic acid 5 mg yearly.", "yearly", (1, "year")),
        ("Digoxin 62.5 microgram daily.", "daily", (1, "day")),
        ("Dexamethasone 6 mg daily reduces mortality.", "daily", (1, "day")),
        ("Aspirin 75 mg daily lowers the risk of stroke.", "daily", (1, "day")),
        ("Atorvastatin 80 mg daily reduced events in the trial.", "daily", (1, "day")),
        ("Morphine 5 mg hourly was given.", "hourly", (1, "hour")),
        ("Olanzapine 10 mg nightly helps some patients.", "nightly", (1, "day")),
        ("Teriparatide 20 micrograms fortnightly.", "fortnightly", (2, "week")),
    ],
)
def test_a_schedule_word_after_a_dose_is_its_schedule(
    text: str, word: str, period: tuple[int, str]
) -> None:
    schedules = _of_type(text, "frequency_schedule")
    assert [t for t, _ in schedules] == [word], _claims(text)
    value = schedules[0][1]
    assert (value["frequency"], value["period"], value["period_unit"]) == (1, *period)
    assert len(_of_type(text, "dose")) == 1


@pytest.mark.parametrize(
    "text",
    ["The bulletin is published weekly.", "We saw 10 patients weekly.", "Rates rose 5% yearly."],
)
def test_a_schedule_word_after_no_dose_still_needs_something_taken(text: str) -> None:
    assert not _of_type(text, "frequency_schedule"), _claims(text)


# After the CDC's autism screening page for clinicians: times that each carry their unit are
# one claim each, every one a time of the plan (not a length of time).
@pytest.mark.parametrize(
    ("text", "points"),
    [
        (
            "Children should be screened at well-child visits at 9 months, 18 months, and 30 "
            "months.",
            [("at 9 months", 9), ("18 months", 18), ("30 months", 30)],
        ),
        (
            "Children should be screened for autism during visits at 18 months and 24 months.",
            [("at 18 months", 18), ("24 months", 24)],
        ),
    ],
)
def test_times_of_a_plan_each_with_its_unit_are_one_claim_each(
    text: str, points: list[tuple[str, int]]
) -> None:
    found = _of_type(text, "frequency_schedule")
    assert [(span, v.get("value")) for span, v in found] == points
    assert _of_type(text, "duration") == []


def test_times_of_results_listed_after_a_point_stay_lengths() -> None:
    text = "Relapse was common at 2 years and rare at 5 years."
    assert _of_type(text, "frequency_schedule") == []


# Lists opening "at <time>" that no plan rule typed first (our own sentences): every time is a
# point, not a length of time
@pytest.mark.parametrize(
    ("text", "points"),
    [
        (
            "Outcomes were measured at 6 weeks, 3 months and 12 months.",
            [("at 6 weeks", 6), ("3 months", 3), ("12 months", 12)],
        ),
        (
            "The scores at 9 months, 18 months and 30 months were similar.",
            [("at 9 months", 9), ("18 months", 18), ("30 months", 30)],
        ),
    ],
)
def test_times_listed_after_at_are_points_whatever_typed_the_first(
    text: str, points: list[tuple[str, int]]
) -> None:
    found = _of_type(text, "frequency_schedule")
    assert [(span, v.get("value")) for span, v in found] == points
    assert _of_type(text, "duration") == []


@pytest.mark.parametrize(
    "text",
    [
        # after the NHS vaccination schedule and a growth study's methods (our own sentences)
        "Babies get shots at 2 months, 4 months, and 6 months of age.",
        "Children were weighed at 1 year, 2 years, and 5 years of age.",
    ],
)
def test_times_listed_before_of_age_are_all_ages(text: str) -> None:
    assert _of_type(text, "duration") == []
    assert len([v for _, v in _of_type(text, "other_quantity") if v.get("measure") == "age"]) == 3
