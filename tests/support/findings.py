"""A findings file of one article with one cited claim: for the report tests."""

from __future__ import annotations

from citecheck.audit import build_findings
from citecheck.models import ArticleFindings, Claim, Findings, Record, Reference, Support, Verdict


def one_claim_findings(
    sentence: str, span: str, percent: float, support: Support | None
) -> Findings:
    """`sentence` holding the percentage claim `span` (value `percent`), resting on one verified
    reference "ref-1" whose check of the claim is `support`."""
    start = sentence.index(span)
    claim = Claim(
        id="claim-1",
        type="percentage",
        text=span,
        start=start,
        end=start + len(span),
        sentence=sentence,
        value={"value": percent},
        reference_ids=["ref-1"],
        support=support,
    )
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw="Tester A. A trial. 2023.",
        verdict=Verdict.VERIFIED,
        record=Record(doi="10.5555/x", title="A trial"),
    )
    article = ArticleFindings(
        path="a.md", sha256="0" * 64, chars=len(sentence), claims=[claim], references=[ref]
    )
    return build_findings([article])
