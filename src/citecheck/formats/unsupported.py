"""The "Claims the sources do not support" section of the rich and Markdown reports: claims
whose cited work says otherwise (`contradicted`) or that rest only on weak evidence (an animal or
in-vitro study, a preprint, a retracted work). Shown first: these are what an editor must fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.models import ArticleFindings, Claim, Support

HEADING = "Claims the sources do not support"


@dataclass(frozen=True)
class Unsupported:
    claim: Claim
    support: Support
    problem: str  # what is wrong, one sentence
    source_sentence: str | None
    todo: str  # what to do


_WEAK_STUDY_TODO = (
    "say what kind of study it was (in animals, in cells, a preprint), or cite a study in people"
)
# the kind of study is no help when the work itself was withdrawn
_RETRACTED_TODO = (
    "do not rest the claim on a retracted work: cite a sound source for it, or say that the "
    "work was retracted and why"
)


def _retracted(article: ArticleFindings, support: Support) -> bool:
    """Whether the work `support` was checked against has been retracted."""
    ref = next((r for r in article.references if r.id == support.reference_id), None)
    if ref is None:
        return False
    if ref.retraction is not None and ref.retraction.kind == "retraction":
        return True
    return ref.study is not None and "Retracted Publication" in ref.study.publication_types


def unsupported_claims(article: ArticleFindings) -> list[Unsupported]:
    rows: list[Unsupported] = []
    for claim in article.claims:
        support = claim.support
        if support is None:
            continue
        weak = [r for r in support.reasons if r.code == "weak_evidence"]
        if support.verdict == "contradicted":
            first = support.reasons[0].message if support.reasons else "the source says otherwise"
            rows.append(
                Unsupported(
                    claim,
                    support,
                    first,
                    support.evidence,
                    "correct the claim to what the source says, or cite a source that says it",
                )
            )
        elif weak:
            rows.append(
                Unsupported(
                    claim,
                    support,
                    weak[0].message,
                    support.evidence,
                    _RETRACTED_TODO if _retracted(article, support) else _WEAK_STUDY_TODO,
                )
            )
    return rows
