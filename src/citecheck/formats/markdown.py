"""GitHub-flavoured Markdown report for pull requests and editors: the report view
(`formats.report`) styled as Markdown, the same content as the terminal report."""

from __future__ import annotations

import re

from citecheck.formats.report import (
    Cell,
    Line,
    Only,
    ReportView,
    Section,
    Span,
    SummaryView,
    Table,
    View,
    build_report,
)
from citecheck.formats.safe_text import displayable
from citecheck.formats.summary import bar_cells, status_style
from citecheck.models import Findings

__all__ = ["code", "escape", "render_markdown"]

BAR_WIDTH = 40
# Characters Markdown would read as table syntax, emphasis, links, code or HTML.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Make article text safe in a table cell or list item: one line, no live Markdown."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """Inline code that survives a table: pipes are escaped even inside backticks on GitHub."""
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def render_markdown(findings: Findings, *, view: View = "audit", only: Only = "all") -> str:
    """The report of `view` as Markdown; ends with a newline."""
    report = build_report(displayable(findings), view=view, only=only)
    lines = _render(report)
    text = "\n".join(line.rstrip() for line in lines)
    return text.rstrip("\n") + "\n"


def _render(report: ReportView) -> list[str]:
    lines: list[str] = [f"# {report.title}", ""]
    if report.empty:
        lines += [f"_{report.empty}_", ""]
    for article in report.articles:
        lines += [f"## {code(article.path)}", ""]
        if article.heading:
            lines += [_line(article.heading), ""]
        # what needs action first; the counts after it
        if article.action:
            lines += ["### Needs action", ""]
            for section in article.action:
                lines += _section(section)
            lines.append("")
        if article.verdict is not None:
            lines += [_span(article.verdict), ""]
        if article.summary is not None:
            lines += _summary(article.summary)
        for table in article.tables:
            lines += _table(table)
        if article.rest:
            lines += ["### Also worth knowing", ""]
            for section in article.rest:
                lines += _section(section)
            lines.append("")
    if report.total is not None:
        lines += ["## Total, all articles", ""]
        lines += _summary(report.total)
    for note in report.notes:
        lines += [f"_{escape(note)}_", ""]
    if report.footer:
        lines += [f"_{escape(report.footer)}_", ""]
    return lines


def _span(span: Span) -> str:
    if not span.text.strip():
        return span.text
    text = code(span.text) if span.code else escape(span.text)
    lead = " " if span.text[:1].isspace() else ""
    tail = " " if span.text[-1:].isspace() else ""
    if span.style in ("bad", "warn") and not span.code:
        return f"{lead}**{text}**{tail}"
    if span.style in ("dim", "hedge") and not span.code:
        return f"{lead}_{text}_{tail}"
    return f"{lead}{text}{tail}"


def _line(spans: Line) -> str:
    return "".join(_span(span) for span in spans)


def _cell(cell: Cell) -> str:
    return "<br>".join(_line(line) for line in cell if line)


def _summary(summary: SummaryView) -> list[str]:
    lines = [_line(summary.facts), ""]
    cells = bar_cells(summary.counts, BAR_WIDTH)
    if not cells:
        return lines + (["_References not checked._", ""] if summary.references else [])
    bar = "".join(status_style(v).symbol * n for v, n in cells)
    lines += [code(bar), ""]
    rows = [
        [f"{status_style(v).symbol} {status_style(v).label}", str(count)]
        for v, count in summary.counts.items()
    ]
    return lines + _grid(["verdict", "references"], rows)


def _section(section: Section) -> list[str]:
    heading = escape(section.heading)
    lines = [f"- **{heading}:**" if section.style in ("bad", "warn") else f"- {heading}:"]
    lines += [f"  - {_line(entry.key)}: {_cell(entry.text)}" for entry in section.entries]
    return lines


def _grid(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return out + [""]


def _table(table: Table) -> list[str]:
    lines = [f"### {table.title}", ""]
    if not table.rows:
        return lines + [f"_{table.empty}_", ""]
    header = [column.name for column in table.columns]
    rows: list[list[str]] = []
    for row in table.rows:
        if row.group is not None:
            if rows:
                lines += _grid(header, rows)
            lines += [f"#### {escape(row.group)}", ""]
            rows = []
            continue
        cells = [_cell(cell) for cell in row.cells]
        if row.strong and cells:
            cells[0] = f"**{cells[0]}**"
        rows.append(cells)
    if rows:
        lines += _grid(header, rows)
    return lines
