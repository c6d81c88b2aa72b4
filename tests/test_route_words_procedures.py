"""A route word before a procedure, a bleed or a body temperature names no way a medicine is
given (cite15). Excerpts: "Hysterectomy recovery" (heldout74/01), a liver-biopsy fact sheet
(heldout74/09), Healthwise "Hypothermia" (heldout76/08), MMWR on Hansen's disease
(heldout76/01). The other sentences are written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


def _routes(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "route"]


@pytest.mark.parametrize(
    "text",
    [
        "Vaginal or laparoscopic assisted vaginal hysterectomy (LAVH). A vaginal hysterectomy "
        "is less surgically invasive than an abdominal one.",
        "- Incidence of 0.03%-0.7% of intraperitoneal hemorrhage.",
        "A normal rectal body temperature ranges from 97.5°F (36.4°C) to 99.7°F (37.6°C).",
        "A vaginal hysteroscopy is done in the clinic.",
        "The infection commonly presents as pale or reddish skin patches with diminished "
        "sensation.",
    ],
)
def test_a_route_word_before_a_procedure_or_finding_is_no_route(text: str) -> None:
    assert _routes(text) == []


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("Take oral antibiotics before colonoscopy.", "oral"),
        ("You will get IV antibiotics after the appendectomy.", "IV"),
        ("Morphine was given intravenously during laparoscopy.", "intravenously"),
        ("Use one nicotine skin patch a day.", "skin patch"),
        ("Apply a new patch every 3 days.", "patch"),
        # a medicine weighed against a procedure: the route is the medicine's (written for
        # this test; antibiotics versus appendectomy is a common trial question)
        ("Oral antibiotics versus appendectomy gave similar results.", "Oral"),
        ("Intravenous alteplase plus thrombectomy improved outcomes.", "Intravenous"),
        ("They compared IV antibiotics vs appendectomy in 500 adults.", "IV"),
    ],
)
def test_a_medicine_given_around_a_procedure_keeps_its_route(text: str, route: str) -> None:
    assert route in _routes(text)
