"""Verify references against a MetadataSource: gather the evidence, then decide.

Gathering (`gather_evidence`, async) asks the source only what the decision needs: the cited
DOI; its registration agency when Crossref does not know it; a search when the DOI names another
work, nothing, or could not be checked, or when there is no DOI. The verdict itself is
`decide.decide(reference, evidence)`, a pure function (paths and rules documented there).
Every answer is a value: a raising source is a failed lookup, never evidence. A reference that
gives a PMID or PMCID is first resolved to its DOI (`identifiers.py`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from citecheck.doi import normalize_doi
from citecheck.models import Reason, Reference
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)
from citecheck.verification.decide import (
    Evidence,
    best_candidate,
    candidate,
    decide,
    looked_up,
    wants_agency,
    wants_search,
)
from citecheck.verification.identifiers import (
    cited_ids,
    decide_identified,
    id_doi_settled,
    resolve_identifiers,
)
from citecheck.verification.queries import reference_queries

SEARCH_ROWS = 5


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


async def _searches(ref: Reference, source: MetadataSource) -> tuple[list[SearchResult], list[str]]:
    """Search with each query in turn (the whole string first) until a candidate is confirmed."""
    queries = reference_queries(ref)

    def accept(work: Work) -> bool:
        return candidate(ref, work, None) is not None

    results: list[SearchResult] = []
    for query in queries:
        result = await _search(source, query, accept)
        results.append(result)
        if best_candidate(ref, result) is not None:
            break
    return results, queries


async def gather_evidence(ref: Reference, source: MetadataSource) -> Evidence:
    """Every answer the decision on `ref` needs, asked in order."""
    if not looked_up(ref):
        return Evidence()
    doi = normalize_doi(ref.cited.doi) or None
    evidence = Evidence(doi=doi)
    if doi is not None:
        evidence = Evidence(doi=doi, doi_result=await _get_doi(source, doi))
        if wants_agency(evidence):
            agency = await _agency(source, doi)
            evidence = Evidence(doi=doi, doi_result=evidence.doi_result, agency=agency)
    if wants_search(ref, evidence):
        results, queries = await _searches(ref, source)
        evidence = Evidence(
            doi=evidence.doi,
            doi_result=evidence.doi_result,
            agency=evidence.agency,
            searches=tuple(results),
            queries=tuple(queries),
        )
    return evidence


async def _gather_for_id_doi(ref: Reference, source: MetadataSource, doi: str) -> Evidence:
    """The DOI a PMID/PMCID led to: its record, and a search when it is not the cited work's
    (no agency question: the citation did not give this DOI)."""
    result = await _get_doi(source, doi)
    if id_doi_settled(ref, result):
        return Evidence(doi=doi, doi_result=result)
    results, queries = await _searches(ref, source)
    return Evidence(doi=doi, doi_result=result, searches=tuple(results), queries=tuple(queries))


async def verify_reference(ref: Reference, source: MetadataSource) -> Reference:
    """The reference with verdict, reasons, confidence, record, field checks and retraction."""
    return with_other_doi_noted(await _verified(ref, source))


def with_other_doi_noted(ref: Reference) -> Reference:
    """`ref` with a reason telling that the entry gives a second DOI (most often a link whose
    target is not the DOI shown). Only a notice: the verdict stays what the checked DOI's
    evidence decided, since which of the two the author meant cannot be known from the text."""
    other, shown = normalize_doi(ref.cited.other_doi), normalize_doi(ref.cited.doi)
    if other is None or shown is None or other == shown:
        return ref
    found = normalize_doi(ref.record.doi) if ref.record is not None else None
    suggested = normalize_doi(ref.suggested_doi)
    if other in (found, suggested):
        whose = "which is the DOI of the work found"
    elif found is not None:
        whose = "which is not the DOI of the work found"
    else:
        whose = "which was not checked"
    reason = Reason(
        code="other_doi_given",
        message=f"the entry shows {shown} but also gives {other} (a link's target or a second "
        f"DOI), {whose}: check which work is meant",
    )
    return ref.model_copy(update={"reasons": [*ref.reasons, reason]})


async def _verified(ref: Reference, source: MetadataSource) -> Reference:
    ids = await resolve_identifiers(ref, source)
    mapped = ids.mapped
    if mapped is not None and mapped.doi and normalize_doi(ref.cited.doi) is None:
        doi = normalize_doi(mapped.doi)
        assert doi is not None  # `mapped` only holds answers with a DOI
        return decide_identified(ref, ids, await _gather_for_id_doi(ref, source, doi))
    if ids.results:
        return decide_identified(ref, ids, await gather_evidence(ref, source))
    return decide(ref, await gather_evidence(ref, source))


async def verify_references(
    refs: list[Reference],
    source: MetadataSource,
    *,
    concurrency: int = 8,
    on_progress: Callable[[Reference], None] | None = None,
) -> list[Reference]:
    """Verify every reference; results in input order.

    Scheduled by the budget a reference asks first, not by input order alone: the source paces
    DOI lookups and searches separately (Crossref's single-record and list budgets), and one
    queue in input order lets a run of DOIs leave the search budget idle. Each lane runs
    `concurrency` references at a time, so both budgets have work queued from the start."""
    gates = {lane: asyncio.Semaphore(max(1, concurrency)) for lane in _LANES}

    async def one(ref: Reference) -> Reference:
        async with gates[_lane(ref)]:
            done = await verify_reference(ref, source)
        if on_progress is not None:
            on_progress(done)
        return done

    return list(await asyncio.gather(*(one(ref) for ref in refs)))


_LANES = ("doi", "search", "ids", "none")


def _first_lookup(ref: Reference) -> str:
    """Which budget the reference's first lookup spends: `verify_reference`'s first branch."""
    if not looked_up(ref):
        return "none"
    return "doi" if normalize_doi(ref.cited.doi) else "search"


def _lane(ref: Reference) -> str:
    """`_first_lookup`, with references that give a PMID/PMCID and no DOI in their own lane
    (their first request goes to NCBI)."""
    lane = _first_lookup(ref)
    return "ids" if lane == "search" and cited_ids(ref) else lane
