"""GitHub-flavoured Markdown report for pull requests and editors: the content of the rich report."""

from __future__ import annotations

import re
from typing import Literal

from citecheck.formats.safe_text import displayable
from citecheck.formats.summary import (
    LONG_TITLE_CHARS,
    WEAK_HEADING,
    ClaimRow,
    Todo,
    bar_cells,
    build_todo,
    claim_rows,
    claims_by_type,
    field_differences,
    first_reason,
    hedge_text,
    is_retracted,
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

BAR_WIDTH = 40
# Characters Markdown would read as table syntax, emphasis, links, code or HTML.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Make article text safe in a table cell or list item: one line, no live Markdown."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """Inline code that survives a table: pipes are escaped even inside backticks on GitHub."""
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


def render_markdown(findings: Findings, *, view: View = "audit") -> str:
    """The report of `view` as Markdown; ends with a newline."""
    findings = displayable(findings)
    lines: list[str] = [f"# citecheck {_VIEW_TITLES[view]}", ""]
    if not findings.articles:
        lines += ["_No articles or bibliographies were given._", ""]
    for article in findings.articles:
        lines += [f"## {code(article.path)}", ""]
        if view == "claims":
            lines += [f"{plural(len(article.claims), 'claim')}", ""]
            lines += _claims_section(article)
        elif view == "refs":
            lines += _refs_heading(article)
            lines += _references_section(article.references)
            lines += _citations_section(article)
        else:
            lines += _summary_section([article])
            lines += _references_section(article.references)
            lines += _claims_section(article)
            lines += _todo_section(build_todo(article))
    if view == "audit" and len(findings.articles) > 1:
        lines += ["## Total, all articles", ""]
        lines += _summary_section(findings.articles)
    if view == "audit":
        lines += [f"_citecheck {escape(findings.tool.version)} · {findings.generated_at}_", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


_VIEW_TITLES = {"audit": "report", "claims": "claims", "refs": "references"}


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return out + [""]


# --- summary -----------------------------------------------------------------------------------


def _summary_section(articles: list[ArticleFindings]) -> list[str]:
    references = [ref for article in articles for ref in article.references]
    claims = sum(len(article.claims) for article in articles)
    facts = []
    if len(articles) > 1:
        facts.append(plural(len(articles), "article"))
    facts += [plural(len(references), "reference"), plural(claims, "claim")]
    retracted = sum(1 for ref in references if ref.retraction is not None)
    if retracted:
        facts.append(f"**{retracted} retracted/flagged**")
    weak = sum(1 for article in articles for row in claim_rows(article) if row.weak)
    if weak:
        facts.append(f"**{plural(weak, 'claim')} on weak sources**")
    lines = [" · ".join(facts), ""]
    counts = verdict_counts(references)
    cells = bar_cells(counts, BAR_WIDTH)
    if not cells:
        return lines + (["_References not checked._", ""] if references else [])
    bar = "".join(status_style(v).symbol * n for v, n in cells)
    lines += [code(bar), ""]
    rows = [
        [f"{status_style(v).symbol} {status_style(v).label}", str(count)]
        for v, count in counts.items()
    ]
    return lines + _table(["verdict", "references"], rows)


# --- references --------------------------------------------------------------------------------


def _verdict_text(ref: Reference) -> str:
    style = reference_style(ref)
    text = f"{style.symbol} {style.label}"
    if ref.verdict in (Verdict.NOT_FOUND, Verdict.WRONG_DOI) or is_retracted(ref):
        text = f"**{text}**"
    mark = retraction_mark(ref)
    return text + (f" **{mark}**" if mark else "")


def _reference_text(ref: Reference) -> str:
    text = escape(reference_label(ref, LONG_TITLE_CHARS))
    if ref.verdict in (Verdict.NOT_FOUND, Verdict.UNVERIFIABLE) and (reason := first_reason(ref)):
        text += f"<br>_{escape(reason)}_"
    return text


def _references_section(references: list[Reference]) -> list[str]:
    lines = ["### References", ""]
    if not references:
        return lines + ["_No references found._", ""]
    rows = []
    for ref in references:
        suggested = ref.suggested_doi if ref.suggested_doi != ref.cited.doi else None
        rows.append(
            [
                code(ref.id),
                _reference_text(ref),
                _verdict_text(ref),
                "—" if ref.verdict is None else f"{ref.confidence:.2f}",
                "<br>".join(escape(d) for d in field_differences(ref)),
                code(suggested) if suggested else "",
            ]
        )
    header = ["id", "reference (as cited)", "verdict", "conf", "cited → found", "suggested DOI"]
    return lines + _table(header, rows)


def _refs_heading(article: ArticleFindings) -> list[str]:
    text = (
        f"{plural(len(article.references), 'reference')} · "
        f"{plural(len(article.citations), 'in-text citation')}"
    )
    unmatched = sum(1 for c in article.citations if c.reference_id is None)
    if unmatched:
        text += f" · **{unmatched} match no reference**"
    return [text, ""]


def _citations_section(article: ArticleFindings) -> list[str]:
    if not article.citations:
        return []
    rows = [
        [
            code(c.id),
            escape(c.text),
            c.kind,
            code(c.reference_id) if c.reference_id else "**no match**",
        ]
        for c in article.citations
    ]
    return ["### In-text citations", ""] + _table(
        ["id", "text as cited", "kind", "reference"], rows
    )


# --- claims ------------------------------------------------------------------------------------


def _rests_on(row: ClaimRow) -> str:
    if row.uncited:
        return "_no citation_"
    parts = []
    for support in row.support:
        if not support.known:
            parts.append(f"? {code(support.reference_id)} (unknown)")
            continue
        style = support.style
        mark = f" **{support.mark}**" if support.mark else ""
        parts.append(f"{style.symbol} {code(support.reference_id)} {style.label}{mark}")
    text = "<br>".join(parts)
    return text + ("<br>**⚠ weak source**" if row.weak else "")


def _claims_section(article: ArticleFindings) -> list[str]:
    lines = ["### Claims by type", ""]
    rows = claim_rows(article)
    if not rows:
        return lines + ["_No checkable claims found._", ""]
    for claim_type, group in claims_by_type(rows):
        lines += [f"#### {code(claim_type)} ({len(group)})", ""]
        table_rows = [
            [
                f"**{code(row.claim.id)}**" if row.weak else code(row.claim.id),
                "“" + escape(row.claim.text) + "”",
                escape(row.value),
                escape(hedge_text(row.claim)),
                _rests_on(row),
            ]
            for row in group
        ]
        lines += _table(["id", "claim", "value", "hedge", "rests on"], table_rows)
    return lines


# --- what to do --------------------------------------------------------------------------------


def _todo_section(todo: Todo) -> list[str]:
    lines = ["### What to do", ""]
    if todo.empty:
        lines += ["✓ Nothing to fix: every checked reference holds up.", ""]
        return lines + _uncited(todo)

    def section(heading: str, items: list[str]) -> None:
        lines.append(f"- **{heading}**")
        lines.extend(f"  - {item}" for item in items)

    if todo.fix_dois:
        section(
            "Fix or add these DOIs (cited → correct):",
            [
                f"{code(f.reference_id)}: {code(f.cited_doi) if f.cited_doi else '(none)'} → "
                f"{code(f.suggested_doi)}"
                for f in todo.fix_dois
            ],
        )
    if todo.fix_details:
        section(
            "Correct these details (cited → found):",
            [
                f"{code(rid)}: {escape('; '.join(diffs)) or 'see reasons'}"
                for rid, diffs in todo.fix_details
            ],
        )
    if todo.not_found:
        section(
            "Could not be found — possibly fabricated; check or remove:",
            [f"{code(rid)}: {escape(label)}" for rid, label in todo.not_found],
        )
    if todo.retracted:
        section(
            "Retracted or flagged works:",
            [
                f"{code(rid)}: **{mark}**" + (f" (notice {code(doi)})" if doi else "")
                for rid, mark, doi in todo.retracted
            ],
        )
    if todo.unchecked:
        section(
            "Could not be checked:",
            [
                ", ".join(code(i) for i in ids)
                + f": {escape(codes)}"
                + (f" — {escape(hint)}" if (hint := unchecked_hint(codes)) else "")
                for codes, ids in todo.unchecked
            ],
        )
    if todo.weak_claims:
        section(
            WEAK_HEADING,
            [
                f"{code(cid)} “{escape(span)}” → " + ", ".join(code(r) for r in refs)
                for cid, span, refs in todo.weak_claims
            ],
        )
    lines.append("")
    return lines + _uncited(todo)


def _uncited(todo: Todo) -> list[str]:
    if not todo.uncited_claims:
        return []
    return ["_Claims citing no source: " + ", ".join(todo.uncited_claims) + "_", ""]
