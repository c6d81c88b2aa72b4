"""`snapshot import` all or nothing, its paths checked, mistyped records skipped: an index must
never say "complete" over half the records (a complete index answers before Crossref is asked, so
real works would become not_found), and no bad input may leave a file behind or a traceback."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import main
from citecheck.errors import SnapshotError
from citecheck.resolution.snapshot import (
    SnapshotSource,
    import_snapshot,
    sweep_stale_temps,
    temp_path,
)
from citecheck.resolution.source import LookupStatus

ROOT = Path(__file__).resolve().parents[1]


def work(doi: str, title: str = "Ketamine for treatment resistant depression") -> dict[str, Any]:
    return {
        "DOI": doi,
        "type": "journal-article",
        "title": [title],
        "author": [{"given": "A.", "family": "Smith"}],
        "container-title": ["Journal of Psychopharmacology"],
        "issued": {"date-parts": [[2019]]},
    }


def jsonl(path: Path, *messages: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(m) + "\n" for m in messages), encoding="utf-8")
    return path


def corrupt(path: Path) -> Path:
    path.write_text(json.dumps(work("10.1000/b1")) + "\n{not json\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def lookup(db: Path, doi: str) -> tuple[bool, LookupStatus]:
    source = SnapshotSource(db)
    try:
        return source.complete, asyncio.run(source.get_doi(doi)).status
    finally:
        asyncio.run(source.aclose())


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- all or nothing -----------------------------------------------------------------------


def test_a_corrupt_second_source_leaves_no_index_at_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    b = corrupt(tmp_path / "b.jsonl")
    db = tmp_path / "snap.sqlite"
    code, _, err = run(
        ["snapshot", "import", str(a), str(b), "--db", str(db), "--complete"], capsys
    )
    assert code == 2 and err.count("\n") == 1 and "b.jsonl" in err
    assert not db.exists()  # no empty or half-filled index, complete or not
    assert leftovers(tmp_path) == []


def test_a_corrupt_source_leaves_an_existing_index_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "snap.sqlite"
    import_snapshot([jsonl(tmp_path / "old.jsonl", work("10.1000/old"))], db)
    before = db.read_bytes()
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    with pytest.raises(SnapshotError):
        import_snapshot([a, corrupt(tmp_path / "b.jsonl")], db, complete=True)
    assert db.read_bytes() == before
    # still partial: a real work it does not hold is not called absent
    assert lookup(db, "10.1000/real-work") == (False, LookupStatus.UNKNOWN)
    assert leftovers(tmp_path) == []


def test_a_complete_import_holds_every_source_and_extends_the_old_index(tmp_path: Path) -> None:
    db = tmp_path / "snap.sqlite"
    import_snapshot([jsonl(tmp_path / "old.jsonl", work("10.1000/old"))], db)
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    b = jsonl(tmp_path / "b.jsonl", work("10.1000/b1"))
    assert import_snapshot([a, b], db, complete=True).imported == 2
    for doi in ("10.1000/old", "10.1000/a1", "10.1000/b1"):
        assert lookup(db, doi) == (True, LookupStatus.FOUND)
    assert lookup(db, "10.1000/none") == (True, LookupStatus.ABSENT)


_KILLED_AFTER_FIRST = """
import os, signal, sys
from pathlib import Path
import citecheck.resolution.snapshot as snapshot

real = snapshot.iter_messages
def messages(path):
    if path.name == "b.jsonl":  # the first source is in; die as kill -9 would
        os.kill(os.getpid(), signal.SIGKILL)
    return real(path)
snapshot.iter_messages = messages
snapshot.import_snapshot([Path(p) for p in sys.argv[2:]], Path(sys.argv[1]), complete=True)
"""


def test_an_import_killed_after_the_first_source_leaves_no_complete_index(tmp_path: Path) -> None:
    db = tmp_path / "snap.sqlite"
    import_snapshot([jsonl(tmp_path / "old.jsonl", work("10.1000/old"))], db)
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    b = jsonl(tmp_path / "b.jsonl", work("10.1000/b1"))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_AFTER_FIRST, str(db), str(a), str(b)], env=env, check=False
    )
    assert killed.returncode == -signal.SIGKILL
    assert lookup(db, "10.1000/a1") == (False, LookupStatus.UNKNOWN)  # the old index, whole
    assert len(leftovers(tmp_path)) == 1  # the dead build's temporary file...
    import_snapshot([b], db)
    assert leftovers(tmp_path) == []  # ...removed by the next import


def test_sweeping_leaves_the_temporary_files_of_live_processes(tmp_path: Path) -> None:
    mine = temp_path(tmp_path / "snap.sqlite")
    dead = temp_path(tmp_path / "snap.sqlite", pid=999999999)
    mine.write_bytes(b"")
    dead.write_bytes(b"")
    assert sweep_stale_temps(tmp_path, "snap.sqlite") == 1
    assert mine.exists() and not dead.exists()


def test_sweeping_leaves_the_temporary_files_of_other_hosts(tmp_path: Path) -> None:
    # a cache folder shared between machines: pid 999999999 may be alive over there
    elsewhere = tmp_path / ".snap.sqlite.999999999@other-host.abcd.tmp"
    elsewhere.write_bytes(b"")
    assert sweep_stale_temps(tmp_path, "snap.sqlite") == 0
    assert elsewhere.exists()


# --- paths --------------------------------------------------------------------------------


def test_db_in_a_missing_folder_is_refused_and_nothing_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    db = tmp_path / "missing" / "dir" / "x.sqlite"
    code, _, err = run(["snapshot", "import", str(a), "--db", str(db)], capsys)
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
    assert not (tmp_path / "missing").exists()


def test_db_that_is_a_directory_is_called_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    code, _, err = run(["snapshot", "import", str(a), "--db", str(tmp_path)], capsys)
    assert code == 2 and err.count("\n") == 1 and "is a directory" in err


def test_a_source_that_is_a_directory_is_called_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "dir.jsonl").mkdir()
    db = tmp_path / "x.sqlite"
    code, _, err = run(["snapshot", "import", str(tmp_path / "dir.jsonl"), "--db", str(db)], capsys)
    assert code == 2 and "is a directory" in err and "no such file" not in err
    assert not db.exists()


def test_db_that_is_some_other_file_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    code, _, err = run(["snapshot", "import", str(a), "--db", str(notes)], capsys)
    assert code == 2 and "not a citecheck snapshot index" in err
    assert notes.read_text(encoding="utf-8") == "my notes\n"


# --- mistyped records -----------------------------------------------------------------------

MISTYPED = [
    {**work("10.1000/t1"), "title": 5},
    {**work("10.1000/t2"), "subtitle": "a string, not a list"},
    {**work("10.1000/t3"), "container-title": [{"name": "J"}]},
    {**work("10.1000/t4"), "short-container-title": 12.5},
    {**work("10.1000/t5"), "author": "Smith"},
]


def test_mistyped_records_are_skipped_and_counted_on_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = jsonl(tmp_path / "w.jsonl", work("10.1000/good"), *MISTYPED)
    db = tmp_path / "snap.sqlite"
    code, _, err = run(["snapshot", "import", str(source), "--db", str(db)], capsys)
    assert code == 0, err
    assert "imported 1 records" in err and "skipped 5 record(s)" in err and "10.1000/t1" in err
    assert "Traceback" not in err
    assert lookup(db, "10.1000/good")[1] == LookupStatus.FOUND
    assert lookup(db, "10.1000/t1")[1] == LookupStatus.UNKNOWN


def test_mistyped_records_in_an_audit_snapshot_are_skipped_with_a_warning(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "w.jsonl", work("10.1000/good"), *MISTYPED)
    snapshot = SnapshotSource(source)
    try:
        assert len(snapshot) == 1
        (warning,) = snapshot.warnings
        assert "skipped 5 record(s)" in warning
        hits = asyncio.run(snapshot.search("ketamine depression smith"))
        assert [w.record.doi for w in hits.works] == ["10.1000/good"]
    finally:
        asyncio.run(snapshot.aclose())


def test_audit_with_a_mistyped_snapshot_runs_to_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    source = jsonl(tmp_path / "w.jsonl", work("10.1038/mp.2017.255"), *MISTYPED)
    code, out, err = run(
        [
            "audit",
            "--bib",
            str(ROOT / "tests" / "fixtures" / "cli" / "zanos.bib"),
            "--offline",
            "--snapshot",
            str(source),
            "--format",
            "json",
        ],
        capsys,
    )
    assert code in (0, 1), err
    assert "Traceback" not in err
    assert json.loads(out)["articles"]


def test_an_audit_removes_index_builds_killed_mid_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import citecheck.resolution.snapshot as snapshot

    monkeypatch.setattr(snapshot, "IN_MEMORY_LIMIT", 10)  # index on disk, in index_dir
    index_dir = tmp_path / "cache"
    index_dir.mkdir()
    dead = temp_path(index_dir / "snapshot-0123456789abcdef01234567.sqlite3", pid=999999999)
    dead.write_bytes(b"half an index")
    source = jsonl(tmp_path / "w.jsonl", work("10.1000/good"))
    built = SnapshotSource(source, index_dir=index_dir)
    asyncio.run(built.aclose())
    assert not dead.exists()
    assert [p.name for p in index_dir.iterdir() if p.name.startswith(".")] == []


def test_a_db_given_as_a_symlink_updates_the_index_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "indexes" / "snap.sqlite"
    real.parent.mkdir()
    import_snapshot([jsonl(tmp_path / "old.jsonl", work("10.1000/old"))], real)
    link = tmp_path / "snap.sqlite"
    link.symlink_to(real)
    import_snapshot([jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))], link)
    assert link.is_symlink()
    assert lookup(real, "10.1000/a1")[1] == LookupStatus.FOUND


def test_a_db_that_is_a_device_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))
    code, _, err = run(["snapshot", "import", str(a), "--db", "/dev/null"], capsys)
    assert code == 2 and "not a citecheck snapshot index" in err
    assert Path("/dev/null").is_char_device()


def test_an_index_in_a_folder_whose_name_reads_as_a_uri_query_is_opened(tmp_path: Path) -> None:
    # SQLite URIs: an unquoted "?" starts the query and "#" the fragment
    folder = tmp_path / "refs?mode=rwc #2 100%"
    folder.mkdir()
    db = folder / "snap.sqlite"
    import_snapshot([jsonl(tmp_path / "a.jsonl", work("10.1000/a1"))], db, complete=True)
    assert lookup(db, "10.1000/a1") == (True, LookupStatus.FOUND)
    assert lookup(db, "10.1000/none") == (True, LookupStatus.ABSENT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", folder.name]
