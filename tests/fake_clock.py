"""A clock that moves only when a test says so, for the pacing and breaker logic: a loaded
machine that pauses between two statements must not change what a test sees."""

from __future__ import annotations


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
