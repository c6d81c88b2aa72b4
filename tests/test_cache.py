"""The SQLite cache: what is stored, for how long, under which server, and surviving a corrupt
or old file."""

from __future__ import annotations

import sqlite3

from citecheck.resolution.cache import (
    SCHEMA_VERSION,
    TTL_ABSENT,
    TTL_FOUND,
    CacheStore,
    search_key,
)
from citecheck.resolution.records import record_from_message
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    SearchResult,
    Work,
)

MESSAGE = {
    "DOI": "10.1000/a1",
    "title": ["Ketamine for anxiety"],
    "author": [{"family": "Glue"}],
    "issued": {"date-parts": [[2017]]},
    "_provenance": "https://example.org/a1",
}


def found() -> DoiResult:
    return DoiResult(
        status=LookupStatus.FOUND,
        source="crossref-api",
        work=Work(record=record_from_message(MESSAGE), message=MESSAGE),
    )


def test_found_record_round_trips_with_raw_message(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    store.put_doi("10.1000/a1", found())
    cached = store.get_doi("10.1000/a1")
    assert cached.status == LookupStatus.FOUND and cached.source == "cache"
    assert cached.work.record.authors == ["Glue"]
    assert cached.work.message["_provenance"] == "https://example.org/a1"


def test_404_expires_sooner_than_a_hit(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    now = 1_000_000.0
    store.put_doi("10.1000/a1", found(), now=now)
    store.put_doi("10.1000/gone", DoiResult(status=LookupStatus.ABSENT), now=now)
    assert store.get_doi("10.1000/gone", now=now + 60).status == LookupStatus.ABSENT
    later = now + TTL_ABSENT + 1
    assert store.get_doi("10.1000/gone", now=later) is None
    assert store.get_doi("10.1000/a1", now=later).status == LookupStatus.FOUND
    assert store.get_doi("10.1000/a1", now=now + TTL_FOUND + 1) is None


def test_failures_are_never_stored(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    for status in (LookupStatus.FAILED, LookupStatus.OFFLINE, LookupStatus.UNKNOWN):
        store.put_doi("10.1000/x", DoiResult(status=status))
        store.put_search("q", 5, SearchResult(status=status, authoritative=True))
        store.put_agency("10.1000/x", AgencyResult(status=status))
    assert store.get_doi("10.1000/x") is None
    assert store.get_search("q", 5) is None
    assert store.get_agency("10.1000/x") is None


def test_search_cached_by_normalised_query_and_authoritative(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    result = SearchResult(status=LookupStatus.FOUND, works=[found().work], authoritative=True)
    store.put_search("Ketamine  ANXIETY", 5, result)
    store.put_search(
        "nothing at all", 5, SearchResult(status=LookupStatus.ABSENT, authoritative=True)
    )
    store.put_search("snapshot only", 5, SearchResult(status=LookupStatus.ABSENT))
    hit = store.get_search("ketamine anxiety", 5)
    assert hit.status == LookupStatus.FOUND and hit.authoritative
    assert hit.works[0].record.doi == "10.1000/a1"
    assert store.get_search("ketamine anxiety", 2) is None
    assert store.get_search("nothing at all", 5).status == LookupStatus.ABSENT
    assert store.get_search("snapshot only", 5) is None  # not a whole-Crossref answer
    assert search_key("A  b", 3) == search_key("a b", 3)


def test_agency_answers_cached(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    store.put_agency("10.48550/x", AgencyResult(status=LookupStatus.FOUND, agency="datacite"))
    store.put_agency("10.9/none", AgencyResult(status=LookupStatus.ABSENT))
    assert store.get_agency("10.48550/x").agency == "datacite"
    assert store.get_agency("10.9/none").status == LookupStatus.ABSENT


def test_corrupt_file_is_set_aside_and_rebuilt(tmp_path):
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    store = CacheStore(path)
    store.put_doi("10.1000/a1", found())
    assert store.get_doi("10.1000/a1").status == LookupStatus.FOUND
    aside = list(tmp_path.glob("c.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")


def test_two_stores_share_one_file(tmp_path):
    path = tmp_path / "c.sqlite3"
    writer, reader = CacheStore(path), CacheStore(path)
    writer.put_doi("10.1000/a1", found())
    assert reader.get_doi("10.1000/a1").status == LookupStatus.FOUND
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_unreadable_cached_row_is_a_miss_not_a_crash(tmp_path):
    path = tmp_path / "c.sqlite3"
    store = CacheStore(path)
    sqlite3.connect(path).execute(
        "INSERT INTO dois VALUES (?, '10.1000/bad', 1, '{not json', 1e12)", (store.api_key,)
    ).connection.commit()
    assert store.get_doi("10.1000/bad") is None


STAND_IN = "http://127.0.0.1:8765"


def test_answers_are_kept_apart_by_api_base_url(tmp_path):
    path = tmp_path / "c.sqlite3"
    stand_in = CacheStore(path, api_url=STAND_IN, doi_url=STAND_IN)
    stand_in.put_doi("10.1000/a1", found())
    stand_in.put_doi("10.1000/gone", DoiResult(status=LookupStatus.ABSENT))
    stand_in.put_search(
        "ketamine anxiety",
        5,
        SearchResult(status=LookupStatus.FOUND, works=[found().work], authoritative=True),
    )
    stand_in.put_agency("10.1000/a1", AgencyResult(status=LookupStatus.FOUND, agency="crossref"))
    crossref = CacheStore(path)  # the defaults: api.crossref.org and doi.org
    assert crossref.get_doi("10.1000/a1") is None
    assert crossref.get_doi("10.1000/gone") is None  # a stand-in's 404 says nothing of Crossref
    assert crossref.get_search("ketamine anxiety", 5) is None
    assert crossref.get_agency("10.1000/a1") is None
    # another spelling of the same stand-in shares its entries
    again = CacheStore(path, api_url=f"{STAND_IN}/", doi_url="HTTP://127.0.0.1:8765/")
    assert again.get_doi("10.1000/a1").status == LookupStatus.FOUND
    assert again.get_doi("10.1000/gone").status == LookupStatus.ABSENT
    assert again.get_search("ketamine anxiety", 5).status == LookupStatus.FOUND
    assert again.get_agency("10.1000/a1").agency == "crossref"


def test_agencies_are_keyed_by_the_doi_org_base_not_the_api(tmp_path):
    path = tmp_path / "c.sqlite3"
    CacheStore(path, doi_url=STAND_IN).put_agency(
        "10.9/none", AgencyResult(status=LookupStatus.ABSENT)
    )
    assert CacheStore(path, api_url=STAND_IN).get_agency("10.9/none") is None
    assert CacheStore(path, doi_url=STAND_IN).get_agency("10.9/none").status == LookupStatus.ABSENT


def _old_cache(path) -> None:
    """A cache file as citecheck wrote it before answers were keyed by server (no version)."""
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE TABLE dois (doi TEXT PRIMARY KEY, found INTEGER NOT NULL, message TEXT,
                           expires REAL NOT NULL);
        CREATE TABLE searches (key TEXT PRIMARY KEY, works TEXT NOT NULL, expires REAL NOT NULL);
        CREATE TABLE agencies (doi TEXT PRIMARY KEY, agency TEXT, expires REAL NOT NULL);
        INSERT INTO dois VALUES ('10.1000/old', 0, NULL, 1e12);
        INSERT INTO agencies VALUES ('10.1000/old', NULL, 1e12);
    """)
    conn.commit()
    conn.close()


def test_an_old_cache_file_is_upgraded_and_its_unkeyed_answers_dropped(tmp_path):
    path = tmp_path / "c.sqlite3"
    _old_cache(path)
    store = CacheStore(path)
    # nobody can tell which server gave those answers: they are not served
    assert store.get_doi("10.1000/old") is None
    assert store.get_agency("10.1000/old") is None
    store.put_doi("10.1000/a1", found())
    assert CacheStore(path).get_doi("10.1000/a1").status == LookupStatus.FOUND
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not list(tmp_path.glob("*.corrupt-*"))  # upgraded in place, nothing set aside


def test_a_corrupt_file_with_a_current_version_is_still_set_aside(tmp_path):
    path = tmp_path / "c.sqlite3"
    CacheStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE dois")  # the version says current, the tables say otherwise
    conn.commit()
    conn.close()
    store = CacheStore(path)
    store.put_doi("10.1000/a1", found())
    assert store.get_doi("10.1000/a1").status == LookupStatus.FOUND
    assert len(list(tmp_path.glob("c.sqlite3.corrupt-*"))) == 1


# --- a cache that cannot be written ---------------------------------------------------------


def test_a_cache_folder_that_cannot_be_made_runs_without_a_cache_and_says_so_once(tmp_path, caplog):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with caplog.at_level("WARNING", logger="citecheck.resolution.cache"):
        store = CacheStore(blocker / "cache" / "cache.sqlite3")
        store.put_doi("10.1000/a", DoiResult(status=LookupStatus.ABSENT))
        assert store.get_doi("10.1000/a") is None
        store.put_doi("10.1000/b", DoiResult(status=LookupStatus.ABSENT))
        store.close()
    assert len(caplog.records) == 1 and "running without a cache" in caplog.text


def test_a_cache_that_cannot_be_written_is_read_and_warns_once(tmp_path, monkeypatch, caplog):
    path = tmp_path / "cache.sqlite3"
    writable = CacheStore(path)
    writable.put_doi("10.1000/gone", DoiResult(status=LookupStatus.ABSENT))
    writable.close()

    def refuse(self):  # as SQLite answers for a file or folder the user may not write
        error = sqlite3.OperationalError("attempt to write a readonly database")
        error.sqlite_errorcode = 8  # SQLITE_READONLY
        raise error

    monkeypatch.setattr(CacheStore, "_connect", refuse)
    with caplog.at_level("WARNING", logger="citecheck.resolution.cache"):
        store = CacheStore(path)
        assert store.get_doi("10.1000/gone").status == LookupStatus.ABSENT
        store.put_doi("10.1000/new", DoiResult(status=LookupStatus.ABSENT))
        store.put_doi("10.1000/newer", DoiResult(status=LookupStatus.ABSENT))
        assert store.get_doi("10.1000/new") is None
        store.close()
    assert len(caplog.records) == 1 and "reading it only" in caplog.text


def test_writes_that_start_failing_stop_after_one_warning(tmp_path, caplog):
    store = CacheStore(tmp_path / "cache.sqlite3")
    real = store._conn

    class Failing:
        def execute(self, sql, args=()):
            if sql.startswith("INSERT"):
                error = sqlite3.OperationalError("attempt to write a readonly database")
                error.sqlite_errorcode = 8  # SQLITE_READONLY
                raise error
            return real.execute(sql, args)

        def close(self):
            real.close()

    store._conn = Failing()
    with caplog.at_level("WARNING", logger="citecheck.resolution.cache"):
        for i in range(5):
            store.put_doi(f"10.1000/{i}", DoiResult(status=LookupStatus.ABSENT))
    store.close()
    assert len(caplog.records) == 1 and store.read_only


def test_audit_with_an_unusable_cache_dir_runs_with_one_warning(tmp_path, capsys, caplog):
    from pathlib import Path

    import pytest

    from citecheck.cli import main

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    bib = Path(__file__).parent / "fixtures" / "cli" / "zanos.bib"
    argv = ["audit", "--bib", str(bib), "--offline", "--cache-dir", str(blocker / "cache")]
    with pytest.raises(SystemExit) as info, caplog.at_level("WARNING"):
        main([*argv, "--format", "json"])
    _, err = capsys.readouterr()
    assert info.value.code in (0, 1, None), err
    assert "Traceback" not in err
    cache_warnings = [r for r in caplog.records if "cache" in r.getMessage()]
    assert len(cache_warnings) == 1 and "running without a cache" in caplog.text
