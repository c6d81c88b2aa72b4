"""Output files: regular files replaced atomically, links followed, devices and pipes written
through (never replaced), read-only files kept, write failures named, standard output closed or
left early without a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from citecheck.cli import main

ARTICLE = "Ketamine acted within 40 minutes in 55% of 67 patients (Zanos et al., 2016).\n"


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _run(*argv: str) -> int:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    return int(info.value.code or 0)


def test_a_regular_file_is_replaced_and_said_so(tmp_path, capsys):
    out = tmp_path / "f.json"
    out.write_text("old", encoding="utf-8")
    assert _run("claims", str(_article(tmp_path)), "--json", str(out)) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == "1"
    assert f"citecheck: wrote {out}" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_symlink_stays_a_link_and_its_target_is_written(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _run("claims", str(_article(tmp_path)), "--json", str(link)) == 0
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["articles"]


def test_a_fifo_is_written_through_and_stays_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    try:
        assert _run("claims", str(_article(tmp_path)), "--json", str(fifo)) == 0
    finally:
        reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["schema_version"] == "1"


def test_a_process_substitution_path_is_written_through(tmp_path):
    read_end, write_end = os.pipe()
    try:
        path = f"/dev/fd/{write_end}"  # what `--json >(jq .)` passes
        assert _run("claims", str(_article(tmp_path)), "--json", path) == 0
        os.close(write_end)
        with os.fdopen(read_end, encoding="utf-8") as handle:
            assert json.loads(handle.read())["articles"]
    finally:
        for fd in (read_end, write_end):
            with contextlib.suppress(OSError):
                os.close(fd)


def test_a_read_only_file_is_not_overwritten(tmp_path, capsys):
    out = tmp_path / "kept.json"
    out.write_text("mine", encoding="utf-8")
    out.chmod(0o444)
    assert _run("claims", str(_article(tmp_path)), "--json", str(out)) == 2
    assert out.read_text(encoding="utf-8") == "mine"
    assert "read-only" in capsys.readouterr().err


@pytest.mark.skipif(
    not (Path("/dev/full").exists() and stat.S_ISCHR(Path("/dev/full").stat().st_mode)),
    reason="needs the /dev/full device",
)
@pytest.mark.parametrize("option", ["--json", "--fix-bib"])
def test_a_full_disk_names_the_file_and_the_report_is_still_printed(tmp_path, capsys, option):
    argv = ["audit", str(_article(tmp_path)), "--offline", "--no-cache", "--no-progress"]
    assert _run(*argv, "--format", "markdown", option, "/dev/full") == 2
    out, err = capsys.readouterr()
    assert out.startswith("# citecheck report")  # the work of the run is not lost
    (line,) = [line for line in err.splitlines() if "error" in line]
    assert f"{option} /dev/full" in line and "No space left on device" in line
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)  # written through, never replaced


def test_dev_null_is_written_through(tmp_path):
    assert _run("claims", str(_article(tmp_path)), "--json", os.devnull) == 0
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)


def _cli(tmp_path: Path, shell_tail: str) -> subprocess.CompletedProcess[str]:
    article = tmp_path / "long.md"
    article.write_text(ARTICLE * 400, encoding="utf-8")
    command = f"'{sys.executable}' -m citecheck claims '{article}' --format markdown {shell_tail}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run(command, shell=True, capture_output=True, text=True, env=env, timeout=120)


def test_a_closed_standard_output_gives_no_traceback(tmp_path):
    done = _cli(tmp_path, ">&-")
    assert "Traceback" not in done.stderr, done.stderr
    assert "standard output is closed" in done.stderr and done.returncode == 0


def test_a_reader_that_leaves_early_gives_no_traceback(tmp_path):
    done = _cli(tmp_path, "| head -c 10")
    assert len(done.stdout) == 10
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr, done.stderr


class _ClosedPipe(io.StringIO):
    """A stream whose reader has left (`| head`): every write fails as a closed pipe does."""

    def __init__(self, sink: int) -> None:
        super().__init__()
        self.sink = sink  # a descriptor of our own, for code that asks for one

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.sink


@pytest.mark.parametrize("closed", ["stdout", "stderr"])
def test_a_reader_that_leaves_early_is_no_failed_reference(tmp_path, monkeypatch, closed):
    # `| head` on the report, or `2>&1 | head` where "wrote FILE" on standard error comes
    # last: exit 141 as for a writer the pipe killed, never 1 ("a reference failed")
    monkeypatch.setattr(sys, "stdout", sys.stdout)  # restored after typer wraps them
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    sink = os.open(os.devnull, os.O_WRONLY)
    monkeypatch.setattr(sys, closed, _ClosedPipe(sink))
    findings = tmp_path / "findings.json"
    try:
        assert _run("claims", str(_article(tmp_path)), "--json", str(findings)) == 141
    finally:
        os.close(sink)
    assert json.loads(findings.read_text(encoding="utf-8"))["articles"]


def _dead_pid() -> int:
    pid = 999_999
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except PermissionError:
            pass
        pid -= 1


def test_temporaries_left_by_a_killed_run_are_removed_at_the_next(tmp_path):
    out = tmp_path / "f.json"
    stale = tmp_path / f".f.json.{_dead_pid()}.k3j2.tmp"
    running = tmp_path / f".f.json.{os.getpid()}.a1b2.tmp"  # a live writer: left alone
    other = tmp_path / f".g.json.{_dead_pid()}.zz.tmp"  # another file's: not ours to judge
    for path in (stale, running, other):
        path.write_text("partial", encoding="utf-8")
    assert _run("claims", str(_article(tmp_path)), "--json", str(out)) == 0
    assert not stale.exists() and running.exists() and other.exists()


def test_snapshot_import_into_a_missing_folder_is_refused(tmp_path, capsys):
    source = tmp_path / "records.jsonl"
    source.write_text("", encoding="utf-8")
    db = tmp_path / "missing" / "x.sqlite"
    assert _run("snapshot", "import", str(source), "--db", str(db)) == 2
    err = capsys.readouterr().err
    assert "--db" in err and "does not exist" in err and err.count("\n") == 1
    assert not db.parent.exists()
    assert _run("snapshot", "import", str(tmp_path), "--db", str(tmp_path / "x.sqlite")) == 2
    assert "is a directory" in capsys.readouterr().err


def test_an_internal_error_is_one_line_and_not_exit_1(tmp_path, capsys, monkeypatch):
    import citecheck.audit

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    # the command imports the pipeline when it runs (start-up), so it meets the stand-in there
    monkeypatch.setattr(citecheck.audit, "run_audit", broken)
    monkeypatch.delenv("CITECHECK_DEBUG", raising=False)
    assert _run("audit", str(_article(tmp_path)), "--offline") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (RuntimeError: boom)" in err
    monkeypatch.setenv("CITECHECK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["audit", str(_article(tmp_path)), "--offline"])
