"""Number forms the extractor missed or misread on the sets opened in the fifth session (issue
17): a strength written again after a semicolon with no space ("300 mg;100 mg"), a mass per a
mass (a content, no dose), a mean and its spread with the unit written twice, a joint's range of
motion in degrees, a score named by a letter with a limit below zero ("T-score<-2"), and a
score's second limit with its name left out ("BMI ≥30, or ≥27"). Excerpts are short, their
source named; the rest written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _of(text: str, kind: str) -> list[Claim]:
    return [c for c in extract_claims(text) if c.type == kind]


def _holds(value: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(value.get(k) == v for k, v in expected.items())


# --- a strength after a semicolon or comma with no space ------------------------------------


def test_co_packaged_strengths_are_two_doses() -> None:
    # DailyMed, Paxlovid label (heldout55/02)
    text = "PAXLOVID (nirmatrelvir; ritonavir) co-packaged for oral use 300 mg;100 mg."
    assert [(c.text, c.value) for c in _of(text, "dose")] == [
        ("300 mg", {"value": 300, "unit": "mg"}),
        ("100 mg", {"value": 100, "unit": "mg"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Use contraception every time you have sex.2,3 It works.",
        "Doses of 5 mg,10 were given.",  # no unit after the figure: no second amount
    ],
)
def test_a_figure_stuck_to_a_mark_without_a_unit_stays_out(text: str) -> None:
    found = [c for c in extract_claims(text) if c.type != "study_attribution"]
    assert not any(c.text.startswith(("2", "10")) for c in found)


@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(["mg", "mcg", "g"]))
def test_any_pair_of_strengths_glued_by_a_semicolon(first: int, second: int, unit: str) -> None:
    text = f"Each pack holds {first} {unit};{second} {unit} tablets."
    values = [c.value.get("value") for c in _of(text, "dose")]
    assert values == [first, second]


# --- a mass per a mass is a content ---------------------------------------------------------


def test_a_mass_per_mass_is_a_concentration_not_a_dose() -> None:
    # NEJM Journal Watch on microplastics in carotid plaque (heldout55/10)
    text = (
        "Overall, 150 patients (58.4 percent) had polyethylene detected in carotid artery "
        "plaques, with a mean level of 21.7 ± 24.5 µg/mg of plaque."
    )
    assert not _of(text, "dose")
    (level,) = [c for c in _of(text, "other_quantity") if "µg/mg" in c.text]
    assert level.text == "21.7 ± 24.5 µg/mg"
    assert _holds(level.value, {"value": 21.7, "unit": "µg/mg", "measure": "concentration"})


def test_a_mass_per_body_weight_stays_a_dose() -> None:
    (dose,) = _of("Give 5 mg/kg once a day.", "dose")
    assert dose.value == {"value": 5, "unit": "mg/kg"}


# --- a mean and its spread, the unit written twice ------------------------------------------


def test_a_spread_after_the_unit_is_part_of_the_mean() -> None:
    # Medicine & Science in Sports & Exercise abstract on heat stroke (heldout54/10)
    text = "The average initial Tr was 41.44°C ± 0.63°C, and no patient died."
    found = [c for c in extract_claims(text) if "°C" in c.text]
    assert [c.text for c in found] == ["41.44°C ± 0.63°C"]
    assert _holds(found[0].value, {"value": 41.44, "unit": "°C", "plus_minus": 0.63})


@given(st.integers(40, 120), st.integers(1, 20))
def test_any_weight_and_its_spread_is_one_claim(mean: int, spread: int) -> None:
    found = [c for c in extract_claims(f"Mean weight was {mean} kg ± {spread} kg.") if c.value]
    assert len(found) == 1
    assert _holds(found[0].value, {"value": mean, "plus_minus": spread, "unit": "kg"})


# --- a range of motion in degrees -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a week-by-week knee replacement recovery guide (heldout54/06)
        ("ROM target: ~0–90°; swelling should trend down.", {"value": 90}),
        ("ROM target: ~0–70°–80°; prioritize full extension.", {"low": 70, "high": 80}),
        ("| Weeks 7–12 | ROM up to ~120° (varies) |", {"value": 120}),
        ("Knee flexion reached 95° by the sixth week.", {"value": 95}),
    ],
)
def test_degrees_of_a_range_of_motion(text: str, expected: dict[str, Any]) -> None:
    (angle,) = [c for c in _of(text, "other_quantity") if "°" in c.text]
    assert _holds(angle.value, {"unit": "degree", "measure": "range of motion", **expected})


def test_an_instructions_angle_stays_no_claim() -> None:
    assert not extract_claims("Turn the head 45° to the left.")


# --- scores ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # Bisphosphonates review (heldout54/02)
        (
            "Efficacy was shown in women with low BMD (T-score<-2) but no fractures.",
            "T-score<-2",
            {"value": -2, "measure": "T-score", "high": -2, "high_inclusive": False},
        ),
        (
            "Osteoporosis means a T-score ≤ −2.5 at the hip.",
            "T-score ≤ −2.5",
            {"value": -2.5, "measure": "T-score", "high": -2.5},
        ),
    ],
)
def test_a_letter_score_below_zero(text: str, span: str, expected: dict[str, Any]) -> None:
    (score,) = [c for c in _of(text, "other_quantity") if c.text == span]
    assert _holds(score.value, expected)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # NEJM, SURMOUNT-1 summary (heldout52/08)
        ("Adults with obesity (BMI ≥30, or ≥27 with at least one complication) took part.", "≥27"),
        (
            "Adults with a BMI of 30 or more, or 27 or more with diabetes, were enrolled.",
            "27 or more",
        ),
        # WebMD on orlistat (heldout52/02)
        (
            "It may also be prescribed for people who have BMIs of 27 or higher when they have"
            " other conditions.",
            "27 or higher",
        ),
        (
            "It helps people who are obese (those with a body mass index [BMI] of 27 or higher).",
            "27 or higher",
        ),
    ],
)
def test_a_second_limit_on_a_score_keeps_its_name(text: str, second: str) -> None:
    (limit,) = [c for c in _of(text, "other_quantity") if c.text == second]
    assert _holds(limit.value, {"value": 27, "measure": "BMI", "low": 27})


def test_a_count_after_a_score_is_no_score() -> None:
    found = _of("A BMI of 25 or higher and 3 risk factors.", "other_quantity")
    assert [c.value.get("measure") for c in found] == ["BMI", "count"]


def test_a_unit_per_minute_written_as_a_power() -> None:
    # heldout54/10
    text = "The average cooling rate for patients with EHS was 0.22°C·min−1 ± 0.11°C·min−1."
    (rate,) = [c for c in extract_claims(text) if "°C" in c.text]
    assert rate.text == "0.22°C·min−1 ± 0.11°C·min−1"
    assert _holds(rate.value, {"value": 0.22, "unit": "°C/min", "plus_minus": 0.11})
