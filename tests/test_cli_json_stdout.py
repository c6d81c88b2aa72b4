"""`--json -`: standard output carries the findings file and nothing else, whatever `--format`
says; the report goes to standard error, or nowhere when both streams are one file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main

ARTICLE = "Take 500 mg twice daily (Hay et al., 2008).\n"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("CITECHECK_CROSSREF_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("CITECHECK_DOI_URL", "http://127.0.0.1:9")


def _audit(tmp_path: Path, *extra: str) -> int:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["audit", str(article), "--offline", "--no-progress", "--json", "-", *extra])
    return int(info.value.code or 0)


@pytest.mark.parametrize("fmt", [[], ["--format", "markdown"], ["--format", "sarif"],
                                 ["--format", "github"], ["--format", "json"]])  # fmt: skip
def test_stdout_is_one_json_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: list[str]
) -> None:
    assert _audit(tmp_path, *fmt) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["schema_version"] == "1"
    if fmt != ["--format", "json"]:
        assert err.strip()  # the report, on standard error


def test_one_file_for_both_streams_gets_the_json_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    merged = tmp_path / "out"
    with merged.open("a", encoding="utf-8") as out, merged.open("a", encoding="utf-8") as err:
        monkeypatch.setattr("sys.stdout", out)
        monkeypatch.setattr("sys.stderr", err)
        code = _audit(tmp_path)
    assert code == 0
    assert json.loads(merged.read_text(encoding="utf-8"))["schema_version"] == "1"
