"""Verify references against a MetadataSource: look up, compare, decide.

Paths (contract verdicts; thresholds and rules in `verdict.py`):
- non-scholarly kinds (web page, news, institution) -> `unverifiable`/`not_scholarly`, no lookups;
- DOI found, same work -> `verified` / `metadata_mismatch`;
- DOI found, another work -> search: confirmed -> `wrong_doi` (+`suggested_doi`), else
  `not_found` when the search was authoritative, else `unverifiable`;
- DOI absent -> agency: unregistered -> search as above; another agency -> `unverifiable`/
  `other_agency`; registered at Crossref, failed or unknown -> `unverifiable` (cannot conclude);
- DOI lookup failed/offline/unknown -> a search may still confirm the same DOI; else `unverifiable`;
- no DOI -> search on the whole string, then its parts; a candidate counts only when the fields
  confirm it.
A failure, an offline run or a partial snapshot never supports `not_found`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from citecheck.doi import normalize_doi
from citecheck.models import Cited, FieldCheck, Reason, Reference, SourceName, Verdict
from citecheck.resolution.records import retraction_from_message
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)
from citecheck.verification.alignment import align_cited
from citecheck.verification.compare import compare_fields, work_journal_names
from citecheck.verification.queries import (
    has_specific_claim,
    non_article_kind,
    reference_queries,
    searchable,
)
from citecheck.verification.verdict import (
    candidate_strength,
    confirms,
    judge_fields,
    same_work,
)

# What each non-scholarly kind of source is called in a reason's sentence.
NON_SCHOLARLY = {
    "web_page": "a web page",
    "news": "a news report",
    "institution": "an institution's own publication",
}
SEARCH_ROWS = 5

_STATUS_REASON = {
    LookupStatus.FAILED: ("network", "the lookup failed (network error, time-out, 5xx or 429)"),
    LookupStatus.OFFLINE: ("offline", "the run is offline and no local copy answered"),
    LookupStatus.UNKNOWN: (
        "not_in_snapshot",
        "the local snapshot/cache does not hold it; absence there is not evidence of absence",
    ),
}
_RETRACTION_REASON = {
    "retraction": ("retracted", "the work has been retracted"),
    "expression_of_concern": ("expression_of_concern", "the work carries an expression of concern"),
    "correction": ("corrected", "the work has a published correction"),
}


def _status_reason(status: LookupStatus, what: str, detail: str | None = None) -> Reason:
    code, message = _STATUS_REASON.get(status, ("network", "the lookup gave no usable answer"))
    suffix = f" ({detail})" if detail else ""
    return Reason(code=code, message=f"{what}: {message}{suffix}")


@dataclass
class Candidate:
    work: Work
    cited: Cited  # what the citation says, read with this work in hand
    checks: list[FieldCheck]
    source: SourceName | None
    strength: float


@dataclass
class SearchOutcome:
    match: Candidate | None = None
    authoritative: bool = True
    # the worst non-answer met, for the reason when nothing was confirmed
    problem: LookupStatus | None = None
    detail: str | None = None
    source: SourceName | None = None
    queries: list[str] = field(default_factory=list)


async def _get_doi(source: MetadataSource, doi: str) -> DoiResult:
    try:
        return await source.get_doi(doi)
    except Exception as exc:  # answers are values: a raising source is a failed lookup
        return DoiResult(status=LookupStatus.FAILED, detail=f"{type(exc).__name__}: {exc}")


async def _agency(source: MetadataSource, doi: str) -> AgencyResult:
    try:
        return await source.agency(doi)
    except Exception as exc:
        return AgencyResult(status=LookupStatus.FAILED, detail=f"{type(exc).__name__}: {exc}")


async def _search(
    source: MetadataSource, query: str, accept: Callable[[Work], bool]
) -> SearchResult:
    try:
        return await source.search(query, rows=SEARCH_ROWS, accept=accept)
    except Exception as exc:
        return SearchResult(status=LookupStatus.FAILED, detail=f"{type(exc).__name__}: {exc}")


def reading(ref: Reference, work: Work) -> Cited:
    """What a reference-list entry says, read with `work` in hand (see `alignment.py`); a BibTeX
    entry's or an in-text mention's fields are taken as they are."""
    if ref.origin != "reference_list" or not ref.raw:
        return ref.cited
    names = work_journal_names(work.record, work.message)
    return align_cited(ref.raw, ref.cited, work.record, names)


def _candidate(ref: Reference, work: Work, source: SourceName | None) -> Candidate | None:
    cited = reading(ref, work)
    checks = compare_fields(cited, work.record, work.message)
    if not confirms(
        checks,
        context=ref.context if ref.origin == "in_text" else None,
        record_title=work.record.title,
    ):
        return None
    return Candidate(
        work=work, cited=cited, checks=checks, source=source, strength=candidate_strength(checks)
    )


async def search_for(ref: Reference, source: MetadataSource) -> SearchOutcome:
    """Search for the cited work; the best candidate the fields confirm, if any."""
    outcome = SearchOutcome()
    queries = reference_queries(ref)
    outcome.queries = queries
    if not queries:
        outcome.authoritative = False
        return outcome

    def accept(work: Work) -> bool:
        return _candidate(ref, work, None) is not None

    for query in queries:
        result = await _search(source, query, accept)
        outcome.source = outcome.source or result.source
        if (
            result.status not in (LookupStatus.FOUND, LookupStatus.ABSENT)
            or not result.authoritative
        ):
            outcome.authoritative = False
            if result.status not in (LookupStatus.FOUND, LookupStatus.ABSENT):
                outcome.problem = outcome.problem or result.status
                outcome.detail = outcome.detail or result.detail
            elif outcome.problem is None:
                outcome.problem = LookupStatus.UNKNOWN
        best: Candidate | None = None
        for work in result.works:
            candidate = _candidate(ref, work, result.source)
            if candidate and (best is None or candidate.strength > best.strength):
                best = candidate
        if best is not None:
            outcome.match = best
            outcome.source = best.source
            return outcome
    return outcome


_MINOR_REASON_FIELDS = {"year_off_by_one": "year", "authors_spelling": "authors"}


def _finish(
    ref: Reference,
    verdict: Verdict,
    reasons: list[Reason],
    confidence: float,
    *,
    work: Work | None = None,
    checks: list[FieldCheck] | None = None,
    suggested_doi: str | None = None,
    source: SourceName | None = None,
    cited: Cited | None = None,
) -> Reference:
    retraction = retraction_from_message(work.message) if work is not None else None
    # A minor mismatch (year off by one, a misspelt surname) still identified the work, so its
    # check passed while matching; in the result it is a field that disagrees, shown as such.
    minor_fields = {_MINOR_REASON_FIELDS[r.code] for r in reasons if r.code in _MINOR_REASON_FIELDS}
    if checks and minor_fields:
        checks = [
            c.model_copy(update={"ok": False}) if c.field in minor_fields else c for c in checks
        ]
    if retraction is not None:
        code, message = _RETRACTION_REASON[retraction.kind]
        notice = f" (notice {retraction.doi})" if retraction.doi else ""
        reasons = [Reason(code=code, message=message + notice), *reasons]
    return ref.model_copy(
        update={
            "verdict": verdict,
            "reasons": reasons,
            "confidence": round(max(0.0, min(1.0, confidence)), 3),
            "record": work.record if work is not None else None,
            "field_checks": checks or [],
            "suggested_doi": suggested_doi,
            "retraction": retraction,
            "source": source,
            "cited": cited if cited is not None else ref.cited,
        }
    )


def _search_match_reason(candidate: Candidate) -> Reason:
    return Reason(
        code="search_match",
        message=f"search found {candidate.work.record.doi}, confirmed by its fields",
    )


async def _after_bad_doi(
    ref: Reference, source: MetadataSource, doi: str, why: Reason
) -> Reference:
    """The cited DOI identifies another work or nothing: is the cited work elsewhere?"""
    outcome = await search_for(ref, source)
    match = outcome.match
    if match is not None and match.work.record.doi != doi:
        judged = judge_fields(match.checks)
        reasons = [
            why,
            _search_match_reason(match),
            *[r for r in judged.reasons if r.code != "fields_agree"],
        ]
        return _finish(
            ref,
            Verdict.WRONG_DOI,
            reasons,
            judged.confidence,
            work=match.work,
            checks=match.checks,
            cited=match.cited,
            suggested_doi=match.work.record.doi,
            source=match.source,
        )
    if outcome.authoritative:
        reasons = [
            why,
            Reason(
                code="search_no_match",
                message="a search of Crossref confirmed no work matching the citation",
            ),
        ]
        partial = _partial_coverage(ref)
        if partial is not None:
            return _finish(
                ref, Verdict.UNVERIFIABLE, [*reasons, partial], 0.0, source=outcome.source
            )
        return _finish(ref, Verdict.NOT_FOUND, reasons, 0.9, source=outcome.source)
    reasons = [
        why,
        _status_reason(
            outcome.problem or LookupStatus.UNKNOWN, "search for the cited work", outcome.detail
        ),
    ]
    return _finish(ref, Verdict.UNVERIFIABLE, reasons, 0.0, source=outcome.source)


async def _verify_doi(ref: Reference, source: MetadataSource, doi: str) -> Reference:
    result = await _get_doi(source, doi)
    if result.status == LookupStatus.FOUND and result.work is not None:
        work = result.work
        cited = reading(ref, work)
        checks = compare_fields(cited, work.record, work.message)
        resolves = Reason(code="doi_resolves", message=f"{doi} is registered at Crossref")
        if same_work(checks):
            judged = judge_fields(checks)
            title_failed = any(c.field == "title" and not c.ok for c in checks)
            if title_failed and has_specific_claim(ref):
                # right authors and year, wrong title: maybe the title names another work
                outcome = await search_for(ref, source)
                match = outcome.match
                if match is not None and match.work.record.doi != doi:
                    judged_match = judge_fields(match.checks)
                    reasons = [
                        Reason(
                            code="doi_other_work",
                            message=f"{doi} is a different work by the same authors",
                        ),
                        _search_match_reason(match),
                        *[r for r in judged_match.reasons if r.code != "fields_agree"],
                    ]
                    return _finish(
                        ref,
                        Verdict.WRONG_DOI,
                        reasons,
                        judged_match.confidence,
                        work=match.work,
                        checks=match.checks,
                        cited=match.cited,
                        suggested_doi=match.work.record.doi,
                        source=match.source,
                    )
            return _finish(
                ref,
                judged.verdict,
                [resolves, *judged.reasons],
                judged.confidence,
                work=work,
                checks=checks,
                source=result.source,
                cited=cited,
            )
        other = Reason(
            code="doi_other_work", message=f"{doi} identifies another work: {work.record.title!r}"
        )
        return await _after_bad_doi(ref, source, doi, other)

    if result.status == LookupStatus.ABSENT:
        agency = await _agency(source, doi)
        if agency.status == LookupStatus.ABSENT:
            why = Reason(code="doi_unregistered", message=f"{doi} is not a registered DOI")
            return await _after_bad_doi(ref, source, doi, why)
        if agency.status == LookupStatus.FOUND and agency.agency and agency.agency != "crossref":
            reason = Reason(
                code="other_agency",
                message=f"{doi} is registered with {agency.agency}, not Crossref",
            )
            return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0, source=result.source)
        if agency.status == LookupStatus.FOUND:
            reason = Reason(
                code="network",
                message=f"{doi} is registered at Crossref but its "
                "record could not be read (transient 404)",
            )
        else:
            reason = _status_reason(agency.status, f"registration agency of {doi}", agency.detail)
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0, source=result.source)

    # FAILED / OFFLINE / UNKNOWN: no answer about the DOI; a search may still find it
    why = _status_reason(result.status, f"DOI {doi}", result.detail)
    if searchable(ref):
        outcome = await search_for(ref, source)
        match = outcome.match
        if match is not None and match.work.record.doi == doi:
            judged = judge_fields(match.checks)
            return _finish(
                ref,
                judged.verdict,
                [_search_match_reason(match), *judged.reasons],
                judged.confidence,
                work=match.work,
                checks=match.checks,
                cited=match.cited,
                source=match.source,
            )
        if match is not None:
            found = Reason(
                code="search_match_other_doi",
                message=f"search found a matching work under {match.work.record.doi}, "
                f"but {doi} could not be checked",
            )
            # not evidence that the cited DOI is wrong (it went unanswered), but a lead worth
            # showing: the work found, its fields, and its DOI as a suggestion
            return _finish(
                ref,
                Verdict.UNVERIFIABLE,
                [why, found],
                0.0,
                work=match.work,
                checks=match.checks,
                cited=match.cited,
                suggested_doi=match.work.record.doi,
                source=match.source,
            )
    return _finish(ref, Verdict.UNVERIFIABLE, [why], 0.0, source=result.source)


async def _verify_without_doi(ref: Reference, source: MetadataSource) -> Reference:
    if not searchable(ref):
        reason = Reason(
            code="too_little_to_search",
            message="the citation gives no DOI and too little to search on",
        )
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0)
    outcome = await search_for(ref, source)
    match = outcome.match
    if match is not None and _named_by_venue_only(match.checks):
        # "a 2016 study in Psychological Medicine": a paper of that year, journal and topic
        # exists, but an invented study would match one just as well
        record = match.work.record
        guess = Reason(
            code="probable_match",
            message=f"{record.doi} ({record.title!r}) has the cited year, journal and "
            "topic, but the mention names no title or author, so it cannot "
            "be confirmed as the study meant",
        )
        return _finish(
            ref,
            Verdict.UNVERIFIABLE,
            [guess],
            0.5,
            work=match.work,
            checks=match.checks,
            cited=match.cited,
            source=match.source,
        )
    if match is not None:
        judged = judge_fields(match.checks)
        return _finish(
            ref,
            judged.verdict,
            [_search_match_reason(match), *judged.reasons],
            judged.confidence,
            work=match.work,
            checks=match.checks,
            cited=match.cited,
            source=match.source,
        )
    if not outcome.authoritative:
        reason = _status_reason(
            outcome.problem or LookupStatus.UNKNOWN, "search for the cited work", outcome.detail
        )
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0, source=outcome.source)
    no_match = Reason(
        code="search_no_match",
        message="a search of Crossref confirmed no work matching the citation",
    )
    if has_specific_claim(ref) and ref.work_kind == "scholarly":
        partial = _partial_coverage(ref)
        if partial is not None:
            return _finish(
                ref, Verdict.UNVERIFIABLE, [no_match, partial], 0.0, source=outcome.source
            )
        return _finish(ref, Verdict.NOT_FOUND, [no_match], 0.85, source=outcome.source)
    weak = Reason(
        code="too_little_to_search",
        message="the citation names no title, so failing to find it is not evidence "
        "that it does not exist",
    )
    return _finish(ref, Verdict.UNVERIFIABLE, [no_match, weak], 0.0, source=outcome.source)


def _named_by_venue_only(checks: list[FieldCheck]) -> bool:
    """The citation gave neither a title nor an author to compare (only year and journal)."""
    return not any(c.field in ("title", "authors") for c in checks)


def _partial_coverage(ref: Reference) -> Reason | None:
    """Why not finding this work is no evidence against it, when it is not a journal article."""
    kind = non_article_kind(ref)
    if kind is None:
        return None
    return Reason(
        code="not_journal_article",
        message=f"the citation reads as {kind}; Crossref holds only some of these, so "
        "not finding it is no evidence that it does not exist",
    )


async def verify_reference(ref: Reference, source: MetadataSource) -> Reference:
    """The reference with verdict, reasons, confidence, record, field checks and retraction."""
    if ref.work_kind in NON_SCHOLARLY:
        reason = Reason(
            code="not_scholarly", message=f"{NON_SCHOLARLY[ref.work_kind]}, not a scholarly work"
        )
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0)
    doi = normalize_doi(ref.cited.doi)
    if doi:
        return await _verify_doi(ref, source, doi)
    return await _verify_without_doi(ref, source)


async def verify_references(
    refs: list[Reference],
    source: MetadataSource,
    *,
    concurrency: int = 8,
    on_progress: Callable[[Reference], None] | None = None,
) -> list[Reference]:
    """Verify every reference, at most `concurrency` at a time; results in input order."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(ref: Reference) -> Reference:
        async with gate:
            done = await verify_reference(ref, source)
        if on_progress is not None:
            on_progress(done)
        return done

    return list(await asyncio.gather(*(one(ref) for ref in refs)))
