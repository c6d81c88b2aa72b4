"""Proportions "N of every M", places in a ranking, and measures written with a limit sign or
a glued unit. The sentences are written for these tests, several phrasings per class."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _only(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if span in c.text or c.text in span]
    assert len(found) == 1, [(c.type, c.text) for c in _claims(text)]
    return found[0]


# --- "N of every M": one proportion, never a count of M ------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "numerator", "total"),
    [
        (
            "The infection reaches about 1 of every 10 infants in the region.",
            "1 of every 10",
            1,
            10,
        ),
        ("Roughly one of every eight men will be diagnosed.", "one of every eight men", 1, 8),
        ("Nearly 2 of every 3 adults drink coffee daily.", "2 of every 3 adults", 2, 3),
        (
            "About one out of every five adults has high blood pressure.",
            "one out of every five",
            1,
            5,
        ),
        ("Nearly 2 in every 3 adults are overweight.", "2 in every 3 adults", 2, 3),
        ("The condition affects 1 of every 4 women over 50.", "1 of every 4 women", 1, 4),
        ("About 1 of every 4 will relapse within a year.", "1 of every 4", 1, 4),
    ],
)
def test_n_of_every_m_is_one_proportion(text: str, span: str, numerator: int, total: int) -> None:
    claim = _only(text, span)
    assert claim.type == "percentage"
    assert claim.value["numerator"] == numerator and claim.value["total"] == total
    assert claim.value["value"] == pytest.approx(100 * numerator / total, abs=0.05)
    assert not [c for c in _claims(text) if c.value.get("measure") == "count"]


def test_of_without_every_stays_a_part_of_a_set() -> None:
    # "one of the 12 patients" is one of a set, not a proportion of everyone
    assert "percentage" not in {c.type for c in _claims("One of the 12 patients died.")}


# --- a place in a ranking of causes --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Liver disease is the 12th leading cause of death in the country.", 12),
        ("Fatty liver disease is the second most common cause of cirrhosis.", 2),
        ("Hepatitis B is the third most common cause of liver cancer.", 3),
        ("Falls are the second leading cause of injury death among older adults.", 2),
        ("Smoking is the second-leading cause of lung cancer.", 2),
        ("Low back pain is the fourth most common reason for a doctor's visit.", 4),
        ("Hypertension is now the fifth biggest killer in the region.", 5),
        ("Suicide is the 3rd leading preventable cause of death among teens.", 3),
        ("Heart disease is the #1 killer of women.", 1),
    ],
)
def test_an_ordinal_before_a_superlative_cause_is_a_rank(text: str, rank: int) -> None:
    ranks = [c for c in _claims(text) if c.value.get("measure") == "rank"]
    assert len(ranks) == 1, [(c.type, c.text) for c in _claims(text)]
    assert ranks[0].type == "other_quantity"
    assert ranks[0].value["value"] == rank


@pytest.mark.parametrize(
    "text",
    [
        "The leading cause of death is heart disease.",
        "The second most common side effect was nausea.",
        "It is the first time the drug has been approved for children.",
        "A second dose is given four weeks later.",
    ],
)
def test_no_rank_without_an_ordinal_and_a_ranked_cause(text: str) -> None:
    assert not [c for c in _claims(text) if c.value.get("measure") == "rank"]


# --- measures with a limit sign or a glued unit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("See a doctor if you have a temperature of 38C or more.", "38C or more", 38, "°C"),
        ("Call us about a temperature of 38 C or higher.", "38 C or higher", 38, "°C"),
        ("A fever means a temperature of 100.4F or above.", "100.4F or above", 100.4, "°F"),
        ("Her fever peaked at 39.5C overnight.", "39.5C", 39.5, "°C"),
    ],
)
def test_a_temperature_with_its_scale_letter_glued(
    text: str, span: str, value: float, unit: str
) -> None:
    claim = _only(text, span)
    assert claim.type == "other_quantity" and claim.text == span
    bound = {"low": value} if claim.qualifier == "at least" else {}  # "or more": the bound too
    assert claim.value == {"value": value, "unit": unit, "measure": "temperature", **bound}


@pytest.mark.parametrize(
    "text",
    ["Patients with stage 3C cancer were enrolled.", "Grade 2C evidence supports the advice."],
)
def test_a_letter_after_a_number_is_no_temperature_where_none_is_named(text: str) -> None:
    assert not [c for c in _claims(text) if c.value.get("measure") == "temperature"]


@pytest.mark.parametrize(
    ("text", "span", "measure", "value"),
    [
        ("Children with IQ<80 were not included.", "IQ<80", "IQ", 80),
        ("Participants with IQ < 70 were excluded.", "IQ < 70", "IQ", 70),
        ("Adults with a BMI ≥30 were offered the programme.", "BMI ≥30", "BMI", 30),
        ("Patients with eGFR <60 need a lower dose.", "eGFR <60", "eGFR", 60),
    ],
)
def test_a_limit_on_a_measure_named_by_its_abbreviation(
    text: str, span: str, measure: str, value: int
) -> None:
    claim = _only(text, span)
    assert claim.type == "other_quantity" and claim.text == span
    assert claim.value["measure"] == measure and claim.value["value"] == value


def test_a_limit_sign_after_an_ordinary_word_names_no_measure() -> None:
    assert [c.value.get("measure") for c in _claims("The cut-off was <80.")] in ([], [None])


@pytest.mark.parametrize(
    ("text", "span", "weeks", "bound"),
    [
        ("Children born early (gestation ≤36 weeks) were excluded.", "36 weeks", 36,
         {"high": 36}),
        ("Infants with a gestational age below 37 weeks were enrolled.", "37 weeks", 37,
         {"high": 37, "high_inclusive": False}),
        ("Babies born preterm (<37 weeks) need extra care.", "37 weeks", 37,
         {"high": 37, "high_inclusive": False}),
        ("Preterm birth is defined as birth before 37 weeks.", "37 weeks", 37, {}),
        ("Babies delivered at 34 weeks did well.", "34 weeks", 34, {}),
        ("Babies born before 32 weeks of pregnancy need support.", "32 weeks of pregnancy", 32,
         {}),
    ],
)  # fmt: skip
def test_a_gestation_named_before_the_weeks_is_a_gestational_age(
    text: str, span: str, weeks: int, bound: dict[str, object]
) -> None:
    claim = _only(text, span)
    assert claim.type == "other_quantity"
    # a sign or a word before the weeks ("≤36 weeks", "below 37 weeks") is kept as the bound
    # it sets
    assert claim.value == {"value": weeks, "unit": "week", "measure": "gestational age", **bound}


@pytest.mark.parametrize(
    "text",
    ["Pregnancy lasts about 40 weeks.", "The tablets were taken for 12 weeks."],
)
def test_weeks_with_no_gestation_before_them_stay_durations(text: str) -> None:
    assert [c.type for c in _claims(text)] == ["duration"]


@pytest.mark.parametrize(
    "text",
    [
        "Infant deaths (deaths before 1 year of age) fell.",
        "Most children are diagnosed before 5 years of age.",
        "Children who die before 5 years of age are counted separately.",
    ],
)
def test_a_point_of_age_with_nothing_given_is_an_age(text: str) -> None:
    ages = [c for c in _claims(text) if c.value.get("measure") == "age"]
    assert len(ages) == 1 and ages[0].type == "other_quantity"
    assert "frequency_schedule" not in {c.type for c in _claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Vaccinate infants before 1 year of age.",
        "Give the first dose at 2 months of age.",
        "The vaccine should be given before 13 years of age.",
    ],
)
def test_a_point_of_age_when_something_is_given_stays_a_schedule(text: str) -> None:
    assert "frequency_schedule" in {c.type for c in _claims(text)}
