"""Statistics as research abstracts and trial reports write them (issue 17; the classes of
heldout63, 64 and 66): intervals named in the plural ("95%CIs: 1.37 to 1.63", an umbrella
review's abstract in heldout64), p-values named with a word or a sign after "P value", "P for
trend" or with the letter lost ("( value <.0001)", a trial abstract in heldout66), two
groups' bare figures set side by side ("(2.83 vs 2.98)", pain ratings in a heldout63 news
report) and the people of each of a trial's groups ("91 patients per group", "78 in the
PEG-CS group"). Short excerpts with their source named, or sentences written for these
tests, with probes that must not change."""

from __future__ import annotations

import pytest

from claim_finders import claim_spanning, claims_holding, claims_of

# --- an interval named in the plural ---------------------------------------------------------

# heldout64/10 (an umbrella review's abstract, BMJ 2024)
_UMBRELLA = (
    "Convincing evidence supported higher risks of incident cardiovascular disease-related "
    "mortality (RR: 1.50; 95%CIs: 1.37 to 1.63), type two diabetes (dose-response RR: 1.12; "
    "95%CIs: 1.11 to 1.13), and depressive outcomes (HR: 1.21; 95%CIs: 1.16 to 1.28)."
)


@pytest.mark.parametrize(
    ("span", "low", "high"),
    [
        ("95%CIs: 1.37 to 1.63", 1.37, 1.63),
        ("95%CIs: 1.11 to 1.13", 1.11, 1.13),
        ("95%CIs: 1.16 to 1.28", 1.16, 1.28),
    ],
)
def test_an_interval_named_in_the_plural_is_an_interval(span: str, low: float, high: float) -> None:
    claim = claim_spanning(_UMBRELLA, span)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "confidence interval"
    assert claim.value["level"] == 95
    assert (claim.value["low"], claim.value["high"]) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        _UMBRELLA,
        "Odds ratios were pooled with their 95% CIs (OR 1.4; 95% CIs 1.1-1.8).",
        "Deaths fell to 12 per 100 000 (95% UIs 10-14) and 8 (95% CrIs 6-11) in the trial.",
    ],
)
def test_a_plural_interval_s_level_is_no_share(text: str) -> None:
    assert not [c for c in claims_of(text) if c.type == "percentage" and c.text == "95%"]


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        # heldout39/06 (an outbreak study's abstract, Emerging Infectious Diseases)
        (
            "Implementation of hygiene measures coincided with an 84.8% (95% predictive "
            "interval 81.2%–86.6%) reduction in reproduction number.",
            "95% predictive interval 81.2%–86.6%",
            "prediction interval",
        ),
        ("Prevalence was 12% (95% UI 10%–14%) in 2019.", "95% UI 10%–14%", "uncertainty interval"),
        ("Uptake was 40% (95% CrI 35%–45%) by May.", "95% CrI 35%–45%", "credible interval"),
    ],
)
def test_a_share_s_interval_of_any_kind_keeps_its_name_and_level(
    text: str, span: str, measure: str
) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "percentage"
    assert claim.value["measure"] == measure
    assert claim.value["level"] == 95
    assert not [c for c in claims_of(text) if c.text == "95%"]


def test_a_ratio_s_prediction_interval() -> None:
    text = "The pooled RR was 1.3 (95% prediction interval 0.8 to 2.1) across studies."
    claim = claim_spanning(text, "95% prediction interval 0.8 to 2.1")
    assert (claim.value["low"], claim.value["high"]) == (0.8, 2.1)
    assert claim.value["measure"] == "prediction interval"


def test_a_share_before_a_plural_word_stays_a_share() -> None:
    # written for this test: "95% cisgender" is no interval
    claim = claim_spanning(
        "In the survey, 95% of cisgender adults answered.", "95% of cisgender adults"
    )
    assert claim.type == "percentage"


# --- p-values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "bound"),
    [
        ("The difference was significant (P value = 0.02).", "P value = 0.02", 0.02, None),
        ("The difference was significant (P-value: 0.01).", "P-value: 0.01", 0.01, None),
        ("The trend was significant (P for trend = 0.01).", "P for trend = 0.01", 0.01, None),
        ("Risk rose across quintiles (Ptrend = 0.003).", "Ptrend = 0.003", 0.003, None),
        (
            "The effect differed by sex (p-interaction < 0.05).",
            "p-interaction < 0.05",
            0.05,
            "high",
        ),
        ("It was significant, with a p-value of 0.03.", "p-value of 0.03", 0.03, None),
        # heldout66/10 (a trial abstract whose italic "P" the page lost)
        (
            "Significant improvement in thyroid profile was seen in both the groups at the end "
            "of 6 and 12 weeks ( value <.0001).",
            "value <.0001",
            0.0001,
            "high",
        ),
    ],
)
def test_a_p_value_however_it_is_named(
    text: str, span: str, value: float, bound: str | None
) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "other_quantity"
    assert claim.value["measure"] == "p-value"
    assert claim.value["value"] == pytest.approx(value)
    if bound is not None:
        assert claim.value[bound] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Its value was 3 (value < 5) at the start.", "value < 5"),
        ("The market value = 5 dollars.", "5 dollars"),
    ],
)
def test_a_value_that_is_no_probability_is_no_p_value(text: str, words: str) -> None:
    assert all(c.value.get("measure") != "p-value" for c in claims_of(text))


# --- two groups' bare figures set side by side -------------------------------------------------

# heldout63/04 (a news report of a dental painkiller trial)
_PAIN = (
    "Pain ratings over three days were slightly lower for female patients taking non-opioids "
    "than those on the low dose of hydrocodone (2.83 vs 2.98). The same was true for male "
    "patients (2.24 vs 2.37)."
)


@pytest.mark.parametrize("figure", ["2.83", "2.98", "2.24", "2.37"])
def test_bare_figures_compared_by_versus_are_claims(figure: str) -> None:
    claim = claim_spanning(_PAIN, figure)
    assert claim.type == "other_quantity"
    assert claim.value["value"] == pytest.approx(float(figure))


def test_bare_figures_compared_in_words() -> None:
    text = "Mean satisfaction was 4.1 versus 3.6 on the five-point scale."
    assert claim_spanning(text, "4.1").value["value"] == pytest.approx(4.1)
    assert claim_spanning(text, "3.6").value["value"] == pytest.approx(3.6)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # whole numbers compared: counts or names, not read without their noun
        ("Group A had 12 vs 15 in group B.", "12 vs 15"),
        # a figure with its rate's base keeps it (heldout44/10's form)
        ("Incidence was slightly higher in males (1.18 vs 1.02 per 1,000).", "1.02 per 1,000"),
    ],
)
def test_compared_figures_that_stay_as_they_were(text: str, words: str) -> None:
    if words == "12 vs 15":
        assert not claims_holding(text, "12")
    else:
        assert claim_spanning(text, words).value["unit"] == "per 1000"


# --- the people of each of a trial's groups ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "per"),
    [
        # heldout66/09 (a trial protocol's abstract)
        (
            "This randomized crossover clinical trial will include participants aged 60 years "
            "or older. The sample size was calculated to detect a minimum mean difference of 1 "
            "mUI/L in serum TSH level between the groups with 80% power, resulting in 91 "
            "patients per group.",
            "91 patients per group",
            91,
            "group",
        ),
        ("The trial randomised 60 women in each arm.", "60 women in each arm", 60, "arm"),
    ],
)
def test_people_per_study_group_are_a_sample(text: str, span: str, value: int, per: str) -> None:
    claim = claim_spanning(text, span)
    assert claim.type == "sample_size"
    assert claim.value["value"] == value
    assert claim.value["per"] == per


def test_people_per_group_with_no_study_are_no_sample() -> None:
    # written for this test: a class's size, no study in sight
    text = "The evening sessions had 8 people per group."
    assert all(c.type != "sample_size" for c in claims_of(text))


def test_a_sample_broken_down_by_group_after_a_semicolon() -> None:
    # heldout63/10 (a bowel-preparation trial's abstract)
    text = (
        "A total of 164 subjects were enrolled and 154 completed the study; 78 in the PEG-CS "
        "group and 76 in the split 4-L PEG group."
    )
    for figure in ("78", "76"):
        claim = claim_spanning(text, figure)
        assert claim.type == "sample_size"
        assert claim.value["unit"] == "subject"


def test_a_figure_after_a_semicolon_with_no_group_is_no_sample() -> None:
    # written for this test: "in the hospital" names no study group
    text = "We enrolled 164 patients; 12 in the hospital died of the infection."
    assert all(c.type != "sample_size" or c.text == "164 patients" for c in claims_of(text))


# --- a standardized mean difference --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # heldout50/09 (a meta-analysis abstract on cold-water immersion)
        (
            "A significant reduction in stress was observed 12 hours post-CWI (SMD, -1.00; 95% "
            "CI, -1.40, -0.61).",
            "-1.00",
        ),
        ("The standardised mean difference was 0.45 (95% CI 0.2 to 0.7).", "0.45"),
    ],
)
def test_a_standardized_mean_difference_is_named_so(text: str, span: str) -> None:
    claim = next(c for c in claims_of(text) if span in c.text)
    assert claim.value["measure"] == "standardized mean difference"


def test_a_weighted_mean_difference_stays_a_mean_difference() -> None:
    # heldout64/04 (a meta-analysis abstract on creatine)
    text = "Creatine increased upper-body strength (WMD = 4.43 kg, p < 0.001) in the trials."
    assert not [
        c for c in claims_of(text) if c.value.get("measure") == "standardized mean difference"
    ]


# --- a group's people, the sample's verb left out ------------------------------------------


def test_groups_of_a_sample_given_treatments_with_the_verb_left_out() -> None:
    # heldout57/02 (a news report of a psilocybin trial)
    text = (
        "Seventy-nine individuals were given a single 25-milligram dose, 75 a 10-milligram "
        "dose, and 79 a 1-milligram dose."
    )
    for figure in ("75", "79"):
        claim = claim_spanning(text, figure)
        assert claim.type == "sample_size"
        assert claim.value == {"value": int(figure), "unit": "individual"}


def test_a_group_given_placebo_with_the_verb_left_out() -> None:
    text = "In the trial, 240 patients were randomised: 120 received metformin and 118 placebo."
    claim = claim_spanning(text, "118")
    assert claim.type == "sample_size"
    assert claim.value["unit"] == "patient"


@pytest.mark.parametrize(
    "text",
    [
        # written for these tests: a figure after the sample that is no group of it
        "In all, 120 patients received metformin, and 30 died within a year.",
        "Some 120 patients were seen at the clinic, 40 a week.",
    ],
)
def test_figures_after_a_sample_that_are_no_gapped_group(text: str) -> None:
    assert [c.type for c in claims_of(text)].count("sample_size") <= 1
