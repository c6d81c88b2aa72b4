"""Review O of quant12's number forms: where its rules must stay silent or keep what main read
(a named measure before an interval, a unit written once after a list, a count after a word
figure, population counts the researchers report, a birth cohort, an angle in an instruction,
a dose per gram of body weight) and the forms it left half read (a whole-number estimate's
interval, a glued comma between doses). All sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _all(text: str) -> list[tuple[str, str, dict[str, object]]]:
    return [(c.type, c.text, dict(c.value)) for c in extract_claims(text)]


def _of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


# --- O1, O2: a percent sign after the intervals ------------------------------------------


def test_a_named_measure_before_an_interval_keeps_its_measure() -> None:
    text = "The median age was 64 (58 to 71), and 55 (50 to 60) per cent were men."
    (age,) = _of(text, "other_quantity")
    assert (age.text, age.value) == ("64", {"value": 64, "measure": "median age"})
    shares = [c.value.get("value") for c in _of(text, "percentage")]
    assert 64 not in shares and 55 in shares


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Mortality was 12 (10 to 15) per cent.", "12", 10, 15),
        ("Overall, 62 (55 to 70) per cent reached the target.", "62", 55, 70),
        ("Mortality was 12·0 (10·0 to 15·0) per cent.", "12·0", 10, 15),
    ],
)
def test_a_whole_number_estimate_keeps_its_interval(
    text: str, figure: str, low: int, high: int
) -> None:
    estimate, interval = _of(text, "percentage")
    assert estimate.text == figure
    assert (estimate.value["ci_low"], estimate.value["ci_high"]) == (low, high)
    assert (interval.value["low"], interval.value["high"]) == (low, high)
    assert interval.value["measure"] == "confidence interval"


def test_an_interval_with_no_percent_sign_after_stays_silent() -> None:
    assert _of("Patients took 2 (1 to 3) tablets a day.", "percentage") == []


# --- O3: a unit written once after a list is not a statistic's list ----------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The hazard ratio was 1.3, 12 and 24 months after starting treatment.", "12", "month"),
        ("The relative risk was 1.4, 2 and 3 years after surgery respectively.", "2", "year"),
    ],
)
def test_a_unit_written_once_after_the_list_is_the_first_figures(
    text: str, figure: str, unit: str
) -> None:
    first = next(c for c in extract_claims(text) if c.text == figure)
    assert first.type == "onset_time" and first.value["unit"] == unit


def test_the_last_value_of_a_statistics_list_before_respectively() -> None:
    text = "Odds ratios were 1.5, 2.1 and 3.0 for the three groups respectively."
    found = _of(text, "other_quantity")
    assert [c.value["value"] for c in found] == [1.5, 2.1, 3]
    assert {c.value["measure"] for c in found} == {"odds ratio"}


@pytest.mark.parametrize(
    "text",
    [
        "The hazard ratio was 0.8, and 12 died.",
        "The number needed to treat was 12, and 45 patients had side effects.",
    ],
)
def test_a_later_count_takes_no_statistics_name(text: str) -> None:
    measures = [c.value.get("measure") for c in _of(text, "other_quantity")]
    assert measures[1:] == ["count"]


# --- O4: a figure in words with a noun after it counts that noun -------------------------


def test_a_word_figure_before_a_noun_is_a_count_not_a_statistic() -> None:
    found = _all("The odds ratio of two studies was 1.5.")
    assert ("other_quantity", "odds ratio of two", {"value": 2, "measure": "odds ratio"}) not in (
        found
    )
    assert any(
        kind == "other_quantity" and value.get("unit") == "study" for kind, _, value in found
    )


def test_a_statistics_values_in_words_are_still_read() -> None:
    found = _of("The number needed to harm was seven, eight and nine.", "other_quantity")
    assert [c.value["value"] for c in found] == [7, 8, 9]


# --- O5, O6: population counts stay counts ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to the researchers, about 40,000 women are diagnosed each year in the UK.",
        "The researchers, who work at 14 hospitals, said 250,000 children are affected each year.",
        "The baby boomers, a cohort of 76 million Americans, are now reaching retirement age.",
        "Each year a new cohort of 4 million babies is born in the United States.",
    ],
)
def test_a_population_count_reported_or_called_a_cohort_stays_a_count(text: str) -> None:
    assert _of(text, "sample_size") == []
    assert any(c.value.get("measure") == "count" for c in _of(text, "other_quantity"))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The researchers performed testing of blood samples in 91 older adults.",
            "91 older adults",
        ),
        (
            "In a cohort of 1,200 people with diabetes, 300 developed kidney disease.",
            "1,200 people",
        ),
        ("The study used a sample of about 500 adults.", "about 500 adults"),
        ("A cohort of roughly 2,000 nurses was followed for 20 years.", "roughly 2,000 nurses"),
    ],
)
def test_a_studys_own_people_stay_its_sample(text: str, span: str) -> None:
    assert [c.text for c in _of(text, "sample_size")] == [span]


# --- O7: an angle is a range of motion only where the sentence names one ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The hip flexion exercise is done with the bed raised to 30°.",
        "Lie on your back with your hip in flexion and turn the foot 45° outward.",
        "The camera was angled at 30° to capture flexion of the elbow.",
        "Bend your knee to 90° and hold for ten seconds.",
    ],
)
def test_an_angle_beside_a_movement_word_is_no_claim(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.value.get("unit") == "degree"]


def test_a_range_of_motion_named_so_is_still_read() -> None:
    text = "After surgery, patients regained a range of motion of 0–120° within 12 weeks."
    (angle,) = [c for c in extract_claims(text) if c.value.get("unit") == "degree"]
    assert angle.value == {"value": 120, "unit": "degree", "measure": "range of motion"}


# --- O13: a spread written "+/-" -------------------------------------------------------------


def test_a_spread_written_plus_slash_minus_is_one_amount() -> None:
    text = "Mean core temperature was 38.2°C +/- 0.4°C during the run."
    (temperature,) = _of(text, "other_quantity")
    assert temperature.value == {
        "value": 38.2,
        "unit": "°C",
        "measure": "temperature",
        "plus_minus": 0.4,
    }


# --- O9: a strength glued after a comma -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        ("Take 150 mg,100 mg daily.", ["150 mg", "100 mg"]),
        ("Take 300 mg;100 mg with food.", ["300 mg", "100 mg"]),
        ("In the trial, 10 mg,20 mg and 40 mg doses were compared.", ["10 mg", "20 mg", "40 mg"]),
    ],
)
def test_a_strength_glued_after_a_comma_is_a_second_dose(text: str, doses: list[str]) -> None:
    # after a sentence whose "250,000" lets the citation reader look for glued marks
    lead = (
        "The researchers, who work at 14 hospitals, said 250,000 children are affected each year.\n"
    )
    for whole in (text, lead + text):
        found = extract_claims(whole)
        assert [c.text for c in found if c.type == "dose"] == doses
        assert not [c for c in found if c.type == "study_attribution"]


def test_a_count_glued_after_a_dose_stays_no_dose() -> None:
    found = extract_claims("The highest dose was 5 mg,10 patients had nausea.")
    assert [c.text for c in found if c.type == "dose"] == ["5 mg"]


# --- O8: a mass per gram of body weight is a dose ------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Mice were injected with 10 µg/g body weight of the drug.", "µg/g"),
        ("The mice received 2 mg/g of body weight glucose by injection.", "mg/g"),
        ("Mice were dosed at 1 mg/g intraperitoneally.", "mg/g"),
    ],
)
def test_an_animals_dose_per_gram_stays_a_dose(text: str, unit: str) -> None:
    (dose,) = _of(text, "dose")
    assert dose.value["unit"] == unit
    assert not [c for c in _of(text, "other_quantity") if c.value.get("unit") == unit]


@pytest.mark.parametrize(
    "text", ["Hair contained 5 ng/mg cortisol on average.", "Plaque held 4 µg/g of fluoride."]
)
def test_a_mass_per_mass_in_a_tissue_is_a_concentration(text: str) -> None:
    (content,) = _of(text, "other_quantity")
    assert content.value["measure"] == "concentration"


# --- O10: an age's limit after a score's is no score -------------------------------------


def test_an_age_limit_after_a_score_limit_takes_no_score_name() -> None:
    text = "Patients with a BMI of 35 or more and 18 or older were eligible."
    measures = {c.text: c.value.get("measure") for c in _of(text, "other_quantity")}
    assert measures["35 or more"] == "BMI"
    assert measures.get("18 or older") != "BMI"


def test_a_second_score_limit_still_takes_the_name() -> None:
    text = "Adults with a BMI of 30 or more, or 27 or more with diabetes, can get the drug."
    assert [c.value["measure"] for c in _of(text, "other_quantity")] == ["BMI", "BMI"]


# --- O12: a title-cased score at a sentence's start names nothing -------------------------


@pytest.mark.parametrize(
    "text", ["Risk Score ≥ 3 was linked to death.", "Pain Score > 4 needs treatment."]
)
def test_a_title_cased_generic_score_opening_a_sentence_is_no_named_measure(text: str) -> None:
    assert not [c for c in _of(text, "other_quantity") if "Score" in str(c.value.get("measure"))]


@pytest.mark.parametrize(
    ("text", "measure", "high"),
    [
        ("Children with a z-score < -2 were stunted.", "Z-score", -2),
        ("Women with a T-score < -2.5 have osteoporosis.", "T-score", -2.5),
    ],
)
def test_a_t_or_z_score_limit_in_either_case(text: str, measure: str, high: float) -> None:
    (limit,) = _of(text, "other_quantity")
    assert (limit.value["measure"], limit.value["high"]) == (measure, high)


# --- O15: a header-less row label naming a share or a rate gives no count -------------------

_KEY_FACTS = """| Key facts | |
|---|---|
| Percent of patients surviving 5 years | 68.4 |
| Deaths per 100,000 men and women | 0.5 |
| New cases in 2020 | 44,280 |
"""


def test_a_row_label_naming_a_share_or_rate_is_no_counts_measure() -> None:
    found = {c.text: c for c in extract_claims(_KEY_FACTS)}
    for figure in ("68.4", "0.5"):
        assert figure not in found or found[figure].type != "other_quantity"
    assert found["44,280"].value == {"value": 44280, "measure": "new cases in 2020"}


# --- O11: a word fraction of a whole ends on the whole's noun ---------------------------------


@pytest.mark.parametrize(
    ("text", "span", "whole"),
    [
        (
            "Obesity accounts for around a third of the cost of the program, the researchers said.",
            "around a third of the cost",
            "cost",
        ),
        ("The vaccine accounts for a third of the drop in cases.", "a third of the drop", "drop"),
        ("Rent makes up a third of their income.", "a third of their income", "income"),
    ],
)
def test_a_word_fraction_of_a_whole_ends_on_its_noun(text: str, span: str, whole: str) -> None:
    (share,) = _of(text, "percentage")
    assert (share.text, share.value["denominator"]) == (span, whole)


# --- O14: ranges and spreads of degrees in a range of motion ----------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Elbow ROM improved from 30°–100° to 10°–130°.",
            [{"low": 30, "high": 100}, {"low": 10, "high": 130}],
        ),
        (
            "Hip flexion was measured with a goniometer; the mean arc was 95° ± 12°.",
            [{"value": 95, "plus_minus": 12}],
        ),
        (
            "After knee replacement, flexion improved from 85° to 110° at six weeks.",
            [{"value": 85}, {"value": 110}],
        ),
    ],
)
def test_degrees_written_twice_in_a_range_of_motion(
    text: str, values: list[dict[str, float]]
) -> None:
    angles = [c.value for c in extract_claims(text) if c.value.get("unit") == "degree"]
    assert [{k: v for k, v in a.items() if k not in ("unit", "measure")} for a in angles] == values
