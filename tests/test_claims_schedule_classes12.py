"""How often a regimen is given, said by an adjective before "regimen" or "dosing", and
"annually" beside something given (heldout54, tables/03). Short excerpts with their source
named, or text written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from claim_finders import claims_holding as _on
from claim_finders import one_claim_holding as _one_on

# --- "daily"/"annual" before a regimen or dosing: how often it is given ----------------------


@pytest.mark.parametrize(
    ("text", "words", "period"),
    [
        # International Osteoporosis Foundation, "Bisphosphonates" (heldout54)
        (
            "They are available with weekly, monthly and annual dosing schedules.",
            "annual",
            "year",
        ),
        ("The weekly tablet works as well as the reference daily regimen.", "daily", "day"),
        ("Patients on an annual regimen kept their bone density.", "annual", "year"),
    ],
)
def test_a_frequency_word_before_a_regimen_is_a_schedule(
    text: str, words: str, period: str
) -> None:
    claim = _one_on(text, words)
    assert (claim.type, claim.text, claim.value["period_unit"]) == (
        "frequency_schedule",
        words,
        period,
    )


def test_a_course_length_before_its_daily_regimen_stays_one_duration() -> None:
    # CDC latent TB treatment page (heldout36): its gold marks "9-month daily regimen" whole
    text = "It is an option equal to the standard INH 9-month daily regimen for treating LTBI."
    assert [c.type for c in _on(text, "daily")] == []
    assert _one_on(text, "9-month").type == "duration"


@pytest.mark.parametrize(
    "text",
    [
        # CDC adult immunization schedule, 2018 (tables/03)
        "Adults should get inactivated influenza vaccine (IIV) or recombinant influenza "
        "vaccine (RIV) annually.",
        "Get a flu vaccine annually.",
    ],
)
def test_annually_beside_something_given_is_a_schedule(text: str) -> None:
    claim = _one_on(text, "annually")
    assert (claim.type, claim.value["period_unit"]) == ("frequency_schedule", "year")


def test_annually_in_a_count_of_cases_is_a_rate_not_a_schedule() -> None:
    # CDC tetanus surveillance (heldout15)
    text = "During 1998--2000, an average of 43 cases of tetanus was reported annually."
    assert [c for c in _on(text, "annually") if c.type == "frequency_schedule"] == []


# --- review L1: a rate's "annually" stays no schedule, whatever its sentence names ----------


@pytest.mark.parametrize(
    "text",
    [
        "The flu vaccine prevents an estimated 100,000 hospitalizations annually.",
        "Influenza causes up to 650,000 deaths annually, and vaccination is the best protection.",
        "Vaccines save an estimated 4 million lives annually.",
        "The hospital treats about 3,000 patients with the drug annually.",
        "About 7 million doses of the vaccine are given annually.",
        "Medicines worth $10 billion are wasted annually.",
        "The vaccine program costs the NHS £100 million annually.",
        "The drug costs $300 annually.",
        "The National Health Interview Survey collects data on hearing aid use annually.",
    ],
)
def test_annually_of_a_rate_with_a_dosing_word_is_no_schedule(text: str) -> None:
    assert [c for c in extract_claims(text) if c.type == "frequency_schedule"] == []


def test_annually_beside_a_count_of_doses_is_a_schedule() -> None:
    text = "Administer 1 dose of inactivated influenza vaccine annually."
    assert _on(text, "annually")[0].type == "frequency_schedule"


# --- review L9: one list of frequency adjectives and of what makes them no plan -------------


@pytest.mark.parametrize(
    "text",
    [
        "The annual dosing cost was $300 per patient.",
        "A 4 months daily regimen of rifampin is an alternative.",
    ],
)
def test_a_frequency_word_before_a_regimens_cost_or_length_is_no_schedule(text: str) -> None:
    assert [c for c in extract_claims(text) if c.type == "frequency_schedule"] == []
