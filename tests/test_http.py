"""PoliteHttp (and Crossref on top of it) against hostile stand-ins: servers that trickle,
refuse forever, send endless bodies, redirect in loops or elsewhere, or answer 404 for someone
else. Every one ends FAILED (never ABSENT) within a bound that is asserted as a count of requests,
bytes or attempts, never as a duration."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from citecheck.resolution.crossref import CrossrefSource
from citecheck.resolution.http import HttpFailure, HttpSettings, PoliteHttp, json_body
from citecheck.resolution.pacing import InFlightLimit, RateBudget
from citecheck.resolution.source import DoiResult, LookupStatus

T = TypeVar("T")

BASE = "https://api.crossref.test"
MAILTO = "tester@example.org"
WORK = {
    "DOI": "10.1000/a1",
    "type": "journal-article",
    "title": ["Ketamine for generalised anxiety disorder"],
    "author": [{"given": "Paul", "family": "Glue"}],
    "container-title": ["J Psych"],
    "issued": {"date-parts": [[2018]]},
}
CROSSREF_HEADERS = {"X-Rate-Limit-Limit": "50", "X-Rate-Limit-Interval": "1s"}


class Server:
    """An httpx.MockTransport that logs every request and answers with `respond`."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._respond = respond
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._respond(request)


def crossref(server: Server, **options: Any) -> CrossrefSource:
    settings: dict[str, Any] = {"retry_wait": 0.001, "retry_wait_max": 0.002, "timeout": 2.0}
    settings.update(options)
    return CrossrefSource(
        base_url=BASE, doi_url=BASE, mailto=MAILTO, transport=server.transport, **settings
    )


def run(source: CrossrefSource, lookup: Callable[[CrossrefSource], Awaitable[T]]) -> T:
    async def go() -> T:
        try:
            return await asyncio.wait_for(lookup(source), 60)
        finally:
            await source.aclose()

    return asyncio.run(go())


def found(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"message": WORK}, headers=CROSSREF_HEADERS)


# --- only Crossref's own 404 says "no such DOI" ---------------------------------------------


def test_crossrefs_own_404_is_absence() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404,
            content=b"Resource not found.",
            headers={**CROSSREF_HEADERS, "Content-Type": "text/plain"},
        )

    result = run(crossref(Server(respond)), lambda s: s.get_doi("10.1000/nothing"))
    assert result.status == LookupStatus.ABSENT


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        # the right words from something without Crossref's headers: a proxy, a wrong base URL
        (b"Resource not found.", {"Content-Type": "text/plain"}),
        (b"<html><h1>404 Not Found</h1></html>", {**CROSSREF_HEADERS, "Content-Type": "text/html"}),
        (b"Not Found", {**CROSSREF_HEADERS, "Content-Type": "text/plain"}),
        (b"", CROSSREF_HEADERS),
    ],
)
def test_a_404_that_is_not_crossrefs_own_is_a_failure_never_absence(
    body: bytes, headers: dict[str, str]
) -> None:
    server = Server(lambda request: httpx.Response(404, content=body, headers=headers))
    result = run(crossref(server), lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "not Crossref's own" in str(result.detail)


def test_a_foreign_404_is_not_cached_so_a_healthy_rerun_finds_the_work(tmp_path: Path) -> None:
    from citecheck.resolution.cache import CacheStore
    from citecheck.resolution.chain import ChainedSource

    def chain(respond: Callable[[httpx.Request], httpx.Response]) -> ChainedSource:
        cache = CacheStore(tmp_path / "cache.sqlite3", api_url=BASE, doi_url=BASE)
        return ChainedSource(None, cache, crossref(Server(respond)))

    async def lookup(source: ChainedSource) -> DoiResult:
        try:
            return await source.get_doi("10.1000/a1")
        finally:
            await source.aclose()

    foreign = chain(lambda r: httpx.Response(404, content=b"Resource not found."))
    assert asyncio.run(lookup(foreign)).status == LookupStatus.FAILED
    healthy = asyncio.run(lookup(chain(found)))
    assert healthy.status == LookupStatus.FOUND and healthy.source == "crossref-api"


# --- bounded time and size ------------------------------------------------------------------


def test_a_server_trickling_its_body_is_cut_off_by_the_attempt_deadline() -> None:
    # headers at once, then a byte every 0.2 s forever: no single read ever waits long enough
    # for a per-read time-out, so only a deadline for the whole attempt ends it
    async def trickle() -> AsyncIterator[bytes]:
        yield b'{"message": '
        while True:
            await asyncio.sleep(0.2)
            yield b" "

    server = Server(lambda r: httpx.Response(200, content=trickle(), headers=CROSSREF_HEADERS))
    source = crossref(server, timeout=0.5)
    result = run(source, lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "time-out" in str(result.detail)
    assert len(server.requests) == source.timeout_attempts


def test_retries_stop_after_the_retry_time_however_many_attempts_are_allowed() -> None:
    server = Server(lambda r: httpx.Response(503, content=b"busy"))
    source = crossref(server, attempts=10_000, retry_time=0.3)
    result = run(source, lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "0.3 s of retries" in str(result.detail)
    # how many fit in 0.3 s depends on the machine's load; that they stop is what counts
    assert 1 <= len(server.requests) < 10_000


def test_a_huge_body_is_refused_while_it_streams_never_held_whole() -> None:
    sent: list[int] = []

    async def hundred_megabytes() -> AsyncIterator[bytes]:
        for _ in range(100):
            sent.append(1)
            yield b" " * (1024 * 1024)

    server = Server(
        lambda r: httpx.Response(200, content=hundred_megabytes(), headers=CROSSREF_HEADERS)
    )
    source = crossref(server)
    result = run(source, lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "body over 8 MB" in str(result.detail)
    assert len(sent) <= 9  # read up to the cap and no further
    assert len(server.requests) == 1  # the same body would come again: not retried


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(200, content=b"{}", headers=CROSSREF_HEADERS)
        response.headers["Content-Length"] = str(200 * 1024 * 1024)
        return response

    result = run(crossref(Server(respond)), lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "byte body" in str(result.detail)


# --- redirects ------------------------------------------------------------------------------


def test_a_redirect_loop_ends_after_a_few_hops_each_paced() -> None:
    server = Server(lambda r: httpx.Response(302, headers={"Location": str(r.url)}))
    source = crossref(server)
    result = run(source, lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "redirects" in str(result.detail)
    assert len(server.requests) == source.settings.max_redirects + 1
    # every hop took its turn in the pacing budget, like any other request
    assert source.single.starts == len(server.requests)


def test_a_redirect_to_another_host_is_not_followed() -> None:
    server = Server(
        lambda r: httpx.Response(
            302, headers={"Location": "https://elsewhere.test/collect?from=citecheck"}
        )
    )
    result = run(crossref(server), lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED
    assert "another server" in str(result.detail)
    assert {r.url.host for r in server.requests} == {"api.crossref.test"}


def test_a_redirect_to_an_invalid_address_is_a_failed_lookup() -> None:
    server = Server(lambda r: httpx.Response(302, headers={"Location": "http://[bad"}))

    async def go() -> None:
        http = PoliteHttp(user_agent="citecheck/test", transport=server.transport)
        try:
            await http.get(
                BASE + "/works/x",
                budget=RateBudget(50.0),
                in_flight=InFlightLimit(1),
                parse=json_body,
            )
        finally:
            await http.aclose()

    with pytest.raises(HttpFailure, match="HTTP 302 with an invalid Location"):
        asyncio.run(go())
    assert len(server.requests) == 1
    result = run(crossref(server), lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED and "invalid Location" in str(result.detail)


def test_a_redirect_on_the_same_host_is_followed_through_the_budget() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/v1/"):
            return found(request)
        return httpx.Response(301, headers={"Location": f"/v1{request.url.path}"})

    server = Server(respond)
    source = crossref(server)
    result = run(source, lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FOUND
    assert [r.url.path for r in server.requests] == ["/works/10.1000/a1", "/v1/works/10.1000/a1"]
    assert source.single.starts == 2


def test_an_upgrade_to_https_on_the_same_host_is_followed() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            return found(request)
        return httpx.Response(308, headers={"Location": str(request.url.copy_with(scheme="https"))})

    server = Server(respond)
    source = CrossrefSource(
        base_url="http://api.crossref.test", doi_url=BASE, mailto=MAILTO, transport=server.transport
    )
    result = run(source, lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FOUND


# --- the service on its own -----------------------------------------------------------------


def test_polite_http_returns_parsed_answers_and_fails_on_other_statuses() -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/ok":
            return httpx.Response(200, json={"esearchresult": {"count": "1"}})
        return httpx.Response(410, content=b"gone")

    server = Server(respond)

    async def go() -> Any:
        http = PoliteHttp(
            user_agent="citecheck/test (mailto:me@example.org)",
            settings=HttpSettings(retry_wait=0.001),
            transport=server.transport,
        )
        budget, in_flight = RateBudget(50.0, name="eutils"), InFlightLimit(2)
        try:
            ok = await http.get(
                "https://eutils.test/ok", budget=budget, in_flight=in_flight, parse=json_body
            )
            with pytest.raises(HttpFailure, match="HTTP 410"):
                await http.get(
                    "https://eutils.test/gone", budget=budget, in_flight=in_flight, parse=json_body
                )
            return ok
        finally:
            await http.aclose()

    assert asyncio.run(go()) == {"esearchresult": {"count": "1"}}
    assert all(
        r.headers["User-Agent"] == "citecheck/test (mailto:me@example.org)" for r in server.requests
    )
    assert len(server.requests) == 2


# --- answers that do not fit Crossref's schema --------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        {"items": [None]},
        {"items": ["10.1000/a1"]},
        {"items": [{"title": ["No DOI here"]}]},
        {"items": [WORK, {"DOI": 5}]},
        {},
        {"items": "none"},
    ],
)
def test_a_malformed_search_answer_is_a_failure_never_no_match(message: dict[str, Any]) -> None:
    server = Server(lambda r: httpx.Response(200, json={"message": message}))
    result = run(crossref(server), lambda s: s.search("ketamine anxiety"))
    assert result.status == LookupStatus.FAILED and not result.authoritative


def test_an_empty_search_answer_is_no_match() -> None:
    server = Server(lambda r: httpx.Response(200, json={"message": {"items": []}}))
    result = run(crossref(server), lambda s: s.search("ketamine anxiety"))
    assert result.status == LookupStatus.ABSENT and result.authoritative


@pytest.mark.parametrize("message", [{}, {"title": ["A work without its DOI"]}, {"DOI": 12}])
def test_a_doi_answer_without_a_work_is_a_failure(message: Any) -> None:
    server = Server(lambda r: httpx.Response(200, json={"message": message}))
    result = run(crossref(server), lambda s: s.get_doi("10.1000/a1"))
    assert result.status == LookupStatus.FAILED


def test_the_probe_of_an_open_breaker_goes_out_and_closes_it() -> None:
    from citecheck.resolution.circuit import CircuitBreaker

    answers = iter([503, 503, 200])

    def respond(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        return found(request) if status == 200 else httpx.Response(status, content=b"busy")

    server = Server(respond)

    async def go() -> tuple[Any, bool]:
        http = PoliteHttp(
            user_agent="citecheck/test",
            settings=HttpSettings(attempts=2, retry_wait=0.001),
            transport=server.transport,
            breaker=lambda host: CircuitBreaker(host, failures_to_open=1, cool_down=0.0),
        )
        budget, in_flight = RateBudget(50.0), InFlightLimit(1)
        try:
            with pytest.raises(HttpFailure, match="HTTP 503"):
                await http.get(BASE + "/x", budget=budget, in_flight=in_flight, parse=json_body)
            assert http.breaker(BASE).is_open
            # the cool-down is over: the next request is the probe, and it must be sent
            answer = await http.get(
                BASE + "/x", budget=budget, in_flight=in_flight, parse=json_body
            )
            return answer, http.breaker(BASE).is_open
        finally:
            await http.aclose()

    answer, still_open = asyncio.run(go())
    assert answer["message"]["DOI"] == "10.1000/a1"
    assert not still_open and len(server.requests) == 3


def test_an_advertised_rate_of_one_an_hour_does_not_stall_the_next_request() -> None:
    # a misconfigured proxy or a hostile --crossref-url: paced as said, the second lookup
    # would wait an hour; the budget stands down instead and the user is told once
    headers = {"X-Rate-Limit-Limit": "1", "X-Rate-Limit-Interval": "3600s"}
    server = Server(lambda r: httpx.Response(200, json={"message": WORK}, headers=headers))
    source = crossref(server)

    async def lookups(s: CrossrefSource) -> tuple[DoiResult, DoiResult, DoiResult]:
        first = await s.get_doi("10.1000/a1")
        second = await asyncio.wait_for(s.get_doi("10.1000/a2"), 30)
        third = await asyncio.wait_for(s.get_doi("10.1000/a3"), 30)
        return first, second, third

    first, second, third = run(source, lookups)
    assert first.status == LookupStatus.FOUND
    assert second.status == third.status == LookupStatus.FAILED
    assert "pause" in str(second.detail)
    assert len(server.requests) == 1
    assert len(source.warnings) == 1 and "advertised a rate limit" in source.warnings[0]


def test_a_server_answering_429_forever_costs_a_run_one_pause_not_one_per_attempt() -> None:
    # "429, Retry-After: 60" to everything, scaled down: each request's retries used to wait
    # out the pause again until the breaker opened (12 attempts: minutes per budget at 60 s)
    headers = {**CROSSREF_HEADERS, "Retry-After": "0.2"}
    server = Server(lambda r: httpx.Response(429, content=b"slow down", headers=headers))
    source = crossref(server, max_retry_after=0.3, attempts=4)

    async def twenty(s: CrossrefSource) -> list[DoiResult]:
        return await asyncio.gather(*(s.get_doi(f"10.1000/a{n}") for n in range(20)))

    results = run(source, twenty)
    assert all(result.status == LookupStatus.FAILED for result in results)
    # the first 429s pause the budget once (0.2 s); the next one would take the pauses past
    # what we wait (0.3 s): the budget stands down, and every queued request fails unsent
    assert len(server.requests) <= 2 * source.in_flight.ceiling
    assert len(source.warnings) == 1 and "kept answering 429" in source.warnings[0]


def test_crossref_takes_its_http_settings_from_one_place() -> None:
    assert CrossrefSource().settings == HttpSettings()
    chosen = HttpSettings(attempts=2, retry_time=5.0, max_body=1024)
    source = CrossrefSource(settings=chosen, timeout=3.0)
    assert source.settings == HttpSettings(attempts=2, retry_time=5.0, max_body=1024, timeout=3.0)
    assert source.http.settings is source.settings
    # what makes no sense is read as the least that does
    assert CrossrefSource(attempts=0, timeout_attempts=5).settings.timeout_attempts == 1
    with pytest.raises(TypeError):
        CrossrefSource(no_such_setting=1)
