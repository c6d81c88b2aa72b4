"""What a figure measures (issue 17, "with values right"): a bare "35 and over" in a list of
criteria is an age. The list is from heldout34's STAR trial
page (NCI, public domain); the other sentences were written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _quantity(text: str) -> Claim:
    found = [c for c in extract_claims(text) if c.type == "other_quantity"]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        (
            "### Criteria for Participation\n\n- General good health\n- 35 and over\n- Women\n",
            {"low": 35},
        ),
        ("The trial is open to those 50 and over.", {"low": 50}),
        ("The leaflet is for anyone 12 and under.", {"high": 12}),
    ],
)
def test_a_bare_figure_and_over_with_nothing_measured_is_an_age(
    text: str, bound: dict[str, int]
) -> None:
    claim = _quantity(text)
    assert claim.value["measure"] == "age"
    assert claim.value["unit"] == "year"
    assert {k: claim.value.get(k) for k in bound} == bound


@pytest.mark.parametrize(
    "text",
    [
        "Scores of 10 and over suggest depression.",
        "Temperatures of 38 and over are a fever.",
        "A BMI of 30 and over is obesity.",
    ],
)
def test_a_figure_and_over_after_what_it_measures_is_no_age(text: str) -> None:
    assert _quantity(text).value.get("measure") != "age"


def test_people_said_to_be_over_a_figure_are_of_that_age() -> None:
    # heldout11's leukemia Q&A (NCI, public domain)
    claim = _quantity("Most people diagnosed with leukemia are over 55.")
    # "over" is "more than" here, its bound in the value as for "above 55"
    assert claim.value == {
        "value": 55,
        "low": 55,
        "low_inclusive": False,
        "unit": "year",
        "measure": "age",
    }


def test_a_thing_of_people_over_a_figure_is_no_age() -> None:
    claim = _quantity("Patients whose scores are over 30 need care.")
    assert claim.value.get("measure") != "age"


def test_a_bound_in_a_list_of_ages_is_an_age() -> None:
    # heldout34's cervical screening page (NHS, Open Government Licence)
    text = (
        "The letters should be sent out to women:\n\n"
        "- aged 25 to 49 – every 3 years\n"
        "- aged 50 to 64 – every 5 years\n"
        "- over 65 – only women who haven't been screened since age 50\n"
    )
    over = [c for c in extract_claims(text) if c.text == "over 65"]
    assert len(over) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    assert over[0].value == {
        "value": 65,
        "low": 65,
        "low_inclusive": False,
        "unit": "year",
        "measure": "age",
    }


def test_a_bound_in_a_list_of_other_things_is_no_age() -> None:
    text = "Steps:\n\n- aged cheese\n- over 10 slices\n"
    assert all(c.value.get("measure") != "age" for c in extract_claims(text))
