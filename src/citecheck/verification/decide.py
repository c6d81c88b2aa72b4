"""The verdict on one reference, decided from the evidence gathered for it (no I/O here).

`decide(reference, evidence)` is a pure function: the same reference and the same answers give
the same verdict, and its paths are tested as a table (`tests/test_decide.py`). Paths (contract
verdicts; field rules in `verdict.py`):
- non-scholarly kinds (web page, news, institution) -> `unverifiable`/`not_scholarly`; but a
  news mention that describes its study ("a trial of 403 patients ..., as reported by the
  Harvard Gazette") is searched for that study, and the study found by its topic is the record
  (`study_behind_report`);
- DOI found, record unusable (nothing to compare, or no title for a citation naming one) ->
  `unverifiable` (`malformed_record`);
- DOI found, same work -> `verified` / `metadata_mismatch`; same authors but the title names
  another work that a search confirmed -> `wrong_doi`;
- DOI found, another work -> search: confirmed -> `wrong_doi` (+`suggested_doi`, a `doi` field
  check and every other field that differs from the work found), else `not_found` when the search
  was authoritative, else `unverifiable`;
- DOI absent -> agency: unregistered (doi.org's own answer) -> search as above, `not_found`
  whatever the work's type when the authoritative search finds nothing; another agency ->
  `unverifiable`/`other_agency`; registered at Crossref, failed or unknown -> `unverifiable`;
- DOI lookup failed/offline/unknown -> a search may still confirm the same DOI; a search
  match under a DOI one slip away from the cited one (`mistyped_doi`), at the cited pages,
  -> `wrong_doi`; else `unverifiable` (with the work found as a suggestion);
- no DOI -> the best search candidate its fields confirm (a mention's: the fields it names and
  its sentence's topic, `mention_match`; two candidates that fit it equally confirm nothing), or
  `not_found` only for a journal article named by a title after an authoritative search.
A failure, an offline run, a malformed answer or a partial snapshot never supports `not_found`.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import ascii_lowercase

from citecheck.doi import mistyped_doi, one_edit
from citecheck.extraction.reflist import without_item_notes
from citecheck.models import Cited, FieldCheck, Reason, Reference, SourceName, Verdict
from citecheck.resolution.records import CORE_FIELDS
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    SearchResult,
    Work,
)
from citecheck.verification.alignment import align_cited, numbers_support
from citecheck.verification.compare import (
    TITLE_OK,
    check_for,
    compare_fields,
    work_journal_names,
)
from citecheck.verification.mention import MentionFit, mention_fit, reference_topic
from citecheck.verification.normalize import latin_script, parse_pages
from citecheck.verification.queries import (
    has_specific_claim,
    non_article_kind,
    searchable,
    studies_behind_report,
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
_MINOR_REASON_FIELDS = {"year_off_by_one": "year", "authors_spelling": "authors"}


@dataclass(frozen=True)
class Evidence:
    """Every answer gathered for one reference, in the order they were asked."""

    doi: str | None = None  # the cited DOI, normalised
    doi_result: DoiResult | None = None
    agency: AgencyResult | None = None
    searches: tuple[SearchResult, ...] = ()
    queries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Candidate:
    work: Work
    cited: Cited  # what the citation says, read with this work in hand
    checks: list[FieldCheck]
    source: SourceName | None
    strength: float
    fit: MentionFit | None = None  # how the work fits a mention's topic (mentions only)


@dataclass(frozen=True)
class SearchOutcome:
    match: Candidate | None
    authoritative: bool
    problem: LookupStatus | None  # the worst non-answer met, for the reason
    detail: str | None
    source: SourceName | None
    malformed: bool = False


def reading(ref: Reference, work: Work) -> Cited:
    """What a reference-list entry says, read with `work` in hand (see `alignment.py`); a BibTeX
    entry's or an in-text mention's fields are taken as they are."""
    if ref.origin != "reference_list" or not ref.raw:
        return ref.cited
    raw = without_item_notes(ref.raw)
    return align_cited(raw, ref.cited, work.record, work_journal_names(work.record))


def title_unlike(checks: list[FieldCheck]) -> bool:
    """Is the cited title unlike the work's (below TITLE_OK), so that it may name another work?
    A title that is the work's with one word changed is a title mismatch, not a reason to look
    for another work."""
    return any(c.field == "title" and c.found is not None and c.score < TITLE_OK for c in checks)


def record_problem(cited: Cited, work: Work) -> str | None:
    """Why this record cannot confirm the citation whatever its fields, or None."""
    record = work.record
    if not record.doi or not (record.title or record.authors or record.journal or record.year):
        return "the record has nothing to compare (no title, author, journal or date)"
    if cited.title and not record.title:
        return "the record has no usable title to compare with the cited one"
    core = [p for p in record.problems if p.startswith(CORE_FIELDS)]
    if core:
        return "its " + "; ".join(core)
    return None


def candidate(ref: Reference, work: Work, source: SourceName | None) -> Candidate | None:
    """`work` as the cited work, when its fields confirm it; else None."""
    cited = reading(ref, work)
    if record_problem(cited, work) is not None:
        return None
    checks = compare_fields(cited, work.record)
    if is_mention(ref):
        return _mention_candidate(ref, work, source, cited, checks)
    confirmed = confirms(checks)
    if not confirmed and not (
        ref.origin == "reference_list" and numbers_support(ref.raw, work.record)
    ):
        return None
    return Candidate(
        work=work, cited=cited, checks=checks, source=source, strength=candidate_strength(checks)
    )


def is_mention(ref: Reference) -> bool:
    """A narrative or news mention: no title, so its sentence's topic identifies the work."""
    return ref.origin == "in_text" and not ref.cited.title and bool(reference_topic(ref))


# the kinds of record a mention's "study" can be (Crossref also files reviews of an article,
# its figures and its supplements under the article's title)
_STUDY_TYPES = frozenset({"journal-article"})


def _mention_candidate(
    ref: Reference, work: Work, source: SourceName | None, cited: Cited, checks: list[FieldCheck]
) -> Candidate | None:
    """`work` as the work a mention describes: every field the mention names agrees (journal,
    authors; the year exactly, as one of the work's dates) and the work's title fits the
    sentence's topic (`mention.py`). Three named
    fields that all agree (authors, year and journal) identify a work without the topic."""
    if work.record.type is not None and work.record.type not in _STUDY_TYPES:
        return None
    named = [check_for(checks, field) for field in ("journal", "year", "authors")]
    stated = [check for check in named if check is not None and check.cited is not None]
    if any(check.found is None or not check.ok for check in stated):
        return None  # a named field the record lacks or contradicts
    year = check_for(checks, "year")
    if year is not None and year.cited is not None and year.score < 1.0:
        # a year off by one is forgiven in a reference list, whose title identifies the work; a
        # mention has only its topic, and a neighbouring year's paper on it is another paper
        return None
    fit = mention_fit(reference_topic(ref), work)
    if len(stated) < 3 and not fit.enough(report=not stated):
        return None
    strength = candidate_strength(checks) + fit.support + fit.coverage + 0.1 * fit.in_abstract
    return Candidate(work, cited, checks, source, strength, fit)


def best_candidate(ref: Reference, result: SearchResult) -> Candidate | None:
    best: Candidate | None = None
    tied = False
    for work in result.works:
        found = candidate(ref, work, result.source)
        if found is None:
            continue
        if best is not None and found.fit is not None and _tie(found, best):
            tied = True
        if best is None or found.strength > best.strength:
            best = found
            tied = False
    # two works fit a mention equally well: it does not say which it means
    return None if tied else best


def _tie(one: Candidate, other: Candidate) -> bool:
    if one.fit is None or other.fit is None:
        return False
    return (
        one.fit.support == other.fit.support
        and one.fit.in_abstract == other.fit.in_abstract
        and abs(one.fit.coverage - other.fit.coverage) < 0.1
    )


def _malformed(result: SearchResult) -> bool:
    """Does the answer hold items that do not fit Crossref's schema? Then "no candidate
    matched" is not evidence, though a well-formed candidate may still be confirmed."""
    return result.malformed or any(
        not w.record.doi or any(p.startswith(CORE_FIELDS) for p in w.record.problems)
        for w in result.works
    )


def search_outcome(ref: Reference, evidence: Evidence) -> SearchOutcome | None:
    """What the searches in `evidence` established (None when none was made)."""
    if not evidence.searches and not evidence.queries:
        return None
    authoritative = bool(evidence.searches)
    problem: LookupStatus | None = None
    detail: str | None = None
    source: SourceName | None = None
    malformed = False
    for result in evidence.searches:
        source = source or result.source
        answered = result.status in (LookupStatus.FOUND, LookupStatus.ABSENT)
        if _malformed(result):
            # an answer that does not fit the schema is a fault, never "nothing matched"
            answered, malformed = False, True
            problem = problem or LookupStatus.FAILED
            detail = detail or result.detail or "the search answer did not fit Crossref's schema"
        if not answered or not result.authoritative:
            authoritative = False
            if not answered:
                problem = problem or result.status
                detail = detail or result.detail
            elif problem is None:
                problem = LookupStatus.UNKNOWN
        match = best_candidate(ref, result)
        if match is not None:
            return SearchOutcome(match, authoritative, problem, detail, match.source, malformed)
    return SearchOutcome(None, authoritative, problem, detail, source, malformed)


def doi_reading(ref: Reference, result: DoiResult | None) -> tuple[Cited, list[FieldCheck]] | None:
    """The citation read against the record its DOI resolved to, and the field checks."""
    if result is None or result.status != LookupStatus.FOUND or result.work is None:
        return None
    cited = reading(ref, result.work)
    if record_problem(cited, result.work) is not None:
        return None
    return cited, compare_fields(cited, result.work.record)


def looked_up(ref: Reference) -> bool:
    """Is the reference looked up at all? Web pages and institutions' own publications are
    not scholarly works; a news report is not either, but the study it describes may be."""
    return ref.work_kind not in NON_SCHOLARLY or studies_behind_report(ref)


def wants_search(ref: Reference, evidence: Evidence) -> bool:
    """Does the decision need a search, given the answers so far? (for the gatherer)"""
    if not looked_up(ref):
        return False
    if evidence.doi is None:
        return searchable(ref)
    result = evidence.doi_result
    if result is None:
        return False
    if result.status == LookupStatus.FOUND and result.work is not None:
        read = doi_reading(ref, result)
        if read is None:
            return False
        checks = read[1]
        if not same_work(checks):
            return True
        title_failed = title_unlike(checks)
        return title_failed and has_specific_claim(ref)
    if result.status == LookupStatus.ABSENT:
        agency = evidence.agency
        if agency is None or agency.status == LookupStatus.FOUND:
            return False
        # unregistered, or the agency went unanswered: either way the search may find the work
        return agency.status == LookupStatus.ABSENT or searchable(ref)
    return searchable(ref)


def wants_agency(evidence: Evidence) -> bool:
    result = evidence.doi_result
    return evidence.doi is not None and result is not None and result.status == LookupStatus.ABSENT


# --- the decision ----------------------------------------------------------------------


def _status_reason(
    status: LookupStatus, what: str, detail: str | None = None, *, malformed: bool = False
) -> Reason:
    suffix = f" ({detail})" if detail else ""
    if malformed:
        return Reason(
            code="malformed_record",
            message=f"{what}: the answer did not fit Crossref's schema, so it is no "
            f"evidence either way{suffix}",
        )
    code, message = _STATUS_REASON.get(status, ("network", "the lookup gave no usable answer"))
    return Reason(code=code, message=f"{what}: {message}{suffix}")


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
    record = work.record if work is not None else None
    retraction = record.notice if record is not None else None
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
    if record is not None and record.problems:
        reasons = [
            *reasons,
            Reason(
                code="record_fields_dropped",
                message="fields of the record that did not fit Crossref's schema were "
                "ignored: " + "; ".join(record.problems),
            ),
        ]
    return ref.model_copy(
        update={
            "verdict": verdict,
            "reasons": reasons,
            "confidence": round(max(0.0, min(1.0, confidence)), 3),
            "record": record,
            "field_checks": checks or [],
            "suggested_doi": suggested_doi,
            "retraction": retraction,
            "source": source,
            "cited": cited if cited is not None else ref.cited,
        }
    )


def _search_match_reason(match: Candidate) -> Reason:
    return Reason(
        code="search_match",
        message=f"search found {match.work.record.doi}, confirmed by its fields",
    )


def _wrong_doi(ref: Reference, doi: str, why: Reason, match: Candidate) -> Reference:
    """The cited DOI is not the cited work's; the work found is. Every field of the citation
    that differs from the work found is listed too, so that an invented title is not quietly
    "fixed" by swapping the DOI."""
    judged = judge_fields(match.checks)
    reasons = [
        why,
        _search_match_reason(match),
        *[r for r in judged.reasons if r.code != "fields_agree"],
    ]
    doi_check = FieldCheck(field="doi", cited=doi, found=match.work.record.doi, score=0.0, ok=False)
    return _finish(
        ref,
        Verdict.WRONG_DOI,
        reasons,
        judged.confidence,
        work=match.work,
        checks=[doi_check, *match.checks],
        suggested_doi=match.work.record.doi,
        source=match.source,
        cited=match.cited,
    )


def _confirmed(ref: Reference, match: Candidate, first: list[Reason] | None = None) -> Reference:
    judged = judge_fields(match.checks)
    return _finish(
        ref,
        judged.verdict,
        [*(first or []), _search_match_reason(match), *judged.reasons],
        judged.confidence,
        work=match.work,
        checks=match.checks,
        source=match.source,
        cited=match.cited,
    )


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


def _search_failed(ref: Reference, outcome: SearchOutcome | None, first: list[Reason]) -> Reference:
    problem = outcome.problem if outcome is not None else None
    reason = _status_reason(
        problem or LookupStatus.UNKNOWN,
        "search for the cited work",
        outcome.detail if outcome is not None else None,
        malformed=outcome is not None and outcome.malformed,
    )
    source = outcome.source if outcome is not None else None
    return _finish(ref, Verdict.UNVERIFIABLE, [*first, reason], 0.0, source=source)


_NO_MATCH = Reason(
    code="search_no_match",
    message="a search of Crossref confirmed no work matching the citation",
)


_TOO_LITTLE = Reason(
    code="too_little_to_search",
    message="the citation names no title, so failing to find it is not evidence "
    "that it does not exist",
)


def _too_little(ref: Reference) -> list[Reason]:
    """Why a search that found nothing says nothing about a citation too thin to be sure of,
    said truly: "names no title" only when no title was read. A titled one is too short to
    single out a work ("Intravenous Anesthetics"), or reads as no journal article."""
    title = " ".join((ref.cited.title or "").split())
    if not title:
        return [_TOO_LITTLE]
    partial = _partial_coverage(ref)
    if has_specific_claim(ref):
        why = "too little beside its title to be sure it names a scholarly work"
    else:
        shown = title if len(title) <= _TITLE_SHOWN else title[: _TITLE_SHOWN - 1] + "…"
        why = f"a title too short to single out one work (“{shown}”)"
    reason = Reason(
        code="too_little_to_search",
        message=f"the citation gives {why}, so failing to find it is not evidence that it "
        "does not exist",
    )
    return [partial, reason] if partial is not None else [reason]


_TITLE_SHOWN = 80  # characters of a short title quoted in a reason


def _after_bad_doi(ref: Reference, evidence: Evidence, doi: str, why: Reason) -> Reference:
    """The cited DOI identifies another work or nothing: is the cited work elsewhere?"""
    outcome = search_outcome(ref, evidence)
    match = outcome.match if outcome is not None else None
    if match is not None and match.work.record.doi != doi:
        return _wrong_doi(ref, doi, why, match)
    if outcome is not None and outcome.authoritative:
        # doi.org's own "DOI does not exist" covers every agency (DataCite, mEDRA...), so it is
        # evidence whatever the work's type; only "names another work" leans on the search,
        # and Crossref's search holds only some books, preprints and reports
        partial = None if why.code == "doi_unregistered" else _partial_coverage(ref)
        if partial is not None:
            return _finish(
                ref, Verdict.UNVERIFIABLE, [why, _NO_MATCH, partial], 0.0, source=outcome.source
            )
        if why.code == "doi_other_work" and not (
            has_specific_claim(ref) and ref.work_kind == "scholarly"
        ):
            # a DOI of another work and a citation with no title to search on: a misread
            # entry looks just like this, so nothing here says the cited work does not exist
            return _finish(
                ref,
                Verdict.UNVERIFIABLE,
                [why, _NO_MATCH, *_too_little(ref)],
                0.0,
                source=outcome.source,
            )
        return _finish(ref, Verdict.NOT_FOUND, [why, _NO_MATCH], 0.9, source=outcome.source)
    return _search_failed(ref, outcome, [why])


def _decide_found_doi(ref: Reference, evidence: Evidence, doi: str, result: DoiResult) -> Reference:
    assert result.work is not None
    work = result.work
    cited = reading(ref, work)
    problem = record_problem(cited, work)
    if problem is not None:
        reason = Reason(
            code="malformed_record",
            message=f"{doi} resolves, but {problem}, so it confirms nothing",
        )
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0, source=result.source)
    checks = compare_fields(cited, work.record)
    if same_work(checks):
        title_elsewhere: Reason | None = None
        title_failed = title_unlike(checks)
        if title_failed and has_specific_claim(ref):
            # right authors and year, wrong title: maybe the title names another work
            outcome = search_outcome(ref, evidence)
            match = outcome.match if outcome is not None else None
            if match is not None and match.work.record.doi != doi:
                if _fields_agreeing(match.checks) >= _fields_agreeing(checks):
                    why = Reason(
                        code="doi_other_work",
                        message=f"{doi} is a different work by the same authors",
                    )
                    return _wrong_doi(ref, doi, why, match)
                # only the title is the other work's: the authors, volume and pages cited
                # are the DOI's work, so that is the work cited, with a wrong title
                agreeing = ", ".join(_agreeing_fields(checks))
                title_elsewhere = Reason(
                    code="title_of_other_work",
                    message=f"the cited title is that of {match.work.record.doi} "
                    f"({match.work.record.title!r}), but the cited {agreeing} are those "
                    f"of {doi}: check which work is meant",
                )
        judged = judge_fields(checks)
        resolves = Reason(code="doi_resolves", message=_where_resolved(doi, result.source))
        return _finish(
            ref,
            judged.verdict,
            [resolves, *judged.reasons, *([title_elsewhere] if title_elsewhere else [])],
            judged.confidence,
            work=work,
            checks=checks,
            source=result.source,
            cited=cited,
        )
    other = Reason(
        code="doi_other_work", message=f"{doi} identifies another work: {work.record.title!r}"
    )
    return _after_bad_doi(ref, evidence, doi, other)


def _where_resolved(doi: str, source: SourceName | None) -> str:
    """Say where the DOI's record came from: a local snapshot (which the user may have built)
    or an earlier answer is no word from Crossref today."""
    if source == "snapshot":
        return f"{doi} resolves in the local snapshot"
    if source == "cache":
        return f"{doi} resolved at Crossref (a cached answer)"
    return f"{doi} is registered at Crossref"


# the fields besides the title that say which work a citation means
_WORK_FIELDS = ("authors", "year", "journal", "volume", "issue", "pages")


def _agreeing_fields(checks: list[FieldCheck]) -> list[str]:
    """The citation's fields (besides its title) a work's record bears out."""
    return [c.field for c in checks if c.field in _WORK_FIELDS and c.found is not None and c.ok]


def _fields_agreeing(checks: list[FieldCheck]) -> int:
    return len(_agreeing_fields(checks))


def _decide_absent_doi(
    ref: Reference, evidence: Evidence, doi: str, result: DoiResult
) -> Reference:
    agency = evidence.agency or AgencyResult(status=LookupStatus.UNKNOWN)
    if agency.status == LookupStatus.ABSENT:
        why = Reason(code="doi_unregistered", message=f"{doi} is not a registered DOI")
        return _after_bad_doi(ref, evidence, doi, why)
    if agency.status == LookupStatus.FOUND and agency.agency and agency.agency != "crossref":
        reason = Reason(
            code="other_agency",
            message=f"{doi} is registered with {agency.agency}, not Crossref",
        )
    elif agency.status == LookupStatus.FOUND:
        reason = Reason(
            code="network",
            message=f"{doi} is registered at Crossref but its "
            "record could not be read (transient 404)",
        )
    else:
        # absent from the record source but its agency unanswered: the DOI went unchecked, yet a
        # search finding the work one slip away is evidence on its own, as for an unanswered DOI
        why = _status_reason(agency.status, f"registration agency of {doi}", agency.detail)
        return _decide_unchecked_doi(ref, evidence, doi, why, result)
    return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0, source=result.source)


def _decide_unanswered_doi(
    ref: Reference, evidence: Evidence, doi: str, result: DoiResult
) -> Reference:
    why = _status_reason(
        result.status, f"DOI {doi}", result.detail, malformed=bool(result.malformed)
    )
    return _decide_unchecked_doi(ref, evidence, doi, why, result)


def _decide_unchecked_doi(
    ref: Reference, evidence: Evidence, doi: str, why: Reason, result: DoiResult
) -> Reference:
    """A cited DOI no answer settled: the search decides whether it is a copying slip."""
    outcome = search_outcome(ref, evidence)
    match = outcome.match if outcome is not None else None
    if match is not None and match.work.record.doi == doi:
        return _confirmed(ref, match)
    if match is not None and mistyped_doi(doi, match.work.record.doi) and _same_pages(match.checks):
        # the search's match is the evidence (never the unanswered lookup): the cited work is
        # at a DOI one slip away from the cited one, so the cited DOI is a copying error
        slip = Reason(
            code="doi_mistyped",
            message=f"{doi} is the work's DOI {match.work.record.doi} with one character "
            f"changed, added or dropped, or two swapped (a copying slip); {doi} itself went "
            f"unchecked: {why.message.split(': ', 1)[-1]}",
        )
        return _wrong_doi(ref, doi, slip, match)
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
            suggested_doi=match.work.record.doi,
            source=match.source,
            cited=match.cited,
        )
    return _finish(ref, Verdict.UNVERIFIABLE, [why], 0.0, source=result.source)


def _same_pages(checks: list[FieldCheck]) -> bool:
    """Do the cited pages (and volume, issue) match the work found? Neighbours in one issue
    (a paper's part 1 and part 2, an erratum) have DOIs one keystroke apart and titles the
    search confirms; only their pages tell them apart, so a citation without pages is never
    enough to call its unchecked DOI a slip."""
    pages = check_for(checks, "pages")
    if pages is None or pages.found is None:
        return False
    if not pages.ok and not pages_slip(pages.cited, pages.found):
        return False
    return all(c.ok for c in checks if c.field in ("volume", "issue") and c.found is not None)


def pages_slip(cited: str | None, found: str | None) -> bool:
    """Are the cited pages the work's own with one slip of the pen ("1495-1472" for
    "1459-1472")? Both are ranges sharing their first or their last page, and the other page
    is one keystroke away. Articles in one issue never overlap beyond a boundary page, so no
    other article's range is this close; an article number ("e33693") is never read so, as
    neighbouring articles' numbers are one keystroke apart. Nor is a shared first page 1 ("1-11"
    and "1-10", "S1-S10"): journals that number each article from 1 give every article it."""
    a, b = parse_pages(cited), parse_pages(found)
    if a is None or b is None or a[1] is None or b[1] is None or a == b:
        return False
    if a[0] == b[0]:
        if a[0].lstrip(ascii_lowercase).lstrip("0") == "1":
            return False
        return one_edit(a[1], b[1])
    return a[1] == b[1] and one_edit(a[0], b[0])


# a mention names no title: however well a work fits it, the match is less sure than a title's
_MENTION_CONFIDENCE = 0.5
_REPORT_CONFIDENCE = 0.4


def _mention_confirmed(ref: Reference, match: Candidate) -> Reference:
    """A mention's work, confirmed by the fields it names and its sentence's topic."""
    assert match.fit is not None
    record = match.work.record
    judged = judge_fields(match.checks)
    named = [c.field for c in match.checks if c.found is not None and c.ok]
    fields = f"its {' and '.join(named)} agree with the mention and " if named else ""
    if ref.work_kind == "news":
        base = _REPORT_CONFIDENCE
        reason = Reason(
            code="study_behind_report",
            message=f"search found {record.doi} as the study the report describes: "
            f"{match.fit.describe()}",
        )
    else:
        base = _MENTION_CONFIDENCE
        reason = Reason(
            code="mention_match",
            message=f"search found {record.doi} as the work the mention describes: "
            f"{fields}{match.fit.describe()}",
        )
    reasons = [reason, *(r for r in judged.reasons if r.code != "fields_agree")]
    confidence = min(judged.confidence, base + 0.4 * match.fit.coverage)
    return _finish(
        ref,
        judged.verdict,
        reasons,
        confidence,
        work=match.work,
        checks=match.checks,
        source=match.source,
        cited=match.cited,
    )


def _decide_without_doi(ref: Reference, evidence: Evidence) -> Reference:
    if not searchable(ref):
        reason = Reason(
            code="too_little_to_search",
            message="the citation gives no DOI and too little to search on",
        )
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0)
    outcome = search_outcome(ref, evidence)
    match = outcome.match if outcome is not None else None
    if match is not None and match.fit is not None:
        return _mention_confirmed(ref, match)
    if match is not None:
        return _confirmed(ref, match)
    if ref.work_kind in NON_SCHOLARLY:
        # a news report whose study was not found: the report itself is still no scholarly work
        reason = Reason(
            code="not_scholarly",
            message=f"{NON_SCHOLARLY[ref.work_kind]}, not a scholarly work; no study matching "
            "what the sentence says was confirmed",
        )
        source = outcome.source if outcome is not None else None
        failed = [] if outcome is None or outcome.authoritative else [
            _status_reason(outcome.problem or LookupStatus.UNKNOWN, "search for the study",
                           outcome.detail, malformed=outcome.malformed)
        ]  # fmt: skip
        return _finish(ref, Verdict.UNVERIFIABLE, [reason, *failed], 0.0, source=source)
    if outcome is None or not outcome.authoritative:
        return _search_failed(ref, outcome, [])
    if has_specific_claim(ref) and ref.work_kind == "scholarly":
        partial = _partial_coverage(ref) or _journal_other_script(ref)
        if partial is not None:
            return _finish(
                ref, Verdict.UNVERIFIABLE, [_NO_MATCH, partial], 0.0, source=outcome.source
            )
        return _finish(ref, Verdict.NOT_FOUND, [_NO_MATCH], 0.85, source=outcome.source)
    return _finish(
        ref, Verdict.UNVERIFIABLE, [_NO_MATCH, *_too_little(ref)], 0.0, source=outcome.source
    )


def _journal_other_script(ref: Reference) -> Reason | None:
    """A journal named in another script than Latin: Crossref holds only some of these
    journals, so a search that finds no such article, with no DOI cited, is no evidence it
    does not exist. (An unregistered DOI is evidence of its own, decided elsewhere.)"""
    journal = ref.cited.journal
    if not journal or latin_script(journal):
        return None
    return Reason(
        code="journal_other_script",
        message=f"the citation names a journal written in another script ({journal}); "
        "Crossref holds only some of these, so not finding it is no evidence that it does not "
        "exist",
    )


def decide(ref: Reference, evidence: Evidence) -> Reference:
    """The reference with verdict, reasons, confidence, record, field checks and retraction."""
    if not looked_up(ref):
        reason = Reason(
            code="not_scholarly", message=f"{NON_SCHOLARLY[ref.work_kind]}, not a scholarly work"
        )
        return _finish(ref, Verdict.UNVERIFIABLE, [reason], 0.0)
    doi = evidence.doi
    if doi is None:
        return _decide_without_doi(ref, evidence)
    result = evidence.doi_result or DoiResult(status=LookupStatus.UNKNOWN)
    if result.status == LookupStatus.FOUND and result.work is not None:
        return _decide_found_doi(ref, evidence, doi, result)
    if result.status == LookupStatus.ABSENT:
        return _decide_absent_doi(ref, evidence, doi, result)
    return _decide_unanswered_doi(ref, evidence, doi, result)
