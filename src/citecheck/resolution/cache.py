"""The SQLite cache of Crossref and doi.org answers, and a `MetadataSource` that reads it.

One file (default `<user cache dir>/citecheck/cache.sqlite3`) shared by every run and process:
WAL mode and a busy time-out let several processes read and write at once. Only answers are
stored — a found work, a 404, a search's candidates, an agency — never a failure. Every answer
is filed under the server that gave it (`urls.base_url_key`: the API base for works, searches and
404s, the doi.org base for agencies), so answers from a stand-in given as `--crossref-url` are
never served for real Crossref, nor the other way round. A corrupt file is renamed aside
(`.corrupt-<timestamp>`) and rebuilt; a file of an older schema is emptied and rebuilt in place;
the cache never crashes a run: an error while reading is a miss, an error while writing is ignored.
A cache that cannot be written (a read-only folder or file, a path under a file) is read if it
can be, else the run goes without one; either way the user hears it once, and only once.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import platformdirs

from citecheck.resolution.pubmed import DEFAULT_PUBMED_URL
from citecheck.resolution.records import record_from_message
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    IdKind,
    IdResult,
    LookupStatus,
    SearchResult,
    Work,
)
from citecheck.resolution.urls import DEFAULT_CROSSREF_URL, DEFAULT_DOI_URL, base_url_key

log = logging.getLogger(__name__)

DAY = 86_400.0
TTL_FOUND = 30 * DAY
TTL_ABSENT = 1 * DAY  # a 404 may be a DOI registered a minute ago
TTL_SEARCH = 7 * DAY
TTL_AGENCY = 30 * DAY
TTL_AGENCY_ABSENT = 1 * DAY
# What NCBI files a PMID/PMCID under hardly ever changes; "no such record" may be an id issued
# a minute ago
TTL_ID = 90 * DAY
TTL_ID_ABSENT = 1 * DAY
CACHE_FILE = "cache.sqlite3"

# Version 2 added the server (`base`) to every key. Version-1 rows cannot say which server
# answered, so an upgrade drops them rather than guess (they may be a test stand-in's).
SCHEMA_VERSION = 2
_TABLES = (
    "CREATE TABLE IF NOT EXISTS dois (base TEXT NOT NULL, doi TEXT NOT NULL, "
    "found INTEGER NOT NULL, message TEXT, expires REAL NOT NULL, PRIMARY KEY (base, doi))",
    "CREATE TABLE IF NOT EXISTS searches (base TEXT NOT NULL, key TEXT NOT NULL, "
    "works TEXT NOT NULL, expires REAL NOT NULL, PRIMARY KEY (base, key))",
    "CREATE TABLE IF NOT EXISTS agencies (base TEXT NOT NULL, doi TEXT NOT NULL, agency TEXT, "
    "expires REAL NOT NULL, PRIMARY KEY (base, doi))",
)
# Added beside schema 2 without a version bump (which would empty every user's cache): created
# when missing; a read-only cache without it is a miss.
_ID_TABLE = (
    "CREATE TABLE IF NOT EXISTS ids (base TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, "
    "answer TEXT, expires REAL NOT NULL, PRIMARY KEY (base, kind, id))"
)


def default_cache_dir() -> Path:
    env = os.environ.get("CITECHECK_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir("citecheck"))


def search_key(query: str, rows: int) -> str:
    """Queries differing only in case and spacing share an entry."""
    return f"{rows}|{' '.join(query.lower().split())}"


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A SQLite URI opening `path` read-only: quoted, so a `?`, `#` or `%` in a folder name is
    part of the path, not the query."""
    return path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


class CacheStore:
    """Answers by DOI, by search query and by agency question, with expiry times, for the API at
    `api_url` and the doi.org at `doi_url`."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        api_url: str = DEFAULT_CROSSREF_URL,
        doi_url: str = DEFAULT_DOI_URL,
        ids_url: str = DEFAULT_PUBMED_URL,
    ) -> None:
        self.path = Path(path) if path else default_cache_dir() / CACHE_FILE
        self.api_key = base_url_key(api_url)
        self.doi_key = base_url_key(doi_url)
        self.ids_key = base_url_key(ids_url)
        self.read_only = False
        self._warned = False
        self._conn = self._open()

    # --- opening and repair ----------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if _version(conn) < SCHEMA_VERSION:
            _upgrade(conn)
        conn.execute(_ID_TABLE)
        conn.execute("SELECT count(*) FROM dois WHERE doi = ''").fetchone()
        return conn

    def _open(self) -> sqlite3.Connection | None:
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if _is_locked(exc):
                raise
            if not is_corrupt(exc):  # a permission or the disk, not corruption: keep the file
                return self._read_only(exc)
            try:
                self._set_aside(exc)
                return self._connect()
            except (OSError, sqlite3.Error) as again:
                return self._read_only(again)
        except OSError as exc:  # the folder cannot be made
            return self._read_only(exc)

    def _read_only(self, why: Exception) -> sqlite3.Connection | None:
        """The cache as it is, read but never written; None when it cannot even be read."""
        self.read_only = True
        if self.path.is_file():
            try:
                # immutable: no -shm/-wal files to create in a folder that may not allow it
                conn = sqlite3.connect(
                    read_only_uri(self.path, immutable=True), uri=True, check_same_thread=False
                )
                if _version(conn) == SCHEMA_VERSION:
                    self._warn_once(f"cache {self.path} is not writable ({why}); reading it only")
                    return conn
                conn.close()
            except sqlite3.Error:
                pass
        self._warn_once(f"cache {self.path} cannot be used ({why}); running without a cache")
        return None

    def _warn_once(self, message: str) -> None:
        if not self._warned:  # one line for the user, not one per lookup
            self._warned = True
            log.warning("%s", message)

    def _set_aside(self, exc: Exception) -> None:
        set_aside(self.path, "cache", exc)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

    def _read(
        self, sql: str, args: tuple[Any, ...], *, quiet: bool = False
    ) -> tuple[Any, ...] | None:
        if self._conn is None:
            return None
        try:
            row: tuple[Any, ...] | None = self._conn.execute(sql, args).fetchone()
            return row
        except sqlite3.Error as exc:
            if not quiet:
                self._warn_once(f"cache read failed: {exc}")
            return None

    def _write(self, sql: str, args: tuple[Any, ...]) -> None:
        if self._conn is None or self.read_only:
            return
        try:
            self._conn.execute(sql, args)
        except sqlite3.Error as exc:
            if _cannot_write(exc):  # later writes would fail the same way
                self.read_only = True
                self._warn_once(f"cache {self.path} cannot be written ({exc}); not keeping answers")
            else:
                self._warn_once(f"cache write failed: {exc}")

    # --- DOI answers -----------------------------------------------------------------------

    def get_doi(self, doi: str, now: float | None = None) -> DoiResult | None:
        """The cached answer for `doi` (FOUND or ABSENT), or None when there is none in date."""
        row = self._read(
            "SELECT found, message FROM dois WHERE base = ? AND doi = ? AND expires > ?",
            (self.api_key, doi, now or time.time()),
        )
        if row is None:
            return None
        found, message = row
        if not found:
            return DoiResult(
                status=LookupStatus.ABSENT, source="cache", detail="Crossref 404 (cached)"
            )
        work = _work_from_json(message)
        if work is None:
            return None
        return DoiResult(status=LookupStatus.FOUND, work=work, source="cache")

    def put_doi(self, doi: str, result: DoiResult, now: float | None = None) -> None:
        """Store FOUND and ABSENT answers; anything else is not an answer and is not stored."""
        now = now or time.time()
        if result.status == LookupStatus.FOUND and result.work is not None:
            self._write(
                "INSERT OR REPLACE INTO dois VALUES (?, ?, 1, ?, ?)",
                (self.api_key, doi, json.dumps(result.work.message), now + TTL_FOUND),
            )
        elif result.status == LookupStatus.ABSENT:
            self._write(
                "INSERT OR REPLACE INTO dois VALUES (?, ?, 0, NULL, ?)",
                (self.api_key, doi, now + TTL_ABSENT),
            )

    # --- searches --------------------------------------------------------------------------

    def get_search(self, query: str, rows: int, now: float | None = None) -> SearchResult | None:
        row = self._read(
            "SELECT works FROM searches WHERE base = ? AND key = ? AND expires > ?",
            (self.api_key, search_key(query, rows), now or time.time()),
        )
        if row is None:
            return None
        try:
            entries = json.loads(row[0])
            works = [
                Work(
                    record=record_from_message(e["message"]),
                    message=e["message"],
                    score=e.get("score"),
                )
                for e in entries
            ]
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("cached search unreadable: %s", exc)
            return None
        status = LookupStatus.FOUND if works else LookupStatus.ABSENT
        # it came from a search over all of Crossref, so it is as authoritative as then
        return SearchResult(status=status, works=works, source="cache", authoritative=True)

    def put_search(
        self, query: str, rows: int, result: SearchResult, now: float | None = None
    ) -> None:
        if result.status not in (LookupStatus.FOUND, LookupStatus.ABSENT):
            return
        if not result.authoritative:
            return  # only whole-Crossref answers may later stand in for one
        entries = [{"message": w.message, "score": w.score} for w in result.works]
        self._write(
            "INSERT OR REPLACE INTO searches VALUES (?, ?, ?, ?)",
            (
                self.api_key,
                search_key(query, rows),
                json.dumps(entries),
                (now or time.time()) + TTL_SEARCH,
            ),
        )

    # --- agencies --------------------------------------------------------------------------

    def get_agency(self, doi: str, now: float | None = None) -> AgencyResult | None:
        row = self._read(
            "SELECT agency FROM agencies WHERE base = ? AND doi = ? AND expires > ?",
            (self.doi_key, doi, now or time.time()),
        )
        if row is None:
            return None
        if row[0] is None:
            return AgencyResult(
                status=LookupStatus.ABSENT,
                source="cache",
                detail="doi.org: DOI does not exist (cached)",
            )
        return AgencyResult(status=LookupStatus.FOUND, agency=row[0], source="cache")

    def put_agency(self, doi: str, result: AgencyResult, now: float | None = None) -> None:
        now = now or time.time()
        if result.status == LookupStatus.FOUND and result.agency:
            self._write(
                "INSERT OR REPLACE INTO agencies VALUES (?, ?, ?, ?)",
                (self.doi_key, doi, result.agency, now + TTL_AGENCY),
            )
        elif result.status == LookupStatus.ABSENT:
            self._write(
                "INSERT OR REPLACE INTO agencies VALUES (?, ?, NULL, ?)",
                (self.doi_key, doi, now + TTL_AGENCY_ABSENT),
            )

    # --- PMID / PMCID answers -------------------------------------------------------------

    def get_id(self, kind: IdKind, value: str, now: float | None = None) -> IdResult | None:
        """The cached NCBI answer for a PMID/PMCID (FOUND or ABSENT), or None."""
        row = self._read(
            "SELECT answer FROM ids WHERE base = ? AND kind = ? AND id = ? AND expires > ?",
            (self.ids_key, kind, value, now or time.time()),
            quiet=self.read_only,  # a read-only file from before the table: a miss
        )
        if row is None:
            return None
        if row[0] is None:
            return IdResult(
                status=LookupStatus.ABSENT,
                kind=kind,
                value=value,
                source="cache",
                detail=f"NCBI holds no record {value} (cached)",
            )
        try:
            found = IdResult.model_validate_json(row[0])
        except ValueError as exc:
            log.warning("cached id answer unreadable: %s", exc)
            return None
        return found.model_copy(update={"source": "cache"})

    def put_id(self, result: IdResult, now: float | None = None) -> None:
        """Store FOUND and ABSENT answers; failures are not answers and are not stored."""
        now = now or time.time()
        if result.status == LookupStatus.FOUND:
            answer: str | None = result.model_dump_json()
            expires = now + TTL_ID
        elif result.status == LookupStatus.ABSENT:
            answer, expires = None, now + TTL_ID_ABSENT
        else:
            return
        self._write(
            "INSERT OR REPLACE INTO ids VALUES (?, ?, ?, ?, ?)",
            (self.ids_key, result.kind, result.value, answer, expires),
        )


# SQLite's primary result codes for "this file or folder may not be written" and "the disk
# refuses": SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
_CANNOT_WRITE = {3, 8, 10, 13, 14}


def set_aside(path: Path, what: str, exc: Exception) -> None:
    """Rename a corrupt SQLite file and its -wal/-shm to `.corrupt-<timestamp>`, saying so: the
    next open starts afresh, and the next run hears nothing."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    log.warning("%s %s is unreadable (%s); setting it aside and starting afresh", what, path, exc)
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.rename(Path(f"{part}.corrupt-{stamp}"))


def is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    """Is an error opening a cache its file's fault (set it aside), not a lock, a permission or
    the disk (keep the file)?"""
    return not _is_locked(exc) and not _cannot_write(exc)


def _is_locked(exc: sqlite3.DatabaseError) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def _cannot_write(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and (code & 0xFF) in _CANNOT_WRITE


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _upgrade(conn: sqlite3.Connection) -> None:
    """Create the tables of this schema, dropping those of an older one. One write transaction,
    so that two processes opening an old file at once upgrade it once."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _version(conn) < SCHEMA_VERSION:  # another process may have upgraded it meanwhile
            for table in ("dois", "searches", "agencies"):
                conn.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _TABLES:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _work_from_json(text: str | None) -> Work | None:
    try:
        message = json.loads(text or "")
        return Work(record=record_from_message(message), message=message)
    except (ValueError, TypeError, AttributeError) as exc:
        log.warning("cached record unreadable: %s", exc)
        return None
