"""The one interface every metadata source implements: the local snapshot, the SQLite cache and
the Crossref REST API all answer the same three questions.

Answers are values, never exceptions: a network failure is `LookupStatus.FAILED`, which the
verification layer can only ever turn into `unverifiable` (reason `network`), never `not_found`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

from citecheck.models import Record, SourceName


class LookupStatus(StrEnum):
    FOUND = "found"
    # The source is authoritative and says there is no such thing: Crossref answered 404, a
    # *complete* snapshot lacks the DOI, doi.org says "DOI does not exist", a search came back
    # with no candidates from a source that searched the whole index.
    ABSENT = "absent"
    # The source does not know: a partial snapshot or a cache without the entry.
    UNKNOWN = "unknown"
    # Asked, but no trustworthy answer: network error, time-out, 5xx, 429, a garbled body.
    FAILED = "failed"
    # Not asked, because the run is offline.
    OFFLINE = "offline"


class Work(BaseModel):
    """A Crossref work: the normalised `Record` plus the raw Crossref `message` it came from
    (kept so that retractions, ISSNs, short titles etc. can be read without another request)."""

    record: Record
    message: dict[str, Any] = Field(default_factory=dict)
    score: float | None = None  # search relevance, when the work came from a search


class DoiResult(BaseModel):
    status: LookupStatus
    work: Work | None = None
    source: SourceName | None = None
    detail: str | None = None  # human sentence: "HTTP 503 after 4 attempts", ...
    # FAILED because the answer did not fit Crossref's schema (`records.work_message_problem`):
    # reported as a malformed record, not as a network fault
    malformed: bool = False


class SearchResult(BaseModel):
    status: LookupStatus
    works: list[Work] = Field(default_factory=list)
    source: SourceName | None = None
    detail: str | None = None
    # True only when the answer came from a search over all of Crossref (the API now, or the API
    # earlier via the cache): only then can "no candidate matched" support `not_found`.
    authoritative: bool = False
    # FAILED because the items did not fit Crossref's schema (`records.search_items_problem`)
    malformed: bool = False


class AgencyResult(BaseModel):
    """Which registration agency holds a DOI (doi.org `doiRA`).

    FOUND with `agency` ("crossref", "datacite", "medra", ...); ABSENT when doi.org says
    "DOI does not exist"; FAILED/OFFLINE/UNKNOWN otherwise."""

    status: LookupStatus
    agency: str | None = None
    source: SourceName | None = None
    detail: str | None = None


IdKind = Literal["pmid", "pmcid"]


class IdResult(BaseModel):
    """What NCBI says a PubMed or PMC id names: the DOI it files the record under (None when the
    record has none) and the record's own title, authors, year and journal, so that a citation
    can be compared with the record even without a DOI.

    FOUND with the record; ABSENT when NCBI answered that it has no record of that id;
    FAILED/OFFLINE/UNKNOWN otherwise (never evidence: `malformed` when the answer did not fit
    the service's schema)."""

    status: LookupStatus
    kind: IdKind
    value: str
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    title: str | None = None
    authors: list[str] = Field(default_factory=list)  # family names, in order
    year: int | None = None
    journal: str | None = None
    source: Literal["ncbi", "cache"] | None = None
    detail: str | None = None
    malformed: bool = False


class MetadataSource(ABC):
    """Answers DOI lookups, bibliographic searches and agency questions."""

    name: SourceName

    @abstractmethod
    async def get_doi(self, doi: str) -> DoiResult:
        """The work registered under `doi` (already normalised, lower-case)."""

    @abstractmethod
    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        """Candidate works for a free-text bibliographic query, best first.

        `accept` lets a chain of sources stop at the first source that returned a candidate the
        caller accepts (so a snapshot hit saves an API search); single sources may ignore it."""

    @property
    def warnings(self) -> list[str]:
        """What the user should hear about after the run, one sentence each (e.g. a server
        asked us to wait longer than we do). Sources append to this list; the default is the
        source's own, created on first use."""
        kept: list[str] = self.__dict__.setdefault("_warnings", [])
        return kept

    async def agency(self, doi: str) -> AgencyResult:
        """The registration agency of `doi`; sources that cannot tell say UNKNOWN."""
        return AgencyResult(status=LookupStatus.UNKNOWN)

    async def resolve_id(self, kind: IdKind, value: str) -> IdResult:
        """The record NCBI holds under a PMID or PMCID (`value` as written: digits, or
        "PMC" and digits); sources that cannot tell say UNKNOWN."""
        return IdResult(status=LookupStatus.UNKNOWN, kind=kind, value=value)

    async def aclose(self) -> None:  # noqa: B027 - optional hook
        """Release connections and files."""

    async def __aenter__(self) -> MetadataSource:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
