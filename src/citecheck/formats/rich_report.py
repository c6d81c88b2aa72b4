"""The terminal report: the report view (`formats.report`) styled for a terminal.

Every piece of article text goes through `rich.text.Text` (never markup strings), so brackets in
titles such as "[Rapid] anxiolysis" print as written. Colour is left to the Console: it turns
colour off by itself for pipes, files and `NO_COLOR`. Lines are written without the padding rich
adds to fill the width, so piped output has no trailing spaces.
"""

from __future__ import annotations

from rich import box
from rich.columns import Columns
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from citecheck.formats.report import (
    Cell,
    Line,
    Only,
    ReportView,
    Section,
    Style,
    SummaryView,
    Table,
    View,
    build_report,
)
from citecheck.formats.safe_text import displayable
from citecheck.formats.summary import SHORT_TITLE_CHARS, Status, bar_cells, status_style
from citecheck.models import Findings

__all__ = ["View", "render_rich"]

# From this width on, differences and suggested DOIs get columns of their own.
WIDE = 130
# Below this width tables become lists: a table cut into 40 columns breaks every word.
NARROW = 70
BAR_MAX = 60

_STYLES: dict[Style, str] = {
    "": "",
    "bad": "bold red",
    "warn": "yellow",
    "info": "blue",
    "ok": "green",
    "dim": "dim",
    "doi": "cyan",
    "value": "cyan",
    "hedge": "italic dim",
    "heading": "bold",
}


def title_chars(width: int) -> int:
    """How much of a title fits: the short form below 100 columns; beyond, what fills two lines
    of the reference column (the other columns take about 45, the wide ones 2/5 of the rest;
    "Author et al. 2020 · " about 25)."""
    if width < 100:
        return SHORT_TITLE_CHARS
    column = width - 45 if width < WIDE else (width - 45) * 3 // 5
    return max(SHORT_TITLE_CHARS, 2 * column - 25)


def render_rich(
    findings: Findings, console: Console, *, view: View = "audit", only: Only = "all"
) -> None:
    """Print the report of `view` for every article, then a total when there are several."""
    width = console.width
    report = build_report(
        displayable(findings), view=view, only=only, title_chars=title_chars(width)
    )
    with console.capture() as captured:
        _print(report, console, width)
    # rich pads every line to the width; printed again without it (colours kept), so pipes and
    # files get no trailing spaces
    lines = [row.rstrip() for row in captured.get().split("\n")]
    console.print(Text.from_ansi("\n".join(lines).rstrip("\n")), soft_wrap=True, crop=False)


def _print(report: ReportView, console: Console, width: int) -> None:
    if report.empty:
        console.print(Text(report.empty, style="dim"))
        return
    for index, article in enumerate(report.articles):
        if index:
            console.print()
        console.print(Rule(Text(article.path, style="bold"), align="left"))
        if article.heading:
            console.print(_text(article.heading))
        # what needs action first, where the eye lands; the counts after it
        if article.action:
            console.print(Text("Needs action", style="bold underline"))
            for section in article.action:
                console.print(_section(section, width))
        if article.verdict is not None:
            console.print(Text(article.verdict.text, style=_STYLES[article.verdict.style]))
        if article.summary is not None:
            console.print(_summary_panel(article.summary, width, title="Summary"))
        for table in article.tables:
            console.print(_table(table, width))
        if article.rest:
            console.print(Text("Also worth knowing", style="bold underline"))
        for section in article.rest:
            console.print(_section(section, width))
    if report.total is not None:
        console.print()
        console.print(_summary_panel(report.total, width, title="Total, all articles"))
    for note in report.notes:
        console.print(Text(note, style="dim"))
    if report.footer:
        console.print(Text(report.footer, style="dim"))


def _text(spans: Line) -> Text:
    text = Text()
    for span in spans:
        text.append(span.text, style=_STYLES[span.style])
    return text


def _cell(cell: Cell) -> Text:
    return Text("\n").join(_text(line) for line in cell)


# --- summary -----------------------------------------------------------------------------------


def _summary_panel(summary: SummaryView, width: int, *, title: str) -> Panel:
    parts: list[RenderableType] = [_text(summary.facts)]
    bar = _verdict_bar(summary.counts, min(BAR_MAX, width - 6))
    if bar.plain:
        parts.append(bar)
        parts.append(_verdict_legend(summary.counts))
    elif summary.references:
        parts.append(Text("references not checked", style="dim"))
    return Panel(Group(*parts), title=title, title_align="left", box=box.ROUNDED)


def _verdict_bar(counts: dict[Status, int], width: int) -> Text:
    # Each verdict's symbol repeated, so the bar still reads without colour.
    bar = Text()
    for verdict, cells in bar_cells(counts, width):
        style = status_style(verdict)
        bar.append(style.symbol * cells, style=f"{style.style} reverse")
    return bar


def _verdict_legend(counts: dict[Status, int]) -> Columns:
    items = []
    for verdict, count in counts.items():
        style = status_style(verdict)
        item = Text(f"{style.symbol} {style.label} {count}")
        item.stylize(style.style if count else "dim")
        items.append(item)
    return Columns(items, padding=(0, 3))


# --- sections and tables -----------------------------------------------------------------------


def _section(section: Section, width: int) -> RenderableType:
    heading = Text(section.heading + ":", style=_STYLES[section.style])
    grid = RichTable.grid(padding=(0, 2))
    # A long id list ("ref-1, ref-3, ...") wraps at its commas, capped at a third of the
    # width, so the text beside it keeps room to be read.
    grid.add_column(max_width=max(12, width // 3))
    grid.add_column(overflow="fold")
    for entry in section.entries:
        grid.add_row(_text(entry.key), _cell(entry.text))
    return Group(heading, Padding(grid, (0, 0, 0, 2), expand=False))


def _table(table: Table, width: int) -> RenderableType:
    if not table.rows:
        return Text(table.empty, style="dim")
    if width < NARROW:
        return _as_list(table)
    wide = width >= WIDE
    columns = [c for c in table.columns if wide or not c.wide_only]
    folded = [i for i, c in enumerate(table.columns) if c.wide_only and not wide]
    main = next(i for i, c in enumerate(table.columns) if c.main)
    rich_table = RichTable(
        title=table.title, title_justify="left", box=box.SIMPLE_HEAD, expand=True
    )
    for column in columns:
        if column.main:
            rich_table.add_column(column.name, ratio=3, overflow="fold")
        elif column.wide_only:
            rich_table.add_column(column.name, ratio=2, overflow="fold")
        else:
            rich_table.add_column(
                column.name, no_wrap=column.numeric, justify="right" if column.numeric else "left"
            )
    for position, row in enumerate(table.rows):
        if row.group is not None:
            if position:
                rich_table.add_section()
            cells: list[RenderableType] = [Text(""), Text(row.group, style="bold underline")]
            rich_table.add_row(*cells, *[Text("")] * (len(columns) - 2))
            continue
        rendered: list[RenderableType] = []
        for index in range(len(table.columns)):
            if index in folded:
                continue
            cell = row.cells[index]
            if index == main:
                cell = cell + tuple(line for i in folded for line in row.cells[i])
            rendered.append(_cell(cell))
        rich_table.add_row(*rendered)
    return rich_table


def _as_list(table: Table) -> RenderableType:
    """A narrow terminal: each row as a block. The short cells (id, verdict, confidence) share
    its first line; the text and the details follow, indented."""
    parts: list[RenderableType] = [Text(table.title, style="bold")]
    short = [i for i, c in enumerate(table.columns) if not c.main and not c.wide_only]
    long = [i for i, c in enumerate(table.columns) if c.main or c.wide_only]
    for row in table.rows:
        if row.group is not None:
            parts.append(Text(row.group, style="bold underline"))
            continue
        firsts = [row.cells[i][0] for i in short if row.cells[i] and _has_text(row.cells[i][0])]
        head = Text("  ").join(_text(line) for line in firsts)
        lines = [line for i in short for line in row.cells[i][1:]]
        lines = [line for i in long for line in row.cells[i]] + lines
        body = Text("\n").join(_text(line) for line in lines if _has_text(line))
        parts.append(Group(head, Padding(body, (0, 0, 0, 2))))
    return Group(*parts)


def _has_text(line: Line) -> bool:
    return any(span.text.strip() for span in line)
