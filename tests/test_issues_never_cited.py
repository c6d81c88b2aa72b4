"""A list entry the text never cites is a finding of its own in `--format github` and SARIF
(rule `never_cited`, a warning at the entry's line), not only its verdict ("unverifiable"
offline). Text written for this test (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main

ARTICLE = """# Falls

Vitamin D cut falls by 12% (Okafor & Lindqvist, 2021).

## References

Okafor, A. B., & Lindqvist, M. (2021). Vitamin D and falls in older adults. Age and Ageing, 50(2), 101-112.
Duarte, L., & Novak, P. (2019). Sleep and appetite in shift workers. Sleep, 42(3), 1-9.
"""


def test_github_marks_the_uncited_entry_on_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "falls.md"
    article.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["audit", str(article), "--offline", "--no-progress", "--format", "github"])
    lines = capsys.readouterr().out.splitlines()
    uncited = [line for line in lines if "title=citecheck never_cited" in line]
    entry_line = ARTICLE.split("\n").index(
        next(x for x in ARTICLE.split("\n") if x.startswith("Duarte"))
    )
    assert len(uncited) == 1
    assert uncited[0].startswith(f"::warning file={article},line={entry_line + 1},col=1,")
    assert "ref-2" in uncited[0] and "never cites it" in uncited[0]
    assert not any("never_cited" in line and "ref-1" in line for line in lines)
