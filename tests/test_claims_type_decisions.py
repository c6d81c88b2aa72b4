"""A quantity found, then given its type from its context: people counted in a population
are no study's sample; an age band is no length of time; water drunk is no dose; "two-and-a-
half weeks" is one number. Short excerpts name their source; the other sentences were written
for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claim_on(text: str, words: str) -> Claim:
    """The one claim (routes and attributions aside) whose span overlaps `words`."""
    at = text.index(words)
    found = [
        c
        for c in extract_claims(text)
        if c.start < at + len(words) and at < c.end and c.type not in ("route", "study_attribution")
    ]
    assert len(found) == 1, (words, [(c.type, c.text) for c in found])
    return found[0]


def _value(claim: Claim) -> dict[str, object]:
    return claim.model_dump(exclude_none=True).get("value") or {}


# MMWR 2003;52(26), "Nonfatal Dog Bite--Related Injuries Treated in Hospital Emergency
# Departments --- United States, 2001" (heldout44/03)
_DOG_BITES = (
    "Of an estimated 333,700 patients treated for dog bites in emergency departments (EDs) in "
    "1994 (2), approximately 6,000 (1.8%) were hospitalized (3). To estimate the number of "
    "nonfatal dog bite--related injuries treated in U.S. hospital EDs, CDC analyzed data from "
    "the National Electronic Injury Surveillance System-All Injury Program (NEISS-AIP). This "
    "report summarizes the results of the analysis, which indicate that in 2001, an estimated "
    "368,245 persons were treated in U.S. hospital EDs for nonfatal dog bite--related injuries."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (_DOG_BITES, "333,700 patients"),
        (_DOG_BITES, "approximately 6,000"),  # part of that population, counted the same
        (_DOG_BITES, "368,245 persons"),  # a study word before, but outside its own clause
        ("About 30,000 patients are treated for burns each year.", "30,000 patients"),
        # care given, after the count, takes no sample
        ("Each year, 9,000 patients were treated in EDs for burns.", "9,000 patients"),
        # Cancers 2020;12(6):1690 (heldout48/08): a nation's new cases
        (
            "In Japan, it was estimated that approximately 100,000 new PC patients were diagnosed.",
            "100,000",
        ),
        (
            "Two studies published in 2010 estimated that SCD affects approximately 100,000 "
            "people in the United States.",
            "100,000",
        ),
    ],
)
def test_people_counted_in_a_population_are_a_count(text: str, words: str) -> None:
    claim = _claim_on(text, words)
    assert claim.type == "other_quantity"
    assert _value(claim)["measure"] == "count"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a study takes them in their own clause, whatever population cue stands beside
        ("The nationwide study of more than 600 stroke patients was funded by NINDS.", "600"),
        ("Researchers examined the records of 60 million Americans.", "60 million"),
        ("The trial enrolled 403 patients in the United States.", "403 patients"),
        ("Each year, the clinic's trial recruited 200 patients.", "200 patients"),
        # "for a year" says how long they were followed, no yearly figure
        ("Among the 95, 40 patients were followed for a year.", "40 patients"),
        # the study word after the count, in the rest of its clause
        ("In the United States, 400 patients were randomized.", "400 patients"),
        ("Approximately 500 patients were randomized in the United States and Canada.", "500"),
        ("Each year, 120 patients were recruited to the cohort.", "120 patients"),
        ("Each year, 40 patients were followed up at our clinic.", "40 patients"),
        ("An estimated 300 patients were needed for the trial to have 80% power.", "300"),
    ],
)
def test_people_a_study_took_stay_a_sample(text: str, words: str) -> None:
    assert _claim_on(text, words).type == "sample_size"


@pytest.mark.parametrize(
    ("text", "words", "bounds"),
    [
        # NHS, "How and when to take lactulose" (heldout44/01)
        (
            "Only give lactulose to a child under 14 years if their doctor recommends it.",
            "14 years",
            {"high": 14},
        ),
        # Gastroenterology 2021;161(2), NHANES probiotic use (heldout45/09)
        (
            "prevalence stratified by children (<19 years) and adults (19+ years).",
            "19 years",
            {"high": 19},
        ),
        ("Patients (≥65 years) were more often admitted.", "65 years", {"low": 65}),
        # Heliyon 2019;5(3):e01360, dog bite demographics (heldout44/10): one of a list of
        # age groups, the others written with "of age"
        (
            "The OR for admission was 11.03 [4.68, 26.01] for those >85 years of age, 4.88 "
            "[2.89, 8.24] 75–84 years, and 2.79 [1.77, 4.39] those ≤4 years of age.",
            "75–84 years",
            {"low": 75, "high": 84},
        ),
        # Respir Res 2014;15:40 (heldout49/02)
        (
            "Significant predictors were age 55–74 years (vs. 40–54 years), male sex and "
            "Medicaid insurance.",
            "40–54 years",
            {"low": 40, "high": 54},
        ),
        (
            "Recurrence was 22.8% (aged 18–45 years), 23.9% (aged 45–60 years), 28.9% "
            "(over 60 years).",
            "over 60 years",
            {"low": 60},
        ),
        # J Clin Med 2020 (heldout48/02)
        ("Their median age at diagnosis was 5 years.", "5 years", {"value": 5}),
        (
            "The mean age onset of psoriasis for our study population was 35.14 ± 16.16 years.",
            "35.14",
            {"value": 35.14},
        ),
        ("Autism can sometimes be detected at 18 months or younger.", "18 months", {"high": 18}),
    ],
)
def test_ages_are_no_durations(text: str, words: str, bounds: dict[str, float]) -> None:
    claim = _claim_on(text, words)
    value = _value(claim)
    assert claim.type == "other_quantity"
    assert value["measure"] == "age"
    assert {key: value.get(key) for key in bounds} == bounds


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an age written earlier, but words between: a length of time
        ("Patients aged 40 years were treated for 2-5 years.", "2-5 years"),
        ("Among women aged 50 years, symptoms lasted 2-3 years.", "2-3 years"),
        ("Patients aged 40 years, 2–5 years after diagnosis, were seen again.", "2–5 years"),
        ("The age and follow-up time were 5 years.", "5 years"),
        ("Children (1 week) of treatment were enough.", "1 week"),
        # a band in brackets after people, then a time from an event: no age
        ("Survivors (≥5 years from diagnosis) reported fatigue.", "5 years"),
        ("Patients (<6 months of symptoms) responded better.", "6 months"),
        ("Women (≥20 years since menopause) had more fractures.", "20 years"),
    ],
)
def test_times_beside_ages_stay_times(text: str, words: str) -> None:
    claim = _claim_on(text, words)
    assert _value(claim).get("measure") != "age"


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        # NHS, "How and when to take lactulose" (heldout44/01)
        (
            "Aim to drink 6 to 8 glasses of water or other liquid during the day while you're "
            "taking lactulose.",
            "6 to 8 glasses",
            "glass",
        ),
        ("Mix 10 mL of water with the powder.", "10 mL", "ml"),
        ("Drink two glasses of fluids an hour.", "two glasses", "glass"),
    ],
)
def test_water_drunk_is_no_dose(text: str, words: str, unit: str) -> None:
    claim = _claim_on(text, words)
    assert claim.type == "other_quantity"
    assert (_value(claim)["unit"], _value(claim)["measure"]) == (unit, "volume")


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # the medicine is counted, the water only taken with it
        ("Take 2 tablets with a glass of water.", "2 tablets", "dose"),
        ("Take 10 ml of the liquid twice a day.", "10 ml", "dose"),
        ("Take 3 or 4 glucose tablets.", "3 or 4", "dose"),
        # fluid given by a route other than the mouth is a treatment; "water-based" is no water
        ("Give 500 mL of fluid intravenously over 30 minutes.", "500 mL", "dose"),
        ("Apply 5 mL of water-based gel to the skin.", "5 mL", "dose"),
    ],
)
def test_a_medicine_taken_with_water_stays_a_dose(text: str, words: str, kind: str) -> None:
    assert _claim_on(text, words).type == kind


def test_a_number_in_hyphened_words_is_one_amount() -> None:
    # NHS, "Sinusitis - Treatment" (heldout45/03)
    text = "Sinusitis takes about two-and-a-half weeks to clear, which means it lasts longer."
    claim = _claim_on(text, "two-and-a-half")
    assert claim.text == "about two-and-a-half weeks"
    assert _value(claim) == {"value": 2.5, "unit": "week"}


_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=9),
    st.sampled_from([" ", "-"]),
    st.sampled_from(["hours", "days", "weeks", "months", "years"]),
)
def test_and_a_half_reads_the_same_hyphened_or_spaced(whole: int, joint: str, unit: str) -> None:
    written = joint.join([_WORDS[whole - 1], "and", "a", "half"])
    claim = _claim_on(f"The rash lasts {written} {unit} in most people.", written)
    assert _value(claim) == {"value": whole + 0.5, "unit": unit.removesuffix("s")}
