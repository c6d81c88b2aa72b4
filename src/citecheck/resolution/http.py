"""A paced, bounded, polite HTTP GET for the metadata services citecheck asks (Crossref, doi.org,
and any other bibliographic API): one place for what every client of a public service owes it and
the user.

- Polite: one User-Agent for the run (the caller builds it: tool, version, contact when given);
  every request through a `RateBudget` (spaced starts) and an `InFlightLimit`; the server's
  `X-Rate-Limit-*` / `X-Concurrency-Limit` headers lower them when `rate_headers` is set; a 429
  halves the pace and its `Retry-After` is waited out, or, beyond `max_retry_after` (one pause
  or several since the last answer), the budget stands down and the user is told once
  (`warnings`); so does an advertised rate below the budget's floor.
- Bounded: each attempt has a deadline from first byte out to last byte in (`timeout`; httpx's
  own time-outs are per read, so a server trickling a byte every few seconds never trips them);
  no attempt starts later than `retry_time` after the request came up in its budget's queue
  (the server's pauses aside, bounded as above); a body larger than `max_body`
  is cut off while it streams (a fault, never buffered whole); a circuit breaker per host stops
  asking a server that has stopped answering (failures, time-outs or endless 429s).
- Redirects: followed only on the same host (an http -> https upgrade allowed), each hop a new
  start through the budget, at most `max_redirects`; a redirect elsewhere is a failure: the
  contact address in the User-Agent and the query go to the host the user named, nowhere else.

A failure is never an answer: anything but an answer the caller accepted ends in `HttpFailure`,
with a one-line reason. Callers turn that into an unverifiable lookup, never into evidence.

    http = PoliteHttp(user_agent="citecheck/1.2 (mailto:me@example.org)")
    single = RateBudget(10.0, name="single-record")
    in_flight = InFlightLimit(3)
    status, body = await http.get(url, budget=single, in_flight=in_flight,
                                  params={"mailto": ...}, answers=(200, 404),
                                  parse=lambda a: (a.status, json_body(a)))
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import httpx

from citecheck.resolution.circuit import CircuitBreaker, CircuitOpen
from citecheck.resolution.pacing import (
    InFlightLimit,
    NoStartInTime,
    RateBudget,
    StandingDown,
    parse_interval,
    parse_retry_after,
)

T = TypeVar("T")

# Each attempt, connection to last byte. Bibliographic APIs answer a lookup or a small search in
# well under this; an attempt that waits longer is most likely not going to be answered, and
# every one of them is time the user sits through.
DEFAULT_TIMEOUT = 10.0
# Answers from these services are kilobytes (a work with a long reference list: a few hundred
# KB); anything past this is a fault, and holding it whole would cost memory in proportion to
# whatever the server sends.
MAX_BODY = 8 * 1024 * 1024
# The longest `Retry-After` waited out. A minute is already a long silent stall in an interactive
# run, and a server asking for more wants us gone for now.
MAX_RETRY_AFTER = 60.0
# No attempt starts later than this after the request first came up in its budget's queue, but
# for the pauses a server asks for (`Retry-After`, at most MAX_RETRY_AFTER in all per budget
# before it stands down). With the attempt deadline that bounds one request, from then on, at
# about RETRY_TIME + MAX_RETRY_AFTER + DEFAULT_TIMEOUT, whatever the server answers.
RETRY_TIME = 45.0
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class HttpSettings:
    timeout: float = DEFAULT_TIMEOUT  # per attempt, connection to last byte
    attempts: int = 4  # for a transient failure (5xx, 408, 429, reset, broken body)
    # when the last attempt timed out: each costs the whole timeout, and one retry rides out a
    # single lost request while more only multiply the stall
    timeout_attempts: int = 2
    retry_wait: float = 0.5  # exponential back-off with full jitter: this x 2^n ...
    retry_wait_max: float = 8.0  # ... capped here
    retry_time: float = RETRY_TIME  # no new attempt this long after the first
    max_retry_after: float = MAX_RETRY_AFTER
    # the pause after a 429 that names none (a test against a local stand-in may shorten it)
    unnamed_retry_after: float = 1.0
    max_body: int = MAX_BODY
    max_redirects: int = MAX_REDIRECTS


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    headers: httpx.Headers
    body: bytes
    url: str  # after any redirect


class HttpFailure(Exception):
    """The request ended without an answer worth believing; the message says why in one line."""


class Malformed(Exception):
    """Raised by a caller's `parse`: the answer is not what the service sends (a body that is not
    JSON, a 404 from something else than the service). Retried as a transient failure when
    `retry` (a cut-off transfer may come whole next time), else the request fails at once."""

    def __init__(self, message: str, *, retry: bool = True) -> None:
        super().__init__(message)
        self.retry = retry


class _Transient(Exception):
    """A failure worth retrying: 5xx, 408, a broken body, a reset connection."""


class _TimedOut(_Transient):
    """No whole answer within the attempt's deadline."""


class _RateLimited(_Transient):
    def __init__(self, retry_after: float | None) -> None:
        super().__init__(f"HTTP 429 (Retry-After {retry_after})")


class _Final(Exception):
    """An answer not worth retrying (a 4xx the caller does not take, a body over the cap, a
    redirect elsewhere)."""


def json_body(answer: HttpAnswer) -> Any:
    """The answer's body as JSON, or `Malformed` (a cut-off transfer, a proxy's HTML page)."""
    try:
        return json.loads(answer.body)
    except ValueError as exc:
        raise Malformed(f"HTTP {answer.status} with a body that is not JSON") from exc


class PoliteHttp:
    """One HTTP client (one connection pool) for a run, shared by every request to any host."""

    def __init__(
        self,
        *,
        user_agent: str,
        accept: str = "application/json",
        settings: HttpSettings | None = None,
        max_connections: int = 6,
        transport: httpx.AsyncBaseTransport | None = None,
        breaker: Callable[[str], CircuitBreaker] = CircuitBreaker,
        address_options: str | None = None,
    ) -> None:
        self.settings = settings or HttpSettings()
        self._new_breaker = breaker  # per host; a test may pass one with other thresholds
        # the options that set this client's addresses, for the breakers' advice
        self._address_options = address_options
        # What the user should hear about after the run, one sentence each
        self.warnings: list[str] = []
        self.requests_sent = 0  # attempts and redirect hops that went out
        self._breakers: dict[str, CircuitBreaker] = {}
        # httpx's time-outs stay as a backstop per phase; the attempt deadline is what bounds
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": user_agent, "Accept": accept},
            limits=httpx.Limits(
                max_connections=max_connections, max_keepalive_connections=max_connections
            ),
            transport=transport,
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    def breaker(self, url: str) -> CircuitBreaker:
        host = urlsplit(url).netloc
        if host not in self._breakers:
            breaker = self._new_breaker(host)
            if self._address_options:
                breaker.address_options = self._address_options
            self._breakers[host] = breaker
        return self._breakers[host]

    async def get(
        self,
        url: str,
        *,
        budget: RateBudget,
        in_flight: InFlightLimit,
        parse: Callable[[HttpAnswer], T],
        params: Mapping[str, str] | None = None,
        answers: tuple[int, ...] = (200,),
        rate_headers: bool = False,
        service: str | None = None,
    ) -> T:
        """`parse(answer)` for the first answer whose status is in `answers`; `HttpFailure`
        otherwise. `parse` raising `Malformed` makes the answer a failure (retried when its
        `retry` is set).
        `rate_headers`: lower `budget` and `in_flight` to what the server's headers say.
        `service` names the server in warnings (default: its host)."""
        breaker = self.breaker(url)
        try:
            probe = breaker.admit()
        except CircuitOpen as exc:
            raise HttpFailure(str(exc)) from exc
        settings = self.settings
        first_attempt: float | None = None  # when the request first came up in the queue
        last_failure: _Transient | None = None
        attempt = 0

        def still_wanted() -> None:
            nonlocal first_attempt
            if first_attempt is None:
                first_attempt = time.monotonic()
            breaker.check(probe)

        try:
            while True:
                attempt += 1
                try:
                    breaker.check(probe)
                    answer = await self._attempt(
                        url,
                        params,
                        budget,
                        in_flight,
                        answers,
                        rate_headers,
                        service,
                        still_wanted,
                        _remaining(settings.retry_time, first_attempt),
                    )
                    try:
                        result = parse(answer)
                    except Malformed as exc:
                        if exc.retry:
                            raise _Transient(str(exc)) from exc
                        raise _Final(str(exc)) from exc
                    budget.succeeded()
                    breaker.answered()
                    return result
                except NoStartInTime as exc:
                    if last_failure is None:  # the pace alone: nothing said about the server
                        raise HttpFailure(str(exc)) from exc
                    breaker.failed()  # a retry that cannot start in time: as out of time
                    raise HttpFailure(
                        f"{last_failure} after {attempt - 1} attempts "
                        f"({settings.retry_time:g} s of retries; {exc})"
                    ) from exc
                except _Transient as exc:
                    last_failure = exc
                    if isinstance(exc, _TimedOut):
                        breaker.timed_out()
                    elif isinstance(exc, _RateLimited):
                        breaker.rate_limited()
                    if first_attempt is None:  # stamped in the queue; a fault before it: now
                        first_attempt = time.monotonic()
                    wait = random.uniform(  # noqa: S311 - jitter, not security
                        0, min(settings.retry_wait_max, settings.retry_wait * 2**attempt)
                    )
                    limit = settings.timeout_attempts if isinstance(exc, _TimedOut) else 0
                    out_of_time = time.monotonic() + wait - first_attempt >= settings.retry_time
                    if attempt >= settings.attempts or (limit and attempt >= limit) or out_of_time:
                        # a 429 to the end counts too: a server that only ever refuses is as
                        # good as down for this run
                        breaker.failed()
                        why = "" if not out_of_time else f" ({settings.retry_time:g} s of retries)"
                        raise HttpFailure(f"{exc} after {attempt} attempts{why}") from exc
                    await asyncio.sleep(wait)
        except _Final as exc:
            breaker.answered()
            raise HttpFailure(str(exc)) from exc
        except (CircuitOpen, StandingDown) as exc:
            raise HttpFailure(str(exc)) from exc
        finally:
            if probe:
                breaker.probe_over()

    async def _attempt(
        self,
        url: str,
        params: Mapping[str, str] | None,
        budget: RateBudget,
        in_flight: InFlightLimit,
        answers: tuple[int, ...],
        rate_headers: bool,
        service: str | None,
        still_wanted: Callable[[], None],
        max_wait: float,
    ) -> HttpAnswer:
        """One attempt: the request and any same-host redirects, each hop its own start."""
        target, query = url, params
        for _hop in range(self.settings.max_redirects + 1):
            answer = await self._once(target, query, budget, in_flight, still_wanted, max_wait)
            if rate_headers:
                self._read_limits(url, answer.headers, budget, in_flight, service)
            status = answer.status
            if status in answers:
                return answer
            if status in (301, 302, 303, 307, 308):
                target, query = self._redirect_target(target, answer), None
                continue
            if status == 429:
                retry_after = parse_retry_after(answer.headers.get("Retry-After"))
                if retry_after is not None and retry_after > self.settings.max_retry_after:
                    raise self._stand_down(url, budget, retry_after, service)
                unnamed = self.settings.unnamed_retry_after
                paused = budget.rate_limited(retry_after if retry_after is not None else unnamed)
                if paused > self.settings.max_retry_after:
                    raise self._stand_down(url, budget, retry_after or unnamed, service, paused)
                raise _RateLimited(retry_after)
            if status >= 500 or status == 408:
                raise _Transient(f"HTTP {status}")
            raise _Final(f"HTTP {status}")
        raise _Final(f"more than {self.settings.max_redirects} redirects (a loop?)")

    def _redirect_target(self, current: str, answer: HttpAnswer) -> str:
        location = answer.headers.get("Location")
        if not location:
            raise _Final(f"HTTP {answer.status} without a Location")
        try:
            target = urljoin(current, str(location).strip())
            here, there = urlsplit(current), urlsplit(target)
        except ValueError as exc:  # "http://[bad": not an address at all
            raise _Final(f"HTTP {answer.status} with an invalid Location") from exc
        same_host = (there.hostname or "").lower() == (here.hostname or "").lower()
        same_port = _port(there) == _port(here) or (
            here.scheme == "http" and there.scheme == "https"
        )
        allowed_scheme = there.scheme == here.scheme or (here.scheme, there.scheme) == (
            "http",
            "https",
        )
        if not (same_host and same_port and allowed_scheme):
            raise _Final(
                f"HTTP {answer.status} redirect to another server ({there.scheme}://"
                f"{there.netloc}) not followed"
            )
        return target

    async def _once(
        self,
        url: str,
        params: Mapping[str, str] | None,
        budget: RateBudget,
        in_flight: InFlightLimit,
        still_wanted: Callable[[], None],
        max_wait: float,
    ) -> HttpAnswer:
        # checked whenever the request comes up: the breaker may have opened while it queued
        # (a probe of an open breaker passes: it is how the breaker learns the server is back)
        async with budget.turn(in_flight, still_wanted, max_wait) as on_wire:
            self.requests_sent += 1
            try:
                async with asyncio.timeout(self.settings.timeout):
                    return await self._send(url, params, on_wire)
            except TimeoutError as exc:
                raise _TimedOut(
                    f"time-out (no whole answer within {self.settings.timeout:g} s)"
                ) from exc
            except httpx.TimeoutException as exc:
                raise _TimedOut(f"time-out ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:  # connection refused/reset, protocol errors
                raise _Transient(f"network error ({type(exc).__name__})") from exc

    async def _send(
        self, url: str, params: Mapping[str, str] | None, on_wire: Callable[[], None]
    ) -> HttpAnswer:
        request = self.client.build_request(
            "GET",
            url,
            params=dict(params) if params else None,
            extensions={"trace": _when_sent(on_wire)},
        )
        response = await self.client.send(request, stream=True)
        try:
            cap = self.settings.max_body
            declared = _number(response.headers.get("Content-Length"))
            if declared is not None and declared > cap:
                raise _Final(f"HTTP {response.status_code} with a {declared:.0f}-byte body")
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise _Final(
                        f"HTTP {response.status_code} with a body over {cap // (1024 * 1024)} MB"
                    )
                chunks.append(chunk)
        finally:
            await response.aclose()
        return HttpAnswer(
            status=response.status_code,
            headers=response.headers,
            body=b"".join(chunks),
            url=str(response.url),
        )

    def _stand_down(
        self,
        url: str,
        budget: RateBudget,
        seconds: float,
        service: str | None,
        paused: float | None = None,
    ) -> StandingDown:
        """A `Retry-After` beyond our cap, or (`paused`) 429 after 429 whose pauses add up
        beyond it: rather than stall the run, fail this budget's requests until the last pause
        has passed, and tell the user once. Returns what to raise."""
        cap = self.settings.max_retry_after
        asked = (
            f"asked us to wait {seconds:.0f} s (Retry-After)"
            if paused is None
            else f"kept answering 429, asking for {paused:.0f} s of pauses (Retry-After)"
        )
        if budget.stand_down(seconds):
            who = service or urlsplit(url).netloc
            self.warnings.append(
                f"{who} {asked} before more {budget.name} requests, longer than the {cap:g} s we "
                "wait; gave up on the remaining ones, whose references end unverifiable "
                "(network). Try again later."
            )
        if paused is None:
            return StandingDown(
                f"HTTP 429 with Retry-After {seconds:.0f} s, beyond the {cap:g} s we wait"
            )
        return StandingDown(
            f"HTTP 429 again: {paused:.0f} s of pauses, beyond the {cap:g} s we wait"
        )

    def _read_limits(
        self,
        url: str,
        headers: httpx.Headers,
        budget: RateBudget,
        in_flight: InFlightLimit,
        service: str | None,
    ) -> None:
        """Lower this budget and the in-flight cap to what the server's headers say; a rate
        below the budget's floor stands it down (see `RateBudget.advertise`), told once."""
        limit = _number(headers.get("X-Rate-Limit-Limit"))
        interval = parse_interval(headers.get("X-Rate-Limit-Interval")) or 1.0
        if limit and limit > 0:
            first = not budget.standing_down
            if not budget.advertise(limit / interval) and first:
                who = service or urlsplit(url).netloc
                self.warnings.append(
                    f"{who} advertised a rate limit of {limit:g} requests per {interval:g} s "
                    f"for {budget.name} requests, slower than the {budget.floor:g} per second "
                    "we pace at the slowest; gave up on the remaining ones, whose references "
                    "end unverifiable (network). Check the address or try again later."
                )
        concurrency = _number(headers.get("X-Concurrency-Limit"))
        if concurrency:
            in_flight.lower_to(int(concurrency))


def _port(parts: Any) -> int | None:
    try:
        port: int | None = parts.port
    except ValueError:
        return None
    return port if port is not None else {"http": 80, "https": 443}.get(parts.scheme)


def _remaining(retry_time: float, first_attempt: float | None) -> float:
    """How long a request may still wait for its next start."""
    if first_attempt is None:
        return retry_time
    return max(0.0, retry_time - (time.monotonic() - first_attempt))


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
