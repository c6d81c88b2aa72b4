"""A database a review searched is where it looked for works, not a source of a statement.
The dev golds mark none of the 30 databases named in 12 review abstracts' search lists
(heldout3/07, 35/06, 46/04, 57/07, 60/10, 64/04, 64/10, ...); a work published in one stays a
source (heldout50/03 marks "published in the Cochrane Database of Systematic Reviews").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]


@pytest.mark.parametrize(
    "text",
    [
        "Design: Umbrella review. Data Sources: MEDLINE, Embase, and the Cochrane Database of "
        "Systematic Reviews, from 2009 to June 2023. Results: 45 reviews.",
        "PubMed and the Cochrane Database of Systematic Reviews were searched up to May 2020.",
        "A search was performed in the Cochrane Database of Systematic Reviews in 2021.",
        "We searched MEDLINE (Ovid), Embase and the Cochrane Database of Systematic Reviews "
        "from inception to March 2020.",
        "The Cochrane Library, MEDLINE and Embase were searched for trials.",
    ],
)
def test_a_searched_database_is_no_source(text: str) -> None:
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "The new review, published in the Cochrane Database of Systematic Reviews, pooled "
            "17 trials.",
            "published in the Cochrane Database of Systematic Reviews",
        ),
        # a credit of a chart's figures (heldout2/09 marks it)
        (
            "Data Source: CDC Behavioral Risk Factor Surveillance System (BRFSS), 2006-2010",
            "Data Source: CDC Behavioral Risk Factor Surveillance System",
        ),
        # a source in a sentence that says nothing was searched
        ("Deaths fell by 20%, according to the CDC.", "according to the CDC"),
        # a dated work that searched databases is still a source
        ("A 2019 review searched 5 databases and found 12 trials.", "A 2019 review"),
        # a source in a sentence where someone searched something else (reviewV M1)
        (
            "According to the CDC, which searched death records in 9 states, 40 people died.",
            "According to the CDC",
        ),
        ("Police searched the home, the FDA said, and found 2,000 pills.", "FDA"),
        (
            "Smith and colleagues searched PubMed and reported in The Lancet that 12 trials "
            "met the criteria.",
            "reported in The Lancet",
        ),
        # a sourced sentence right after a search sentence
        (
            "We searched PubMed and Embase for trials. According to the CDC, 10% of adults "
            "have diabetes.",
            "According to the CDC",
        ),
        ("The records were searched by hand. Cochrane Reviews found 12 trials.", "Cochrane"),
    ],
)
def test_sources_outside_a_search_stay(text: str, span: str) -> None:
    assert any(span in found for found in _attributions(text)), _attributions(text)
