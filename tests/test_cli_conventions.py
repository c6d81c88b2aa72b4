"""Command-line conventions: --version, -h, help printed once, plain help without Python types
or trailing spaces, clear messages for bad --format and --fail-on values."""

from __future__ import annotations

import pytest

from citecheck import __version__
from citecheck.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag, capsys):
    assert _run([flag], capsys) == (0, f"citecheck {__version__}\n", "")


@pytest.mark.parametrize(
    "argv", [[], ["-h"], ["--help"], ["snapshot"], ["audit", "-h"], ["snapshot", "import", "-h"]]
)
def test_help_is_printed_once_plainly(argv, capsys):
    code, out, _ = _run(argv, capsys)
    assert code == 0
    assert out.count("Usage: citecheck") == 1
    assert [line for line in out.splitlines() if line != line.rstrip()] == []
    assert "<list[" not in out and "<str>" not in out and "<path>" not in out
    assert "╭" not in out  # no boxes padded to the terminal's width


def test_audit_help_lists_the_fail_on_values_examples_and_exit_codes(capsys):
    _, out, _ = _run(["audit", "--help"], capsys)
    flat = " ".join(out.split())
    for value in ("not_found", "wrong_doi", "metadata_mismatch", "unverifiable", "retracted"):
        assert value in flat
    assert "Examples:" in out and "citecheck audit article.md" in out
    assert "Exit codes:" in out and "2  bad usage" in out
    assert "[default: not_found,wrong_doi,retracted]" in flat


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        ("", "give a comma-separated list of"),
        ("none,not_found", "cannot be combined"),
        ("bogus", "unknown value 'bogus'"),
    ],
)
def test_bad_fail_on_values_are_refused_clearly(value, needle, capsys, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("Ketamine acted within 40 minutes.\n", encoding="utf-8")
    code, _, err = _run(["audit", str(article), "--offline", "--fail-on", value], capsys)
    assert code == 2 and needle in err and err.count("\n") == 1


def test_fail_on_none_is_accepted(capsys, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("Ketamine acted within 40 minutes.\n", encoding="utf-8")
    code, _, _ = _run(["audit", str(article), "--offline", "--fail-on", "none"], capsys)
    assert code == 0


def test_an_unknown_format_names_the_choices(capsys):
    code, _, err = _run(["claims", "x.md", "--format", "html"], capsys)
    assert code == 2
    assert "'html' is not one of 'rich', 'markdown', 'json'" in err
    assert "Value error" not in err
