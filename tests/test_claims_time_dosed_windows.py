"""Review W of time14: a time's type where a dose, a plan or a label stands near it. Text
written for these tests, in the phrasing of vaccine schedules, surgery leaflets and dose
tables."""

from __future__ import annotations

import pytest

from claim_finders import one_claim_holding

# --- "given within the first 28 days of life": when a dose is given, not an age band ------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Infants should receive the first dose of hepatitis B vaccine within the first 24 "
            "hours of life.",
            "24 hours",
        ),
        ("BCG vaccine is given within the first 28 days of life.", "28 days"),
        ("Babies need 2 doses of rotavirus vaccine in the first 6 months of life.", "6 months"),
        ("Give the first dose within the first year of life.", "first year"),
        ("Vitamin K should be given to all newborns within the first day of life.", "first day"),
    ],
)
def test_a_dose_given_in_the_first_months_of_life_is_a_schedule(text: str, words: str) -> None:
    assert one_claim_holding(text, words).type == "frequency_schedule"


@pytest.mark.parametrize(
    "text",
    [
        "In the first 6 months of life, babies should be exclusively breastfed.",
        "Most cot deaths happen in the first 6 months of life.",
    ],
)
def test_the_first_months_of_life_with_nothing_given_stay_an_age_band(text: str) -> None:
    claim = one_claim_holding(text, "6 months")
    assert (claim.type, claim.value.get("measure")) == ("other_quantity", "age")


# --- "who had surgery should walk within 24 hours of the operation": still a plan ----------


@pytest.mark.parametrize(
    "text",
    [
        "If you had a general anaesthetic, do not drive within 24 hours of the operation.",
        "Patients who had a general anaesthetic should not drive within 24 hours of the operation.",
        "Women who had a caesarean should not lift anything heavy within 6 weeks of the operation.",
    ],
)
def test_a_plan_after_what_people_had_stays_a_schedule(text: str) -> None:
    assert one_claim_holding(text, "within").type == "frequency_schedule"


def test_what_people_had_within_a_time_of_the_operation_is_an_onset() -> None:
    text = "About 2% of patients died within 30 days of the operation."
    assert one_claim_holding(text, "within").type == "onset_time"


# --- "Age 2-5 years | Duration: 5 days": the label's own time is the age, not the next one --


@pytest.mark.parametrize(
    "text",
    [
        "Age 2-5 years | Duration: 5 days\n",
        "Ages 1-3 years | Treat for: 5 days\n",
        "Age 12 years and over (course: 5 days)\n",
    ],
)
def test_a_time_after_an_age_given_already_is_no_age(text: str) -> None:
    assert one_claim_holding(text, "5 days").type == "duration"
