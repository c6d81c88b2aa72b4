"""A dose's unit keeps every part the text writes (issue 17, "with values right"): "2.5 mg/kg
body weight/day" is mg/kg/day, not mg/kg, and a range takes its period as a single dose does.
The first sentence is from heldout35's caffeine review (Health Canada's advice, as quoted
there); the others were written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _dose(text: str) -> Claim:
    found = [c for c in extract_claims(text) if c.type in ("dose", "dose_range")]
    assert len(found) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        (
            "(400 mg/day for healthy adults, 2.5 mg/kg body weight/day for adolescents)",
            "2.5 mg/kg body weight/day",
            "mg/kg/day",
        ),
        ("The limit is 3 mg/kg bw/day.", "3 mg/kg bw/day", "mg/kg/day"),
        ("Use 4 mg/kg of body weight per day.", "4 mg/kg of body weight per day", "mg/kg/day"),
        ("Give 2 milligrams per kilogram of body weight per day.", None, "mg/kg/day"),
        ("The limit is 3 mg/kg bw/d.", "3 mg/kg bw/d", "mg/kg/d"),
        # a unit no dose list names, read as a compound unit
        ("The tolerable intake is 4 ng/kg bw/day.", "4 ng/kg bw/day", "ng/kg/day"),
        ("Give 375 mg/m2 per day.", "375 mg/m2 per day", "mg/m2/day"),
        # the body weight with no period: in the span, not the unit
        ("Give 2.2 mg/kg body weight twice a day.", "2.2 mg/kg body weight", "mg/kg"),
        # as before
        ("Give 4.4 mg/kg per day.", "4.4 mg/kg per day", "mg/kg/day"),
        ("Give 10 mg/kg/day.", "10 mg/kg/day", "mg/kg/day"),
    ],
)
def test_a_per_kilogram_dose_keeps_its_period(text: str, span: str | None, unit: str) -> None:
    claim = [c for c in extract_claims(text) if "/kg" in c.value.get("unit", "")]
    claim = claim or [c for c in extract_claims(text) if "/" in c.value.get("unit", "")]
    assert len(claim) == 1, [(c.type, c.text, c.value) for c in extract_claims(text)]
    if span is not None:
        assert claim[0].text == span
    assert claim[0].value["unit"] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Take between 3mg and 9mg a day.",
            {"low": 3, "high": 9, "unit": "mg", "per": "day"},
        ),
        ("Take 2 to 3 grams per day.", {"low": 2, "high": 3, "unit": "g", "per": "day"}),
        ("Take 2 to 3 g/day.", {"low": 2, "high": 3, "unit": "g/day"}),
        ("Give 1 to 2 mg/kg per day.", {"low": 1, "high": 2, "unit": "mg/kg/day"}),
        ("Give 1-2 mg/kg body weight/day.", {"low": 1, "high": 2, "unit": "mg/kg/day"}),
        ("Take 5 to 10 mg in 24 hours.", {"low": 5, "high": 10, "unit": "mg", "per": "day"}),
    ],
)
def test_a_dose_range_keeps_its_period_as_a_single_dose_does(
    text: str, value: dict[str, object]
) -> None:
    claim = _dose(text)
    assert claim.type == "dose_range"
    assert {k: claim.value.get(k) for k in value} == value
    assert claim.text.endswith(("day", "hours"))


def test_a_dose_range_a_day_or_two_before_is_no_period() -> None:
    claim = _dose("Take 5 to 10 mg a day or two before the trip.")
    assert "per" not in claim.value
    assert claim.text == "5 to 10 mg"
