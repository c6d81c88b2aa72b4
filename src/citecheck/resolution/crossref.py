"""The Crossref REST API (and doi.org's registration-agency lookup) as a `MetadataSource`.

Etiquette (docs/crossref.md): a User-Agent naming citecheck, its version and,
when the user gave one, their contact address, which is also sent as `mailto=` to join the polite
pool. Budgets since December 2025: polite 10 single-record and 3 list requests/s, 3 in flight;
public 5/s and 1/s, 1 in flight. Each budget is paced separately and lowered, never raised, by the
server's `X-Rate-Limit-*` / `X-Concurrency-Limit` headers and by 429s.

The HTTP side (pacing, retries with back-off, the attempt deadline, the retry-time bound, the body
cap, same-host redirects, the breaker, `Retry-After` stand-downs) is `http.PoliteHttp`'s. A
failure is never an answer: it is FAILED, never ABSENT. Only Crossref's own 404 (its
`Resource not found.` text with its rate-limit headers) says "no such DOI"; a 404 from anything
else (a proxy, a wrong base URL) is a failure. With `TIMEOUTS_TO_OPEN` (4) timed-out attempts in
a row opening the breaker, a server that accepts connections but never answers ends a run in
about (4 + in-flight - 1) x the time-out, whatever the number of references.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from citecheck import __version__
from citecheck.models import SourceName
from citecheck.resolution.http import (
    DEFAULT_TIMEOUT,
    MAX_RETRY_AFTER,
    HttpAnswer,
    HttpFailure,
    HttpSettings,
    Malformed,
    PoliteHttp,
    json_body,
)
from citecheck.resolution.pacing import InFlightLimit, RateBudget
from citecheck.resolution.records import (
    record_from_message,
    search_items_problem,
    work_message_problem,
)
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)
from citecheck.resolution.urls import DEFAULT_CROSSREF_URL, DEFAULT_DOI_URL  # also for importers

__all__ = [
    "DEFAULT_CROSSREF_URL",
    "DEFAULT_DOI_URL",
    "DEFAULT_TIMEOUT",
    "MAX_RETRY_AFTER",
    "POLITE",
    "PUBLIC",
    "CrossrefSource",
    "Pool",
    "quote_doi",
    "user_agent",
]

log = logging.getLogger(__name__)
# Fields a bibliographic search returns: enough to build a Record and read retractions.
SEARCH_SELECT = (
    "DOI,title,author,container-title,short-container-title,issued,published-print,"
    "published-online,volume,issue,page,type,publisher,ISSN,updated-by,update-to,relation,"
    "subtitle,article-number"
)
DOI_ORG_RATE = 5.0  # doi.org publishes no budget; stay modest


@dataclass(frozen=True)
class Pool:
    """One of Crossref's published budgets."""

    name: str
    single_rate: float
    list_rate: float
    in_flight: int


POLITE = Pool("polite", 10.0, 3.0, 3)
PUBLIC = Pool("public", 5.0, 1.0, 1)


def user_agent(mailto: str | None) -> str:
    """`citecheck/<version> (mailto:<contact>)`; no address unless the user gave one (a shared
    built-in address would let one user's misbehaviour block everyone)."""
    if mailto:
        return f"citecheck/{__version__} (mailto:{mailto})"
    return f"citecheck/{__version__}"


def quote_doi(doi: str) -> str:
    """URL-encode a DOI for a path, keeping its `/` (api_tips: "URL-encode DOIs")."""
    return quote(doi, safe="/")


# Crossref's answer to a DOI it does not hold: HTTP 404, text/plain, this body, and its
# rate-limit headers as on any answer (docs/crossref.md, "404s and other agencies").
CROSSREF_404_BODY = b"Resource not found."


class CrossrefSource(MetadataSource):
    """Crossref's REST API: `GET /works/{doi}`, `GET /works?query.bibliographic=`, and doi.org's
    `GET /doiRA/{doi}` for the agency of DOIs Crossref does not hold."""

    name = "crossref-api"

    def __init__(
        self,
        *,
        base_url: str = DEFAULT_CROSSREF_URL,
        doi_url: str = DEFAULT_DOI_URL,
        mailto: str | None = None,
        concurrency: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        settings: HttpSettings | None = None,
        **overrides: Any,
    ) -> None:
        """`settings` (default `HttpSettings()`), with any of its fields given by name in
        `overrides` (`timeout=2.0, attempts=2`): the defaults are `HttpSettings`' own."""
        self.base_url = base_url.rstrip("/")
        self.doi_url = doi_url.rstrip("/")
        self.mailto = mailto or None
        self.pool = POLITE if self.mailto else PUBLIC
        in_flight = (
            self.pool.in_flight
            if concurrency is None
            else min(self.pool.in_flight, max(1, concurrency))
        )
        self.single = RateBudget(self.pool.single_rate, name="single-record")
        self.list = RateBudget(self.pool.list_rate, name="search")
        self.in_flight = InFlightLimit(in_flight)
        if urlsplit(self.doi_url).netloc == urlsplit(self.base_url).netloc:
            # One server answering both (a proxy, a stand-in): its agency lookups count against
            # the single-record budget rather than adding a budget of their own on top.
            self.doi_org, self.doi_org_in_flight = self.single, self.in_flight
        else:
            self.doi_org = RateBudget(DOI_ORG_RATE, name="agency")
            self.doi_org_in_flight = InFlightLimit(min(2, in_flight + 1))
        chosen = replace(settings or HttpSettings(), **overrides)
        attempts = max(1, chosen.attempts)
        self.settings = replace(
            chosen,
            attempts=attempts,
            timeout_attempts=max(1, min(attempts, chosen.timeout_attempts)),
        )
        # one connection pool for every request of the run
        self.http = PoliteHttp(
            user_agent=user_agent(self.mailto),
            settings=self.settings,
            max_connections=in_flight + 2,
            transport=transport,
        )

    @property
    def warnings(self) -> list[str]:
        """What the user should hear about after the run, one sentence each."""
        return self.http.warnings

    @property
    def client(self) -> httpx.AsyncClient:
        return self.http.client

    @property
    def requests_sent(self) -> int:
        return self.http.requests_sent

    @property
    def timeout_attempts(self) -> int:
        return self.settings.timeout_attempts

    # --- the three questions -------------------------------------------------------------

    async def get_doi(self, doi: str) -> DoiResult:
        url = f"{self.base_url}/works/{quote_doi(doi)}"
        try:
            message = await self.http.get(
                url,
                budget=self.single,
                in_flight=self.in_flight,
                params=self._params(),
                answers=(200, 404),
                parse=_work_message,
                rate_headers=True,
                service="Crossref",
            )
        except HttpFailure as failure:
            return DoiResult(
                status=LookupStatus.FAILED,
                source=self.name,
                detail=str(failure),
                malformed=_caused_by_malformed(failure),
            )
        if message is None:
            return DoiResult(status=LookupStatus.ABSENT, source=self.name, detail="Crossref 404")
        return DoiResult(status=LookupStatus.FOUND, work=_work(message), source=self.name)

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        params = self._params()
        params.update({"query.bibliographic": query, "rows": str(rows), "select": SEARCH_SELECT})
        try:
            items = await self.http.get(
                f"{self.base_url}/works",
                budget=self.list,
                in_flight=self.in_flight,
                params=params,
                parse=_search_items,
                rate_headers=True,
                service="Crossref",
            )
        except HttpFailure as failure:
            return SearchResult(
                status=LookupStatus.FAILED,
                source=self.name,
                detail=str(failure),
                malformed=_caused_by_malformed(failure),
            )
        works = [_work(item, score=item.get("score")) for item in items]
        found = LookupStatus.FOUND if works else LookupStatus.ABSENT
        return SearchResult(status=found, works=works, source=self.name, authoritative=True)

    async def agency(self, doi: str) -> AgencyResult:
        url = f"{self.doi_url}/doiRA/{quote_doi(doi)}"
        try:
            status, body = await self.http.get(
                url,
                budget=self.doi_org,
                in_flight=self.doi_org_in_flight,
                parse=lambda answer: (answer.status, json_body(answer)),
            )
        except HttpFailure as failure:
            return AgencyResult(status=LookupStatus.FAILED, source=self.name, detail=str(failure))
        return _agency_from_body(status, body, self.name)

    async def aclose(self) -> None:
        await self.http.aclose()

    def _params(self) -> dict[str, str]:
        return {"mailto": self.mailto} if self.mailto else {}


def is_crossref_404(answer: HttpAnswer) -> bool:
    """Crossref's own "no such work": its plain-text body and its rate-limit headers. Anything
    else answering 404 (a proxy, a wrong base URL, a stand-in) says nothing about the DOI."""
    return (
        answer.status == 404
        and answer.body.strip() == CROSSREF_404_BODY
        and answer.headers.get("Content-Type", "").split(";")[0].strip().lower() == "text/plain"
        and "X-Rate-Limit-Limit" in answer.headers
    )


def _caused_by_malformed(failure: BaseException) -> bool:
    """Did the failure come from an answer that does not fit the schema (not from the network)?"""
    cause: BaseException | None = failure
    while cause is not None:
        if isinstance(cause, Malformed):
            return True
        cause = cause.__cause__
    return False


def _work_message(answer: HttpAnswer) -> dict[str, Any] | None:
    """The work message of a `/works/{doi}` answer; None for Crossref's own 404."""
    if answer.status == 404:
        if is_crossref_404(answer):
            return None
        raise Malformed("HTTP 404 that is not Crossref's own 'Resource not found.'", retry=False)
    body = json_body(answer)
    message = body.get("message") if isinstance(body, dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("DOI"), str):
        raise Malformed("Crossref answered without a work message", retry=False)
    problem = work_message_problem(message)  # nothing to compare, or a field of the wrong type
    if problem is not None:
        raise Malformed(problem, retry=False)
    return message


def _search_items(answer: HttpAnswer) -> list[Any]:
    body = json_body(answer)
    message = body.get("message") if isinstance(body, dict) else None
    items = message.get("items") if isinstance(message, dict) else None
    if not isinstance(items, list):
        raise Malformed(f"search answered HTTP {answer.status} without items", retry=False)
    # an item that is not a work (null, a string, no DOI) means the answer does not fit
    # Crossref's schema: dropping it and calling the rest "no match" could make a real work
    # not_found
    if not all(isinstance(item, dict) and isinstance(item.get("DOI"), str) for item in items):
        raise Malformed("search answered items that are not Crossref works", retry=False)
    problem = search_items_problem(items)
    if problem is not None:
        raise Malformed(problem, retry=False)
    return items


def _work(message: dict[str, Any], score: Any = None) -> Work:
    return Work(
        record=record_from_message(message),
        message=message,
        score=float(score) if isinstance(score, int | float) else None,
    )


def _agency_from_body(status: int, body: Any, source: SourceName) -> AgencyResult:
    """doi.org `doiRA`: `[{"DOI": .., "RA": "Crossref"}]` or `[{.., "status": "DOI does not
    exist"}]`. Anything else is FAILED: an unreadable answer is not evidence."""
    entry = body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else None
    if status == 200 and entry is not None:
        if entry.get("RA"):
            return AgencyResult(
                status=LookupStatus.FOUND, agency=str(entry["RA"]).lower(), source=source
            )
        if "does not exist" in str(entry.get("status", "")).lower():
            return AgencyResult(
                status=LookupStatus.ABSENT, source=source, detail="doi.org: DOI does not exist"
            )
    return AgencyResult(
        status=LookupStatus.FAILED,
        source=source,
        detail=f"doi.org doiRA answered HTTP {status} without an agency",
    )
