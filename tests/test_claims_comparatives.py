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


@pytest.mark.parametrize(
    ("text", "kind", "span", "qualifier"),
    [
        # a forbidden excess is a maximum, however the comparative and the verb are written
        ("Do not take more than 8 tablets in 24 hours.", "dose",
         "more than 8 tablets in 24 hours", "up to"),
        ("Don't use for longer than 3 days.", "duration", "longer than 3 days", "up to"),
        ("Do not use it for longer than 3 days.", "duration", "longer than 3 days", "up to"),
        ("You must never have more than 2 doses.", "frequency_schedule", "more than 2 doses",
         "up to"),
        ("Do not take fewer than 2 doses.", "frequency_schedule", "fewer than 2 doses",
         "at least"),
        # a forbidden or denied verb of exceeding is a maximum too
        ("Do not exceed 4 g of paracetamol a day.", "dose", "4 g", "up to"),
        ("Never exceed 3,000 mg per day.", "dose", "3,000 mg per day", "up to"),
        ("Do not go over 2 tablets a day.", "dose", "over 2 tablets", "up to"),
        # a figure negated with no comparator: what is not so, qualifier "not"
        ("Never take it daily.", "frequency_schedule", "daily", "not"),
        ("Do not take 2 doses together to make up for a missed one.", "frequency_schedule",
         "2 doses", "not"),
        ("Do not take it with meals.", "frequency_schedule", "with meals", "not"),
        ("The vaccines are not 100% effective.", "percentage", "100%", "not"),
    ],
)  # fmt: skip
def test_a_prohibition_never_reads_as_its_opposite(
    text: str, kind: str, span: str, qualifier: str
) -> None:
    claim = claim_of(text, kind)
    assert claim.text == span
    assert claim.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "kind", "qualifier"),
    [
        ("It does not work in 30% of patients.", "percentage", None),
        ("Do not drive for 24 hours after the procedure.", "duration", None),
        ("Aspirin is not for children under 16.", "other_quantity", "less than"),
        ("It is not known whether more than 5 trials exist.", "other_quantity", "more than"),
        ("It is not uncommon for more than 10% of people to react.", "percentage", "more than"),
        ("Not all 403 patients completed the trial.", "sample_size", None),
        ("Not every patient needs 2 doses.", "frequency_schedule", None),
        ("Symptoms may come and go over several hours.", "duration", "over"),
    ],
)
def test_a_negation_elsewhere_leaves_the_figure_asserted(
    text: str, kind: str, qualifier: str | None
) -> None:
    assert claim_of(text, kind).qualifier == qualifier
