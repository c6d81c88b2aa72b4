"""A circuit breaker per server: once the server has clearly stopped answering, further requests
fail at once instead of each spending its own retries (and time-outs) on a dead host.

It opens on any of three signs:

- `FAILURES_TO_OPEN` requests in a row that failed for good (connection refused, time-outs, 5xx,
  broken bodies, on every one of their retries). Only final failures count here, never single
  attempts: a short blip (a few 503s or dropped connections across concurrent requests) is what
  the retries are for, and counting those attempts would open the breaker on blips the retries
  ride out.
- `TIMEOUTS_TO_OPEN` *attempts* in a row, across requests, that got no answer at all within the
  time-out. A 503 or a dropped connection costs milliseconds and often clears by the next
  attempt; a time-out costs the whole time-out and is strong evidence that the server accepts
  connections but no longer serves them. Counting requests only, a server that hangs would stall
  the run for 8 requests x the time-out attempts x the time-out before the breaker noticed.
- `RATE_LIMITS_TO_OPEN` *attempts* in a row, across requests, refused with a 429. Each 429
  halves the pace and pauses the budget, so one refusal is a reason to slow down, not to stop;
  a dozen in a row with nothing answered between is a server refusing everything. (Their
  `Retry-After` pauses are bounded per budget too: see `RateBudget.rate_limited`.)

Any answer (even a 404) closes it again and clears every count.

The references still end `unverifiable` (reason `network`), as any failure does; the breaker only
saves the minutes a dead server would otherwise cost. After a cool-down one request (the probe,
with its retries) is let through while the others are still refused; an answer closes the
breaker, a final failure or a time-out keeps it open for another cool-down.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

FAILURES_TO_OPEN = 8
TIMEOUTS_TO_OPEN = 4
RATE_LIMITS_TO_OPEN = 12
COOL_DOWN = 30.0


class CircuitOpen(Exception):
    """The server failed too often in a row; this request was not sent."""


class CircuitBreaker:
    def __init__(
        self,
        host: str,
        *,
        failures_to_open: int = FAILURES_TO_OPEN,
        timeouts_to_open: int = TIMEOUTS_TO_OPEN,
        rate_limits_to_open: int = RATE_LIMITS_TO_OPEN,
        cool_down: float = COOL_DOWN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        # the options that set this host's address, named when it keeps failing
        self.address_options = "--crossref-url, --doi-url"
        self.failures_to_open = failures_to_open
        self.timeouts_to_open = timeouts_to_open
        self.rate_limits_to_open = rate_limits_to_open
        self.cool_down = cool_down
        self._clock = clock  # injectable so that tests can step time instead of sleeping
        self.consecutive_failures = 0  # requests that failed after all their retries
        self.consecutive_timeouts = 0  # attempts, of any request, that got no answer in time
        self.consecutive_rate_limits = 0  # attempts, of any request, refused with a 429
        self._open_until = 0.0
        self._probing = False
        self._warned = False

    @property
    def is_open(self) -> bool:
        return (
            self.consecutive_failures >= self.failures_to_open
            or self.consecutive_timeouts >= self.timeouts_to_open
            or self.consecutive_rate_limits >= self.rate_limits_to_open
        )

    def admit(self) -> bool:
        """Before a request's first attempt: raises `CircuitOpen` when the request may not go;
        True when it goes as the probe of an open breaker."""
        if not self.is_open:
            return False
        if self._probing or self._clock() < self._open_until:
            raise self._refusal()
        self._probing = True
        return True

    def check(self, probe: bool = False) -> None:
        """Before each attempt: a request admitted before the breaker opened stops retrying."""
        if self.is_open and not probe:
            raise self._refusal()

    def probe_over(self) -> None:
        """The probe ended, however it ended: after `failed` the cool-down runs again; after
        anything that was neither an answer nor a failure the next request may probe."""
        self._probing = False

    def failed(self) -> None:
        """A request failed after all its retries."""
        self.consecutive_failures += 1
        self._opened_if_due()

    def timed_out(self) -> None:
        """One attempt got no answer within the time-out."""
        self.consecutive_timeouts += 1
        self._opened_if_due()

    def rate_limited(self) -> None:
        """One attempt was refused with a 429."""
        self.consecutive_rate_limits += 1
        self._opened_if_due()

    def answered(self) -> None:
        self.consecutive_failures = 0
        self.consecutive_timeouts = 0
        self.consecutive_rate_limits = 0
        self._open_until = 0.0

    def _opened_if_due(self) -> None:
        if not self.is_open:
            return
        self._open_until = self._clock() + self.cool_down
        if not self._warned:  # once per run: the reader needs to know, not to be flooded
            self._warned = True
            log.warning(
                "%s: %s; the references that need it end 'unverifiable' (network). Check the "
                "address (%s) or try again later.",
                self.host,
                self._why(),
                self.address_options,
            )

    def _why(self) -> str:
        if self.consecutive_rate_limits >= self.rate_limits_to_open:
            return f"{self.consecutive_rate_limits} attempts in a row were refused (HTTP 429)"
        if self.consecutive_timeouts >= self.timeouts_to_open:
            return (
                f"{self.consecutive_timeouts} attempts in a row got no answer within the time-out"
            )
        return f"{self.consecutive_failures} requests in a row failed after all their retries"

    def _refusal(self) -> CircuitOpen:
        return CircuitOpen(f"{self.host}: {self._why()}; not sent")
