"""Classes first seen on heldout30/heldout31 (issue 17): spreads stated with "=", intervals
written in percent after their head, volumes measured rather than given, points of a
pregnancy, age ranges joined by "to", counts of studies and births as a study's units, times
counted from a birth. The sentences are written for these tests; several phrasings per class."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _one(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if c.text == span]
    assert found, f"no claim {span!r} in {[(c.type, c.text) for c in _claims(text)]}"
    return found[0]


def _holding(text: str, part: str) -> list[Claim]:
    """The claims whose span holds `part` (written once in `text`)."""
    at = text.index(part)
    return [c for c in _claims(text) if c.start <= at and at + len(part) <= c.end]


def _fits(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(
        abs(float(value[k]) - float(v)) < 1e-9 if isinstance(v, int | float) else value[k] == v
        for k, v in expected.items()
    )


# --- a spread stated with "=" -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "number"),
    [
        ("There were 71,111 (se = 613) visits for burns in 2010.", "se = 613", 613),
        ("The count rose by 3.9% (SE=1.2) over the period.", "SE=1.2", 1.2),
        ("Mean weight was 71 kg (SD = 9.5) at entry.", "SD = 9.5", 9.5),
        (
            "Scores fell by 4.1 points (standard error = 0.8) in a year.",
            "standard error = 0.8",
            0.8,
        ),
        ("Each arm had a mean of 12 (SEM = 0.4) lesions.", "SEM = 0.4", 0.4),
    ],
)
def test_a_spread_stated_with_equals_is_a_claim_of_its_own(
    text: str, span: str, number: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert claim.value["value"] == pytest.approx(number)


@pytest.mark.parametrize(
    "text",
    ["The mean score was 54.2 (SD 10.1) at baseline.", "Ages averaged 41 (sd 12) years."],
)
def test_a_bare_spread_after_a_mean_stays_no_claim(text: str) -> None:
    assert not [c for c in _claims(text) if c.text.lower().startswith("sd")]


# --- an interval written in percent ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Most visits were for self-harm (69.8%, 95% CI=66.4%, 73.2%), mostly in women.",
            "95% CI=66.4%, 73.2%",
            66.4,
            73.2,
        ),
        (
            "The share was 13.4% (95% CI: 11.0%, 15.9%) of visits.",
            "95% CI: 11.0%, 15.9%",
            11.0,
            15.9,
        ),
        (
            "Coverage was 5.6 (95% CI: 3.1% ~ 10.2%) in the older group.",
            "95% CI: 3.1% ~ 10.2%",
            3.1,
            10.2,
        ),
        ("Sensitivity was 89% (95% CI = 81%–94%) for the new test.", "95% CI = 81%–94%", 81, 94),
        (
            "Uptake was 12% (95% confidence interval 10% to 14%).",
            "95% confidence interval 10% to 14%",
            10,
            14,
        ),
    ],
)
def test_an_interval_in_percent_is_one_interval_claim(
    text: str, span: str, low: float, high: float
) -> None:
    claim = _one(text, span)
    assert claim.type == "other_quantity"
    assert _fits(claim.value, {"low": low, "high": high, "unit": "%"})
    bounds = [c for c in _claims(text) if c.start > claim.start and c.start < claim.end]
    assert bounds == []  # its ends are no shares of their own


def test_a_range_of_observed_shares_stays_a_percentage() -> None:
    claim = _one("Uptake rose to 40% (range 20%-60%) across sites.", "20%-60%")
    assert claim.type == "percentage"


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(min_value=1, max_value=480),
    width=st.integers(min_value=1, max_value=400),
    joiner=st.sampled_from([", ", "–", " to ", "; "]),
)
def test_any_percent_interval_after_its_head_reads_its_bounds(
    low: int, width: int, joiner: str
) -> None:
    a, b = low / 10, (low + width) / 10
    text = f"The rate was 50.0% (95% CI={a:.1f}%{joiner}{b:.1f}%) in the survey."
    span = f"95% CI={a:.1f}%{joiner}{b:.1f}%"
    claim = _one(text, span)
    assert _fits(claim.value, {"low": a, "high": b, "unit": "%"})


# --- a volume of the body's own fluid, measured, not given ----------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Haemorrhage was defined as a calculated blood loss > 1000 mL within a day.", 1000),
        ("A postpartum hemorrhage is a blood loss of 500 mL or more after the birth.", 500),
        ("The median volume of blood loss was 1300 mL in the cesarean group.", 1300),
        ("Women who bled more than 800 ml were given iron.", 800),
        ("The drain collected 300 mL of urine overnight.", 300),
        ("Urine output fell below 400 mL a day in a third of patients.", 400),
    ],
)
def test_a_volume_of_fluid_lost_is_no_dose(text: str, number: float) -> None:
    volumes = [c for c in _claims(text) if c.value.get("value") == number]
    assert len(volumes) == 1
    assert volumes[0].type == "other_quantity"
    assert volumes[0].value["measure"] == "volume"


def test_each_volume_in_a_list_of_losses_is_measured() -> None:
    text = "Blood loss > 500 mL occurred in 40% of births and > 1000 mL in 12%."
    volumes = [c for c in _claims(text) if c.value.get("unit") == "ml"]
    assert [(c.type, c.value["value"]) for c in volumes] == [
        ("other_quantity", 500),
        ("other_quantity", 1000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Give 10 mL of the syrup twice a day if bleeding starts.",
        "Patients were given 500 mL of saline after the blood loss was measured.",
        "Take 5 mL of the liquid for heavy bleeding.",
        "Children with vomiting should drink 200 mL of rehydration solution.",
    ],
)
def test_a_volume_given_near_a_fluid_word_stays_a_dose(text: str) -> None:
    assert [c.type for c in _claims(text) if c.value.get("unit") == "ml"] == ["dose"]
