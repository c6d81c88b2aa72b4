"""The claim the support tests hold against a source: the one in a sentence whose text holds a
given part, cited to the test's only reference."""

from __future__ import annotations

from citecheck.extraction.claim_rules import ClaimRules
from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim


def cited_claim(sentence: str, part: str, rules: ClaimRules) -> Claim:
    for found in extract_claims(sentence, rules):
        if part in found.text:
            return found.model_copy(update={"reference_ids": ["ref-1"]})
    raise AssertionError(f"no claim {part!r} in {sentence!r}")
