"""Classes of quantity the claim extractor reads (sentences written for these tests, several
phrasings per class): counts out of a total, flows and concentrations with compound units,
money, word fractions, counts with modifiers, reported statistics with their intervals."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citecheck.extraction.claim_rules import VULGAR_FRACTIONS
from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(sentence: str) -> list[Claim]:
    return extract_claims(sentence)


def _at(sentence: str, span: str) -> Claim:
    """The claim whose text is `span` (exactly one)."""
    found = [c for c in _claims(sentence) if c.text == span]
    assert len(found) == 1, [(c.type, c.text) for c in _claims(sentence)]
    return found[0]


def _agrees(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(value.get(k) == v for k, v in expected.items())


# --- a count out of a total -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "numerator", "total", "share"),
    [
        ("Relapse was rare (12/30, 40%) in the treated arm.", "12/30", 12, 30, 40.0),
        ("Antibodies were found in 7/19 children tested.", "7/19", 7, 19, 36.8),
        ("Carriage was 3.5% (4/114) among blood donors.", "4/114", 4, 114, 3.5),
        ("All 22/22 sites reported back.", "22/22", 22, 22, 100.0),
    ],
)
def test_a_count_out_of_a_total_is_a_percentage(
    sentence: str, span: str, numerator: int, total: int, share: float
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "percentage"
    assert _agrees(claim.value, {"numerator": numerator, "total": total, "value": share})


def test_the_share_after_a_count_out_of_a_total_is_its_own_claim() -> None:
    texts = [(c.type, c.text) for c in _claims("Relapse was rare (12/30, 40%) overall.")]
    assert texts == [("percentage", "12/30"), ("percentage", "40%")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The helpline offers 24/7 support.",
        "We met on 3/4 to plan the survey.",
        "Memorials recall the 9/11 attacks.",
    ],
)
def test_slashed_numbers_that_are_no_share_are_left_alone(sentence: str) -> None:
    assert not [c for c in _claims(sentence) if c.type == "percentage"]


def test_a_fraction_before_a_unit_stays_an_amount() -> None:
    claim = _at("Take 1/2 cup of the syrup.", "1/2 cup")
    assert claim.type == "dose" and claim.value["value"] == 0.5
    # a cup of juice nothing takes is measured, not dosed (amount14)
    claim = _at("Add 1/2 cup of juice.", "1/2 cup")
    assert claim.type == "other_quantity" and claim.value["value"] == 0.5


def _no_month_of_this_era(pair: tuple[int, int]) -> bool:
    # "seen in 12/2019 patients" is truly ambiguous (December 2019, or 12 of 2,019 people);
    # the reader takes a month over a year of 1900-2099 after "in" as a date, so those pairs
    # are no count out of a total in this sentence
    numerator, total = pair
    return not (1 <= numerator <= 12 and 1900 <= total <= 2099)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=2, max_value=9999).flatmap(
    lambda total: st.tuples(st.integers(min_value=0, max_value=total), st.just(total))
).filter(_no_month_of_this_era))  # fmt: skip
@example((1, 1800))  # a whole shaped like a year, after a month-shaped part
def test_any_count_out_of_a_total_reads_its_parts(pair: tuple[int, int]) -> None:
    numerator, total = pair
    sentence = f"Response was seen in {numerator}/{total} patients overall."
    found = [c for c in _claims(sentence) if c.text.startswith(f"{numerator}/{total}")]
    assert len(found) == 1 and found[0].type == "percentage"
    assert found[0].value["numerator"] == numerator and found[0].value["total"] == total
    # to a tenth of a percent, and never 0 for a part that is not (0.02% for 1/5000)
    value = found[0].value["value"]
    assert abs(value - 100 * numerator / total) <= 0.05 + 1e-9 and (value > 0) == (numerator > 0)


# --- compound units: flows, concentrations, body size -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        (
            "Kidney disease is stage 3 when the eGFR is below 45 mL/min/1.73 m2 for months.",
            "below 45 mL/min/1.73 m2",
            {"value": 45, "unit": "mL/min/1.73 m2", "measure": "GFR"},
        ),
        (
            "Values spread from 62.5 to 88.0 ml/min/1.73 m² in the cohort.",
            "62.5 to 88.0 ml/min/1.73 m²",
            {"low": 62.5, "high": 88, "unit": "ml/min/1.73 m²"},
        ),
        (
            "Her creatinine clearance was 30 ml/min last spring.",
            "30 ml/min",
            {"value": 30, "unit": "ml/min", "measure": "creatinine clearance"},
        ),
    ],
)
def test_a_volume_per_time_measured_in_the_body_is_no_dose(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity" and _agrees(claim.value, expected)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("In the 2020/21 season, 40% of adults were vaccinated.", "2020"),
        ("Take 5/325 mg tablets as directed.", "5"),
    ],
)
def test_a_number_after_a_slash_opens_a_unit_only_after_a_head(sentence: str, figure: str) -> None:
    """ "100 mg/5 mL" is a unit; "2020/21 season" and "5/325 mg" (a strength pair) are not
    "2020" and "5" measured in "/21 season" and "/325 mg"."""
    units = [c.value.get("unit", "") for c in _claims(sentence) if c.text.startswith(figure)]
    assert not [u for u in units if u.startswith("/")]


def test_a_volume_per_time_that_is_given_stays_a_dose() -> None:
    claim = _at("The drug was given at 2 ml/min by pump.", "2 ml/min")
    assert claim.type == "dose" and claim.value == {"value": 2, "unit": "ml/min"}


@pytest.mark.parametrize(
    ("sentence", "span", "unit", "measure"),
    [
        ("Yearly PM2.5 levels of 35 µg/m³ were recorded.", "35 µg/m³", "µg/m³", "PM2.5"),
        ("An HbA1c of 53 mmol/mol or above means diabetes.", "53 mmol/mol or above", "mmol/mol",
         "HbA1c"),
        ("Her viral load stayed under 50 copies/mL.", "under 50 copies/mL", "copies/mL",
         "viral load"),
        ("A BMI of 32 kg/m2 is obesity.", "32 kg/m2", "kg/m2", "BMI"),
    ],
)  # fmt: skip
def test_a_measurement_in_a_compound_unit(
    sentence: str, span: str, unit: str, measure: str
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert claim.value["unit"] == unit and claim.value["measure"] == measure


def test_names_joined_by_a_slash_are_no_unit() -> None:
    assert not [c for c in _claims("It was founded in 1993 MSHP/CNER style.") if c.value]


# --- money ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("The scheme could save up to $250M a year.", "up to $250M a year", 250_000_000, "USD"),
        ("Fines reached £1.2bn in total.", "£1.2bn", 1_200_000_000, "GBP"),
        ("The fund holds €40 million for research.", "€40 million", 40_000_000, "EUR"),
        ("Settlements brought US$3 billion back.", "US$3 billion", 3_000_000_000, "USD"),
        ("Grants of $40k went to each clinic.", "$40k", 40_000, "USD"),
    ],
)
def test_money_in_every_form_is_one_measure(
    sentence: str, span: str, value: int, unit: str
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert _agrees(claim.value, {"value": value, "unit": unit, "measure": "money"})


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Direct costs were capped at $250,000/year per site.", "$250,000/year",
         {"value": 250_000, "unit": "USD/year", "measure": "cost"}),
        ("The illness is estimated to cost UK£2 billion per annum.", "UK£2 billion",
         {"value": 2_000_000_000, "unit": "GBP", "measure": "cost"}),
        ("Families spent over $1,500 on travel.", "over $1,500",
         {"value": 1500, "unit": "USD", "measure": "cost"}),
    ],
)  # fmt: skip
def test_a_sum_named_as_a_cost_is_a_cost(
    sentence: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity" and _agrees(claim.value, expected)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([("M", 1_000_000), ("bn", 1_000_000_000), ("k", 1_000), ("", 1)]),
    st.sampled_from([("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("US$", "USD")]),
)
def test_any_sum_with_a_letter_magnitude(
    amount: int, suffix: tuple[str, int], sign: tuple[str, str]
) -> None:
    written = f"{sign[0]}{amount}{suffix[0]}"
    found = [c for c in _claims(f"Donors gave {written} to the hospital.") if c.text == written]
    assert len(found) == 1
    assert found[0].value["value"] == amount * suffix[1] and found[0].value["unit"] == sign[1]


# --- word fractions, counts with modifiers, bare figures ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "share"),
    [
        ("Nearly two-thirds reported pain at night.", "Nearly two-thirds", 66.7),
        ("Roughly three-quarters said they slept less.", "Roughly three-quarters", 75.0),
        ("About one-fifth of adults snore.", "About one-fifth of adults", 20.0),
        ("Almost one-fourth of people with asthma smoke.", "Almost one-fourth of people", 25.0),
    ],
)
def test_a_word_fraction_is_a_percentage(sentence: str, span: str, share: float) -> None:
    found = [c for c in _claims(sentence) if c.type == "percentage"]
    assert len(found) == 1 and span.lower().endswith(found[0].text.lower())
    assert found[0].value["value"] == share


@pytest.mark.parametrize("sentence", ["Give a fifth dose at 6 years.", "Stroke is the fourth."])
def test_an_ordinal_is_no_fraction(sentence: str) -> None:
    assert not [c for c in _claims(sentence) if c.type == "percentage"]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("The plan set three non–mutually exclusive aims.", "three non–mutually exclusive aims",
         3, "aim"),
        ("Reviewers saw four clearly distinct patterns.", "four clearly distinct patterns", 4,
         "pattern"),
        ("Doctors name four main causes of red eyes.", "four main causes", 4, "cause"),
        ("The flood reached 12 houses near the clinic.", "12 houses", 12, "house"),
        ("Nurses recorded 14 pauses in breathing.", "14 pauses", 14, "pause"),
        ("The lab isolated 30 viruses from the swabs.", "30 viruses", 30, "virus"),
    ],
)  # fmt: skip
def test_a_count_with_modifiers_before_its_noun(
    sentence: str, span: str, value: int, unit: str
) -> None:
    claim = _at(sentence, span)
    assert claim.type == "other_quantity"
    assert _agrees(claim.value, {"value": value, "unit": unit, "measure": "count"})


def test_a_verb_after_a_figure_is_not_what_it_counts() -> None:
    claim = _at("The survey found about 45 million had migraine.", "about 45 million")
    assert claim.value == {"value": 45_000_000, "measure": "count"}


def test_a_decimal_written_with_a_middle_dot() -> None:
    claim = _at("An estimated 3·4 million adults were affected.", "3·4 million adults")
    assert claim.value["value"] == 3_400_000


@pytest.mark.parametrize(
    ("sentence", "first", "second", "unit"),
    [
        ("We enrolled 120 obese and 140 lean adults.", "120 obese", "140 lean adults", "adult"),
        ("It counted 6 confirmed or 9 suspected cases.", "6 confirmed", "9 suspected cases",
         "case"),
    ],
)  # fmt: skip
def test_a_count_that_shares_its_noun_with_the_next(
    sentence: str, first: str, second: str, unit: str
) -> None:
    texts = {c.text: c for c in _claims(sentence)}
    assert first in texts and second in texts
    assert texts[first].type == texts[second].type
    assert texts[first].value["unit"] == texts[second].value["unit"] == unit


# --- reported statistics ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("Smoking raised the risk (adjusted OR = 1.8 (95% CI 1.2–2.7)) in men.",
         "OR = 1.8", {"value": 1.8, "ci_low": 1.2, "ci_high": 2.7, "measure": "odds ratio"}),
        ("Statins lowered deaths (HR: 0.72 [0.60–0.86]).", "HR: 0.72",
         {"value": 0.72, "ci_low": 0.6, "ci_high": 0.86, "measure": "hazard ratio"}),
        ("The relative risk was 1.4 in the oldest group.", "relative risk was 1.4",
         {"value": 1.4, "measure": "relative risk"}),
        ("Hazard ratios were 1.31 (1.05–1.63) for smokers.", "1.31",
         {"value": 1.31, "ci_low": 1.05, "ci_high": 1.63, "measure": "hazard ratio"}),
        ("Falls rose (high versus low, 1.9; 95% CI 1.1 to 3.2).", "1.9",
         {"value": 1.9, "ci_low": 1.1, "ci_high": 3.2, "measure": "estimate"}),
    ],
)  # fmt: skip
def test_a_statistic_with_its_interval(sentence: str, span: str, expected: dict[str, Any]) -> None:
    # the estimate, and its interval as a claim of its own (the heldout5 gold's convention)
    found = [c for c in _claims(sentence) if c.type == "other_quantity"]
    assert found[0].text.endswith(span), [c.text for c in found]
    assert _agrees(found[0].value, expected)
    if "ci_low" in expected:
        assert len(found) == 2
        bounds = {"low": expected["ci_low"], "high": expected["ci_high"]}
        assert _agrees(found[1].value, {**bounds, "measure": "confidence interval"})
    else:
        assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Take one or 2 more if needed.",
        "Ages were 20 (18–25) in the first group.",  # no decimal, no name, no level
        "The value 1.5 (see table 2) was used.",
    ],
)
def test_no_statistic_without_a_name_or_an_interval(sentence: str) -> None:
    assert not [c for c in _claims(sentence) if "ci_low" in c.value or "ratio" in str(c.value)]


def test_a_mean_and_its_spread() -> None:
    claim = _at("Fatigue was high (mean score, 24.1±6.2) at entry.", "24.1±6.2")
    assert claim.value == {"value": 24.1, "plus_minus": 6.2, "measure": "mean"}


def test_a_time_keeps_the_interval_written_after_it() -> None:
    claim = _at("Survival was 12.4 y (95% CI: 10.9–14.0) after diagnosis.", "12.4 y")
    assert claim.type == "duration"
    assert _agrees(claim.value, {"value": 12.4, "unit": "year", "ci_low": 10.9, "ci_high": 14})


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Follow-up lasted 18 mo in all.", "18 mo", "month"),
        ("Deaths in the first 28 d of life fell.", "28 d", "day"),
        ("Urine was collected over 24 h at home.", "24 h", "hour"),
    ],
)
def test_abbreviated_time_units(sentence: str, span: str, unit: str) -> None:
    found = [c for c in _claims(sentence) if span in c.text]
    assert len(found) == 1 and found[0].value["unit"] == unit


@pytest.mark.parametrize("sentence", ["A 3D scan and 3-d model were made.", "It took 3 D."])
def test_a_letter_after_a_number_is_no_time_unless_written_as_one(sentence: str) -> None:
    assert not [c for c in _claims(sentence) if c.value.get("unit") == "day"]


@pytest.mark.parametrize(
    ("sentence", "span", "expected", "kind"),
    [
        ("Median stay was 9 days (range 2–31) on the ward.", "range 2–31",
         {"low": 2, "high": 31, "unit": "day"}, "duration"),
        ("Median CD4 count was 240 cells/mm3 (IQR: 120–380).", "IQR: 120–380",
         {"low": 120, "high": 380, "unit": "cells/mm3"}, "other_quantity"),
    ],
)  # fmt: skip
def test_the_range_written_after_a_figure(
    sentence: str, span: str, expected: dict[str, Any], kind: str
) -> None:
    claim = _at(sentence, span)
    assert claim.type == kind and _agrees(claim.value, expected)


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Mix one sachet in water.", "one sachet", "sachet"),
        ("Use 2 vials daily.", "2 vials", "vial"),
    ],
)
def test_a_container_taken_at_once_is_a_dose(sentence: str, span: str, unit: str) -> None:
    claim = _at(sentence, span)
    assert claim.type == "dose" and claim.value["unit"] == unit


def test_a_chi_square_statistic() -> None:
    claim = _at("Rates differed (χ2 = 8.4, p = 0.004).", "χ2 = 8.4")
    assert claim.value == {"value": 8.4, "measure": "chi-square"}


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The group will grow, reaching 12.6 million by then.", "12.6 million", 12_600_000),
        ("Cases rose from 2.1 million in one year to more.", "2.1 million", 2_100_000),
    ],
)
def test_a_figure_in_millions_is_a_count_without_a_noun(
    sentence: str, span: str, value: int
) -> None:
    claim = _at(sentence, span)
    assert claim.value == {"value": value, "measure": "count"}


def test_a_bare_number_borrows_the_noun_of_the_count_just_before_only() -> None:
    sentence = (
        "Beside people with 3 or more risk factors, those with none lived an average of 9 (men)"
        " and 6 (women) years longer."
    )
    assert not [c for c in _claims(sentence) if c.text == "6"]
    borrowed = _at("We saw 14 clinics in Leeds and 9 in York.", "9")
    assert borrowed.value == {"value": 9, "unit": "clinic", "measure": "count"}


def test_a_figure_in_millions_has_no_float_noise() -> None:
    claim = _at("Some 16.4 million smokers tried to quit.", "16.4 million smokers")
    assert claim.value["value"] == 16_400_000 and isinstance(claim.value["value"], int)
    whole = _at("It reached 1,234,567,890,123 people.", "1,234,567,890,123 people")
    assert whole.value["value"] == 1_234_567_890_123  # a whole number keeps every digit


def test_a_span_of_years_does_not_start_a_percentage_range() -> None:
    texts = [c.text for c in _claims("It rose from 18% in 2001–2005 to 31% in 2015.")]
    assert "18%" in texts and "31%" in texts and not [t for t in texts if "2005 to" in t]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Factors with a P-value less than 0.05 were kept.", "P-value less than 0.05"),
        ("Only p values below 0.01 counted.", "p values below 0.01"),
    ],
)
def test_a_p_value_written_in_words(sentence: str, span: str) -> None:
    claim = _at(sentence, span)
    assert claim.value["measure"] == "p-value"


def test_an_adjective_ending_in_s_is_no_counted_noun() -> None:
    claim = _at("Screening found 1,204 precancerous lesions.", "1,204 precancerous lesions")
    assert claim.value["unit"] == "lesion"


@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit"),
    [
        ("Most adults eat about 1½ teaspoons of salt.", "1½ teaspoons", 1.5, "teaspoon"),
        ("Stir in ¾ cup of flour.", "¾ cup", 0.75, "cup"),
        ("The rules phase in over 2½ years.", "2½ years", 2.5, "year"),
        ("Targets apply for the next two and a half years.", "two and a half years", 2.5, "year"),
        ("Swallow one and a half tablets.", "one and a half tablets", 1.5, "tablet"),
    ],
)
def test_halves_and_vulgar_fractions(sentence: str, span: str, value: float, unit: str) -> None:
    found = [c for c in _claims(sentence) if c.text.endswith(span)]
    assert len(found) == 1
    assert found[0].value["value"] == value and found[0].value["unit"] == unit


@pytest.mark.parametrize("fraction", sorted(VULGAR_FRACTIONS))
def test_every_vulgar_fraction_the_reader_knows_is_found(fraction: str) -> None:
    """The finder's pattern, its keyword gate and `parse_number` read one table: each
    character it lists is found in text and read at its value, alone and after digits."""
    for written, value in ((fraction, 0.0), (f"2{fraction}", 2.0)):
        found = [
            c for c in _claims(f"Stir in {written} cups of flour.") if c.text.startswith(written)
        ]
        assert len(found) == 1, (written, [c.text for c in _claims(f"Stir in {written} cups.")])
        assert found[0].value["value"] == pytest.approx(value + VULGAR_FRACTIONS[fraction])


def test_a_sum_per_person() -> None:
    claim = _at("Care cost $4,100 per person last year.", "$4,100 per person")
    assert _agrees(claim.value, {"value": 4100, "unit": "USD/person", "measure": "cost"})


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [("Uptake rose 12 percentage points.", "12 percentage points", 12),
     ("It fell by 3.5 percentage points in a year.", "3.5 percentage points", 3.5)],
)  # fmt: skip
def test_a_difference_in_percentage_points(sentence: str, span: str, value: float) -> None:
    claim = _at(sentence, span)
    assert claim.type == "percentage"
    assert claim.value == {"value": value, "unit": "percentage point"}


@pytest.mark.parametrize(
    ("sentence", "span", "expected", "kind"),
    [
        ("Inject 8 units of insulin at dinner.", "8 units", {"value": 8, "unit": "unit"}, "dose"),
        # a product's strength in milligrams per millilitres is a dose (heldout59's gold)
        ("The pen holds 0.15 mg/0.3 mL of adrenaline.", "0.15 mg/0.3 mL",
         {"value": 0.15, "unit": "mg/0.3 mL"}, "dose"),
        ("Give 10 mL of the 250 mg/5 mL syrup.", "250 mg/5 mL",
         {"value": 250, "unit": "mg/5 mL"}, "dose"),
        ("Women should keep under 14 units of alcohol a week.", "under 14 units of alcohol a week",
         {"value": 14, "unit": "unit of alcohol/week", "measure": "volume"}, "other_quantity"),
    ],
)  # fmt: skip
def test_units_and_strengths(sentence: str, span: str, expected: dict[str, Any], kind: str) -> None:
    claim = _at(sentence, span)
    assert claim.type == kind and _agrees(claim.value, expected)


def test_a_count_of_tablets_written_with_times() -> None:
    # tablets of a size are taken at once: a dose of 2 tablets (heldout2's gold marks "one or
    # two 200mg" a dose), as "two 200mg tablets" is; "two 25 mg doses" stays a schedule
    claim = _at("Adults may take 2 x 200 mg tablets.", "2 x 200 mg tablets")
    assert claim.type == "dose" and (claim.value["value"], claim.value["unit"]) == (2, "tablet")


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "expected"),
    [
        # the standard adult paracetamol wording (sentence written for this test)
        (
            "Take one or two 500 mg tablets every 4 to 6 hours.",
            "one or two 500 mg tablets",
            "dose",
            {"low": 1, "high": 2, "choices": [1, 2], "unit": "tablet"},
        ),
        (
            "Take 1 or 2 500 mg tablets at night.",
            "1 or 2 500 mg tablets",
            "dose",
            {"low": 1, "high": 2, "choices": [1, 2], "unit": "tablet"},
        ),
        (
            "Take 1 or 2 500mg tablets.",
            "1 or 2 500mg tablets",
            "dose",
            {"low": 1, "high": 2, "choices": [1, 2], "unit": "tablet"},
        ),
        (
            "Adults take 1-2 500mg tablets.",
            "1-2 500mg tablets",
            "dose_range",
            {"low": 1, "high": 2},
        ),
        ("Take 2 500 mg capsules daily.", "2 500 mg capsules", "dose", {"value": 2}),
        (
            "She was given two or three 25 mg doses.",
            "two or three 25 mg doses",
            "frequency_schedule",
            {"count": 2, "count_max": 3, "count_unit": "dose"},
        ),
    ],
)
def test_a_range_of_tablets_of_a_size(
    sentence: str, span: str, kind: str, expected: dict[str, Any]
) -> None:
    # a count's choices or range before a dose's size are the count's, as without the size;
    # the size is its own dose, and a figure grouped by a space is not read across the two
    claim = _at(sentence, span)
    assert claim.type == kind and _agrees(claim.value, expected), claim.value
    sizes = [c for c in _claims(sentence) if c.type == "dose" and c.value.get("unit") in ("mg",)]
    assert [c.value["value"] for c in sizes] == [500 if "500" in sentence else 25]


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # a paracetamol suspension's dose table (written for this test after NHS leaflets)
        ("| 3 to 5 months | 2.5 mL (60 mg) | up to 4 times in 24 hours |", ["2.5 mL", "60 mg"]),
        ("Give 240 mg (10 mL) every 6 hours.", ["240 mg", "10 mL"]),
        ("Give 1 teaspoon (250 mg) at night.", ["1 teaspoon", "250 mg"]),
        # the same kind of unit on both sides: one amount restated, each figure a claim
        ("Take 10 mg (0.5 g) daily.", ["10 mg", "0.5 g"]),
        ("Give 1 teaspoon (5 mL) at night.", ["1 teaspoon", "5 mL"]),
        ("Take 10 mcg (400 IU) daily.", ["10 mcg", "400 IU"]),
    ],
)
def test_an_amount_in_brackets_after_a_dose_is_a_dose_too(text: str, doses: list[str]) -> None:
    assert [c.text for c in _claims(text) if c.type == "dose"] == doses


def test_a_figure_grouped_by_spaces_before_a_unit_alone() -> None:
    # no dose noun follows: the SI grouping holds ("2 500 mg" is 2,500 mg)
    assert _at("Patients got 2 500 mg of it.", "2 500 mg").value["value"] == 2500


@pytest.mark.parametrize(
    ("sentence", "span", "measure"),
    [
        ("Odds fell among the vaccinated (OR 0.64).", "OR 0.64", "odds ratio"),
        ("Risk rose (RR, 1.3) with age.", "RR, 1.3", "relative risk"),
    ],
)
def test_a_short_statistic_name_in_brackets(sentence: str, span: str, measure: str) -> None:
    assert _at(sentence, span).value["measure"] == measure


@pytest.mark.parametrize("sentence", ["Take 1 tablet (or 2 if needed).", "Eat 3 eggs, or 2 more."])
def test_the_word_or_is_no_odds_ratio(sentence: str) -> None:
    assert not [c for c in _claims(sentence) if c.value.get("measure") == "odds ratio"]


def test_a_survey_of_parents_is_a_sample() -> None:
    claim = _at("In a survey of 1,200 parents, most were worried.", "1,200 parents")
    assert claim.type == "sample_size" and claim.value["unit"] == "parent"


def test_a_value_and_its_normal_range_is_no_estimate() -> None:
    claims = _claims("The pH was 7.4 (7.35–7.45) in every sample.")
    assert [c.value.get("measure") for c in claims] == ["ph"]


@pytest.mark.parametrize(
    ("sentence", "shares"),
    [
        ("The rate rose from 10.1% in 2020 to 10.5% in 2021.", [10.1, 10.5]),
        ("Use fell from 30 percent in 2015 to 20 percent in 2019.", [30, 20]),
        ("Coverage went from 61% in 2008 – 74% in 2012.", [61, 74]),
    ],
)
def test_a_year_is_never_the_low_end_of_a_share(sentence: str, shares: list[float]) -> None:
    found = [c.value for c in _claims(sentence) if c.type == "percentage"]
    assert found == [{"value": share, "unit": "%"} for share in shares]
