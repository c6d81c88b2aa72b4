"""The report as data: what every human-readable format shows, in the order it shows it.

`build_report` walks the findings once and decides everything a reader sees: which sections,
in which order (what needs action first), each sentence, each table cell. The rich and Markdown
renderers only style this view; neither walks the findings itself, so they cannot drift apart.

Styles are names (`bad`, `warn`, `dim`...), mapped to colours by the terminal renderer and to
emphasis by the Markdown one. Every sentence here is for people: no reason codes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from citecheck.formats.summary import (
    LONG_TITLE_CHARS,
    WEAK_NOTICES,
    ClaimRow,
    Status,
    Support,
    claim_rows,
    claims_by_type,
    field_differences,
    hedge_text,
    is_retracted,
    plural,
    reference_label,
    reference_style,
    retraction_mark,
    shorten,
    status,
    verdict_counts,
)
from citecheck.formats.unsupported import HEADING as UNSUPPORTED_HEADING
from citecheck.formats.unsupported import unsupported_claims
from citecheck.models import (
    ArticleFindings,
    Findings,
    Reason,
    Record,
    Reference,
    Verdict,
)

View = Literal["audit", "claims", "refs"]
Style = Literal["", "bad", "warn", "info", "ok", "dim", "doi", "value", "hedge", "heading"]
Only = Literal["all", "problems"]


@dataclass(frozen=True)
class Span:
    text: str
    style: Style = ""
    code: bool = False  # an identifier (ref-3, a DOI): Markdown writes it as `code`


Line = tuple[Span, ...]
Cell = tuple[Line, ...]  # lines


def line(*spans: Span | str) -> Line:
    return tuple(Span(s) if isinstance(s, str) else s for s in spans)


@dataclass(frozen=True)
class Entry:
    """One item of a section: a key (ids, a line number) and its text, one or more lines."""

    key: Line
    text: Cell


@dataclass(frozen=True)
class Section:
    heading: str
    style: Style
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Column:
    name: str
    main: bool = False  # narrow layouts fold the wide-only columns into this one
    wide_only: bool = False
    numeric: bool = False
    style: Style = ""


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...] = ()
    group: str | None = None  # a group heading row ("onset_time (4)") instead of cells
    strong: bool = False  # the row needs the reader's attention


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    empty: str  # said instead of an empty table


@dataclass(frozen=True)
class SummaryView:
    facts: Line
    counts: dict[Status, int]
    references: int


@dataclass(frozen=True)
class ArticleView:
    path: str
    heading: Line  # for the claims and refs views: "90 claims", "13 references · 20 ..."
    summary: SummaryView | None
    action: tuple[Section, ...]  # what needs action, worst first
    verdict: Span | None  # one sentence when nothing needs action
    tables: tuple[Table, ...]
    rest: tuple[Section, ...]  # what is worth knowing but needs no fix


@dataclass(frozen=True)
class ReportView:
    title: str
    articles: tuple[ArticleView, ...]
    total: SummaryView | None
    notes: tuple[str, ...]  # explained once, at the end
    footer: str | None
    empty: str | None = None


CONFIDENCE_NOTE = (
    "conf: how closely the work found matches the citation, from 0 to 1 (1: every cited field "
    "agrees); shown only where a work was found."
)
_CONFIDENT = frozenset({Verdict.VERIFIED, Verdict.METADATA_MISMATCH, Verdict.WRONG_DOI})

# One sentence per reason a reference could not be checked; the same in the table and the to-do.
_UNCHECKED: dict[str, str] = {
    "offline": "Not checked: the run was offline and no local copy had it; run again online.",
    "network": "The lookup failed (network error, time-out or busy server); run again later.",
    "not_in_snapshot": "Not in the snapshot; run again online.",
    "too_little_to_search": (
        "The citation gives no DOI and too little to search on; add its title or DOI."
    ),
    "not_journal_article": "Not a journal article, which Crossref may lack; check it by hand.",
    "journal_other_script": (
        "A journal named in another script than Latin, which Crossref may lack; check it by hand."
    ),
    "probable_match": "A likely match was found; confirm it by hand.",
    "other_agency": ("Its DOI is registered with another agency than Crossref; check it by hand."),
}


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


# A mention confirmed by its sentence's topic (not by fields it printed): say which work was
# taken, so that "as reported by the Harvard Gazette ✓ verified" is not read as the report.
_FOUND_BY_TOPIC = {
    "study_behind_report": "The study behind the report",
    "mention_match": "The work the sentence describes",
}


def _work_named(record: Record) -> str:
    names = record.authors
    who = f"{names[0]} et al." if len(names) > 1 else (names[0] if names else "")
    parts = [
        f"{who} ({record.year})" if who and record.year else who or str(record.year or ""),
        f"“{' '.join(record.title.split())}”" if record.title else "",
        record.journal or "",
    ]
    return ", ".join(part for part in parts if part) or record.doi


# Reasons an unchecked reference is suspect all the same: what it printed leads to another work.
_LEADS_ELSEWHERE = ("doi_other_work", "pmid_other_work")


def leads_elsewhere(ref: Reference) -> Reason | None:
    """The reason an unverifiable reference's own identifier names another work, if one does."""
    if ref.verdict is not Verdict.UNVERIFIABLE:
        return None
    return next((r for r in ref.reasons if r.code in _LEADS_ELSEWHERE), None)


def reference_note(ref: Reference) -> str | None:
    """Why a reference is not found or could not be checked, or which work a mention was
    taken to be, as one sentence; and that the entry gives a second DOI, when it does."""
    note = _verdict_note(ref)
    said = other_doi_note(ref)
    if said is None:
        return note
    return f"{note} {said}" if note else said


def other_doi_note(ref: Reference) -> str | None:
    """The notice that the entry gives a second DOI besides the one checked, as a sentence."""
    reason = next((r for r in ref.reasons if r.code == "other_doi_given"), None)
    return _sentence(reason.message) if reason is not None else None


_LIKELY_OTHER_DOI = "DOI may be wrong: check which is right (cited → found by search)"


def likely_other_doi(ref: Reference) -> str | None:
    """The DOI a search found the cited work under, when the cited DOI itself could not be
    checked: not yet a `wrong_doi`, but a likely one that needs action."""
    if ref.verdict is not Verdict.UNVERIFIABLE or not ref.suggested_doi:
        return None
    if ref.suggested_doi == ref.cited.doi:
        return None
    if not any(r.code == "search_match_other_doi" for r in ref.reasons):
        return None
    return ref.suggested_doi


def _verdict_note(ref: Reference) -> str | None:
    if not ref.reasons:
        return None
    if ref.reasons[0].code == "not_in_reference_list":
        return "Cited in the text, but the reference list has no such entry: add it or fix the citation."
    if (elsewhere := leads_elsewhere(ref)) is not None:
        unchecked = next((_UNCHECKED[r.code] for r in ref.reasons if r.code in _UNCHECKED), None)
        rest = unchecked or "The cited work itself could not be found to compare."
        return f"{_sentence(elsewhere.message)} {rest}"
    if ref.record is not None and ref.verdict in _CONFIDENT:
        for reason in ref.reasons:
            if reason.code in _FOUND_BY_TOPIC:
                return f"{_FOUND_BY_TOPIC[reason.code]}: {_work_named(ref.record)}."
    if ref.verdict is Verdict.UNVERIFIABLE:
        if likely_other_doi(ref) is not None:
            # the cited DOI went unchecked, yet the work itself was found: say both
            return (
                f"Its DOI could not be checked, but a search found the cited work under "
                f"{ref.suggested_doi}: check which DOI is right."
            )
        for reason in ref.reasons:
            if reason.code in _UNCHECKED:
                return _UNCHECKED[reason.code]
        first = ref.reasons[0]
        if first.code == "not_scholarly":
            return _sentence(first.message.rstrip(". ") + "; check it by hand")
        return _sentence(first.message)
    if ref.verdict is Verdict.NOT_FOUND:
        return _sentence(ref.reasons[0].message)
    return None


def _confidence(ref: Reference) -> str:
    return f"{ref.confidence:.2f}" if ref.verdict in _CONFIDENT else ""


def position(article: ArticleFindings, offset: int) -> tuple[int, int] | None:
    """1-based line and column of `offset` in the article, when its text was read."""
    starts = article.line_starts
    if not starts:
        return None
    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def _line_of(article: ArticleFindings, offset: int) -> str:
    found = position(article, offset)
    return f"line {found[0]}" if found else ""


# --- sections ----------------------------------------------------------------------------------


@dataclass
class _Sections:
    """Each reference lands in one section only: the first that applies, worst first."""

    placed: set[str] = field(default_factory=set)

    def take(self, refs: Iterable[Reference]) -> list[Reference]:
        chosen = [ref for ref in refs if ref.id not in self.placed]
        self.placed.update(ref.id for ref in chosen)
        return chosen


def _ref_key(ref: Reference) -> Line:
    return (Span(ref.id, code=True),)


def _suggested(ref: Reference) -> str | None:
    return ref.suggested_doi if ref.suggested_doi and ref.suggested_doi != ref.cited.doi else None


def _also_differ(ref: Reference) -> tuple[Line, ...]:
    """The other fields the citation gives unlike the work its DOI should be: swapping the DOI
    alone would leave them wrong, or the citation may mean another work."""
    differences = [d for d in field_differences(ref) if not d.startswith("doi:")]
    if not differences:
        return ()
    return (
        line(Span("and the citation differs from that work in:", "dim")),
        *(line(d) for d in differences),
    )


def _doi_swap(ref: Reference, other_doi: str, more: tuple[Line, ...]) -> Entry:
    """A reference's entry that shows its DOI beside the one the work may have instead."""
    return Entry(
        _ref_key(ref),
        (
            line(reference_label(ref, LONG_TITLE_CHARS)),
            line(
                Span(ref.cited.doi or "(none)", code=True),
                " → ",
                Span(other_doi, "doi", code=True),
            ),
            *more,
        ),
    )


def _action_sections(article: ArticleFindings, rows: list[ClaimRow]) -> list[Section]:
    sections: list[Section] = []
    if unsupported := _unsupported_section(article):
        sections.append(unsupported)
    refs = article.references
    placed = _Sections()
    not_found = placed.take(r for r in refs if r.verdict is Verdict.NOT_FOUND)
    if not_found:
        entries = []
        for ref in not_found:
            text: list[Line] = [line(reference_label(ref, LONG_TITLE_CHARS))]
            if note := reference_note(ref):
                text.append(line(Span(note, "dim")))
            entries.append(Entry(_ref_key(ref), tuple(text)))
        sections.append(
            Section("Not found, possibly invented: check or remove", "bad", tuple(entries))
        )
    wrong = placed.take(r for r in refs if r.verdict is Verdict.WRONG_DOI)
    if wrong:
        sections.append(
            Section(
                "Wrong DOI: replace it (cited → correct)",
                "bad",
                tuple(
                    _doi_swap(ref, _suggested(ref) or "unknown", _also_differ(ref)) for ref in wrong
                ),
            )
        )
    likely = placed.take(r for r in refs if likely_other_doi(r) is not None)
    if likely:
        sections.append(
            Section(
                _LIKELY_OTHER_DOI,
                "warn",
                tuple(
                    _doi_swap(
                        ref,
                        likely_other_doi(ref) or "",
                        (line(Span(reference_note(ref) or "", "dim")),),
                    )
                    for ref in likely
                ),
            )
        )
    flagged = placed.take(
        r for r in refs if r.retraction is not None and r.retraction.kind != "correction"
    )
    if flagged:
        entries = []
        for ref in flagged:
            assert ref.retraction is not None
            notice = "Retracted" if is_retracted(ref) else "Under an expression of concern"
            said = (
                f"{notice}; notice doi:{ref.retraction.doi}."
                if ref.retraction.doi
                else notice + "."
            )
            entries.append(
                Entry(
                    _ref_key(ref),
                    (line(reference_label(ref, LONG_TITLE_CHARS)), line(Span(said, "bad"))),
                )
            )
        sections.append(
            Section("Retracted or doubted works: do not rest claims on them", "bad", tuple(entries))
        )
    unlisted = placed.take(
        r for r in refs if r.reasons and r.reasons[0].code == "not_in_reference_list"
    )
    if unlisted:
        sections.append(
            Section(
                "Cited in the text but missing from the reference list",
                "warn",
                tuple(
                    Entry(
                        _ref_key(ref),
                        (line(reference_label(ref, LONG_TITLE_CHARS), _cited_at(article, ref)),),
                    )
                    for ref in unlisted
                ),
            )
        )
    if uncited := never_cited(article):
        sections.append(
            Section(
                _NEVER_CITED,
                "warn",
                tuple(
                    Entry(_ref_key(ref), (line(reference_label(ref, LONG_TITLE_CHARS)),))
                    for ref in uncited
                ),
            )
        )
    if odd_years := [c for c in article.citations if c.reasons and c.reference_id is not None]:
        sections.append(
            Section(
                _YEAR_DIFFERS,
                "warn",
                tuple(
                    Entry(
                        (Span(c.reference_id or "", code=True),),
                        (
                            line(f"“{c.text}”", _where(article, c.start)),
                            *(line(Span(reason.message, "dim")) for reason in c.reasons),
                        ),
                    )
                    for c in odd_years
                ),
            )
        )
    suspect = placed.take(r for r in refs if leads_elsewhere(r) is not None)
    if suspect:
        entries = []
        for ref in suspect:
            text = [line(reference_label(ref, LONG_TITLE_CHARS))]
            if note := reference_note(ref):
                text.append(line(Span(note, "dim")))
            entries.append(Entry(_ref_key(ref), tuple(text)))
        sections.append(
            Section("Identifier leads to another work: check by hand", "warn", tuple(entries))
        )
    mismatched = placed.take(r for r in refs if r.verdict is Verdict.METADATA_MISMATCH)
    if mismatched:
        sections.append(
            Section(
                "Correct these details (cited → found)",
                "warn",
                tuple(
                    Entry(
                        _ref_key(ref),
                        (
                            tuple(line(d) for d in field_differences(ref))
                            or (line("The cited details differ from the record."),)
                        )
                        + _doi_to_add(ref),
                    )
                    for ref in mismatched
                ),
            )
        )
    # a notice beside any verdict, so not placed: a reference may also sit in a section above
    two_dois = [r for r in refs if other_doi_note(r) is not None]
    if two_dois:
        sections.append(
            Section(
                _SECOND_DOI,
                "warn",
                tuple(
                    Entry(
                        _ref_key(ref),
                        (
                            line(reference_label(ref, LONG_TITLE_CHARS)),
                            line(Span(note, "dim")),
                        ),
                    )
                    for ref in two_dois
                    if (note := other_doi_note(ref)) is not None
                ),
            )
        )
    # also a notice: the later entry may be placed above for a fault of its own
    twice = [(r, m) for r in refs for m in r.reasons if m.code == "listed_twice"]
    if twice:
        sections.append(
            Section(
                _LISTED_TWICE,
                "warn",
                tuple(
                    Entry(
                        _ref_key(ref),
                        (
                            line(reference_label(ref, LONG_TITLE_CHARS)),
                            line(Span(_sentence(reason.message), "dim")),
                        ),
                    )
                    for ref, reason in twice
                ),
            )
        )
    sections += _claims_section(
        article,
        [row for row in rows if any(_accusing(s) for s in row.support)],
        "Claims resting on works not found, with a wrong DOI, or retracted",
        "bad",
        _accusing,
    )
    return sections


# Notices about how the article cites a work, beside its verdict: a reference listed under one
# still appears in the sections below the action list (`_rest_sections`).
_NEVER_CITED = "Listed but never cited in the text: cite or remove"
_SECOND_DOI = "Entry gives a second DOI: check which work is meant"
_LISTED_TWICE = "Listed twice in the reference list: merge the entries"
_YEAR_DIFFERS = "Year in the text differs from the entry: make them agree"
_NOTICES = frozenset({_NEVER_CITED, _SECOND_DOI, _LISTED_TWICE, _YEAR_DIFFERS})


def never_cited(article: ArticleFindings) -> list[Reference]:
    """Reference-list entries no in-text citation names (`Reference.never_cited`), unless a
    citation now names them (a merge of the same work may have moved one)."""
    cited = {c.reference_id for c in article.citations}
    return [r for r in article.references if r.never_cited and r.id not in cited]


def _accusing(support: Support) -> bool:
    """A source that is known to be bad, not merely unchecked."""
    return support.verdict in (Verdict.NOT_FOUND, Verdict.WRONG_DOI) or (
        support.notice in WEAK_NOTICES
    )


def _claims_section(
    article: ArticleFindings,
    rows: list[ClaimRow],
    heading: str,
    style: Style,
    which: Callable[[Support], bool],
) -> list[Section]:
    if not rows:
        return []
    entries = tuple(
        Entry(
            line(Span(row.claim.id, code=True)),
            (
                line(
                    f"“{shorten(row.claim.text, 60)}”",
                    _where(article, row.claim.start),
                    " rests on ",
                    *_joined(s.reference_id for s in row.support if which(s)),
                ),
            ),
        )
        for row in rows
    )
    return [Section(heading, style, entries)]


def _unsupported_section(article: ArticleFindings) -> Section | None:
    """Claims their cited work contradicts, or that rest only on weak evidence: first of all,
    because these are statements an editor must change."""
    entries = []
    for row in unsupported_claims(article):
        text: list[Line] = [
            line(Span(f"“{row.claim.text}”", "value"), _where(article, row.claim.start)),
            line(Span(row.problem, "bad")),
        ]
        if row.source_sentence:
            section = f" ({row.support.section})" if row.support.section else ""
            text.append(line(Span(f"Source{section}: “{row.source_sentence}”", "dim")))
        text.append(line(Span(row.todo, "dim")))
        key = line(Span(row.claim.id, code=True), " → ", Span(row.support.reference_id, code=True))
        entries.append(Entry(key, tuple(text)))
    return Section(UNSUPPORTED_HEADING, "bad", tuple(entries)) if entries else None


def _doi_to_add(ref: Reference) -> Cell:
    if (suggested := _suggested(ref)) is None or any(
        d.startswith("doi:") for d in field_differences(ref)
    ):
        return ()
    return (line("DOI → ", Span(suggested, "doi", code=True)),)


def _cited_at(article: ArticleFindings, ref: Reference) -> Span:
    """Where `ref` is first cited in the text ("(line 3)"), or nothing."""
    first = next((c.start for c in article.citations if c.reference_id == ref.id), None)
    return _where(article, first) if first is not None else Span("")


def _where(article: ArticleFindings, offset: int) -> Span:
    where = _line_of(article, offset)
    return Span(f" ({where})" if where else "", "dim")


def _joined(ids: Iterable[str]) -> list[Span]:
    spans: list[Span] = []
    for index, rid in enumerate(ids):
        if index:
            spans.append(Span(", "))
        spans.append(Span(rid, code=True))
    return spans


def _rest_sections(
    article: ArticleFindings, rows: list[ClaimRow], placed: set[str]
) -> list[Section]:
    sections: list[Section] = []
    refs = [r for r in article.references if r.id not in placed]
    add_doi = [r for r in refs if r.verdict in _CONFIDENT and _suggested(r)]
    if add_doi:
        sections.append(
            Section(
                "Add these DOIs",
                "info",
                tuple(
                    Entry(_ref_key(ref), (line(Span(_suggested(ref) or "", "doi", code=True)),))
                    for ref in add_doi
                ),
            )
        )
    groups: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.verdict is Verdict.UNVERIFIABLE:
            groups.setdefault(reference_note(ref) or "The reason was not recorded.", []).append(ref)
    if groups:
        entries = []
        for sentence, members in groups.items():
            text: list[Line] = [line(sentence)]
            for ref in members:
                if suggested := _suggested(ref):
                    text.append(line(f"{ref.id}: likely ", Span(suggested, "doi", code=True)))
            entries.append(Entry(tuple(_joined(r.id for r in members)), tuple(text)))
        sections.append(
            Section("Could not be checked; check these by hand", "info", tuple(entries))
        )
    corrected = [r for r in refs if r.retraction is not None and r.retraction.kind == "correction"]
    if corrected:
        sections.append(
            Section(
                "Corrected by the publisher (worth a look)",
                "dim",
                tuple(Entry(_ref_key(ref), (line(reference_label(ref)),)) for ref in corrected),
            )
        )
    uncited = [row for row in rows if row.uncited]
    if uncited:
        sections.append(
            Section(
                "Claims citing no source",
                "dim",
                tuple(
                    Entry(
                        line(Span(row.claim.id, code=True)),
                        (
                            line(
                                f"“{shorten(row.claim.text, 80)}”", _where(article, row.claim.start)
                            ),
                        ),
                    )
                    for row in uncited
                ),
            )
        )
    return sections


# Why a reference could not be checked, in a few words: the summary line names each unchecked
# reference under its reason, so an unchecked (perhaps invented) work is never passed over.
_UNCHECKED_WHY: dict[str, str] = {
    "offline": "offline",
    "network": "lookup failed",
    "not_in_snapshot": "not in the snapshot",
    "too_little_to_search": "too little to search on",
    "not_journal_article": "not a journal article",
    "journal_other_script": "journal in another script",
    "probable_match": "likely match to confirm",
    "other_agency": "DOI of another agency",
    "not_scholarly": "not a scholarly work",
}
_UNCHECKED_IDS_SHOWN = 12


def _unchecked_by_why(unchecked: list[Reference]) -> str:
    """ "offline: ref-2, ref-5; lookup failed: ref-3", the ids of each reason in order."""
    groups: dict[str, list[str]] = {}
    for ref in unchecked:
        why = next((_UNCHECKED_WHY[r.code] for r in ref.reasons if r.code in _UNCHECKED_WHY), "")
        groups.setdefault(why or "see the full report", []).append(ref.id)
    parts = []
    for why, ids in groups.items():
        shown = ", ".join(ids[:_UNCHECKED_IDS_SHOWN])
        more = (
            f" and {len(ids) - _UNCHECKED_IDS_SHOWN} more"
            if len(ids) > _UNCHECKED_IDS_SHOWN
            else ""
        )
        parts.append(f"{why}: {shown}{more}")
    return "; ".join(parts)


def _verdict_sentence(
    article: ArticleFindings, action: list[Section], rows: list[ClaimRow], only: Only
) -> Span | None:
    """The line under what needs action: all clear only when every reference was checked; else
    how many could not be, which and why (never "nothing wrong": an unchecked work may be
    invented). Beside action sections only under --only problems, whose report lists no
    unchecked reference otherwise."""
    unchecked = [ref for ref in article.references if ref.verdict is Verdict.UNVERIFIABLE]
    if action:
        if only == "all" or not unchecked:
            return None
        count = plural(len(unchecked), "reference")
        return Span(f"{count} could not be checked ({_unchecked_by_why(unchecked)}).", "info")
    uncited = sum(1 for row in rows if row.uncited)
    if not article.references:
        cite = f"; {plural(uncited, 'claim')} cite no source" if uncited else ""
        cite = cite.replace("1 claim cite ", "1 claim cites ")
        return Span(f"No references found{cite}.", "warn" if uncited else "dim")
    if not unchecked:
        return Span("✓ Nothing to fix: every checked reference holds up.", "ok")
    why = _unchecked_by_why(unchecked)
    if len(unchecked) == len(article.references):
        if len(unchecked) == 1:
            return Span(f"The only reference could not be checked ({why}).", "info")
        return Span(f"None of the {len(unchecked)} references could be checked ({why}).", "info")
    checked = plural(len(article.references) - len(unchecked), "reference")
    return Span(
        f"No problem found in {checked} checked; {len(unchecked)} could not be checked ({why}).",
        "info",
    )


# --- tables ------------------------------------------------------------------------------------


def _references_table(article: ArticleFindings, title_chars: int) -> Table:
    columns = (
        Column("id"),
        Column("reference (as cited)", main=True),
        Column("verdict"),
        Column("conf", numeric=True),
        Column("cited → found", wide_only=True, style="warn"),
        Column("suggested DOI", wide_only=True, style="doi"),
    )
    rows = []
    for ref in article.references:
        style = reference_style(ref)
        label: list[Line] = [line(reference_label(ref, title_chars))]
        if note := reference_note(ref):
            label.append(line(Span(note, "dim")))
        verdict: list[Line] = [line(Span(f"{style.symbol} {style.label}", _style_of(ref)))]
        if mark := retraction_mark(ref):
            verdict.append(line(Span(mark, "bad")))
        suggested = _suggested(ref)
        differences = field_differences(ref)
        if any(d.startswith("doi:") for d in differences):
            suggested = None  # the failed doi check names the right DOI already: said once
        rows.append(
            Row(
                cells=(
                    (line(Span(ref.id, code=True)),),
                    tuple(label),
                    tuple(verdict),
                    (line(_confidence(ref)),),
                    tuple(line(Span(d, "warn")) for d in differences),
                    (line(Span("DOI → " + suggested, "doi", code=True)),) if suggested else (),
                ),
                strong=ref.verdict in (Verdict.NOT_FOUND, Verdict.WRONG_DOI) or is_retracted(ref),
            )
        )
    return Table("References", columns, tuple(rows), "No references found.")


def _style_of(ref: Reference) -> Style:
    value = status(ref)
    if value in (Verdict.NOT_FOUND, Verdict.WRONG_DOI, "retracted"):
        return "bad"
    if value is Verdict.METADATA_MISMATCH:
        return "warn"
    if value is Verdict.UNVERIFIABLE:
        return "info"
    if value is Verdict.VERIFIED:
        return "ok"
    return "dim"


def _rests_on(row: ClaimRow, by_id: dict[str, Reference]) -> Cell:
    if row.uncited:
        return (line(Span("no citation", "dim")),)
    lines: list[Line] = []
    for support in row.support:
        if not support.known:
            lines.append(line(Span(f"? {support.reference_id} (unknown)", "dim")))
            continue
        style = support.style
        ref = by_id[support.reference_id]
        spans = [
            Span(f"{style.symbol} ", _style_of(ref)),
            Span(support.reference_id, _style_of(ref), code=True),
        ]
        spans.append(Span(f" {style.label}", _style_of(ref)))
        if support.mark:
            spans.append(Span(f" {support.mark}", "bad"))
        lines.append(tuple(spans))
    if (said := _source_says(row)) is not None:
        lines.append(said)
    if row.claim.linked_by is not None:
        # the claim's own sentence cites nothing: say where its source was taken from
        lines.append(line(Span(_LINKED_BY[row.claim.linked_by], "dim")))
    if row.weak:
        lines.append(line(Span("⚠ unconfirmed source", "bad")))
    return tuple(lines)


# What the cited work's own text says about the claim (`Claim.support`), beside the reference's
# verdict: a verified reference does not make a claim it contradicts right.
_SOURCE_SAYS: dict[str, tuple[str, Style]] = {
    "contradicted": ("✗ contradicted by the source", "bad"),
    "consistent": ("✓ the source agrees", "ok"),
    "not_in_source": ("· not in the source's abstract", "dim"),
}


def _source_says(row: ClaimRow) -> Line | None:
    support = row.claim.support
    if support is None or support.verdict not in _SOURCE_SAYS:
        return None
    text, style = _SOURCE_SAYS[support.verdict]
    return line(Span(text, style))


def _contradicted(row: ClaimRow) -> bool:
    return row.claim.support is not None and row.claim.support.verdict == "contradicted"


_LINKED_BY = {
    "next_sentence": "(cited in the next sentence)",
    "paragraph_end": "(cited at the paragraph's end)",
    "previous_sentence": "(cited in an earlier sentence of its paragraph)",
}


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _value_cell(text: str, value: str) -> Cell:
    """The normalised value, unless it only repeats the claim's words ("within 72 hours")."""
    if _plain(value) == _plain(text):
        return ()
    return (line(Span("= " + value, "value")),)


def _claims_table(article: ArticleFindings, claims: list[ClaimRow] | None = None) -> Table:
    columns = (
        Column("id"),
        Column("claim", main=True),
        Column("value", wide_only=True, style="value"),
        Column("hedge", wide_only=True, style="hedge"),
        Column("rests on"),
    )
    by_id = {ref.id: ref for ref in article.references}
    rows: list[Row] = []
    for claim_type, group in claims_by_type(claim_rows(article) if claims is None else claims):
        rows.append(Row(group=f"{claim_type} ({len(group)})"))
        for row in group:
            claim = row.claim
            hedge = hedge_text(claim)
            flagged = row.weak or _contradicted(row)
            rows.append(
                Row(
                    cells=(
                        (line(Span(claim.id, "bad" if flagged else "", code=True)),),
                        (
                            line(
                                "“" + " ".join(claim.text.split()) + "”",
                                _where(article, claim.start),
                            ),
                        ),
                        _value_cell(claim.text, row.value),
                        (line(Span("hedged: " + hedge, "hedge")),) if hedge else (),
                        _rests_on(row, by_id),
                    ),
                    strong=flagged,
                )
            )
    return Table("Claims by type", columns, tuple(rows), "No checkable claims found.")


def _citations_table(article: ArticleFindings) -> Table:
    columns = (
        Column("id"),
        Column("text as cited", main=True),
        Column("kind"),
        Column("reference"),
    )
    rows = tuple(
        Row(
            cells=(
                (line(Span(c.id, code=True)),),
                (line(c.text, _where(article, c.start)),),
                (line(c.kind),),
                (
                    line(Span(c.reference_id, code=True))
                    if c.reference_id
                    else line(Span("no match", "warn")),
                ),
            )
        )
        for c in article.citations
    )
    return Table("In-text citations", columns, rows, "No in-text citations found.")


# --- the whole report --------------------------------------------------------------------------


def _summary(
    articles: Sequence[ArticleFindings], rows: Sequence[list[ClaimRow]] | None = None
) -> SummaryView:
    """`rows`: each article's `claim_rows`, when the caller has them (a row a claim is costly)."""
    references = [ref for article in articles for ref in article.references]
    claims = sum(len(article.claims) for article in articles)
    facts: list[Span] = []
    if len(articles) > 1:
        facts.append(Span(f"{len(articles)} articles · "))
    facts.append(Span(f"{plural(len(references), 'reference')} · {plural(claims, 'claim')}"))
    flagged = sum(1 for ref in references if ref.retraction is not None)
    if flagged:
        facts += [Span(" · "), Span(f"{flagged} retracted/flagged", "bad")]
    contradicted = sum(
        1
        for article in articles
        for claim in article.claims
        if claim.support is not None and claim.support.verdict == "contradicted"
    )
    if contradicted:
        facts += [Span(" · "), Span(f"{plural(contradicted, 'claim')} contradicted", "bad")]
    if rows is None:
        rows = [claim_rows(article) for article in articles]
    weak = sum(1 for article_rows in rows for row in article_rows if row.weak)
    if weak:
        facts += [Span(" · "), Span(f"{plural(weak, 'claim')} on unconfirmed sources", "bad")]
    return SummaryView(tuple(facts), verdict_counts(references), len(references))


def _article_view(
    article: ArticleFindings, view: View, only: Only, title_chars: int
) -> ArticleView:
    rows = claim_rows(article)
    if view == "claims":
        return ArticleView(
            article.path, line(plural(len(article.claims), "claim")), None, (), None,
            (_claims_table(article, rows),), (),
        )  # fmt: skip
    if view == "refs":
        unmatched = sum(1 for c in article.citations if c.reference_id is None)
        heading: list[Span] = [
            Span(
                f"{plural(len(article.references), 'reference')} · "
                f"{plural(len(article.citations), 'in-text citation')}"
            )
        ]
        if unmatched:
            heading.append(Span(f" · {unmatched} match no reference", "warn"))
        listed = [_references_table(article, title_chars)]
        if article.citations:
            listed.append(_citations_table(article))
        return ArticleView(article.path, tuple(heading), None, (), None, tuple(listed), ())
    action = _action_sections(article, rows)
    placed = {
        "".join(s.text for s in entry.key)
        for section in action
        if section.heading not in _NOTICES
        for entry in section.entries
    }
    rest = _rest_sections(article, rows, placed)
    tables: tuple[Table, ...] = ()
    if only == "all":
        tables = (_references_table(article, title_chars), _claims_table(article, rows))
    else:
        rest = []  # --only problems: what needs action, and nothing else
    return ArticleView(
        article.path,
        (),
        _summary([article], [rows]),
        tuple(action),
        _verdict_sentence(article, action, rows, only),
        tables,
        tuple(rest),
    )


_TITLES = {"audit": "report", "claims": "claims", "refs": "references"}


def build_report(
    findings: Findings,
    *,
    view: View = "audit",
    only: Only = "all",
    title_chars: int = LONG_TITLE_CHARS,
) -> ReportView:
    """The report of `view` for every article; `only="problems"` keeps what needs action."""
    articles = tuple(_article_view(a, view, only, title_chars) for a in findings.articles)
    total = _summary(findings.articles) if view == "audit" and len(findings.articles) > 1 else None
    shows_confidence = (
        view != "claims"
        and only == "all"
        and any(ref.verdict in _CONFIDENT for a in findings.articles for ref in a.references)
    )
    return ReportView(
        title=f"citecheck {_TITLES[view]}",
        articles=articles,
        total=total,
        notes=(CONFIDENCE_NOTE,) if shows_confidence else (),
        footer=f"citecheck {findings.tool.version} · {findings.generated_at}"
        if view == "audit"
        else None,
        empty=None if findings.articles else "No articles or bibliographies were given.",
    )
