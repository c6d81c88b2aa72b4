"""A journal named after the issue it appeared in, the issue dated with an abbreviated month
("the Jan. 12 issue of the New England Journal of Medicine", heldout64/01; "the Dec. 20 issue",
heldout68/01) or named after a study ("a study in the August issue of Anesthesia & Analgesia",
heldout54/05). Of the 13 journals named after "issue of" in the dev golds, all are marked.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType


def _venues(text: str) -> list[tuple[str, object]]:
    return [
        (c.text, (c.value or {}).get("venue"))
        for c in extract_claims(text)
        if c.type == ClaimType.STUDY_ATTRIBUTION
    ]


@pytest.mark.parametrize(
    ("text", "span", "venue"),
    [
        (
            "Most arrests were fatal, found the study, published in the Jan. 12 issue of the "
            "New England Journal of Medicine.",
            "published in the Jan. 12 issue of the New England Journal of Medicine",
            "New England Journal of Medicine",
        ),
        (
            "The results appear in the Sept. 3, 2019, issue of Pediatrics.",
            "appear in the Sept. 3, 2019, issue of Pediatrics",
            "Pediatrics",
        ),
        (
            "Delirium affects 20% of patients, according to a study in the August issue of "
            "Anesthesia & Analgesia.",
            "a study in the August issue of Anesthesia & Analgesia",
            "Anesthesia & Analgesia",
        ),
        (
            "A trial in the current issue of The Lancet enrolled 400 adults.",
            "A trial in the current issue of The Lancet",
            "Lancet",
        ),
    ],
)
def test_a_journal_after_its_dated_issue_is_the_venue(text: str, span: str, venue: str) -> None:
    found = _venues(text)
    assert any(span in got and named == venue for got, named in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a month that dates no issue, an issue of no journal
        "A study in the August heat found 20% more cases.",
        "A trial in the Jan. 12 cohort enrolled 40 adults.",
        "The study was published in the Jan. 12 issue.",
    ],
)
def test_an_issue_of_nothing_named_is_no_venue(text: str) -> None:
    assert all(venue is None for _, venue in _venues(text)), _venues(text)
