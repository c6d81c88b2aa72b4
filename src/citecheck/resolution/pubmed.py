"""PubMed E-utilities as a source of a work's own text: `esearch` finds the PMID for a DOI,
`efetch` returns the record (labelled abstract sections, publication types, MeSH headings,
data-bank trial ids, retraction links).

Etiquette (https://www.ncbi.nlm.nih.gov/books/NBK25497/): at most 3 requests/s without an API key
and 10/s with one (`--ncbi-api-key`, env `NCBI_API_KEY`); every request names the tool, and the
user's contact address when they gave one. A failure is never an answer (see `text_http`).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import Any

import httpx

from citecheck.resolution.source import LookupStatus
from citecheck.resolution.source_text import SourceText, TextResult, parse_pubmed_xml
from citecheck.resolution.text_http import PoliteGetter, TextFetchFailed, json_or_none

DEFAULT_PUBMED_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
PUBMED_URL_ENV = "CITECHECK_PUBMED_URL"
API_KEY_ENV = "NCBI_API_KEY"
RATE_WITHOUT_KEY = 3.0
RATE_WITH_KEY = 10.0
TOOL = "citecheck"
# A DOI names one work; a few PMIDs for it (an erratum indexed with the DOI) are fetched together
# and the record whose own DOI matches is kept.
MAX_IDS = 3


class EUtilities:
    """What every E-utilities client shares: the base URL, the user's key and e-mail, the
    identification NCBI asks for on every request, and the pace its key allows."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        email: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **getter_options: Any,
    ) -> None:
        self.base_url = (base_url or os.environ.get(PUBMED_URL_ENV) or DEFAULT_PUBMED_URL).rstrip(
            "/"
        )
        self.api_key = api_key or os.environ.get(API_KEY_ENV) or None
        self.email = email
        self.http = PoliteGetter(
            rate=RATE_WITH_KEY if self.api_key else RATE_WITHOUT_KEY,
            name="PubMed",
            address_option="--pubmed-url",
            email=email,
            in_flight=3 if self.api_key else 2,
            transport=transport,
            **getter_options,
        )

    def identified(self, params: dict[str, str]) -> dict[str, str]:
        """`params` with the tool's name, the user's e-mail and key."""
        params = {**params, "tool": TOOL}
        if self.email:
            params["email"] = self.email
        if self.api_key:
            params["api_key"] = self.api_key
        return params


class PubMedClient(EUtilities):
    name = "pubmed"

    def _params(self, **extra: str) -> dict[str, str]:
        return self.identified({"db": "pubmed", **extra})

    async def lookup(self, doi: str) -> TextResult:
        """The PubMed record for `doi`: FOUND, ABSENT (PubMed holds none) or FAILED."""
        try:
            status, body = await self.http.get(
                f"{self.base_url}/esearch.fcgi",
                self._params(term=f"{doi}[doi]", retmode="json", retmax=str(MAX_IDS)),
            )
        except TextFetchFailed as exc:
            return _failed(f"PubMed esearch: {exc}")
        ids = _id_list(json_or_none(body)) if status == 200 else None
        if ids is None and status == 200:
            ids = _id_list_from_xml(body)  # a server that answers esearch in its XML form
        if ids is None:
            return _failed(f"PubMed esearch answered HTTP {status} without an id list")
        if not ids:
            return TextResult(
                status=LookupStatus.ABSENT, served_from="pubmed", detail="no PubMed record"
            )
        try:
            status, body = await self.http.get(
                f"{self.base_url}/efetch.fcgi",
                self._params(id=",".join(ids[:MAX_IDS]), retmode="xml"),
            )
        except TextFetchFailed as exc:
            return _failed(f"PubMed efetch: {exc}")
        articles = parse_pubmed_xml(body) if status == 200 else None
        if articles is None:
            return _failed(f"PubMed efetch answered HTTP {status} without PubMed XML")
        if not articles:  # esearch named records that efetch did not return: a fault
            return _failed("PubMed efetch returned none of the records esearch named")
        chosen = _for_doi(articles, doi)
        if chosen is None:
            # PubMed matched the DOI to records that name another DOI: not this work's text
            return TextResult(
                status=LookupStatus.ABSENT,
                served_from="pubmed",
                detail="PubMed's records name other DOIs",
            )
        return TextResult(
            status=LookupStatus.FOUND,
            text=chosen.model_copy(update={"doi": doi}),
            served_from="pubmed",
        )

    @property
    def warnings(self) -> list[str]:
        return self.http.warnings

    async def aclose(self) -> None:
        await self.http.aclose()


def _failed(detail: str) -> TextResult:
    return TextResult(status=LookupStatus.FAILED, served_from="pubmed", detail=detail)


def _id_list(body: Any) -> list[str] | None:
    """`esearchresult.idlist`, or None when the answer is not a search result (or an error)."""
    if not isinstance(body, dict):
        return None
    result = body.get("esearchresult")
    if not isinstance(result, dict) or "ERROR" in result:
        return None
    ids = result.get("idlist")
    if not isinstance(ids, list) or not all(isinstance(i, str) and i.isdigit() for i in ids):
        return None
    return ids


def _id_list_from_xml(body: bytes) -> list[str] | None:
    """`eSearchResult/IdList/Id` of an XML esearch answer, or None when it is not one."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if root.tag != "eSearchResult" or root.find("ERROR") is not None:
        return None
    ids = [(node.text or "").strip() for node in root.iterfind("IdList/Id")]
    return ids if all(i.isdigit() for i in ids) else None


def _for_doi(articles: list[SourceText], doi: str) -> SourceText | None:
    """The record whose DOI is `doi`; a lone record naming no DOI is taken as it."""
    for article in articles:
        if article.doi and article.doi.lower() == doi.lower():
            return article
    if len(articles) == 1 and not articles[0].doi:
        return articles[0]
    return None
