"""The pipeline: inputs -> extraction -> resolution -> verification -> `Findings`.

Everything here receives already-built objects (a `MetadataSource`, claim rules, a progress
callback) and returns models; it never reads CLI options, prints, or renders.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from citecheck import __version__
from citecheck.extraction.claims import ClaimRules, extract_claims
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.inputs.article import Article
from citecheck.models import (
    ArticleFindings,
    Findings,
    Reference,
    ToolInfo,
    Verdict,
    summarise,
)
from citecheck.resolution.source import MetadataSource
from citecheck.verification.verify import verify_references


def analyse_article(
    article: Article, rules: ClaimRules, bib: Sequence[Reference] = ()
) -> ArticleFindings:
    """Claims, references and in-text citations of one article, linked; no network."""
    references, citations = extract_references(article.text, bib=list(bib) or None)
    claims = extract_claims(article.text, rules)
    claims = link_claims(article.text, claims, citations, references)
    return ArticleFindings(
        path=article.path,
        sha256=article.sha256,
        chars=article.chars,
        claims=claims,
        references=references,
        citations=citations,
    )


def analyse_bibliography(path: Path, references: Sequence[Reference]) -> ArticleFindings:
    """A `--bib` file audited on its own: an article entry whose path is the .bib file."""
    data = path.read_bytes()
    numbered = [
        ref.model_copy(update={"id": f"ref-{n}"}) for n, ref in enumerate(references, start=1)
    ]
    return ArticleFindings(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        chars=len(data.decode("utf-8", errors="replace")),
        references=numbered,
    )


async def verify_articles(
    articles: Sequence[ArticleFindings],
    source: MetadataSource,
    *,
    concurrency: int = 8,
    on_progress: Callable[[Reference], None] | None = None,
) -> list[ArticleFindings]:
    """Verify every reference of every article in one batch, so that the source can share
    requests between articles and keep the rate limits busy."""
    flat = [ref for article in articles for ref in article.references]
    verified = await verify_references(
        flat, source, concurrency=concurrency, on_progress=on_progress
    )
    out: list[ArticleFindings] = []
    cursor = 0
    for article in articles:
        count = len(article.references)
        out.append(
            article.model_copy(update={"references": verified[cursor : cursor + count]})
        )
        cursor += count
    return out


def build_findings(articles: Sequence[ArticleFindings], *, now: datetime | None = None) -> Findings:
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    return Findings(
        tool=ToolInfo(version=__version__),
        generated_at=moment.isoformat().replace("+00:00", "Z"),
        articles=list(articles),
        summary=summarise(list(articles)),
    )


def failing_verdicts(findings: Findings, fail_on: set[Verdict]) -> list[Reference]:
    """The references whose verdict is in `fail_on` (they make the exit code 1)."""
    return [
        ref
        for article in findings.articles
        for ref in article.references
        if ref.verdict is not None and ref.verdict in fail_on
    ]
