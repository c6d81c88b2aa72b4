"""Escape sequences from any input (article, BibTeX, Crossref record) never reach the terminal
raw: every report shows them as visible escapes; JSON keeps the data, escaped."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from citecheck.audit import run_audit
from citecheck.cli import main
from citecheck.formats.json_report import to_json
from citecheck.formats.markdown import render_markdown
from citecheck.formats.rich_report import render_rich
from citecheck.formats.safe_text import visible
from citecheck.resolution.factory import SourceSettings
from fakes import FakeCrossref

CLEAR = "\x1b[2J"
LINK = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
RETITLE = "\x1b]0;pwned\x07"
C1_CSI = "\x9b31m"
BIDI = "\u202eevil\u202c"
HOSTILE = (CLEAR, LINK, RETITLE, C1_CSI, BIDI)
# What must never appear raw in any report (rich adds its own SGR colour codes on a terminal).
FORBIDDEN = ("\x1b[2J", "\x1b]", "\x07", "\x9b", "\u202e", "\u202c")

ARTICLE = f"""Ketamine{CLEAR} acted within 40 minutes{RETITLE} in 55% of patients (Zanos et al., 2016).

## References

- Zanos, P.{BIDI}, & Moaddel, R. (2016). NMDAR inhibition-independent antidepressant actions {LINK}
  of ketamine metabolites{C1_CSI}. *Nature*. https://doi.org/10.1038/nature17432
"""

RECORD = {
    "DOI": "10.1038/nature17432",
    "title": [f"NMDAR inhibition-independent antidepressant actions of ketamine{CLEAR}{LINK}"],
    "author": [{"family": f"Zanos{RETITLE}", "given": "Panos"}, {"family": "Moaddel"}],
    "container-title": [f"Nature{C1_CSI}{BIDI}"],
    "issued": {"date-parts": [[2016]]},
    "type": "journal-article",
}


def _assert_inert(output: str) -> None:
    for sequence in FORBIDDEN:
        assert sequence not in output, (sequence, output)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / f"article{CLEAR}.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_visible_shows_every_control_and_keeps_line_ends():
    shown = visible("a\x1b[2Jb\tc\r\nd\x9be\u202ef\x7f\x00")
    assert shown == "a\\x1b[2Jb\tc\nd\\x9be\\u202ef\\x7f\\x00"


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
@pytest.mark.parametrize("command", ["audit", "claims", "refs"])
def test_piped_reports_show_escapes_as_text(command, fmt, article, capsys, monkeypatch):
    extra = ["--offline", "--no-cache", "--no-progress"] if command == "audit" else []
    # A relative name: a long temporary path would be cut short in the rich report's heading,
    # and with it the escape this test looks for.
    monkeypatch.chdir(article.parent)
    with pytest.raises(SystemExit) as exit_info:
        main([command, article.name, "--format", fmt, *extra])
    out, err = capsys.readouterr()
    assert exit_info.value.code in (0, 1), err
    _assert_inert(out)
    _assert_inert(err)
    assert "\\x1b[2J" in out  # shown, so the reader knows it was there


def test_records_from_the_source_are_shown_as_text_on_a_terminal(article):
    result = run_audit([str(article)], [], SourceSettings(), source=FakeCrossref([RECORD]))
    refs = result.findings.articles[0].references
    assert any(ref.record is not None and CLEAR in (ref.record.title or "") for ref in refs)
    for width in (50, 100, 160):
        buffer = io.StringIO()
        render_rich(result.findings, Console(file=buffer, force_terminal=True, width=width))
        _assert_inert(buffer.getvalue())
    _assert_inert(render_markdown(result.findings))


def test_json_keeps_the_data_and_escapes_it(article):
    result = run_audit([str(article)], [], SourceSettings(), source=FakeCrossref([RECORD]))
    text = to_json(result.findings)
    _assert_inert(text)
    assert "\x1b" not in text and "\x7f" not in text
    assert json.loads(text) == json.loads(result.findings.model_dump_json())


def test_error_lines_show_a_hostile_file_name(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["claims", str(tmp_path / f"missing{RETITLE}.md")])
    assert exit_info.value.code == 2
    _assert_inert(capsys.readouterr().err)


def test_log_lines_show_escapes_as_text():
    import logging

    from citecheck.cli import _VisibleFormatter

    record = logging.LogRecord(
        "citecheck.x", logging.WARNING, __file__, 1, "odd title %s", (RETITLE + CLEAR,), None
    )
    line = _VisibleFormatter("citecheck: %(message)s").format(record)
    _assert_inert(line)
    assert line.startswith("citecheck: odd title \\x1b]0;pwned")
