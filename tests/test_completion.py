"""Shell completion: `--show-completion` / `--install-completion` and the answers the shell
gets, with help still printed once and plainly (the reason completion was once kept off)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.cli import main


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


def _complete(words: str, capsys: pytest.CaptureFixture[str], monkeypatch) -> list[str]:
    """What bash is offered for the last word of `words`."""
    parts = words.split(" ")
    monkeypatch.setenv("_CITECHECK_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", words)
    monkeypatch.setenv("COMP_CWORD", str(len(parts) - 1))
    code, out, _ = _run([], capsys)
    assert code == 0
    return out.split()


def test_root_help_offers_completion_once_and_plainly(capsys):
    code, out, _ = _run(["--help"], capsys)
    assert code == 0
    assert out.count("Usage: citecheck") == 1
    assert "--install-completion" in out and "--show-completion" in out
    assert [line for line in out.splitlines() if line != line.rstrip()] == []
    assert "╭" not in out


def _in_bash(monkeypatch) -> None:
    """The shell is bash, however pytest was started: typer asks shellingham, which reads the
    process tree (a run started detached has no shell above it), not $SHELL."""
    monkeypatch.setenv("SHELL", "/bin/bash")
    try:
        import shellingham
    except ImportError:  # typer then reads $SHELL
        return
    monkeypatch.setattr(shellingham, "detect_shell", lambda *args, **kwargs: ("bash", "/bin/bash"))


def test_show_completion_prints_the_bash_script(capsys, monkeypatch):
    _in_bash(monkeypatch)
    code, out, _ = _run(["--show-completion"], capsys)
    assert code == 0
    assert "_CITECHECK_COMPLETE=complete_bash" in out
    assert "complete -o default -F _citecheck_completion citecheck" in out


def test_install_completion_writes_the_script_and_sources_it(capsys, monkeypatch, tmp_path):
    _in_bash(monkeypatch)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    for _ in range(2):  # a second install adds nothing
        code, out, _ = _run(["--install-completion"], capsys)
        assert code == 0 and "completion installed" in out
    script = tmp_path / ".bash_completions" / "citecheck.sh"
    assert "_citecheck_completion" in script.read_text(encoding="utf-8")
    bashrc = (tmp_path / ".bashrc").read_text(encoding="utf-8")
    assert bashrc.count(f"source '{script}'") == 1


def test_completion_offers_commands_options_and_choices(capsys, monkeypatch):
    assert _complete("citecheck au", capsys, monkeypatch) == ["audit"]
    assert "snapshot" in _complete("citecheck ", capsys, monkeypatch)
    assert _complete("citecheck audit --fo", capsys, monkeypatch) == ["--format"]
    choices = _complete("citecheck audit --format ", capsys, monkeypatch)
    assert choices == ["rich", "markdown", "json", "sarif", "github"]
    assert _complete("citecheck audit --only ", capsys, monkeypatch) == ["all", "problems"]
