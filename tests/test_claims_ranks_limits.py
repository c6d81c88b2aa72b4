"""Proportions "N of every M", places in a ranking, and measures written with a limit sign or
a glued unit. The sentences are written for these tests, several phrasings per class."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def _claims(text: str) -> list[Claim]:
    return extract_claims(text)


def _only(text: str, span: str) -> Claim:
    found = [c for c in _claims(text) if span in c.text or c.text in span]
    assert len(found) == 1, [(c.type, c.text) for c in _claims(text)]
    return found[0]


# --- "N of every M": one proportion, never a count of M ------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "numerator", "total"),
    [
        (
            "The infection reaches about 1 of every 10 infants in the region.",
            "1 of every 10",
            1,
            10,
        ),
        ("Roughly one of every eight men will be diagnosed.", "one of every eight men", 1, 8),
        ("Nearly 2 of every 3 adults drink coffee daily.", "2 of every 3 adults", 2, 3),
        (
            "About one out of every five adults has high blood pressure.",
            "one out of every five",
            1,
            5,
        ),
        ("Nearly 2 in every 3 adults are overweight.", "2 in every 3 adults", 2, 3),
        ("The condition affects 1 of every 4 women over 50.", "1 of every 4 women", 1, 4),
        ("About 1 of every 4 will relapse within a year.", "1 of every 4", 1, 4),
    ],
)
def test_n_of_every_m_is_one_proportion(text: str, span: str, numerator: int, total: int) -> None:
    claim = _only(text, span)
    assert claim.type == "percentage"
    assert claim.value["numerator"] == numerator and claim.value["total"] == total
    assert claim.value["value"] == pytest.approx(100 * numerator / total, abs=0.05)
    assert not [c for c in _claims(text) if c.value.get("measure") == "count"]


def test_of_without_every_stays_a_part_of_a_set() -> None:
    # "one of the 12 patients" is one of a set, not a proportion of everyone
    assert "percentage" not in {c.type for c in _claims("One of the 12 patients died.")}


# --- a place in a ranking of causes --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Liver disease is the 12th leading cause of death in the country.", 12),
        ("Fatty liver disease is the second most common cause of cirrhosis.", 2),
        ("Hepatitis B is the third most common cause of liver cancer.", 3),
        ("Falls are the second leading cause of injury death among older adults.", 2),
        ("Smoking is the second-leading cause of lung cancer.", 2),
        ("Low back pain is the fourth most common reason for a doctor's visit.", 4),
        ("Hypertension is now the fifth biggest killer in the region.", 5),
        ("Suicide is the 3rd leading preventable cause of death among teens.", 3),
        ("Heart disease is the #1 killer of women.", 1),
    ],
)
def test_an_ordinal_before_a_superlative_cause_is_a_rank(text: str, rank: int) -> None:
    ranks = [c for c in _claims(text) if c.value.get("measure") == "rank"]
    assert len(ranks) == 1, [(c.type, c.text) for c in _claims(text)]
    assert ranks[0].type == "other_quantity"
    assert ranks[0].value["value"] == rank


@pytest.mark.parametrize(
    "text",
    [
        "The leading cause of death is heart disease.",
        "The second most common side effect was nausea.",
        "It is the first time the drug has been approved for children.",
        "A second dose is given four weeks later.",
    ],
)
def test_no_rank_without_an_ordinal_and_a_ranked_cause(text: str) -> None:
    assert not [c for c in _claims(text) if c.value.get("measure") == "rank"]
