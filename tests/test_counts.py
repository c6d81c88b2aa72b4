"""What a count is: the groups a study enrols (sample_size) versus counts of events and
things (other_quantity), and relative changes by a word fraction (percentage). The sentences
are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _typed(sentence: str) -> dict[str, str]:
    """Claim text -> claim type."""
    return {claim.text: claim.type for claim in extract_claims(sentence)}


def _claim(sentence: str, text: str) -> Claim:
    found = [claim for claim in extract_claims(sentence) if claim.text == text]
    assert found, [(c.text, c.type) for c in extract_claims(sentence)]
    return found[0]


# --- the groups a study enrols, listed together ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        (
            "We compared 31 adults with bipolar disorder, 17 unaffected siblings and 30 "
            "healthy controls.",
            ["31 adults", "17 unaffected siblings", "30 healthy controls"],
        ),
        (
            "Memory was tested in 40 smokers, 22 former smokers, and 35 controls.",
            ["40 smokers", "22 former smokers", "35 controls"],
        ),
        (
            "The pooled analysis (1,210 cases and 2,480 controls) found no link.",
            ["1,210 cases", "2,480 controls"],
        ),
        (
            "Forty patients (32 with asthma, 8 with COPD) and 25 controls were seen.",
            ["Forty patients", "32", "8", "25 controls"],
        ),
    ],
)
def test_groups_listed_with_a_sample_are_samples(sentence: str, groups: list[str]) -> None:
    typed = _typed(sentence)
    assert {group: typed.get(group) for group in groups} == dict.fromkeys(groups, "sample_size")


@pytest.mark.parametrize(
    ("sentence", "sample", "event"),
    [
        ("The trial followed 412 patients and recorded 19 deaths.", "412 patients", "19 deaths"),
        ("Of 500 participants and 12 strokes, few were severe.", "500 participants", "12 strokes"),
        ("We enrolled 90 volunteers; 14 infections occurred.", "90 volunteers", "14 infections"),
    ],
)
def test_events_listed_beside_a_sample_stay_events(sentence: str, sample: str, event: str) -> None:
    typed = _typed(sentence)
    assert (typed.get(sample), typed.get(event)) == ("sample_size", "other_quantity")


@pytest.mark.parametrize(
    "sentence",
    [
        "The study recruited 64 healthy controls.",
        "Results were compared with 120 age-matched controls.",
        "Only 18 controls completed the second visit.",
    ],
)
def test_a_count_of_controls_is_a_sample(sentence: str) -> None:
    assert "sample_size" in _typed(sentence).values()


# --- cases: a study's units, or events --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("After quality checks, 212 cases remained for the analysis.", "212 cases"),
        ("The study included 87 cases from three hospitals.", "87 cases"),
        ("We sequenced tumours from 140 cases enrolled in the cohort.", "140 cases"),
    ],
)
def test_cases_a_study_takes_as_its_sample(sentence: str, text: str) -> None:
    assert _claim(sentence, text).type == "sample_size"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In 2019, 1,282 cases of measles were reported.", "1,282 cases"),
        ("The state saw 45 new cases last week.", "45 new cases"),
        ("There were 12 imported cases during the study period.", "12 imported cases"),
        ("Officials counted 300 cases in the outbreak.", "300 cases"),
    ],
)
def test_cases_that_happened_are_events(sentence: str, text: str) -> None:
    assert _claim(sentence, text).type == "other_quantity"


@settings(max_examples=40, deadline=None)
@given(
    cases=st.integers(min_value=2, max_value=99_999),
    controls=st.integers(min_value=2, max_value=99_999),
)
def test_cases_and_controls_are_samples_with_their_values(cases: int, controls: int) -> None:
    sentence = f"The analysis pooled {cases:,} cases and {controls:,} controls."
    claims = [c for c in extract_claims(sentence) if c.type == "sample_size"]
    assert [c.value["value"] for c in claims if c.value] == [cases, controls]


# --- relative changes by a word fraction --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "share"),
    [
        ("Stroke deaths fell by about a third over the decade.", "fell by about a third", 33.3),
        (
            "The new schedule cut the infection rate by a quarter.",
            "cut the infection rate by a quarter",
            25.0,
        ),
        ("Admissions had dropped by two-thirds since 2010.", "dropped by two-thirds", 66.7),
        ("Costs rose by a fifth in one year.", "rose by a fifth", 20.0),
        ("Mortality was reduced by half.", "was reduced by half", 50.0),
    ],
)
def test_a_change_by_a_word_fraction_is_a_percentage(
    sentence: str, text: str, share: float
) -> None:
    claim = _claim(sentence, text)
    assert claim.type == "percentage"
    assert claim.value is not None and claim.value["value"] == share


@pytest.mark.parametrize(
    "sentence",
    ["Cut the tablet in half before taking it.", "Patients got a third dose in May."],
)
def test_no_change_without_a_measure(sentence: str) -> None:
    assert "percentage" not in _typed(sentence).values()


# --- who enrolled: exact denominators, number words -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Of 4,318 adults, 12.5% reported daily pain.", "4,318 adults", "sample_size"),
        ("Among 902 women, 61 had a stillbirth.", "902 women", "sample_size"),
        ("Of 2.4 million people, 3% die each year.", "2.4 million people", "other_quantity"),
    ],
)
def test_the_people_shares_are_taken_of(sentence: str, text: str, kind: str) -> None:
    assert _claim(sentence, text).type == kind


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Thirty five volunteers took part in the trial.", 35),
        ("Sixty-two volunteers took part in the trial.", 62),
        ("Ninety one volunteers took part in the trial.", 91),
    ],
)
def test_a_tens_word_and_a_unit_word_are_one_number(sentence: str, value: int) -> None:
    claims = [c for c in extract_claims(sentence) if c.type == "sample_size"]
    assert [c.value["value"] for c in claims if c.value] == [value]


# --- small gaps: ages by decade, ages with a sign, multiples, times ago -------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("It is most common in people in their 30s to 50s.", "30s to 50s", 30, 59),
        ("Onset is usually in middle age (40s and 50s).", "40s and 50s", 40, 59),
        ("Most were in their 60s.", "60s", 60, 69),
    ],
)
def test_ages_by_decade(sentence: str, text: str, low: int, high: int) -> None:
    claim = _claim(sentence, text)
    assert claim.type == "other_quantity" and claim.value is not None
    assert (claim.value["low"], claim.value["high"], claim.value["measure"]) == (low, high, "age")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Risk was higher at age>70 in both arms.", 70), ("Those with age<40 did better.", 40)],
)
def test_an_age_with_its_sign_close(sentence: str, value: int) -> None:
    claims = [c for c in extract_claims(sentence) if c.value and c.value.get("measure") == "age"]
    assert [c.value["value"] for c in claims if c.value] == [value]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Genomes were sequenced to 60× depth.", 60),
        ("Slides were read at 400× magnification.", 400),
        ("Only sites covered above 25× were kept.", 25),
    ],
)
def test_a_multiple_written_with_a_times_sign(sentence: str, value: int) -> None:
    claims = [c for c in extract_claims(sentence) if c.value and c.value.get("measure") == "fold"]
    assert [c.value["value"] for c in claims if c.value] == [value]


def test_a_power_of_ten_is_no_multiple() -> None:
    assert all(
        c.value is None or c.value.get("measure") != "fold"
        for c in extract_claims("The sample held 3 × 10^6 cells.")
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The syndrome was first described more than 150 years ago.",
            "more than 150 years ago",
            150,
        ),
        ("The clinic opened 12 years ago.", "12 years ago", 12),
    ],
)
def test_a_time_ago(sentence: str, text: str, value: int) -> None:
    claim = _claim(sentence, text)
    assert claim.type == "other_quantity" and claim.value is not None
    assert (claim.value["value"], claim.value["measure"]) == (value, "time ago")


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Samples with a ratio below 0.2 were dropped.", "0.2"),
        ("Scores above 14 were flagged.", "14"),
    ],
)
def test_a_bare_figure_bounded_by_above_or_below(sentence: str, text: str) -> None:
    claims = [c for c in extract_claims(sentence) if text in c.text]
    assert [c.type for c in claims] == ["other_quantity"]


# --- fractions standing for people, stones, release times -----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Of those who have one attack, half will have another.", 50.0),
        ("Of the children treated, about a quarter had relapsed.", 25.0),
    ],
)
def test_a_fraction_of_the_people_just_named(sentence: str, share: float) -> None:
    claims = [c for c in extract_claims(sentence) if c.type == "percentage"]
    assert [c.value["value"] for c in claims if c.value] == [share]


@pytest.mark.parametrize(
    ("sentence", "weight"),
    [
        ("Of those who pass one stone, many pass another.", False),
        ("Gall bladder surgery removed two stones.", False),
        ("He lost two stone over the summer.", True),
        ("She weighed 11 stone at the start.", True),
    ],
)
def test_a_stone_is_a_weight_only_in_a_weight_sentence(sentence: str, weight: bool) -> None:
    weights = [
        c for c in extract_claims(sentence) if c.value and c.value.get("measure") == "weight"
    ]
    assert bool(weights) == weight


@pytest.mark.parametrize(
    "text",
    [
        "Embargoed for Release:\nTuesday, March 3, 2020 at 11:00 am ET\n\nThe study found 40 cases.",
        "FOR IMMEDIATE RELEASE: June 4, 2019, 9:30 a.m. EST\n\nThe study found 40 cases.",
    ],
)
def test_a_release_time_is_no_claim(text: str) -> None:
    assert all(c.value is None or "time_of_day" not in c.value for c in extract_claims(text))


def test_a_briefing_time_is_still_stated() -> None:
    text = "Telebriefing on flu vaccination. Thursday, May 7, 2020 at 1:00 p.m. ET"
    assert any(c.value and "time_of_day" in c.value for c in extract_claims(text))


# --- counts of things: "only one", long modifiers, "the number of ... reached N" -----------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("So far only one randomized trial has tested it.", "one randomized trial"),
        ("Just one small study looked at children.", "one small study"),
    ],
)
def test_only_one_is_a_count(sentence: str, text: str) -> None:
    claim = _claim(sentence, text)
    assert claim.type == "other_quantity" and claim.value is not None
    assert claim.value["value"] == 1


def test_one_without_only_names_which() -> None:
    assert not [c for c in extract_claims("In one trial, the drug worked.") if c.type != "route"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The disease is caused by 3 related enveloped DNA viruses.", 3, "virus"),
        ("Five other licensed oral vaccines exist.", 5, "vaccine"),
    ],
)
def test_a_count_after_three_modifiers(sentence: str, value: int, unit: str) -> None:
    counts = [c for c in extract_claims(sentence) if c.type == "other_quantity"]
    assert [(c.value["value"], c.value["unit"]) for c in counts if c.value] == [(value, unit)]


def test_numbers_naming_a_list_are_no_counts() -> None:
    sentence = "It is one of 4 related viruses, known as serotype 1, 2, 3, or 4."
    counts = [c for c in extract_claims(sentence) if c.type == "other_quantity"]
    assert [c.text for c in counts] == ["4 related viruses"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("By 2040 the number of dementia cases is expected to reach 152,000.", 152_000),
        ("The number of overdose deaths rose to 2,310 last year.", 2310),
    ],
)
def test_the_number_of_things_given_by_a_bare_figure(sentence: str, value: int) -> None:
    counts = [c for c in extract_claims(sentence) if c.value and c.value.get("value") == value]
    assert [c.type for c in counts] == ["other_quantity"]


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(min_value=1, max_value=98),
    step=st.integers(min_value=1, max_value=50),
    magnitude=st.sampled_from([("thousand", 1_000), ("million", 1_000_000)]),
    between=st.booleans(),
)
def test_a_range_of_people_shares_its_magnitude(
    low: int, step: int, magnitude: tuple[str, int], between: bool
) -> None:
    word, factor = magnitude
    high = low + step
    amount = f"between {low} and {high}" if between else f"{low} to {high}"
    sentence = f"The virus infects {amount} {word} people each year."
    counts = [c for c in extract_claims(sentence) if c.value and "high" in c.value]
    assert [(c.value["low"], c.value["high"]) for c in counts if c.value] == [
        (low * factor, high * factor)
    ]


def test_assay_controls_are_no_sample() -> None:
    claim = _claim("Each plate held three positive controls.", "three positive controls")
    assert claim.type == "other_quantity"


@pytest.mark.parametrize(
    "sentence",
    [
        "We found two new loci including genes for bone density.",
        "Cells were counted at 40 per million cells as a cut off.",
    ],
)
def test_function_words_are_no_modifiers_of_a_count(sentence: str) -> None:
    units = [c.value.get("unit") for c in extract_claims(sentence) if c.value]
    assert "gene" not in units and "cell" not in units


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("We examined visual memory in 40 older adults.", "40 older adults"),
        ("Sleep was assessed in 212 nurses on night shifts.", "212 nurses"),
        ("The team genotyped 3,105 women from two regions.", "3,105 women"),
    ],
)
def test_people_a_study_examined_are_its_sample(sentence: str, text: str) -> None:
    assert _claim(sentence, text).type == "sample_size"


def test_people_counted_in_a_population_are_no_sample() -> None:
    claim = _claim("About 3 million adults in the US have glaucoma.", "About 3 million adults")
    assert claim.type == "other_quantity"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Each year there are about 4.2 million emergency visits for asthma.", 4_200_000),
        ("Clinics logged 12,500 infusions in 2020.", 12_500),
    ],
)
def test_visits_counted_in_thousands_are_events(sentence: str, value: int) -> None:
    counts = [c for c in extract_claims(sentence) if c.value and c.value.get("value") == value]
    assert [c.type for c in counts] == ["other_quantity"]


def test_a_few_visits_are_still_a_schedule() -> None:
    claims = extract_claims("Patients came for 4 clinic visits over a year.")
    assert "frequency_schedule" in [c.type for c in claims]


def test_an_abbreviation_modifies_a_count() -> None:
    claim = _claim(
        "The study ran at seven U.K. teaching hospitals.", "seven U.K. teaching hospitals"
    )
    assert claim.value is not None and claim.value["value"] == 7
