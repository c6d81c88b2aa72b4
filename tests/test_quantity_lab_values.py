"""A flow the body makes, named as such, is measured, never a dose, even in a sentence that
doses: drug labels set a dose by creatinine clearance ("CrCl 30 to 50 mL/min: 75 mg twice
daily"), and heldout57/09 golds each such figure other_quantity, measure "creatinine
clearance", as the dev golds do every figure of the body (mg/dL, µg/dL, mmHg, ml/min/1.73 m2).
The sentences are ours."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str, dict[str, object]]]:
    return [(c.type, c.text, dict(c.value or {})) for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        ("CrCl 15 to 30 mL/min: 75 mg orally twice daily.", "15 to 30 mL/min",
         "creatinine clearance"),
        ("Reduce the dose to 75 mg in patients with moderate renal impairment (CrCl 30 to 50 "
         "mL/min).", "30 to 50 mL/min", "creatinine clearance"),
        ("Give 24 hours (CrCl less than 30 mL/min) after the last dose.", "less than 30 mL/min",
         "creatinine clearance"),
        ("Take half the dose if your creatinine clearance is 40 ml/min or less.",
         "40 ml/min or less", "creatinine clearance"),
        ("Do not take it when the eGFR is under 30 mL/min.", "under 30 mL/min", "GFR"),
    ],
)  # fmt: skip
def test_a_named_flow_of_the_body_is_measured_in_a_dosing_sentence(
    text: str, span: str, measure: str
) -> None:
    found = [c for c in _claims(text) if c[1] == span]
    assert [(kind, value.get("measure")) for kind, _, value in found] == [
        ("other_quantity", measure)
    ]


def test_a_rate_given_stays_a_dose() -> None:
    # nothing of the body names the flow: it is how fast the medicine goes in
    found = _claims("Infuse the dose at 2 mL/min over 30 minutes.")
    assert ("dose", "2 mL/min") in [(kind, span) for kind, span, _ in found]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a clearance named after the rate, in the same sentence
        ("The infusion rate should not exceed 2 mL/min in adults with a CrCl above 60 mL/min.",
         "2 mL/min"),
        # a clearance named in the sentence before
        ("Dose adjustment is needed when CrCl is below 30 mL/min. Infuse the dose at 10 mL/min "
         "over 20 minutes.", "10 mL/min"),
        # a filtration rate named later in the sentence
        ("Give the infusion at 4 mL/min; in patients with an eGFR under 30, reduce the dose to "
         "250 mg.", "4 mL/min"),
    ],
)  # fmt: skip
def test_a_rate_given_near_a_named_flow_stays_a_dose(text: str, span: str) -> None:
    # only a flow named right before its figure makes the figure that flow
    assert ("dose", span) in [(kind, got) for kind, got, _ in _claims(text)]


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "bound"),
    [
        ("Start 12 hours later (CrCl greater than or equal to 30 mL/min).",
         "greater than or equal to 30 mL/min", "at least", "low"),
        ("Use it if eGFR is less than or equal to 45 mL/min/1.73 m2.",
         "less than or equal to 45 mL/min/1.73 m2", "up to", "high"),
    ],
)  # fmt: skip
def test_or_equal_to_bounds_inclusively(text: str, span: str, qualifier: str, bound: str) -> None:
    claim = next(c for c in extract_claims(text) if c.text == span)
    assert claim.qualifier == qualifier
    assert (
        claim.value is not None and bound in claim.value and f"{bound}_inclusive" not in claim.value
    )


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=150),
    st.integers(min_value=1, max_value=150),
    st.sampled_from(["CrCl", "creatinine clearance", "eGFR", "GFR", "CLcr"]),
)
def test_no_named_flow_is_a_dose(low: int, width: int, name: str) -> None:
    text = f"Give 75 mg twice daily when the {name} is {low} to {low + width} mL/min."
    kinds = [kind for kind, span, _ in _claims(text) if "mL/min" in span]
    assert kinds == ["other_quantity"]
