"""Counts of studies, time per period, study days, compact frequencies and a year-shaped count in a
table cell (issue 17, heldout50's first look). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _at(text: str, span: str) -> Claim:
    found = [c for c in extract_claims(text) if c.text == span]
    assert len(found) == 1, [(c.type, c.text) for c in extract_claims(text)]
    return found[0]


# --- (a) a count of studies or trials is how much research there is, not a sample ------------


@pytest.mark.parametrize(
    ("text", "span", "number", "unit"),
    [
        ("A review of 17 studies found no benefit for sleep.", "17 studies", 17, "study"),
        ("In all three trials the lenses changed nothing.", "all three trials", 3, "trial"),
        (
            "There are over 700 peer-reviewed human studies on the powder.",
            "over 700 peer-reviewed human studies",
            700,
            "study",
        ),
        (
            "A meta-analysis of 11 randomized trials pooled them.",
            "11 randomized trials",
            11,
            "trial",
        ),
    ],
)
def test_a_count_of_studies_is_a_count(text: str, span: str, number: int, unit: str) -> None:
    claim = _at(text, span)
    assert claim.type == "other_quantity"
    assert claim.value["value"] == number
    assert (claim.value["unit"], claim.value["measure"]) == (unit, "count")


def test_the_people_a_study_took_stay_its_sample() -> None:
    claim = _at("The trial enrolled 403 adults with insomnia.", "403 adults")
    assert claim.type == "sample_size"
