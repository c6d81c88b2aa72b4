"""An in-memory MetadataSource that behaves like Crossref for the verification tests and bench.

DOI lookups answer FOUND or ABSENT; `agency` says "crossref" for known DOIs, the configured agency
for others, ABSENT otherwise; search ranks every record by word overlap with the query and
returns the top rows even when they are poor, as Crossref always returns something. Knobs make it
behave like a partial snapshot (UNKNOWN), an offline run, or a failing network.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from citecheck.models import SourceName
from citecheck.resolution.records import record_from_message
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)

_WORD = re.compile(r"[^\W_]+")  # words of any script, as Crossref's search indexes them


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _message_text(message: dict[str, Any]) -> str:
    parts: list[str] = []
    for key in ("title", "subtitle", "container-title", "short-container-title"):
        parts.extend(v for v in message.get(key) or [] if isinstance(v, str))
    for person in message.get("author") or []:
        parts.append(str(person.get("family") or person.get("name") or ""))
    issued = (message.get("issued") or {}).get("date-parts") or [[None]]
    if issued and issued[0] and issued[0][0]:
        parts.append(str(issued[0][0]))
    return " ".join(parts)


def load_messages(path: Path) -> list[dict[str, Any]]:
    messages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            messages.append(data.get("message", data) if isinstance(data, dict) else data)
    return messages


class FakeCrossref(MetadataSource):
    """Crossref stand-in over a list of work messages."""

    def __init__(
        self,
        messages: Iterable[dict[str, Any]],
        *,
        name: SourceName = "crossref-api",
        agencies: dict[str, str] | None = None,
        doi_status: LookupStatus | None = None,
        search_status: LookupStatus | None = None,
        authoritative: bool = True,
        agency_status: LookupStatus | None = None,
    ) -> None:
        self.name = name
        self.messages = {str(m["DOI"]).lower(): m for m in messages}
        self.agencies = agencies or {}
        self.doi_status = doi_status  # force every DOI lookup to this status
        self.search_status = search_status
        self.agency_status = agency_status
        self.authoritative = authoritative
        self.calls: list[tuple[str, str]] = []
        self._index = {doi: _words(_message_text(m)) for doi, m in self.messages.items()}

    def _work(self, message: dict[str, Any], score: float | None = None) -> Work:
        return Work(record=record_from_message(message), message=message, score=score)

    async def get_doi(self, doi: str) -> DoiResult:
        self.calls.append(("doi", doi))
        if self.doi_status is not None:
            return DoiResult(status=self.doi_status, detail="forced")
        message = self.messages.get(doi.lower())
        if message is None:
            absent = LookupStatus.ABSENT if self.authoritative else LookupStatus.UNKNOWN
            return DoiResult(status=absent, source=self.name)
        return DoiResult(status=LookupStatus.FOUND, work=self._work(message, 1.0), source=self.name)

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        self.calls.append(("search", query))
        if self.search_status is not None:
            return SearchResult(status=self.search_status, detail="forced")
        words = _words(query)
        ranked = sorted(
            ((len(words & index), doi) for doi, index in self._index.items()),
            key=lambda item: (-item[0], item[1]),
        )
        works = [self._work(self.messages[doi], float(score)) for score, doi in ranked[:rows]]
        if not works:
            status = LookupStatus.ABSENT if self.authoritative else LookupStatus.UNKNOWN
            return SearchResult(status=status, source=self.name, authoritative=self.authoritative)
        return SearchResult(
            status=LookupStatus.FOUND,
            works=works,
            source=self.name,
            authoritative=self.authoritative,
        )

    async def agency(self, doi: str) -> AgencyResult:
        self.calls.append(("agency", doi))
        if self.agency_status is not None:
            return AgencyResult(status=self.agency_status, detail="forced")
        if doi.lower() in self.messages:
            return AgencyResult(status=LookupStatus.FOUND, agency="crossref", source=self.name)
        if doi.lower() in self.agencies:
            return AgencyResult(
                status=LookupStatus.FOUND, agency=self.agencies[doi.lower()], source=self.name
            )
        return AgencyResult(status=LookupStatus.ABSENT, source=self.name)
