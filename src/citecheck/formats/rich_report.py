"""The terminal report: summary panel, references table, claims by type, and what to do.

Every piece of article text goes through `rich.text.Text` (never markup strings), so brackets in
titles such as "[Rapid] anxiolysis" print as written. Colour is left to the Console: it turns
colour off by itself for pipes, files and `NO_COLOR`.
"""

from __future__ import annotations

from typing import Literal

from rich import box
from rich.columns import Columns
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from citecheck.formats.safe_text import displayable
from citecheck.formats.summary import (
    LONG_TITLE_CHARS,
    SHORT_TITLE_CHARS,
    WEAK_HEADING,
    ClaimRow,
    Status,
    Todo,
    bar_cells,
    build_todo,
    claim_rows,
    claims_by_type,
    field_differences,
    first_reason,
    hedge_text,
    plural,
    reference_label,
    reference_style,
    retraction_mark,
    status_style,
    unchecked_hint,
    verdict_counts,
)
from citecheck.models import ArticleFindings, Findings, Reference, Verdict

View = Literal["audit", "claims", "refs"]

# From this width on, differences and suggested DOIs get columns of their own.
WIDE = 130
BAR_MAX = 60
RETRACTION_STYLE = "bold red"
WEAK_STYLE = "bold red"


def render_rich(findings: Findings, console: Console, *, view: View = "audit") -> None:
    """Print the report of `view` for every article, then a total when there are several."""
    findings = displayable(findings)
    several = len(findings.articles) > 1
    if not findings.articles:
        console.print(Text("No articles or bibliographies were given.", style="dim"))
        return
    for index, article in enumerate(findings.articles):
        if index:
            console.print()
        console.print(Rule(Text(article.path, style="bold"), align="left"))
        if view == "claims":
            console.print(_claims_heading(article))
            console.print(_claims_table(article, console.width))
        elif view == "refs":
            console.print(_refs_heading(article))
            console.print(_references_table(article.references, console.width))
            if article.citations:
                console.print(_citations_table(article))
        else:
            console.print(_summary_panel([article], console.width, title="Summary"))
            console.print(_references_table(article.references, console.width))
            console.print(_claims_table(article, console.width))
            console.print(_todo_block(build_todo(article), console.width))
    if several and view == "audit":
        console.print()
        console.print(_summary_panel(findings.articles, console.width, title="Total, all articles"))
    if view == "audit":
        console.print(
            Text(f"citecheck {findings.tool.version} · {findings.generated_at}", style="dim")
        )


# --- summary -----------------------------------------------------------------------------------


def _summary_panel(articles: list[ArticleFindings], width: int, *, title: str) -> Panel:
    references = [ref for article in articles for ref in article.references]
    claims = sum(len(article.claims) for article in articles)
    counts = verdict_counts(references)
    head = Text()
    if len(articles) > 1:
        head.append(f"{len(articles)} articles · ")
    head.append(f"{plural(len(references), 'reference')} · {plural(claims, 'claim')}")
    retracted = sum(1 for ref in references if ref.retraction is not None)
    if retracted:
        head.append(" · ")
        head.append(f"{retracted} retracted/flagged", style=RETRACTION_STYLE)
    weak = sum(1 for article in articles for row in claim_rows(article) if row.weak)
    if weak:
        head.append(" · ")
        head.append(f"{plural(weak, 'claim')} on weak sources", style=WEAK_STYLE)
    parts: list[RenderableType] = [head]
    bar = _verdict_bar(counts, min(BAR_MAX, width - 6))
    if bar.plain:
        parts.append(bar)
        parts.append(_verdict_legend(counts))
    elif references:
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


# --- references --------------------------------------------------------------------------------


def _verdict_cell(ref: Reference) -> Text:
    style = reference_style(ref)
    cell = Text(f"{style.symbol} {style.label}", style=style.style)
    mark = retraction_mark(ref)
    if mark:
        cell.append("\n")
        cell.append(mark, style=RETRACTION_STYLE)
    return cell


def _confidence_cell(ref: Reference) -> Text:
    if ref.verdict is None:
        return Text("—", style="dim")
    return Text(f"{ref.confidence:.2f}")


def _reference_cell(ref: Reference, *, inline_details: bool) -> Text:
    limit = SHORT_TITLE_CHARS if inline_details else LONG_TITLE_CHARS
    cell = Text(reference_label(ref, limit))
    if ref.verdict in (Verdict.NOT_FOUND, Verdict.UNVERIFIABLE):
        reason = first_reason(ref)
        if reason:
            cell.append("\n" + reason, style="dim")
    if inline_details:
        differences = field_differences(ref)
        for difference in differences:
            cell.append("\n" + difference, style="yellow")
        # A failed `doi` check already names the right DOI; say it once.
        doi_shown = any(d.startswith("doi:") for d in differences)
        if ref.suggested_doi and ref.suggested_doi != ref.cited.doi and not doi_shown:
            cell.append("\nDOI → " + ref.suggested_doi, style="cyan")
    return cell


def _references_table(references: list[Reference], width: int) -> RenderableType:
    if not references:
        return Text("No references found.", style="dim")
    wide = width >= WIDE
    table = Table(title="References", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("reference (as cited)", ratio=3, overflow="fold")
    table.add_column("verdict", no_wrap=wide)
    table.add_column("conf", justify="right", no_wrap=True)
    if wide:
        table.add_column("cited → found", ratio=2, overflow="fold", style="yellow")
        table.add_column("suggested DOI", overflow="fold", style="cyan")
    for ref in references:
        cells: list[RenderableType] = [
            Text(ref.id),
            _reference_cell(ref, inline_details=not wide),
            _verdict_cell(ref),
            _confidence_cell(ref),
        ]
        if wide:
            suggested = ref.suggested_doi if ref.suggested_doi != ref.cited.doi else None
            cells.append(Text("\n".join(field_differences(ref))))
            cells.append(Text(suggested or ""))
        table.add_row(*cells)
    return table


def _refs_heading(article: ArticleFindings) -> Text:
    unmatched = sum(1 for c in article.citations if c.reference_id is None)
    text = Text(
        f"{plural(len(article.references), 'reference')} · "
        f"{plural(len(article.citations), 'in-text citation')}"
    )
    if unmatched:
        text.append(f" · {unmatched} match no reference", style="yellow")
    return text


def _citations_table(article: ArticleFindings) -> Table:
    table = Table(title="In-text citations", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("id", no_wrap=True)
    table.add_column("text as cited", overflow="fold")
    table.add_column("kind", no_wrap=True)
    table.add_column("reference", no_wrap=True)
    for citation in article.citations:
        target = (
            Text(citation.reference_id)
            if citation.reference_id
            else Text("no match", style="yellow")
        )
        table.add_row(Text(citation.id), Text(citation.text), Text(citation.kind), target)
    return table


# --- claims ------------------------------------------------------------------------------------


def _claims_heading(article: ArticleFindings) -> Text:
    return Text(plural(len(article.claims), "claim"))


def _rests_on_cell(row: ClaimRow) -> Text:
    if row.uncited:
        return Text("no citation", style="dim")
    cell = Text()
    for index, support in enumerate(row.support):
        if index:
            cell.append("\n")
        if not support.known:
            cell.append(f"? {support.reference_id} (unknown)", style="dim")
            continue
        style = support.style
        cell.append(f"{style.symbol} {support.reference_id} {style.label}", style=style.style)
        if support.mark:
            cell.append(f" {support.mark}", style=WEAK_STYLE)
    if row.weak:
        cell.append("\n⚠ weak source", style=WEAK_STYLE)
    return cell


def _claim_cell(row: ClaimRow, *, inline_details: bool) -> Text:
    cell = Text("“" + " ".join(row.claim.text.split()) + "”")
    if inline_details:
        cell.append("\n= " + row.value, style="cyan")
        if row.claim.hedged:
            cell.append(f"\nhedged: {hedge_text(row.claim)}", style="italic dim")
    return cell


def _claims_table(article: ArticleFindings, width: int) -> RenderableType:
    rows = claim_rows(article)
    if not rows:
        return Text("No checkable claims found.", style="dim")
    wide = width >= WIDE
    table = Table(title="Claims by type", title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("claim", ratio=3, overflow="fold")
    if wide:
        table.add_column("value", ratio=2, overflow="fold", style="cyan")
        table.add_column("hedge", no_wrap=True, style="italic")
    table.add_column("rests on", ratio=2, overflow="fold")
    for claim_type, group in claims_by_type(rows):
        header: list[RenderableType] = [
            Text(""),
            Text(f"{claim_type} ({len(group)})", style="bold underline"),
        ]
        header += [Text("")] * (len(table.columns) - 2)
        table.add_row(*header)
        for row in group:
            id_text = Text(row.claim.id, style=WEAK_STYLE if row.weak else "")
            cells: list[RenderableType] = [id_text, _claim_cell(row, inline_details=not wide)]
            if wide:
                cells.append(Text(row.value))
                cells.append(Text(hedge_text(row.claim)))
            cells.append(_rests_on_cell(row))
            table.add_row(*cells)
        table.add_section()
    return table


# --- what to do --------------------------------------------------------------------------------


def _todo_block(todo: Todo, width: int) -> RenderableType:
    title = Text("What to do", style="bold")
    if todo.empty:
        message = Text("✓ Nothing to fix: every checked reference holds up.", style="green")
        return Group(title, message, *_uncited_line(todo))
    sections: list[RenderableType] = [title]

    def section(heading: str, style: str, items: list[tuple[str, Text]]) -> None:
        sections.append(Text(heading, style=style))
        grid = Table.grid(padding=(0, 2))
        # A long id list ("ref-1, ref-3, ...") wraps at its commas, capped at a third of the
        # width, so the text beside it keeps room to be read.
        grid.add_column(max_width=max(16, width // 3))
        grid.add_column(overflow="fold")
        for key, text in items:
            grid.add_row(Text(key), text)
        sections.append(Padding(grid, (0, 0, 0, 2), expand=False))

    if todo.fix_dois:
        section(
            "Fix or add these DOIs (cited → correct):",
            "magenta",
            [
                (fix.reference_id, Text(f"{fix.cited_doi or '(none)'} → {fix.suggested_doi}"))
                for fix in todo.fix_dois
            ],
        )
    if todo.fix_details:
        section(
            "Correct these details (cited → found):",
            "yellow",
            [(rid, Text("; ".join(diffs) or "see reasons")) for rid, diffs in todo.fix_details],
        )
    if todo.not_found:
        section(
            "Could not be found — possibly fabricated; check or remove:",
            "bold red",
            [(rid, Text(label)) for rid, label in todo.not_found],
        )
    if todo.retracted:
        section(
            "Retracted or flagged works:",
            RETRACTION_STYLE,
            [
                (rid, Text(mark + (f" (notice {doi})" if doi else "")))
                for rid, mark, doi in todo.retracted
            ],
        )
    if todo.unchecked:
        section(
            "Could not be checked:",
            "blue",
            [
                (
                    ", ".join(ids),
                    Text(codes + (f" — {hint}" if (hint := unchecked_hint(codes)) else "")),
                )
                for codes, ids in todo.unchecked
            ],
        )
    if todo.weak_claims:
        section(
            WEAK_HEADING,
            WEAK_STYLE,
            [(cid, Text(f"“{span}” → {', '.join(refs)}")) for cid, span, refs in todo.weak_claims],
        )
    sections.extend(_uncited_line(todo))
    return Group(*sections)


def _uncited_line(todo: Todo) -> list[Text]:
    if not todo.uncited_claims:
        return []
    return [Text("Claims citing no source: " + ", ".join(todo.uncited_claims), style="dim")]
