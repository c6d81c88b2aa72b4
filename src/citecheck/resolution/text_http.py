"""Polite GETs for the services that hold a work's own text (PubMed E-utilities, Europe PMC).

Built from the Crossref client's parts rather than a copy of it: `RateBudget` and
`InFlightLimit` pace the requests (one budget per service, at its own published rate),
`CircuitBreaker` stops asking a dead host, tenacity retries transient failures with backoff and
jitter. A failure is never an answer: time-outs, connection errors, 5xx, 408, 429 and bodies over
`max_body` end in `TextFetchFailed`, which the callers turn into `unverifiable`, never into
"no abstract" or "not in the source".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

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
from citecheck.resolution.crossref import DEFAULT_TIMEOUT, MAX_RETRY_AFTER, TIMEOUT_ATTEMPTS
from citecheck.resolution.pacing import (
    InFlightLimit,
    RateBudget,
    StandingDown,
    parse_retry_after,
)

# An abstract record is a few kilobytes; an answer far beyond that is not one (or is hostile).
MAX_BODY = 4_000_000


class TextFetchFailed(Exception):
    """The request ended without a trustworthy answer (a failure, never evidence)."""


class _Transient(Exception):
    pass


class _TimedOut(_Transient):
    pass


class _RateLimited(_Transient):
    pass


def text_user_agent(email: str | None) -> str:
    """`citecheck/<version> (mailto:<contact>)`, the contact only when the user gave one."""
    return f"citecheck/{__version__} (mailto:{email})" if email else f"citecheck/{__version__}"


class PoliteGetter:
    """GET with one rate budget, an in-flight cap, retries and a circuit breaker per host."""

    def __init__(
        self,
        *,
        rate: float,
        name: str,
        email: str | None = None,
        in_flight: int = 2,
        timeout: float = DEFAULT_TIMEOUT,
        attempts: int = 4,
        timeout_attempts: int = TIMEOUT_ATTEMPTS,
        retry_wait: float = 0.5,
        retry_wait_max: float = 8.0,
        max_retry_after: float = MAX_RETRY_AFTER,
        max_body: int = MAX_BODY,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.budget = RateBudget(rate, name=name)
        self.in_flight = InFlightLimit(in_flight)
        self.attempts = max(1, attempts)
        self.timeout_attempts = max(1, min(self.attempts, timeout_attempts))
        self.retry_wait = retry_wait
        self.retry_wait_max = retry_wait_max
        self.max_retry_after = max_retry_after
        self.max_body = max_body
        self.requests_sent = 0
        self.warnings: list[str] = []
        self._breakers: dict[str, CircuitBreaker] = {}
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": text_user_agent(email)},
            limits=httpx.Limits(max_connections=in_flight + 1),
            transport=transport,
            follow_redirects=True,
        )

    async def get(self, url: str, params: dict[str, str]) -> tuple[int, bytes]:
        """(status, body) for 200 and 404; raises `TextFetchFailed` otherwise."""
        breaker = self._breaker_for(url)
        try:
            probe = breaker.admit()
        except CircuitOpen as exc:
            raise TextFetchFailed(str(exc)) from exc
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
                        answer = await self._once(url, params, lambda: breaker.check(probe))
                    except _TimedOut:
                        breaker.timed_out()
                        raise
                    breaker.answered()
                    return answer
        except RetryError as exc:
            cause = exc.last_attempt.exception()
            if not isinstance(cause, _RateLimited):
                breaker.failed()
            raise TextFetchFailed(
                f"{cause} after {exc.last_attempt.attempt_number} attempts"
            ) from cause
        except (CircuitOpen, StandingDown) as exc:
            raise TextFetchFailed(str(exc)) from exc
        finally:
            if probe:
                breaker.probe_over()
        raise TextFetchFailed("no attempt made")  # pragma: no cover - tenacity always attempts

    def _stop(self, state: RetryCallState) -> bool:
        if state.attempt_number >= self.attempts:
            return True
        failure = state.outcome.exception() if state.outcome is not None else None
        return isinstance(failure, _TimedOut) and state.attempt_number >= self.timeout_attempts

    async def _once(
        self, url: str, params: dict[str, str], still_closed: Callable[[], None]
    ) -> tuple[int, bytes]:
        async with self.budget.turn(self.in_flight, still_closed) as on_wire:
            self.requests_sent += 1
            on_wire()
            try:
                async with self.client.stream("GET", url, params=params) as response:
                    body = await self._read_capped(response)
            except httpx.TimeoutException as exc:
                raise _TimedOut(f"time-out ({type(exc).__name__})") from exc
            except httpx.HTTPError as exc:
                raise _Transient(f"network error ({type(exc).__name__})") from exc
        status = response.status_code
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self.max_retry_after:
                if self.budget.stand_down(retry_after):
                    self.warnings.append(
                        f"{urlsplit(url).netloc} asked us to wait {retry_after:.0f} s "
                        "(Retry-After); the remaining abstract lookups were given up "
                        "(their claims end unverifiable)."
                    )
                raise StandingDown(f"HTTP 429 with Retry-After {retry_after:.0f} s")
            self.budget.rate_limited(retry_after if retry_after is not None else 1.0)
            raise _RateLimited(f"HTTP 429 (Retry-After {retry_after})")
        if status >= 500 or status == 408:
            raise _Transient(f"HTTP {status}")
        if status not in (200, 404):
            # a 400 or 403 is the service refusing us (a bad key, say), not an answer about
            # the work; never retried, never evidence
            raise StandingDown(f"HTTP {status}")
        self.budget.succeeded()
        return status, body

    async def _read_capped(self, response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_body:
                raise _Transient(f"answer larger than {self.max_body} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _breaker_for(self, url: str) -> CircuitBreaker:
        host = urlsplit(url).netloc
        if host not in self._breakers:
            self._breakers[host] = CircuitBreaker(host)
        return self._breakers[host]

    async def aclose(self) -> None:
        await self.client.aclose()


def json_or_none(body: bytes) -> Any:
    """The parsed JSON body, or None when it is not JSON (callers treat None as a failure)."""
    try:
        return json.loads(body)
    except ValueError:
        return None
