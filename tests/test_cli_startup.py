"""Start-up, checked by what is imported (never by time): `--help`, `--version` and a mistyped
option load none of the pipeline, and an audit of a text file loads no web-page reader.
`bench/bench_startup.py` measures the times."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
# What `--help` may load of citecheck: the command line, its errors, and the one escaper of text
# from outside it prints errors with.
LIGHT = {
    "citecheck",
    "citecheck.cli",
    "citecheck.errors",
    "citecheck.formats",
    "citecheck.formats.safe_text",
}
HEAVY_LIBRARIES = ("trafilatura", "httpx", "lxml", "rich", "yaml", "bibtexparser", "pdfminer")


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["--version"], ["audit", "--help"], ["audit", "--bogus"], ["claims", "-h"]],
    ids=" ".join,
)
def test_help_version_and_usage_errors_load_no_pipeline(argv: list[str]) -> None:
    code = f"from citecheck.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
    modules = _modules_after(code)
    ours = {name for name in modules if name.split(".")[0] == "citecheck"}
    assert ours <= LIGHT, sorted(ours - LIGHT)
    loaded = sorted(name for name in modules if name.split(".")[0] in HEAVY_LIBRARIES)
    assert not loaded


def test_the_pipeline_loads_the_web_page_extractor_only_for_pages() -> None:
    modules = _modules_after("import citecheck.audit")
    assert "citecheck.audit" in modules
    assert not {name for name in modules if name.split(".")[0] == "trafilatura"}


@pytest.mark.parametrize("command", ["claims", "refs", "audit"])
def test_an_article_that_is_not_there_is_refused_before_the_pipeline_loads(
    command: str, tmp_path: Path
) -> None:
    # newuser9: `citecheck claims dangling.md` took seconds to say the file was not there
    missing = str(tmp_path / "dangling.md")
    code = f"from citecheck.cli import main\ntry:\n    main([{command!r}, {missing!r}])\n"
    code += "except SystemExit as exc:\n    assert exc.code == 2, exc.code"
    modules = _modules_after(code)
    if command != "audit":  # audit builds its sources before it reads (KNOWN-ISSUES)
        assert not {name for name in modules if name.startswith("citecheck.extraction")}
    loaded = sorted(name for name in modules if name.split(".")[0] in ("lxml", "pdfminer"))
    assert not loaded
