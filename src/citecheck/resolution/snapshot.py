"""A local Crossref snapshot: a SQLite index (DOI key + FTS5 over title, authors, journal) built
from Crossref-format files, and a `MetadataSource` that answers from it.

A snapshot declares itself complete (absence of a DOI means "no such DOI") or partial (absence
means nothing); the bundled `data/crossref-snapshot.jsonl` is partial. Because a complete index
answers before Crossref is asked, an index must never claim completeness for records it does not
hold: an import is built in a hidden temporary file beside the index (from a copy of the index
when extending it), marked complete only once every source went in, and renamed over the index
in one step. A failed or killed import leaves the old index as it was; the temporary files of
killed processes are removed by the next run.

Records whose text fields have the wrong shape (a title that is a number, journals that are not
strings) are skipped and counted rather than stored: no later reader has to cope with them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import secrets
import socket
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citecheck.doi import doi_key
from citecheck.errors import SnapshotError
from citecheck.resolution.cache import read_only_uri
from citecheck.resolution.records import author_family_names, clean_text, record_from_message
from citecheck.resolution.snapshot_reader import iter_messages
from citecheck.resolution.source import (
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS works (id INTEGER PRIMARY KEY, doi TEXT UNIQUE NOT NULL,
                                  message TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS works_fts USING fts5(
    title, authors, journal, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS works_vocab USING fts5vocab(works_fts, 'row');
"""
BATCH = 5_000
IN_MEMORY_LIMIT = 32 * 1024 * 1024  # JSON snapshots below this are indexed in memory
_WORD = re.compile(r"\w+")
# words too common in references to help find one
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "by",
        "de",
        "der",
        "des",
        "di",
        "die",
        "du",
        "for",
        "from",
        "in",
        "into",
        "is",
        "la",
        "le",
        "of",
        "on",
        "or",
        "the",
        "to",
        "et",
        "al",
        "with",
        "vs",
        "via",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
    ]
)
MAX_QUERY_TERMS = 32
COMMON_WORDS_FROM = 2_000  # below this many records every query is fast anyway


# Fields read as text (lists of strings in Crossref's schema) and as lists of people
_TEXT_LISTS = ("title", "subtitle", "container-title", "short-container-title")
_PEOPLE = ("author", "editor")


def malformed_field(message: dict[str, Any]) -> str | None:
    """The first field whose type is not Crossref's (None when the record is usable)."""
    for key in _TEXT_LISTS:
        value = message.get(key)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        ):
            return key
    for key in _PEOPLE:
        value = message.get(key)
        if value is not None and not isinstance(value, list):
            return key
    return None


@dataclass
class ImportCount:
    """What an import took in and what it left out (records with mistyped fields)."""

    imported: int = 0
    skipped: int = 0
    first_skipped: str | None = None  # "DOI (field)", for the message

    def add(self, other: ImportCount) -> None:
        self.imported += other.imported
        self.skipped += other.skipped
        self.first_skipped = self.first_skipped or other.first_skipped

    def skipped_note(self, where: str) -> str | None:
        """One sentence for the user, or None when nothing was skipped."""
        if not self.skipped:
            return None
        return (
            f"{where}: skipped {self.skipped} record(s) whose fields have the wrong type "
            f"(first: {self.first_skipped})"
        )


def _fts_fields(message: dict[str, Any]) -> tuple[str, str, str]:
    titles = [*(message.get("title") or []), *(message.get("subtitle") or [])]
    title = " ".join(clean_text(t) or "" for t in titles if isinstance(t, str))
    authors = " ".join(author_family_names(message) or author_family_names(message, "editor"))
    journals = [
        *(message.get("container-title") or []),
        *(message.get("short-container-title") or []),
    ]
    journal = " ".join(j for j in journals if isinstance(j, str))
    return title, authors, journal


def _usable(messages: Iterable[dict[str, Any]], count: ImportCount) -> Iterator[dict[str, Any]]:
    for message in messages:
        bad = malformed_field(message)
        if bad is None:
            yield message
            continue
        count.skipped += 1
        count.first_skipped = count.first_skipped or f"{message.get('DOI')} ({bad})"


def _connect(target: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    try:
        conn.executescript(_SCHEMA)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise SnapshotError(f"{target}: not a citecheck snapshot index ({exc})") from exc
    return conn


def _import_into(conn: sqlite3.Connection, messages: Iterable[dict[str, Any]]) -> ImportCount:
    """Add `messages` to the index (not marking it complete or partial: `_mark` does that)."""
    tally = ImportCount()
    count = 0
    conn.execute("BEGIN")
    try:
        for message in _usable(messages, tally):
            doi = doi_key(str(message.get("DOI", "")))
            if not doi:
                continue
            old = conn.execute("SELECT id FROM works WHERE doi = ?", (doi,)).fetchone()
            if old is not None:  # a later copy of a work replaces the earlier one
                conn.execute("DELETE FROM works WHERE id = ?", (old[0],))
                conn.execute("DELETE FROM works_fts WHERE rowid = ?", (old[0],))
            cursor = conn.execute(
                "INSERT INTO works (doi, message) VALUES (?, ?)",
                (doi, json.dumps(message, separators=(",", ":"))),
            )
            conn.execute(
                "INSERT INTO works_fts (rowid, title, authors, journal) VALUES (?, ?, ?, ?)",
                (cursor.lastrowid, *_fts_fields(message)),
            )
            count += 1
            if count % BATCH == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    tally.imported = count
    return tally


def _mark(conn: sqlite3.Connection, complete: bool) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with conn:
        conn.execute("BEGIN")
        conn.execute(
            "INSERT OR REPLACE INTO meta VALUES ('complete', ?)", ("1" if complete else "0",)
        )
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('imported_at', ?)", (now,))


# --- hidden temporary files: `.<name>.<pid>@<host>.<random>.tmp` beside what they become -----

# Whether a build's process is gone can only be told on its own host: a cache folder shared
# between machines or containers (an NFS home, a Docker volume) holds other hosts' live builds.
_HOST = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname()) or "host"


def temp_path(target: Path, pid: int | None = None) -> Path:
    """Where a build of `target` by process `pid` (default this one) on this host is made."""
    owner = f"{os.getpid() if pid is None else pid}@{_HOST}"
    return target.with_name(f".{target.name}.{owner}.{secrets.token_hex(4)}.tmp")


def sweep_stale_temps(folder: Path, name: str = "*") -> int:
    """Remove `.<name>.<pid>@<host>.*.tmp` files in `folder` made on this host by a process that
    is gone (killed mid-build); those of running processes, and any other host's, are left
    alone. Returns how many went."""
    removed = 0
    with contextlib.suppress(OSError):
        for path in folder.glob(f".{name}.*@{_HOST}.*.tmp"):
            pid_text, _, host = path.name[: -len(".tmp")].rsplit(".", 2)[-2].partition("@")
            if host != _HOST or not pid_text.isdecimal() or _alive(int(pid_text)):
                continue
            with contextlib.suppress(OSError):
                for part in (path, Path(f"{path}-journal"), Path(f"{path}-wal")):
                    part.unlink(missing_ok=True)
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _check_import_paths(sources: list[Path], db: Path) -> None:
    for source in sources:
        if source.is_dir():
            raise SnapshotError(f"{source}: is a directory, not a snapshot file")
        if not source.is_file():
            raise SnapshotError(f"{source}: no such file")
    if db.is_dir():
        raise SnapshotError(f"--db {db}: is a directory")
    folder = db.parent
    if not folder.is_dir():
        # not created: a typo in a path is caught rather than obeyed
        raise SnapshotError(f"--db {db}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise SnapshotError(f"--db {db}: folder {folder} is not writable")
    if db.exists() and not (db.is_file() and db.stat().st_size > 0 and is_sqlite_file(db)):
        raise SnapshotError(f"--db {db}: exists and is not a citecheck snapshot index")


def import_snapshot(sources: list[Path], db: Path, *, complete: bool = False) -> ImportCount:
    """Stream Crossref-format `sources` into the SQLite index `db` (created or extended).
    `complete` declares that the index holds every DOI it could be asked about. All or nothing:
    `db` is replaced only once every source is in; on any error it is left as it was."""
    sources = [Path(source) for source in sources]
    if db.is_symlink():  # the index it points to is replaced, not the link
        db = Path(os.path.realpath(db))
    _check_import_paths(sources, db)
    sweep_stale_temps(db.parent, db.name)
    temp = temp_path(db)
    try:
        conn = _connect(temp)
        try:
            if db.exists():
                _copy_index(db, conn)
            conn.execute("PRAGMA journal_mode = MEMORY")
            conn.execute("PRAGMA synchronous = OFF")
            total = ImportCount()
            for source in sources:
                total.add(_import_into(conn, iter_messages(source)))
            _mark(conn, complete)
            # a copied WAL index would stay WAL and could pick up a stale `-wal` file beside
            # the name it takes; a rollback-journal file never reads one
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
        _fsync(temp)
        os.replace(temp, db)
    finally:
        temp.unlink(missing_ok=True)
    return total


def _copy_index(db: Path, into: sqlite3.Connection) -> None:
    """The existing index's contents into the new build (SQLite's online backup)."""
    try:
        old = sqlite3.connect(read_only_uri(db), uri=True)
    except sqlite3.Error as exc:
        raise SnapshotError(f"--db {db}: cannot be read ({exc})") from exc
    try:
        old.execute("SELECT 1 FROM works LIMIT 1").fetchall()
        old.backup(into)
    except sqlite3.DatabaseError as exc:
        raise SnapshotError(f"--db {db}: not a citecheck snapshot index ({exc})") from exc
    finally:
        old.close()


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def is_sqlite_file(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def fts_query(query: str, *, joiner: str = "OR") -> str | None:
    """An FTS5 MATCH expression: the query's significant words, each quoted, joined by
    `joiner` ("OR" or "AND")."""
    words: list[str] = []
    for word in _WORD.findall(query.lower()):
        if len(word) < 2 or word in _STOPWORDS or word.isdigit() or word in words:
            continue
        words.append(word)
    if not words:
        return None
    return f" {joiner} ".join(f'"{w}"' for w in words[:MAX_QUERY_TERMS])


class SnapshotSource(MetadataSource):
    """Answers from one snapshot: an imported SQLite index, or a JSON/JSONL(.gz) file indexed on
    the fly (in memory when small; otherwise once, in `index_dir`, keyed by path, size and
    modification time)."""

    name = "snapshot"

    def __init__(
        self, path: Path, *, complete: bool | None = None, index_dir: Path | None = None
    ) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise SnapshotError(f"{self.path}: is a directory, not a snapshot file")
        if not self.path.is_file():
            raise SnapshotError(f"{self.path}: no such snapshot file")
        self._conn = self._open(index_dir)
        stored = self._conn.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
        self.complete = complete if complete is not None else bool(stored and stored[0] == "1")
        self._size = len(self)

    def _open(self, index_dir: Path | None) -> sqlite3.Connection:
        if is_sqlite_file(self.path):
            conn = sqlite3.connect(read_only_uri(self.path), uri=True, check_same_thread=False)
            try:
                conn.execute("SELECT 1 FROM works LIMIT 1").fetchall()
                conn.execute("SELECT 1 FROM meta LIMIT 1").fetchall()
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise SnapshotError(f"{self.path}: not a citecheck snapshot index") from exc
            return conn
        stat = self.path.stat()
        if stat.st_size <= IN_MEMORY_LIMIT or index_dir is None:
            conn = _connect(":memory:")
            self._note(_import_into(conn, iter_messages(self.path)))
            return conn
        key = hashlib.sha256(
            f"{self.path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()
        ).hexdigest()[:24]
        db = index_dir / f"snapshot-{key}.sqlite3"
        sweep_stale_temps(index_dir, "snapshot-*")  # builds killed mid-way, of any snapshot
        if not db.exists():
            # built aside and renamed: other processes never see a half-built index
            self._note(import_snapshot([self.path], db))
        return sqlite3.connect(read_only_uri(db), uri=True, check_same_thread=False)

    def _note(self, count: ImportCount) -> None:
        note = count.skipped_note(str(self.path))
        if note:
            self.warnings.append(note)  # records skipped for mistyped fields

    def _without_common_words(self, query: str) -> str:
        """Drop words found in over 5% of records when rarer ones remain: they barely rank and
        make FTS5 walk huge posting lists."""
        words = (fts_query(query) or "").replace('"', "").split(" OR ")
        total = self._size
        if len(words) < 2 or total < COMMON_WORDS_FROM:
            return query
        counts = {}
        for word in words:
            row = self._conn.execute(
                "SELECT doc FROM works_vocab WHERE term = ?", (word,)
            ).fetchone()
            counts[word] = row[0] if row else 0
        rare = [w for w in words if 0 < counts[w] <= total * 0.05]
        return " ".join(rare) if rare else query

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM works").fetchone()[0])

    async def get_doi(self, doi: str) -> DoiResult:
        row = self._conn.execute(
            "SELECT message FROM works WHERE doi = ?", (doi.lower(),)
        ).fetchone()
        if row is not None:
            message = json.loads(row[0])
            return DoiResult(
                status=LookupStatus.FOUND,
                source="snapshot",
                work=Work(record=record_from_message(message), message=message),
            )
        if self.complete:
            return DoiResult(
                status=LookupStatus.ABSENT, source="snapshot", detail="not in the complete snapshot"
            )
        return DoiResult(
            status=LookupStatus.UNKNOWN, source="snapshot", detail="not in the (partial) snapshot"
        )

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        query = self._without_common_words(query)
        # every word first (few matches: fast); then any word, ranked by bm25, for
        # references whose wording differs from the record's
        rows_found: list[tuple[str, float]] = []
        for joiner in ("AND", "OR"):
            match = fts_query(query, joiner=joiner)
            if match is None:
                break
            rows_found = self._conn.execute(
                "SELECT w.message, bm25(works_fts) AS rank FROM works_fts "
                "JOIN works w ON w.id = works_fts.rowid WHERE works_fts MATCH ? "
                "ORDER BY rank LIMIT ?",
                (match, rows),
            ).fetchall()
            if rows_found:
                break
        works = []
        for text, rank in rows_found:
            message = json.loads(text)
            works.append(
                Work(record=record_from_message(message), message=message, score=-float(rank))
            )
        if works:
            return SearchResult(
                status=LookupStatus.FOUND,
                works=works,
                source="snapshot",
                authoritative=self.complete,
            )
        if self.complete:
            return SearchResult(status=LookupStatus.ABSENT, source="snapshot", authoritative=True)
        return SearchResult(status=LookupStatus.UNKNOWN, source="snapshot")

    async def aclose(self) -> None:
        self._conn.close()


class SnapshotSet(MetadataSource):
    """Several snapshots asked together: a DOI found in any is found; absent only when a complete
    one says so and none has it; search results are merged (each snapshot's own best few)."""

    name = "snapshot"

    def __init__(self, snapshots: list[SnapshotSource]) -> None:
        self.snapshots = snapshots

    @property
    def warnings(self) -> list[str]:
        return [message for snapshot in self.snapshots for message in snapshot.warnings]

    async def get_doi(self, doi: str) -> DoiResult:
        absent: DoiResult | None = None
        for snapshot in self.snapshots:
            result = await snapshot.get_doi(doi)
            if result.status == LookupStatus.FOUND:
                return result
            if result.status == LookupStatus.ABSENT:
                absent = result
        return absent or DoiResult(status=LookupStatus.UNKNOWN, source="snapshot")

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        results = [await s.search(query, rows=rows) for s in self.snapshots]
        works: dict[str, Work] = {}
        for result in results:
            for work in result.works:
                works.setdefault(work.record.doi, work)
        # Scores of different indexes do not compare, so no snapshot's works are cut: a partial
        # snapshot's higher-scored look-alikes must not push out a complete one's true record.
        ranked = sorted(works.values(), key=lambda w: -(w.score or 0.0))
        if ranked:
            return SearchResult(
                status=LookupStatus.FOUND,
                works=ranked,
                source="snapshot",
                authoritative=any(r.authoritative for r in results),
            )
        if any(r.status == LookupStatus.ABSENT for r in results):
            return SearchResult(status=LookupStatus.ABSENT, source="snapshot", authoritative=True)
        return SearchResult(status=LookupStatus.UNKNOWN, source="snapshot")

    async def aclose(self) -> None:
        for snapshot in self.snapshots:
            await snapshot.aclose()
