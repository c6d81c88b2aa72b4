"""Devices, pipes and standard input are read in chunks (newuser9 S9): an endless one is refused
at the size cap files have, and one whose first chunk is binary at once, each with one line and
exit 2, having read no more than the cap (or the first chunk). Stand-ins: a FIFO fed by a thread,
a pipe into a child process, and an in-memory standard input; never `/dev/zero` itself."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from citecheck.errors import ArticleError
from citecheck.inputs import article as article_module
from citecheck.inputs.article import read_article


class _Feeder(threading.Thread):
    """Writes `block` to the FIFO at `path` until its reader closes it; counts what it wrote."""

    def __init__(self, path: Path, block: bytes, limit: int | None = None) -> None:
        super().__init__(daemon=True)
        self.path, self.block, self.limit, self.written = path, block, limit, 0

    def run(self) -> None:
        with open(self.path, "wb", buffering=0) as fifo:
            try:
                while self.limit is None or self.written < self.limit:
                    self.written += fifo.write(self.block)
            except BrokenPipeError:
                pass


def _fifo(tmp_path: Path, name: str, block: bytes, limit: int | None = None) -> _Feeder:
    path = tmp_path / name
    os.mkfifo(path)
    feeder = _Feeder(path, block, limit)
    feeder.start()
    return feeder


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "MAX_FILE_BYTES", 50_000)
    monkeypatch.setattr(article_module, "CHUNK_BYTES", 4096)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_an_endless_stream_of_nul_bytes_is_refused_on_its_first_chunk(
    tmp_path: Path, small_cap: None
) -> None:
    feeder = _fifo(tmp_path, "zero", b"\x00" * 4096)
    with pytest.raises(ArticleError, match="binary file") as info:
        read_article(tmp_path / "zero")
    assert "\n" not in str(info.value)
    feeder.join(timeout=30)
    assert not feeder.is_alive()  # the reader closed it: nothing waits on more input


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_random_bytes_are_refused_on_their_first_chunk(tmp_path: Path, small_cap: None) -> None:
    noise = bytes(range(128, 256)) * 32  # no NUL, not UTF-8
    feeder = _fifo(tmp_path, "urandom", noise)
    with pytest.raises(ArticleError, match="not valid UTF-8"):
        read_article(tmp_path / "urandom")
    feeder.join(timeout=30)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_endless_text_is_refused_at_the_cap(tmp_path: Path, small_cap: None) -> None:
    feeder = _fifo(tmp_path, "yes", "Ketamine 5 mg. é\n".encode() * 300)
    with pytest.raises(ArticleError, match=r"yes: larger than"):
        read_article(tmp_path / "yes")
    feeder.join(timeout=30)
    assert not feeder.is_alive()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_finite_pipe_under_the_cap_is_read_whole(tmp_path: Path, small_cap: None) -> None:
    # a two-byte character split between chunks is read as one character
    line = "Onset within 2 hours in 71% (n=18) — é.\n".encode()
    feeder = _fifo(tmp_path, "article", line, limit=len(line) * 400)
    article = read_article(tmp_path / "article")
    feeder.join(timeout=30)
    assert article.text == line.decode() * 400


def test_binary_standard_input_is_refused_on_its_first_chunk(
    monkeypatch: pytest.MonkeyPatch, small_cap: None
) -> None:
    stdin = io.BytesIO(b"\x00" * 40_000)
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stdin})())
    with pytest.raises(ArticleError, match="-: looks like a binary file"):
        read_article("-")
    assert stdin.tell() == 4096


def test_a_pdf_piped_in_is_not_refused_for_its_binary_bytes(
    monkeypatch: pytest.MonkeyPatch, small_cap: None
) -> None:
    stdin = io.BytesIO(b"%PDF-1.7\n\x00\x01\x02 not really a PDF")
    monkeypatch.setattr(sys, "stdin", type("Stdin", (), {"buffer": stdin})())
    with pytest.raises(ArticleError) as info:
        read_article("-")
    assert "binary" not in str(info.value)  # the PDF reader's refusal, not the text one


def test_the_command_refuses_an_endless_binary_pipe_with_one_line() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-m", "citecheck", "claims", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdin is not None and child.stderr is not None

    def feed() -> None:
        assert child.stdin is not None
        try:
            while True:
                child.stdin.write(b"\x00" * 65536)
        except (BrokenPipeError, ValueError, OSError):
            pass

    threading.Thread(target=feed, daemon=True).start()
    returncode = child.wait(timeout=300)
    error = child.stderr.read().decode()
    assert returncode == 2
    assert error.count("\n") == 1 and "-: looks like a binary file (NUL bytes)" in error
