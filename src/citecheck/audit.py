"""The pipeline: inputs -> extraction -> resolution -> verification -> `Findings`.

Everything here receives already-built objects (a `MetadataSource`, claim rules, a progress
callback) and returns models; it never reads CLI options, prints, or renders.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Callable, Coroutine, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from citecheck import __version__
from citecheck.atomic import write_text_atomic
from citecheck.errors import InputError
from citecheck.extraction.bibkeys import key_use
from citecheck.extraction.claims import ClaimRules, extract_claims, load_rules
from citecheck.extraction.document import Document, build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.inputs.article import Article, read_article, refuse_urls_offline
from citecheck.inputs.bibtex import bibtex_references, read_bibtex_text
from citecheck.models import (
    ArticleFindings,
    Claim,
    Findings,
    Reason,
    Reference,
    ToolInfo,
    Verdict,
    summarise,
)
from citecheck.resolution.factory import SourceSettings, build_source
from citecheck.resolution.source import MetadataSource
from citecheck.resolution.texts import TextSources
from citecheck.verification.same_work import (
    drop_uncited_bib,
    mark_listed_twice,
    merge_same_works,
)
from citecheck.verification.support import check_support, support_warning, weak_evidence
from citecheck.verification.verify import verify_references

T = TypeVar("T")
OnProgress = Callable[[Reference], None]
# Given the number of references to resolve, a context that yields the per-reference callback
# (the CLI passes its progress bar; the audit layer never draws anything itself).
ProgressFactory = Callable[[int], AbstractContextManager[OnProgress]]


NO_MAILTO = (
    "no --mailto given: Crossref answers anonymous lookups from its slower public pool; "
    "add --mailto you@example.org (or set CITECHECK_MAILTO) for the faster polite pool"
)


@dataclass(frozen=True)
class AuditResult:
    """What one audit run produced: the findings, and the sentences the user should hear about
    the run itself (lookups that failed, a server that asked us to wait too long)."""

    findings: Findings
    warnings: list[str] = field(default_factory=list)
    # the --bib files' text as read, which --fix-bib writes back around the corrected entries
    bib_texts: list[str] = field(default_factory=list)


def run_quietly(work: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(work)`, its result kept out of the task: on its way out Python 3.11's
    runner checks its SIGINT handler through `signal.getsignal`, which formats the handler's
    repr, and so the main task's and its result's. A whole article's findings as a pydantic
    repr cost seconds per MB (seen in a profile of a 1 MB audit)."""
    done: list[T] = []

    async def main() -> None:
        done.append(await work)

    asyncio.run(main())
    return done[0]


def _no_progress(_total: int) -> AbstractContextManager[OnProgress]:
    return nullcontext(_ignore_progress)


def _ignore_progress(_ref: Reference) -> None:
    """The callback when nobody is watching."""


def run_audit(
    articles: Sequence[str],
    bibs: Sequence[Path],
    settings: SourceSettings,
    *,
    progress: ProgressFactory = _no_progress,
    source: MetadataSource | None = None,
    rules: ClaimRules | None = None,
    texts: TextSources | None = None,
    dump_text: Path | None = None,
) -> AuditResult:
    """Audit `articles` (paths, or - for stdin) against the works of `bibs`, or, with no
    article, the `bibs` on their own: read, extract, resolve every reference through `source`
    (built from `settings` when not given), verify, and gather the findings.

    Bad input raises an `InputError` before any lookup is made."""
    if not articles and not bibs:
        raise InputError("audit: give at least one ARTICLE or --bib FILE")
    if settings.offline:
        refuse_urls_offline(articles)
    claim_rules = rules if rules is not None else load_rules()
    bib_texts = [read_bibtex_text(path) for path in bibs]  # --fix-bib keeps them whole
    bib_refs = [
        (path, bibtex_references(text, path)) for path, text in zip(bibs, bib_texts, strict=True)
    ]
    if articles:
        read = [read_article(path) for path in articles]
        if dump_text is not None:  # --dump-text: the text the offsets index (one article)
            write_text_atomic(dump_text, read[0].text)
        analysed, key_warnings = analyse_articles(read, bib_refs, claim_rules)
    else:
        analysed = [analyse_bibliography(path, refs) for path, refs in bib_refs]
        key_warnings = []
    total = sum(len(article.references) for article in analysed)

    async def resolve(chosen: MetadataSource) -> tuple[list[ArticleFindings], list[str]]:
        with progress(total) as on_progress:
            verified = await verify_articles(
                analysed,
                chosen,
                concurrency=settings.effective_concurrency,
                on_progress=on_progress,
            )
        warnings = list(chosen.warnings)
        if texts is not None:
            # v1.1: each claim held against the text of the work it cites
            try:
                verified = await support_articles(verified, chosen, texts)
            finally:
                warnings += texts.warnings
                await texts.aclose()
        return verified, warnings

    async def resolve_with_own_source() -> tuple[list[ArticleFindings], list[str]]:
        async with build_source(settings) as built:
            return await resolve(built)

    if source is not None:
        verified, source_warnings = run_quietly(resolve(source))
    else:
        verified, source_warnings = run_quietly(resolve_with_own_source())
    findings = build_findings(verified)
    warnings = key_warnings + source_warnings
    if (failed := network_warning(findings)) is not None:
        warnings.append(failed)
    if total and not settings.offline and not settings.mailto and source is None:
        warnings.append(NO_MAILTO)
    if (unchecked := support_warning(findings)) is not None:
        warnings.append(unchecked)
    return AuditResult(findings, warnings, bib_texts)


def analyse_article(
    article: Article,
    rules: ClaimRules,
    bib: Sequence[Reference] = (),
    *,
    document: Document | None = None,
    cited_bib_only: bool = False,
) -> ArticleFindings:
    """Claims, references and in-text citations of one article, linked; no network. A work
    both `bib` and the article describe is one reference (`same_work`); with `cited_bib_only`,
    the bib entries the article does not cite are left out."""
    if document is None:
        document = build_document(article.text)  # split once; every stage reads it
    references, citations = extract_references(document, bib=list(bib) or None)
    references, citations = merge_same_works(references, citations)
    if cited_bib_only:
        references, citations = drop_uncited_bib(references, citations)
    claims = extract_claims(document, rules)
    claims = link_claims(document, claims, citations, references)
    return ArticleFindings(
        path=article.path,
        sha256=article.sha256,
        chars=article.chars,
        claims=claims,
        references=references,
        citations=citations,
        meta=article.meta,
        line_starts=line_starts(article.text),
    )


def analyse_articles(
    articles: Sequence[Article],
    bibs: Sequence[tuple[Path, Sequence[Reference]]],
    rules: ClaimRules,
) -> tuple[list[ArticleFindings], list[str]]:
    """Each article with the `--bib` entries it carries: when it cites by key
    (`bibkeys.key_use`), the entries it cites (by key, by author and year, or in its list);
    otherwise all of them. Then, per .bib file, the entries no article carries, checked as that
    file on its own would be; and a warning per article for keys it cites that no entry has."""
    # an entry two .bib files share (the same key and text) is one work, carried once
    unique: dict[tuple[str | None, str], Reference] = {}
    for _, entries in bibs:
        for entry in entries:
            unique.setdefault((entry.key, entry.raw), entry)
    every_entry = list(unique.values())
    analysed: list[ArticleFindings] = []
    warnings: list[str] = []
    carried: set[tuple[str | None, str]] = set()
    for article in articles:
        document = build_document(article.text)
        keys = key_use(document.citations, every_entry)
        if keys.missing:
            warnings.append(missing_keys_warning(article.path, keys.missing, bool(bibs)))
        findings = analyse_article(
            article, rules, every_entry, document=document, cited_bib_only=keys.by_key
        )
        carried.update((ref.key, ref.raw) for ref in findings.references if ref.origin == "bib")
        analysed.append(findings)
    for path, entries in bibs:
        uncited = [entry for entry in entries if (entry.key, entry.raw) not in carried]
        if uncited:
            analysed.append(analyse_bibliography(path, uncited))
    return analysed, warnings


def missing_keys_warning(path: str, keys: Sequence[str], have_bib: bool) -> str:
    """One line naming the citation keys an article cites that no `--bib` entry has."""
    shown = ", ".join(repr(key) for key in keys[:5])
    if len(keys) > 5:
        shown += f" and {len(keys) - 5} more"
    if not have_bib:
        return (
            f"{path} cites by key ({shown}) but no --bib file was given: "
            "those citations are not checked"
        )
    noun = "key" if len(keys) == 1 else "keys"
    return f"{path} cites {noun} {shown}, which no --bib entry has: not checked"


def line_starts(text: str) -> list[int]:
    """The offset at which each line of `text` starts (the first is 0)."""
    return [0, *(match.end() for match in re.finditer("\n", text))]


def analyse_bibliography(path: Path, references: Sequence[Reference]) -> ArticleFindings:
    """A `--bib` file audited on its own: an article entry whose path is the .bib file, each
    entry's `start`/`end` where it stands in the file (so CI annotations can mark its line)."""
    data = path.read_bytes()
    text = data.decode("utf-8-sig", errors="replace")
    numbered: list[Reference] = []
    cursor = 0
    for n, ref in enumerate(references, start=1):
        update: dict[str, object] = {"id": f"ref-{n}"}
        entry = ref.raw.strip()
        at = text.find(entry, cursor) if entry else -1
        if at >= 0:
            update.update(start=at, end=at + len(entry))
            cursor = at + len(entry)
        numbered.append(ref.model_copy(update=update))
    return ArticleFindings(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        chars=len(data.decode("utf-8", errors="replace")),
        references=numbered,
        line_starts=line_starts(text),
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
        refs = mark_listed_twice(_missing_from_list(article, verified[cursor : cursor + count]))
        out.append(article.model_copy(update={"references": refs}))
        cursor += count
    return out


NOT_IN_LIST = Reason(
    code="not_in_reference_list",
    message="cited in the text, but the article's reference list has no such entry",
)


def _missing_from_list(article: ArticleFindings, refs: list[Reference]) -> list[Reference]:
    """An author-year or numbered citation that no entry of the article's own reference list
    answers: the list lacks the work, or the citation is mistyped. Said on the reference; the
    verdict stays what the lookup found. For an author-year mention extraction has decided
    (`Reference.unlisted`, narrative mentions included); else the citation's kind decides."""
    if not any(ref.origin == "reference_list" for ref in refs):
        return refs
    # only a work cited by bracket or number alone is one the list should hold (not a narrative
    # mention, an image credit or a news outlet)
    narrative = {c.reference_id for c in article.citations if c.kind == "narrative"}
    pointing = {c.reference_id for c in article.citations} - narrative
    return [
        ref.model_copy(update={"reasons": [NOT_IN_LIST, *ref.reasons]})
        if ref.origin == "in_text"
        and (ref.id in pointing if ref.unlisted is None else ref.unlisted)
        else ref
        for ref in refs
    ]


async def support_articles(
    articles: Sequence[ArticleFindings], source: MetadataSource, texts: TextSources
) -> list[ArticleFindings]:
    """v1.1: each claim held against the text of the resolved work it cites (`Claim.support`,
    `Reference.study`); run after `verify_articles`."""
    return await check_support(articles, source, texts)


def build_findings(articles: Sequence[ArticleFindings], *, now: datetime | None = None) -> Findings:
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    return Findings(
        tool=ToolInfo(version=__version__),
        generated_at=moment.isoformat().replace("+00:00", "Z"),
        articles=list(articles),
        summary=summarise(list(articles)),
    )


# A `--fail-on` word beside the verdicts: a work under a retraction notice, whatever its verdict
# (a retracted paper exists, so it is usually `verified`).
RETRACTED = "retracted"
# v1.1: claim findings that may also fail a run
CONTRADICTED = "contradicted"
WEAK_EVIDENCE = "weak_evidence"


@dataclass(frozen=True)
class FailOn:
    """What makes the exit code 1."""

    verdicts: frozenset[Verdict] = frozenset()
    retracted: bool = False
    contradicted: bool = False
    weak_evidence: bool = False

    @classmethod
    def parse(cls, value: str) -> FailOn:
        """`not_found,wrong_doi,retracted` -> FailOn; `none` -> never fail; anything else,
        the empty list included, is an `InputError` that lists the choices."""
        names = [part.strip() for part in value.split(",") if part.strip()]
        valid = [v.value for v in Verdict] + [RETRACTED, CONTRADICTED, WEAK_EVIDENCE]
        choices = f"{', '.join(valid)}; or none"
        if not names:
            raise InputError(f"--fail-on: give a comma-separated list of {choices}")
        if names == ["none"]:
            return cls()
        if "none" in names:
            raise InputError(
                "--fail-on: none means never fail, and cannot be combined with verdicts"
            )
        unknown = [name for name in names if name not in valid]
        if unknown:
            raise InputError(f"--fail-on: unknown value {unknown[0]!r} (choose from {choices})")
        verdicts = frozenset(
            Verdict(n) for n in names if n not in (RETRACTED, CONTRADICTED, WEAK_EVIDENCE)
        )
        return cls(
            verdicts=verdicts,
            retracted=RETRACTED in names,
            contradicted=CONTRADICTED in names,
            weak_evidence=WEAK_EVIDENCE in names,
        )

    def names(self) -> frozenset[str]:
        """The rules this fails on, as `--fail-on` names them (and SARIF's rule ids)."""
        flags = {RETRACTED: self.retracted, CONTRADICTED: self.contradicted}
        flags[WEAK_EVIDENCE] = self.weak_evidence
        return frozenset({v.value for v in self.verdicts} | {n for n, on in flags.items() if on})

    def fails(self, ref: Reference) -> bool:
        if ref.verdict is not None and ref.verdict in self.verdicts:
            return True
        return self.retracted and ref.retraction is not None and ref.retraction.kind == "retraction"


def failing_claims(findings: Findings, fail_on: FailOn) -> list[Claim]:
    """v1.1: the claims that make the exit code 1 (`contradicted`, `weak_evidence`)."""
    return [
        claim
        for article in findings.articles
        for claim in article.claims
        if claim.support is not None
        and (
            (fail_on.contradicted and claim.support.verdict == "contradicted")
            or (fail_on.weak_evidence and weak_evidence(claim))
        )
    ]


def failing_references(findings: Findings, fail_on: FailOn) -> list[Reference]:
    """The references that make the exit code 1."""
    return [
        ref for article in findings.articles for ref in article.references if fail_on.fails(ref)
    ]


def network_warning(findings: Findings) -> str | None:
    """A loud line when lookups failed: those verdicts say nothing about the works, and a run
    in which nothing could be checked must not pass for a clean one."""
    references = [ref for article in findings.articles for ref in article.references]
    failed = sum(
        1
        for ref in references
        if ref.verdict is Verdict.UNVERIFIABLE and any(r.code == "network" for r in ref.reasons)
    )
    if not failed:
        return None
    if failed == len(references):
        share = (
            "the only reference could not be checked"
            if failed == 1
            else f"none of the {failed} references could be checked"
        )
    else:
        share = f"{failed} of {len(references)} references could not be checked"
    return (
        f"{share}: the lookups failed (network error, time-out, 5xx or 429), so their "
        "verdicts prove nothing; run again later (or with --offline to use only the cache and "
        "snapshots), or add unverifiable to --fail-on to make such a run fail"
    )
