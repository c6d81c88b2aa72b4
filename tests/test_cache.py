"""The SQLite cache: what is stored, for how long, under which server, and surviving a corrupt
or old file."""

from __future__ import annotations

import asyncio
import sqlite3

from citecheck.resolution.cache import (
    SCHEMA_VERSION,
    TTL_ABSENT,
    TTL_FOUND,
    CacheSource,
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


def test_cache_source_miss_is_unknown_and_hit_is_answer(tmp_path):
    store = CacheStore(tmp_path / "c.sqlite3")
    store.put_doi("10.1000/gone", DoiResult(status=LookupStatus.ABSENT))
    source = CacheSource(store)

    async def ask():
        return (
            await source.get_doi("10.1000/none"),
            await source.get_doi("10.1000/gone"),
            await source.search("anything"),
            await source.agency("10.1000/none"),
        )

    miss, gone, search, agency = asyncio.run(ask())
    assert miss.status == LookupStatus.UNKNOWN
    assert gone.status == LookupStatus.ABSENT and gone.source == "cache"
    assert search.status == LookupStatus.UNKNOWN and not search.authoritative
    assert agency.status == LookupStatus.UNKNOWN


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
