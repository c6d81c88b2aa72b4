"""A circuit breaker per server: once many requests in a row have failed for good (connection
refused, time-outs, 5xx, broken bodies, on every one of their retries), further requests fail at
once instead of each spending its own retries on a dead host.

Only final failures count, never single attempts: a short blip (a few 503s or dropped
connections across concurrent requests) is what the retries are for, and counting the attempts
opened the breaker on blips the retries would have ridden out. Any answer closes it again.

The references still end `unverifiable` (reason `network`), as any failure does; the breaker only
saves the minutes a dead server would otherwise cost. After a cool-down one request (the probe,
with its retries) is let through while the others are still refused; an answer closes the
breaker, a final failure keeps it open for another cool-down.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)

FAILURES_TO_OPEN = 8
COOL_DOWN = 30.0


class CircuitOpen(Exception):
    """The server failed too often in a row; this request was not sent."""


class CircuitBreaker:
    def __init__(
        self, host: str, *, failures_to_open: int = FAILURES_TO_OPEN, cool_down: float = COOL_DOWN
    ) -> None:
        self.host = host
        self.failures_to_open = failures_to_open
        self.cool_down = cool_down
        self.consecutive_failures = 0  # requests that failed after all their retries
        self._open_until = 0.0
        self._probing = False
        self._warned = False

    @property
    def is_open(self) -> bool:
        return self.consecutive_failures >= self.failures_to_open

    def admit(self) -> bool:
        """Before a request's first attempt: raises `CircuitOpen` when the request may not go;
        True when it goes as the probe of an open breaker."""
        if not self.is_open:
            return False
        if self._probing or time.monotonic() < self._open_until:
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
        if self.consecutive_failures >= self.failures_to_open:
            self._open_until = time.monotonic() + self.cool_down
            if not self._warned:  # once per run: the reader needs to know, not to be flooded
                self._warned = True
                log.warning(
                    "%s: %d requests in a row failed after all their retries; the references "
                    "that need it end 'unverifiable' (network). Check the address "
                    "(--crossref-url, --doi-url) or try again later.",
                    self.host, self.consecutive_failures,
                )

    def answered(self) -> None:
        self.consecutive_failures = 0
        self._open_until = 0.0

    def _refusal(self) -> CircuitOpen:
        return CircuitOpen(f"{self.host}: {self.consecutive_failures} requests in a row failed "
                           "after all their retries; not sent")
