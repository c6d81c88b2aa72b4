"""PubMed and Europe PMC clients against the local stand-in: what they read, how they identify
themselves, their rates, the text cache, and every fault ending FAILED (never "no record")."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.resolution.europepmc import EuropePmcClient
from citecheck.resolution.pubmed import RATE_WITH_KEY, RATE_WITHOUT_KEY, PubMedClient
from citecheck.resolution.source import LookupStatus
from citecheck.resolution.source_text import (
    parse_pubmed_xml,
    sections_from_europepmc,
    sections_from_jats,
    split_inline_labels,
)
from citecheck.resolution.texts import TextCache, TextSources, crossref_text
from text_stub import StubWork, TextStub, pubmed_xml

DOI = "10.5555/citecheck.test.one"
WORK = StubWork(
    doi=DOI,
    title="A fictional trial",
    sections=[
        ("BACKGROUND", "Something is <unclear>."),
        ("RESULTS", "A response occurred in 40% of 120 patients."),
    ],
    publication_types=["Journal Article", "Randomized Controlled Trial"],
    mesh=["Humans", "Adult"],
    trial_ids=["NCT09990009"],
)
# Short waits between retries, but a timeout no loaded machine reaches: these tests count the
# requests a lookup makes, and a slow answer timed out would be asked again (the hang test sets
# its own short timeout).
FAST = {"retry_wait": 0.01, "retry_wait_max": 0.02, "timeout": 30.0}


def run(coro_factory, client):  # type: ignore[no-untyped-def]
    async def go():  # type: ignore[no-untyped-def]
        try:
            return await coro_factory(client)
        finally:
            await client.aclose()

    return asyncio.run(go())


def test_pubmed_reads_sections_types_mesh_and_trials() -> None:
    with TextStub({DOI: WORK}) as stub:
        result = run(lambda c: c.lookup(DOI), PubMedClient(base_url=stub.pubmed_url, **FAST))
    assert result.status == LookupStatus.FOUND and result.text is not None
    text = result.text
    assert [(s.category, s.text) for s in text.sections] == [
        ("BACKGROUND", "Something is <unclear>."),
        ("RESULTS", "A response occurred in 40% of 120 patients."),
    ]
    assert text.publication_types == ["Journal Article", "Randomized Controlled Trial"]
    assert text.mesh == ["Humans", "Adult"] and text.trial_ids == ["NCT09990009"]
    assert text.origin == "pubmed" and text.doi == DOI


def test_pubmed_identifies_itself_and_sends_the_key() -> None:
    with TextStub({DOI: WORK}) as stub:
        client = PubMedClient(
            base_url=stub.pubmed_url, api_key="k123", email="qa@example.org", **FAST
        )
        assert client.http.budget.ceiling == RATE_WITH_KEY
        run(lambda c: c.lookup(DOI), client)
        search, fetch = stub.requests("pubmed")
    assert search.path.endswith("/esearch.fcgi") and fetch.path.endswith("/efetch.fcgi")
    for entry in (search, fetch):
        assert entry.query["tool"] == "citecheck"
        assert entry.query["email"] == "qa@example.org"
        assert entry.query["api_key"] == "k123"
        assert "mailto:qa@example.org" in entry.headers["User-Agent"]
    assert search.query["term"] == f"{DOI}[doi]"


def test_pubmed_without_a_key_keeps_to_three_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    client = PubMedClient(base_url="http://127.0.0.1:9", **FAST)
    assert client.http.budget.ceiling == RATE_WITHOUT_KEY
    asyncio.run(client.aclose())


def test_a_doi_pubmed_does_not_hold_is_absent_in_one_request() -> None:
    with TextStub({DOI: WORK}) as stub:
        result = run(
            lambda c: c.lookup("10.5555/nothing.here"),
            PubMedClient(base_url=stub.pubmed_url, **FAST),
        )
        assert len(stub.log) == 1
    assert result.status == LookupStatus.ABSENT


@pytest.mark.usefixtures("quick_pace")  # faults retried at the published pace: seconds
@pytest.mark.parametrize("fault", ["500", "503", "drop", "malformed", "error-json"])
def test_pubmed_faults_are_failures_never_absence(fault: str) -> None:
    with TextStub({DOI: WORK}) as stub:
        stub.fail_next(100, fault)
        result = run(lambda c: c.lookup(DOI), PubMedClient(base_url=stub.pubmed_url, **FAST))
    assert result.status == LookupStatus.FAILED
    assert result.text is None and result.detail


@pytest.mark.usefixtures("quick_pace")  # faults retried at the published pace: seconds
def test_pubmed_time_out_is_a_failure() -> None:
    with TextStub({DOI: WORK}) as stub:
        stub.fail_next(100, "hang")
        client = PubMedClient(
            base_url=stub.pubmed_url, retry_wait=0.01, retry_wait_max=0.02, timeout=0.3
        )
        result = run(lambda c: c.lookup(DOI), client)
    assert result.status == LookupStatus.FAILED


@pytest.mark.usefixtures("quick_pace")  # faults retried at the published pace: seconds
def test_a_429_is_waited_out_and_retried() -> None:
    with TextStub({DOI: WORK}) as stub:
        stub.fail_next(1, "429")
        result = run(lambda c: c.lookup(DOI), PubMedClient(base_url=stub.pubmed_url, **FAST))
        statuses = [entry.status for entry in stub.log]
    assert result.status == LookupStatus.FOUND
    assert statuses == [429, 200, 200]


def test_a_body_over_the_cap_is_a_failure() -> None:
    with TextStub({DOI: WORK}) as stub:
        result = run(
            lambda c: c.lookup(DOI),
            PubMedClient(base_url=stub.pubmed_url, max_body=50, **FAST),
        )
    assert result.status == LookupStatus.FAILED


def test_europepmc_reads_the_core_record() -> None:
    preprint = StubWork(doi=DOI, sections=WORK.sections, publication_types=["Preprint"])
    preprint.preprint = True
    with TextStub({DOI: preprint}) as stub:
        result = run(lambda c: c.lookup(DOI), EuropePmcClient(base_url=stub.europepmc_url, **FAST))
        (entry,) = stub.log
    assert entry.query["query"] == f'DOI:"{DOI}"' and entry.query["resultType"] == "core"
    assert result.status == LookupStatus.FOUND and result.text is not None
    assert result.text.preprint and result.text.origin == "europepmc"
    assert [s.label for s in result.text.sections] == ["BACKGROUND", "RESULTS"]


@pytest.mark.usefixtures("quick_pace")  # faults retried at the published pace: seconds
@pytest.mark.parametrize("fault", ["503", "malformed", "drop"])
def test_europepmc_faults_are_failures(fault: str) -> None:
    with TextStub({DOI: WORK}) as stub:
        stub.fail_next(100, fault)
        result = run(lambda c: c.lookup(DOI), EuropePmcClient(base_url=stub.europepmc_url, **FAST))
    assert result.status == LookupStatus.FAILED


def test_mock_transport_json_that_is_not_a_result_list_is_a_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"resultList": "nope"})

    client = EuropePmcClient(
        base_url="https://europepmc.test/rest", transport=httpx.MockTransport(handler), **FAST
    )
    assert run(lambda c: c.lookup(DOI), client).status == LookupStatus.FAILED


@pytest.mark.usefixtures("quick_pace")  # faults retried at the published pace: seconds
def test_text_sources_cache_answers_not_failures(tmp_path: Path) -> None:
    cache_path = tmp_path / "texts.sqlite3"
    other = "10.5555/not.anywhere"
    with TextStub({DOI: WORK}) as stub:
        stub.fail_next(100, "503", service="europepmc")
        bases = {"pubmed": stub.pubmed_url, "europepmc": stub.europepmc_url}

        async def scenario():  # type: ignore[no-untyped-def]
            online = TextSources(
                [
                    PubMedClient(base_url=stub.pubmed_url, **FAST),
                    EuropePmcClient(base_url=stub.europepmc_url, **FAST),
                ],
                TextCache(cache_path),
            )
            found, missing = await online.texts_for(DOI), await online.texts_for(other)
            await online.aclose()
            asked = len(stub.log)
            offline = TextSources([], TextCache(cache_path), offline=True, client_bases=bases)
            again, again_missing = await offline.texts_for(DOI), await offline.texts_for(other)
            await offline.aclose()
            return found, missing, again, again_missing, asked, len(stub.log)

        found, missing, again, again_missing, asked, total = asyncio.run(scenario())
    assert found.with_text and found.texts[0][1] == "pubmed"
    assert missing.failed == ["europepmc"]  # PubMed said "no record"; Europe PMC failed
    assert again.with_text and again.texts[0][1] == "cache"
    # the failure was never cached: offline it is still a failure, never "no record"
    assert again_missing.failed == ["europepmc"] and not again_missing.texts
    assert total == asked


def test_crossref_jats_abstract_sections() -> None:
    message = {
        "type": "journal-article",
        "abstract": "<jats:title>Abstract</jats:title><jats:sec><jats:title>Methods</jats:title>"
        "<jats:p>We enrolled 90 adults &amp; children.</jats:p></jats:sec><jats:sec>"
        "<jats:title>Results</jats:title><jats:p>Of them, <jats:italic>62%</jats:italic> "
        "improved.</jats:p></jats:sec>",
    }
    text = crossref_text("10.5555/x", message)
    assert text is not None
    assert [(s.category, s.text) for s in text.sections] == [
        ("METHODS", "We enrolled 90 adults & children."),
        ("RESULTS", "Of them, 62% improved."),
    ]
    assert crossref_text("10.5555/x", {"type": "posted-content"}).preprint  # type: ignore[union-attr]


def test_europepmc_headings_and_inline_labels() -> None:
    assert [s.label for s in sections_from_europepmc("<h4>Aims</h4>x. <h4>Results</h4>y.")] == [
        "Aims",
        "Results",
    ]
    split = split_inline_labels("BACKGROUND: a thing. METHODS: we did. RESULTS: it worked.")
    assert [(s.category, s.text) for s in split] == [
        ("BACKGROUND", "a thing."),
        ("METHODS", "we did."),
        ("RESULTS", "it worked."),
    ]
    assert sections_from_jats("<jats:p>Plain text only.</jats:p>")[0].label is None


@given(st.binary(max_size=300))
def test_pubmed_parser_never_raises_on_junk(body: bytes) -> None:
    assert parse_pubmed_xml(body) is None or isinstance(parse_pubmed_xml(body), list)


@given(st.text(max_size=300))
def test_inline_label_split_keeps_text_verbatim(text: str) -> None:
    for section in split_inline_labels(text):
        assert section.text and section.text in text


def test_one_lookup_per_work_asked_as_spelled() -> None:
    spelled = "10.5555/CiteCheck.Test.One"
    with TextStub({DOI: WORK}) as stub:

        async def both():  # type: ignore[no-untyped-def]
            sources = TextSources([PubMedClient(base_url=stub.pubmed_url, **FAST)])
            found = await asyncio.gather(sources.texts_for(spelled), sources.texts_for(DOI))
            await sources.aclose()
            return found

        first, second = asyncio.run(both())
        terms = [entry.query.get("term") for entry in stub.log]
    assert first is second and first.with_text
    assert terms == [f"{spelled}[doi]", None]  # esearch as spelled, then one efetch


def test_pubmed_esearch_answered_in_xml_is_read() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/esearch.fcgi"):
            return httpx.Response(
                200,
                text="<eSearchResult><Count>1</Count><IdList><Id>7</Id></IdList></eSearchResult>",
            )
        return httpx.Response(200, content=pubmed_xml([("7", WORK)]))

    client = PubMedClient(
        base_url="https://eutils.test/entrez/eutils", transport=httpx.MockTransport(handler), **FAST
    )
    result = run(lambda c: c.lookup(DOI), client)
    assert result.status == LookupStatus.FOUND and result.text is not None
    assert result.text.pmid == "7"


def test_a_long_retry_after_stands_the_service_down_with_a_warning() -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(429, headers={"Retry-After": "3600"})

    client = EuropePmcClient(
        base_url="https://europepmc.test/rest", transport=httpx.MockTransport(handler), **FAST
    )

    async def twice():  # type: ignore[no-untyped-def]
        try:
            return [await client.lookup(DOI), await client.lookup("10.5555/other")], list(
                client.warnings
            )
        finally:
            await client.aclose()

    results, warnings = asyncio.run(twice())
    assert [r.status for r in results] == [LookupStatus.FAILED, LookupStatus.FAILED]
    assert len(asked) == 1 and len(warnings) == 1 and "Retry-After" in warnings[0]


def test_europepmc_mesh_list_of_the_wrong_shape_is_read_not_a_crash() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        result = {
            "doi": DOI,
            "abstractText": "We enrolled 403 patients.",
            "meshHeadingList": [{"descriptorName": "Humans"}],  # a list, not {"meshHeading": []}
        }
        return httpx.Response(200, json={"hitCount": 1, "resultList": {"result": [result]}})

    client = EuropePmcClient(
        base_url="https://europepmc.test/rest", transport=httpx.MockTransport(handler), **FAST
    )
    found = run(lambda c: c.lookup(DOI), client)
    assert found.status == LookupStatus.FOUND and found.text is not None
    assert found.text.mesh == []
