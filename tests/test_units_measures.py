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
        ("Levels reached 9 ppm of carbon monoxide.", "9 ppm", {"unit": "ppm"}),
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
    ("text", "span", "measure"),
    [
        ("Her blood pressure was high; the syrup holds 250 mg/5 mL.", "250 mg/5 mL", "concentration"),
        # a thing in the blood is still the measure, past a weight named between
        ("Blood sugar, whatever your weight, should stay under 180 mg/dL.", "under 180 mg/dL",
         "blood glucose"),
    ],
)  # fmt: skip
def test_an_amount_per_volume_measures_only_a_thing_in_a_fluid(
    text: str, span: str, measure: str
) -> None:
    assert _at(text, span).value["measure"] == measure


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
    [
        "Her half-brother came too.",
        "A third-party payer covers it.",
        "They reached the quarter-final.",
    ],
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
    bound = {"low": value} if claim.qualifier == "at least" else {}  # the bound is in the value
    assert claim.value == {"value": value, "unit": "second", **bound}


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


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("There were 3.1 cases per 1,000 person-years.", "3.1 cases per 1,000 person-years",
         {"value": 3.1, "unit": "per 1000", "population": "person-year"}),
        ("We saw 12 deaths per 100,000 residents.", "12 deaths per 100,000 residents",
         {"value": 12, "unit": "per 100000", "population": "resident"}),
        ("Only 5 infections per 10,000 catheter days arose.",
         "5 infections per 10,000 catheter days", {"value": 5, "unit": "per 10000"}),
    ],
)  # fmt: skip
def test_events_counted_per_a_base_are_a_rate(
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


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("Most men need 1800 to 2500 calories a day.", "1800 to 2500 calories a day", 1800, 2500),
        ("Adults eat 1900 to 2600 kcal a day.", "1900 to 2600 kcal a day", 1900, 2600),
    ],
)
def test_a_range_opening_with_a_year_shaped_figure_is_a_range(
    sentence: str, span: str, low: int, high: int
) -> None:
    claim = _at(sentence, span)
    assert (claim.value.get("low"), claim.value.get("high")) == (low, high)


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


@pytest.mark.parametrize(
    ("sentence", "span", "low"),
    [
        ("Risk was higher (mOR 32.7, 95% CI 4.7-∞) among diners.", "95% CI 4.7-∞", 4.7),
        ("Odds rose (OR 12.1; 95% CI, 2.3 to infinity) with age.",
         "95% CI, 2.3 to infinity", 2.3),
        ("No control was exposed (OR 5.0, 95% CI 1.2–∞).", "95% CI 1.2–∞", 1.2),
    ],
)  # fmt: skip
def test_an_interval_open_above_keeps_its_low_bound(sentence: str, span: str, low: float) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value["low"] == low
    assert "high" not in claim.value
    assert claim.value["measure"] == "confidence interval"


# --- ratios, ranks, heights, counts set against another ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "ratio"),
    [
        ("Controls were matched 1:1 on age.", "1:1", [1, 1]),
        ("We ran a 1:1 paired case-control study.", "1:1", [1, 1]),
        ("Patients were randomised 2:1 to drug or placebo.", "2:1", [2, 1]),
        ("Serum was tested at a 1:100 dilution.", "1:100", [1, 100]),
        ("Mix them in a ratio of 3:1 by volume.", "3:1", [3, 1]),
    ],
)
def test_figures_joined_by_a_colon_beside_a_ratio_word(
    sentence: str, span: str, ratio: list[int]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value == {"ratio": ratio, "measure": "ratio"}


def test_figures_joined_by_a_colon_without_a_ratio_word_are_no_ratio() -> None:
    found = extract_claims("Read Acts 2:38 again tonight.")
    assert not [c for c in found if c.value.get("measure") == "ratio"]


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Children at or above the 95th percentile have obesity.", "95th percentile",
         {"value": 95, "measure": "percentile"}),
        ("Growth below the 5th centile was flagged.", "5th centile",
         {"value": 5, "measure": "percentile"}),
        ("The clinic marks its 50th anniversary.", "50th anniversary",
         {"value": 50, "measure": "anniversary"}),
        ("Screening starts at your 50th birthday.", "50th birthday",
         {"value": 50, "measure": "age", "unit": "year"}),
    ],
)  # fmt: skip
def test_an_ordinal_that_measures_is_a_rank(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value == expected


@pytest.mark.parametrize(
    "sentence",
    ["Give the 2nd dose in May.", "Pupils in the 5th grade took part.", "The 3rd trial."],
)
def test_an_ordinal_that_names_is_no_rank(sentence: str) -> None:
    assert not [c for c in extract_claims(sentence) if c.text[:1].isdigit() and "th" in c.text]


@pytest.mark.parametrize(
    ("sentence", "span", "inches", "qualifier"),
    [
        ("Being tall (5'8\" or taller) may raise the risk.", "5'8\" or taller", 68, "at least"),
        ("He is 6′2″ and plays basketball.", "6′2″", 74, None),
        ("Women 5’4” or shorter were included.", "5’4” or shorter", 64, "at most"),
    ],
)
def test_a_height_in_feet_and_inches(
    sentence: str, span: str, inches: int, qualifier: str | None
) -> None:
    claim = _at(sentence, span)
    side = {"at least": "low", "at most": "high"}.get(qualifier or "")
    bound = {side: inches} if side else {}  # "or taller": the bound is in the value too
    assert claim.value == {"value": inches, "unit": "inch", "measure": "height", **bound}
    assert claim.qualifier == qualifier


def test_a_prime_after_a_figure_alone_is_no_height() -> None:
    assert extract_claims("Read the 5' end of the gene.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("The valve has two leaflets instead of the typical three.", "three", "leaflet"),
        ("They had 3 children rather than the usual two.", "two", "child"),
        ("The kit holds 4 swabs instead of 6.", "6", "swab"),
    ],
)
def test_a_count_set_against_another_counts_the_same_thing(
    sentence: str, span: str, unit: str
) -> None:
    claim = _at(sentence, span)
    assert claim.value["unit"] == unit


# --- dose words that are no dose ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "High-dose chemotherapy with stem cell rescue is an option.",
        "Many adults take low-dose aspirin.",
        "The surgeon removes the cloudy lens in one piece.",
        "Cut the bar into one piece per child.",
        "A Randomized Trial of High Dose versus Standard Dose Steroids",
        # Australian Immunisation Handbook, influenza for adults aged 65 or over (heldout40)
        "Either the adjuvanted vaccine or the high dose influenza vaccine is recommended.",
    ],
)
def test_a_treatment_named_by_its_dose_or_a_thing_in_one_piece_is_no_dose(sentence: str) -> None:
    assert not [c for c in extract_claims(sentence) if c.type in ("dose", "dose_range")]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Ketamine at low doses works fast.", "low doses"),
        ("Use a high-dose, not a standard one, only if told to.", "high-dose"),
        ("Take one piece of candy.", "one piece"),
    ],
)
def test_a_dose_described_or_counted_stays_a_dose(sentence: str, span: str) -> None:
    assert _at(sentence, span).type == "dose"


# --- laboratory units; a time word stuck to its figure ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Add 5 µl of buffer to each well.", "5 µl", {"unit": "µl", "measure": "volume"}),
        ("Absorbance was read at 260 nm.", "260 nm", {"unit": "nm", "measure": "length"}),
        ("The cells were 10 microns wide.", "10 microns", {"unit": "µm", "measure": "length"}),
        ("A 16 kDa protein was found.", "16 kDa", {"unit": "kDa", "measure": "molecular mass"}),
    ],
)
def test_a_laboratory_unit_is_a_measure(sentence: str, span: str, expected: dict[str, Any]) -> None:
    assert _agrees(_at(sentence, span).value, expected)


def test_a_file_size_is_no_measure() -> None:
    assert extract_claims("Download the leaflet (PDF, 312 KB).") == []


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("It took 12years to heal.", "12years", {"value": 12, "unit": "year"}),
        ("Rest for 3days after surgery.", "3days", {"value": 3, "unit": "day"}),
        ("Patients were followed (mean 4.2±1.1years).", "4.2±1.1years",
         {"value": 4.2, "plus_minus": 1.1, "unit": "year"}),
    ],
)  # fmt: skip
def test_a_plural_time_word_stuck_to_its_figure(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "duration"
    assert _agrees(claim.value, expected)


@pytest.mark.parametrize("sentence", ["A 3D scan was made.", "The 2nd visit came.", "A 4x4 grid."])
def test_letters_stuck_to_a_figure_are_no_time(sentence: str) -> None:
    assert extract_claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("The thyroid is a gland weighing less than 1 ounce.", "less than 1 ounce", "ounce"),
        ("The tumour weighed about 3 g.", "about 3 g", "g"),
        ("Kidney stones can have a weight of 2 grams.", "2 grams", "g"),
    ],
)
def test_what_a_thing_weighs_is_no_dose(sentence: str, span: str, unit: str) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value["unit"] == unit
    assert claim.value["measure"] == "weight"


def test_a_dose_beside_a_body_weight_stays_a_dose() -> None:
    found = {c.text: c.type for c in extract_claims("Take 1 g of it if you weigh over 50 kg.")}
    assert found == {"1 g": "dose", "over 50 kg": "other_quantity"}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        # the weighing verb is the people's, the amount what they are given
        ("Patients who weigh more get 50 mg twice daily.", "50 mg"),
        ("Adults who weigh less need 25 mg each morning.", "25 mg"),
    ],
)
def test_a_dose_after_a_weighing_verb_of_its_own_clause_stays_a_dose(
    sentence: str, span: str
) -> None:
    assert _at(sentence, span).type == "dose"


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("They filled in the three-item UCLA Loneliness Scale.", "three-item",
         {"value": 3, "unit": "item"}),
        ("A 10-item questionnaire was used.", "10-item", {"value": 10, "unit": "item"}),
        ("Staff answered a 9-question survey.", "9-question", {"value": 9, "unit": "question"}),
        ("Its four-domain structure held.", "four-domain", {"value": 4, "unit": "domain"}),
    ],
)  # fmt: skip
def test_the_size_of_a_questionnaire_is_a_count(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value == {**expected, "measure": "count"}


@pytest.mark.parametrize("sentence", ["Item 3 asked about sleep.", "A one-item check was run."])
def test_a_numbered_item_is_no_count(sentence: str) -> None:
    assert extract_claims(sentence) == []


# --- areas, pressures spelled out, rates with a slash, a hyphen left hanging -------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("The county covers 21.2 km2 of land.", "21.2 km2", {"unit": "km2", "measure": "area"}),
        ("A 50 m² room was used.", "50 m²", {"unit": "m2", "measure": "area"}),
        ("The park spans 3 square miles.", "3 square miles", {"unit": "sq mi", "measure": "area"}),
        ("Aim for less than 120 millimeters of mercury.", "less than 120 millimeters of mercury",
         {"unit": "mmHg", "measure": "pressure"}),
        ("The rate was 16.1/100000 in 2015.", "16.1/100000",
         {"value": 16.1, "unit": "per 100000", "measure": "rate"}),
        ("Incidence was 5.2/100,000 person-years.", "5.2/100,000 person-years",
         {"value": 5.2, "unit": "per 100000", "measure": "rate"}),
    ],
)  # fmt: skip
def test_areas_pressures_and_slashed_rates(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert _agrees(claim.value, expected), claim.value


def test_a_body_surface_dose_keeps_its_compound_unit() -> None:
    assert _at("Give 25 mg/m2 on day 1.", "25 mg/m2").value["unit"] == "mg/m2"


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "expected"),
    [
        ("Obesity affects 13.9% of 2- to 5-year-olds.", "2- to 5-year-olds", "other_quantity",
         {"low": 2, "high": 5, "unit": "year", "measure": "age"}),
        ("Take a 7- to 10-day course.", "7- to 10-day", "duration",
         {"low": 7, "high": 10, "unit": "day"}),
        ("A 5- to 10-mg dose is usual.", "5- to 10-mg", "dose_range",
         {"low": 5, "high": 10, "unit": "mg"}),
    ],
)  # fmt: skip
def test_a_range_with_its_first_hyphen_left_hanging(
    sentence: str, span: str, kind: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == kind
    assert _agrees(claim.value, expected), claim.value


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=40))
def test_any_hanging_hyphen_range_reads_both_ends(low: int, span: int) -> None:
    high = low + span
    claim = _at(f"Plan a {low}- to {high}-week course.", f"{low}- to {high}-week")
    assert claim.value == {"low": low, "high": high, "unit": "week"}
