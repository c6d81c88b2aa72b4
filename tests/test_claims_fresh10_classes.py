"""Forms the unseen health articles of issue 17 wrote and the extractor misread: ages bounded by a
sign before an abbreviated year, times counted from an event written "post-", how soon an effect
comes ("in about 15 minutes"), a range whose unit is written once after a verb of change, a
frequency in a title-case heading after a comma, a figure sharing the next one's rate base
across "vs", a hyphened "50-percent", an age after "now", and a count with four modifiers.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(text: str, words: str) -> Claim:
    """The one claim whose span holds `words` (routes and attributions aside)."""
    at = text.index(words)
    found = [
        c
        for c in extract_claims(text)
        if c.start <= at
        and at + len(words) <= c.end
        and c.type not in ("route", "study_attribution")
    ]
    assert len(found) == 1, (text, words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


@pytest.mark.parametrize(
    ("text", "words", "high"),
    [
        ("In the trial, 1200 male participants < 70 y were randomized.", "70 y", 70),
        ("| TRIAL-1 | 900 adults with diabetes ≤ 75 y | 1 g EPA | Placebo |", "75 y", 75),
        ("Enrolled patients <80 years had a first stroke.", "80 years", 80),
    ],
)
def test_sign_bounded_years_after_people_are_an_age(text: str, words: str, high: int) -> None:
    claim = _claim_on(text, words)
    assert claim.type == "other_quantity"
    assert _value(claim)["measure"] == "age"
    assert _value(claim)["high"] == high


@pytest.mark.parametrize(
    "text",
    ["Follow-up was ≥ 5 y in most trials.", "ADT for >6 months helped high-risk men."],
)
def test_sign_bounded_years_without_people_stay_a_length(text: str) -> None:
    claims = [c for c in extract_claims(text) if c.type != "route"]
    assert [c.type for c in claims] == ["duration"]


@pytest.mark.parametrize(
    ("text", "words", "span"),
    [
        (
            "Soreness was lowest 2 hours post-exercise in the trial.",
            "2 hours",
            "2 hours post-exercise",
        ),
        ("Levels peaked 24 h post-dose (p<0.05).", "24 h", "24 h post-dose"),
        ("Patients were randomized 3-10 d post-MI.", "3-10 d", "3-10 d post-MI"),
        (
            "Nausea fell in the acute phase (24 h postchemotherapy).",
            "24 h",
            "24 h postchemotherapy",
        ),
    ],
)
def test_time_post_event_is_onset(text: str, words: str, span: str) -> None:
    claim = _claim_on(text, words)
    assert (claim.type, claim.text) == ("onset_time", span)


def test_up_to_a_time_post_event_stays_a_span() -> None:
    claim = _claim_on("Infants were followed up to 6 months post-birth.", "6 months")
    assert claim.type == "duration"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Users report a 40 percent reduction in nausea in about 20 minutes.", "20 minutes"),
        ("The spray relieves the pain in around 10 minutes for most people.", "10 minutes"),
        ("The tablet works in about 30 minutes.", "30 minutes"),
    ],
)
def test_how_soon_an_effect_comes(text: str, words: str) -> None:
    assert _claim_on(text, words).type == "onset_time"


def test_a_plan_in_minutes_stays_a_plan() -> None:
    claim = _claim_on("Recheck blood glucose in 15 minutes.", "15 minutes")
    assert claim.type == "frequency_schedule"


@pytest.mark.parametrize(
    ("text", "words", "low", "high"),
    [
        ("Time in bed was increased from 7 to 8 hours.", "7 to 8 hours", 7, 8),
        ("The rate rose from 2.1 to 4.4 per 100,000 women.", "2.1 to 4.4", 2.1, 4.4),
    ],
)
def test_change_with_unit_written_once_is_one_range(
    text: str, words: str, low: float, high: float
) -> None:
    claim = _claim_on(text, words)
    assert (_value(claim)["low"], _value(claim)["high"]) == (low, high)


def test_change_with_unit_on_both_ends_is_two_values() -> None:
    claims = [c for c in extract_claims("The dose fell from 12 mg to 8 mg.") if c.type == "dose"]
    assert [_value(c)["value"] for c in claims] == [12, 8]


def test_every_day_after_a_comma_in_a_title_case_heading() -> None:
    text = "# The Plan: 2 Tablets Per Day, Every Day\n\nRead on for why."
    claim = _claim_on(text, "Every Day")
    assert claim.type == "frequency_schedule"


def test_title_case_name_stays_no_count() -> None:
    assert not [
        c for c in extract_claims("Buy Next Choice One Dose at a pharmacy.") if c.type == "dose"
    ]


def test_figure_before_vs_shares_the_rate_base() -> None:
    claim = _claim_on("Rates were higher in men (2.40 vs 1.90 per 1,000).", "2.40")
    assert _value(claim) == {"value": 2.4, "unit": "per 1000", "measure": "rate"}


def test_hyphened_percent_word() -> None:
    claim = _claim_on("There is roughly a 30-percent chance of relapse.", "30-percent")
    assert claim.type == "percentage"
    assert _value(claim)["value"] == 30


def test_age_after_now() -> None:
    claim = _claim_on("Now 71, she still walks every morning.", "Now 71")
    assert _value(claim) == {"value": 71, "unit": "year", "measure": "age"}


def test_count_with_four_modifiers() -> None:
    claim = _claim_on(
        "The registry listed 212 total active phase-two interventional trials.", "212"
    )
    assert claim.type == "other_quantity"
    assert _value(claim)["unit"] == "trial"
