"""decide(reference, evidence) as a table: the same answers always give the same verdict.

Records are built from Crossref-shaped messages of a SYNTHETIC work (DOI prefix 10.5555) through
the same boundary parser the clients use; malformed answers are those a hostile server sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.records import (
    record_from_message,
    search_items_problem,
    work_message_problem,
)
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    SearchResult,
    Work,
)
from citecheck.verification.decide import Evidence, decide

DOI = "10.5555/synthetic-1"
OTHER = "10.5555/synthetic-2"
MESSAGE: dict[str, Any] = {
    "DOI": DOI,
    "type": "journal-article",
    "title": ["Low-dose ketamine for treatment-resistant anxiety in adults"],
    "author": [{"family": "Lindqvist", "given": "A"}, {"family": "Okafor", "given": "B"}],
    "container-title": ["Journal of Synthetic Psychiatry"],
    "short-container-title": ["J Synth Psychiatry"],
    "volume": "12",
    "issue": "3",
    "page": "145-152",
    "issued": {"date-parts": [[2021, 4]]},
}
OTHER_MESSAGE: dict[str, Any] = {
    **MESSAGE,
    "DOI": OTHER,
    "title": ["Esketamine nasal spray in older adults with depression"],
    "author": [{"family": "Haddad", "given": "C"}, {"family": "Nguyen", "given": "D"}],
    "page": "200-209",
}


def work(message: dict[str, Any]) -> Work:
    return Work(record=record_from_message(message), message=message)


def ref(**changes: Any) -> Reference:
    cited = Cited(
        title=MESSAGE["title"][0],
        authors=["Lindqvist", "Okafor"],
        year=2021,
        journal="J Synth Psychiatry",
        volume="12",
        issue="3",
        pages="145-52",
        doi=DOI,
    ).model_copy(update=changes)
    return Reference(id="ref-1", origin="bib", raw="@article{x}", cited=cited)


def found(message: dict[str, Any]) -> DoiResult:
    return DoiResult(status=LookupStatus.FOUND, work=work(message), source="crossref-api")


def searched(*messages: dict[str, Any], authoritative: bool = True) -> tuple[SearchResult, ...]:
    status = LookupStatus.FOUND if messages else LookupStatus.ABSENT
    return (
        SearchResult(
            status=status,
            works=[work(m) for m in messages],
            source="crossref-api",
            authoritative=authoritative,
        ),
    )


ABSENT = DoiResult(status=LookupStatus.ABSENT, source="crossref-api")
NO_AGENCY = AgencyResult(status=LookupStatus.ABSENT)


@dataclass
class Row:
    name: str
    ref: Reference
    evidence: Evidence
    verdict: Verdict
    codes: tuple[str, ...] = ()


TABLE = [
    Row("exact", ref(), Evidence(doi=DOI, doi_result=found(MESSAGE)), Verdict.VERIFIED,
        ("doi_resolves", "fields_agree")),
    Row("wrong pages", ref(pages="146-152"), Evidence(doi=DOI, doi_result=found(MESSAGE)),
        Verdict.METADATA_MISMATCH, ("pages_differ",)),
    Row("doi of another work, found by search", ref(doi=OTHER),
        Evidence(doi=OTHER, doi_result=found(OTHER_MESSAGE), searches=searched(MESSAGE),
                 queries=("q",)),
        Verdict.WRONG_DOI, ("doi_other_work", "search_match")),
    Row("doi of another work, nothing found", ref(doi=OTHER),
        Evidence(doi=OTHER, doi_result=found(OTHER_MESSAGE), searches=searched(),
                 queries=("q",)),
        Verdict.NOT_FOUND, ("doi_other_work", "search_no_match")),
    Row("doi of another work, no title to search on", ref(doi=OTHER, title=None),
        Evidence(doi=OTHER, doi_result=found(OTHER_MESSAGE), searches=searched(),
                 queries=("q",)),
        Verdict.UNVERIFIABLE, ("doi_other_work", "search_no_match", "too_little_to_search")),
    Row("doi of another work, search failed", ref(doi=OTHER),
        Evidence(doi=OTHER, doi_result=found(OTHER_MESSAGE),
                 searches=(SearchResult(status=LookupStatus.FAILED),), queries=("q",)),
        Verdict.UNVERIFIABLE, ("doi_other_work", "network")),
    Row("unregistered doi, no search answer", ref(doi="10.5555/none"),
        Evidence(doi="10.5555/none", doi_result=ABSENT, agency=NO_AGENCY),
        Verdict.UNVERIFIABLE, ("doi_unregistered",)),
    Row("unregistered doi, real work found", ref(doi="10.5555/none"),
        Evidence(doi="10.5555/none", doi_result=ABSENT, agency=NO_AGENCY,
                 searches=searched(MESSAGE), queries=("q",)),
        Verdict.WRONG_DOI, ("doi_unregistered", "search_match")),
    Row("other agency", ref(doi="10.5555/dc"),
        Evidence(doi="10.5555/dc", doi_result=ABSENT,
                 agency=AgencyResult(status=LookupStatus.FOUND, agency="datacite")),
        Verdict.UNVERIFIABLE, ("other_agency",)),
    Row("offline doi", ref(),
        Evidence(doi=DOI, doi_result=DoiResult(status=LookupStatus.OFFLINE)),
        Verdict.UNVERIFIABLE, ("offline",)),
    # a search match is evidence, the unanswered lookup never: a DOI one slip from the work's
    # is a copying error; any other DOI may be an alias or a preprint's, so it stays open
    Row("offline doi one slip from the work found by search", ref(doi="10.5555/synthteic-1"),
        Evidence(doi="10.5555/synthteic-1", doi_result=DoiResult(status=LookupStatus.OFFLINE),
                 searches=searched(MESSAGE), queries=("q",)),
        Verdict.WRONG_DOI, ("doi_mistyped", "search_match")),
    Row("doi not in a partial snapshot, one digit off the work's", ref(doi="10.5555/synthetic-7"),
        Evidence(doi="10.5555/synthetic-7", doi_result=DoiResult(status=LookupStatus.UNKNOWN),
                 searches=searched(MESSAGE, authoritative=False), queries=("q",)),
        Verdict.WRONG_DOI, ("doi_mistyped", "search_match")),
    Row("failed doi, work found under an unrelated doi", ref(doi="10.1101/2021.01.01.1"),
        Evidence(doi="10.1101/2021.01.01.1", doi_result=DoiResult(status=LookupStatus.FAILED),
                 searches=searched(MESSAGE), queries=("q",)),
        Verdict.UNVERIFIABLE, ("network", "search_match_other_doi")),
    Row("failed doi, search confirms it", ref(),
        Evidence(doi=DOI, doi_result=DoiResult(status=LookupStatus.FAILED),
                 searches=searched(MESSAGE), queries=("q",)),
        Verdict.VERIFIED, ("search_match",)),
    Row("no doi, found", ref(doi=None), Evidence(searches=searched(OTHER_MESSAGE, MESSAGE),
                                                 queries=("q",)),
        Verdict.VERIFIED, ("search_match",)),
    Row("no doi, authoritative nothing", ref(doi=None),
        Evidence(searches=searched(OTHER_MESSAGE), queries=("q",)),
        Verdict.NOT_FOUND, ("search_no_match",)),
    Row("no doi, partial snapshot", ref(doi=None),
        Evidence(searches=searched(OTHER_MESSAGE, authoritative=False), queries=("q",)),
        Verdict.UNVERIFIABLE, ("not_in_snapshot",)),
    Row("web page", ref().model_copy(update={"work_kind": "web_page"}), Evidence(),
        Verdict.UNVERIFIABLE, ("not_scholarly",)),
    # malformed answers are faults, never evidence
    Row("doi answered with an empty message", ref(),
        Evidence(doi=DOI, doi_result=found({})), Verdict.UNVERIFIABLE, ("malformed_record",)),
    Row("doi record whose title is a number", ref(),
        Evidence(doi=DOI, doi_result=found({**MESSAGE, "title": [12345]})),
        Verdict.UNVERIFIABLE, ("malformed_record",)),
    Row("search items without a DOI", ref(doi=None),
        Evidence(searches=searched({"title": ["x"]}), queries=("q",)),
        Verdict.UNVERIFIABLE, ("malformed_record",)),
    Row("search answer flagged malformed by the client", ref(doi=None),
        Evidence(searches=(SearchResult(status=LookupStatus.FAILED, malformed=True,
                                        detail="a search item is a string"),),
                 queries=("q",)),
        Verdict.UNVERIFIABLE, ("malformed_record",)),
    Row("search record whose title is a number", ref(doi=None),
        Evidence(searches=searched({**MESSAGE, "title": 7}), queries=("q",)),
        Verdict.UNVERIFIABLE, ("malformed_record",)),
    Row("a well-formed candidate beside a malformed item", ref(doi=None),
        Evidence(searches=searched({"title": ["x"]}, MESSAGE), queries=("q",)),
        Verdict.VERIFIED, ("search_match",)),
    Row("wrongly typed relation and updated-by", ref(),
        Evidence(doi=DOI, doi_result=found(
            {**MESSAGE, "relation": ["is-retracted-by"], "updated-by": "soon",
             "published-print": {"date-parts": "2021"}})),
        Verdict.VERIFIED, ("fields_agree", "record_fields_dropped")),
]  # fmt: skip


@pytest.mark.parametrize("row", TABLE, ids=[row.name for row in TABLE])
def test_decide(row: Row) -> None:
    out = decide(row.ref, row.evidence)
    codes = [r.code for r in out.reasons]
    assert out.verdict == row.verdict, codes
    for code in row.codes:
        assert code in codes


def test_decide_is_pure() -> None:
    row = TABLE[2]
    assert decide(row.ref, row.evidence) == decide(row.ref, row.evidence)


def test_wrong_doi_lists_every_other_field_that_differs() -> None:
    invented = ref(doi=OTHER, title="Low-dose ketamine for anxiety in adults: a pilot", pages="1-9")
    out = decide(
        invented,
        Evidence(
            doi=OTHER, doi_result=found(OTHER_MESSAGE), searches=searched(MESSAGE), queries=("q",)
        ),
    )
    assert out.verdict == Verdict.WRONG_DOI and out.suggested_doi == DOI
    failed = {c.field for c in out.field_checks if not c.ok}
    assert {"doi", "pages"} <= failed
    assert "pages_differ" in [r.code for r in out.reasons]


def test_a_record_without_a_title_never_confirms_a_titled_citation() -> None:
    untitled = {k: v for k, v in MESSAGE.items() if k != "title"}
    out = decide(ref(), Evidence(doi=DOI, doi_result=found(untitled)))
    assert out.verdict == Verdict.UNVERIFIABLE


@pytest.mark.parametrize(
    "items",
    [None, {}, [None], ["10.5555/x"], [{"title": ["no doi"]}], [{"DOI": 5, "title": ["x"]}],
     [{"DOI": "10.5555/x", "title": 7}], [{"DOI": "10.5555/x", "author": "Smith"}]],
)  # fmt: skip
def test_malformed_search_items_are_a_fault(items: object) -> None:
    assert search_items_problem(items) is not None


def test_well_formed_answers_pass_the_boundary() -> None:
    assert search_items_problem([MESSAGE, OTHER_MESSAGE]) is None
    assert search_items_problem([]) is None  # an empty list is a real "nothing"
    # an item with nothing to compare fits the schema; it just confirms nothing
    assert search_items_problem([{"DOI": "10.5555/x"}]) is None
    assert work_message_problem(MESSAGE) is None
    assert work_message_problem({}) is not None


def test_wrong_field_types_are_dropped_and_named_not_raised() -> None:
    record = record_from_message(
        {
            **MESSAGE,
            "relation": "is-retracted-by",
            "updated-by": [{"type": "retraction", "updated": {"date-parts": [["soon"]]}}],
            "container-title": 42,
            "volume": {"n": 1},
            "author": "Lindqvist",
        }
    )
    assert record.title == MESSAGE["title"][0]
    assert record.notice is not None and record.notice.kind == "retraction"
    assert record.notice.date is None
    problems = " ".join(record.problems)
    for field in ("relation", "container-title", "volume", "author"):
        assert field in problems
