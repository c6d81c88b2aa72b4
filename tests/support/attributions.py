"""The study_attribution claims an extraction gives, for the attribution tests."""

from __future__ import annotations

from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType


def attributions(text: str) -> list[tuple[str, dict[str, object]]]:
    """(span, value) of each attribution claim in `text`, in text order."""
    return [
        (c.text, dict(c.value or {}))
        for c in extract_claims(text)
        if c.type == ClaimType.STUDY_ATTRIBUTION
    ]


def attribution_spans(text: str) -> list[str]:
    return [span for span, _ in attributions(text)]
