"""Forms of quantity that health articles write and the extractor once missed or misread:
a share by a fraction word at a clause's end, figures a sentence says are percentages, body
and birth weights, clinical scores and ratios, counts of visits, drug-label cross-references,
the first months of a pregnancy. Each case is a short excerpt with its source named, or a
sentence written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from claim_finders import claim_spanning as _one
from claim_finders import claims_of as _claims


def _fits(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(
        abs(float(value[k]) - float(v)) < 1e-9 if isinstance(v, int | float) else value[k] == v
        for k, v in expected.items()
    )


# --- a share by a fraction word, after "in" at a clause's end --------------------------------


@pytest.mark.parametrize(
    ("text", "span", "share"),
    [
        # NIH news release, peanut oral immunotherapy in toddlers (2022)
        (
            "giving peanut oral immunotherapy to highly peanut-allergic children ages 1 to 3 "
            "years safely desensitized most of them to peanut and induced remission of peanut "
            "allergy in one-fifth.",
            "one-fifth",
            20.0,
        ),
        ("Symptoms cleared in two-fifths, and pain eased in about a third.", "two-fifths", 40.0),
        ("Symptoms cleared in two-fifths, and pain eased in about a third.", "about a third", 33.3),
        ("The rash faded in three-quarters; the rest needed a cream.", "three-quarters", 75.0),
        ("Relapse came in a tenth.", "a tenth", 10.0),
    ],
)
def test_a_share_after_in_at_a_clause_end_is_a_percentage(
    text: str, span: str, share: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "percentage"
    assert _fits(claim.value, {"value": share, "unit": "%"})


@pytest.mark.parametrize(
    "text", ["Cut the tablet in half.", "Fold the sheet in half, then in half again."]
)
def test_in_half_is_no_share(text: str) -> None:
    assert not [c for c in _claims(text) if c.type == "percentage"]


# --- figures a sentence says are percentages, with no "%" of their own -------------------------


def test_figures_named_as_a_percentage_are_percentages() -> None:
    # CDC, Healthy People 2020 progress report on the hepatitis B birth dose (chart's text)
    text = (
        "Bar chart for years 2010-2020, charting percentage, starting at 64.1 in 2010, "
        "peaking at 64.2 by 2013, then declining to 71.1 in 2016 and then projected at 85% "
        "by 2020."
    )
    shares = [(c.text, c.value) for c in _claims(text) if c.type == "percentage"]
    assert shares == [
        ("64.1", {"value": 64.1, "unit": "%"}),
        ("64.2", {"value": 64.2, "unit": "%"}),
        ("71.1", {"value": 71.1, "unit": "%"}),
        ("85%", {"value": 85, "unit": "%"}),
    ]


def test_a_percentage_named_in_one_sentence_names_no_other() -> None:
    # text written for the test: the word holds for its own sentence only, before or after
    text = "Of the 12 sites, 40 required treatment. The percentage fell to 12.5 by 2019. 30 left."
    shares = [c.text for c in _claims(text) if c.type == "percentage"]
    assert shares == ["12.5"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The percentage of adults with type 2 diabetes was 12.5 in 2019.", "12.5"),
        ("Percentages fell from 30 in 2001 to 22 in 2010.", "22"),
    ],
)
def test_a_bare_figure_in_a_sentence_about_percentages(text: str, span: str) -> None:
    assert _one(text, span).type == "percentage"


@pytest.mark.parametrize(
    "text",
    [
        "The percentage of adults with type 2 diabetes rose.",  # a name's number
        "Coverage rose 3 percentage points in 2019.",  # no bare figure
        "About 40 percent of the 300 patients had stage 2 disease (12).",  # a reference number
    ],
)
def test_no_percentage_from_a_name_or_a_reference(text: str) -> None:
    shares = [c.text for c in _claims(text) if c.type == "percentage"]
    assert all("%" in s or "percent" in s for s in shares), shares


# --- what a person weighs, not a dose -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # CDC, Healthy People 2020 progress report on the hepatitis B birth dose
        (
            "routine vaccination of all newborns within 24 hours of birth for medically stable "
            "infants weighing ≥2,000 grams (3).",
            "2,000 grams",
            "g",
        ),
        ("Infants weighing <2,000 g at birth get a dose at 1 month.", "2,000 g", "g"),
        # DailyMed, EpiPen label, "Dosage and Administration": the weight in brackets too
        ("Patients 15 to 30 kg (33 pounds to 66 pounds): EpiPen Jr 0.15 mg", "15 to 30 kg", "kg"),
        (
            "Patients 15 to 30 kg (33 pounds to 66 pounds): EpiPen Jr 0.15 mg",
            "33 pounds to 66 pounds",
            "pound",
        ),
    ],
)
def test_a_weight_after_weighing_or_in_brackets_is_a_weight(
    text: str, span: str, unit: str
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"unit": unit, "measure": "weight"})


def test_a_dose_after_a_weighing_clause_stays_a_dose() -> None:
    assert _one("Patients who weigh more get 50 mg.", "50 mg").type == "dose"


# --- clinical scores and ratios -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # Cancers (MDPI) abstract, ADT with proton beam therapy for prostate cancer (CC BY)
        (
            "especially in those with multiple intermediate-risk factors (T2b–2c, PSA 10–20 "
            "ng/mL, and GS 7).",
            "GS 7",
            {"value": 7, "measure": "Gleason score"},
        ),
        ("Men with Gleason 7 disease were offered surveillance.", "Gleason 7", {"value": 7}),
        ("Her GCS 8 on arrival fell to 6.", "GCS 8", {"measure": "Glasgow Coma Scale"}),
        ("Babies with Apgar scores of 9 went home.", "9", {"measure": "Apgar score"}),
        ("Adults with BMI 30 or more were eligible.", "BMI 30 or more", {"measure": "BMI"}),
    ],
)
def test_a_score_named_before_its_figure(text: str, span: str, value: dict[str, Any]) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, value)


@pytest.mark.parametrize(
    ("text", "span", "parts"),
    [
        # BMC Dermatology (CC BY), Malaysian Psoriasis Registry abstract
        ("Male to female ratio was 1.3 : 1.", "1.3 : 1", [1.3, 1]),
        ("The female:male ratio was 7:1.", "7:1", [7, 1]),
    ],
)
def test_a_ratio_with_or_without_spaces(text: str, span: str, parts: list[float]) -> None:
    assert _one(text, span).value["ratio"] == parts


def test_a_spaced_colon_without_a_ratio_word_is_no_ratio() -> None:
    assert not [c for c in _claims("The talk starts at 10 : 30 sharp.") if "ratio" in c.value]


# --- visits that happened are counted events, not a schedule -------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Respiratory Research (CC BY), frequent ED visits for COPD exacerbation, abstract
        (
            "We conducted a retrospective cohort study of adults aged ≥40 years with at least "
            "one ED visit for AECOPD between 2010 and 2011.",
            "at least one ED visit",
        ),
        (
            "During the 1-year period, 29.4% (95% CI, 29.1%-29.7%) of the patients had two or "
            "more (frequent) visits, accounting for 55.2% of all ED visits for AECOPD.",
            "two or more (frequent) visits",
        ),
        ("There were 2 emergency department visits that winter.", "2 emergency department visits"),
        ("Most women made 8 antenatal visits.", "8 antenatal visits"),
    ],
)
def test_visits_that_happened_are_counted(text: str, span: str) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "count"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("You will have 3 visits over 6 months.", "3 visits over 6 months"),
        ("Book 3 clinic visits.", "3 clinic visits"),
    ],
)
def test_visits_of_a_plan_stay_a_schedule(text: str, span: str) -> None:
    assert _one(text, span).type == "frequency_schedule"


def test_a_count_with_modifiers_joined_by_and() -> None:
    # Respiratory Research (CC BY), as above
    text = (
        "derived from population-based all-payer data of State ED and Inpatient Databases for "
        "two large and diverse states: California and Florida."
    )
    claim = _one(text, "two large and diverse states")
    assert _fits(claim.value, {"value": 2, "unit": "state", "measure": "count"})


# --- a drug label's cross-references to its own sections ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # DailyMed, levothyroxine sodium tablets label, "Dosage and Administration"
        "The dosage depends on a variety of factors including: the patient's age, body weight "
        "and co-administered food [see Dosage and Administration (2.3), Warnings and "
        "Precautions (5), and Drug Interactions (7)] .",
        "Monitor the patient (see Warnings and Precautions (5.1)).",
    ],
)
def test_a_cross_reference_to_a_section_is_no_claim(text: str) -> None:
    assert _claims(text) == []


def test_a_reference_number_after_see_is_still_cited() -> None:
    cited = [c.text for c in _claims("as shown before (see refs [3]).")]
    assert cited == ["[3]"]


def test_a_figure_after_the_cross_reference_is_read() -> None:
    found = [c.text for c in _claims("Take 25 mcg daily [see Dosage (2.2)] for 6 weeks.")]
    assert found == ["25 mcg", "daily", "6 weeks"]


# --- the first months of a pregnancy: a stretch, not a stage reached -----------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # USPSTF, folic acid to prevent neural tube defects, recommendation summary table
        (
            "The critical period for supplementation starts at least 1 month before conception "
            "and continues through the first 2 to 3 months of pregnancy.",
            "through the first 2 to 3 months",
            {"low": 2, "high": 3, "unit": "month"},
        ),
        (
            "Keep taking it throughout the first 12 weeks of pregnancy.",
            "throughout the first 12 weeks",
            {"value": 12, "unit": "week"},
        ),
    ],
)
def test_the_first_months_of_a_pregnancy_are_a_duration(
    text: str, span: str, value: dict[str, Any]
) -> None:
    claim = _one(text, span)
    assert claim.type == "duration"
    assert _fits(claim.value, value)


def test_a_stage_of_pregnancy_reached_stays_a_gestational_age() -> None:
    claim = _one("Babies born before 37 weeks of pregnancy are premature.", "37 weeks of pregnancy")
    assert claim.value["measure"] == "gestational age"


def test_visits_had_in_each_period_stay_how_often() -> None:
    assert _one("Patients had 2-3 visits a year.", "2-3 visits").type == "frequency_schedule"
