"""Review P of the statistics round (stats13): ordinary prose the new statistic forms must leave
as main read it, and the forms' edges. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import claim_spanning, claims_of

# --- a share before a word that only looks like an interval's name -----------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The score was 85% predictive of response.", "85%"),
        ("A 70% prediction accuracy was reached.", "70%"),
    ],
)
def test_a_share_before_prediction_words_stays_a_share(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "percentage"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Of the respondents, 62% cis women and 21% cis men reported anxiety.", "62%"),
        ("Of the respondents, 62% cis women and 21% cis men reported anxiety.", "21%"),
        ("About 30% CIS cases progressed to invasive cancer.", "About 30%"),
    ],
)
def test_a_share_before_cis_stays_a_share(text: str, span: str) -> None:
    assert claim_spanning(text, span).type == "percentage"


def test_a_plural_interval_name_needs_its_level() -> None:
    # "CIS" (carcinoma in situ) before figures is no confidence interval
    text = "Bladder CIS 2-3 years after surgery recurred in 10 patients."
    assert all(c.value.get("measure") != "confidence interval" for c in claims_of(text))
    assert claim_spanning(text, "2-3 years").value["low"] == 2


# --- a p-value whose letter was lost --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The assay (value <0.3 ng/mL) was negative.",
        "The cut-off (value <0.5) was used.",
        "The mean (value =0.25) was low.",
        "The assay ( value <0.3 ng/mL) was negative.",
    ],
)
def test_a_bracketed_value_is_no_p_value_without_its_hole(text: str) -> None:
    assert all(c.value.get("measure") != "p-value" for c in claims_of(text))


def test_a_bracketed_value_keeps_its_unit() -> None:
    claim = claim_spanning("The assay (value <0.3 ng/mL) was negative.", "0.3 ng/mL")
    assert claim.value["unit"] == "ng/mL"


# --- people per group, a study in the same sentence ------------------------------------------


def test_people_per_group_need_a_study_in_their_own_sentence() -> None:
    text = (
        "A new study of sleep was published last week. Separately, the gym runs classes "
        "with 10 adults per group for anyone over 60."
    )
    assert all(c.type != "sample_size" for c in claims_of(text))


# --- names set against each other by "vs" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chapter 4.2 vs 4.3 of the guideline differ.",
        "Section 2.1 versus 3.4 in the manual.",
        "Version 2.1 vs 3.0 of the app was tested.",
    ],
)
def test_a_named_number_s_partner_is_no_estimate(text: str) -> None:
    assert all(c.value.get("measure") != "estimate" for c in claims_of(text))


@pytest.mark.parametrize(
    "text", ["The scores were -0.5 vs -1.2 at week 12.", "The scores were (−0.5 vs −1.2)."]
)
def test_a_negative_partner_after_versus_is_read(text: str) -> None:
    claim = next(c for c in claims_of(text) if c.text.endswith("1.2"))
    assert claim.value == {"value": -1.2, "measure": "estimate"}


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        ("The HR was 0.75 vs 0.82 in the subgroups.", "0.82", "hazard ratio"),
        ("Mean BMI was 27.3 vs 25.1 in the two groups.", "25.1", "BMI"),
    ],
)
def test_the_partner_of_a_named_figure_takes_its_measure(
    text: str, span: str, measure: str
) -> None:
    assert claim_spanning(text, span).value == {"value": float(span), "measure": measure}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("We enrolled 300 patients; 15 in the hospital group practice were lost.", "15"),
        ("We enrolled 300 patients; 40 in the age group over 65 were excluded.", "40"),
        ("We enrolled 300 patients; 12 in the group home died.", "12"),
    ],
)
def test_a_group_word_inside_a_longer_name_is_no_study_group(text: str, figure: str) -> None:
    assert not [c for c in claims_of(text) if c.text == figure and "unit" in c.value]


def test_a_figure_before_a_time_is_no_gapped_group() -> None:
    text = "Some 300 patients were given the drug, and 20 the next year relapsed."
    assert [c.type for c in claims_of(text)].count("sample_size") == 1


def test_both_figures_compared_before_their_p_value() -> None:
    text = "They scored 2.83 vs 2.98 (P = 0.04) on the scale."
    assert claim_spanning(text, "2.83").value == {"value": 2.83, "measure": "estimate"}
    assert claim_spanning(text, "2.98").value == {"value": 2.98, "measure": "estimate"}
