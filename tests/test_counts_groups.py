"""Counts of people as a study takes them (the whole group, the first ones, the people a
research verb names, a sample's breakdown by sex) and thresholds that define a group. The
sentences are written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def _typed(sentence: str) -> dict[str, str]:
    """Claim text -> claim type."""
    return {claim.text: claim.type for claim in extract_claims(sentence)}


# --- which people a study counted -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The vaccine raised antibodies in all 20 people.", "all 20 people"),
        ("Side effects were mild in all 35 adults.", "all 35 adults"),
        ("All 112 women completed the questionnaire.", "All 112 women"),
    ],
)
def test_the_whole_group_counted_is_the_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


def test_all_before_a_count_of_things_stays_with_the_count() -> None:
    assert _typed("The model holds all five risk factors.").get("all five risk factors") == (
        "other_quantity"
    )


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The case-control study included the first 13 cases and 52 controls.",
            "the first 13 cases",
        ),
        ("Clinicians enrolled the first 40 patients seen in the spring.", "the first 40 patients"),
        ("We studied the last 25 children referred to the clinic.", "the last 25 children"),
    ],
)
def test_the_first_ones_a_study_took_are_its_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first two trials the effect was small.",
        "The last three patients had no rash.",
        "Among the first 10 cases, most were mild.",
    ],
)
def test_the_first_ones_without_a_study_verb_point_back(sentence: str) -> None:
    assert "sample_size" not in _typed(sentence).values()


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "The team will examine the effects of a year of the drug in 300 people with MS.",
            "300 people",
        ),
        ("Researchers plan to evaluate the new test in 1,200 adults.", "1,200 adults"),
        ("The group will investigate sleep in 90 teenagers over two years.", "90 teenagers"),
    ],
)
def test_people_a_research_verb_names_are_the_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "sample_size"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Headaches occurred in 8 participants.", "8 participants"),
        ("Flu kills about 30,000 people each year.", "about 30,000 people"),
        (
            "To improve care for more than 50,000 veterans, the agency will evaluate its clinics.",
            "more than 50,000 veterans",
        ),
    ],
)
def test_people_counted_without_a_study_stay_counts(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "other_quantity"


@pytest.mark.parametrize(
    ("sentence", "groups"),
    [
        ("Forty patients (22 male, 18 female) took part.", ["22 male", "18 female"]),
        ("We recruited 60 adults (31 female) from two clinics.", ["31 female"]),
        ("Thirty volunteers (12 male; mean age 41 years) were enrolled.", ["12 male"]),
    ],
)
def test_a_samples_breakdown_by_sex_is_a_sample(sentence: str, groups: list[str]) -> None:
    typed = _typed(sentence)
    assert all(typed.get(group) == "sample_size" for group in groups), typed


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Outbreaks involving two or more persons occur each year.", "two or more persons"),
        ("Practices with 50 or more patients were surveyed.", "50 or more patients"),
        ("A cluster is 3 or more people with the same strain.", "3 or more people"),
    ],
)
def test_a_threshold_count_of_people_is_no_sample(sentence: str, text: str) -> None:
    assert _typed(sentence).get(text) == "other_quantity"


# --- number words misspelt ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Fourty-six patients were included.", 46),
        ("Ninty patients were enrolled in the trial.", 90),
        ("The trial enrolled nintey-one participants.", 91),
    ],
)
def test_a_misspelt_tens_word_reads_as_meant(sentence: str, value: int) -> None:
    samples = [c for c in extract_claims(sentence) if c.type == "sample_size"]
    assert [c.value.get("value") for c in samples] == [value]


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@given(
    tens=st.sampled_from([("forty", "fourty"), ("ninety", "ninty"), ("ninety", "nintey")]),
    unit=st.sampled_from(["", *_UNITS]),
)
def test_a_misspelt_tens_word_reads_as_its_spelling(tens: tuple[str, str], unit: str) -> None:
    right, wrong = tens

    def values(word: str) -> list[object]:
        number = f"{word}-{unit}" if unit else word
        text = f"The study enrolled {number} patients."
        return [c.value.get("value") for c in extract_claims(text) if c.type == "sample_size"]

    assert values(wrong) == values(right) != []
