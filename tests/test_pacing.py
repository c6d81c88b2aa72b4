"""RateBudget and InFlightLimit on their own: spacing of starts, rate changes and pauses that
reach requests already queued, no burst after a stall, and no budget starving another.

No assertion here depends on how busy the machine is: spacing is read from the budget's own
start stamps (what its decision was based on), lower bounds only on real time (a timer never
fires early), orders instead of durations, and a fake clock for the breaker and recovery.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from citecheck.resolution import pacing
from citecheck.resolution.circuit import CircuitBreaker, CircuitOpen
from citecheck.resolution.pacing import InFlightLimit, RateBudget
from fake_clock import FakeClock


async def _request(
    budget: RateBudget,
    in_flight: InFlightLimit,
    starts: list[float],
    hold: float = 0.0,
    on_start=None,
    setup: float = 0.0,
) -> None:
    """One request: `setup` seconds to get on the wire (a connection being opened), then on the
    wire (its start, as the budget stamped it, recorded) for `hold` seconds."""
    async with budget.turn(in_flight) as on_wire:
        await asyncio.sleep(setup)
        on_wire()
        starts.append(budget.last_start)
        if on_start is not None:
            on_start(len(starts))
        await asyncio.sleep(hold)


def _gaps(starts: list[float]) -> list[float]:
    return [b - a for a, b in zip(starts, starts[1:], strict=False)]


def test_starts_are_never_closer_than_the_interval():
    budget, in_flight, starts = RateBudget(40.0), InFlightLimit(3), []

    async def main():
        await asyncio.gather(*(_request(budget, in_flight, starts) for _ in range(12)))

    asyncio.run(main())
    assert len(starts) == 12
    assert min(_gaps(starts)) >= budget.interval * 0.98


EPSILON = 0.002  # timer resolution


def test_a_slow_first_connection_does_not_shorten_the_first_interval():
    # The first request of a run (lazy set-up of the HTTP stack, a new connection's handshake)
    # takes a while to go on the wire; the second must be spaced from when the first went, not
    # from when it was let go.
    budget, in_flight, on_wire_at = RateBudget(10.0), InFlightLimit(3), []

    async def main():
        first = asyncio.create_task(_request(budget, in_flight, on_wire_at, setup=0.06))
        await asyncio.sleep(0)
        await asyncio.gather(
            first, *(_request(budget, in_flight, on_wire_at, setup=0.005) for _ in range(3))
        )

    asyncio.run(main())
    assert len(on_wire_at) == 4
    assert min(_gaps(on_wire_at)) >= budget.interval - EPSILON


def test_a_request_that_never_reaches_the_wire_holds_the_queue_only_so_long(monkeypatch):
    monkeypatch.setattr(pacing, "CONNECT_HOLD", 0.15)
    budget, in_flight = RateBudget(40.0), InFlightLimit(3)
    starts: list[float] = []

    async def stuck() -> None:  # e.g. connecting to an address that never answers
        async with budget.turn(in_flight):
            await asyncio.sleep(30.0)  # cancelled once the other request has started

    async def main():
        began = time.monotonic()
        blocked = asyncio.create_task(stuck())
        await asyncio.sleep(0)
        await _request(budget, in_flight, starts)
        still_stuck = not blocked.done()
        blocked.cancel()
        return began, still_stuck

    began, still_stuck = asyncio.run(main())
    assert starts[0] - began >= 0.15 - EPSILON  # it waited for the hold...
    assert still_stuck  # ...and no longer: it started while the stuck request still held on


def test_a_lowered_rate_applies_to_requests_already_queued():
    budget, in_flight, starts = RateBudget(40.0), InFlightLimit(3), []

    def lower_after_first(count: int) -> None:
        if count == 1:
            budget.advertise(8.0)  # as if the first answer's headers said so

    async def main():
        await asyncio.gather(
            *(_request(budget, in_flight, starts, on_start=lower_after_first) for _ in range(6))
        )

    asyncio.run(main())
    # every start after the first waited out the new, longer interval
    assert min(_gaps(starts)) >= (1 / (8.0 * pacing.SAFETY)) * 0.98


def test_a_pause_asked_for_reaches_requests_already_waiting():
    budget, in_flight, starts = RateBudget(40.0), InFlightLimit(3), []
    paused_at: list[float] = []

    def pause_after_first(count: int) -> None:
        if count == 1:
            budget.rate_limited(0.4)
            paused_at.append(time.monotonic())

    async def main():
        await asyncio.gather(
            *(_request(budget, in_flight, starts, on_start=pause_after_first) for _ in range(5))
        )

    asyncio.run(main())
    assert all(start >= paused_at[0] + 0.4 * 0.98 for start in starts[1:])


def test_no_burst_after_a_stall():
    budget, in_flight, starts = RateBudget(40.0), InFlightLimit(1), []

    async def main():
        stalled = asyncio.create_task(_request(budget, in_flight, starts, hold=0.4))
        await asyncio.sleep(0.01)
        queued = [asyncio.create_task(_request(budget, in_flight, starts)) for _ in range(6)]
        await asyncio.gather(stalled, *queued)

    asyncio.run(main())
    # the six queued behind the stalled request leave one interval apart, not all at once
    assert min(_gaps(starts[1:])) >= budget.interval * 0.98


def test_a_slow_budget_does_not_hold_the_shared_in_flight_slot_while_it_waits():
    fast, in_flight = RateBudget(50.0), InFlightLimit(1)
    slow_starts: list[float] = []
    fast_starts: list[float] = []

    slow = RateBudget(0.2)  # its next start is five seconds away

    async def main():
        await _request(slow, in_flight, slow_starts)
        second_slow = asyncio.create_task(_request(slow, in_flight, slow_starts))
        await asyncio.sleep(0.01)
        await asyncio.gather(*(_request(fast, in_flight, fast_starts, hold=0.01) for _ in range(5)))
        second_slow.cancel()

    asyncio.run(main())
    # all five fast requests ran while the slow budget waited for its next start
    assert len(fast_starts) == 5 and len(slow_starts) == 1


def test_429s_of_one_burst_halve_the_rate_once():
    budget = RateBudget(10.0)
    for _ in range(4):
        budget.rate_limited(None)
    assert budget.factor == pacing.BACKOFF_FACTOR


def test_rate_recovers_after_a_quiet_spell():
    clock = FakeClock()
    budget = RateBudget(10.0, clock=clock)
    budget.rate_limited(None)
    budget.succeeded()
    assert budget.factor < 1.0  # one success straight after is not enough
    clock.advance(pacing.RECOVERY_SECONDS)
    budget.succeeded()
    assert budget.factor == 1.0


def test_rate_never_falls_below_the_floor():
    budget = RateBudget(10.0)
    for _ in range(10):
        budget.rate_limited(None)
        budget._last_backoff -= pacing.BACKOFF_WINDOW  # each 429 in a window of its own
    assert budget.factor == pytest.approx(pacing.MIN_FACTOR)


def test_circuit_opens_after_consecutive_failures_and_an_answer_closes_it():
    breaker = CircuitBreaker("api.example", failures_to_open=3, cool_down=60)
    for _ in range(2):
        breaker.failed()
    breaker.admit()
    breaker.check()  # two failures: still closed
    breaker.answered()
    for _ in range(3):
        breaker.failed()
    with pytest.raises(CircuitOpen):
        breaker.admit()
    with pytest.raises(CircuitOpen):
        breaker.check()  # a request already under way stops retrying too
    breaker.answered()
    assert breaker.admit() is False
    breaker.check()


def test_circuit_lets_one_probe_through_after_the_cool_down():
    clock = FakeClock()
    breaker = CircuitBreaker("api.example", failures_to_open=1, cool_down=30, clock=clock)
    breaker.failed()
    with pytest.raises(CircuitOpen):
        breaker.admit()
    clock.advance(29.9)
    with pytest.raises(CircuitOpen):
        breaker.admit()  # not yet
    clock.advance(0.1)
    assert breaker.admit() is True  # the probe
    breaker.check(probe=True)  # and its retries
    with pytest.raises(CircuitOpen):
        breaker.admit()  # everyone else waits for its outcome
    breaker.failed()  # the probe failed for good: another cool-down
    breaker.probe_over()
    with pytest.raises(CircuitOpen):
        breaker.admit()
    clock.advance(30)
    assert breaker.admit() is True
    breaker.answered()
    breaker.probe_over()
    assert breaker.admit() is False
    breaker.check()


def test_a_probe_that_ends_without_an_answer_lets_the_next_one_probe():
    breaker = CircuitBreaker("api.example", failures_to_open=1, cool_down=0.0)
    breaker.failed()
    assert breaker.admit() is True
    breaker.probe_over()  # e.g. cancelled, or refused by a Retry-After stand-down
    assert breaker.admit() is True


def test_an_opening_circuit_warns_once(caplog):
    breaker = CircuitBreaker("doi.example:443", failures_to_open=2, cool_down=60)
    with caplog.at_level("WARNING", logger="citecheck.resolution.circuit"):
        for _ in range(5):
            breaker.failed()
    warnings = [r for r in caplog.records if "doi.example:443" in r.getMessage()]
    assert len(warnings) == 1


def test_circuit_opens_after_consecutive_timed_out_attempts_and_an_answer_closes_it():
    breaker = CircuitBreaker("api.example", failures_to_open=8, timeouts_to_open=3, cool_down=60)
    breaker.timed_out()
    breaker.timed_out()
    breaker.check()  # two time-outs: still closed
    breaker.answered()  # any answer clears the count
    breaker.timed_out()
    breaker.timed_out()
    breaker.check()
    breaker.timed_out()  # three attempts in a row, whichever requests they belonged to
    with pytest.raises(CircuitOpen, match="no answer within the time-out"):
        breaker.admit()
    with pytest.raises(CircuitOpen):
        breaker.check()
    breaker.answered()
    assert breaker.admit() is False


def test_a_probe_that_times_out_keeps_the_circuit_open_for_another_cool_down():
    clock = FakeClock()
    breaker = CircuitBreaker("api.example", timeouts_to_open=1, cool_down=30, clock=clock)
    breaker.timed_out()
    clock.advance(30)
    assert breaker.admit() is True
    breaker.timed_out()
    breaker.failed()
    breaker.probe_over()
    with pytest.raises(CircuitOpen):
        breaker.admit()


def test_a_circuit_opened_by_time_outs_warns_once(caplog):
    breaker = CircuitBreaker("api.example:443", timeouts_to_open=2, cool_down=60)
    with caplog.at_level("WARNING", logger="citecheck.resolution.circuit"):
        for _ in range(5):
            breaker.timed_out()
        breaker.failed()
    warnings = [r.getMessage() for r in caplog.records if "api.example:443" in r.getMessage()]
    assert len(warnings) == 1 and "no answer within the time-out" in warnings[0]


def test_circuit_opens_after_consecutive_429s_and_an_answer_closes_it():
    breaker = CircuitBreaker("api.example", rate_limits_to_open=3, cool_down=60)
    breaker.rate_limited()
    breaker.rate_limited()
    breaker.check()  # two refusals: the pace halves and the budget pauses, nothing more
    breaker.answered()
    for _ in range(3):
        breaker.rate_limited()
    with pytest.raises(CircuitOpen, match="refused"):
        breaker.admit()
    breaker.answered()
    assert breaker.admit() is False


@pytest.mark.parametrize("advertised", [1 / 3600, 1e-300, 0.0])
def test_an_advertised_rate_below_the_floor_stands_the_budget_down_not_slows_it(advertised):
    clock = FakeClock()
    budget = RateBudget(10.0, clock=clock)
    assert budget.advertise(advertised) is False
    assert budget.standing_down
    assert budget.interval <= 1 / (budget.floor * budget.safety)

    async def next_request() -> None:
        async with budget.turn(InFlightLimit(1)):
            pass

    with pytest.raises(pacing.StandingDown):
        asyncio.run(next_request())


def test_429s_on_a_low_advertised_rate_never_pace_below_the_floor():
    budget = RateBudget(10.0)
    assert budget.advertise(budget.floor)
    for _ in range(10):
        budget.rate_limited(None)
        budget._last_backoff -= pacing.BACKOFF_WINDOW
    assert budget.rate == pytest.approx(budget.floor * budget.safety)


def test_a_start_due_later_than_the_request_may_wait_ends_it_unsent_at_once():
    # a fake clock that nobody advances: waiting out the interval would never end
    clock = FakeClock()
    budget, in_flight = RateBudget(1.0, clock=clock), InFlightLimit(1)
    for _ in range(10):  # slowed to the floor: one start per 16.8 s
        budget.rate_limited(None)
        budget._last_backoff -= pacing.BACKOFF_WINDOW

    async def two_requests() -> None:
        async with budget.turn(in_flight, max_wait=10.0):
            pass
        async with budget.turn(in_flight, max_wait=10.0):
            pass

    with pytest.raises(pacing.NoStartInTime, match="10 s this request may still wait"):
        asyncio.run(asyncio.wait_for(two_requests(), 30))
    assert budget.starts == 1


def test_pauses_granted_add_up_until_a_success():
    clock = FakeClock()
    budget = RateBudget(10.0, clock=clock)
    assert budget.rate_limited(60.0) == 60.0
    assert budget.rate_limited(60.0) == 60.0  # a second 429 inside the same pause adds none
    clock.advance(60.0)
    assert budget.rate_limited(60.0) == 120.0
    budget.succeeded()
    clock.advance(60.0)
    assert budget.rate_limited(5.0) == 5.0
