"""The sources asked in order — local snapshot, then cache, then the Crossref API — behind the one
`MetadataSource` interface; PMIDs and PMCIDs go to the cache, then NCBI (`ids`).

API answers are written to the cache (failures never). Within a run no question reaches the API
twice: identical questions asked at the same time share one pending request, and answers
(failures included — asking again in the same run would be a duplicate request) are memoised.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, Protocol, TypeVar

from citecheck.doi import normalize_doi
from citecheck.resolution.cache import CacheStore
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    IdKind,
    IdResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)

T = TypeVar("T")
_OFFLINE = "offline: not asked"


class IdResolver(Protocol):
    """What resolves a PMID/PMCID (`pubmed_ids.PubMedIdClient`)."""

    async def resolve(self, kind: IdKind, value: str) -> IdResult: ...

    @property
    def warnings(self) -> list[str]: ...

    async def aclose(self) -> None: ...


class SingleFlight:
    """Run each keyed coroutine once per run; concurrent and later callers share its result."""

    def __init__(self) -> None:
        self._tasks: dict[Hashable, asyncio.Future[Any]] = {}

    async def run(self, key: Hashable, make: Callable[[], Awaitable[T]]) -> T:
        future = self._tasks.get(key)
        if future is None:
            future = asyncio.ensure_future(make())
            self._tasks[key] = future
        # shield: one caller being cancelled must not cancel the others' shared request
        return await asyncio.shield(future)


class ChainedSource(MetadataSource):
    """Snapshot -> cache -> Crossref API. `api=None` is an offline run: misses are OFFLINE."""

    name = "crossref-api"

    def __init__(
        self,
        snapshot: MetadataSource | None,
        cache: CacheStore | None,
        api: MetadataSource | None,
        ids: IdResolver | None = None,
    ) -> None:
        self.snapshot = snapshot
        self.cache = cache
        self.api = api
        self.ids = ids  # None offline (or when not configured): misses are OFFLINE
        self._flight = SingleFlight()

    @property
    def offline(self) -> bool:
        return self.api is None

    @property
    def warnings(self) -> list[str]:
        """What the user should hear about after the run, one sentence each (e.g. the API asked
        for a `Retry-After` longer than we wait): those of the snapshot and the API."""
        parts = (self.snapshot, self.api, self.ids)
        return [message for part in parts if part is not None for message in part.warnings]

    # --- DOI ---------------------------------------------------------------------------------

    async def get_doi(self, doi: str) -> DoiResult:
        key = normalize_doi(doi) or doi.strip().lower()
        if self.snapshot is not None:
            local = await self.snapshot.get_doi(key)
            if local.status in (LookupStatus.FOUND, LookupStatus.ABSENT):
                return local
        return await self._flight.run(("doi", key), lambda: self._remote_doi(key))

    async def _remote_doi(self, doi: str) -> DoiResult:
        if self.cache is not None:
            cached = self.cache.get_doi(doi)
            if cached is not None:
                return cached
        if self.api is None:
            return DoiResult(status=LookupStatus.OFFLINE, detail=_OFFLINE)
        result = await self.api.get_doi(doi)
        if self.cache is not None:
            self.cache.put_doi(doi, result)
        return result

    # --- search ------------------------------------------------------------------------------

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        local: SearchResult | None = None
        if self.snapshot is not None:
            local = await self.snapshot.search(query, rows=rows)
            if local.status == LookupStatus.FOUND and _accepted(local, accept):
                return local
            if local.status == LookupStatus.ABSENT and local.authoritative:
                return local
        remote = await self._flight.run(
            ("search", " ".join(query.lower().split()), rows),
            lambda: self._remote_search(query, rows),
        )
        return _merge(remote, local, rows)

    async def _remote_search(self, query: str, rows: int) -> SearchResult:
        if self.cache is not None:
            cached = self.cache.get_search(query, rows)
            if cached is not None:
                return cached
        if self.api is None:
            return SearchResult(status=LookupStatus.OFFLINE, detail=_OFFLINE)
        result = await self.api.search(query, rows=rows)
        if self.cache is not None:
            self.cache.put_search(query, rows, result)
        return result

    # --- agency ------------------------------------------------------------------------------

    async def agency(self, doi: str) -> AgencyResult:
        key = normalize_doi(doi) or doi.strip().lower()
        return await self._flight.run(("agency", key), lambda: self._remote_agency(key))

    async def _remote_agency(self, doi: str) -> AgencyResult:
        if self.cache is not None:
            cached = self.cache.get_agency(doi)
            if cached is not None:
                return cached
        if self.api is None:
            return AgencyResult(status=LookupStatus.OFFLINE, detail=_OFFLINE)
        result = await self.api.agency(doi)
        if self.cache is not None:
            self.cache.put_agency(doi, result)
        return result

    # --- PMID / PMCID --------------------------------------------------------------------------

    async def resolve_id(self, kind: IdKind, value: str) -> IdResult:
        return await self._flight.run(("id", kind, value), lambda: self._remote_id(kind, value))

    async def _remote_id(self, kind: IdKind, value: str) -> IdResult:
        if self.cache is not None:
            cached = self.cache.get_id(kind, value)
            if cached is not None:
                return cached
        if self.ids is None:
            return IdResult(status=LookupStatus.OFFLINE, kind=kind, value=value, detail=_OFFLINE)
        result = await self.ids.resolve(kind, value)
        if self.cache is not None:
            self.cache.put_id(result)
        return result

    async def aclose(self) -> None:
        for source in (self.api, self.snapshot, self.ids):
            if source is not None:
                await source.aclose()
        if self.cache is not None:
            self.cache.close()


def _accepted(result: SearchResult, accept: Callable[[Work], bool] | None) -> bool:
    return accept is None or any(accept(work) for work in result.works)


def _merge(remote: SearchResult, local: SearchResult | None, rows: int) -> SearchResult:
    """The remote answer decides status and authority; the snapshot's candidates are kept after
    the remote ones so the caller can still weigh them."""
    if local is None or not local.works:
        return remote
    seen = {work.record.doi for work in remote.works}
    extra = [work for work in local.works if work.record.doi not in seen]
    works = [*remote.works, *extra]
    # when the API failed or was not asked, its status still decides (a failure stays a
    # failure); the snapshot's candidates ride along for the caller to weigh
    return remote.model_copy(update={"works": works})
