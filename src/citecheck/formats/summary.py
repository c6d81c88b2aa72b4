"""Small facts about references and claims that the report view (`formats.report`) is built
from: verdict symbols and styles, counts, short labels, field differences, what a claim rests on.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from citecheck.formats.values import describe_value
from citecheck.models import (
    ArticleFindings,
    Claim,
    ClaimType,
    Reference,
    Verdict,
)


@dataclass(frozen=True)
class VerdictStyle:
    symbol: str
    label: str
    style: str  # a rich style; Markdown uses only the symbol and label


VERDICT_STYLES: dict[Verdict, VerdictStyle] = {
    Verdict.VERIFIED: VerdictStyle("✓", "verified", "green"),
    Verdict.METADATA_MISMATCH: VerdictStyle("~", "metadata mismatch", "yellow"),
    Verdict.WRONG_DOI: VerdictStyle("⇄", "wrong DOI", "magenta"),
    Verdict.NOT_FOUND: VerdictStyle("✗", "not found", "bold red"),
    Verdict.UNVERIFIABLE: VerdictStyle("?", "unverifiable", "blue"),
}
NOT_CHECKED = VerdictStyle("·", "not checked", "dim")
# A retracted work exists, so its verdict is usually `verified`; in a health article it is a
# finding, and reports draw it as retracted, never as ✓.
RETRACTED = "retracted"
RETRACTED_STYLE = VerdictStyle("⊘", "retracted", "bold red")
# The verdicts a retraction is drawn over; the others are alarms (or unknowns) of their own.
_DRAWN_OVER = frozenset({Verdict.VERIFIED, Verdict.METADATA_MISMATCH})

# Worst first: the order the summary bar and the counts are shown in.
VERDICT_ORDER: tuple[Verdict, ...] = (
    Verdict.NOT_FOUND,
    Verdict.WRONG_DOI,
    Verdict.METADATA_MISMATCH,
    Verdict.UNVERIFIABLE,
    Verdict.VERIFIED,
)
# What a reference is drawn as: its verdict, or `retracted`.
Status = Verdict | str
STATUS_ORDER: tuple[Status, ...] = (RETRACTED, *VERDICT_ORDER)

# A claim resting on one of these has no trustworthy support behind it.
WEAK_SUPPORT: frozenset[Verdict] = frozenset(
    {Verdict.NOT_FOUND, Verdict.WRONG_DOI, Verdict.UNVERIFIABLE}
)

# Notices that withdraw or cast doubt on a work's findings (a correction does neither).
WEAK_NOTICES: frozenset[str] = frozenset({"retraction", "expression_of_concern"})

RETRACTION_MARKS: dict[str, str] = {
    "retraction": "RETRACTED",
    "expression_of_concern": "EXPRESSION OF CONCERN",
    "correction": "CORRECTED",
}

SHORT_TITLE_CHARS = 60
LONG_TITLE_CHARS = 96  # wide terminals and Markdown


def verdict_style(verdict: Verdict | None) -> VerdictStyle:
    return NOT_CHECKED if verdict is None else VERDICT_STYLES[verdict]


def is_retracted(ref: Reference) -> bool:
    return ref.retraction is not None and ref.retraction.kind == "retraction"


def status(ref: Reference) -> Status | None:
    """What `ref` is drawn as: `retracted` for a retracted work that would otherwise look
    sound, else its verdict (None when not checked)."""
    if ref.verdict in _DRAWN_OVER and is_retracted(ref):
        return RETRACTED
    return ref.verdict


def status_style(value: Status | None) -> VerdictStyle:
    if value == RETRACTED:
        return RETRACTED_STYLE
    return verdict_style(None if value is None else Verdict(value))


def reference_style(ref: Reference) -> VerdictStyle:
    """Symbol, label and colour of a reference in every report."""
    return status_style(status(ref))


def verdict_counts(references: list[Reference]) -> dict[Status, int]:
    """Every verdict in `VERDICT_ORDER` with its count (zeros included), retracted works
    counted apart, first, when there are any."""
    counted = Counter(status(ref) for ref in references if ref.verdict is not None)
    order = STATUS_ORDER if counted.get(RETRACTED) else VERDICT_ORDER
    return {key: counted.get(key, 0) for key in order}


def shorten(text: str, limit: int) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:") + "…"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def reference_label(ref: Reference, limit: int = SHORT_TITLE_CHARS) -> str:
    """`Author et al. 2020 · Short title…` as cited; the raw text when nothing was parsed."""
    cited = ref.cited
    parts: list[str] = []
    if cited.authors:
        names = [a for a in cited.authors if a.lower().rstrip(".") not in ("et al", "others")]
        names = names or cited.authors[:1]
        if len(names) == 2 and len(cited.authors) == 2:
            author = f"{names[0]} & {names[1]}"
        else:
            author = names[0] + (" et al." if len(cited.authors) > 1 else "")
        parts.append(author + (f" {cited.year}" if cited.year else ""))
    elif cited.year:
        parts.append(str(cited.year))
    if cited.title:
        parts.append(shorten(cited.title, limit))
    elif cited.journal:
        parts.append(shorten(cited.journal, limit))
    if not parts and cited.doi:
        # a DOI linked from the prose ("[291 children](https://doi.org/...)"): the DOI, and the
        # link's words without their Markdown
        words = _MARKDOWN_LINK.sub(r"\1", ref.raw).strip()
        said = "" if cited.doi.lower() in words.lower() else f" · “{shorten(words, limit)}”"
        return f"doi:{cited.doi}{said}"
    if not parts:
        return shorten(ref.raw, limit + 12) or ref.id
    return " · ".join(parts)


_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


_LIST_SEPARATOR = "; "


def _differing_names(cited: str, found: str) -> tuple[str, str]:
    """For author lists, only the names that differ position by position ("Daley → Daly"), so a
    one-letter slip in an eleven-author list reads as what it is."""
    cited_names, found_names = cited.split(_LIST_SEPARATOR), found.split(_LIST_SEPARATOR)
    pairs = [(c, f) for c, f in zip(cited_names, found_names, strict=False) if c != f]
    if not pairs or len(pairs) > 3 or len(cited_names) > len(found_names):
        return cited, found
    return ", ".join(c for c, _ in pairs), ", ".join(f for _, f in pairs)


def field_differences(ref: Reference) -> list[str]:
    """`field: cited → found` for each compared field that did not agree."""
    lines = []
    for check in ref.field_checks:
        if check.ok:
            continue
        cited, found = check.cited or "—", check.found or "—"
        if check.field == "authors" and check.cited and check.found:
            cited, found = _differing_names(check.cited, check.found)
        lines.append(f"{check.field}: {cited} → {found}")
    return lines


def retraction_mark(ref: Reference) -> str | None:
    """The notice beside the verdict; none when the reference is drawn as retracted already."""
    if ref.retraction is None or status(ref) == RETRACTED:
        return None
    return RETRACTION_MARKS[ref.retraction.kind]


def hedge_text(claim: Claim) -> str:
    """The hedge cell: the cue, marked when it is in another clause of the sentence."""
    if not claim.hedged:
        return ""
    cue = claim.hedge or "yes"
    return f"{cue} (other clause)" if claim.hedge_scope == "sentence" else cue


def format_value(claim: Claim) -> str:
    """The normalised value in words: `403 patients`, `0.5–1 mg/kg`, `within 24 hours`."""
    return describe_value(claim)


@dataclass(frozen=True)
class Support:
    """One reference a claim rests on, with its verdict (None when not checked or unknown id)."""

    reference_id: str
    verdict: Verdict | None
    known: bool = True
    notice: str | None = None  # the work's retraction kind, if any
    style: VerdictStyle = NOT_CHECKED  # how the reference is drawn (retracted, never ✓)

    @property
    def weak(self) -> bool:
        return self.verdict in WEAK_SUPPORT or self.notice in WEAK_NOTICES

    @property
    def mark(self) -> str | None:
        """The notice beside the reference, unless it is drawn as retracted already."""
        if self.notice is None or self.style is RETRACTED_STYLE:
            return None
        return RETRACTION_MARKS[self.notice]


@dataclass(frozen=True)
class ClaimRow:
    claim: Claim
    value: str
    support: list[Support]

    @property
    def weak(self) -> bool:
        """Rests on at least one reference that is not_found, wrong_doi or unverifiable, or
        on a work that is retracted or under an expression of concern."""
        return any(s.weak for s in self.support)

    @property
    def uncited(self) -> bool:
        return not self.support


def _support(ref: Reference) -> Support:
    notice = ref.retraction.kind if ref.retraction else None
    return Support(ref.id, ref.verdict, notice=notice, style=reference_style(ref))


def claim_rows(article: ArticleFindings) -> list[ClaimRow]:
    """Claims with their value text and the verdicts of the references they rest on."""
    by_id = {ref.id: ref for ref in article.references}
    rows = []
    for claim in article.claims:
        support = [
            _support(by_id[rid]) if rid in by_id else Support(rid, None, known=False)
            for rid in claim.reference_ids
        ]
        rows.append(ClaimRow(claim, format_value(claim), support))
    return rows


def claims_by_type(rows: list[ClaimRow]) -> list[tuple[str, list[ClaimRow]]]:
    """Groups in the order of `ClaimType`, then types added in claims.yaml alphabetically;
    claims in text order within each group."""
    groups: dict[str, list[ClaimRow]] = {}
    for row in rows:
        groups.setdefault(str(row.claim.type), []).append(row)
    builtin = [t.value for t in ClaimType]
    order = builtin + sorted(kind for kind in groups if kind not in builtin)
    return [(kind, groups[kind]) for kind in order if kind in groups]


def bar_cells(counts: dict[Status, int], width: int) -> list[tuple[Status, int]]:
    """Split `width` cells between verdicts in proportion to their counts.

    Largest remainder, with at least one cell for every verdict that occurs, so a single
    not_found among hundreds of verified references is still visible.
    """
    total = sum(counts.values())
    present = [v for v in counts if counts[v] > 0]
    if total == 0 or width <= 0:
        return []
    width = max(width, len(present))
    if total <= width:
        # Few references: one cell each reads more honestly than stretched blocks.
        return [(v, counts[v]) for v in present]
    cells = {v: max(1, counts[v] * width // total) for v in present}
    remainders = sorted(present, key=lambda v: (counts[v] * width) % total, reverse=True)
    index = 0
    while sum(cells.values()) < width:
        cells[remainders[index % len(remainders)]] += 1
        index += 1
    while sum(cells.values()) > width:
        biggest = max(present, key=lambda v: cells[v])
        cells[biggest] -= 1
    return [(v, cells[v]) for v in present]
