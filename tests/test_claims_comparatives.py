"""Comparatives and prohibitions: the bound a claim's words set is its `qualifier`, in the
canonical words of claims.yaml's `qualifiers` / `after_qualifiers` (texts written for the test)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def claim_of(text: str, kind: str) -> Claim:
    found = [c for c in extract_claims(text) if c.type == kind]
    assert len(found) == 1, [(c.type, c.text, c.qualifier) for c in extract_claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "span", "qualifier"),
    [
        ("See a doctor if the cough lasts longer than 3 days.", "duration",
         "longer than 3 days", "more than"),
        ("The rash can last more than 2 weeks.", "duration", "more than 2 weeks", "more than"),
        ("Symptoms were gone in shorter than 2 days.", "duration", "shorter than 2 days",
         "less than"),
        ("The pilot trial enrolled fewer than 10 patients.", "sample_size",
         "fewer than 10 patients", "less than"),
        ("Adults can take no more than 4 g a day.", "dose", "no more than 4 g a day", "up to"),
        ("Use the cream for no longer than 7 days.", "duration", "no longer than 7 days",
         "up to"),
        ("Take the first tablet no later than 72 hours after sex.", "frequency_schedule",
         "no later than 72 hours after sex", "within"),
        ("It is not licensed for children under 2 years old.", "other_quantity",
         "under 2 years old", "less than"),
        ("Adults over 65 should ask a pharmacist first.", "other_quantity", "over 65",
         "more than"),
        ("Patients older than 65 years were excluded.", "other_quantity",
         "older than 65 years", "more than"),
        ("It is offered to people aged 65 and over.", "other_quantity", "aged 65 and over",
         "at least"),
        ("The study took children aged 12 years and younger.", "other_quantity",
         "aged 12 years and younger", "at most"),
        ("The difference was significant (p<0.001).", "other_quantity", "p<0.001", "less than"),
    ],
)  # fmt: skip
def test_a_comparative_is_the_qualifier(text: str, kind: str, span: str, qualifier: str) -> None:
    claim = claim_of(text, kind)
    assert claim.text == span
    assert claim.qualifier == qualifier


def test_a_bound_in_the_value_and_the_qualifier_agree() -> None:
    age = claim_of("Aspirin is not given to children under 16.", "other_quantity")
    assert age.value["high"] == 16 and age.value["high_inclusive"] is False
    assert age.qualifier == "less than"
    cell = claim_of("| Weight (kg) | Dose |\n|---|---|\n| ≥30 | 600 mg a day |", "other_quantity")
    assert cell.value["low"] == 30 and cell.qualifier == "at least"
