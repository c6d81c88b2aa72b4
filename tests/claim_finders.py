"""The claims of a short test text, found by their words: for tests that name a claim by what it
says rather than by its place."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def claims_of(text: str) -> list[Claim]:
    return extract_claims(text)


def claim_spanning(text: str, span: str) -> Claim:
    """The first claim whose span is exactly `span`."""
    found = [c for c in claims_of(text) if c.text == span]
    assert found, f"no claim {span!r} in {[(c.type, c.text) for c in claims_of(text)]}"
    return found[0]


def claims_holding(text: str, words: str) -> list[Claim]:
    """The claims whose span holds `words` (its first occurrence)."""
    at = text.index(words)
    return [c for c in extract_claims(text) if c.start <= at and at + len(words) <= c.end]


def one_claim_holding(text: str, words: str) -> Claim:
    found = claims_holding(text, words)
    assert len(found) == 1, (words, [(c.type, c.text) for c in found])
    return found[0]
