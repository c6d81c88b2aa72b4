"""PMIDs and PMCIDs resolved to DOIs through E-utilities `esummary`, against stand-ins: what the
client reads and sends, its faults (never "no such record"), the cache, offline runs, and the
verdicts a PMID-bearing reference gets.

Real facts: PMID 10686270 is Berman et al. 2000, "Antidepressant effects of ketamine in depressed
patients", Biol Psychiatry 47:351-354, DOI 10.1016/s0006-3223(99)00230-9 (its Crossref record is
in data/crossref-snapshot.jsonl). Every other id and DOI here is synthetic (10.5555 is Crossref's
test prefix).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.cache import CacheStore
from citecheck.resolution.chain import ChainedSource
from citecheck.resolution.pubmed import RATE_WITH_KEY, RATE_WITHOUT_KEY
from citecheck.resolution.pubmed_ids import PubMedIdClient, id_uid, parse_summary
from citecheck.resolution.source import IdKind, IdResult, LookupStatus
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref, load_messages
from text_stub import TextStub, esummary_doc

ROOT = Path(__file__).resolve().parents[1]
BERMAN_DOI = "10.1016/s0006-3223(99)00230-9"
BERMAN_TITLE = "Antidepressant effects of ketamine in depressed patients"
BERMAN = next(
    m
    for m in load_messages(ROOT / "data/crossref-snapshot.jsonl")
    if m["DOI"].lower() == BERMAN_DOI
)
BERMAN_DOC = esummary_doc(
    "10686270",
    doi="10.1016/s0006-3223(99)00230-9",
    title=f"{BERMAN_TITLE}.",
    authors=("Berman RM", "Cappiello A", "Anand A"),
    journal="Biological psychiatry",
    pubdate="2000 Feb 15",
)
FAST = {"retry_wait": 0.01, "retry_wait_max": 0.02, "timeout": 1.0}


def _envelope(uid: str, entry: dict[str, Any]) -> bytes:
    return json.dumps(
        {"header": {"type": "esummary"}, "result": {"uids": [uid], uid: entry}}
    ).encode()


def _mock(
    answers: list[httpx.Response | Exception], seen: list[httpx.Request]
) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return httpx.MockTransport(handle)


def _resolve(
    answers: list[httpx.Response | Exception],
    kind: IdKind = "pmid",
    value: str = "10686270",
    **options: Any,
) -> tuple[IdResult, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    client = PubMedIdClient(
        base_url="http://ncbi.test/entrez/eutils",
        transport=_mock(answers, seen),
        **{**FAST, **options},
    )

    async def go() -> IdResult:
        try:
            return await client.resolve(kind, value)
        finally:
            await client.aclose()

    return asyncio.run(go()), seen


# --- the client ------------------------------------------------------------------------------


def test_a_pmid_resolves_to_its_doi_and_record() -> None:
    result, seen = _resolve([httpx.Response(200, content=_envelope("10686270", BERMAN_DOC))])
    assert result.status == LookupStatus.FOUND
    assert (result.doi, result.pmid, result.year) == (BERMAN_DOI, "10686270", 2000)
    assert result.authors == ["Berman", "Cappiello", "Anand"]
    assert result.journal == "Biological psychiatry"
    (request,) = seen
    assert request.url.path == "/entrez/eutils/esummary.fcgi"
    assert dict(request.url.params) == {
        "db": "pubmed",
        "id": "10686270",
        "retmode": "json",
        "tool": "citecheck",
    }


def test_a_pmcid_is_asked_of_pmc_by_its_digits() -> None:
    doc = esummary_doc("5877356", doi="10.5555/pmc.one", pmid="29000001", title="A PMC work.")
    result, seen = _resolve(
        [httpx.Response(200, content=_envelope("5877356", doc))], "pmcid", "PMC5877356"
    )
    assert (result.status, result.doi, result.pmid, result.pmcid) == (
        LookupStatus.FOUND,
        "10.5555/pmc.one",
        "29000001",
        "PMC5877356",
    )
    assert seen[0].url.params["db"] == "pmc" and seen[0].url.params["id"] == "5877356"


def test_identification_key_and_rates() -> None:
    body = _envelope("10686270", BERMAN_DOC)
    _, seen = _resolve([httpx.Response(200, content=body)], api_key="k123", email="qa@example.org")
    params = seen[0].url.params
    assert (params["api_key"], params["email"], params["tool"]) == (
        "k123",
        "qa@example.org",
        "citecheck",
    )
    assert "mailto:qa@example.org" in seen[0].headers["User-Agent"]
    assert PubMedIdClient(api_key="k").http.budget.ceiling == RATE_WITH_KEY == 10.0
    assert PubMedIdClient().http.budget.ceiling == RATE_WITHOUT_KEY == 3.0


def test_a_record_without_a_doi_is_found_without_one() -> None:
    doc = esummary_doc("1000001", title="An old paper.")
    result, _ = _resolve([httpx.Response(200, content=_envelope("1000001", doc))], value="1000001")
    assert result.status == LookupStatus.FOUND and result.doi is None
    assert result.title == "An old paper."


def test_an_id_ncbi_does_not_hold_is_absent() -> None:
    entry = {"uid": "99999999", "error": "cannot get document summary"}
    result, _ = _resolve(
        [httpx.Response(200, content=_envelope("99999999", entry))], value="99999999"
    )
    assert result.status == LookupStatus.ABSENT and not result.malformed


@pytest.mark.usefixtures("quick_pace")  # retried at NCBI's published pace: seconds
@pytest.mark.parametrize(
    "answers",
    [
        [httpx.Response(503, text="busy")],
        [httpx.Response(429, headers={"Retry-After": "0"}, text="slow down")],
        [httpx.Response(404, text="not here")],
        [httpx.ReadTimeout("slow")],
        [httpx.ConnectError("refused")],
    ],
    ids=["5xx", "429", "404", "timeout", "refused"],
)
def test_faults_fail_and_are_never_absent(answers: list[httpx.Response | Exception]) -> None:
    result, seen = _resolve(answers)
    assert result.status == LookupStatus.FAILED
    assert seen  # it was asked


@pytest.mark.usefixtures("quick_pace")  # retried at NCBI's published pace: seconds
def test_a_transient_fault_is_retried() -> None:
    ok = httpx.Response(200, content=_envelope("10686270", BERMAN_DOC))
    result, seen = _resolve(
        [httpx.Response(503), httpx.Response(429, headers={"Retry-After": "0"}), ok]
    )
    assert result.status == LookupStatus.FOUND and len(seen) == 3


@pytest.mark.parametrize(
    "body",
    [
        b"<html>proxy error</html>",
        b'{"result": {"uids": ["1',
        json.dumps({"esummaryresult": ["Invalid uid 10686270 at position=0"]}).encode(),
        json.dumps({"error": "API rate limit exceeded", "count": "11"}).encode(),
        _envelope("12345", esummary_doc("12345")),  # another id's record
        _envelope("10686270", {"uid": "10686270", "title": "x", "articleids": "doi"}),
        _envelope("10686270", {"uid": "10686270", "error": {"code": 1}}),
    ],
    ids=["html", "cut", "complaint", "error", "other-uid", "ids-not-list", "odd-error"],
)
def test_malformed_answers_fail_and_are_never_absent(body: bytes) -> None:
    result, _ = _resolve([httpx.Response(200, content=body)])
    assert result.status == LookupStatus.FAILED and result.malformed


def _batch(
    values: list[str], handle: Any, **options: Any
) -> tuple[list[IdResult], list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        response: httpx.Response = handle(request)
        return response

    client = PubMedIdClient(
        base_url="http://ncbi.test/entrez/eutils",
        transport=httpx.MockTransport(record),
        **{**FAST, **options},
    )

    async def go() -> list[IdResult]:
        try:
            return list(await asyncio.gather(*(client.resolve("pmid", v) for v in values)))
        finally:
            await client.aclose()

    return asyncio.run(go()), seen


def _summaries(request: httpx.Request) -> httpx.Response:
    uids = request.url.params["id"].split(",")
    result: dict[str, Any] = {"uids": uids}
    for uid in uids:
        if uid == "424242":
            result[uid] = {"uid": uid, "error": "cannot get document summary"}
        elif uid != "5150":  # 5150: left out of the answer
            result[uid] = esummary_doc(uid, doi=f"10.5555/id.{uid}")
    return httpx.Response(200, json={"header": {}, "result": result})


def test_ids_asked_together_share_one_request() -> None:
    # the batch goes out when full, not on the clock
    results, seen = _batch(["1001", "424242", "5150"], _summaries, max_batch=3, batch_wait=60)
    assert [r.status for r in results] == [
        LookupStatus.FOUND,
        LookupStatus.ABSENT,
        LookupStatus.FAILED,  # an id the answer does not hold: a fault, never "no record"
    ]
    assert [r.value for r in results] == ["1001", "424242", "5150"]
    assert results[0].doi == "10.5555/id.1001" and results[2].malformed
    assert len(seen) == 1 and seen[0].url.params["id"] == "1001,424242,5150"


def test_a_full_batch_goes_at_once_and_the_rest_follows() -> None:
    results, seen = _batch(["1001", "1002", "1003"], _summaries, max_batch=2, batch_wait=0.01)
    assert [r.doi for r in results] == ["10.5555/id.1001", "10.5555/id.1002", "10.5555/id.1003"]
    assert sorted(r.url.params["id"] for r in seen) == ["1001,1002", "1003"]


@pytest.mark.usefixtures("quick_pace")  # retried at NCBI's published pace: seconds
def test_a_failed_batch_fails_each_of_its_ids() -> None:
    results, seen = _batch(
        ["1001", "1002"], lambda _: httpx.Response(503), max_batch=2, batch_wait=60
    )
    assert [r.status for r in results] == [LookupStatus.FAILED] * 2
    assert [r.value for r in results] == ["1001", "1002"] and len(seen) == 4  # 4 attempts


def test_ids_not_shaped_like_ids_are_not_asked() -> None:
    assert id_uid("pmid", "0123") is None and id_uid("pmcid", "5877356") is None
    assert id_uid("pmcid", "pmc5877356") == "5877356"
    result, seen = _resolve([httpx.Response(200)], value="12ab")
    assert result.status == LookupStatus.UNKNOWN and not seen


def test_parse_reads_pubmed_doi_among_other_ids() -> None:
    entry = {
        "uid": "7",
        "title": "T.",
        "articleids": [
            {"idtype": "pii", "value": "S0000-0000(00)00000-0"},
            {"idtype": "doi", "value": "https://doi.org/10.5555/ABC"},
        ],
    }
    result = parse_summary({"result": {"uids": ["7"], "7": entry}}, "pmid", "7", "7")
    assert result.doi == "10.5555/abc"


def test_parse_falls_back_on_the_elocation_doi() -> None:
    entry = {
        "uid": "8",
        "title": "T.",
        "articleids": [],
        "elocationid": "pii: e1. doi: 10.5555/XYZ.1",
    }
    result = parse_summary({"result": {"uids": ["8"], "8": entry}}, "pmid", "8", "8")
    assert result.doi == "10.5555/xyz.1"
    entry["elocationid"] = "pii: S0000"
    assert parse_summary({"result": {"8": entry}}, "pmid", "8", "8").doi is None


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(
    entry=st.dictionaries(
        st.sampled_from(["uid", "error", "title", "articleids", "authors", "pubdate", "source"]),
        _JSON | st.just("cannot get document summary"),
    ),
    junk=_JSON,
)
def test_parse_never_raises_and_absent_needs_ncbi_s_own_words(
    entry: dict[str, Any], junk: Any
) -> None:
    for body in (junk, {"result": {"7": entry}}, {"result": junk}):
        result = parse_summary(body, "pmid", "7", "7")
        assert result.status in (LookupStatus.FOUND, LookupStatus.ABSENT, LookupStatus.FAILED)
        if result.status == LookupStatus.ABSENT:
            assert "cannot get document summary" in body["result"]["7"]["error"].casefold()


# --- chain, cache, offline -------------------------------------------------------------------


def _chain(tmp_path: Path, stub: TextStub | None, **client: Any) -> ChainedSource:
    cache = CacheStore(tmp_path / "c.sqlite3", ids_url=stub.pubmed_url if stub else "http://x")
    ids = PubMedIdClient(base_url=stub.pubmed_url, **FAST, **client) if stub else None
    return ChainedSource(None, cache, None, ids)


def _ask(chain: ChainedSource, kind: IdKind, value: str) -> IdResult:
    async def go() -> IdResult:
        try:
            return await chain.resolve_id(kind, value)
        finally:
            await chain.aclose()

    return asyncio.run(go())


@pytest.mark.usefixtures("quick_pace")  # retried at NCBI's published pace: seconds
def test_answers_are_cached_and_failures_are_not(tmp_path: Path) -> None:
    summaries = {("pubmed", "10686270"): BERMAN_DOC}
    with TextStub(summaries=summaries) as stub:
        stub.fail_next(4, "503")  # every attempt of the first lookup
        failed = _ask(_chain(tmp_path, stub), "pmid", "10686270")
        assert failed.status == LookupStatus.FAILED
        first = _ask(_chain(tmp_path, stub), "pmid", "10686270")
        absent = _ask(_chain(tmp_path, stub), "pmid", "424242")
        asked = len(stub.requests())
        again = _ask(_chain(tmp_path, stub), "pmid", "10686270")
        absent_again = _ask(_chain(tmp_path, stub), "pmid", "424242")
        assert len(stub.requests()) == asked  # both answers came from the cache
        base = stub.pubmed_url
    assert first.status == LookupStatus.FOUND and first.source == "ncbi"
    assert (again.status, again.doi, again.source) == (LookupStatus.FOUND, BERMAN_DOI, "cache")
    assert absent.status == absent_again.status == LookupStatus.ABSENT
    # another server's answers are not this one's
    other = CacheStore(tmp_path / "c.sqlite3", ids_url="http://elsewhere.test")
    assert other.get_id("pmid", "10686270") is None
    assert CacheStore(tmp_path / "c.sqlite3", ids_url=base).get_id("pmid", "10686270") is not None


def test_offline_asks_nothing_and_reads_the_cache(tmp_path: Path) -> None:
    with TextStub(summaries={("pubmed", "10686270"): BERMAN_DOC}) as stub:
        _ask(_chain(tmp_path, stub), "pmid", "10686270")
        offline = ChainedSource(
            None, CacheStore(tmp_path / "c.sqlite3", ids_url=stub.pubmed_url), None
        )
        cached = _ask(offline, "pmid", "10686270")
        missing = _ask(
            ChainedSource(None, CacheStore(tmp_path / "c.sqlite3", ids_url=stub.pubmed_url), None),
            "pmid",
            "555",
        )
        asked = len(stub.requests())
    assert asked == 1
    assert cached.status == LookupStatus.FOUND and cached.doi == BERMAN_DOI
    assert missing.status == LookupStatus.OFFLINE


# --- verdicts --------------------------------------------------------------------------------


class IdSource(FakeCrossref):
    """The Crossref stand-in plus fixed NCBI answers for ids."""

    def __init__(self, messages: list[dict[str, Any]], ids: dict[str, IdResult], **kw: Any) -> None:
        super().__init__(messages, **kw)
        self.ids = ids

    async def resolve_id(self, kind: IdKind, value: str) -> IdResult:
        self.calls.append(("id", value))
        return self.ids.get(value) or IdResult(status=LookupStatus.ABSENT, kind=kind, value=value)


def _found(
    value: str, doi: str | None, title: str | None, authors: list[str], year: int
) -> IdResult:
    kind: IdKind = "pmcid" if value.startswith("PMC") else "pmid"
    return IdResult(
        status=LookupStatus.FOUND,
        kind=kind,
        value=value,
        doi=doi,
        title=title,
        authors=authors,
        year=year,
        source="ncbi",
    )


BERMAN_ID = _found("10686270", BERMAN_DOI, f"{BERMAN_TITLE}.", ["Berman", "Cappiello"], 2000)
OTHER = {
    "DOI": "10.5555/other.work",
    "type": "journal-article",
    "title": ["Sleep spindles in adolescent zebrafish"],
    "author": [{"family": "Quill", "given": "Z."}],
    "container-title": ["Journal of Fish Sleep"],
    "issued": {"date-parts": [[2011]]},
}
OTHER_ID = _found(
    "20000002", "10.5555/other.work", "Sleep spindles in adolescent zebrafish.", ["Quill"], 2011
)
BERMAN_RAW = (
    "Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed "
    "patients. Biol Psychiatry. 2000;47(4):351-354."
)


def _ref(raw: str, cited: Cited) -> Reference:
    return Reference(id="ref-1", origin="reference_list", raw=raw, cited=cited)


def _berman(**ids: str) -> Reference:
    return _ref(
        f"{BERMAN_RAW} " + " ".join(f"{k.upper()}: {v}." for k, v in ids.items()),
        Cited(
            title=BERMAN_TITLE,
            authors=["Berman", "Cappiello", "Anand"],
            year=2000,
            journal="Biol Psychiatry",
            volume="47",
            pages="351-354",
            **ids,
        ),
    )


def _verify(ref: Reference, source: IdSource) -> Reference:
    return asyncio.run(verify_reference(ref, source))


def test_a_pmid_reference_is_verified_through_its_doi() -> None:
    source = IdSource([BERMAN, OTHER], {"10686270": BERMAN_ID})
    done = _verify(_berman(pmid="10686270"), source)
    assert done.verdict == Verdict.VERIFIED
    assert done.record is not None and done.record.doi == BERMAN_DOI
    assert [r.code for r in done.reasons][:2] == ["pmid_doi", "doi_resolves"]
    assert ("doi", BERMAN_DOI) in source.calls and not any(c[0] == "search" for c in source.calls)


def test_a_pmcid_is_tried_when_the_pmid_gives_no_doi() -> None:
    pmc = _found("PMC1111111", BERMAN_DOI, f"{BERMAN_TITLE}.", ["Berman"], 2000)
    source = IdSource([BERMAN], {"PMC1111111": pmc})  # the PMID is unknown to NCBI
    done = _verify(_berman(pmid="424242", pmcid="PMC1111111"), source)
    assert done.verdict == Verdict.VERIFIED
    assert [r.code for r in done.reasons][:2] == ["pmid_unknown", "pmid_doi"]


def test_a_pmid_naming_another_work_is_a_mismatch_when_search_finds_the_work() -> None:
    source = IdSource([BERMAN, OTHER], {"20000002": OTHER_ID})
    done = _verify(_berman(pmid="20000002"), source)
    assert done.verdict == Verdict.METADATA_MISMATCH  # never wrong_doi: no DOI was cited
    assert done.record is not None and done.record.doi == BERMAN_DOI
    codes = [r.code for r in done.reasons]
    assert "pmid_other_work" in codes and "search_match" in codes
    assert [(c.field, c.cited, c.ok) for c in done.field_checks if c.field == "pmid"] == [
        ("pmid", "20000002", False)
    ]


def test_a_pmid_naming_another_work_and_no_match_is_not_found_as_without_it() -> None:
    source = IdSource([OTHER], {"20000002": OTHER_ID})
    done = _verify(_berman(pmid="20000002"), source)
    plain = _verify(_berman(), IdSource([OTHER], {}))
    assert plain.verdict == Verdict.NOT_FOUND
    assert done.verdict == Verdict.NOT_FOUND
    assert "pmid_other_work" in [r.code for r in done.reasons]


def test_an_unknown_pmid_is_a_reason_not_a_verdict() -> None:
    found = _verify(_berman(pmid="424242"), IdSource([BERMAN], {}))
    assert found.verdict == Verdict.VERIFIED
    assert found.reasons[0].code == "pmid_unknown"
    missing = _verify(_berman(pmid="424242"), IdSource([OTHER], {}))
    assert missing.verdict == _verify(_berman(), IdSource([OTHER], {})).verdict


@pytest.mark.parametrize("status", [LookupStatus.FAILED, LookupStatus.OFFLINE])
def test_an_unanswered_pmid_never_lets_a_reference_be_not_found(status: LookupStatus) -> None:
    failed = IdResult(status=status, kind="pmid", value="10686270", detail="HTTP 503")
    done = _verify(_berman(pmid="10686270"), IdSource([OTHER], {"10686270": failed}))
    assert done.verdict == Verdict.UNVERIFIABLE
    assert done.reasons[0].code == ("network" if status == LookupStatus.FAILED else "offline")
    # the search may still confirm the work
    found = _verify(_berman(pmid="10686270"), IdSource([BERMAN], {"10686270": failed}))
    assert found.verdict == Verdict.VERIFIED


def test_a_pubmed_record_without_doi_that_is_the_work_is_never_not_found() -> None:
    no_doi = _found("10686270", None, f"{BERMAN_TITLE}.", ["Berman"], 2000)
    done = _verify(_berman(pmid="10686270"), IdSource([OTHER], {"10686270": no_doi}))
    assert done.verdict == Verdict.UNVERIFIABLE
    codes = [r.code for r in done.reasons]
    assert codes[0] == "pmid_no_doi" and "identifier_unresolved" in codes


def test_the_doi_pubmed_gives_unanswered_at_crossref_is_unverifiable() -> None:
    source = IdSource([BERMAN], {"10686270": BERMAN_ID}, doi_status=LookupStatus.FAILED)
    source.search_status = LookupStatus.FAILED
    done = _verify(_berman(pmid="10686270"), source)
    assert done.verdict == Verdict.UNVERIFIABLE
    assert [r.code for r in done.reasons][:2] == ["pmid_doi", "network"]


def test_the_doi_pubmed_gives_missing_at_crossref_is_never_not_found() -> None:
    done = _verify(_berman(pmid="10686270"), IdSource([OTHER], {"10686270": BERMAN_ID}))
    assert done.verdict == Verdict.UNVERIFIABLE
    assert "pmid_doi_unknown" in [r.code for r in done.reasons]


def test_a_cited_doi_leads_and_a_pmid_filed_elsewhere_is_said() -> None:
    ref = _berman(pmid="20000002")
    ref = ref.model_copy(update={"cited": ref.cited.model_copy(update={"doi": BERMAN_DOI})})
    source = IdSource([BERMAN, OTHER], {"20000002": OTHER_ID})
    done = _verify(ref, source)
    assert done.record is not None and done.record.doi == BERMAN_DOI
    codes = [r.code for r in done.reasons]
    assert codes[0] == "doi_resolves" and "pmid_other_doi" in codes
    assert done.verdict == Verdict.METADATA_MISMATCH  # the cited PMID is another work's
    agreeing = ref.model_copy(update={"cited": ref.cited.model_copy(update={"pmid": "10686270"})})
    same = _verify(agreeing, IdSource([BERMAN], {"10686270": BERMAN_ID}))
    assert same.verdict == Verdict.VERIFIED
    assert not {"pmid_other_doi", "pmid_other_work"} & {r.code for r in same.reasons}


def test_a_titleless_pmid_reference_gets_what_a_doi_only_one_gets() -> None:
    by_pmid = _verify(
        _ref("PMID: 10686270", Cited(pmid="10686270")), IdSource([BERMAN], {"10686270": BERMAN_ID})
    )
    by_doi = _verify(_ref(f"doi:{BERMAN_DOI}", Cited(doi=BERMAN_DOI)), IdSource([BERMAN], {}))
    assert by_pmid.verdict == by_doi.verdict == Verdict.VERIFIED
    unmapped = _verify(
        _ref("PMID: 1000001", Cited(pmid="1000001")),
        IdSource([BERMAN], {"1000001": _found("1000001", None, "Old.", ["Old"], 1960)}),
    )
    assert unmapped.verdict == Verdict.UNVERIFIABLE


def test_non_scholarly_references_ask_nothing() -> None:
    source = IdSource([BERMAN], {"10686270": BERMAN_ID})
    ref = _berman(pmid="10686270").model_copy(update={"work_kind": "news"})
    assert _verify(ref, source).verdict == Verdict.UNVERIFIABLE and not source.calls


# --- settings --------------------------------------------------------------------------------


def test_settings_take_the_pubmed_url_and_key_from_options_over_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from citecheck.resolution.factory import SourceSettings
    from citecheck.resolution.urls import BaseURLError

    monkeypatch.setenv("CITECHECK_PUBMED_URL", "http://env.test/eutils")
    monkeypatch.setenv("NCBI_API_KEY", "envkey")
    from_env = SourceSettings.from_env()
    assert (from_env.pubmed_url, from_env.ncbi_api_key) == ("http://env.test/eutils", "envkey")
    chosen = SourceSettings.from_env(pubmed_url="http://opt.test/eutils", ncbi_api_key="optkey")
    assert (chosen.pubmed_url, chosen.ncbi_api_key) == ("http://opt.test/eutils", "optkey")
    with pytest.raises(BaseURLError, match="--pubmed-url"):
        SourceSettings.from_env(pubmed_url="ftp://nowhere")


def test_a_read_only_cache_from_before_the_id_table_is_a_quiet_miss(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = CacheStore(tmp_path / "c.sqlite3")
    assert store._conn is not None
    store._conn.execute("DROP TABLE ids")  # as a file written before the table existed
    store.read_only = True  # as one opened read-only (the table cannot be made)
    assert store.get_id("pmid", "10686270") is None
    assert not [r for r in caplog.records if "read failed" in r.getMessage()]
    store.read_only = False  # a writable cache that lost the table says so
    assert store.get_id("pmid", "10686270") is None
    assert [r for r in caplog.records if "read failed" in r.getMessage()]


def test_an_error_entry_not_in_ncbi_s_no_record_words_is_no_evidence(tmp_path: Path) -> None:
    # Only NCBI's own "cannot get document summary" says an id has no record; any other error
    # an entry carries (a back end that did not answer) must never become "no such PMID":
    # cached for a day, it would let a real work's search miss stand as not_found.
    entry = {"uid": "10686270", "error": "Unable to obtain query #1"}
    seen: list[httpx.Request] = []
    client = PubMedIdClient(
        base_url="http://ncbi.test/entrez/eutils",
        transport=_mock([httpx.Response(200, content=_envelope("10686270", entry))], seen),
        **FAST,
    )
    cache = CacheStore(tmp_path / "c.sqlite3", ids_url="http://ncbi.test/entrez/eutils")
    chain = ChainedSource(None, cache, FakeCrossref([OTHER]), client)

    async def go() -> Reference:
        try:
            return await verify_reference(_berman(pmid="10686270"), chain)
        finally:
            await chain.aclose()

    done = asyncio.run(go())
    assert seen  # NCBI was asked
    assert done.verdict == Verdict.UNVERIFIABLE
    assert "pmid_unknown" not in [r.code for r in done.reasons]
    assert (
        CacheStore(tmp_path / "c.sqlite3", ids_url="http://ncbi.test/entrez/eutils").get_id(
            "pmid", "10686270"
        )
        is None
    )


@pytest.mark.parametrize(
    "entry",
    [
        {"uid": "10686270", "articleids": []},
        {"uid": "10686270", "articleids": [{"idtype": "doi", "value": ""}], "title": " "},
    ],
    ids=["no-ids", "blank"],
)
def test_a_bare_entry_is_no_record_and_is_not_cached(tmp_path: Path, entry: dict[str, Any]) -> None:
    # A record always carries its own id and a title. A bare entry taken as "a record without
    # a DOI" would be cached for 90 days and keep the reference from its DOI all that time.
    seen: list[httpx.Request] = []
    client = PubMedIdClient(
        base_url="http://ncbi.test/entrez/eutils",
        transport=_mock([httpx.Response(200, content=_envelope("10686270", entry))], seen),
        **FAST,
    )
    cache = CacheStore(tmp_path / "c.sqlite3", ids_url="http://ncbi.test/entrez/eutils")
    result = _ask(ChainedSource(None, cache, None, client), "pmid", "10686270")
    assert seen and result.status == LookupStatus.FAILED and result.malformed
    reopened = CacheStore(tmp_path / "c.sqlite3", ids_url="http://ncbi.test/entrez/eutils")
    assert reopened.get_id("pmid", "10686270") is None


def test_an_id_pubmed_files_under_the_work_found_is_never_another_work() -> None:
    # PubMed gives a non-English work an English title in brackets; the citation misspells its
    # author past recognition. Crossref's record under the cited DOI is the work (title), and
    # PubMed files the cited PMID under that very DOI: the PMID is right, whatever its
    # record's title and authors say against the citation.
    doi = "10.5555/ketamin.de"
    message = {
        "DOI": doi,
        "type": "journal-article",
        "title": ["Ketamin bei therapieresistenter Depression"],
        "author": [{"family": "Weber", "given": "K."}],
        "container-title": ["Der Nervenarzt"],
        "issued": {"date-parts": [[2019]]},
    }
    pubmed = _found(
        "31000001", doi, "[Ketamine in treatment-resistant depression].", ["Weber"], 2019
    )
    ref = _ref(
        "Schmidt K. Ketamin bei therapieresistenter Depression. Nervenarzt. 2019. "
        f"doi:{doi}. PMID: 31000001.",
        Cited(
            title="Ketamin bei therapieresistenter Depression",
            authors=["Schmidt"],
            year=2019,
            journal="Nervenarzt",
            doi=doi,
            pmid="31000001",
        ),
    )
    done = _verify(ref, IdSource([message], {"31000001": pubmed}))
    assert done.verdict == Verdict.METADATA_MISMATCH  # the author, as without the PMID
    assert [c.field for c in done.field_checks if not c.ok] == ["authors"]
    assert "pmid_other_work" not in [r.code for r in done.reasons]


def test_an_id_never_asked_never_lets_a_reference_be_not_found() -> None:
    # With a DOI cited, only the first id is asked (a cross-check). The DOI is unregistered and
    # the PMID unknown to NCBI, but the PMCID, never asked, may name the work: not finding it by
    # search is then no evidence that it does not exist.
    ref = _berman(pmid="424242", pmcid="PMC1111111")
    ref = ref.model_copy(update={"cited": ref.cited.model_copy(update={"doi": "10.5555/typo"})})
    pmc = _found("PMC1111111", BERMAN_DOI, f"{BERMAN_TITLE}.", ["Berman"], 2000)
    source = IdSource([OTHER], {"PMC1111111": pmc})
    done = _verify(ref, source)
    assert ("id", "PMC1111111") not in source.calls  # still one cross-check only
    assert done.verdict == Verdict.UNVERIFIABLE
    assert "identifier_unresolved" in [r.code for r in done.reasons]
    # every id answered and none the work: as without them
    plain = ref.model_copy(update={"cited": ref.cited.model_copy(update={"pmcid": None})})
    assert _verify(plain, IdSource([OTHER], {})).verdict == Verdict.NOT_FOUND
