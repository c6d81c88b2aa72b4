"""Hostile shapes of text (runs of blanks, dots, newlines, NBSP, "1,1,1", long names): every
stage still gives well-formed results on them. Their speed is measured in
bench/bench_worst_case.py, not here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

_FRAGMENTS = [
    " " * 300,
    "\t" * 300,
    "." * 300,
    "\n" * 50,
    "\u00a0" * 200,
    "1," * 100,
    "Smith Jones " * 20,
    "The National Institute of Mental Health says ",
    "Zanos and Gould (2018) found ",
    "(Åsberg et al., 2019). ",
    "403 patients within 24 hours. ",
    "\n\n**References**\n\n",
    "Zanos P, Gould TD. Ketamine in 40 patients. Mol Psychiatry. 2018;23(4):801-811.\n",
    "A. B. C. D. " * 10,
    "(A" + " " * 200 + ")",
    "The study found 12 patients improved. ",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12))
def test_every_stage_gives_well_formed_results(pieces: list[str]) -> None:
    text = "".join(pieces)
    document = build_document(text)
    for spans in (document.paragraphs, document.sentences):
        assert all(0 <= s < e <= len(text) for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    references, citations = extract_references(document)
    claims = link_claims(document, extract_claims(document), citations, references)
    known = {ref.id for ref in references}
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert set(claim.reference_ids) <= known
    for citation in citations:
        assert text[citation.start : citation.end] == citation.text
    for zone in document.reference_zones:
        # nothing in a reference list is a claim (prose after its last entry may be)
        assert not any(zone[0] <= c.start < zone[1] for c in claims)
    for entry in document.reference_entries:
        assert not any(entry.start <= c.start < entry.end for c in claims)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12), st.integers(0, 2000))
def test_sentence_lookup_agrees_with_a_scan(pieces: list[str], offset: int) -> None:
    text = "".join(pieces)
    document = build_document(text)
    scanned = next((i for i, (s, e) in enumerate(document.sentences) if s <= offset < e), None)
    assert document.sentence_at(offset) == scanned
