"""Figures written below zero keep their sign (issue 17, "with values right"): a weighted mean
difference "WMD: -7.44 mmHg" is -7.44, not 7.44. The excerpt below is from heldout35's
salt-reduction meta-analysis abstract (PMC open access); the other sentences were written for
these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _only(text: str, kind: str) -> Claim:
    found = [c for c in extract_claims(text) if c.type == kind]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    return found[0]


def test_a_mean_difference_in_mmhg_keeps_its_minus() -> None:
    text = "had significant effects on both SBP (WMD: -7.44 mmHg, P<0.001 and WMD: -2.75 mmHg"
    found = [c for c in extract_claims(text) if c.value.get("unit") == "mmHg"]
    assert [(c.text, c.value["value"]) for c in found] == [
        ("-7.44 mmHg", -7.44),
        ("-2.75 mmHg", -2.75),
    ]
    for claim in found:
        assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    ("text", "kind", "span", "expected"),
    [
        # the Unicode minus sign, as typeset
        ("Weight change was \u22122.75 kg at a year.", "other_quantity", "\u22122.75 kg", -2.75),
        # an en dash set as a minus sign after a colon
        ("Change in HbA1c: \u20130.5% at 12 weeks.", "percentage", "\u20130.5%", -0.5),
        ("Nights fell to -5 \u00b0C in January.", "other_quantity", "-5 \u00b0C", -5),
        ("| Mean change | -12 mg/dL |", "other_quantity", "-12 mg/dL", -12),
    ],
)
def test_a_figure_below_zero_keeps_its_sign(
    text: str, kind: str, span: str, expected: float
) -> None:
    claim = _only(text, kind)
    assert claim.text == span
    assert claim.value["value"] == expected


def test_a_range_from_below_zero_keeps_its_low_end_signed() -> None:
    claim = _only("Temperatures ranged from -10 to 5 \u00b0C.", "other_quantity")
    assert (claim.value["low"], claim.value["high"]) == (-10, 5)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a change written in words: the direction is in the words, the figure stays positive
        ("Systolic pressure showed a decrease of 3 mmHg.", "other_quantity", {"value": 3}),
        ("Rates fell by 3% in a year.", "percentage", {"value": 3}),
        # hyphens that join, not signs
        ("Patients aged 18 -65 years took part.", "other_quantity", {"low": 18, "high": 65}),
        ("It lasts 10-20 minutes.", "duration", {"low": 10, "high": 20}),
        # a list's bullet at a line's start (plain text copied from a PDF or an e-mail)
        ("Results:\n-45% of adults smoked.", "percentage", {"value": 45}),
        ("-12% of tablets were broken.", "percentage", {"value": 12}),
        ("Mean change:\n-7.4 mmHg", "other_quantity", {"value": 7.4}),
        # a share of people is never below zero, whatever the hyphen before it
        ("Smokers: -45% of adults in 2019.", "percentage", {"value": 45}),
    ],
)
def test_a_hyphen_that_is_no_minus_sign_changes_nothing(
    text: str, kind: str, expected: dict[str, float]
) -> None:
    claim = _only(text, kind)
    assert {k: claim.value.get(k) for k in expected} == expected


def test_an_estimate_read_with_its_sign_is_not_turned_again() -> None:
    found = extract_claims("The SMD was -0.45 (95% CI -0.8 to -0.1).")
    assert [c.value.get("value") for c in found] == [-0.45, None]
    assert (found[1].value["low"], found[1].value["high"]) == (-0.8, -0.1)


@given(
    whole=st.integers(min_value=0, max_value=999),
    tenths=st.integers(min_value=1, max_value=99),
    minus=st.sampled_from(["-", "\u2212"]),
    unit=st.sampled_from(["mmHg", "kg", "mg/dL", "%"]),
)
def test_any_figure_after_a_minus_sign_is_below_zero(
    whole: int, tenths: int, minus: str, unit: str
) -> None:
    figure = float(f"{whole}.{tenths}")
    spacing = "" if unit == "%" else " "
    text = f"The mean change was {minus}{whole}.{tenths}{spacing}{unit} at follow-up."
    found = [c for c in extract_claims(text) if c.value.get("unit") == unit]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    assert found[0].value["value"] == -figure
    assert found[0].text.startswith(minus)
