"""What first-time users found: --offline with a web address, comparators before statistics,
assertive phrases taken for hedges, a dose's rate written "a day"."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.inputs import web


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Every attempt to fetch a page or open a socket is recorded and refused."""
    attempts: list[str] = []

    def refuse_fetch(url: str, **_: object) -> None:
        attempts.append(url)
        raise AssertionError("fetched a page")

    def refuse_connect(*args: object, **_: object) -> None:
        attempts.append(repr(args))
        raise AssertionError("opened a connection")

    monkeypatch.setattr(web, "fetch_page", refuse_fetch)
    monkeypatch.setattr("citecheck.inputs.article.fetch_page", refuse_fetch)
    monkeypatch.setattr(socket, "create_connection", refuse_connect)
    monkeypatch.setattr(socket, "getaddrinfo", refuse_connect)
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    return attempts


@pytest.mark.parametrize(
    "address",
    ["https://example.org/article", "http://example.org/news/2024/story.html", "HTTPS://EX.ORG/a"],
)
def test_offline_refuses_a_web_address_before_any_network(
    address: str, no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(["audit", address, "--offline", "--no-progress"], capsys)
    assert code == 2
    assert no_network == []
    assert err.count("\n") == 1 and address in err and "--offline" in err
    assert "Traceback" not in err and out == ""


def test_offline_refuses_a_web_address_listed_after_a_file(
    no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "draft.md"
    article.write_text("A trial enrolled 120 adults.\n", encoding="utf-8")
    code, _, err = run(
        ["audit", str(article), "https://example.org/b", "--offline", "--no-progress"], capsys
    )
    assert code == 2 and no_network == [] and "https://example.org/b" in err


def test_a_file_offline_still_runs(
    no_network: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    article = tmp_path / "draft.md"
    article.write_text("A trial enrolled 120 adults.\n", encoding="utf-8")
    code, _, err = run(["audit", str(article), "--offline", "--no-progress"], capsys)
    assert code == 0, err
    assert no_network == []
