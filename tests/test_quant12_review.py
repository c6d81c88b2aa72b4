"""Review O of quant12's number forms: where its rules must stay silent or keep what main read
(a named measure before an interval, a unit written once after a list, a count after a word
figure, population counts the researchers report, a birth cohort, an angle in an instruction,
a dose per gram of body weight) and the forms it left half read (a whole-number estimate's
interval, a glued comma between doses). All sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _all(text: str) -> list[tuple[str, str, dict[str, object]]]:
    return [(c.type, c.text, dict(c.value)) for c in extract_claims(text)]


def _of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


# --- O1, O2: a percent sign after the intervals ------------------------------------------


def test_a_named_measure_before_an_interval_keeps_its_measure() -> None:
    text = "The median age was 64 (58 to 71), and 55 (50 to 60) per cent were men."
    (age,) = _of(text, "other_quantity")
    assert (age.text, age.value) == ("64", {"value": 64, "measure": "median age"})
    shares = [c.value.get("value") for c in _of(text, "percentage")]
    assert 64 not in shares and 55 in shares


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Mortality was 12 (10 to 15) per cent.", "12", 10, 15),
        ("Overall, 62 (55 to 70) per cent reached the target.", "62", 55, 70),
        ("Mortality was 12·0 (10·0 to 15·0) per cent.", "12·0", 10, 15),
    ],
)
def test_a_whole_number_estimate_keeps_its_interval(
    text: str, figure: str, low: int, high: int
) -> None:
    estimate, interval = _of(text, "percentage")
    assert estimate.text == figure
    assert (estimate.value["ci_low"], estimate.value["ci_high"]) == (low, high)
    assert (interval.value["low"], interval.value["high"]) == (low, high)
    assert interval.value["measure"] == "confidence interval"


def test_an_interval_with_no_percent_sign_after_stays_silent() -> None:
    assert _of("Patients took 2 (1 to 3) tablets a day.", "percentage") == []
