"""The pre-commit hooks a writing repository uses: well formed, and their entries run."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml

from citecheck.cli import main

HOOKS = Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml"


def _hooks() -> list[dict[str, object]]:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert isinstance(hooks, list)
    return hooks


def test_hooks_have_what_pre_commit_requires():
    for hook in _hooks():
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["types"] == ["markdown"]
        assert str(hook["entry"]).startswith("citecheck audit ")


def test_the_offline_hooks_entry_runs_on_changed_files(tmp_path, capsys):
    (offline,) = [hook for hook in _hooks() if hook["id"] == "citecheck-offline"]
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("Ketamine acted within 40 minutes (Zanos et al., 2016).\n", encoding="utf-8")
    second.write_text("No claims here.\n", encoding="utf-8")
    argv = shlex.split(str(offline["entry"]))[1:] + ["--no-cache", str(first), str(second)]
    with pytest.raises(SystemExit) as info:
        main(argv)
    out = capsys.readouterr().out
    assert info.value.code == 0  # unverifiable offline is not in the default --fail-on
    assert str(first) in out and str(second) in out
