"""A journal named in prose in a sentence that also cites a numbered list entry ("... published in
the New England Journal of Medicine.1") is where that entry appeared: it links to the entry and is
no second, in-text reference, so the sentence's claims rest on the entry. Sentences and entries
written for these tests (the entries' journals are abbreviated, as AMA and Vancouver lists do)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

LIST = (
    "\n\nReferences\n"
    "1. Okafor AB, Lindqvist M. Weekly injections for weight loss in adults. N Engl J Med. "
    "2021;384(2):101-112.\n"
    "2. Marsh T, Yilmaz E. Blood pressure after a year of treatment. Lancet Diabetes Endocrinol. "
    "2020;8(5):401-409.\n"
)


def _read(prose: str) -> tuple[list, list]:
    return extract_references(prose + LIST)


@pytest.mark.parametrize(
    ("prose", "entry"),
    [
        (
            "The risk fell by 20%, according to results published in the New England Journal "
            "of Medicine.1",
            "ref-1",
        ),
        (
            "In a paper in The New England Journal of Medicine, the team reported a 12% fall.[1]",
            "ref-1",
        ),
        (
            "The trial, published in The Lancet Diabetes & Endocrinology, found that 31% of "
            "patients improved (2).",
            "ref-2",
        ),
        ("A report in the Lancet Diabetes and Endocrinology found a 9% drop.2", "ref-2"),
    ],
)
def test_the_journal_is_where_the_cited_entry_appeared(prose: str, entry: str) -> None:
    references, citations = _read(prose)
    assert [ref.origin for ref in references] == ["reference_list", "reference_list"]
    assert {c.reference_id for c in citations} == {entry}
    assert any(c.kind == "narrative" for c in citations)
    document = build_document(prose + LIST)
    claims = link_claims(document, extract_claims(document), citations, references)
    percentages = [c for c in claims if c.type == "percentage"]
    assert percentages and all(c.reference_ids == [entry] for c in percentages)


def test_a_journal_beside_two_numbers_adds_no_reference() -> None:
    prose = "Two trials in the New England Journal of Medicine found a 15% fall.1,2"
    references, citations = _read(prose)
    assert len(references) == 2
    assert sorted({c.reference_id for c in citations}) == ["ref-1", "ref-2"]


@pytest.mark.parametrize(
    "prose",
    [
        # no number in the sentence: the journal is all the sentence says of its work
        "A paper in the Journal of Clinical Sleep Medicine found a 15% fall. Others agreed.1",
        # a number past the list is a missing entry, and the journal another work
        "A paper in the Journal of Clinical Sleep Medicine found a 15% fall.[7]",
    ],
)
def test_a_journal_without_a_listed_number_beside_it_stays_a_mention(prose: str) -> None:
    references, citations = _read(prose)
    mentions = [ref for ref in references if ref.origin == "in_text"]
    assert any("Journal of Clinical Sleep Medicine" in ref.raw for ref in mentions)
