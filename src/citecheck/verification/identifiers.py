"""References that give a PMID or PMCID: the id resolved to the DOI NCBI files it under, then
verified like a DOI reference; and the rules that keep an id from ever making a real work fake.

- No DOI cited: each id in turn (PMID first) until one gives a DOI. With a DOI, Crossref's record
  is fetched and compared as for a cited DOI (`decide`). The DOI came from PubMed, not from the
  citation, so a DOI naming another work is not a `wrong_doi`: the id named another work
  (`pmid_other_work`), and the reference is decided on its other fields, as one without a DOI.
- A DOI cited too: the DOI leads; the first id is resolved only to say, in a reason, when PubMed
  files it under another DOI (`pmid_other_doi`).
- An id NCBI holds no record of (`pmid_unknown`) is a reason, never a verdict: citations mistype
  ids, and a real work is found by its other fields as any reference without a DOI.
- `not_found` stands only when every id the citation gives was answered and names no record,
  or a record that is clearly another work. An id whose lookup failed, or whose PubMed record may
  be the cited work (a record with no DOI is common for older papers, and Crossref's search may
  not hold it), makes the reference `unverifiable` instead.
- The id naming another work while the cited work is found: `metadata_mismatch`, with a `pmid`
  (or `pmcid`) field check, as any other cited field that disagrees.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.doi import normalize_doi
from citecheck.models import FieldCheck, Reason, Record, Reference, Verdict
from citecheck.resolution.source import (
    DoiResult,
    IdKind,
    IdResult,
    LookupStatus,
    MetadataSource,
    Work,
)
from citecheck.verification.compare import check_for, compare_fields
from citecheck.verification.decide import NON_SCHOLARLY, Evidence, decide, doi_reading, reading
from citecheck.verification.queries import searchable
from citecheck.verification.verdict import same_work

_UNANSWERED = {
    LookupStatus.FAILED: ("network", "the lookup failed (network error, time-out, 5xx or 429)"),
    LookupStatus.OFFLINE: ("offline", "the run is offline and the cache does not hold it"),
    LookupStatus.UNKNOWN: ("not_in_snapshot", "no source here could resolve it"),
}


@dataclass(frozen=True)
class IdEvidence:
    """NCBI's answers for the ids a reference gives, in the order they were asked."""

    results: tuple[IdResult, ...] = ()

    @property
    def mapped(self) -> IdResult | None:
        """The first answer that gave a DOI."""
        return next((r for r in self.results if _doi(r) is not None), None)


def cited_ids(ref: Reference) -> list[tuple[IdKind, str]]:
    """The PMID and PMCID a reference gives, PMID first (PubMed knows every PMID)."""
    if ref.work_kind in NON_SCHOLARLY:
        return []
    ids: list[tuple[IdKind, str]] = []
    if ref.cited.pmid and ref.cited.pmid.strip():
        ids.append(("pmid", ref.cited.pmid.strip()))
    if ref.cited.pmcid and ref.cited.pmcid.strip():
        ids.append(("pmcid", ref.cited.pmcid.strip().upper()))
    return ids


async def _resolve(source: MetadataSource, kind: IdKind, value: str) -> IdResult:
    try:
        return await source.resolve_id(kind, value)
    except Exception as exc:  # answers are values: a raising source is a failed lookup
        return IdResult(
            status=LookupStatus.FAILED,
            kind=kind,
            value=value,
            detail=f"{type(exc).__name__}: {exc}",
        )


async def resolve_identifiers(ref: Reference, source: MetadataSource) -> IdEvidence:
    """Ask NCBI about the ids `ref` gives: without a cited DOI until one gives a DOI; with one,
    only the first (a cross-check)."""
    ids = cited_ids(ref)
    if not ids:
        return IdEvidence()
    has_doi = normalize_doi(ref.cited.doi) is not None
    results: list[IdResult] = []
    for kind, value in ids:
        result = await _resolve(source, kind, value)
        results.append(result)
        if has_doi or _doi(result) is not None:
            break
    return IdEvidence(tuple(results))


def id_doi_settled(ref: Reference, result: DoiResult) -> bool:
    """Is the lookup of the DOI an id led to all the decision needs? Yes when its record is the
    cited work, or when the citation gives nothing to search on; else a search follows."""
    read = doi_reading(ref, result)
    return (read is not None and same_work(read[1])) or not searchable(ref)


def _doi(result: IdResult) -> str | None:
    if result.status != LookupStatus.FOUND:
        return None
    return normalize_doi(result.doi) if result.doi else None


def _label(result: IdResult) -> str:
    return f"{result.kind.upper()} {result.value}"


# --- the decision ------------------------------------------------------------------------


def pubmed_record(result: IdResult) -> Record:
    """NCBI's summary of the record as a `Record` to compare the citation with."""
    return Record(
        doi=_doi(result) or "",
        title=result.title,
        authors=list(result.authors),
        year=result.year,
        journal=result.journal,
        years=[result.year] if result.year is not None else [],
    )


def agreement(ref: Reference, record: Record) -> bool | None:
    """Does `record` describe the cited work? True as for a cited DOI (`same_work`); False only
    when the authors were compared and disagree (a title alone cannot say it: a misread entry's
    "title" may be its authors, and PubMed gives non-English works an English title in
    brackets); None when it cannot tell."""
    cited = reading(ref, Work(record=record))
    checks = compare_fields(cited, record)
    if not any(c.field in ("title", "authors") and c.found is not None for c in checks):
        return None
    if same_work(checks):
        return True
    authors = check_for(checks, "authors")
    if authors is not None and authors.found is not None and not authors.ok:
        return False
    return None


def pubmed_agrees(ref: Reference, result: IdResult) -> bool | None:
    """`agreement` of the citation with NCBI's record for the id (None without a record)."""
    if result.status != LookupStatus.FOUND or not (result.title or result.authors):
        return None
    return agreement(ref, pubmed_record(result))


def names_another_work(ref: Reference, result: IdResult, crossref_other: bool = False) -> bool:
    """The id clearly names another work: its PubMed record says so, or, when that record
    cannot tell, the Crossref record of the DOI it is filed under does."""
    agrees = pubmed_agrees(ref, result)
    return agrees is False or (agrees is None and crossref_other)


def _unanswered(result: IdResult) -> Reason:
    suffix = f" ({result.detail})" if result.detail else ""
    if result.malformed:
        return Reason(
            code="malformed_record",
            message=f"{_label(result)}: NCBI's answer did not fit its schema, so it is no "
            f"evidence either way{suffix}",
        )
    code, message = _UNANSWERED.get(result.status, ("network", "the lookup gave no usable answer"))
    return Reason(code=code, message=f"{_label(result)}: {message}{suffix}")


def _id_reasons(ref: Reference, ids: IdEvidence, cited_doi: str | None) -> list[Reason]:
    """What each id lookup said, as reasons (the id that led to the DOI is told separately)."""
    reasons: list[Reason] = []
    for result in ids.results:
        label = _label(result)
        doi = _doi(result)
        if result.status == LookupStatus.ABSENT:
            reasons.append(
                Reason(
                    code="pmid_unknown",
                    message=f"NCBI holds no record under {label}; the citation's other fields "
                    "decide",
                )
            )
        elif result.status != LookupStatus.FOUND:
            reasons.append(_unanswered(result))
        elif cited_doi is not None and doi is not None and doi != cited_doi:
            reasons.append(
                Reason(
                    code="pmid_other_doi",
                    message=f"{label} is filed at PubMed under {doi}, not under the cited DOI "
                    f"{cited_doi}",
                )
            )
        elif doi is None:
            title = f" ({result.title!r})" if result.title else ""
            reasons.append(
                Reason(code="pmid_no_doi", message=f"{label} names a record without a DOI{title}")
            )
        if names_another_work(ref, result) and (cited_doi is None or doi != cited_doi):
            reasons.append(_other_work(result))
    return reasons


def _other_work(result: IdResult) -> Reason:
    return Reason(
        code="pmid_other_work",
        message=f"{_label(result)} identifies another work: {result.title!r}",
    )


def _may_be_the_work(ref: Reference, result: IdResult, crossref_other: bool) -> bool:
    """Could this id stand for the cited work (so that `not_found` would accuse a real one)?"""
    if result.status == LookupStatus.ABSENT:
        return False
    if result.status != LookupStatus.FOUND:
        return True  # unchecked: not evidence either way
    return not names_another_work(ref, result, crossref_other)


def _guarded(
    ref: Reference, decided: Reference, ids: IdEvidence, crossref_other: str | None = None
) -> Reference:
    """`decided`, with `not_found` turned `unverifiable` when an id may stand for the work, and
    a found work whose id names another one made `metadata_mismatch`."""
    # an id not asked (with a DOI cited, only the first is) is unchecked: it may be the work
    unasked = len(cited_ids(ref)) > len(ids.results)
    if decided.verdict == Verdict.NOT_FOUND and (
        unasked
        or any(
            _may_be_the_work(ref, r, crossref_other is not None and crossref_other == _doi(r))
            for r in ids.results
        )
    ):
        reason = Reason(
            code="identifier_unresolved",
            message="the cited PMID/PMCID may name this work (its record was not shown to be "
            "another work), so not finding it by search is not evidence that it does not exist",
        )
        return decided.model_copy(
            update={
                "verdict": Verdict.UNVERIFIABLE,
                "confidence": 0.0,
                "reasons": [*decided.reasons, reason],
            }
        )
    # an id PubMed files under the DOI of the work found names that work, whatever its
    # record's title and authors say against the citation
    found_doi = normalize_doi(decided.record.doi) if decided.record is not None else None
    wrong = [
        r
        for r in ids.results
        if r.status == LookupStatus.FOUND
        and (found_doi is None or _doi(r) != found_doi)
        and names_another_work(ref, r, crossref_other is not None and crossref_other == _doi(r))
    ]
    if wrong and decided.verdict in (Verdict.VERIFIED, Verdict.METADATA_MISMATCH):
        # the work's own id is not known here (a Crossref record carries none)
        checks = [
            FieldCheck(field=r.kind, cited=r.value, found=None, score=0.0, ok=False) for r in wrong
        ]
        reasons = [r for r in decided.reasons if r.code != "fields_agree"]
        return decided.model_copy(
            update={
                "verdict": Verdict.METADATA_MISMATCH,
                "field_checks": [*decided.field_checks, *checks],
                "reasons": reasons,
                "confidence": min(decided.confidence, 0.9),
            }
        )
    return decided


def _prepend(decided: Reference, reasons: list[Reason]) -> Reference:
    return decided.model_copy(update={"reasons": [*reasons, *decided.reasons]})


def decide_identified(ref: Reference, ids: IdEvidence, evidence: Evidence) -> Reference:
    """The verdict on `ref` from its id answers and the Crossref evidence gathered after them
    (for the DOI an id led to, when it led to one). Without ids: `decide` itself."""
    if not ids.results:
        return decide(ref, evidence)
    cited_doi = normalize_doi(ref.cited.doi)
    mapped = ids.mapped
    if cited_doi is not None or mapped is None or evidence.doi != _doi(mapped):
        # the cited DOI leads, or no id gave a DOI: decided as the reference would be anyway
        decided = decide(ref, evidence)
        if cited_doi is not None:
            reasons = [*decided.reasons, *_id_reasons(ref, ids, cited_doi)]
            return _guarded(ref, decided.model_copy(update={"reasons": reasons}), ids)
        return _guarded(ref, _prepend(decided, _id_reasons(ref, ids, None)), ids)
    doi = evidence.doi
    assert doi is not None
    earlier = _id_reasons(ref, IdEvidence(ids.results[:-1]), None)
    lead = Reason(code="pmid_doi", message=f"{_label(mapped)} is filed at PubMed under {doi}")
    result = evidence.doi_result
    read = doi_reading(ref, result)
    if result is not None and read is not None and same_work(read[1]):
        decided = decide(ref, Evidence(doi=doi, doi_result=result))
        return _prepend(decided, [*earlier, lead])
    if result is None or result.status not in (LookupStatus.FOUND, LookupStatus.ABSENT):
        # Crossref did not answer: a search may still confirm the DOI, else unverifiable
        return _guarded(ref, _prepend(decide(ref, evidence), [*earlier, lead]), ids)
    other: str | None = None
    if result.status == LookupStatus.ABSENT:
        why = Reason(
            code="pmid_doi_unknown",
            message=f"{doi}, the DOI PubMed gives for {_label(mapped)}, is not at Crossref",
        )
    elif read is None or result.work is None:
        why = Reason(
            code="malformed_record",
            message=f"{doi} resolves, but its record cannot be compared with the citation",
        )
    elif agreement(ref, result.work.record) is False:
        why = Reason(
            code="pmid_other_work",
            message=f"{_label(mapped)} is filed under {doi}, which identifies another work: "
            f"{result.work.record.title!r}",
        )
        other = doi
    else:
        why = Reason(
            code="pmid_doi_unconfirmed",
            message=f"the record under {doi} does not match the cited title, and the "
            "citation names no authors that could tell whether it is another work",
        )
    # decided on the citation's other fields, as a reference without a DOI
    decided = decide(ref, Evidence(searches=evidence.searches, queries=evidence.queries))
    return _guarded(ref, _prepend(decided, [*earlier, lead, why]), ids, crossref_other=other)
