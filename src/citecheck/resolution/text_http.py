"""Polite GETs for the services that hold a work's own text (PubMed E-utilities, Europe PMC), on
the resolver's shared HTTP service (`resolution.http.PoliteHttp`): one rate budget per service at
its own published rate, an in-flight cap, retries with backoff, a circuit breaker per host, a
deadline per attempt and a cap on the body. A failure is never an answer: anything but a 200 or a
404 ends in `TextFetchFailed`, which the callers turn into `unverifiable`, never into "no abstract"
or "not in the source".
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from citecheck import __version__
from citecheck.resolution.http import HttpAnswer, HttpFailure, HttpSettings, PoliteHttp
from citecheck.resolution.pacing import InFlightLimit, RateBudget

# The text services answer JSON (esearch, Europe PMC) or XML (efetch).
ACCEPT = "application/json, text/xml;q=0.9, */*;q=0.5"


class TextFetchFailed(Exception):
    """The request ended without a trustworthy answer (a failure, never evidence)."""


def text_user_agent(email: str | None) -> str:
    """`citecheck/<version> (mailto:<contact>)`, the contact only when the user gave one."""
    return f"citecheck/{__version__} (mailto:{email})" if email else f"citecheck/{__version__}"


def _status_and_body(answer: HttpAnswer) -> tuple[int, bytes]:
    return answer.status, answer.body


class PoliteGetter:
    """One text service: its budget and in-flight cap over a `PoliteHttp` client.

    `options` are `HttpSettings` fields (timeout, attempts, retry_wait, max_body, ...)."""

    def __init__(
        self,
        *,
        rate: float,
        name: str,
        email: str | None = None,
        in_flight: int = 2,
        transport: httpx.AsyncBaseTransport | None = None,
        address_option: str | None = None,
        **options: Any,
    ) -> None:
        self.name = name
        self.budget = RateBudget(rate, name=name)
        self.in_flight = InFlightLimit(in_flight)
        self.http = PoliteHttp(
            user_agent=text_user_agent(email),
            accept=ACCEPT,
            settings=HttpSettings(**options),
            max_connections=in_flight + 1,
            transport=transport,
            address_options=address_option,
        )

    async def get(self, url: str, params: dict[str, str]) -> tuple[int, bytes]:
        """(status, body) for 200 and 404; raises `TextFetchFailed` otherwise."""
        try:
            return await self.http.get(
                url,
                budget=self.budget,
                in_flight=self.in_flight,
                parse=_status_and_body,
                params=params,
                answers=(200, 404),
                service=self.name,
            )
        except HttpFailure as exc:
            raise TextFetchFailed(str(exc)) from exc

    @property
    def warnings(self) -> list[str]:
        return self.http.warnings

    @property
    def requests_sent(self) -> int:
        return self.http.requests_sent

    async def aclose(self) -> None:
        await self.http.aclose()


def json_or_none(body: bytes) -> Any:
    """The parsed JSON body, or None when it is not JSON (callers treat None as a failure)."""
    try:
        return json.loads(body)
    except ValueError:
        return None
