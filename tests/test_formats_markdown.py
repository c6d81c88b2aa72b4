"""The Markdown report: same content as the rich one, tables that stay tables.

Snapshots live in tests/snapshots/; regenerate with CITECHECK_UPDATE_SNAPSHOTS=1.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from citecheck.formats.markdown import escape, render_markdown
from citecheck.formats.report import build_report
from citecheck.formats.rich_report import render_rich
from citecheck.models import (
    ArticleFindings,
    Cited,
    Findings,
    Reference,
    ToolInfo,
    Verdict,
    summarise,
)

TESTS = Path(__file__).resolve().parent
SAMPLE = TESTS / "fixtures" / "findings_sample.json"
SNAPSHOTS = TESTS / "snapshots"
# A cell separator is a pipe not preceded by a backslash.
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def load_sample() -> Findings:
    return Findings.model_validate_json(SAMPLE.read_text(encoding="utf-8"))


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("CITECHECK_UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"snapshot {path} is missing; run with CITECHECK_UPDATE_SNAPSHOTS=1")
    assert text == path.read_text(encoding="utf-8"), f"rendering differs from {path}"


def tables(markdown: str) -> list[list[str]]:
    """Consecutive table lines, grouped per table."""
    groups: list[list[str]] = []
    previous_was_row = False
    for line in markdown.splitlines():
        is_row = line.startswith("|")
        if is_row and not previous_was_row:
            groups.append([])
        if is_row:
            groups[-1].append(line)
        previous_was_row = is_row
    return groups


def assert_tables_well_formed(markdown: str) -> None:
    for table in tables(markdown):
        widths = {len(UNESCAPED_PIPE.findall(row)) for row in table}
        assert len(widths) == 1, f"rows with different cell counts: {table}"
        assert set(table[1].replace("|", "").split()) == {"---"}


def unchecked(findings: Findings) -> Findings:
    """The sample as `citecheck refs` sees it: references found but not verified."""
    articles = [
        a.model_copy(
            update={
                "references": [
                    Reference(id=r.id, origin=r.origin, raw=r.raw, cited=r.cited)
                    for r in a.references
                ]
            }
        )
        for a in findings.articles
    ]
    return findings.model_copy(update={"articles": articles, "summary": summarise(articles)})


@pytest.mark.parametrize("view", ["audit", "claims", "refs"])
def test_markdown_snapshot(view: str) -> None:
    findings = unchecked(load_sample()) if view == "refs" else load_sample()
    check_snapshot(f"markdown_{view}.md", render_markdown(findings, view=view))


@pytest.mark.parametrize("view", ["audit", "claims", "refs"])
def test_tables_are_well_formed(view: str) -> None:
    assert_tables_well_formed(render_markdown(load_sample(), view=view))


def test_same_content_as_the_terminal_report() -> None:
    findings = load_sample()
    text = render_markdown(findings)
    for article in findings.articles:
        assert f"## `{article.path}`" in text
        section = text.split(f"## `{article.path}`")[1].split("\n## ")[0]
        for ref in article.references:
            assert f"`{ref.id}`" in section
        for claim in article.claims:
            assert f"`{claim.id}`" in section
            assert f"#### {escape(claim.type)}" in section
    # the same view as the terminal's: every section heading and sentence of it
    terminal = io.StringIO()
    render_rich(findings, Console(file=terminal, width=200, color_system=None))
    for article in build_report(findings).articles:
        for part in (*article.action, *article.rest):
            assert escape(part.heading) in text and part.heading in terminal.getvalue()
            for entry in part.entries:
                for line in entry.text:
                    words = "".join(span.text for span in line)
                    assert " ".join(words.split())[:30] in " ".join(terminal.getvalue().split())
    assert "Needs action" in text
    for mark in ("⊘ retracted", "**EXPRESSION OF CONCERN**", "**CORRECTED**"):
        assert mark in text
    assert "## Total, all articles" in text
    assert "| ✗ not found | 1 |" in text


def test_refs_view_without_verdicts() -> None:
    text = render_markdown(unchecked(load_sample()), view="refs")
    assert "· not checked" in text and "✓ verified" not in text
    assert "### In-text citations" in text and "**no match**" in text


def _with_title(title: str) -> Findings:
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw=title,
        cited=Cited(title=title, year=2020),
        verdict=Verdict.NOT_FOUND,
    )
    article = ArticleFindings(path="a|b.md", sha256="e" * 64, chars=1, references=[ref])
    return Findings(
        tool=ToolInfo(version="0"),
        generated_at="2026-01-01T00:00:00Z",
        articles=[article],
        summary=summarise([article]),
    )


def test_pipes_in_cells_are_escaped() -> None:
    text = render_markdown(_with_title("Anxiety | depression: a review"))
    assert "Anxiety \\| depression" in text
    assert_tables_well_formed(text)


@given(title=st.text(min_size=1, max_size=80).filter(lambda t: t.strip()))
def test_any_title_keeps_tables_intact(title: str) -> None:
    assert_tables_well_formed(render_markdown(_with_title(title)))


@given(text=st.text(max_size=60))
def test_escape_leaves_no_live_syntax(text: str) -> None:
    escaped = escape(text)
    assert "\n" not in escaped
    assert not UNESCAPED_PIPE.search(escaped.replace("\\\\", ""))
    # Removing the escapes gives back the text with whitespace collapsed.
    assert re.sub(r"\\(.)", r"\1", escaped) == " ".join(text.split())
