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
