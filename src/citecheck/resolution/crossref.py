"""The Crossref REST API (and doi.org's registration-agency lookup) as a `MetadataSource`.

Etiquette (crossref-api-notes.md §6): a User-Agent naming citecheck, its version and, when the
user gave one, their contact address, which is also sent as `mailto=` to join the polite pool.
Budgets since December 2025: polite 10 single-record and 3 list requests/s, 3 in flight; public
5/s and 1/s, 1 in flight. Each budget is paced separately and lowered, never raised, by the
server's `X-Rate-Limit-*` / `X-Concurrency-Limit` headers and by 429s.

A failure is never an answer: time-outs, connection errors, 5xx, 429 and broken bodies are
retried with backoff and jitter (tenacity), then reported as FAILED, never ABSENT. A request that
failed after all its retries counts towards the server's circuit breaker, and so does every
attempt that timed out; any answer resets it. A time-out costs the whole `timeout` (10 s by
default: Crossref answers in well under that), so a request is tried at most `timeout_attempts`
(2) times when its attempts time out; with `TIMEOUTS_TO_OPEN` (4) such attempts in a row opening
the breaker, a server that accepts connections but never answers ends a run in about
(4 + in-flight - 1) x 10 s, whatever the number of references.
A `Retry-After` longer than `max_retry_after` is not waited out: that budget's requests fail at
once until the time has passed, and `warnings` says so for the user.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    RetryError,
    retry_if_exception_type,
    wait_random_exponential,
)

from citecheck import __version__
from citecheck.resolution.circuit import CircuitBreaker, CircuitOpen
from citecheck.resolution.pacing import (
    InFlightLimit,
    RateBudget,
    StandingDown,
    parse_interval,
    parse_retry_after,
)
from citecheck.resolution.records import record_from_message
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)
from citecheck.resolution.urls import DEFAULT_CROSSREF_URL, DEFAULT_DOI_URL  # also for importers

log = logging.getLogger(__name__)
# Fields a bibliographic search returns: enough to build a Record and read retractions.
SEARCH_SELECT = (
    "DOI,title,author,container-title,short-container-title,issued,published-print,"
    "published-online,volume,issue,page,type,publisher,ISSN,updated-by,update-to,relation,"
    "subtitle,article-number"
)
# The longest `Retry-After` waited out (the default of `max_retry_after`). A minute is already a
# long silent stall in an interactive run, and a server asking for more wants us gone for now
# (crossref-api-notes §6: bibaudit caps at 60 s, refaudit stands the host down beyond 60 s).
MAX_RETRY_AFTER = 60.0
# Per-attempt time-out (connect, read, write; httpx's read time-out is per read). Crossref answers
# a lookup or a five-row search in well under this; an attempt that waits longer is most likely
# not going to be answered, and every one of them is time the user sits through.
DEFAULT_TIMEOUT = 10.0
# Attempts for a request whose attempts time out (other transient failures get `attempts`):
# one retry rides out a single lost request, more only multiply the stall.
TIMEOUT_ATTEMPTS = 2
DOI_ORG_RATE = 5.0  # doi.org publishes no budget; stay modest


@dataclass(frozen=True)
class Pool:
    """One of Crossref's published budgets."""

    name: str
    single_rate: float
    list_rate: float
    in_flight: int


POLITE = Pool("polite", 10.0, 3.0, 3)
PUBLIC = Pool("public", 5.0, 1.0, 1)


def user_agent(mailto: str | None) -> str:
    """`citecheck/<version> (mailto:<contact>)`; no address unless the user gave one (a shared
    built-in address would let one user's misbehaviour block everyone)."""
    if mailto:
        return f"citecheck/{__version__} (mailto:{mailto})"
    return f"citecheck/{__version__}"


def quote_doi(doi: str) -> str:
    """URL-encode a DOI for a path, keeping its `/` (api_tips: "URL-encode DOIs")."""
    return quote(doi, safe="/")


class _Transient(Exception):
    """A failure worth retrying: 5xx, broken body, time-out, connection error."""


class _TimedOut(_Transient):
    """No answer within the time-out (connect, read or write)."""


class _RateLimited(_Transient):
    def __init__(self, retry_after: float | None) -> None:
        super().__init__(f"HTTP 429 (Retry-After {retry_after})")
        self.retry_after = retry_after


class _GiveUp(Exception):
    """An answer not worth retrying: a 4xx other than 404/429."""


class CrossrefSource(MetadataSource):
    """Crossref's REST API: `GET /works/{doi}`, `GET /works?query.bibliographic=`, and doi.org's
    `GET /doiRA/{doi}` for the agency of DOIs Crossref does not hold."""

    name = "crossref-api"

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_CROSSREF_URL,
        doi_url: str = DEFAULT_DOI_URL,
        mailto: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        concurrency: int | None = None,
        attempts: int = 4,
        timeout_attempts: int = TIMEOUT_ATTEMPTS,
        retry_wait: float = 0.5,
        retry_wait_max: float = 8.0,
        max_retry_after: float = MAX_RETRY_AFTER,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.doi_url = doi_url.rstrip("/")
        self.mailto = mailto or None
        self.pool = POLITE if self.mailto else PUBLIC
        in_flight = (
            self.pool.in_flight
            if concurrency is None
            else min(self.pool.in_flight, max(1, concurrency))
        )
        self.single = RateBudget(self.pool.single_rate, name="single-record")
        self.list = RateBudget(self.pool.list_rate, name="search")
        self.in_flight = InFlightLimit(in_flight)
        if urlsplit(self.doi_url).netloc == urlsplit(self.base_url).netloc:
            # One server answering both (a proxy, a stand-in): its agency lookups count against
            # the single-record budget rather than adding a budget of their own on top.
            self.doi_org, self.doi_org_in_flight = self.single, self.in_flight
        else:
            self.doi_org = RateBudget(DOI_ORG_RATE, name="agency")
            self.doi_org_in_flight = InFlightLimit(min(2, in_flight + 1))
        self._breakers: dict[str, CircuitBreaker] = {}
        self.attempts = attempts
        self.timeout_attempts = max(1, min(attempts, timeout_attempts))
        self.retry_wait = retry_wait
        self.retry_wait_max = retry_wait_max
        self.max_retry_after = max_retry_after
        # one connection pool for every request of the run
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent(self.mailto), "Accept": "application/json"},
            limits=httpx.Limits(
                max_connections=in_flight + 2, max_keepalive_connections=in_flight + 2
            ),
            transport=transport,
            follow_redirects=True,
        )
        self.requests_sent = 0

    # --- the three questions -------------------------------------------------------------

    async def get_doi(self, doi: str) -> DoiResult:
        url = f"{self.base_url}/works/{quote_doi(doi)}"
        try:
            status, body = await self._fetch(url, self._params(), self.single, self.in_flight)
        except _Failure as failure:
            return DoiResult(status=LookupStatus.FAILED, source=self.name, detail=str(failure))
        if status == 404:
            return DoiResult(status=LookupStatus.ABSENT, source=self.name, detail="Crossref 404")
        message = body.get("message") if isinstance(body, dict) else None
        if not isinstance(message, dict):
            return DoiResult(
                status=LookupStatus.FAILED,
                source=self.name,
                detail="Crossref answered without a work message",
            )
        return DoiResult(status=LookupStatus.FOUND, work=_work(message), source=self.name)

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        params = self._params()
        params.update({"query.bibliographic": query, "rows": str(rows), "select": SEARCH_SELECT})
        try:
            status, body = await self._fetch(
                f"{self.base_url}/works", params, self.list, self.in_flight
            )
        except _Failure as failure:
            return SearchResult(status=LookupStatus.FAILED, source=self.name, detail=str(failure))
        items = (body.get("message") or {}).get("items") if isinstance(body, dict) else None
        if status == 404 or not isinstance(items, list):
            return SearchResult(
                status=LookupStatus.FAILED,
                source=self.name,
                detail=f"search answered HTTP {status} without items",
            )
        works = [
            _work(item, score=item.get("score"))
            for item in items
            if isinstance(item, dict) and item.get("DOI")
        ]
        found = LookupStatus.FOUND if works else LookupStatus.ABSENT
        return SearchResult(status=found, works=works, source=self.name, authoritative=True)

    async def agency(self, doi: str) -> AgencyResult:
        url = f"{self.doi_url}/doiRA/{quote_doi(doi)}"
        try:
            status, body = await self._fetch(
                url, {}, self.doi_org, self.doi_org_in_flight, crossref_headers=False
            )
        except _Failure as failure:
            return AgencyResult(status=LookupStatus.FAILED, source=self.name, detail=str(failure))
        return _agency_from_body(status, body, self.name)

    async def aclose(self) -> None:
        await self.client.aclose()

    # --- transport ---------------------------------------------------------------------

    def _params(self) -> dict[str, str]:
        return {"mailto": self.mailto} if self.mailto else {}

    async def _fetch(
        self,
        url: str,
        params: dict[str, str],
        budget: RateBudget,
        in_flight: InFlightLimit,
        *,
        crossref_headers: bool = True,
    ) -> tuple[int, Any]:
        """(status, parsed JSON or None) for 200 and 404; raises `_Failure` otherwise."""
        breaker = self._breaker_for(url)
        try:
            probe = breaker.admit()
        except CircuitOpen as exc:
            raise _Failure(str(exc)) from exc
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(_Transient),
            stop=self._stop,
            wait=wait_random_exponential(multiplier=self.retry_wait, max=self.retry_wait_max),
            reraise=False,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    try:
                        answer = await self._once(
                            url,
                            params,
                            budget,
                            in_flight,
                            crossref_headers,
                            lambda: breaker.check(probe),
                        )
                    except _TimedOut:
                        breaker.timed_out()
                        raise
                    breaker.answered()
                    return answer
        except RetryError as exc:
            cause = exc.last_attempt.exception()
            if not isinstance(cause, _RateLimited):  # a 429 is the server alive, not broken
                breaker.failed()
            raise _Failure(f"{cause} after {exc.last_attempt.attempt_number} attempts") from cause
        except _GiveUp as exc:
            breaker.answered()
            raise _Failure(str(exc)) from exc
        except (CircuitOpen, StandingDown) as exc:
            raise _Failure(str(exc)) from exc
        finally:
            if probe:
                breaker.probe_over()
        raise _Failure("no attempt made")  # pragma: no cover - tenacity always attempts

    def _stop(self, state: RetryCallState) -> bool:
        """Stop after `attempts`, or after `timeout_attempts` when the last attempt timed out."""
        if state.attempt_number >= self.attempts:
            return True
        failure = state.outcome.exception() if state.outcome is not None else None
        return isinstance(failure, _TimedOut) and state.attempt_number >= self.timeout_attempts

    async def _once(
        self,
        url: str,
        params: dict[str, str],
        budget: RateBudget,
        in_flight: InFlightLimit,
        crossref_headers: bool,
        still_closed: Callable[[], None],
    ) -> tuple[int, Any]:
        # checked whenever the request comes up: the breaker may have opened while it queued
        async with budget.turn(in_flight, still_closed) as on_wire:
            self.requests_sent += 1
            try:
                response = await self.client.get(
                    url, params=params, extensions={"trace": _when_sent(on_wire)}
                )
                body_bytes = response.content
            except httpx.TimeoutException as exc:
                raise _TimedOut(f"time-out ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:  # connection refused/reset, protocol errors
                raise _Transient(f"network error ({type(exc).__name__})") from exc
        if crossref_headers:
            self._read_limits(response, budget)
        status = response.status_code
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self.max_retry_after:
                raise self._stand_down(url, budget, retry_after, crossref_headers)
            budget.rate_limited(retry_after if retry_after is not None else 1.0)
            raise _RateLimited(retry_after)
        if status >= 500 or status == 408:
            raise _Transient(f"HTTP {status}")
        if status == 404:
            budget.succeeded()
            return status, None
        if status != 200:
            raise _GiveUp(f"HTTP {status}")
        try:
            body = json.loads(body_bytes)
        except ValueError as exc:
            raise _Transient("HTTP 200 with a body that is not JSON (truncated?)") from exc
        budget.succeeded()
        return status, body

    def _stand_down(
        self, url: str, budget: RateBudget, seconds: float, crossref_headers: bool
    ) -> StandingDown:
        """A `Retry-After` beyond our cap: rather than stall the run for it, fail this budget's
        requests until it has passed, and tell the user once. Returns what to raise."""
        if budget.stand_down(seconds):
            who = "Crossref" if crossref_headers else urlsplit(url).netloc
            self.warnings.append(
                f"{who} asked us to wait {seconds:.0f} s (Retry-After) before more {budget.name} "
                f"requests, longer than the {self.max_retry_after:g} s we wait; gave up on the "
                "remaining ones, whose references end unverifiable (network). Try again later."
            )
        return StandingDown(
            f"HTTP 429 with Retry-After {seconds:.0f} s, beyond the "
            f"{self.max_retry_after:g} s we wait"
        )

    def _breaker_for(self, url: str) -> CircuitBreaker:
        host = urlsplit(url).netloc
        if host not in self._breakers:
            self._breakers[host] = CircuitBreaker(host)
        return self._breakers[host]

    def _read_limits(self, response: httpx.Response, budget: RateBudget) -> None:
        """Lower this budget and the in-flight cap to what the server's headers say."""
        headers = response.headers
        limit = _number(headers.get("X-Rate-Limit-Limit"))
        interval = parse_interval(headers.get("X-Rate-Limit-Interval")) or 1.0
        if limit:
            budget.advertise(limit / interval)
        concurrency = _number(headers.get("X-Concurrency-Limit"))
        if concurrency:
            self.in_flight.lower_to(int(concurrency))


class _Failure(Exception):
    """Internal: the request ended without a trustworthy answer."""


def _when_sent(callback: Callable[[], None]) -> Callable[[str, dict[str, Any]], Any]:
    """An httpx `trace` hook that calls `callback` when the request's headers go on the wire,
    which is the moment the server counts against its rate limit (see `RateBudget.turn`)."""

    async def trace(event: str, info: dict[str, Any]) -> None:
        if event.endswith("send_request_headers.started"):
            callback()

    return trace


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _work(message: dict[str, Any], score: Any = None) -> Work:
    return Work(
        record=record_from_message(message),
        message=message,
        score=float(score) if isinstance(score, int | float) else None,
    )


def _agency_from_body(status: int, body: Any, source: str) -> AgencyResult:
    """doi.org `doiRA`: `[{"DOI": .., "RA": "Crossref"}]` or `[{.., "status": "DOI does not
    exist"}]`. Anything else is FAILED: an unreadable answer is not evidence."""
    entry = body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else None
    if status == 200 and entry is not None:
        if entry.get("RA"):
            return AgencyResult(
                status=LookupStatus.FOUND, agency=str(entry["RA"]).lower(), source=source
            )
        if "does not exist" in str(entry.get("status", "")).lower():
            return AgencyResult(
                status=LookupStatus.ABSENT, source=source, detail="doi.org: DOI does not exist"
            )
    return AgencyResult(
        status=LookupStatus.FAILED,
        source=source,
        detail=f"doi.org doiRA answered HTTP {status} without an agency",
    )
