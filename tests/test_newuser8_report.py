"""Report-side findings of the eighth first-time user trial (a journal's peer-review editor)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from citecheck.cli import main
from citecheck.formats.json_report import to_json
from citecheck.formats.markdown import render_markdown
from citecheck.formats.rich_report import render_rich
from citecheck.models import (
    Findings,
    Reason,
    Support,
)
from support.findings import one_claim_findings

# Anand et al., N Engl J Med 2023 (in the bundled snapshot), given a DOI that is no slip of the
# pen from its own: offline, the search finds the work under 10.1056/nejmoa2302399
ANAND_BIB = """@article{anand2023,
  author = {Anand, Amit and Mathew, Sanjay J. and Sanacora, Gerard},
  title = {Ketamine versus {ECT} for Nonpsychotic Treatment-Resistant Major Depression},
  journal = {N Engl J Med},
  year = {2023},
  volume = {388},
  pages = {2315--2325},
  doi = {10.1056/NEJMoa9999999}
}
"""


def _report(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main(argv)
    return capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["rich", "markdown"])
def test_only_problems_shows_a_doi_a_search_found_the_work_under(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(ANAND_BIB, encoding="utf-8")
    argv = ["audit", "--bib", str(bib), "--offline", "--no-cache", "--no-progress"]
    out = _report([*argv, "--only", "problems", "--format", fmt], capsys)
    assert "DOI may be wrong" in out
    assert "10.1056/nejmoa2302399" in out
    assert "Nothing found wrong" not in out


# --- S6: a contradicted claim is counted and marked, not left beside a green tick -------------

SENTENCE = "Ketamine helped in 46% of the participants."


def _support_findings(verdict: str) -> Findings:
    support = Support(
        verdict=verdict,  # type: ignore[arg-type]
        reference_id="ref-1",
        source="pubmed",
        evidence="A response occurred in 64% of the patients.",
        found={"value": 64},
        reasons=[Reason(code="value_differs", message="the source gives 64%")]
        if verdict == "contradicted"
        else [],
    )
    return one_claim_findings(SENTENCE, "46% of the participants", 46, support)


def _rich(findings: Findings) -> str:
    out = io.StringIO()
    render_rich(findings, Console(file=out, width=120, color_system=None))
    return out.getvalue()


@pytest.mark.parametrize("render", [render_markdown, _rich])
def test_a_contradicted_claim_is_counted_and_marked(render: Callable[[Findings], str]) -> None:
    text = render(_support_findings("contradicted"))
    summary = text[text.index("1 reference") :]
    assert "1 claim contradicted" in summary
    table = text[text.index("Claims by type") :]
    assert "contradicted by the source" in table


@pytest.mark.parametrize("render", [render_markdown, _rich])
def test_a_confirmed_claim_says_so_and_nothing_is_counted(
    render: Callable[[Findings], str],
) -> None:
    text = render(_support_findings("consistent"))
    assert "contradicted" not in text
    assert "the source agrees" in text[text.index("Claims by type") :]


def test_the_findings_file_is_unchanged_by_the_marks() -> None:
    data = json.loads(to_json(_support_findings("contradicted")))
    (claim,) = data["articles"][0]["claims"]
    assert claim["support"]["verdict"] == "contradicted"
    assert set(data["summary"]) == set(
        json.loads(to_json(_support_findings("consistent")))["summary"]
    )
