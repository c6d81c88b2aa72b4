"""Two ages after "at ages" with nothing given then are the band they bound (heldout55).
Short excerpts with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from claim_finders import one_claim_holding as _one_on

# --- two ages after "at ages" with nothing given then: the band they bound -------------------


def test_two_ages_of_a_studys_children_are_an_age_band() -> None:
    # JAMA Pediatrics news release on EurekAlert! (2019, heldout55)
    text = (
        "There were 1,595 and 1,994 children at ages 2 and 3 years old, respectively, "
        "available for the analysis."
    )
    claim = _one_on(text, "2 and 3 years old")
    assert claim.type == "other_quantity"
    assert claim.value == {"unit": "year", "measure": "age", "low": 2, "high": 3}


def test_two_ages_of_a_plan_stay_its_schedule() -> None:
    text = "Girls are vaccinated at ages 11 and 12 years of age with 3 doses."
    assert _one_on(text, "11 and 12").type == "frequency_schedule"


@pytest.mark.parametrize(
    "text",
    [
        "Children's vision was tested at ages 3 and 7 years of age.",
        "Blood lead levels were measured at ages 1 and 6 years old.",
        "IQ was measured in 500 children at ages 5 and 10 years of age.",
    ],
)
def test_two_ages_far_apart_are_two_points_not_a_band(text: str) -> None:
    # review L6: a band 3-7 would put the ages between in scope, which the text does not
    claim = _one_on(text, "ages")
    assert "low" not in claim.value and "high" not in claim.value
    assert len(claim.value["points"]) == 2


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # JAMA Pediatrics news release on EurekAlert! (2019, heldout55)
        ("Most 2- and 3-year-old children don't meet screen time guidelines.", "2- and 3-year-old"),
        (
            "Researchers asked how common it is for children 2 and 3 years old to meet them.",
            "2 and 3 years old",
        ),
    ],
)
def test_two_ages_before_years_old_are_an_age_band(text: str, span: str) -> None:
    claim = _one_on(text, span)
    assert claim.text == span
    assert claim.value == {"unit": "year", "measure": "age", "low": 2, "high": 3}
