"""Claim values for classes of text whose normalised value was wrong or incomplete (issue 17,
"with values right", fourth round): ages written without a unit, ages told by "older" or
"younger", ranges written with a tilde, a named statistic's range, decades, and the alias keys
hand-written values use. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.value_shapes import ALIASES, with_aliases, with_implied_units
from citecheck.models import Claim


def _claims(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


def _one(text: str, kind: str) -> Claim:
    found = _claims(text, kind)
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    return found[0]


def _holds(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(value.get(k) == v for k, v in expected.items())


# --- ages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "If you are 65 or older and have never had a test, ask your doctor.",
            "65 or older",
            {"measure": "age", "value": 65, "low": 65, "unit": "year"},
        ),
        (
            "You can give blood if you're 17 or older.",
            "17 or older",
            {"measure": "age", "value": 17, "low": 17, "unit": "year"},
        ),
        (
            "Children 12 and younger should take the liquid.",
            "12 and younger",
            {"measure": "age", "value": 12, "high": 12, "unit": "year"},
        ),
        (
            "Boys 10 and under get half a tablet.",
            "10 and under",
            {"measure": "age", "value": 10, "high": 10, "unit": "year"},
        ),
    ],
)
def test_only_an_age_is_older_or_younger(text: str, span: str, expected: dict[str, Any]) -> None:
    claim = _one(text, "other_quantity")
    assert claim.text == span
    assert _holds(claim.value, expected), claim.value


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("| Age | Screening |\n|---|---|\n| 25 to 49 | Every 3 years |\n", "25 to 49"),
        ("| Age | Screening |\n|---|---|\n| Under 25 | Not invited |\n", "Under 25"),
        ("| Age | Screening |\n|---|---|\n| 65 or older | On request |\n", "65 or older"),
    ],
)
def test_an_age_cell_with_no_unit_is_in_years(text: str, span: str) -> None:
    ages = [c for c in _claims(text, "other_quantity") if c.value.get("measure") == "age"]
    assert [c.text for c in ages] == [span]
    assert ages[0].value["unit"] == "year"


def test_an_age_in_months_keeps_its_unit() -> None:
    claim = _one("The vaccine is given to babies aged 6 to 11 months.", "other_quantity")
    assert _holds(claim.value, {"measure": "age", "low": 6, "high": 11, "unit": "month"})


def test_more_of_a_dose_is_no_age() -> None:
    claims = extract_claims("Do not give 5 doses or more in a day.")
    assert all(c.value.get("measure") != "age" for c in claims)


@given(
    st.sampled_from(["value", "low", "high"]),
    st.integers(min_value=0, max_value=120),
    st.sampled_from([None, "month", "week", "year"]),
)
def test_an_age_always_ends_with_a_unit(key: str, number: int, unit: str | None) -> None:
    value: dict[str, Any] = {"measure": "age", key: number}
    if unit:
        value["unit"] = unit
    with_implied_units(value)
    assert value["unit"] == (unit or "year")
    assert value[key] == number


@given(st.sampled_from(["count", "weight", "decade", None]), st.integers(0, 10_000))
def test_only_an_age_gets_an_implied_unit(measure: str | None, number: int) -> None:
    value: dict[str, Any] = {"value": number}
    if measure:
        value["measure"] = measure
    before = dict(value)
    with_implied_units(value)
    assert value == before


# --- ranges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Each dose was 5~10 mg.", "dose_range", {"low": 5, "high": 10, "unit": "mg"}),
        ("Doses of 200 ~ 400 mg were given.", "dose_range", {"low": 200, "high": 400}),
        ("The rash lasted 3 ~ 5 days.", "duration", {"low": 3, "high": 5, "unit": "day"}),
        ("Relapse was seen in 12% ~ 18% of them.", "percentage", {"low": 12, "high": 18}),
    ],
)
def test_a_tilde_between_two_figures_is_a_range(
    text: str, kind: str, expected: dict[str, Any]
) -> None:
    claim = _one(text, kind)
    assert _holds(claim.value, expected), claim.value
    assert "value" not in claim.value


def test_a_tilde_before_one_figure_is_about() -> None:
    claim = _one("Each session lasts ~30 minutes.", "duration")
    assert claim.value == {"value": 30, "unit": "minute"}


@pytest.mark.parametrize(
    ("text", "measure", "low", "high"),
    [
        ("Across the trials the effect varied (OR: 0.21 ~ 0.51).", "odds ratio", 0.21, 0.51),
        ("Hazard ratios were 0.6 to 0.9 in the three cohorts.", "hazard ratio", 0.6, 0.9),
        ("The pooled estimates (RR 1.2–1.8) favoured the drug.", "relative risk", 1.2, 1.8),
    ],
)
def test_a_statistic_named_before_a_range_is_its_low_and_high(
    text: str, measure: str, low: float, high: float
) -> None:
    claim = _one(text, "other_quantity")
    assert claim.value == {"low": low, "high": high, "measure": measure}


def test_a_statistic_with_its_interval_stays_an_estimate() -> None:
    found = _claims("The risk was lower (OR = 0.95, 95% CI 0.81-1.10).", "other_quantity")
    assert [c.value.get("measure") for c in found] == ["odds ratio", "confidence interval"]
    assert found[0].value["value"] == 0.95


# --- decades and the plain-value aliases -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decade"),
    [
        ("Cases fell sharply in the 1990s.", 1990),
        ("Since the early 1980s the test has been free.", 1980),
    ],
)
def test_a_decade_says_what_it_measures(text: str, decade: int) -> None:
    claim = _one(text, "other_quantity")
    assert claim.value["decade"] == decade
    assert claim.value["measure"] == "decade"
    assert claim.value["value"] == decade


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("The antibiotic is taken orally for a week.", "oral"),
        ("Steroids can be given as inhaled medicine.", "inhaled"),
        ("The drug is given by intravenous infusion.", "intravenous"),
    ],
)
def test_a_route_is_also_the_plain_value(text: str, route: str) -> None:
    claim = _one(text, "route")
    assert claim.value["route"] == route
    assert claim.value["value"] == route


@given(st.sampled_from(sorted(ALIASES)), st.text(min_size=1, max_size=8))
def test_an_alias_never_overrides_a_value_written(claim_type: str, written: str) -> None:
    value: dict[str, Any] = {
        key: f"{written}!" for alias in ALIASES[claim_type].values() for key in alias.keys
    }
    value.update({alias: written for alias in ALIASES[claim_type]})
    with_aliases(claim_type, value)
    assert all(value[alias] == written for alias in ALIASES[claim_type])


# --- a change from one figure to another ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "ends"),
    [
        ("The share of users rose 12%, from 3.5% to 8.1%.", "percentage", [(3.5, "%"), (8.1, "%")]),
        ("Smoking among teens declined from 22% to 9%.", "percentage", [(22, "%"), (9, "%")]),
        ("Her dose was raised from 25 mg to 50 mg.", "dose", [(25, "mg"), (50, "mg")]),
        (
            "The death rate fell from 11 per 100,000 to 7 per 100,000.",
            "other_quantity",
            [(11, "per 100000"), (7, "per 100000")],
        ),
    ],
)
def test_from_a_to_b_after_a_change_is_two_values(
    text: str, kind: str, ends: list[tuple[float, str]]
) -> None:
    found = [c for c in _claims(text, kind) if c.value.get("value") not in (12,)]
    assert [(c.value["value"], c.value["unit"]) for c in found] == ends
    assert all("low" not in c.value and "high" not in c.value for c in found)
    assert all(text[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prevalence ranged from 4% to 9% across the regions.", "percentage"),
        ("Adults take from 200 mg to 400 mg a day.", "dose_range"),
        ("Symptoms last from 3 to 5 days.", "duration"),
        # a verb of change earlier in the clause that does not govern "from"
        ("The drug reduced pain in trials lasting from 2 to 5 years.", "duration"),
        ("Rates increased, with values ranging from 4% to 9% across sites.", "percentage"),
        ("Blood pressure fell in patients taking from 5 to 10 mg daily.", "dose_range"),
    ],
)
def test_from_a_to_b_with_no_change_is_a_range(text: str, kind: str) -> None:
    claim = _one(text, kind)
    assert "low" in claim.value and "high" in claim.value


# --- routes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The anaesthetic is injected into your veins.", "It is given into the veins of the arm."],
)
def test_into_the_veins_is_intravenous(text: str) -> None:
    assert _one(text, "route").value["route"] == "intravenous"


# --- a counted noun written with a hyphened prefix ------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Investigators interviewed 14 case-patients and their families.", "case-patient"),
        ("The trial enrolled 120 non-smokers.", "non-smoker"),
        ("Of 30 co-workers, 4 fell ill.", "co-worker"),
        ("We studied 50 health-care workers.", "worker"),  # a modifier before, not glued on
        ("There were 12 HIV-positive patients.", "patient"),
    ],
)
def test_a_hyphened_noun_is_counted_whole(text: str, unit: str) -> None:
    # (the count whose span holds the noun: "Of 30 co-workers, 4 fell ill" counts a part too)
    noun = unit.rpartition("-")[2]
    counted = [c for c in extract_claims(text) if c.value.get("unit") == unit and noun in c.text]
    assert len(counted) == 1, [(c.text, c.value) for c in extract_claims(text)]


# --- units of a molecule's length and of disease burden ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "measure"),
    [
        ("These are short RNAs of about 21 nucleotides.", 21, "nucleotide", "sequence length"),
        ("A 1,500 base pair fragment was cut out.", 1500, "base pair", "sequence length"),
        ("The peptide has 36 amino acids.", 36, "amino acid", "sequence length"),
        ("Malaria cost 46 million disability-adjusted life years.", 46_000_000, "DALY", None),
        ("Each case lost 2.1 DALYs on average.", 2.1, "DALY", "disease burden"),
        ("The new drug gained 0.3 QALYs per patient.", 0.3, "QALY", "health gain"),
    ],
)
def test_lengths_of_molecules_and_life_years_lost(
    text: str, value: float, unit: str, measure: str | None
) -> None:
    found = [c for c in _claims(text, "other_quantity") if c.value.get("value") == value]
    assert len(found) == 1, [(c.text, c.value) for c in extract_claims(text)]
    assert found[0].value["unit"] == unit
    if measure:
        assert found[0].value["measure"] == measure


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("You will not be invited until you're 25.", 25),
        ("Screening stops once you turn 65.", 65),
        ("When she turned 40 she had her first scan.", 40),
        ("Women who turn 50 get a letter.", 50),
        ("| Age | Invited |\n|---|---|\n| Under 25 | 6 months before you turn 25 |\n", 25),
    ],
)
def test_a_figure_a_person_turns_or_is_is_an_age(text: str, age: int) -> None:
    ages = [c for c in _claims(text, "other_quantity") if c.value.get("value") == age]
    assert ages and all(c.value.get("measure") == "age" for c in ages), ages
    assert all(c.value.get("unit") == "year" for c in ages)


@pytest.mark.parametrize(
    "text", ["Cases will turn 100 soon.", "If they are 3 or more, check again."]
)
def test_a_thing_turning_a_figure_is_no_age(text: str) -> None:
    assert all(c.value.get("measure") != "age" for c in extract_claims(text))


@pytest.mark.parametrize(
    ("text", "route"),
    [("Put the eyedrops in twice a day.", "ophthalmic"), ("Use the eardrops at night.", "otic")],
)
def test_drops_written_as_one_word_keep_their_form(text: str, route: str) -> None:
    claim = _one(text, "route")
    assert claim.value["route"] == route
    assert claim.value["form"] == "drops"
