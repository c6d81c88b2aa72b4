"""Blips and outages, end to end through the chain and the verifier against the local stub: a blip
the retries ride out must not open the circuit breaker; an outage (errors, a dead address, a
server that never answers) must end quickly, every reference `unverifiable` (network) and never
`not_found`."""

from __future__ import annotations

import asyncio
import socket

import pytest

from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.chain import ChainedSource
from citecheck.resolution.circuit import RATE_LIMITS_TO_OPEN, TIMEOUTS_TO_OPEN
from citecheck.resolution.crossref import POLITE, CrossrefSource
from citecheck.verification.verify import verify_references
from crossref_stub import CrossrefStub

MAILTO = "outage@example.org"
# the stub publishes no rate limit: these tests count requests and verdicts, not the pace
pytestmark = pytest.mark.usefixtures("quick_pace")


def _message(i: int) -> dict:
    return {
        "DOI": f"10.1000/blip{i}",
        "type": "journal-article",
        "title": [f"Ketamine trial number {i} in treatment resistant depression"],
        "author": [{"given": "A.", "family": f"Author{i}"}],
        "container-title": ["Journal of Affective Disorders"],
        "issued": {"date-parts": [[2010 + i % 10]]},
    }


def _reference(i: int, *, with_doi: bool = True) -> Reference:
    message = _message(i)
    cited = Cited(
        title=message["title"][0],
        authors=[f"Author{i}"],
        year=2010 + i % 10,
        journal="Journal of Affective Disorders",
        doi=message["DOI"] if with_doi else None,
    )
    return Reference(id=f"ref-{i}", origin="reference_list", raw=cited.title, cited=cited)


RECORDS = {f"10.1000/blip{i}": _message(i) for i in range(12)}


def _chain(url: str, **settings: float) -> ChainedSource:
    api = CrossrefSource(
        base_url=url,
        doi_url=url,
        mailto=MAILTO,
        retry_wait=0.01,
        retry_wait_max=0.05,
        timeout=2.0,
        **settings,
    )
    return ChainedSource(None, None, api)


def _verify(chain: ChainedSource, refs: list[Reference], limit: float = 30.0) -> list[Reference]:
    async def go():
        try:
            return await asyncio.wait_for(verify_references(refs, chain, concurrency=32), limit)
        finally:
            await chain.aclose()

    return asyncio.run(go())


@pytest.mark.parametrize("kind", ["503", "drop"])
def test_a_blip_the_retries_ride_out_leaves_every_reference_verified(kind):
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(10, kind)  # more in a row than the breaker's threshold of 8
        out = _verify(_chain(stub.url), [_reference(i) for i in range(12)])
        assert [r.verdict for r in out] == [Verdict.VERIFIED] * 12, [r.reasons for r in out]
        assert sum(1 for r in stub.log if r.status != 200) == 10


def _assert_all_network(out: list[Reference]) -> None:
    assert all(r.verdict == Verdict.UNVERIFIABLE for r in out), [r.verdict for r in out]
    assert all("network" in {reason.code for reason in r.reasons} for r in out)


def test_an_outage_ends_quickly_every_reference_unverifiable_for_network():
    refs = [_reference(i, with_doi=i % 2 == 0) for i in range(16)]
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(100_000, "503")
        out = _verify(_chain(stub.url), refs)
        _assert_all_network(out)  # never not_found
        # without the breaker each reference spends every attempt of every lookup
        # (16 x 4 DOI attempts and more for the searches, at 9.5/s and 2.85/s)
        assert len(stub.log) < 16 * 4


def test_a_dead_address_ends_quickly_every_reference_unverifiable_for_network():
    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    chain = _chain(f"http://127.0.0.1:{port}")
    api = chain.api
    assert isinstance(api, CrossrefSource)
    out = _verify(chain, [_reference(i, with_doi=i % 2 == 0) for i in range(16)])
    _assert_all_network(out)
    assert api.requests_sent < 16 * 4  # the breaker answered for the dead address


def test_a_retry_after_beyond_the_cap_ends_the_run_at_once_unverifiable_for_network():
    refs = [_reference(i, with_doi=i % 2 == 0) for i in range(8)]
    with CrossrefStub(RECORDS, retry_after=3600) as stub:
        stub.fail_next(100_000, "429")
        chain = _chain(stub.url)
        out = _verify(chain, refs, limit=10.0)  # before the cap, this waited out the hour
        _assert_all_network(out)
        assert len(stub.log) <= 3  # one per budget, and whatever was already under way
        assert chain.warnings and all("3600 s (Retry-After)" in w for w in chain.warnings)


HANG_TIMEOUT = 0.5


def _hang_chain(url: str) -> ChainedSource:
    api = CrossrefSource(
        base_url=url,
        doi_url=url,
        mailto=MAILTO,
        retry_wait=0.01,
        retry_wait_max=0.05,
        timeout=HANG_TIMEOUT,
    )
    return ChainedSource(None, None, api)


def test_a_server_that_never_answers_ends_the_run_within_a_bound_and_warns(caplog):
    # accepts and reads every request, answers none: each attempt costs the whole time-out, so
    # counting only requests that spent all their retries stalled such a run for minutes
    refs = [_reference(i, with_doi=i % 2 == 0) for i in range(10)]
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(100_000, "hang")
        chain = _hang_chain(stub.url)
        with caplog.at_level("WARNING", logger="citecheck.resolution.circuit"):
            out = _verify(chain, refs)
        _assert_all_network(out)  # never not_found
        # the breaker opens after TIMEOUTS_TO_OPEN timed-out attempts in a row; whatever was in
        # flight then (at most the 3 polite slots) still waits out its time-out. Each attempt
        # costs one time-out, so this count is what bounds the run's time.
        assert len(stub.log) <= TIMEOUTS_TO_OPEN + POLITE.in_flight
        assert any("no answer within the time-out" in r.getMessage() for r in caplog.records)


def test_one_reference_against_a_server_that_never_answers_ends_within_a_bound():
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(100_000, "hang")
        out = _verify(_hang_chain(stub.url), [_reference(1)])
        _assert_all_network(out)
        # one request after the other: the DOI's two attempts, then the search's, each costing
        # one time-out
        assert len(stub.log) == TIMEOUTS_TO_OPEN


def test_a_short_hang_the_retries_ride_out_leaves_every_reference_verified():
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(TIMEOUTS_TO_OPEN - 1, "hang")  # fewer than open the breaker
        out = _verify(_hang_chain(stub.url), [_reference(i) for i in range(12)])
        assert [r.verdict for r in out] == [Verdict.VERIFIED] * 12, [r.reasons for r in out]
        assert sum(1 for r in stub.log if r.status is None) == TIMEOUTS_TO_OPEN - 1


@pytest.mark.parametrize("retry_after", [0.2, None])
def test_a_server_refusing_everything_with_429_ends_the_run_unverifiable_for_network(retry_after):
    # each 429 slows the pace and pauses the budget; without the breaker counting them, every
    # request spent all its attempts at an ever slower pace and a 14-reference run took minutes.
    # The pause asked for (or assumed, when the 429 names none) is short here: the count of
    # requests, not the seconds waited, is what shows the breaker stopped the run.
    refs = [_reference(i, with_doi=i % 2 == 0) for i in range(14)]
    with CrossrefStub(RECORDS, retry_after=retry_after) as stub:
        stub.fail_next(100_000, "429")
        out = _verify(_chain(stub.url, unnamed_retry_after=0.2), refs, limit=60.0)
        _assert_all_network(out)  # never not_found
        # the breaker opens after RATE_LIMITS_TO_OPEN refused attempts in a row; only what was
        # then already on the wire (the polite in-flight slots) still went out
        assert len(stub.log) <= RATE_LIMITS_TO_OPEN + POLITE.in_flight


def test_a_server_trickling_its_answers_ends_the_run_within_a_bound():
    # every answer starts at once and then sends a byte every 0.1 s: httpx's time-outs are per
    # read, so without a deadline for the whole attempt one lookup lasted as long as the server
    # kept trickling. Each attempt now costs one time-out, so the count of requests is the bound.
    refs = [_reference(i, with_doi=i % 2 == 0) for i in range(10)]
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(100_000, "trickle")
        out = _verify(_hang_chain(stub.url), refs)
        _assert_all_network(out)  # never not_found
        assert len(stub.log) <= TIMEOUTS_TO_OPEN + POLITE.in_flight
