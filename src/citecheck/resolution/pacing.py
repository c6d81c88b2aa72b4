"""Request pacing for one rate budget (Crossref's "single record" or "list" budget) and a cap on
requests in flight shared by the budgets.

Why not a token bucket (or a leaky bucket such as aiolimiter's): a bucket spaces the moments slots
are *granted*, and a slot granted while every in-flight request is stalled is spent later, together
with the others granted meanwhile: a burst. It also cannot change its rate under requests already
waiting, so a rate lowered by the server's headers would leave the old waiters running at the old
rate beside the new ones. Here each budget has one queue; the request at its head waits until
`interval` seconds after the last request of the budget actually *started* (went on the wire, not
merely was let go: see `RateBudget.turn`) and past any `Retry-After` pause, then for an in-flight
slot, and checks both again before it starts. Starts are therefore never closer than `interval`, so
no 1-second window holds more than the rate, whatever the server or the network does, and a new
rate or pause applies at once to everything not yet sent. A pause longer than the client will wait,
or an advertised rate below the budget's floor, stands the budget down instead: its requests fail
at once.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC
from email.utils import parsedate_to_datetime

# Pace a little under the advertised budget: requests leave evenly spaced but arrive with
# network jitter, and a server counting per window must never see more than its limit.
SAFETY = 0.95
# After a 429 the rate is halved (once per BACKOFF_WINDOW: the 429s of one burst are one
# signal, not many); it doubles again after RECOVERY_RUN successes in a row or RECOVERY_SECONDS
# of successes without a 429, whichever comes first (at 1/16 of the rate, 20 successes would
# take half a minute).
BACKOFF_FACTOR = 0.5
BACKOFF_WINDOW = 1.0
RECOVERY_RUN = 20
RECOVERY_SECONDS = 2.0
# The slowest a budget is ever paced, as a share of its ceiling; the 429 back-off stops here
# too. An advertised rate below it is not a pace but a "go away" (a misconfigured proxy's
# 1 per hour): the budget stands down instead of spacing every request that far apart.
MIN_FACTOR = 1 / 16
# Longest a request may hold its budget's queue while its connection is being set up (see
# `RateBudget.turn`); a TLS handshake to Crossref takes well under this.
CONNECT_HOLD = 2.0


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

    async def acquire(self) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: self._active < self.limit)
            self._active += 1

    async def release(self) -> None:
        async with self._changed:
            self._active -= 1
            self._changed.notify_all()


class StandingDown(Exception):
    """The server asked for a longer pause than we wait; this request was not sent."""


class NoStartInTime(StandingDown):
    """The request's next start is further away than it may still wait; it was not sent."""


class RateBudget:
    """Request starts at least `interval` apart, at no more than `ceiling` per second."""

    def __init__(
        self,
        ceiling: float,
        *,
        safety: float = SAFETY,
        name: str = "",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ceiling <= 0:
            raise ValueError("rate ceiling must be positive")
        self.name = name  # for messages: "single-record", "list", ...
        # injectable so that tests can step time instead of sleeping through it
        self._clock = clock
        self.ceiling = ceiling  # the pool's published budget; never exceeded
        self.safety = safety
        self.advertised: float | None = None  # what the server's headers last said
        self.factor = 1.0  # < 1 after a 429, recovering on success
        self.starts = 0
        self._successes = 0
        self._paused_until = 0.0
        self._paused_since_success = 0.0  # seconds of Retry-After pauses granted
        self._refused_until = 0.0
        self._last_start = float("-inf")
        self._last_backoff = float("-inf")
        self._last_change = float("-inf")
        self._queue = asyncio.Lock()

    @property
    def floor(self) -> float:
        """The slowest pace, in requests per second before `safety`."""
        return self.ceiling * MIN_FACTOR

    @property
    def rate(self) -> float:
        base = self.ceiling if self.advertised is None else min(self.ceiling, self.advertised)
        return max(self.floor, base * self.factor) * self.safety

    @property
    def last_start(self) -> float:
        """When (on `clock`) the budget's latest request went on the wire: the stamp that the
        next start is spaced from."""
        return self._last_start

    @property
    def interval(self) -> float:
        """Seconds between two starts at the current rate."""
        return 1.0 / self.rate

    def _next_start(self) -> float:
        return max(self._paused_until, self._last_start + self.interval)

    @asynccontextmanager
    async def turn(
        self,
        in_flight: InFlightLimit,
        still_wanted: Callable[[], None] | None = None,
        max_wait: float | None = None,
    ) -> AsyncIterator[Callable[[], None]]:
        """Hold this while the request is in flight: entered when it may start. Call what it
        yields when the request is actually on the wire (its headers about to be sent).
        `still_wanted` is called whenever the request comes up in the queue; whatever it raises
        ends the request unsent (a circuit that opened while it waited), and so does a
        stand-down: neither waits out the queue. `max_wait`: the longest the request waits at
        the head of the queue for its pace; a start due later ends it unsent at once
        (`NoStartInTime`) rather than after the wait. A pause the server asked for is waited
        out: those are bounded per budget (see `rate_limited`), not per request.

        The start is stamped then, not when the turn is granted, and the next request waits
        for it: the first request of a run (the HTTP stack's lazy set-up) or of a new connection
        (a TCP/TLS handshake) can take longer than `interval` to leave, and stamping the grant
        would let the second one arrive right behind it. A request not on the wire after CONNECT_HOLD
        releases the queue anyway: that long, it is most likely not reaching the server at all,
        and holding every other request back for its time-out would stall the run.
        """
        await self._queue.acquire()
        try:
            await self._take_start(in_flight, still_wanted, max_wait)
        except BaseException:
            self._queue.release()
            raise
        held = True

        def on_wire() -> None:
            nonlocal held
            if held:
                held = False
                self._last_start = self._clock()
                self._queue.release()

        timer = asyncio.get_running_loop().call_later(CONNECT_HOLD, on_wire)
        try:
            yield on_wire
        finally:
            timer.cancel()
            on_wire()  # sent without telling us, or failed before sending: stamp it now
            await in_flight.release()

    async def _take_start(
        self,
        in_flight: InFlightLimit,
        still_wanted: Callable[[], None] | None,
        max_wait: float | None,
    ) -> None:
        """Wait (holding the queue) until a start is due and an in-flight slot is taken."""
        give_up_at = None if max_wait is None else self._clock() + max_wait
        while True:
            self._refuse_unwanted(still_wanted)
            paced = self._last_start + self.interval
            if give_up_at is not None and paced > give_up_at:
                raise NoStartInTime(
                    f"the next {self.name or 'request'} start is {paced - self._clock():.0f} s "
                    f"away, past the {max_wait:g} s this request may still wait"
                )
            wait = self._next_start() - self._clock()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            await in_flight.acquire()
            # The slot may have taken a while; a 429, new headers or a refusal may have come.
            try:
                self._refuse_unwanted(still_wanted)
            except BaseException:
                await in_flight.release()
                raise
            if self._next_start() > self._clock():
                await in_flight.release()
                continue
            self._last_start = self._clock()  # provisional, until the request is on the wire
            self.starts += 1
            return

    def _refuse_unwanted(self, still_wanted: Callable[[], None] | None) -> None:
        if self.standing_down:
            raise StandingDown(
                f"the server asked for a pause of {self._refused_until - self._clock():.0f} s more"
            )
        if still_wanted is not None:
            still_wanted()

    def advertise(self, limit: float | None) -> bool:
        """The server says its budget is `limit` requests per second (lowering only below ours).
        False when `limit` is below `floor`: then the budget stands down for one interval of
        that rate instead, and the caller tells the user."""
        if limit is None or math.isnan(limit) or limit < 0:
            return True
        if limit < self.floor:  # 0 from an endless interval: no end to the stand-down either
            self.stand_down(1.0 / limit if limit > 0 else math.inf)
            return False
        self.advertised = limit
        return True

    def rate_limited(self, retry_after: float | None) -> float:
        """A 429: slow down, and start nothing before `retry_after` seconds have passed.
        Returns the seconds of pause granted since the last success: the caller stands the
        budget down once that is more than it waits, so a server that answers every request
        with a short `Retry-After` costs the run one such wait, not one per attempt."""
        now = self._clock()
        if now - self._last_backoff >= BACKOFF_WINDOW:
            self.factor = max(MIN_FACTOR, self.factor * BACKOFF_FACTOR)
            self._last_backoff = self._last_change = now
        self._successes = 0
        if retry_after:
            until = max(self._paused_until, now + retry_after)
            self._paused_since_success += until - max(self._paused_until, now)
            self._paused_until = until
        return self._paused_since_success

    def stand_down(self, seconds: float) -> bool:
        """Refuse (`StandingDown`) every request for `seconds`, at once rather than after a wait:
        for a `Retry-After` beyond what we honour. True unless it was standing down already."""
        first = not self.standing_down
        self._refused_until = max(self._refused_until, self._clock() + seconds)
        return first

    @property
    def standing_down(self) -> bool:
        return self._clock() < self._refused_until

    def succeeded(self) -> None:
        self._paused_since_success = 0.0
        if self.factor >= 1.0:
            return
        self._successes += 1
        now = self._clock()
        if self._successes >= RECOVERY_RUN or now - self._last_change >= RECOVERY_SECONDS:
            self.factor = min(1.0, self.factor * 2)
            self._successes = 0
            self._last_change = now


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


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """`Retry-After` in seconds from `now` (epoch seconds, default the clock): the delta form
    ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a zone-less one is read as such
            when = when.replace(tzinfo=UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds)
