"""Units of everyday measure, rates and statistics the claim extractor reads (sentences written
for these tests, several phrasings per class): household volumes, temperatures with a spaced
degree sign, sound levels, shares of a mixture, spelled-out concentrations, a fraction word or
an abbreviated unit joined by a hyphen, seconds, rates over a base other than 100, means with
their spreads, and a range of ages."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _at(sentence: str, span: str) -> Claim:
    """The claim whose text is `span` (exactly one)."""
    found = [c for c in extract_claims(sentence) if c.text == span]
    assert len(found) == 1, [(c.type, c.text) for c in extract_claims(sentence)]
    return found[0]


def _agrees(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(value.get(k) == v for k, v in expected.items())


# --- a unit of measure from the vocabulary ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Stir in 2 quarts of stock.", "2 quarts", {"value": 2, "unit": "quart"}),
        ("She drank 3 pints of water.", "3 pints", {"value": 3, "unit": "pint"}),
        ("The tank holds 5 gallons.", "5 gallons", {"value": 5, "unit": "gallon"}),
        ("Keep the freezer at 0° F or below.", "0° F or below", {"value": 0, "unit": "°F"}),
        ("Water boils at 100 °C.", "100 °C", {"value": 100, "unit": "°C"}),
        ("Noise over 85 decibels harms hearing.", "over 85 decibels", {"value": 85, "unit": "dB"}),
        ("Each 10-dB rise in traffic noise was studied.", "10-dB", {"value": 10, "unit": "dB"}),
        ("Ozone rose by 3 parts per billion.", "3 parts per billion", {"unit": "ppb"}),
        ("Gluten-free food holds under 20 ppm of gluten.", "under 20 ppm", {"unit": "ppm"}),
    ],
)
def test_a_unit_of_measure_is_an_other_quantity(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert _agrees(claim.value, expected), claim.value
    assert claim.value.get("measure")


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Lowering PM2.5 by 1 microgram per cubic meter saved lives.",
         "1 microgram per cubic meter", "mcg/m3"),
        ("Levels reached 35 micrograms per cubic metre downtown.",
         "35 micrograms per cubic metre", "mcg/m3"),
        ("Indoor air held 12 µg/m3 of fine particles.", "12 µg/m3", "µg/m3"),
    ],
)  # fmt: skip
def test_an_amount_per_volume_of_air_is_a_concentration_not_a_dose(
    sentence: str, span: str, unit: str
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value["unit"] == unit
    assert not [c for c in extract_claims(sentence) if c.type == "dose"]


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("The surgeon makes small, half-inch cuts.", "half-inch",
         {"value": 0.5, "unit": "inch"}),
        ("A quarter-inch tube is placed.", "quarter-inch", {"value": 0.25, "unit": "inch"}),
        ("Add a half-teaspoon of salt.", "half-teaspoon", {"value": 0.5, "unit": "teaspoon"}),
        ("Go for a brisk half-hour walk.", "half-hour", {"value": 0.5, "unit": "hour"}),
    ],
)  # fmt: skip
def test_a_fraction_word_joined_to_its_unit(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    assert _agrees(_at(sentence, span).value, expected)


@pytest.mark.parametrize(
    "sentence",
    ["Her half-brother came too.", "A third-party payer covers it.", "It took a quarter-century."],
)
def test_a_fraction_word_joined_to_another_word_is_no_amount(sentence: str) -> None:
    assert extract_claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Exposure was the 10-y mean at home.", "10-y", 10),
        ("A 24-h urine sample was taken.", "24-h", 24),
        ("Follow-up lasted 14.0 y in all.", "14.0 y", 14),
    ],
)
def test_an_abbreviated_time_unit_as_a_modifier(sentence: str, span: str, value: int) -> None:
    claim = _at(sentence, span)
    assert claim.type == "duration"
    assert claim.value["value"] == value


def test_a_capital_d_after_a_hyphen_is_no_day() -> None:
    assert extract_claims("3-D imaging was used.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Wash your hands for at least 20 seconds.", "at least 20 seconds", 20),
        ("The seizure lasted 45 seconds.", "45 seconds", 45),
        ("Hold the stretch for 30 sec.", "30 sec", 30),
    ],
)
def test_seconds_are_a_time(sentence: str, span: str, value: int) -> None:
    claim = _at(sentence, span)
    assert claim.type == "duration"
    assert claim.value == {"value": value, "unit": "second"}


@pytest.mark.parametrize(
    "sentence", ["Take a second dose in May.", "Apply it every second day.", "A second study."]
)
def test_the_ordinal_second_is_no_time(sentence: str) -> None:
    assert not [c for c in extract_claims(sentence) if c.value.get("unit") == "second"]


# --- rates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Mortality fell to 5.6 per thousand in 2016.", "5.6 per thousand",
         {"value": 5.6, "unit": "per 1000"}),
        ("The incidence was 3.1 per 1000 adults.", "3.1 per 1000 adults",
         {"value": 3.1, "unit": "per 1000", "population": "adult"}),
        ("Rates were 8.0 per 1000 person-years.", "8.0 per 1000 person-years",
         {"value": 8, "unit": "per 1000", "population": "person-year"}),
        ("It strikes eight to ten per 100,000 each year.", "eight to ten per 100,000",
         {"low": 8, "high": 10, "unit": "per 100000"}),
        ("Just 2 per million are affected.", "2 per million",
         {"value": 2, "unit": "per 1000000"}),
    ],
)  # fmt: skip
def test_a_rate_over_a_base_other_than_100_is_stated_as_written(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert _agrees(claim.value, {**expected, "measure": "rate"}), claim.value


def test_a_rate_per_100_stays_a_percentage() -> None:
    claim = _at("Some 9 per 100 women get pregnant.", "9 per 100 women")
    assert claim.type == "percentage"
    assert _agrees(claim.value, {"value": 9, "unit": "%", "denominator": "woman"})


def test_a_year_then_a_rate_is_no_range() -> None:
    found = [
        c.text
        for c in extract_claims("It fell from 20.4 per thousand in 2002 to 5.6 per thousand.")
    ]
    assert found == ["20.4 per thousand", "5.6 per thousand"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([("1000", 1000), ("1,000", 1000), ("thousand", 1000), ("100,000", 100000)]),
)
def test_any_rate_keeps_its_figure_and_base(figure: int, base: tuple[str, int]) -> None:
    written, total = base
    claim = _at(f"The rate was {figure} per {written} last year.", f"{figure} per {written}")
    assert claim.value["value"] == figure
    assert claim.value["unit"] == f"per {total}"


# --- statistics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Pressure fell from 139.7 ± 15.0 to 130.8 ± 13.4 mmHg.",
         ["139.7 ± 15.0", "130.8 ± 13.4 mmHg"]),
        ("Scores went from 4.8±1.4 to 4.4±0.9.", ["4.8±1.4", "4.4±0.9"]),
        ("Weight changed from 82 +/- 9 to 79 +/- 8 kg.", ["82 +/- 9", "79 +/- 8 kg"]),
    ],
)  # fmt: skip
def test_two_means_with_spreads_are_no_range(sentence: str, spans: list[str]) -> None:
    found = [c for c in extract_claims(sentence) if c.type == "other_quantity"]
    assert [c.text for c in found] == spans
    assert all("plus_minus" in c.value and "low" not in c.value for c in found)


@settings(max_examples=60, deadline=None)
@given(
    st.decimals(min_value=1, max_value=5000, places=1),
    st.decimals(min_value=0, max_value=500, places=1),
    st.decimals(min_value=1, max_value=5000, places=1),
)
def test_any_pair_of_means_keeps_both(first: Any, spread: Any, second: Any) -> None:
    sentence = f"It went from {first} ± {spread} to {second} ± {spread} overall."
    means = [c.value.get("value") for c in extract_claims(sentence)]
    assert means == [float(first), float(second)]


@pytest.mark.parametrize(
    ("sentence", "age", "spread"),
    [
        ("Patients (mean age 54 ±14 years, range 23–74) were enrolled.", 54, 14),
        ("Volunteers aged 39.6±11.3 years took part.", 39.6, 11.3),
        ("Women (mean age 61 +/- 8 years, range 40–80) were seen.", 61, 8),
    ],
)
def test_an_age_with_its_spread_is_one_age(sentence: str, age: float, spread: float) -> None:
    ages = [c for c in extract_claims(sentence) if c.value.get("measure") == "age"]
    assert ages[0].value["value"] == age
    assert ages[0].value["plus_minus"] == spread
    assert not [c for c in extract_claims(sentence) if c.type == "duration"]


def test_the_range_after_an_age_is_a_range_of_ages() -> None:
    sentence = "Patients (mean age 54 ±14 years, range 23–74) were enrolled."
    claim = _at(sentence, "range 23–74")
    assert claim.type == "other_quantity"
    assert _agrees(claim.value, {"low": 23, "high": 74, "measure": "age"})
