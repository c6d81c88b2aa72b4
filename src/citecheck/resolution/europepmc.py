"""Europe PMC's REST `search` as a source of a work's own text: one request per DOI with
`resultType=core` gives the abstract (sections as `<h4>Label</h4>`), publication types, MeSH
headings and whether the record is a preprint (source `PPR`).

Europe PMC publishes no hard rate; we stay polite (`RATE` requests/s, two in flight) and say who
we are in the User-Agent. A failure is never an answer (see `text_http`).
"""

from __future__ import annotations

import os
import re
from typing import Any

import httpx

from citecheck.resolution.source import LookupStatus
from citecheck.resolution.source_text import (
    SourceText,
    TextResult,
    sections_from_europepmc,
)
from citecheck.resolution.text_http import PoliteGetter, TextFetchFailed, json_or_none

DEFAULT_EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest"
EUROPEPMC_URL_ENV = "CITECHECK_EUROPEPMC_URL"
RATE = 4.0
_TRIAL_ID = re.compile(r"\b(?:NCT\d{8}|ISRCTN\d{8})\b")


class EuropePmcClient:
    name = "europepmc"

    def __init__(
        self,
        *,
        base_url: str | None = None,
        email: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **getter_options: Any,
    ) -> None:
        self.base_url = (
            base_url or os.environ.get(EUROPEPMC_URL_ENV) or DEFAULT_EUROPEPMC_URL
        ).rstrip("/")
        self.email = email
        self.http = PoliteGetter(
            rate=RATE,
            name="Europe PMC",
            address_option="--europepmc-url",
            email=email,
            in_flight=2,
            transport=transport,
            **getter_options,
        )

    async def lookup(self, doi: str) -> TextResult:
        params = {
            "query": f'DOI:"{doi}"',
            "resultType": "core",
            "format": "json",
            "pageSize": "5",
        }
        if self.email:
            params["email"] = self.email
        try:
            status, body = await self.http.get(f"{self.base_url}/search", params)
        except TextFetchFailed as exc:
            return _failed(f"Europe PMC search: {exc}")
        results = _results(json_or_none(body)) if status == 200 else None
        if results is None:
            return _failed(f"Europe PMC answered HTTP {status} without a result list")
        for result in results:
            if str(result.get("doi") or "").lower() == doi.lower():
                return TextResult(
                    status=LookupStatus.FOUND, text=_text(doi, result), served_from="europepmc"
                )
        return TextResult(
            status=LookupStatus.ABSENT, served_from="europepmc", detail="no Europe PMC record"
        )

    @property
    def warnings(self) -> list[str]:
        return self.http.warnings

    async def aclose(self) -> None:
        await self.http.aclose()


def _failed(detail: str) -> TextResult:
    return TextResult(status=LookupStatus.FAILED, served_from="europepmc", detail=detail)


def _results(body: Any) -> list[dict[str, Any]] | None:
    if not isinstance(body, dict):
        return None
    listing = body.get("resultList")
    if not isinstance(listing, dict):
        return None
    results = listing.get("result")
    if not isinstance(results, list):
        return None
    return [r for r in results if isinstance(r, dict)]


def _strings(container: Any, key: str) -> list[str]:
    values = container.get(key) if isinstance(container, dict) else None
    if isinstance(values, str):
        return [values]
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _text(doi: str, result: dict[str, Any]) -> SourceText:
    abstract = result.get("abstractText")
    sections = sections_from_europepmc(abstract) if isinstance(abstract, str) else []
    types = _strings(result.get("pubTypeList"), "pubType")
    heading_list = result.get("meshHeadingList")
    headings = heading_list.get("meshHeading") if isinstance(heading_list, dict) else None
    mesh = [
        str(h["descriptorName"])
        for h in (headings if isinstance(headings, list) else [])
        if isinstance(h, dict) and h.get("descriptorName")
    ]
    trials = sorted(set(_TRIAL_ID.findall(abstract))) if isinstance(abstract, str) else []
    lowered = [t.lower() for t in types]
    return SourceText(
        doi=doi,
        origin="europepmc",
        pmid=str(result["pmid"]) if result.get("pmid") else None,
        title=str(result["title"]) if result.get("title") else None,
        sections=sections,
        publication_types=types,
        mesh=mesh,
        trial_ids=trials,
        retracted="retracted publication" in lowered,
        preprint=result.get("source") == "PPR" or "preprint" in lowered,
    )
