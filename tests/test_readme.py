"""The README's sample report is the tool's own output (`make readme` regenerates it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "readme_sample.py"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("readme_sample", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["readme_sample"] = module
    spec.loader.exec_module(module)
    return module


def test_the_readme_shows_what_the_tool_prints():
    script = _script()
    readme = script.README.read_text(encoding="utf-8")
    assert readme == script.readme_with_sample(readme, script.sample_report()), (
        "README.md's sample report is stale: run `make readme`"
    )


def test_the_sample_leads_with_what_needs_action():
    sample = _script().sample_report()
    assert "Needs action" in sample and "Wrong DOI" in sample
    assert [line for line in sample.splitlines() if line != line.rstrip()] == []
