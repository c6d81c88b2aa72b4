"""A quantity found, then given its type from its context: people counted in a population
are no study's sample; an age band is no length of time; water drunk is no dose; "two-and-a-
half weeks" is one number. Short excerpts name their source; the other sentences were written
for these tests."""

from __future__ import annotations

import pytest

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
    ],
)
def test_people_a_study_took_stay_a_sample(text: str, words: str) -> None:
    assert _claim_on(text, words).type == "sample_size"
