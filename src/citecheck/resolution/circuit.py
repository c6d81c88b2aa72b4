"""A circuit breaker per server: once it has failed many times in a row (connection refused, time-
outs, 5xx), further requests fail at once instead of each spending its own retries on a dead host.

The references still end `unverifiable` (reason `network`), as any failure does; the breaker only
saves the minutes a dead server would otherwise cost. After a cool-down one request is let through
to probe; an answer closes the breaker again.
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
        self.consecutive_failures = 0
        self._open_until = 0.0
        self._warned = False

    @property
    def is_open(self) -> bool:
        return (
            self.consecutive_failures >= self.failures_to_open
            and time.monotonic() < self._open_until
        )

    def check(self) -> None:
        if self.is_open:
            raise CircuitOpen(
                f"{self.host} failed {self.consecutive_failures} times in a row; not retried"
            )

    def failed(self) -> None:
        self.consecutive_failures += 1
        if self.consecutive_failures >= self.failures_to_open:
            self._open_until = time.monotonic() + self.cool_down
            if not self._warned:  # once per run: the reader needs to know, not to be flooded
                self._warned = True
                log.warning(
                    "%s failed %d times in a row; the references that need it end "
                    "'unverifiable' (network). Check the address (--crossref-url, --doi-url) "
                    "or try again later.", self.host, self.consecutive_failures,
                )

    def answered(self) -> None:
        self.consecutive_failures = 0
        self._open_until = 0.0
