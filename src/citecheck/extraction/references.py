"""All references an article cites, and its in-text citations linked to them.

Order of references (CONTRIBUTING.md, Ids): `--bib` entries, then the article's reference list,
then in-text-only references. An in-text citation that matches a list entry points at it, since
that is what the article cites; only when no list entry matches may it point at a bib entry. One
that matches nothing becomes an `in_text` reference of its own (shared by repeated mentions),
carrying what the sentence says so that the resolver can search for it.

`work_kind` of in-text-only references: a named news outlet is "news" and an institution
"institution" even when the sentence describes an underlying study (the Harvard Gazette on the
403-patient ketamine-vs-ECT trial): the article cites the report, not the trial. Their `context`
then holds the citing sentence plus the following sentences of the paragraph (up to two), where
such details usually sit, so the resolver may still search for the study. "According to a
published review" with nothing to search on is "unknown".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise

from rapidfuzz import fuzz

from citecheck.doi import find_dois
from citecheck.extraction.bibkeys import KeyIndex
from citecheck.extraction.citations import FoundCitation
from citecheck.extraction.document import Document, as_document
from citecheck.extraction.folding import same_journal
from citecheck.extraction.footnotes import NoteLinks
from citecheck.extraction.names import (
    UNCASED,
    acronym_opening,
    acronym_openings,
    fold,
    is_organisation,
    stands_for,
)
from citecheck.extraction.reflist import parse_reference
from citecheck.extraction.topics import mention_topic
from citecheck.lexicon import LEXICON
from citecheck.models import Citation, CitationKind, Cited, Reason, Reference

_NAME_MATCH = 85.0  # rapidfuzz ratio on folded family names: tolerates one or two typos
_STRONG_NAME_MATCH = 95.0  # needed before a year off by one is forgiven
_JOURNAL_MATCH = 90.0
_TITLE_MATCH = 90.0
_FOLLOWING_SENTENCES = 2


def extract_references(
    text: str | Document, bib: list[Reference] | None = None
) -> tuple[list[Reference], list[Citation]]:
    """References (ids ref-1..) and in-text citations (ids cite-1.., text order) of `text`."""
    document = as_document(text)
    text = document.text
    references: list[Reference] = []
    for bib_entry in bib or []:
        references.append(bib_entry.model_copy(update={"id": f"ref-{len(references) + 1}"}))
    list_entries = document.reference_entries
    list_refs: list[Reference] = []
    for entry in list_entries:
        cited, work_kind = parse_reference(entry.raw)
        ref = Reference(
            id=f"ref-{len(references) + 1}",
            origin="reference_list",
            raw=document.written(entry.start, entry.end),  # parsed in the view, quoted as written
            cited=cited,
            start=entry.start,
            end=entry.end,
            work_kind=work_kind,
        )
        references.append(ref)
        list_refs.append(ref)
    in_text_keys: dict[tuple[object, ...], str] = {}
    pools = _Pools(list_refs, references)
    citations: list[Citation] = []
    found_all = document.citations
    prose = document.prose  # where `document.citations` were found
    credited = _captioned_credits(document.prose, found_all)  # where they were found
    # sentences that name their work ("A 2023 trial ... [1]"): an unnamed mention there is that
    # work, not another one to look up with nothing to search on
    named_sentences = {
        document.sentence_at(found.start) for found in found_all if not _names_nothing(found)
    } - {None}
    numbering = _list_numbering(list_refs, text)
    numbered_refs = [ref for ref in list_refs if ref.id not in numbering.footnote_ids]
    # marks that are not the list's numbering: notes defined in the body ("[^1]: See ..."),
    # and every number of an article citing an author-year list by author and year
    noted = _noted_labels(text, numbering)
    notes = _numbers_are_notes(found_all, numbering, list_refs, pools, text)
    numbered_in = _numbered_by_sentence(document, found_all, numbering)
    note_links = NoteLinks(text, list_refs, set(numbering.footnotes))
    written_dois = _written_dois(document, found_all)
    doi_of = {id(mention): doi for mention, doi in written_dois}
    sentence_doi = _sentence_dois(document, found_all, written_dois)
    if written_dois:
        found_all = sorted(
            [*found_all, *(mention for mention, _ in written_dois)], key=lambda c: c.start
        )
    doi_refs: dict[str, str] = {}  # a DOI written in the prose -> its reference
    author_year = _AuthorYearUse({ref.id for ref in list_refs})
    listed_without_doi = {ref.id for ref in list_refs if not ref.cited.doi}
    for index, found in enumerate(found_all):
        if id(found) in doi_of:
            doi = doi_of[id(found)]
            doi_ref_id = _listed_doi(doi, list_refs) or doi_refs.get(doi)
            if doi_ref_id is None:
                ref = _doi_reference(found, doi, f"ref-{len(references) + 1}", document)
                references.append(ref)
                doi_ref_id = doi_refs[doi] = ref.id
            citations.append(Citation(
                id=f"cite-{len(citations) + 1}", text=found.text, start=found.start,
                end=found.end, kind=found.kind, reference_id=doi_ref_id,
            ))  # fmt: skip
            continue
        if _names_nothing(found) and document.sentence_at(found.start) in named_sentences:
            continue
        if found.form == "venue" and _match(found, pools) is None:
            # "... published in the New England Journal of Medicine.1": the journal is where the
            # numbered entry the sentence cites appeared, not another work to look up
            at = document.sentence_at(found.start)
            cited_here = numbered_in.get(at, []) if at is not None else []
            if len(cited_here) > 1:
                continue
            if cited_here:
                citations.append(Citation(
                    id=f"cite-{len(citations) + 1}", text=found.text, start=found.start,
                    end=found.end, kind=found.kind, reference_id=cited_here[0],
                ))  # fmt: skip
                continue
        if index in credited:
            # the caption's author-year line names the work its credit titles: one reference
            found = credited[index]
        note_linked = _note_link(found, numbering, note_links, references, document)
        if note_linked is not None:
            # "[^1]" beside a bibliography of its own: its note says which work it cites
            citations.append(Citation(
                id=f"cite-{len(citations) + 1}", text=found.text, start=found.start,
                end=found.end, kind=found.kind, reference_id=note_linked[0],
            ))  # fmt: skip
            continue
        if found.form == "numeric" and _a_note(found, numbering, noted, notes):
            continue
        numbered = _numbered_entries(found, numbering, text) if found.form == "numeric" else []
        if numbered:
            # "[2-4]" cites three entries: one citation each, sharing the bracket's span, since a
            # citation names one reference (contract) and each of the three must be linked
            for numbered_id in numbered:
                citations.append(Citation(
                    id=f"cite-{len(citations) + 1}", text=found.text, start=found.start,
                    end=found.end, kind=found.kind, reference_id=numbered_id,
                ))  # fmt: skip
            continue
        if found.form == "key":
            # "[@a; @b]" names two bib entries: one citation each, as for "[2-4]"
            for keyed_id in _keyed_entries(found, references):
                citations.append(Citation(
                    id=f"cite-{len(citations) + 1}", text=found.text, start=found.start,
                    end=found.end, kind=found.kind, reference_id=keyed_id,
                ))  # fmt: skip
            continue
        linked = _linked_doi(prose, found)
        linked_doi = linked[0] if linked else None
        guessed = False  # the link is the sentence's, not written after the mention
        if (
            linked_doi is None
            and found.form in _LINKABLE_FORMS
            and (at := document.sentence_at(found.start)) in sentence_doi
            and _match(found, pools, listed_only=True) is None
        ):
            # "A study in The Lancet ... followed [291 children](https://doi.org/...)": the
            # sentence's one link names the work its one mention describes, when no list entry
            # answers the mention itself
            linked_doi = sentence_doi[at]
            guessed = True
        if linked_doi is None:
            ref_id = _match(found, pools)
        else:
            # the DOI the mention links to says which work it is, before any name or journal
            ref_id = _listed_doi(linked_doi, list_refs) or doi_refs.get(linked_doi)
            matched = _match(found, pools, listed_only=True) if ref_id is None else None
            if matched in listed_without_doi:
                ref_id = matched
        if (
            ref_id is None
            and found.needs_match
            and linked_doi is None
            and not _beyond_the_list(found, numbering, prose)
        ):
            continue
        if ref_id is None and found.form != "unnamed" and linked_doi is None:
            key = _in_text_key(found)
            ref_id = in_text_keys.get(key)
        if ref_id is None and guessed and linked_doi is not None:
            # the mention may describe another work ("a review in the BMJ criticised [the
            # trial](https://doi.org/...)"): the work is looked up by its DOI alone, and the
            # mention's journal, authors and year are never held against it
            ref = _doi_reference(found, linked_doi, f"ref-{len(references) + 1}", document)
            references.append(ref)
            ref_id = doi_refs[linked_doi] = ref.id
        if ref_id is None:
            ref = _in_text_reference(found, f"ref-{len(references) + 1}", document)
            if linked_doi is not None:
                # "a study in the New England Journal of Medicine (https://doi.org/...)": the
                # link says which work the mention names
                ref.cited = ref.cited.model_copy(update={"doi": linked_doi})
                doi_refs[linked_doi] = ref.id
            references.append(ref)
            pools.add_in_text(ref)
            ref_id = ref.id
            if found.form != "unnamed" and linked_doi is None:
                in_text_keys[_in_text_key(found)] = ref_id
        if found.form == "author_year" and not found.quoted and linked_doi is None:
            author_year.add(ref_id, found)
        citations.append(
            Citation(
                id=f"cite-{len(citations) + 1}",
                text=found.text,
                start=found.start,
                end=found.end,
                kind=found.kind,
                reference_id=ref_id,
                reasons=_year_reasons(found, ref_id, references),
            )
        )
    _mark_never_cited(numbered_refs, numbering, citations, text)
    author_year.check(list_refs, references, citations, text, prose)
    for ref in references:
        if ref.origin == "in_text" and ref.cited.doi and ref.id in doi_refs.values():
            ref.unlisted = False  # an inline link is its own citation of the work it names
    if numbering.mixed:
        # a footnote's mark names its definition by label, for certain: one no mark names is
        # never cited
        cited_ids = {c.reference_id for c in citations}
        for ref in numbering.footnotes.values():
            ref.never_cited = ref.id not in cited_ids
    if document.rewritten:  # found in `Document.prose`: spans and text as the article has them
        for citation in citations:
            citation.start, citation.end = document.written_span(citation.start, citation.end)
            citation.text = document.written(citation.start, citation.end)
        for ref in references:
            if ref.origin == "in_text" and ref.start is not None and ref.end is not None:
                ref.start, ref.end = document.written_span(ref.start, ref.end)
                ref.raw = document.written(ref.start, ref.end)
    return references, citations


YEAR_DIFFERS = "year_differs"


def _year_reasons(found: FoundCitation, ref_id: str, references: list[Reference]) -> list[Reason]:
    """ "(Hay et al., 2009)" linked to the list's "Hay ... 2008": the article gives two years for
    one work. Said on the citation, which of the two is wrong is not: the entry's own verdict
    tells whether its year is the record's."""
    if found.year is None:
        return []
    ref = next((r for r in reversed(references) if r.id == ref_id), None)
    if ref is None or ref.origin == "in_text" or ref.cited.year in (None, found.year):
        return []
    where = "the reference list" if ref.origin == "reference_list" else "the bibliography entry"
    return [
        Reason(
            code=YEAR_DIFFERS,
            message=f"the text gives {found.year}, {where} {ref.cited.year}",
        )
    ]


def _mark_never_cited(
    list_refs: list[Reference], numbering: _Numbering, citations: list[Citation], text: str
) -> None:
    """Mark the list entries no citation names, when the article cites its list by number and
    each number names one entry for certain: the list prints every entry's number, or no entry
    prints a number other than its place. An author-year mention the reader missed would make
    a cited entry look uncited, so author-year articles are never marked."""
    listed = {ref.id for ref in list_refs}
    if not any(c.kind == "numeric" and c.reference_id in listed for c in citations):
        return
    for place, ref in enumerate(list_refs, start=1):
        printed = _printed_as(text, ref)
        if not numbering.printed and printed is not None and printed != place:
            return
    cited = {c.reference_id for c in citations}
    body_end = min((ref.start for ref in list_refs if ref.start is not None), default=len(text))
    written = _whole_numbers(text, body_end)
    for number, ref in numbering.by_number.items():
        # a number the body writes anywhere may be a citation in a form not read ("fixation
        # 17–20.", "(see 40)"): only an entry whose number appears nowhere is marked
        ref.never_cited = ref.id not in cited and number not in written


# An author-year mention this many years older than the list's oldest entry names a classic
# ("as Darwin (1859) argued"), not a source the list should hold.
_CLASSIC_YEARS = 25


class _AuthorYearUse:
    """How an article cites its list by author and year: the list entries author-year mentions
    name, and the in-text references made for mentions no entry answers.

    `check` marks both faults the numbered check marks (`_mark_never_cited`) in an article
    that cites no entry by number, only where the list is read well enough to tell: at least
    half of its distinct author-year mentions name an entry (a list the parser misread matches
    few; then no mention is reported missing, bracketed or not). Each mark has a guard against
    a mention the reader missed or an entry it misread:
    - an entry is never cited only when its first author's family name appears nowhere in the
      body ("Zhang (in press)", "Van der Berg & de Vries (2020)" are not read as citations);
    - a mention is missing from the list only when no entry's text holds one of its authors
      and its year together, its year is no classic's (`_CLASSIC_YEARS`), and it names
      no study ("The Women's Health Initiative (2002) showed", `_STUDY_NAME`);
    - neither is marked when the other fault has the same year: an unanswered mention and an
      uncited entry of one year may be one work under two names ("HHS" for "U.S. Department
      of Health and Human Services")."""

    def __init__(self, listed: set[str]) -> None:
        self.listed = listed
        self.named: set[str] = set()  # list entries named by an author-year mention
        self.unnamed: dict[str, FoundCitation] = {}  # in-text reference -> its first mention

    def add(self, ref_id: str, found: FoundCitation) -> None:
        if ref_id in self.listed:
            self.named.add(ref_id)
        else:
            self.unnamed.setdefault(ref_id, found)

    def check(
        self,
        list_refs: list[Reference],
        references: list[Reference],
        citations: list[Citation],
        text: str,
        prose: str,
    ) -> None:
        if not list_refs or not (self.named or self.unnamed):
            return
        # a numbered article: `_mark_never_cited` and the audit's rule by kind decide, but for
        # a mention an entry's text answers
        numbered = any(c.kind == "numeric" and c.reference_id in self.listed for c in citations)
        reliable = not numbered and len(self.named) >= len(self.unnamed)
        in_text = {ref.id: ref for ref in references if ref.origin == "in_text"}
        years = [ref.cited.year for ref in list_refs if ref.cited.year is not None]
        oldest = min(years, default=0)
        # the entries, and every line of the list: a line the list reader kept no entry for
        # ("U.S. Department of Health and Human Services. (2018). ...") still holds its work
        list_start = min((ref.start for ref in list_refs if ref.start is not None), default=None)
        lines = _lines_from(text, list_start)
        entries = _EntryYears([fold(ref.raw) for ref in list_refs] + [fold(x) for _, x in lines])
        cited = {c.reference_id for c in citations}
        # an unanswered mention and an uncited entry of one year may be one work under two
        # names ("(HHS, 2018)" for "U.S. Department of Health and Human Services (2018)",
        # "NCD-RisC", "Chang" for "Zhang"): neither is reported
        uncited_years = {ref.cited.year for ref in list_refs if ref.id not in cited}
        # and a list line no entry starts on may be an uncited work of the years it writes
        starts = sorted(r.start for r in list_refs if r.start is not None)
        uncited_years.update(int(y) for y in _unread_years(lines, starts))
        stray_years: set[int | None] = set()
        for ref_id, found in self.unnamed.items():
            ref = in_text.get(ref_id)
            if ref is None:
                continue
            stray_years.add(found.year)  # an entry's text may answer it, unmatched
            if entries.name(found):
                ref.unlisted = False
            elif not numbered:
                ref.unlisted = (
                    reliable
                    and found.year is not None
                    and found.year >= oldest - _CLASSIC_YEARS
                    and found.year not in uncited_years
                    and (found.kind != "narrative" or not _named_study(prose, found))
                )
        if not reliable or not self.named:
            return
        body = fold(text[: len(text) if list_start is None else list_start])
        words = set(_NAME_WORD.findall(body))  # once: a long text may list thousands of entries
        for ref in list_refs:
            if ref.id in cited or not ref.cited.authors or ref.cited.year is None:
                continue
            ref.never_cited = ref.cited.year not in stray_years and not _named_in(
                body, ref.cited.authors[0], words
            )


def _lines_from(text: str, start: int | None) -> list[tuple[int, str]]:
    """Each line of `text` from `start` on, with its offset."""
    if start is None:
        return []
    out: list[tuple[int, str]] = []
    for line in text[start:].splitlines(keepends=True):
        out.append((start, line))
        start += len(line)
    return out


_ENTRY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _unread_years(lines: list[tuple[int, str]], starts: list[int]) -> list[str]:
    """The years written on the lines no entry starts on (both in text order): a line the
    reader kept no entry for, or one it joined to the entry above."""
    years: list[str] = []
    at = 0
    for offset, line in lines:
        while at < len(starts) and starts[at] < offset:
            at += 1
        if at < len(starts) and starts[at] < offset + len(line):
            continue  # an entry starts on this line
        years.extend(_ENTRY_YEAR.findall(line))
    return years


# "The Women's Health Initiative (2002) showed": a study named, not its authors (no author is
# "the"); the mention's words follow the article and up to four capitalised words
_STUDY_NAME = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){0,4}\Z")


_STUDY_NAME_REACH = 80


def _named_study(prose: str, found: FoundCitation) -> bool:
    return (
        _STUDY_NAME.search(prose, max(0, found.start - _STUDY_NAME_REACH), found.start) is not None
    )


class _EntryYears:
    """The list entries' folded texts, indexed once by each year they write, and the words
    each year's entries hold: a mention is looked up in time of its own names, not the list's
    length (an article may hold thousands of mentions and entries)."""

    def __init__(self, entries: list[str]) -> None:
        self.by_year: dict[str, list[str]] = {}
        self.words: set[tuple[str, str]] = set()  # (year, a word of an entry holding it)
        for entry in entries:
            # every four digits, as a substring test would find them ("e2019123" holds 2019)
            years = set(_FOUR_DIGITS.findall(entry))
            words = set(_NAME_WORD.findall(entry))
            for year in years:
                self.by_year.setdefault(year, []).append(entry)
                self.words.update((year, word) for word in words)

    def name(self, found: FoundCitation) -> bool:
        """Whether some entry holds the mention's year and one of its authors: an entry the
        parser misread ("SV Stehman (1997)" read into the title) still answers the mention,
        and so does one for a mention whose opening words were read as its first author
        ("Moreover, Jones and Lee (2017)")."""
        if not found.authors or found.year is None:
            return False
        year = str(found.year)
        for author in found.authors:
            parts = _NAME_WORD.findall(fold(author))
            if not parts:
                continue
            word = max(parts, key=len)
            if word.isascii():
                if (year, word) in self.words:
                    return True
            elif any(word in entry for entry in self.by_year.get(year, ())):
                return True
        return False


_FOUR_DIGITS = re.compile(r"(?=(\d{4}))")


_NAME_WORD = re.compile(r"\w{2,}")


def _named_in(folded: str, name: str, words: set[str] | None = None) -> bool:
    """Whether `folded` text (whose `words`, when given) writes the family name: its longest
    word as a whole word ("van der Berg" by "berg"), or, in a script without spaces, anywhere."""
    parts = _NAME_WORD.findall(fold(name))
    if not parts:
        return False
    word = max(parts, key=len)
    if not word.isascii():
        return word in folded
    if words is not None:
        return word in words
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded) is not None


# a whole number standing alone, or a short range of them ("17–20"): not a decimal, a time or a
# thousands group ("35.5", "08:35", "1,909")
_WHOLE_NUMBER = re.compile(r"(?<![\d.,:])(\d{1,4})(?:\s*[–-]\s*(\d{1,4}))?(?![\d,]|[.:]\d)")


def _whole_numbers(text: str, end: int) -> set[int]:
    """Every whole number `text[:end]` writes, with those a short range spans."""
    numbers: set[int] = set()
    for match in _WHOLE_NUMBER.finditer(text, 0, end):
        low = int(match.group(1))
        high = int(match.group(2)) if match.group(2) else low
        numbers.update(range(low, high + 1) if 0 <= high - low <= 50 else (low, high))
    return numbers


def _printed_as(text: str, entry: Reference) -> int | None:
    """The number the list prints before the entry ("2. Zanos P", "[2] Zanos P"), if any."""
    if entry.start is None:
        return None
    line_start = text.rfind("\n", 0, entry.start) + 1
    match = _ENTRY_NUMBER.search(text, line_start, entry.start)
    return int(match.group(1)) if match is not None else None


@dataclass(frozen=True)
class _Numbering:
    """Which list entry each citation number names: the number the list prints before every
    entry when it prints one before each (an excerpt keeps its article's numbers: "3.", "28.",
    "43."), else the entry's place."""

    by_number: dict[int, Reference]
    printed: bool
    # Markdown footnote definitions by label ("[^1]: ...", "[^aap]: ..."): a mark "[^1]" names
    # its definition; `mixed`: the list also has entries of its own ("1. Tähtinen PA ..."),
    # which `by_number` alone numbers
    footnotes: dict[str, Reference] = field(default_factory=dict)
    mixed: bool = False

    @property
    def footnote_ids(self) -> set[str]:
        return {ref.id for ref in self.footnotes.values()} if self.mixed else set()


def _list_numbering(list_refs: list[Reference], text: str) -> _Numbering:
    footnotes: dict[str, Reference] = {}
    for ref in list_refs:
        label = _defined_label(text, ref)
        if label is not None:
            footnotes.setdefault(label, ref)
    footnote_ids = {ref.id for ref in footnotes.values()}
    numbered = [ref for ref in list_refs if ref.id not in footnote_ids]
    mixed = bool(footnotes) and bool(numbered)
    if not mixed:
        numbered = list_refs
    printed = [_printed_as(text, ref) for ref in numbered]
    numbers = [number for number in printed if number is not None]
    if numbered and len(numbers) == len(numbered) and len(set(numbers)) == len(numbers):
        by_number = dict(zip(numbers, numbered, strict=True))
        return _Numbering(by_number, printed=True, footnotes=footnotes, mixed=mixed)
    by_place = dict(enumerate(numbered, start=1))
    return _Numbering(by_place, printed=False, footnotes=footnotes, mixed=mixed)


# a Markdown footnote's mark ("[^1]", "[^aap]") and its definition's label ("[^1]: ...")
_FOOTNOTE_MARK = re.compile(r"\[\^(?P<label>[^\]\s^]{1,40})\]")
_FOOTNOTE_DEFINED = re.compile(r"^[ \t]{0,3}\[\^(?P<label>[^\]\s^]{1,40})\]:[ \t]*$")


def footnote_label(mark: str) -> str | None:
    """The label of a footnote's mark ("[^1]" -> "1"), or None when `mark` is not one."""
    match = _FOOTNOTE_MARK.fullmatch(mark)
    return match.group("label") if match is not None else None


def _defined_label(text: str, entry: Reference) -> str | None:
    """The label a Markdown footnote definition prints before the entry ("[^1]: Zanos P")."""
    if entry.start is None:
        return None
    line_start = text.rfind("\n", 0, entry.start) + 1
    match = _FOOTNOTE_DEFINED.match(text[line_start : entry.start])
    return match.group("label") if match is not None else None


# a Markdown footnote's definition, anywhere in the text ("[^1]: See Nakamura's trial.")
_FOOTNOTE_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[\^(?P<label>[^\]\s^]{1,40})\]:")


def _noted_labels(text: str, numbering: _Numbering) -> set[str]:
    """The labels of the footnotes the text defines that are no list entry: a mark "[^1]" then
    names its note, never the list's first entry."""
    if "[^" not in text:
        return set()
    defined = {match.group("label") for match in _FOOTNOTE_DEFINITION.finditer(text)}
    return defined - set(numbering.footnotes)


def _a_note(found: FoundCitation, numbering: _Numbering, noted: set[str], notes: bool) -> bool:
    """Whether a numeric mark names a note, not a list entry: its label is a note's, or the
    article's numbers are its notes' (`_numbers_are_notes`) and it is no footnote label the
    list defines."""
    label = footnote_label(found.text)
    if label is not None and label in numbering.footnotes:
        return False
    return notes or (label is not None and label in noted)


def _numbers_are_notes(
    found_all: list[FoundCitation],
    numbering: _Numbering,
    list_refs: list[Reference],
    pools: _Pools,
    text: str,
) -> bool:
    """Whether an article's numeric marks ("[1]".."[9]", "[^1]") are its notes' and not the
    list's numbering: the list prints no numbers, its entries write their year right after
    their authors (an author-year style: `_year_first`), and author-year mentions name at least
    as many of its entries as the numbers would by place. First Monday numbers its endnotes
    "[1]" and cites its list "(Burris and Cameron, 2008)"."""
    if numbering.printed or not numbering.by_number:
        return False
    by_number: set[str] = set()
    for found in found_all:
        if found.form == "numeric" and footnote_label(found.text) not in numbering.footnotes:
            by_number.update(_numbered_entries(found, numbering, text))
    if not by_number or not _year_first(list_refs):
        return False
    by_year: set[str] = set()
    for found in found_all:
        if found.form == "author_year" and found.authors and not found.quoted:
            ref_id = _match_author(found, pools.named(found, listed=True))
            if ref_id is not None:
                by_year.add(ref_id)
                if len(by_year) >= len(by_number):
                    return True
    return False


# words of a title, not of names, in an entry's text before its year (names are capitalised,
# initials, "and", "et al." and particles such as "van der")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}\b")
_NAME_WORDS = frozenset({"and", "et", "al", *LEXICON.name_particles})


def _year_first(list_refs: list[Reference]) -> bool:
    """Whether most entries write a year before any word of a title: "Jones, K., & Lee, M.
    (2017). Salt intake ...", "Scott Burris and Edwin Cameron, 2008. ..." (author-year styles),
    not "Jones K, Lee M. Salt intake and stroke. Stroke. 2017;48:100-6" (numbered styles)."""
    first = 0
    for ref in list_refs:
        year = _ENTRY_YEAR.search(ref.raw)
        head = ref.raw[: year.start()] if year is not None else ref.raw
        words = [w for w in _LOWER_WORD.findall(head) if w not in _NAME_WORDS]
        first += year is not None and len(words) <= 1
    return 2 * first > len(list_refs)


def _note_link(
    found: FoundCitation,
    numbering: _Numbering,
    notes: NoteLinks,
    references: list[Reference],
    document: Document,
) -> tuple[str | None] | None:
    """(the reference id or None,) for a footnote's mark that names a note outside the
    reference list ("[^1]" with "[^1]: Carlos A. Zarate Jr. et al., ..." above a bibliography),
    or that names no note at all in a list that prints no numbers: that mark is linked to
    nothing, never to the entry at its number's place in an alphabetical list. None for every
    other mention."""
    label = footnote_label(found.text) if found.form == "numeric" else None
    if label is None or label in numbering.footnotes:
        return None
    if notes.defines(label):
        return (notes.target(label, references, document.written),)
    return None if numbering.printed or not numbering.by_number else (None,)


def _numbered_by_sentence(
    document: Document, found_all: list[FoundCitation], numbering: _Numbering
) -> dict[int, list[str]]:
    """The list entries each sentence cites by number, in order, each once (keyed by
    `Document.sentence_at`)."""
    cited: dict[int, list[str]] = {}
    for found in found_all if numbering.by_number else []:
        at = document.sentence_at(found.start)
        if found.form != "numeric" or at is None:
            continue
        ids = _numbered_entries(found, numbering, document.text)
        sentence = cited.setdefault(at, [])
        sentence.extend(ref_id for ref_id in ids if ref_id not in sentence)
    return cited


def _names_nothing(found: FoundCitation) -> bool:
    """A mention with nothing to look a work up by: no author, source, journal, title or key
    ("A 2023 trial", "according to a published review"); a footnote's mark names its label."""
    return not (
        found.authors
        or found.source
        or found.journal
        or found.title
        or found.numbers
        or found.keys
        or footnote_label(found.text) is not None
    )


def _captioned_credits(text: str, found: list[FoundCitation]) -> dict[int, FoundCitation]:
    """An image credit that titles a work, followed on the next line by a lone author-year
    bracket ("Image Source: ScienceDirect – <title>" / "(Jamie Sleigh, Et al. 2014)"), is one
    caption naming one work. Both mentions get the merged description, keyed by their index in
    `found`, so they resolve to the same reference with title, authors and year together."""
    merged: dict[int, FoundCitation] = {}
    for index in range(len(found) - 1):
        credit, follower = found[index], found[index + 1]
        if credit.form != "image_credit" or not credit.title or follower.form != "author_year":
            continue
        between = text[credit.end : follower.start]
        line_end = text.find("\n", follower.end)
        rest_of_line = text[follower.end : line_end if line_end != -1 else len(text)]
        if between.strip() or between.count("\n") != 1 or rest_of_line.strip():
            continue
        work = replace(
            credit, authors=list(follower.authors), year=follower.year, et_al=follower.et_al
        )
        merged[index] = work
        merged[index + 1] = replace(
            work, text=follower.text, start=follower.start, end=follower.end, kind=follower.kind
        )
    return merged


def name_score(cited_name: str, entry_name: str) -> float:
    """0-100 similarity of two family names (or an acronym against an organisation)."""
    a, b = fold(cited_name), fold(entry_name)
    if not a or not b:
        return 0.0
    if cited_name.isupper() and is_organisation(entry_name) and stands_for(cited_name, entry_name):
        return 100.0  # "NICE" for "National Institute for Health and Care Excellence"
    if _short_name_of(a, b) and is_organisation(entry_name):
        return 100.0  # "RECOVERY" for "The RECOVERY Collaborative Group"
    if _family_of_full_name(a, b):
        return 100.0  # "王" for "王明": the list writes the full name, the text the family name
    return float(fuzz.ratio(a, b))


_UNCASED_NAME = re.compile(rf"[{UNCASED}]+")
# a family name in an uncased script is written before the given name, which has 1-2 letters
_GIVEN_NAME_LETTERS = 2


def _family_of_full_name(family: str, full: str) -> bool:
    """Is `family` the family name that opens `full`, a name in an uncased script written
    without a space ("王" of "王明", "欧阳" of "欧阳修")?"""
    return (
        _UNCASED_NAME.fullmatch(family) is not None
        and _UNCASED_NAME.fullmatch(full) is not None
        and full.startswith(family)
        and 0 < len(full) - len(family) <= _GIVEN_NAME_LETTERS
    )


def _short_name_of(short: str, group: str) -> bool:
    """Is `short` (folded) a group author's short name: the words `group` (folded) opens with,
    followed only by words such as "Collaborative Group", "Study Group", "Investigators"?"""
    names, words = short.split(), group.split()
    if words and words[0] == "the":
        words = words[1:]
    rest = words[len(names) :]
    return (
        bool(names)
        and bool(rest)
        and words[: len(names)] == names
        and all(word in LEXICON.group_author_words for word in rest)
    )


# "12.", "[12]", "(12)", "12:", a Markdown footnote's "[^12]:"
_ENTRY_NUMBER = re.compile(r"(?:\[\^|[\[(])?(\d{1,3})(?:\]:|[\].):])?\s*$")


def _numbered_entries(found: FoundCitation, numbering: _Numbering, text: str) -> list[str]:
    """Ids of the list entries a numeric citation names, in order, each once ("[3]" is the third,
    or the one printed "3." in a list that prints its numbers: `_Numbering`). A round-bracket or
    superscript number (`needs_match`) names an entry only when the entry is printed with that
    number, since such numbers are also enumerations and exponents."""
    label = footnote_label(found.text)
    if label is not None and numbering.footnotes:
        # "[^1]" names the definition "[^1]: ...", never the entry a numbered list prints "1."
        if label in numbering.footnotes:
            return [numbering.footnotes[label].id]
        if numbering.mixed:
            return []
    ids: list[str] = []
    for number in found.numbers:
        entry = numbering.by_number.get(number)
        if entry is None or entry.id in ids:
            continue
        if found.needs_match and not _printed_number(text, entry, number):
            return []
        ids.append(entry.id)
    return ids


def _beyond_the_list(found: FoundCitation, numbering: _Numbering, prose: str) -> bool:
    """Whether a reference number set after a full stop without brackets ("0.5 mg/kg.9",
    "weeks.⁹") names only entries past the end of the article's list: a citation of a missing
    entry, as "[9]" is. Exponents and enumerations never follow a stop."""
    return (
        found.form == "numeric"
        and bool(numbering.by_number)
        and bool(found.numbers)
        and found.start > 0
        and prose[found.start - 1] == "."
        and found.text[:1] not in "([{"
        and all(number > max(numbering.by_number) for number in found.numbers)
    )


def _printed_number(text: str, entry: Reference, number: int) -> bool:
    """Whether the list prints `number` before the entry ("2. Zanos P", "[2] Zanos P")."""
    return _printed_as(text, entry) == number


def _keyed_entries(found: FoundCitation, references: list[Reference]) -> list[str]:
    """Ids of the bib entries whose keys a key citation names, in its order, each once."""
    index = KeyIndex([ref for ref in references if ref.origin == "bib"])
    ids: list[str] = []
    for key in found.keys:
        entry = index.get(key)
        if entry is not None and entry.id not in ids:
            ids.append(entry.id)
    return ids


class _Pools:
    """Where a citation's reference is looked for: the article's list, then the `--bib` entries
    and the in-text references made so far.

    In-text references are found through an index of what they name (first author, an
    organisation's initials, journal, title), folded: matching each citation against every
    earlier one would be quadratic in a text citing thousands of works without a list. So a
    misspelt repeat of an in-text mention ("Smiht et al. 2020") is a reference of its own; list
    and bib entries are still matched leniently."""

    def __init__(self, list_refs: list[Reference], references: list[Reference]) -> None:
        self.list_refs = list_refs
        listed = {ref.id for ref in list_refs}
        self.bib_refs = [ref for ref in references if ref.id not in listed]
        self.in_text: dict[str, list[Reference]] = {}
        self.list_names = _NameIndex(list_refs)
        self.bib_names = _NameIndex(self.bib_refs)

    def add_in_text(self, ref: Reference) -> None:
        for key in _index_keys(ref):
            self.in_text.setdefault(key, []).append(ref)

    def others(self, found: FoundCitation) -> list[Reference]:
        """The bib entries, then the in-text references that name what `found` names."""
        return [*self.bib_refs, *self._in_text(found)]

    def _in_text(self, found: FoundCitation) -> list[Reference]:
        seen: dict[str, Reference] = {}
        for key in _query_keys(found):
            for ref in self.in_text.get(key, ()):
                seen.setdefault(ref.id, ref)
        return sorted(seen.values(), key=lambda ref: int(ref.id.rpartition("-")[2]))

    def named(self, found: FoundCitation, listed: bool) -> list[Reference]:
        """Of the list's entries (`listed`) or of `others`, those `found`'s first author may
        name (`_NameIndex`), in the same order."""
        name = found.authors[0]
        if listed:
            return self.list_names.candidates(name)
        return [*self.bib_names.candidates(name), *self._in_text(found)]


def _index_keys(ref: Reference) -> list[str]:
    keys: list[str] = []
    if ref.cited.authors:
        first = ref.cited.authors[0]
        keys.append("name:" + fold(first))
        if is_organisation(first):
            keys += ["acronym:" + opening for opening in sorted(acronym_openings(first))]
    if ref.cited.journal:
        keys.append("journal:" + fold(ref.cited.journal))
    if ref.cited.title:
        keys.append("title:" + fold(ref.cited.title))
    return keys


def _query_keys(found: FoundCitation) -> list[str]:
    keys: list[str] = []
    if found.authors:
        keys.append("name:" + fold(found.authors[0]))
        if found.authors[0].isupper() and (opening := acronym_opening(found.authors[0])):
            keys.append("acronym:" + opening)
    if found.journal:
        keys.append("journal:" + fold(found.journal))
    if found.title:
        keys.append("title:" + fold(found.title))
    return keys


# the address of a link whose text is the citation, written right after it: Markdown
# "[(RECOVERY, 2021)](https://doi.org/...)", a web page's link kept as " (https://doi.org/...)",
# or a Markdown link in brackets after it ("the Lancet ([paper](https://doi.org/...))")
_LINK_AFTER = re.compile(
    r"\]?\s*[(<]?\s*(?:\[[^\[\]\n]{1,80}\]\(\s*)?(?:https?://(?:dx\.)?doi\.org/|doi:\s*)(?=10\.)",
    re.IGNORECASE,
)
_LINK_WINDOW = 300


def _linked_doi(prose: str, found: FoundCitation) -> tuple[str, int] | None:
    """The DOI the citation links to, written right after it, and where that DOI ends."""
    lead = _LINK_AFTER.match(prose, found.end, found.end + _LINK_WINDOW)
    if lead is None:
        return None
    dois = find_dois(prose[lead.end() : lead.end() + _LINK_WINDOW])
    if not dois or dois[0][1] != 0:
        return None
    return dois[0][0], lead.end() + dois[0][2]


# mentions that describe a work a link in their sentence may name (not a news outlet, whose
# article the link's study is not, nor a numbered or keyed citation, which names an entry)
_LINKABLE_FORMS = frozenset({"venue", "unnamed", "author_year"})


def _sentence_dois(
    document: Document, found: list[FoundCitation], written: list[tuple[FoundCitation, str]]
) -> dict[int | None, str]:
    """The DOI written in each sentence that holds one DOI and one other mention, which then
    names the same work."""
    dois: dict[int | None, set[str]] = {}
    for mention, doi in written:
        dois.setdefault(document.sentence_at(mention.start), set()).add(doi)
    mentions: dict[int | None, int] = {}
    for mention in found:
        at = document.sentence_at(mention.start)
        if at in dois:
            mentions[at] = mentions.get(at, 0) + 1
    return {
        at: next(iter(held))
        for at, held in dois.items()
        if at is not None and len(held) == 1 and mentions.get(at) == 1
    }


def _listed_doi(doi: str | None, list_refs: list[Reference]) -> str | None:
    """The list entry that carries `doi`, or None."""
    return next((ref.id for ref in list_refs if doi and ref.cited.doi == doi), None)


# A DOI written in the prose as a citation: "(doi:10.1056/...)", "(https://doi.org/10...)", a
# Markdown link "[the full paper](https://doi.org/10...)" (the link's words are part of it).
_WRITTEN_DOI = re.compile(
    r"(?P<link>\[[^\[\]\n]{1,200}\]\(\s*)?(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*)(?=10\.)",
    re.IGNORECASE,
)


def _written_dois(
    document: Document, found: list[FoundCitation]
) -> list[tuple[FoundCitation, str]]:
    """DOIs the prose gives outside the reference list (and any paragraph shaped like an entry:
    a list the parser could not split is no prose) and outside or right after another citation
    (which they belong to), as citations with the DOI each names, in text order."""
    prose = document.prose
    listed = document.reference_paragraphs
    listed_starts = [span[0] for span in listed]
    taken = [(c.start, c.end) for c in found]
    for citation in found:
        linked = _linked_doi(prose, citation)
        if linked is not None:
            taken.append((citation.end, linked[1]))
    taken.sort()
    starts = [span[0] for span in taken]
    reach = list(accumulate((span[1] for span in taken), max))  # furthest end so far
    written: list[tuple[FoundCitation, str]] = []
    for lead in _WRITTEN_DOI.finditer(prose):
        start = lead.start()
        at = document.written_span(start, start + 1)[0] if document.rewritten else start
        paragraph = bisect_right(listed_starts, at) - 1
        if paragraph >= 0 and at < listed[paragraph][1]:
            continue
        dois = find_dois(prose[lead.end() : lead.end() + _LINK_WINDOW])
        if not dois or dois[0][1] != 0:
            continue
        end = lead.end() + dois[0][2]
        # by bisection: a text may hold thousands of citations and DOIs
        before = bisect_right(starts, start) - 1
        if (before >= 0 and reach[before] > start) or bisect_left(starts, end) > before + 1:
            continue  # inside a citation, or a citation inside it
        if lead.group("link") and prose.startswith(")", end):
            end += 1
        bracketed = (
            bool(lead.group("link")) or prose[max(0, start - 20) : start].rstrip()[-1:] == "("
        )
        kind: CitationKind = "parenthetical" if bracketed else "narrative"
        mention = FoundCitation(text=prose[start:end], start=start, end=end, kind=kind, form="doi")
        written.append((mention, dois[0][0]))
    return written


def _match(found: FoundCitation, pools: _Pools, listed_only: bool = False) -> str | None:
    """The reference `found` points at. The article's own list comes first: it is what the
    article cites, so a `--bib` entry (or an earlier in-text reference) is only a fallback."""
    for listed in (True,) if listed_only else (True, False):
        if found.form in _AUTHOR_FORMS and found.authors:
            ref_id = _match_author(found, pools.named(found, listed))
            if ref_id is not None:
                return ref_id
            continue
        pool = pools.list_refs if listed else pools.others(found)
        if found.form == "venue" and found.journal and _venue_candidates(found, pool):
            # the list names this journal: it decides, even when it cannot tell which entry
            return _match_venue(found, pool)
        ref_id = _match_in(found, pool)
        if ref_id is not None:
            return ref_id
    return None


_AUTHOR_FORMS = frozenset({"author_year", "institution", "news"})


def _match_in(found: FoundCitation, references: list[Reference]) -> str | None:
    """A mention by journal or title (one by author: `_Pools.named` and `_match_author`)."""
    if found.form == "venue" and found.journal:
        return _match_venue(found, references)
    if found.title:
        title = fold(found.title)
        for ref in references:
            if ref.cited.title and fuzz.ratio(title, fold(ref.cited.title)) >= _TITLE_MATCH:
                return ref.id
    return None


def _match_author(found: FoundCitation, references: list[Reference]) -> str | None:
    if found.year is None and found.needs_match:
        return _match_yearless_mention(found, references)
    best: tuple[float, str] | None = None
    for ref in references:
        if not ref.cited.authors:
            continue
        score = name_score(found.authors[0], ref.cited.authors[0])
        if score < _NAME_MATCH:
            continue
        if found.year is not None and ref.cited.year is not None:
            gap = abs(found.year - ref.cited.year)
            if gap > 1 or (gap == 1 and score < _STRONG_NAME_MATCH):
                continue
            score -= 5 * gap
            if found.year_suffix and _year_suffix(ref, ref.cited.year) not in (
                "",
                found.year_suffix,
            ):
                continue  # "Lee 2019b" is not the entry "Lee (2019a)"
        elif found.year is not None or found.form == "author_year":
            continue  # an author-year citation needs a year on both sides
        if len(found.authors) > 1 and len(ref.cited.authors) > 1:
            score += 0.1 * name_score(found.authors[1], ref.cited.authors[1]) / 100
        if best is None or score > best[0]:
            best = (score, ref.id)
    return best[1] if best else None


# the longest piece of a name looked up in `_NameIndex` (a longer piece is looked up by its
# opening letters, which the entry's name then holds too)
_PIECE = 3


class _NameIndex:
    """The entries of a pool by their first author's folded family name, so that a mention's
    first author is scored (`name_score`) against the few entries whose name reaches
    `_NAME_MATCH`, not against every entry: a text may hold thousands of mentions and entries.

    `candidates(name)` holds, in the pool's order, every entry whose name may score that high
    (it may hold more, never fewer), so `_match_author` on them gives what it gives on the whole
    pool. A name scores that high in one of three ways (`name_score`):
    - the entry is an organisation (an acronym or a short name of it): always a candidate;
    - both names are in a script without case and the entry's opens with the mention's, one or
      two letters longer: indexed by those openings;
    - rapidfuzz's ratio, 2 x the longest common subsequence over the two lengths, is at least
      85: at most d = 15% of the two lengths' sum letters are inserted or deleted, so if the
      mention's name is cut into d + 1 pieces, one piece stands whole in the entry's name,
      moved by at most d letters (each insertion or deletion breaks at most one piece, and moves
      the pieces after it by one). Indexed by (length, offset, each piece of up to `_PIECE`
      letters), and the ratio itself then taken on the few names found."""

    def __init__(self, refs: list[Reference]) -> None:
        self.refs = refs
        self.names: list[str] = []  # folded, by place
        self.always: list[int] = []  # organisations
        self.pieces: dict[tuple[int, int, str], list[int]] = {}
        self.openings: dict[str, list[int]] = {}  # uncased script: the name less 1-2 letters
        for place, ref in enumerate(refs):
            entry_name = ref.cited.authors[0] if ref.cited.authors else ""
            name = fold(entry_name)
            self.names.append(name)
            if not name:
                continue  # scores 0 against any name
            if is_organisation(entry_name):
                self.always.append(place)
            size = len(name)
            for at in range(size):
                for end in range(at + 1, min(at + _PIECE, size) + 1):
                    self.pieces.setdefault((size, at, name[at:end]), []).append(place)
            if _UNCASED_NAME.fullmatch(name):
                for less in range(1, _GIVEN_NAME_LETTERS + 1):
                    if size - less > 0:
                        self.openings.setdefault(name[: size - less], []).append(place)

    def candidates(self, cited_name: str) -> list[Reference]:
        name = fold(cited_name)
        if not name:
            return []  # scores 0 against any entry
        places = set(self.always)
        places.update(self.openings.get(name, ()))
        size = len(name)
        close: set[int] = set()
        # sizes the entry's name may have: the two lengths differ by at most the letters
        # inserted or deleted, 15% of their sum (in whole numbers: no rounding at the bound)
        for other in range(size * 85 // 115, size * 115 // 85 + 2):
            most = 15 * (size + other) // 100
            if abs(size - other) > most:
                continue
            cuts = [size * k // (most + 1) for k in range(most + 2)]
            for low, high in pairwise(cuts):
                piece = name[low:high][:_PIECE]
                for at in range(max(0, low - most), min(other, low + most + 1)):
                    close.update(self.pieces.get((other, at, piece), ()))
        places.update(
            place for place in close if fuzz.ratio(name, self.names[place]) >= _NAME_MATCH
        )
        return [self.refs[place] for place in sorted(places)]


def _year_suffix(ref: Reference, year: int) -> str:
    """The letter after the entry's year ("Lee, G. (2019b)." -> "b"), or ""."""
    suffix = re.search(rf"\b{year}([a-z])\b", ref.raw)
    return suffix.group(1) if suffix else ""


def _match_yearless_mention(found: FoundCitation, references: list[Reference]) -> str | None:
    """ "Anand and colleagues randomized 403 patients": a mention with no year names the entry
    only when exactly one entry of the pool has that first author."""
    named = [
        ref.id
        for ref in references
        if ref.cited.authors
        and name_score(found.authors[0], ref.cited.authors[0]) >= _STRONG_NAME_MATCH
    ]
    return named[0] if len(named) == 1 else None


def _venue_candidates(found: FoundCitation, references: list[Reference]) -> list[Reference]:
    """The entries of `references` in the journal `found` names (in its year, when it gives one),
    the journal written in full or abbreviated on either side ("N Engl J Med", "NEJM")."""
    journal = fold(found.journal or "")
    return [
        ref
        for ref in references
        if ref.cited.journal
        and (
            fuzz.ratio(journal, fold(ref.cited.journal)) >= _JOURNAL_MATCH
            or same_journal(found.journal, ref.cited.journal)
        )
        and (found.year is None or ref.cited.year == found.year)
    ]


def _match_venue(found: FoundCitation, references: list[Reference]) -> str | None:
    matches = _venue_candidates(found, references)
    # only a journal (and year) one entry has identifies it: a guess among several entries would
    # hold the sentence's claims against another work's text
    return matches[0].id if len(matches) == 1 else None


def _in_text_key(found: FoundCitation) -> tuple[object, ...]:
    first = fold(found.authors[0]) if found.authors else ""
    return (
        found.form, first, found.year, found.year_suffix, fold(found.journal or ""), fold(found.title or ""),
        tuple(found.numbers),
    )  # fmt: skip


def _doi_reference(found: FoundCitation, doi: str, ref_id: str, document: Document) -> Reference:
    """The work a DOI written in the prose names: looked up by that DOI alone."""
    return Reference(
        id=ref_id,
        origin="in_text",
        raw=found.text,
        cited=Cited(doi=doi),
        start=found.start,
        end=found.end,
        work_kind="scholarly",
        context=_context(found, document),
    )


def _in_text_reference(found: FoundCitation, ref_id: str, document: Document) -> Reference:
    authors = [] if found.form == "news" else list(found.authors)
    cited = Cited(title=found.title, authors=authors, year=found.year, journal=found.journal)
    context = _context(found, document)
    # a mention without a title is found by its sentence's topic; the outlet, institution or
    # journal it names is not part of that topic
    named = [name for name in (found.journal, found.source, *found.authors) if name]
    described = found.form in _DESCRIBED_FORMS and not found.title
    topic = mention_topic(context, named) if described else []
    return Reference(
        id=ref_id,
        origin="in_text",
        raw=found.text,
        cited=cited,
        start=found.start,
        end=found.end,
        work_kind=found.work_kind,
        context=context,
        topic=topic,
    )


# mentions whose sentence describes the work they point at (an institution's mention names its
# research in general: "Yale Medicine has also conducted research on ketamine")
_DESCRIBED_FORMS = frozenset({"venue", "news", "author_year"})
_THIN_TOPIC = 3  # topic words below which a venue mention's sentence is read with the next
# "This study, conducted by ..., was published in the journal Nature": the topic is the sentence
# before
_ANAPHOR = re.compile(
    r"^\W*(?:this|the|that|their|these)\s+(?:new\s+)?(?:study|trial|research|work|paper|"
    r"review|analysis|findings?)\b",
    re.IGNORECASE,
)


def _context(found: FoundCitation, document: Document) -> str:
    """The citing sentence; with its neighbours when it alone says too little."""
    text, sentences = document.text, document.sentences
    named = [name for name in (found.journal, found.source, *found.authors) if name]
    index = document.sentence_at(found.start)
    if index is None:
        return found.text
    first = last = index
    start, end = sentences[index]
    if found.form in {"news", "institution"}:
        paragraph_index = document.paragraph_at(start)
        paragraph = (
            document.paragraphs[paragraph_index] if paragraph_index is not None else (start, end)
        )
        while last + 1 < len(sentences) and last - index < _FOLLOWING_SENTENCES:
            if sentences[last + 1][0] >= paragraph[1]:
                break
            last += 1
    standalone = text[start:end].strip(" .") == found.text.strip(" .")
    if standalone and found.form == "author_year" and index > 0:
        first = index - 1  # a citation standing alone (image caption, paragraph-final bracket)
    elif found.form == "venue" and index > 0 and _ANAPHOR.match(text[start:end]):
        first = index - 1
    elif found.form == "venue" and len(mention_topic(text[start:end], named)) < _THIN_TOPIC:
        # "The largest test so far came in a 2023 trial in the New England Journal of Medicine."
        # says what comes next: the trial's details are in the following sentence
        paragraph_index = document.paragraph_at(start)
        if (
            paragraph_index is not None
            and index + 1 < len(sentences)
            and sentences[index + 1][0] < document.paragraphs[paragraph_index][1]
        ):
            last = index + 1
    return text[sentences[first][0] : sentences[last][1]]
