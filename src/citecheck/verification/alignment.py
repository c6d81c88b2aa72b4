"""Reading a reference string with a candidate record in hand (search-based matching).

A reference is found by searching with its whole string; each candidate is then checked against
the string itself, as Crossref's search-based matching with validation does: the candidate's title
standing in the string between punctuation, its first author near the start, its year, volume,
issue and pages among the string's numbers (abbreviated ranges such as 1425-37 expanded). What
the string is found to say replaces what the style parser could not read, so the field-by-field
report compares what the citation really says; a field the string does not hold as the record has
it keeps the parser's reading, so a real difference is still reported.

Only text the string holds is ever taken: an invented title that merely contains a real one
("... as an antidepressant in rats") is not bounded by punctuation where the real title ends, and
stays the parser's.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz import fuzz

from citecheck.doi import DOI_PATTERN
from citecheck.extraction.reflist import plain_text, without_entry_number
from citecheck.models import Cited, Record
from citecheck.verification.compare import JOURNAL_OK, journal_similarity
from citecheck.verification.normalize import (
    fold,
    normalize_number,
    parse_pages,
    strip_retracted_prefix,
    strip_trailing_locator,
    transliterate,
)

# the title must match this well (rapidfuzz partial ratio) before its span is taken. Measured
# with bench/eval_styles.py (13 true records x 13 CSL styles): a record's title against its own
# rendered entry scores 100 in every style (title case, quotes and abbreviated journals
# included); any other record's title against an entry scores <= 68. 90 leaves room for a typo
# or two while staying far above look-alikes; the span must also be bounded by punctuation.
TITLE_SPAN_OK = 90.0
# a span boundary may sit this many characters from where the alignment put it
_SLACK = 3
# "/" for GOST's "Title // Journal"; "[" for GB/T 7714's "Title[J]"; "。" and "，" for CJK text
_BEFORE_TITLE = set(".,:;)]}\"'“”‘’»«>/。，") | {""}
_AFTER_TITLE = set(".,:;?![({\"'“”‘’»«</。，") | {""}
# a journal name may also run straight into its volume ("Molecular Psychiatry 23 (4): 801-11")
_AFTER_JOURNAL = _AFTER_TITLE | set("0123456789")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")
_RANGE = re.compile(r"(?<!\d)(\d+)\s*[-–—‐‑−]\s*(\d+)(?!\d)")
_ET_AL = re.compile(r"\bet\s+al\b", re.IGNORECASE)


# no reference entry is longer; a longer "entry" is read no further (bounded work per candidate)
MAX_ENTRY_CHARS = 5000


def reading_text(raw: str) -> str:
    """The reference as one line of plain text without DOIs and URLs."""
    text = DOI_PATTERN.sub(" ", _URL.sub(" ", plain_text(raw[:MAX_ENTRY_CHARS])))
    return without_entry_number(re.sub(r"\s+", " ", text).strip())


def string_numbers(text: str) -> Counter[str]:
    """Every number in the string without leading zeros, abbreviated range ends completed
    ("1425-37" also gives 1437)."""
    numbers: Counter[str] = Counter(str(int(n)) for n in _NUMBER.findall(text))
    for match in _RANGE.finditer(text):
        first, last = match.group(1), match.group(2)
        if len(last) < len(first):
            numbers[str(int(first[: len(first) - len(last)] + last))] += 1
    return numbers


def _lower_same_length(text: str) -> str:
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _boundary(text: str, position: int, marks: set[str], forward: bool) -> int | None:
    """The position within _SLACK of `position` where the text breaks (punctuation or an end)."""
    for shift in sorted(range(-_SLACK, _SLACK + 1), key=abs):
        at = position + shift
        if at < 0 or at > len(text):
            continue
        if forward:  # an end: what follows, past spaces, is punctuation or the end
            if at > 0 and text[at - 1].isspace():
                continue
            rest = text[at:].lstrip()
            if rest[:1] in marks:
                return at
        else:  # a start: what precedes, past spaces, is punctuation or the start
            if at < len(text) and text[at].isspace():
                continue
            head = text[:at].rstrip()
            if head[-1:] in marks:
                return at
    return None


def title_span(text: str, title: str, after: set[str] = _AFTER_TITLE) -> tuple[int, int] | None:
    """Where the record's title stands in the string, bounded by punctuation, or None."""
    if not title or not text:
        return None
    lowered = _lower_same_length(text)
    wanted = _lower_same_length(title)
    alignment = fuzz.partial_ratio_alignment(wanted, lowered)
    if alignment is None or alignment.score < TITLE_SPAN_OK:
        return None
    start = _boundary(lowered, alignment.dest_start, _BEFORE_TITLE, forward=False)
    end = _boundary(lowered, alignment.dest_end, after, forward=True)
    if start is None or end is None or end - start < len(title) * 0.8:
        return None
    return start, end


def _name_in(text: str, family: str) -> bool:
    name = fold(family)
    if not name:
        return False
    words = fold(text)
    if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words):
        return True
    latin = transliterate(family)
    return bool(latin) and bool(re.search(rf"(?<!\w){re.escape(latin)}(?!\w)", transliterate(text)))


def _reads_as_name(head: str, name: str) -> bool:
    """Is `name` (as the parser read it) a name that the string's author part holds?"""
    return 0 < len(fold(name).split()) <= 4 and _name_in(head, name)


def _authors_in(head: str, record: Record) -> list[str]:
    """The record's authors that the string's author part names, in the record's order; empty
    unless the first of them is named."""
    named = [name for name in record.authors if _name_in(head, name)]
    if not named or named[0] != record.authors[0]:
        return []
    return named


def _pages_in(numbers: Counter[str], pages: str | None) -> bool:
    parsed = parse_pages(pages)
    if parsed is None:
        return False
    first, last = parsed
    wanted = [first] if last is None else [first, last]
    digits = [re.sub(r"\D", "", w) for w in wanted]
    return all(d and str(int(d)) in numbers for d in digits)


def _adds_subtitle(parsed: str | None, title: str, text: str, span: tuple[int, int]) -> bool:
    """Did the parser read the record's title followed by a subtitle the record lacks ("... false:
    a reappraisal")? Then the cited title is the longer one, and it is not the work's."""
    if not parsed or not text[span[1] :].lstrip().startswith((":", "-", "–", "—")):
        return False
    return fold(parsed).startswith(fold(title) + " ")


def align_cited(raw: str, cited: Cited, record: Record, journals: list[str]) -> Cited:
    """`cited` with what the string says filled in where the record's value stands in it.

    `journals` are the record's journal names (full and short titles)."""
    text = reading_text(raw)
    if not text:
        return cited
    update: dict[str, object] = {}
    span = None
    for candidate_title in (record.title or "", *record.other_titles):
        # a retracted work's record title opens with "RETRACTED: ", which the cited string
        # rarely repeats: looked for with it, the title's span would reach back over the author
        # part's "et al." to make up the marker's length
        span = title_span(text, strip_retracted_prefix(candidate_title))
        if span is not None:
            break
    if span is not None:
        title = text[span[0] : span[1]].strip(" .,;:")
        if title and title != cited.title and not _adds_subtitle(cited.title, title, text, span):
            update["title"] = title
    head = text[: span[0]] if span is not None else text[: max(60, len(text) // 2)]
    authors = _authors_in(head, record)
    # the parser's names stand unless they are no names at all (nothing, or text the string's
    # author part does not hold as a name): "Smith J, Zanos P" keeps Smith as its first author
    parsed_names = bool(cited.authors) and _reads_as_name(head, cited.authors[0])
    if authors and not parsed_names:
        update["authors"] = authors + (["et al."] if _ET_AL.search(head) else [])
    numbers = string_numbers(text)
    if cited.year is None and record.year is not None and str(record.year) in numbers:
        update["year"] = record.year
    for field, value in (("volume", record.volume), ("issue", record.issue)):
        if getattr(cited, field) is None and value and normalize_number(value) in numbers:
            update[field] = value
    if cited.pages is None and _pages_in(numbers, record.pages):
        update["pages"] = record.pages
    journal = strip_trailing_locator(cited.journal)
    if journal != cited.journal:
        update["journal"] = journal
    if journals and journal_similarity(journal, journals) < JOURNAL_OK:
        # the parser took the wrong stretch for the journal; the record's journal is in the string
        for name in journals:
            found = title_span(text, name, _AFTER_JOURNAL)
            if found is not None and (span is None or found[0] >= span[1]):
                update["journal"] = text[found[0] : found[1]].strip(" .,;:")
                break
    return cited.model_copy(update=update) if update else cited


def numbers_support(raw: str, record: Record) -> bool:
    """Does the string carry the record's first author, year, volume and first page? Four
    independent items a real work has and an invented one almost never matches all at once
    (Crossref's validation asks four for a journal article); enough to identify the work when
    the string names no title or the parser could not find it."""
    if not (record.authors and record.year and record.volume and record.pages):
        return False
    text = reading_text(raw)
    numbers = string_numbers(text)
    first = parse_pages(record.pages)
    first_page = re.sub(r"\D", "", first[0]) if first else ""
    head = text[: max(60, len(text) // 2)]
    return (
        _name_in(head, record.authors[0])
        and str(record.year) in numbers
        and normalize_number(record.volume) in numbers
        and bool(first_page)
        and str(int(first_page)) in numbers
    )
