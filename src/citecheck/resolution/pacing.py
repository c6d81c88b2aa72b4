"""Request pacing for one rate budget (e.g. Crossref's "single record" or "list" budget) and a
shared cap on requests in flight.

Why not a token bucket: a bucket lets a burst of `rate` requests through at once, and Crossref
counts requests per second, so a burst plus normal spacing can exceed the budget in one window.
`RateBudget` hands out evenly spaced start slots instead (one every `1/rate` seconds), which keeps
every 1-second window at or under the rate, and lets the rate be lowered at any time (server
headers, a 429) without rebuilding anything.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiolimiter import AsyncLimiter

# Pace a little under the advertised budget: requests leave evenly spaced but arrive with
# network jitter, and a server counting per window must never see more than its limit.
SAFETY = 0.95
# After a 429 the rate is halved; after RECOVERY_RUN successes in a row it doubles again (in
# steps, so the bucket is rebuilt only a few times, not after every request).
BACKOFF_FACTOR = 0.5
RECOVERY_RUN = 20
MIN_FACTOR = 1 / 16


class RateBudget:
    """Evenly spaced start times at no more than `ceiling` requests per second."""

    def __init__(self, ceiling: float, *, safety: float = SAFETY) -> None:
        if ceiling <= 0:
            raise ValueError("rate ceiling must be positive")
        self.ceiling = ceiling  # the pool's published budget; never exceeded
        self.safety = safety
        self.advertised: float | None = None  # what the server's headers last said
        self.factor = 1.0  # < 1 after a 429, recovering on success
        self._successes = 0
        self._paused_until = 0.0
        self._limiter: AsyncLimiter | None = None
        self._limiter_rate = 0.0
        self._prime = False

    @property
    def rate(self) -> float:
        base = self.ceiling if self.advertised is None else min(self.ceiling, self.advertised)
        return base * self.safety * self.factor

    def _current_limiter(self) -> AsyncLimiter:
        rate = self.rate
        if self._limiter is None or rate != self._limiter_rate:
            # A changed rate gets a fresh bucket. A fresh bucket is empty and would let the next
            # request start at once, right after the last one; priming it keeps the spacing.
            self._prime = self._limiter is not None
            self._limiter = AsyncLimiter(1, 1.0 / rate)
            self._limiter_rate = rate
        return self._limiter

    async def acquire(self) -> None:
        """Wait for this request's slot (after any pause a `Retry-After` asked for)."""
        while (pause := self._paused_until - time.monotonic()) > 0:
            await asyncio.sleep(pause)
        limiter = self._current_limiter()
        if self._prime:
            self._prime = False
            await limiter.acquire()
        await limiter.acquire()

    def advertise(self, limit: float | None) -> None:
        """The server says its budget is `limit` requests per second (lowering only below ours)."""
        if limit is not None and limit > 0:
            self.advertised = limit

    def rate_limited(self, retry_after: float | None) -> None:
        """A 429: slow down, and start nothing before `retry_after` seconds have passed."""
        self.factor = max(MIN_FACTOR, self.factor * BACKOFF_FACTOR)
        self._successes = 0
        if retry_after:
            self._paused_until = max(self._paused_until, time.monotonic() + retry_after)

    def succeeded(self) -> None:
        if self.factor >= 1.0:
            return
        self._successes += 1
        if self._successes >= RECOVERY_RUN:
            self.factor = min(1.0, self.factor * 2)
            self._successes = 0


class InFlightLimit:
    """At most `limit` requests in flight; the limit can be lowered while requests wait."""

    def __init__(self, limit: int) -> None:
        self.ceiling = max(1, limit)
        self.limit = self.ceiling
        self._active = 0
        self._changed = asyncio.Condition()

    def lower_to(self, limit: int | None) -> None:
        if limit is not None and limit >= 1:
            self.limit = min(self.ceiling, limit)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._changed:
            await self._changed.wait_for(lambda: self._active < self.limit)
            self._active += 1
        try:
            yield
        finally:
            async with self._changed:
                self._active -= 1
                self._changed.notify_all()


def parse_interval(value: str | None) -> float | None:
    """Crossref's `X-Rate-Limit-Interval` ("1s", "60s", "1m", "500ms") in seconds."""
    if not value:
        return None
    text = value.strip().lower()
    number, scale = text, 1.0
    for suffix, unit in (("ms", 0.001), ("s", 1.0), ("m", 60.0), ("h", 3600.0)):
        if text.endswith(suffix):
            number, scale = text[: -len(suffix)], unit
            break
    try:
        seconds = float(number) * scale
    except ValueError:
        return None
    return seconds if seconds > 0 else None


def parse_retry_after(value: str | None) -> float | None:
    """`Retry-After` in seconds (the delta form; an HTTP date is read as "unknown")."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(0.0, seconds)
