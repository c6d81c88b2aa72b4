"""The statistics of results sections as claims: named estimates ("OR = 0.95"), their
intervals ("95% CI, 0.81-1.10", "(range 8-44)"), proportions n/N with their share, counts
beside a bracketed share, abbreviated time units ("27.6 y") and ranges whose unit repeats.
The sentences are written for these tests; several phrasings per class."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _one(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if c.text == span]
    assert found, f"no claim {span!r} in {[c.text for c in _claims(text)]}"
    return found[0]


def _fits(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(
        abs(float(value[k]) - float(v)) < 1e-9 if isinstance(v, int | float) else value[k] == v
        for k, v in expected.items()
    )


# --- named estimates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "measure", "number"),
    [
        ("Smokers had higher odds of stroke (OR = 1.95).", "OR = 1.95", "odds ratio", 1.95),
        ("After adjustment the aOR 2.4 held for women.", "aOR 2.4", "odds ratio", 2.4),
        ("Mortality fell with treatment (HR 0.64).", "HR 0.64", "hazard ratio", 0.64),
        ("Fracture risk rose (RR, 1.7; p = 0.01).", "RR, 1.7", "relative risk", 1.7),
        ("The trial found a hazard ratio of 0.81 for death.", "hazard ratio of 0.81",
         "hazard ratio", 0.81),
        ("Exposure carried an adjusted odds ratio (aOR) of 3.2 overall.",
         "adjusted odds ratio (aOR) of 3.2", "odds ratio", 3.2),
        ("Model discrimination was good (AUC 0.87).", "AUC 0.87", "area under the curve", 0.87),
        ("One stroke was prevented per NNT = 40 treated.", "NNT = 40", "number needed to treat", 40),
    ],
)  # fmt: skip
def test_a_named_estimate_is_other_quantity_with_its_statistic(
    text: str, span: str, measure: str, number: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"value": number, "measure": measure})


# A statistic's figure before the people it was measured in is no sample nor share of them
# (a pharmacist's test of a blog on RECOVERY, newuser6 F20: "NNT ... 8" read as 8 patients).
@pytest.mark.parametrize(
    ("text", "span", "measure", "number"),
    [
        ("The number needed to treat was about 8 among ventilated patients.",
         "number needed to treat was about 8", "number needed to treat", 8),
        ("The number needed to harm was 25 patients.", "number needed to harm was 25",
         "number needed to harm", 25),
        ("Number needed to harm: 25.", "Number needed to harm: 25", "number needed to harm", 25),
        ("The NNH was 12 patients.", "NNH was 12", "number needed to harm", 12),
        ("The hazard ratio was 0.8 in 300 patients.", "hazard ratio was 0.8", "hazard ratio", 0.8),
        ("The odds ratio was about 2 among older patients.", "odds ratio was about 2",
         "odds ratio", 2),
        ("The median age was 64 among 300 patients.", "64", "median age", 64),
        ("The average age was 52 in 80 men.", "52", "average age", 52),
    ],
)  # fmt: skip
def test_a_statistic_before_people_is_no_sample_of_them(
    text: str, span: str, measure: str, number: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"measure": measure, "value": number})
    counted = [c for c in _claims(text) if c.type in ("sample_size", "percentage")]
    assert all(c.value.get("value") != number for c in counted), counted


def test_a_qualified_statistic_keeps_its_qualifier() -> None:
    claim = _one("The number needed to treat was about 8 among ventilated patients.",
                 "number needed to treat was about 8")  # fmt: skip
    assert claim.qualifier == "approximately"


def test_the_people_an_age_is_of_are_counted_not_aged() -> None:
    claim = _one("The mean age of the 300 patients was 64.", "300 patients")
    assert claim.type == "sample_size" and claim.value["value"] == 300
    assert not [c for c in _claims("The mean age of the 300 patients was 64.")
                if c.value.get("measure") == "age"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "number"),
    [
        # after Zhu et al., Medicine 2019 (erenumab meta-analysis): the sign glued to "MD"
        ("Migraine days fell (MD-1.32; P < .00001).", "MD-1.32", -1.32),
        ("Medication days fell less (MD = 0.55; P < .001).", "MD = 0.55", 0.55),
        ("Scores improved (WMD 2.1, 95% CI 0.4 to 3.8).", "WMD 2.1", 2.1),
        ("The weighted mean difference was 4.5 overall.", "weighted mean difference was 4.5", 4.5),
    ],
)  # fmt: skip
def test_a_mean_difference_by_its_abbreviation_is_named(
    text: str, span: str, number: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"value": number, "measure": "mean difference"})


def test_a_named_difference_with_its_unit_keeps_the_unit() -> None:
    claim = _one("Less salt lowered SBP (WMD: -7.44 mmHg, P < .001).", "-7.44 mmHg")
    assert _fits(claim.value, {"value": -7.44, "unit": "mmHg"})


_NAMED = ("odds ratio", "mean difference")


@pytest.mark.parametrize(
    "text",
    [
        "Write to the clinic, Portland, OR 97239, for details.",
        "The study was led by Jane Smith, MD, 45, of Boston.",
        "The odds were odd (OR-1.5 in one arm).",
    ],
)
def test_a_state_a_degree_or_a_dash_is_no_signed_statistic(text: str) -> None:
    named = [c.value for c in _claims(text) if c.value.get("measure") in _NAMED]
    assert named == []


def test_an_abbreviation_names_an_estimate_only_in_its_case() -> None:
    # "or 2" is the conjunction (one or two tablets), no odds ratio; "HR" in capitals is no hour
    found = _claims("Take one or 2 tablets, or 3 at most.")
    assert not any(c.value.get("measure") == "odds ratio" for c in found)
    assert any(c.text == "one or 2 tablets" and c.value.get("high") == 2 for c in found)
    claim = _one("Risk of relapse was lower (HR 1.2) in the treated arm.", "HR 1.2")
    assert claim.type == "other_quantity"
    assert claim.value.get("measure") == "hazard ratio"


def test_a_word_named_estimate_keeps_the_kind_its_unit_gives() -> None:
    claim = _one("The median stay was 7 days in both groups.", "7 days")
    assert claim.type == "duration"
    assert _fits(claim.value, {"value": 7, "unit": "day"})


# --- intervals --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Odds were similar (OR = 0.97 [95% CI, 0.83–1.12]).", "95% CI, 0.83–1.12", 0.83, 1.12),
        ("Survival was 31.4 y (95% CI: 28.0–34.9) for women.", "95% CI: 28.0–34.9", 28.0, 34.9),
        ("The pooled estimate was 1.31 (95% CI 1.05 to 1.63).", "95% CI 1.05 to 1.63", 1.05, 1.63),
        ("It was 2.2 (95% confidence interval 1.4-3.5) in men.",
         "95% confidence interval 1.4-3.5", 1.4, 3.5),
        ("Benefit held (HR 0.7; 90% CI: 0.55, 0.91).", "90% CI: 0.55, 0.91", 0.55, 0.91),
        ("The gap was -1.8 points (95% CI, -2.6 to -1.0).", "95% CI, -2.6 to -1.0", -2.6, -1.0),
        ("The change was 0.4 (95% CI -0.2 to 1.1) overall.", "95% CI -0.2 to 1.1", -0.2, 1.1),
    ],
)  # fmt: skip
def test_a_confidence_interval_is_other_quantity_with_its_bounds(
    text: str, span: str, low: float, high: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"low": low, "high": high, "measure": "confidence interval"})


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Deaths fell (HR 0.66, 0.51–0.85; p = 0.002).", "0.51–0.85", 0.51, 0.85),
        ("The RR was 1.9 (1.2 to 3.0) in older adults.", "1.2 to 3.0", 1.2, 3.0),
        ("An odds ratio of 2.7 (1.8-4.1) was reported.", "1.8-4.1", 1.8, 4.1),
    ],
)
def test_a_ratios_bare_bracketed_pair_is_its_confidence_interval(
    text: str, span: str, low: float, high: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"low": low, "high": high, "measure": "confidence interval"})


@pytest.mark.parametrize(
    ("text", "span", "number", "low", "high"),
    [
        (
            "The mean difference was \u22120.5 (95% CI \u22120.9 to \u22120.1).",
            "mean difference was \u22120.5",
            -0.5,
            -0.9,
            -0.1,
        ),
        (
            "Weight fell (\u03b2 = -0.21, 95% CI -0.35 to -0.07).",
            "-0.21",
            -0.21,
            -0.35,
            -0.07,
        ),
        ("-1.4 (95% CI -2.0 to -0.8) was the change.", "-1.4", -1.4, -2.0, -0.8),
        ("The MD was -0.3 (95% CI, -0.6 to 0.1) in women.", "MD was -0.3", -0.3, -0.6, 0.1),
    ],
)
def test_a_negative_estimate_keeps_its_sign_inside_its_interval(
    text: str, span: str, number: float, low: float, high: float
) -> None:
    """The interval's bounds are read signed, so the estimate must be too: an estimate read
    unsigned lies outside its own interval."""
    claim = _one(text, span)
    assert _fits(claim.value, {"value": number, "ci_low": low, "ci_high": high})


def test_a_medians_bare_bracketed_pair_is_no_interval() -> None:
    claims = _claims("The median stay was 7 (4–12) on the ward.")
    assert not [c for c in claims if c.value.get("measure") == "confidence interval"]


def test_ranged_from_is_a_range() -> None:
    claim = _one("Adjusted odds ratios ranged from 1.3 to 2.9 by region.", "ranged from 1.3 to 2.9")
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"low": 1.3, "high": 2.9, "measure": "range"})
    ages = _one("Ages ranged from 12 to 17 years in the sample.", "12 to 17 years")
    assert _fits(ages.value, {"low": 12, "high": 17, "unit": "year"})


def test_an_interval_takes_the_unit_of_its_estimate() -> None:
    claims = _claims("Prevalence was 14.2% (95% CI 11.9–16.5) and 25% (range 9–38) in clinics.")
    interval = next(c for c in claims if c.text.startswith("95% CI"))
    assert interval.type == "percentage"  # a share's interval is shares too
    assert _fits(interval.value, {"low": 11.9, "high": 16.5, "unit": "%"})
    spread = next(c for c in claims if c.text.startswith("range"))
    assert spread.type == "percentage"
    assert _fits(spread.value, {"low": 9, "high": 38, "unit": "%"})
    ages = _one("The median age was 58 years (IQR, 49–66).", "IQR, 49–66")
    assert _fits(ages.value, {"low": 49, "high": 66, "unit": "year", "measure": "age"})
    stated = _one("The 95% CI was 1.02 to 1.37 for women.", "95% CI was 1.02 to 1.37")
    assert _fits(stated.value, {"low": 1.02, "high": 1.37, "measure": "confidence interval"})


def test_the_confidence_level_alone_is_no_percentage() -> None:
    claims = _claims("Estimates were 1.4 (95% CI, 1.1–1.8) and 2.0 (99% CI 1.2-3.1).")
    assert not [c for c in claims if c.type == "percentage"]
    levels = sorted(c.value["level"] for c in claims if "level" in c.value)
    assert levels == [95, 99]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The yearly median was 48 (range: 31–190) cases.", "range: 31–190",
         {"low": 31, "high": 190, "measure": "range"}),
        ("Outbreaks numbered five a year (range 3–14).", "range 3–14", {"low": 3, "high": 14}),
        ("Patients were followed for 30 weeks (range 6–52).", "range 6–52",
         {"low": 6, "high": 52, "unit": "week"}),
        ("Recovery took a median of 9 days (IQR 4–15).", "IQR 4–15",
         {"low": 4, "high": 15, "unit": "day"}),
    ],
)  # fmt: skip
def test_a_range_of_observed_values_takes_its_estimates_kind(
    text: str, span: str, expected: dict[str, Any]
) -> None:
    claim = _one(text, span)
    if "unit" in expected:
        assert claim.type == "duration"
    else:
        assert claim.type == "other_quantity"
    assert _fits(claim.value, expected)


@pytest.mark.parametrize(
    ("text", "span", "number"),
    [
        ("The median yearly count of outbreaks was seven (range: 2–19).", "seven", 7),
        ("Reported cases averaged 75 (range 40–210) each year.", "75", 75),
    ],
)
def test_a_bare_figure_an_interval_bounds_is_a_claim(text: str, span: str, number: float) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"value": number})


@pytest.mark.parametrize(
    "text",
    [
        "Results are in Table 2 (range of doses by site).",
        "Cases of COVID-19 (range: 2–9 per ward) rose.",
        "The survey ran in 2019 (range 3–8 visits).",
    ],
)
def test_a_number_that_names_something_is_no_estimate_before_a_range(text: str) -> None:
    figures = [c.text for c in _claims(text) if c.value.get("measure") == "number"]
    assert figures == []


@pytest.mark.parametrize(
    ("text", "span", "bounds"),
    [
        ("Median follow-up was 3.8 (IQR 1.9–5.5) years overall.", "3.8", "IQR 1.9–5.5"),
        ("Stay lasted 11 (range 3–40) days on average.", "11", "range 3–40"),
        ("Survival was 14.1 (95% CI 12.0–16.3) years after surgery.", "14.1",
         "95% CI 12.0–16.3"),
    ],
)  # fmt: skip
def test_a_time_unit_after_the_interval_is_the_estimates(text: str, span: str, bounds: str) -> None:
    estimate = _one(text, span)
    assert estimate.type == "duration"
    interval = _one(text, bounds)
    assert estimate.value["unit"] == interval.value["unit"]


def test_an_age_with_its_unit_after_the_range() -> None:
    claim = _one("Participants had a median age of 58 (IQR 47–66) years.", "58")
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"value": 58, "unit": "year", "measure": "age"})


def test_a_conversion_in_brackets_is_a_claim_of_its_own() -> None:
    texts = [c.text for c in _claims("She weighed 45 kg (100 lbs) at entry.")]
    assert texts == ["45 kg", "100 lbs"]


# --- proportions and counts beside their share ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "part", "whole"),
    [
        ("Most schemes targeted new uses (29/37, 78%).", "29/37", 29, 37),
        ("Side effects were mild (n = 12/40, 30%).", "12/40", 12, 40),
        ("A response was seen in 150/1,200 (12.5%) of the sample.", "150/1,200", 150, 1200),
        ("Clinics reported shortages (17/20 [85%]).", "17/20", 17, 20),
    ],
)
def test_a_part_of_a_whole_with_its_share_is_a_percentage(
    text: str, span: str, part: int, whole: int
) -> None:
    claim = _one(text, span)
    assert claim.type == "percentage"
    assert _fits(claim.value, {"numerator": part, "total": whole})
    assert abs(claim.value["value"] - 100 * part / whole) < 0.1


def test_a_fraction_without_a_share_stays_what_it_was() -> None:
    claims = _claims("Drink 1/2 cup of juice; clinics open 24/7.")
    assert [c.type for c in claims if c.text.startswith("1/2")] == ["dose"]
    assert not [c for c in claims if c.type == "percentage"]


@pytest.mark.parametrize(
    ("text", "span", "count"),
    [
        ("Most patients were unvaccinated (118 [74%]).", "118", 118),
        ("Of the importations, 19 (45%) came from Europe.", "19", 19),
        ("Cases with unknown status (12 [8%]) were excluded.", "12", 12),
    ],
)
def test_a_count_beside_its_bracketed_share_is_a_count(text: str, span: str, count: int) -> None:
    claims = _claims(text)
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"value": count, "measure": "count"})
    assert [c.type for c in claims if c.text.endswith("%")] == ["percentage"]


# --- abbreviated time units --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("Life expectancy reached 38.2 y in the cohort.", "38.2 y", 38.2, "year"),
        ("Patients stayed 90 d in hospital.", "90 d", 90, "day"),
        ("Fever resolved by 48 h in most children.", "48 h", 48, "hour"),
        ("Symptoms lasted 6 mo on average.", "6 mo", 6, "month"),
        ("The course ran for 12 wk in total.", "12 wk", 12, "week"),
        ("Follow-up of 3 yr was complete.", "3 yr", 3, "year"),
    ],
)
def test_an_abbreviated_time_unit_after_digits_is_read(
    text: str, span: str, number: float, unit: str
) -> None:
    claim = _one(text, span)
    assert _fits(claim.value, {"value": number, "unit": unit})


def test_an_age_with_an_abbreviated_unit() -> None:
    claim = next(
        c for c in _claims("The life expectancy of a 35-y-old man was lower.") if "35" in c.text
    )
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"value": 35, "unit": "year", "measure": "age"})


@pytest.mark.parametrize(
    "text",
    [
        "Each division yields one S and one D cell.",
        "Take vitamin D 1000 IU with food.",
        "Panel 2 D shows the scan.",
    ],
)
def test_a_capital_or_a_word_before_a_letter_is_no_time(text: str) -> None:
    assert not [c for c in _claims(text) if c.type in ("duration", "onset_time")]


# --- ranges whose unit repeats ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Sensation worsened between day 15 and day 90 of follow-up.",
         "between day 15 and day 90", {"low": 15, "high": 90, "unit": "day"}),
        ("Relief came between 3 weeks and 8 weeks after the start.",
         "between 3 weeks and 8 weeks", {"low": 3, "high": 8, "unit": "week"}),
        ("Protection lasted 12 months to 18 months in adults.",
         "12 months to 18 months", {"low": 12, "high": 18, "unit": "month"}),
        ("Values were between 64% and 91% of the reference.",
         "between 64% and 91%", {"low": 64, "high": 91, "unit": "%"}),
        ("The dose went from 10 mg to 40 mg over a month.",
         "10 mg to 40 mg", {"low": 10, "high": 40, "unit": "mg"}),
        ("Take between 5 mg and 15 mg at night.",
         "between 5 mg and 15 mg", {"low": 5, "high": 15, "unit": "mg"}),
    ],
)  # fmt: skip
def test_a_range_with_its_unit_on_both_ends_is_one_claim(
    text: str, span: str, expected: dict[str, Any]
) -> None:
    claim = next(c for c in _claims(text) if span in c.text)
    assert _fits(claim.value, expected)


def test_two_lengths_joined_by_and_without_between_stay_two() -> None:
    # same unit, no "between": two lengths, not a range ("2 weeks and 3 days", a smaller unit
    # after a larger, is one time in two parts: test_claims_course_length)
    claims = _claims("Treat for 2 weeks and 3 weeks after that.")
    assert sorted(c.text for c in claims if c.type == "duration") == ["2 weeks", "3 weeks"]


def test_a_year_after_between_is_no_percentage_range() -> None:
    claims = _claims("Between 2010 and 20% of clinics changed.")
    percentages = [c for c in claims if c.type == "percentage"]
    assert [c.text for c in percentages] == ["20% of clinics"]
    assert _fits(percentages[0].value, {"value": 20, "unit": "%"})


# --- parsers, over many numbers -----------------------------------------------------------------

_BOUND = st.integers(min_value=1, max_value=9999).map(lambda n: n / 100)


@settings(max_examples=60, deadline=None)
@given(
    low=_BOUND,
    width=st.integers(min_value=1, max_value=500).map(lambda n: n / 100),
    level=st.sampled_from([90, 95, 99]),
    form=st.sampled_from(["({l}% CI, {a}–{b})", "({l}% CI: {a}-{b})", "[{l}% CI {a} to {b}]"]),
)
def test_any_confidence_interval_is_read_with_its_bounds(
    low: float, width: float, level: int, form: str
) -> None:
    high = round(low + width, 2)
    text = "The estimate was 1.5 " + form.format(l=level, a=f"{low:.2f}", b=f"{high:.2f}") + "."
    intervals = [c for c in _claims(text) if c.value.get("measure") == "confidence interval"]
    assert len(intervals) == 1
    assert _fits(intervals[0].value, {"low": low, "high": high, "level": level})
    assert not [c for c in _claims(text) if c.type == "percentage"]


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=2, max_value=5000),
    share=st.floats(min_value=0.0, max_value=1.0),
    form=st.sampled_from(["({p}/{w}, {s}%)", "({p}/{w} [{s}%])", "(n = {p}/{w}, {s}%)"]),
)
def test_any_part_of_a_whole_with_its_share_is_read(whole: int, share: float, form: str) -> None:
    part = int(whole * share)
    percent = round(100 * part / whole)
    text = "Responses were positive " + form.format(p=part, w=whole, s=percent) + " overall."
    proportions = [c for c in _claims(text) if "numerator" in c.value]
    assert len(proportions) == 1
    assert _fits(proportions[0].value, {"numerator": part, "total": whole})


@pytest.mark.parametrize(
    "text",
    [
        # "MD" that is muscular dystrophy or myotonic dystrophy (our own sentences)
        "People with MD 2 years after diagnosis walked less.",
        "Myotonic dystrophy (MD) type 1 is common; MD 1 affects adults.",
    ],
)
def test_a_bare_md_outside_statistics_is_no_mean_difference(text: str) -> None:
    assert not [c for c in extract_claims(text) if c.value.get("measure") == "mean difference"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pain fell more with the drug (MD -1.3, 95% CI -2.0 to -0.6).", -1.3),
        ("Walking improved, MD 12 m (95% CI 4 to 20).", 12),
        ("Length of stay was shorter (MD 2 days).", 2),
        ("Scores improved: MD 4.1 (95% CI 1.2 to 7.0).", 4.1),
    ],
)
def test_md_in_a_statistics_context_is_a_mean_difference(text: str, value: float) -> None:
    assert [
        c.value["value"]
        for c in extract_claims(text)
        if c.value.get("measure") == "mean difference"
    ] == [value]


@pytest.mark.parametrize(
    ("text", "proportion"),
    [
        # a whole shaped like a year, with its share in the brackets: a part of a whole
        ("Responses were positive (7/1800, 0%) overall.", "7/1800"),
        ("Responses were positive (n = 12/2000 [1%]) overall.", "12/2000"),
        # ... or with the people it counts after it
        ("Response was seen in 1/1800 patients overall.", "1/1800"),
        ("In 06/2019 patients were enrolled.", None),
        ("Only 7/1850 patients had a reaction.", "7/1850"),
        # a month over a year of this era after a word that dates it: a date
        ("Between 1/2010 and 12/2015 patients with asthma were included.", None),
        ("In 12/2019 cases rose sharply.", None),
        ("From 3/2018 to 11/2019 children were screened.", None),
        # a month over a year, then a share of its own: a date, no part of a whole
        ("Enrolled from 01/2013 to 06/2019, 55% were women.", None),
    ],
)
def test_a_year_shaped_whole_with_its_share_or_people_is_a_part(
    text: str, proportion: str | None
) -> None:
    parts = [c.text for c in extract_claims(text) if "numerator" in c.value]
    assert parts == ([proportion] if proportion else [])
