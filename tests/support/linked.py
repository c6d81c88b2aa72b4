"""An article read as the audit reads it before any lookup: its references, its in-text
citations and its claims linked to them."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.models import Citation, Claim, Reference


def read_linked(text: str) -> tuple[list[Reference], list[Citation], list[Claim]]:
    document = build_document(text)
    references, citations = extract_references(document)
    return (
        references,
        citations,
        link_claims(document, extract_claims(document), citations, references),
    )
