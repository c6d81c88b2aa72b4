"""Snapshot import (JSONL, items JSON, envelopes, gzip; streamed) and SnapshotSource answers."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import citecheck.resolution.snapshot_reader as reader
from citecheck.errors import SnapshotError
from citecheck.resolution.snapshot import SnapshotSource, fts_query, import_snapshot
from citecheck.resolution.snapshot_reader import iter_messages
from citecheck.resolution.source import LookupStatus


def work(doi: str, title: str, family: str, journal: str = "Journal of Psychopharmacology"):
    return {
        "DOI": doi,
        "title": [title],
        "author": [{"given": "A", "family": family}],
        "container-title": [journal],
        "issued": {"date-parts": [[2019]]},
        "_provenance": f"https://doi.org/{doi}",
    }


WORKS = [
    work("10.1000/K1", "Ketamine for treatment-resistant generalised anxiety", "Glue"),
    work("10.1000/k2", "Esketamine nasal spray and suicidal ideation", "Fu"),
    work(
        "10.1000/k3",
        "Sub-anaesthetic ketamine and social anxiety disorder",
        "Taylor",
        "Neuropsychopharmacology",
    ),
]


def write_jsonl(path: Path, works=WORKS) -> Path:
    path.write_text("\n".join(json.dumps(w) for w in works) + "\n", encoding="utf-8")
    return path


def ask(source, coro):
    return asyncio.run(coro(source))


def test_import_jsonl_then_lookup_and_search(tmp_path):
    db = tmp_path / "snap.sqlite3"
    assert import_snapshot([write_jsonl(tmp_path / "w.jsonl")], db).imported == 3
    source = SnapshotSource(db)
    hit = ask(source, lambda s: s.get_doi("10.1000/k1"))
    assert hit.status == LookupStatus.FOUND and hit.source == "snapshot"
    assert hit.work.record.authors == ["Glue"]
    assert hit.work.message["_provenance"] == "https://doi.org/10.1000/K1"
    assert ask(source, lambda s: s.get_doi("10.1000/zz")).status == LookupStatus.UNKNOWN
    found = ask(source, lambda s: s.search("Taylor social anxiety ketamine 2019", rows=2))
    assert found.status == LookupStatus.FOUND and not found.authoritative
    assert [w.record.doi for w in found.works] == ["10.1000/k3"]  # every word matched
    loose = ask(source, lambda s: s.search("zebrafish ketamine anxiety", rows=5))
    assert {w.record.doi for w in loose.works} == {"10.1000/k1", "10.1000/k3"}  # any word
    assert ask(source, lambda s: s.search("zebrafish oncology")).status == LookupStatus.UNKNOWN


def test_complete_snapshot_says_absent(tmp_path):
    db = tmp_path / "snap.sqlite3"
    import_snapshot([write_jsonl(tmp_path / "w.jsonl")], db, complete=True)
    source = SnapshotSource(db)
    assert ask(source, lambda s: s.get_doi("10.1000/zz")).status == LookupStatus.ABSENT
    miss = ask(source, lambda s: s.search("zebrafish oncology"))
    assert miss.status == LookupStatus.ABSENT and miss.authoritative


@pytest.mark.parametrize("shape", ["items", "envelope", "single", "pretty-items"])
@pytest.mark.parametrize("gz", [False, True])
def test_json_shapes_and_gzip(tmp_path, shape, gz):
    docs = {
        "items": {"items": WORKS},
        "envelope": {"status": "ok", "message": {"total-results": 3, "items": WORKS}},
        "single": {"status": "ok", "message": WORKS[0]},
        "pretty-items": {"items": WORKS},
    }
    text = json.dumps(docs[shape], indent=2 if shape.startswith("pretty") else None)
    path = tmp_path / ("s.json.gz" if gz else "s.json")
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    dois = [m["DOI"] for m in iter_messages(path)]
    assert dois == ([WORKS[0]["DOI"]] if shape == "single" else [w["DOI"] for w in WORKS])


def test_items_are_streamed_in_small_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "CHUNK", 7)  # forces objects to straddle many reads
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"message": {"facets": {}, "items": WORKS}}, indent=1))
    assert [m["title"] for m in iter_messages(path)] == [w["title"] for w in WORKS]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    titles=st.lists(st.text(min_size=0, max_size=40), min_size=0, max_size=8),
    chunk=st.integers(min_value=1, max_value=64),
    indent=st.sampled_from([None, 0, 2]),
)
def test_streamed_items_equal_whole_parse(tmp_path, monkeypatch, titles, chunk, indent):
    monkeypatch.setattr(reader, "CHUNK", chunk)
    works = [
        {"DOI": f"10.1/{i}", "title": [t], "note": {"items": [t]}} for i, t in enumerate(titles)
    ]
    path = tmp_path / "h.json"
    path.write_text(json.dumps({"items": works}, indent=indent), encoding="utf-8")
    assert list(iter_messages(path)) == works


def test_truncated_items_file_is_a_snapshot_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"items": WORKS})[:-40])
    with pytest.raises(SnapshotError):
        list(iter_messages(path))


def test_jsonl_with_garbage_line_is_a_snapshot_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(WORKS[0]) + "\n{oops\n")
    with pytest.raises(SnapshotError, match=":2"):
        list(iter_messages(path))


def test_jsonl_source_is_indexed_on_the_fly(tmp_path):
    path = tmp_path / "w.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(w) + "\n" for w in WORKS)
    source = SnapshotSource(path)
    assert len(source) == 3 and not source.complete
    assert ask(source, lambda s: s.get_doi("10.1000/k2")).status == LookupStatus.FOUND


def test_big_json_source_index_is_kept_in_index_dir(tmp_path, monkeypatch):
    import citecheck.resolution.snapshot as snapshot

    monkeypatch.setattr(snapshot, "IN_MEMORY_LIMIT", 10)
    path = write_jsonl(tmp_path / "w.jsonl")
    index_dir = tmp_path / "idx"
    index_dir.mkdir()
    first = SnapshotSource(path, index_dir=index_dir)
    assert len(first) == 3
    built = list(index_dir.glob("snapshot-*.sqlite3"))
    assert len(built) == 1
    mtime = built[0].stat().st_mtime_ns
    assert len(SnapshotSource(path, index_dir=index_dir)) == 3
    assert built[0].stat().st_mtime_ns == mtime  # reused, not rebuilt


def test_empty_snapshot_file_knows_nothing(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("")
    source = SnapshotSource(path)
    assert len(source) == 0
    assert ask(source, lambda s: s.get_doi("10.1000/k1")).status == LookupStatus.UNKNOWN


def test_reimport_replaces_a_work(tmp_path):
    db = tmp_path / "snap.sqlite3"
    import_snapshot([write_jsonl(tmp_path / "a.jsonl")], db)
    changed = [dict(WORKS[1], title=["Corrected title about esketamine"])]
    import_snapshot([write_jsonl(tmp_path / "b.jsonl", changed)], db)
    source = SnapshotSource(db)
    assert len(source) == 3
    hit = ask(source, lambda s: s.search("corrected esketamine", rows=5))
    assert [w.record.doi for w in hit.works][0] == "10.1000/k2"
    assert ask(source, lambda s: s.get_doi("10.1000/k2")).work.record.title.startswith("Corr")


def test_not_an_index_is_a_snapshot_error(tmp_path):
    path = tmp_path / "x.sqlite3"
    import sqlite3

    sqlite3.connect(path).execute("CREATE TABLE other (a)").connection.commit()
    with pytest.raises(SnapshotError):
        SnapshotSource(path)


@given(st.text(max_size=80))
def test_fts_query_is_always_safe(text):
    match = fts_query(text)
    if match is not None:
        import sqlite3

        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(a)")
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (match,)).fetchall()


def test_bundled_snapshot_opens(tmp_path):
    from citecheck.paths import data_file

    bundled = data_file("crossref-snapshot.jsonl")
    assert bundled.is_file()
    source = SnapshotSource(bundled)
    assert not source.complete


class _FixedSearch:
    """A snapshot stand-in whose search answers with the given works."""

    def __init__(self, result: object) -> None:
        self.result = result
        self.warnings: list[str] = []

    async def search(self, query: str, *, rows: int = 5) -> object:
        return self.result


def test_merged_snapshots_never_cut_a_complete_ones_record():
    import asyncio

    from citecheck.resolution.records import record_from_message
    from citecheck.resolution.snapshot import SnapshotSet
    from citecheck.resolution.source import LookupStatus, SearchResult, Work

    def work(n: int, score: float) -> Work:
        message = {"DOI": f"10.5555/w{n}", "title": [f"Work {n}"], "type": "journal-article"}
        return Work(record=record_from_message(message), message=message, score=score)

    # a partial snapshot's look-alikes score high on its own index; the complete one's true
    # record scores low on another index: scores of two indexes do not compare
    partial = SearchResult(
        status=LookupStatus.FOUND, works=[work(n, 50.0) for n in range(5)], source="snapshot"
    )
    complete = SearchResult(
        status=LookupStatus.FOUND, works=[work(9, 3.0)], source="snapshot", authoritative=True
    )
    merged = asyncio.run(
        SnapshotSet([_FixedSearch(partial), _FixedSearch(complete)]).search("q", rows=5)  # type: ignore[list-item]
    )
    assert "10.5555/w9" in [w.record.doi for w in merged.works]
    assert merged.authoritative
