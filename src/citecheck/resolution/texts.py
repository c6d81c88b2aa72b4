"""Where a work's own text comes from, in order: the user's cache, PubMed, Europe PMC (when
PubMed has no abstract), and Crossref's `abstract` from the work's record.

Texts are cached per user (`texts.sqlite3` beside the metadata cache), filed under the service's
base URL so a stand-in's answers never pass for the real service's: records 30 days, "no record"
1 day, failures never. Offline, only the cache answers; a miss is OFFLINE, never "no text".
Abstracts belong to their publishers: they are cached for the user and never shipped.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from citecheck.resolution.cache import default_cache_dir, is_corrupt, set_aside
from citecheck.resolution.europepmc import (
    DEFAULT_EUROPEPMC_URL,
    EUROPEPMC_URL_ENV,
    EuropePmcClient,
)
from citecheck.resolution.pubmed import DEFAULT_PUBMED_URL, PUBMED_URL_ENV, PubMedClient
from citecheck.resolution.source import LookupStatus
from citecheck.resolution.source_text import (
    ServedFrom,
    SourceText,
    TextResult,
    sections_from_jats,
)
from citecheck.resolution.urls import base_url_key, check_base_url

log = logging.getLogger(__name__)

TEXT_CACHE_FILE = "texts.sqlite3"
DAY = 86_400.0
TTL_FOUND = 30 * DAY
TTL_ABSENT = 1 * DAY


class TextClient(Protocol):
    name: str
    base_url: str

    async def lookup(self, doi: str) -> TextResult: ...

    async def aclose(self) -> None: ...


class TextCache:
    """Answers (a record, or "no record") per service base URL and DOI."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        try:
            try:
                self._conn = self._connect()
            except sqlite3.DatabaseError as exc:
                if not is_corrupt(exc):
                    raise
                # a corrupt file, as the main cache does: set aside once, so the warning is
                # not repeated on every run after
                set_aside(path, "text cache", exc)
                self._conn = self._connect()
        except (sqlite3.Error, OSError) as exc:  # the cache never stops a run
            log.warning("text cache %s unusable (%s); going without it", path, exc)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS texts (base TEXT NOT NULL, doi TEXT NOT NULL, "
                "body TEXT, expires REAL NOT NULL, PRIMARY KEY (base, doi))"
            )
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def get(self, base: str, doi: str, now: float | None = None) -> TextResult | None:
        if self._conn is None:
            return None
        try:
            row = self._conn.execute(
                "SELECT body FROM texts WHERE base = ? AND doi = ? AND expires > ?",
                (base_url_key(base), doi, now or time.time()),
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        if row[0] is None:
            return TextResult(status=LookupStatus.ABSENT, served_from="cache", detail="cached")
        try:
            text = SourceText.model_validate(json.loads(row[0]))
        except (ValueError, ValidationError):
            return None
        return TextResult(status=LookupStatus.FOUND, text=text, served_from="cache")

    def put(self, base: str, doi: str, result: TextResult, now: float | None = None) -> None:
        if self._conn is None or result.status not in (LookupStatus.FOUND, LookupStatus.ABSENT):
            return
        now = now or time.time()
        found = result.status == LookupStatus.FOUND and result.text is not None
        body = result.text.model_dump_json() if found and result.text is not None else None
        try:
            self._conn.execute(
                "INSERT OR REPLACE INTO texts VALUES (?, ?, ?, ?)",
                (base_url_key(base), doi, body, now + (TTL_FOUND if found else TTL_ABSENT)),
            )
        except sqlite3.Error as exc:
            log.warning("text cache write failed: %s", exc)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


@dataclass
class WorkTexts:
    """Everything the text sources said about one work.

    `texts` are the records found, best first (PubMed, Europe PMC, Crossref); `failed` names the
    services that could not answer (a failure or an offline miss), so that a decision made
    without them never reads as "the source does not say it"."""

    doi: str
    texts: list[tuple[SourceText, ServedFrom]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    offline: bool = False

    @property
    def with_text(self) -> list[tuple[SourceText, ServedFrom]]:
        return [(t, s) for t, s in self.texts if t.has_text]


def crossref_text(doi: str, message: dict[str, Any] | None) -> SourceText | None:
    """Crossref's own record as a source text: its JATS `abstract` (when deposited) and type."""
    if not isinstance(message, dict):
        return None
    abstract = message.get("abstract")
    sections = sections_from_jats(abstract) if isinstance(abstract, str) else []
    kind = message.get("type") if isinstance(message.get("type"), str) else None
    subtype = message.get("subtype")
    return SourceText(
        doi=doi,
        origin="crossref",
        title=(message.get("title") or [None])[0]
        if isinstance(message.get("title"), list)
        else None,
        sections=sections,
        crossref_type=kind,
        preprint=kind == "posted-content" and subtype in (None, "preprint"),
    )


class TextSources:
    """The chain of text services for one run."""

    def __init__(
        self,
        clients: list[TextClient],
        cache: TextCache | None = None,
        *,
        offline: bool = False,
        client_bases: dict[str, str] | None = None,
    ) -> None:
        self.clients = [] if offline else clients
        self.cache = cache
        self.offline = offline
        # offline, the cache is still read under the bases the services would have had
        self.bases = client_bases or {c.name: c.base_url for c in clients}
        self._memo: dict[str, asyncio.Future[WorkTexts]] = {}

    async def texts_for(self, doi: str) -> WorkTexts:
        """PubMed first; Europe PMC only when no abstract was had before it. Asked once per DOI
        and run, however many references cite the work; cached under the lower-case DOI."""
        key = doi.lower()
        if key not in self._memo:
            self._memo[key] = asyncio.ensure_future(self._texts_for(doi, key))
        return await self._memo[key]

    async def _texts_for(self, doi: str, key: str) -> WorkTexts:
        found = WorkTexts(doi=key, offline=self.offline)
        names = [c.name for c in self.clients] if not self.offline else list(self.bases)
        clients = {c.name: c for c in self.clients}
        for name in names:
            if found.with_text:
                break
            base = self.bases.get(name, "")
            result = self.cache.get(base, key) if self.cache is not None else None
            if result is None:
                client = clients.get(name)
                if client is None:
                    found.failed.append(name)
                    continue
                try:
                    result = await client.lookup(doi)
                except Exception:  # a client's bug or an answer nobody foresaw: not evidence
                    log.warning("%s lookup of %s failed unexpectedly", name, doi, exc_info=True)
                    found.failed.append(name)
                    continue
                if self.cache is not None:
                    self.cache.put(base, key, result)
            if result.status == LookupStatus.FOUND and result.text is not None:
                found.texts.append((result.text, result.served_from or "cache"))
            elif result.status != LookupStatus.ABSENT:
                found.failed.append(name)
        return found

    @property
    def warnings(self) -> list[str]:
        out: list[str] = []
        for client in self.clients:
            out.extend(getattr(client, "warnings", []))
        return out

    async def aclose(self) -> None:
        for client in self.clients:
            await client.aclose()
        if self.cache is not None:
            self.cache.close()


def build_text_sources(
    *,
    pubmed_url: str | None = None,
    europepmc_url: str | None = None,
    ncbi_api_key: str | None = None,
    email: str | None = None,
    offline: bool = False,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    transport: Any = None,
) -> TextSources:
    """PubMed then Europe PMC (options over `CITECHECK_PUBMED_URL`, `CITECHECK_EUROPEPMC_URL`,
    `NCBI_API_KEY`), with the per-user text cache unless `use_cache` is off. A malformed base
    URL raises `BaseURLError` (exit 2) before anything is asked, offline too."""
    pubmed_base = check_base_url(
        pubmed_url or os.environ.get(PUBMED_URL_ENV) or DEFAULT_PUBMED_URL,
        f"--pubmed-url ({PUBMED_URL_ENV})",
    )
    europepmc_base = check_base_url(
        europepmc_url or os.environ.get(EUROPEPMC_URL_ENV) or DEFAULT_EUROPEPMC_URL,
        f"--europepmc-url ({EUROPEPMC_URL_ENV})",
    )
    cache = TextCache((cache_dir or default_cache_dir()) / TEXT_CACHE_FILE) if use_cache else None
    bases = {"pubmed": pubmed_base, "europepmc": europepmc_base}
    if offline:
        return TextSources([], cache, offline=True, client_bases=bases)
    clients: list[TextClient] = [
        PubMedClient(base_url=pubmed_base, api_key=ncbi_api_key, email=email, transport=transport),
        EuropePmcClient(base_url=europepmc_base, email=email, transport=transport),
    ]
    return TextSources(clients, cache, client_bases=bases)
