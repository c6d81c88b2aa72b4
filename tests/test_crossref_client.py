"""CrossrefSource against the local stub: etiquette, answers, faults, retries and pacing.

Spacing is asserted on the client's own send stamps (`_SendTimes`), which the pacing decision
bounds whatever the load, never on when the stub's threads got round to logging an arrival; and
no test asserts an upper bound on how long something took (counts of requests instead).
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from citecheck import __version__
from citecheck.resolution.crossref import CrossrefSource, quote_doi, user_agent
from citecheck.resolution.pacing import parse_interval, parse_retry_after
from citecheck.resolution.source import LookupStatus
from crossref_stub import CrossrefStub

MAILTO = "editor@example.org"


def work(doi: str, title: str, family: str = "Smith", year: int = 2020) -> dict:
    return {
        "DOI": doi,
        "type": "journal-article",
        "title": [title],
        "author": [{"given": "A.", "family": family}],
        "container-title": ["J Psych"],
        "issued": {"date-parts": [[year]]},
        "volume": "7",
        "page": "1-9",
    }


RECORDS = {
    "10.1000/a1": work("10.1000/a1", "Ketamine for generalised anxiety disorder", "Glue"),
    "10.1000/b2": work("10.1000/b2", "Esketamine nasal spray in depression", "Daly"),
    "10.1002/(sici)1097-4679(199709)53:5;433-jclp4.3.0.co;2-o": work(
        "10.1002/(sici)1097-4679(199709)53:5;433-jclp4.3.0.co;2-o", "Odd SICI DOI"
    ),
}


def client(stub: CrossrefStub, **kwargs) -> CrossrefSource:
    options = {"mailto": MAILTO, "retry_wait": 0.01, "retry_wait_max": 0.05, "timeout": 2.0}
    options.update(kwargs)
    return CrossrefSource(base_url=stub.url, doi_url=stub.doi_url, **options)


async def use(source: CrossrefSource, coro_factory):
    try:
        return await coro_factory(source)
    finally:
        await source.aclose()


def run(source: CrossrefSource, coro_factory):
    return asyncio.run(use(source, coro_factory))


def test_user_agent_names_tool_version_and_contact_only_when_given():
    assert user_agent(MAILTO) == (f"citecheck/{__version__} (mailto:{MAILTO})")
    assert "@" not in user_agent(None) and "mailto" not in user_agent(None)


def test_polite_requests_carry_mailto_param_and_user_agent():
    with CrossrefStub(RECORDS) as stub:
        result = run(client(stub), lambda s: s.get_doi("10.1000/a1"))
        assert result.status == LookupStatus.FOUND
        assert result.work.record.authors == ["Glue"]
        assert result.source == "crossref-api"
        (request,) = stub.log
        assert request.path == "/works/10.1000/a1"
        assert request.query["mailto"] == MAILTO
        assert request.headers["User-Agent"] == user_agent(MAILTO)


def test_public_pool_sends_no_address_and_uses_public_budgets():
    with CrossrefStub(RECORDS) as stub:
        source = client(stub, mailto=None)
        assert (source.single.ceiling, source.list.ceiling, source.in_flight.limit) == (5, 1, 1)
        run(source, lambda s: s.get_doi("10.1000/a1"))
        (request,) = stub.log
        assert "mailto" not in request.query
        assert "@" not in request.headers["User-Agent"]
        assert f"citecheck/{__version__}" in request.headers["User-Agent"]


def test_doi_is_url_encoded_but_keeps_slash():
    doi = "10.1002/(sici)1097-4679(199709)53:5;433-jclp4.3.0.co;2-o"
    assert quote_doi(doi).startswith("10.1002/%28sici%29")
    with CrossrefStub(RECORDS) as stub:
        result = run(client(stub), lambda s: s.get_doi(doi))
        assert result.status == LookupStatus.FOUND
        assert result.work.record.doi == doi


def test_404_is_absent_without_retry():
    with CrossrefStub(RECORDS) as stub:
        result = run(client(stub), lambda s: s.get_doi("10.1000/missing"))
        assert result.status == LookupStatus.ABSENT
        assert len(stub.log) == 1


@pytest.mark.parametrize("kind", ["500", "503", "drop", "truncate", "nonjson", "slow"])
def test_persistent_fault_is_failed_never_absent(kind):
    with CrossrefStub(RECORDS, slow_seconds=1.0) as stub:
        stub.fail_next(100, kind)
        # a short time-out only where the time-out is the fault: on a loaded machine a quick
        # 503 can take longer than 0.3 s to arrive, and would count as a time-out
        source = client(stub, attempts=3, timeout=0.3 if kind == "slow" else 10.0)
        doi_result = run(source, lambda s: s.get_doi("10.1000/missing"))
        assert doi_result.status == LookupStatus.FAILED
        assert doi_result.detail
        # every attempt was a real request; time-outs get fewer (each costs the whole time-out)
        expected = source.timeout_attempts if kind == "slow" else 3
        assert len(stub.log) == expected


@pytest.mark.parametrize("kind", ["500", "503", "drop", "truncate", "nonjson"])
def test_faults_in_search_and_agency_are_failed(kind):
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(100, kind)

        async def both(s):
            return await s.search("ketamine anxiety"), await s.agency("10.1000/nothing")

        search, agency = run(client(stub, attempts=2), both)
        assert search.status == LookupStatus.FAILED and not search.authoritative
        assert agency.status == LookupStatus.FAILED


@pytest.mark.parametrize("kind", ["503", "drop", "truncate", "nonjson"])
def test_one_transient_fault_is_retried(kind):
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(1, kind)
        result = run(client(stub), lambda s: s.get_doi("10.1000/b2"))
        assert result.status == LookupStatus.FOUND
        assert len(stub.log) == 2


def test_429_retry_after_is_honoured():
    with CrossrefStub(RECORDS, retry_after=1.0) as stub:
        stub.fail_next(1, "429")
        source = client(stub)
        result = run(source, lambda s: s.get_doi("10.1000/a1"))
        assert result.status == LookupStatus.FOUND
        first, second = stub.log
        assert first.status == 429 and second.status == 200
        assert second.time - first.time >= 0.95
        assert source.single.factor < 1.0  # and the pace was lowered


def test_429_with_long_retry_after_gives_up_as_failed():
    with CrossrefStub(RECORDS, retry_after=3600) as stub:
        stub.fail_next(5, "429")
        result = run(client(stub), lambda s: s.get_doi("10.1000/a1"))
        assert result.status == LookupStatus.FAILED
        assert len(stub.log) == 1


def test_search_sends_bibliographic_query_rows_and_select():
    with CrossrefStub(RECORDS) as stub:

        async def both(s):
            return await s.search("Glue ketamine generalised anxiety", rows=2), await s.search(
                "zzzz qqqq"
            )

        hit, miss = run(client(stub), both)
        assert hit.status == LookupStatus.FOUND and hit.authoritative
        assert hit.works[0].record.doi == "10.1000/a1"
        assert hit.works[0].score is not None
        assert miss.status == LookupStatus.ABSENT and miss.authoritative
        request = stub.log[0]
        assert request.path == "/works"
        assert request.query["query.bibliographic"] == "Glue ketamine generalised anxiety"
        assert request.query["rows"] == "2"
        assert set(request.query["select"].split(",")) >= {"DOI", "title", "author", "updated-by"}
        assert request.query["mailto"] == MAILTO


def test_agency_answers():
    with CrossrefStub(RECORDS, agencies={"10.48550/arxiv.1706.03762": "DataCite"}) as stub:

        async def three(s):
            return (
                await s.agency("10.48550/arxiv.1706.03762"),
                await s.agency("10.1000/a1"),
                await s.agency("10.9999/made-up"),
            )

        datacite, crossref, missing = run(client(stub), three)
        assert (datacite.status, datacite.agency) == (LookupStatus.FOUND, "datacite")
        assert (crossref.status, crossref.agency) == (LookupStatus.FOUND, "crossref")
        assert missing.status == LookupStatus.ABSENT
        assert [r.path for r in stub.log][0] == "/doiRA/10.48550/arxiv.1706.03762"


class _SendTimes(httpx.AsyncHTTPTransport):
    """Records, per request path kind, when the client handed it to the network (just before
    its headers go out, which is when the budget stamps its start): a send can only follow the
    previous start by the interval, so these stamps are spaced whatever the machine's load."""

    def __init__(self, first_delay: float = 0.0) -> None:
        super().__init__()
        self.first_delay = first_delay
        self.times: dict[str, list[float]] = {"single": [], "list": [], "doi-org": []}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # the first request of a run can take a while to go out (lazy set-up, a handshake)
        delay, self.first_delay = self.first_delay, 0.0
        await asyncio.sleep(delay)
        path = request.url.path
        kind = "doi-org" if path.startswith("/doiRA/") else "list" if path == "/works" else "single"
        self.times[kind].append(time.monotonic())
        return await super().handle_async_request(request)


def _gaps(times: list[float]) -> list[float]:
    times = sorted(times)
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def _max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best = 0
    for i, start in enumerate(times):
        best = max(best, sum(1 for t in times[i:] if t - start < window))
    return best


def test_pacing_never_exceeds_polite_budgets_in_any_second():
    records = {f"10.1000/p{i}": work(f"10.1000/p{i}", f"Paced work {i}") for i in range(25)}
    with CrossrefStub(records, rate_limits={"single": 10, "list": 3}, latency=0.02) as stub:

        async def burst(s):
            singles = [s.get_doi(doi) for doi in records]
            lists = [s.search(f"paced work {i}") for i in range(7)]
            return await asyncio.gather(*singles, *lists)

        sent = _SendTimes()
        results = run(client(stub, transport=sent), burst)
        assert all(r.status == LookupStatus.FOUND for r in results)
        assert all(r.status != 429 for r in stub.log)
        assert len(sent.times["single"]) == 25 and len(sent.times["list"]) == 7
        assert _max_in_window(sent.times["single"]) <= 10
        assert _max_in_window(sent.times["list"]) <= 3
        # the budgets run side by side, not one after the other
        assert min(sent.times["list"]) < max(sent.times["single"])


def test_server_headers_lower_rate_and_concurrency():
    with CrossrefStub(
        RECORDS, advertise={"limit": "4", "interval": "2s", "concurrency": "1"}
    ) as stub:
        source = client(stub)
        run(source, lambda s: s.get_doi("10.1000/a1"))
        assert source.single.rate <= 2.0
        assert source.in_flight.limit == 1


def test_headers_never_raise_the_pool_budget():
    with CrossrefStub(RECORDS, advertise={"limit": "500", "concurrency": "50"}) as stub:
        source = client(stub)
        run(source, lambda s: s.get_doi("10.1000/a1"))
        assert source.single.rate <= 10.0
        assert source.in_flight.limit == 3


def test_concurrency_option_caps_in_flight():
    with CrossrefStub(RECORDS) as stub:
        assert client(stub, concurrency=1).in_flight.limit == 1
        assert client(stub, concurrency=50).in_flight.limit == 3


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1s", 1.0), ("60s", 60.0), ("1m", 60.0), ("500ms", 0.5), ("2", 2.0), ("x", None)],
)
def test_parse_interval(text, seconds):
    assert parse_interval(text) == seconds


def test_parse_retry_after_seconds_and_http_dates():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    date = "Wed, 21 Oct 2015 07:28:00 GMT"
    epoch = 1445412480.0  # that moment
    assert parse_retry_after(date, now=epoch - 3600) == pytest.approx(3600.0)
    assert parse_retry_after(date, now=epoch + 5) == 0.0  # already past: no wait
    assert parse_retry_after(date) == 0.0


def _paced_records(n: int) -> dict[str, dict]:
    return {f"10.1000/q{i}": work(f"10.1000/q{i}", f"Queued work {i}") for i in range(n)}


def _all_dois(records):
    async def lookups(s):
        return await asyncio.gather(*(s.get_doi(doi) for doi in records))

    return lookups


def test_advertised_lower_limit_holds_for_requests_already_queued():
    records = _paced_records(8)
    with CrossrefStub(records, latency=0.02, advertise={"limit": "4", "interval": "2s"}) as stub:
        sent = _SendTimes()
        # one in flight: the second request waits for the first answer, whose headers are read
        # before its slot is given up, so what follows is queued when the limit is lowered
        results = run(client(stub, transport=sent, concurrency=1), _all_dois(records))
        assert all(r.status == LookupStatus.FOUND for r in results)
        times = sent.times["single"]
        assert len(times) == 8
        # the first request goes out before any header is seen; every later one keeps to 2/s
        assert _max_in_window(times[1:]) <= 2


def test_retry_after_holds_back_requests_already_waiting():
    records = _paced_records(6)
    with CrossrefStub(records, retry_after=1.0) as stub:
        stub.fail_next(1, "429")
        results = run(client(stub), _all_dois(records))
        assert all(r.status == LookupStatus.FOUND for r in results)
        refused = next(r for r in stub.log if r.status == 429)
        others = [r for r in stub.log if r is not refused and r.time > refused.time]
        assert others and min(r.time for r in others) >= refused.time + 0.95


def test_requests_queued_behind_a_stall_do_not_burst():
    records = _paced_records(9)
    with CrossrefStub(records, slow_seconds=0.6) as stub:
        stub.fail_next(3, "slow")  # all three in-flight slots stall together
        sent = _SendTimes()
        source = client(stub, transport=sent)
        results = run(source, _all_dois(records))
        assert all(r.status == LookupStatus.FOUND for r in results)
        # the six queued behind the stall leave one interval apart, not together when it clears
        assert min(_gaps(sent.times["single"])) >= source.single.interval * 0.999


def test_a_dead_server_fails_fast_without_retrying_every_request(monkeypatch):
    import socket

    from citecheck.resolution import crossref
    from citecheck.resolution.circuit import FAILURES_TO_OPEN

    # a fast pool so that the test spends its time on the breaker, not on the polite pace
    monkeypatch.setattr(crossref, "POLITE", crossref.Pool("polite", 200.0, 50.0, 3))
    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    attempts, dois = 4, [f"10.1000/dead{i}" for i in range(40)]
    source = CrossrefSource(
        base_url=f"http://127.0.0.1:{port}",
        doi_url=f"http://127.0.0.1:{port}",
        mailto=MAILTO,
        attempts=attempts,
        retry_wait=0.001,
        retry_wait_max=0.002,
        timeout=2.0,
    )

    async def lookups(s):
        return await asyncio.gather(*(s.get_doi(doi) for doi in dois))

    results = run(source, lookups)
    assert all(r.status == LookupStatus.FAILED for r in results)  # never ABSENT
    refused = [r for r in results if "not sent" in (r.detail or "")]
    assert refused  # once open, the breaker answered for the server
    # only requests that spent all their retries count, so the breaker opens once
    # FAILURES_TO_OPEN lookups have; the others queued meanwhile made at most attempts - 1 each
    assert source.requests_sent <= (attempts - 1) * len(dois) + FAILURES_TO_OPEN
    assert source.requests_sent < attempts * len(dois)


def test_agency_lookups_share_the_single_budget_when_one_server_answers_both():
    with CrossrefStub(RECORDS) as stub:
        shared = client(stub)
        assert shared.doi_org is shared.single
        apart = CrossrefSource(base_url=stub.url, doi_url="https://doi.org", mailto=MAILTO)
        assert apart.doi_org is not apart.single


def _within(seconds: float, coro_factory):
    """Fail (rather than hang the suite) when the lookups take longer than `seconds`."""

    async def bounded(s):
        return await asyncio.wait_for(coro_factory(s), seconds)

    return bounded


def test_retry_after_beyond_the_cap_fails_the_budget_at_once_and_says_so():
    records = _paced_records(6)
    with CrossrefStub(records, retry_after=3600) as stub:
        stub.fail_next(1, "429", budget="single")
        source = client(stub)

        async def lookups(s):
            singles = await asyncio.gather(*(s.get_doi(doi) for doi in records))
            return singles, await s.search("queued work")

        singles, search = run(source, _within(10.0, lookups))  # no waiting out the hour
        assert all(r.status == LookupStatus.FAILED for r in singles)  # never ABSENT
        assert len(stub.requests("single")) == 1  # the rest were not sent
        assert search.status == LookupStatus.FOUND  # the search budget was not asked to wait
        (warning,) = source.warnings
        assert "3600 s" in warning and "Retry-After" in warning and "single-record" in warning


def test_retry_after_as_an_http_date_beyond_the_cap():
    from email.utils import formatdate

    with CrossrefStub(RECORDS, retry_after=formatdate(time.time() + 3600, usegmt=True)) as stub:
        stub.fail_next(1, "429")
        source = client(stub)
        result = run(source, _within(10.0, lambda s: s.get_doi("10.1000/a1")))
        assert result.status == LookupStatus.FAILED
        assert len(stub.log) == 1
        assert source.warnings and "Retry-After" in source.warnings[0]


def test_retry_after_within_the_cap_is_waited_out_even_as_a_date():
    from email.utils import formatdate

    not_before = int(time.time() + 2)  # an HTTP date is to the second
    with CrossrefStub(RECORDS, retry_after=formatdate(not_before, usegmt=True)) as stub:
        stub.fail_next(1, "429")
        source = client(stub)
        result = run(source, lambda s: s.get_doi("10.1000/a1"))
        assert result.status == LookupStatus.FOUND
        first, second = stub.log
        # The retry waits for the date itself, however late the first request was sent on a
        # loaded machine (a fixed gap between the two would fail when the first one is slow).
        # The stub logs monotonic times; the date is wall-clock.
        wall_at = time.time() - time.monotonic()
        assert second.time + wall_at >= not_before - 0.05
        assert first.time < second.time
        assert source.warnings == []


def test_a_stood_down_budget_resumes_once_the_retry_after_has_passed():
    with CrossrefStub(RECORDS, retry_after=0.6) as stub:
        stub.fail_next(1, "429")
        source = client(stub, max_retry_after=0.3)  # a small cap, as a constructor option

        async def before_and_after(s):
            refused = await s.get_doi("10.1000/a1")
            await asyncio.sleep(0.7)
            return refused, await s.get_doi("10.1000/b2")

        refused, later = run(source, before_and_after)
        assert refused.status == LookupStatus.FAILED
        assert later.status == LookupStatus.FOUND
        assert len(source.warnings) == 1


@pytest.mark.parametrize("first_delay", [0.0, 0.06])
def test_no_two_single_record_requests_arrive_closer_than_the_interval(first_delay):
    records = _paced_records(6)
    with CrossrefStub(records) as stub:
        sent = _SendTimes(first_delay)
        source = client(stub, transport=sent)
        results = run(source, _all_dois(records))
        assert all(r.status == LookupStatus.FOUND for r in results)
        times = sent.times["single"]
        assert len(times) == 6
        # spaced from when the previous request went out, not from when it was let go: stamping
        # the grant let the second request leave right behind a slow first one
        assert min(_gaps(times)) >= source.single.interval * 0.999, _gaps(times)


def test_a_request_whose_attempts_time_out_is_tried_timeout_attempts_times():
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(100, "hang")
        source = client(stub, attempts=4, timeout_attempts=2, timeout=0.3)
        result = run(source, lambda s: s.get_doi("10.1000/b2"))
        assert result.status == LookupStatus.FAILED  # never ABSENT
        assert "time-out" in result.detail and "after 2 attempts" in result.detail
        assert len(stub.log) == 2


def test_a_time_out_then_an_answer_is_found():
    with CrossrefStub(RECORDS) as stub:
        stub.fail_next(1, "hang")
        result = run(client(stub, timeout=0.3), lambda s: s.get_doi("10.1000/b2"))
        assert result.status == LookupStatus.FOUND
        assert len(stub.log) == 2


def test_the_defaults_bound_a_run_against_a_server_that_never_answers():
    """Not timed: the arithmetic behind the bound. The breaker opens after TIMEOUTS_TO_OPEN
    timed-out attempts in a row; the attempts then in flight still wait out their time-out."""
    from citecheck.resolution.circuit import TIMEOUTS_TO_OPEN
    from citecheck.resolution.crossref import DEFAULT_TIMEOUT, POLITE, PUBLIC
    from citecheck.resolution.factory import SourceSettings

    source = CrossrefSource()
    assert source.client.timeout.read == source.client.timeout.connect == DEFAULT_TIMEOUT
    assert SourceSettings().timeout == DEFAULT_TIMEOUT
    assert source.timeout_attempts * 2 <= TIMEOUTS_TO_OPEN  # one reference: its DOI and search
    for pool in (POLITE, PUBLIC):
        assert (TIMEOUTS_TO_OPEN + pool.in_flight - 1) * DEFAULT_TIMEOUT <= 60.0
