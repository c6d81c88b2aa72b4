"""Attribution claims are the citations the citation finder finds, seen as claims."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.models import ClaimType


def _attributions(text: str) -> list[tuple[str, dict[str, object]]]:
    return [
        (c.text, c.value) for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Relief came fast (Åsberg et al., 2019).",
            "(Åsberg et al., 2019)",
            {"form": "parenthetical", "authors": ["Åsberg"], "et_al": True, "year": 2019},
        ),
        (
            "Öst and Łukasz (2020) found it.",
            "Öst and Łukasz (2020)",
            {"form": "narrative_author", "authors": ["Öst", "Łukasz"], "year": 2020},
        ),
        (
            "Anand and colleagues randomized 403 patients.",
            "Anand and colleagues",
            {"form": "narrative_author", "authors": ["Anand"], "et_al": True},
        ),
        (
            "As reported by the Staten Island Advance, it is used in clinics.",
            "As reported by the Staten Island Advance",
            {"form": "secondary_report", "outlet": "Staten Island Advance"},
        ),
    ],
)
def test_attribution_claims_come_from_citations(
    text: str, span: str, value: dict[str, object]
) -> None:
    assert _attributions(text) == [(span, value)]


def test_every_named_citation_is_an_attribution_claim() -> None:
    text = (
        "Zanos and Gould (2018) showed it. A later trial from the National Institute of Mental "
        "Health found more (Berman et al., 2000). See also [3]."
    )
    document = build_document(text)
    named = [(c.start, c.end) for c in document.citations if c.form != "numeric"]
    claims = extract_claims(document)
    spans = [(c.start, c.end) for c in claims if c.type == ClaimType.STUDY_ATTRIBUTION]
    assert spans == named and len(named) == 3


def test_a_year_alone_names_no_source() -> None:
    assert _attributions("A 2016 study found it.") == []
