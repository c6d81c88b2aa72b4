"""The unit of a count is the singular of its noun (issue 17, "with values right"): "10,000
lives" counts life, not "live" (heldout10's Ebola statement, heldout9's air-pollution brief).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.plurals import singular


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("patients", "patient"),
        ("injuries", "injury"),
        ("viruses", "virus"),
        ("causes", "cause"),
        ("pregnant women", "pregnant woman"),
        ("lives", "life"),
        ("calves", "calf"),
        ("species", "species"),
        ("series", "series"),
        ("crises", "crisis"),
        ("analyses", "analysis"),
        ("hypotheses", "hypothesis"),
        ("diagnoses", "diagnosis"),
        ("criteria", "criterion"),
        ("bacteria", "bacterium"),
        ("calories", "calorie"),
        ("mosquitoes", "mosquito"),
        ("feet", "foot"),
        # words the rules already read, unchanged
        ("doses", "dose"),
        ("valves", "valve"),
        ("relatives", "relative"),
        ("nerves", "nerve"),
        ("cases", "case"),
    ],
)
def test_singular(plural: str, expected: str) -> None:
    assert singular(plural) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The vaccine saved more than 10,000 lives.", "life"),
        ("Ticks of 3 species carry the disease.", "species"),
        ("About 200 wolves were tested for rabies.", "wolf"),
    ],
)
def test_a_count_is_in_the_singular_of_its_noun(text: str, unit: str) -> None:
    units = [c.value.get("unit") for c in extract_claims(text)]
    assert unit in units, [(c.type, c.text, c.value) for c in extract_claims(text)]
