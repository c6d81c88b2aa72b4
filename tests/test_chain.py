"""ChainedSource: order snapshot -> cache -> API, de-duplication, caching, offline, faults."""

from __future__ import annotations

import asyncio
import json

import pytest

from citecheck.resolution.cache import CacheStore
from citecheck.resolution.chain import ChainedSource
from citecheck.resolution.crossref import CrossrefSource
from citecheck.resolution.factory import SourceSettings, build_source
from citecheck.resolution.snapshot import SnapshotSource
from citecheck.resolution.source import LookupStatus
from crossref_stub import CrossrefStub


def work(doi: str, title: str, family: str) -> dict:
    return {
        "DOI": doi,
        "title": [title],
        "author": [{"family": family}],
        "container-title": ["J Affect Disord"],
        "issued": {"date-parts": [[2021]]},
    }


REMOTE = {
    "10.1000/r1": work("10.1000/r1", "Ketamine infusion for anxious depression", "Ionescu"),
    "10.1000/r2": work("10.1000/r2", "Ketamine and panic disorder outcomes", "Shadli"),
}
LOCAL = work("10.1000/l1", "Snapshot only paper on esketamine onset", "Local")


# the stub publishes no rate limit: these tests read what was asked and answered, not the pace
pytestmark = pytest.mark.usefixtures("quick_pace")


def api(stub: CrossrefStub) -> CrossrefSource:
    return CrossrefSource(
        base_url=stub.url,
        doi_url=stub.doi_url,
        mailto="t@example.org",
        retry_wait=0.01,
        retry_wait_max=0.02,
        attempts=2,
        # long enough for a loaded machine: a request that timed out would be asked again,
        # and these tests count what reached the API
        timeout=30.0,
    )


def snapshot(tmp_path) -> SnapshotSource:
    path = tmp_path / "local.jsonl"
    path.write_text(json.dumps(LOCAL) + "\n")
    return SnapshotSource(path)


def run(chain: ChainedSource, coro):
    async def go():
        try:
            return await coro(chain)
        finally:
            await chain.aclose()

    return asyncio.run(go())


def test_order_and_source_names(tmp_path):
    with CrossrefStub(REMOTE) as stub:
        chain = ChainedSource(snapshot(tmp_path), CacheStore(tmp_path / "c.sqlite3"), api(stub))

        async def ask(c):
            return await c.get_doi("10.1000/l1"), await c.get_doi("10.1000/r1")

        local, remote = run(chain, ask)
        assert (local.status, local.source) == (LookupStatus.FOUND, "snapshot")
        assert (remote.status, remote.source) == (LookupStatus.FOUND, "crossref-api")
        assert [r.path for r in stub.log] == ["/works/10.1000/r1"]

        # a new run answers from the cache without a single request
        again = ChainedSource(None, CacheStore(tmp_path / "c.sqlite3"), api(stub))
        cached = run(again, lambda c: c.get_doi("10.1000/r1"))
        assert (cached.status, cached.source) == (LookupStatus.FOUND, "cache")
        assert len(stub.log) == 1


def test_identical_questions_reach_the_api_once(tmp_path):
    with CrossrefStub(REMOTE, latency=0.05) as stub:
        chain = ChainedSource(None, None, api(stub))

        async def many(c):
            dois = ["10.1000/r1", "https://doi.org/10.1000/R1", "10.1000/nope"] * 5
            results = await asyncio.gather(*(c.get_doi(d) for d in dois))
            searches = await asyncio.gather(
                *(c.search("Ketamine  panic") for _ in range(4)), c.search("ketamine panic")
            )
            agencies = await asyncio.gather(*(c.agency("10.1000/nope") for _ in range(3)))
            later = await c.get_doi("10.1000/r1")
            return results, searches, agencies, later

        results, searches, agencies, later = run(chain, many)
        assert [r.status for r in results[:3]] == [
            LookupStatus.FOUND,
            LookupStatus.FOUND,
            LookupStatus.ABSENT,
        ]
        assert all(s.works[0].record.doi == "10.1000/r2" for s in searches)
        assert all(a.status == LookupStatus.ABSENT for a in agencies)
        assert later.status == LookupStatus.FOUND
        paths = sorted(r.path for r in stub.log)
        assert paths == [
            "/doiRA/10.1000/nope",
            "/works",
            "/works/10.1000/nope",
            "/works/10.1000/r1",
        ]


def test_failures_are_not_cached_and_never_absent(tmp_path):
    with CrossrefStub(REMOTE) as stub:
        stub.fail_next(100, "503")
        chain = ChainedSource(None, CacheStore(tmp_path / "c.sqlite3"), api(stub))

        async def ask(c):
            return (
                await c.get_doi("10.1000/nope"),
                await c.search("no such work"),
                await c.agency("10.1000/nope"),
                await c.get_doi("10.1000/nope"),
            )

        doi, search, agency, repeat = run(chain, ask)
        assert doi.status == search.status == agency.status == LookupStatus.FAILED
        assert repeat.status == LookupStatus.FAILED
        assert not search.authoritative
        failed_requests = len(stub.log)
        assert failed_requests == 6  # 3 questions x 2 attempts, the repeat was memoised

        stub.clear_faults()
        fresh = ChainedSource(None, CacheStore(tmp_path / "c.sqlite3"), api(stub))
        assert run(fresh, lambda c: c.get_doi("10.1000/nope")).status == LookupStatus.ABSENT
        assert len(stub.log) == failed_requests + 1  # nothing had been cached


def test_offline_misses_are_offline_and_cache_still_answers(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    with CrossrefStub(REMOTE) as stub:
        run(ChainedSource(None, store, api(stub)), lambda c: c.get_doi("10.1000/r1"))
    chain = ChainedSource(snapshot(tmp_path), CacheStore(tmp_path / "c.sqlite3"), None)

    async def ask(c):
        return (
            await c.get_doi("10.1000/r1"),
            await c.get_doi("10.1000/r9"),
            await c.search("unknown words here"),
            await c.agency("10.1000/r9"),
        )

    cached, missing, search, agency = run(chain, ask)
    assert cached.source == "cache"
    assert missing.status == search.status == agency.status == LookupStatus.OFFLINE


def test_search_stops_at_accepted_snapshot_hit(tmp_path):
    with CrossrefStub(REMOTE) as stub:
        chain = ChainedSource(snapshot(tmp_path), None, api(stub))

        async def ask(c):
            accepted = await c.search(
                "esketamine onset Local", accept=lambda w: w.record.doi == "10.1000/l1"
            )
            refused = await c.search("esketamine onset Local", accept=lambda w: False)
            return accepted, refused

        accepted, refused = run(chain, ask)
        assert accepted.source == "snapshot" and not accepted.authoritative
        assert len(stub.log) == 1  # only the refused one went on to the API
        assert refused.source == "crossref-api" and refused.authoritative
        assert "10.1000/l1" in [w.record.doi for w in refused.works]


def test_settings_from_env_and_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("CITECHECK_CROSSREF_URL", "http://127.0.0.1:9/api")
    monkeypatch.setenv("CITECHECK_MAILTO", "env@example.org")
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path))
    settings = SourceSettings.from_env(mailto=None, doi_url="http://127.0.0.1:9/doi")
    assert settings.crossref_url == "http://127.0.0.1:9/api"
    assert settings.mailto == "env@example.org"
    assert settings.doi_url == "http://127.0.0.1:9/doi"
    assert settings.cache_dir == tmp_path
    assert SourceSettings.from_env(concurrency=2).effective_concurrency == 2
    with pytest.raises(TypeError):
        SourceSettings.from_env(bogus=1)


def test_build_source_end_to_end_against_stub(tmp_path):
    with CrossrefStub(REMOTE) as stub:
        settings = SourceSettings(
            crossref_url=stub.url,
            doi_url=stub.doi_url,
            mailto="e2e@example.org",
            cache_dir=tmp_path,
        )
        result = run(build_source(settings), lambda c: c.get_doi("doi:10.1000/R1."))
        assert result.status == LookupStatus.FOUND
        assert stub.log[0].query["mailto"] == "e2e@example.org"
        assert (tmp_path / "cache.sqlite3").exists()
        offline = build_source(
            SourceSettings(
                offline=True, cache_dir=tmp_path, crossref_url=stub.url, doi_url=stub.doi_url
            )
        )
        assert offline.offline
        assert run(offline, lambda c: c.get_doi("10.1000/r1")).source == "cache"
        # what the stand-in answered is never served as real Crossref's
        elsewhere = build_source(SourceSettings(offline=True, cache_dir=tmp_path))
        assert run(elsewhere, lambda c: c.get_doi("10.1000/r1")).status == LookupStatus.OFFLINE
        assert len(stub.log) == 1


def test_the_api_warnings_are_reachable_through_the_chain(tmp_path):
    with CrossrefStub(REMOTE, retry_after=3600) as stub:
        stub.fail_next(1, "429")
        chain = ChainedSource(None, None, api(stub))

        async def ask(c):
            result = await asyncio.wait_for(c.get_doi("10.1000/r1"), 10)
            return result, c.warnings

        result, warnings = run(chain, ask)
        assert result.status == LookupStatus.FAILED
        assert len(warnings) == 1 and "3600 s (Retry-After)" in warnings[0]
    assert ChainedSource(None, None, None).warnings == []
