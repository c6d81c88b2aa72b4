"""An article's own reference list: find the section, split it into entries, parse each entry.

Styles understood: APA ("Zanos, P., & Gould, T. D. (2018). Title. Journal, 23(4), 801-811."),
Harvard ("Zanos, P. and Gould, T.D. (2018) 'Title', Journal, 23(4), pp. 801-811."), AMA/Vancouver
("Zanos P, Gould TD. Title. Mol Psychiatry. 2018;23(4):801-811.") and web sources
("Org. (2022). Title. Retrieved from https://..."). Whatever cannot be parsed stays null; the raw
string is always kept because the resolver searches on it.

Lists written in markdown or HTML are read past their markup (`plain_text`): emphasis
("*Molecular Psychiatry, 23*(4)", "_Journal_", "**Zanos**"), <i>/<em> tags, links, entities and
bullets. Only the parse sees the plain text; `raw` and the offsets are those of the text as written.
A journal is whatever lies between the title and the trailing "volume(issue), pages", so names
with commas ("Journal of Neurology, Neurosurgery & Psychiatry") stay whole; article numbers
("e045678", "21m14102") are pages.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from citecheck.doi import DOI_PATTERN, find_dois, find_identifiers
from citecheck.extraction.names import (
    ET_AL,
    ET_AL_RE,
    LOWER,
    UNCASED,
    UPPER,
    family_name,
    is_organisation,
    without_name_suffixes,
)
from citecheck.extraction.sentences import reference_headings
from citecheck.lazy_regex import LazyRegex
from citecheck.lexicon import LEXICON
from citecheck.models import Cited, WorkKind

# a Markdown footnote's label: a number ("[^12]") or a word ("[^aap2013]")
_FOOTNOTE_LABEL = r"\[\^(?:\d{1,3}|[A-Za-z][\w-]{0,39})\]"
# a list marker: a bullet, "[12]", "12." or "12)", or a Markdown footnote's label "[^12]:"
_MARKER = re.compile(
    rf"^[ \t]*(?:[-*+•–][ \t]+|\[\d{{1,3}}\][ \t]*|{_FOOTNOTE_LABEL}:[ \t]*|\d{{1,3}}[.)][ \t]+)"
)
# Markdown footnote definitions ("[^1]: Zanos P, Gould TD. ..."): a list of notes, each
# cited in the text as "[^1]"
_FOOTNOTE_DEFINITION = re.compile(rf"(?m)^[ \t]{{0,3}}{_FOOTNOTE_LABEL}:[ \t]*\S")
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# a month as references abbreviate or write it ("Aug", "Sept.", "August")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# a page or article number: "801", "e045678", "S12", "21m14102" (J Clin Psychiatry), optionally a
# range "801-811", "S12-S18"
_PAGE = r"(?:[A-Za-z]{1,3}\d+|\d+(?:[A-Za-z]{1,3}\d+)?)"
_PAGES = rf"{_PAGE}(?:\s*[-–—]\s*{_PAGE})?"
_URL = re.compile(r"https?://[^\s<>\"]+")
_URL_LEAD = re.compile(
    r"(?:\b(?:retrieved|accessed|available)\b[^.]*?\b(?:from|at)\b|\bavailable\s+online\b|"
    r"\burl\b)\s*:?\s*$",
    re.IGNORECASE,
)
_DOI_LEAD = re.compile(r"(?:\bdoi\b\s*:?\s*|https?://(?:dx\.)?doi\.org/)$", re.IGNORECASE)
_APA_HEAD = re.compile(
    rf"^(?P<authors>.+?)[.,]?\s*\((?P<year>{_YEAR})[a-z]?(?:,[^)]*)?\)[.,:]?\s*(?P<rest>.*)$",
    re.DOTALL,
)
_VANCOUVER_TAIL = re.compile(
    rf"(?P<year>{_YEAR})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?\s*;\s*(?P<volume>\d+)"
    rf"(?:\s*\((?P<issue>[^)]+)\))?\s*:\s*(?P<pages>{_PAGES})"
)
# An article cited before its issue, by its publisher item identifier or e-locator alone and no
# volume: AMA "Lancet. 2020;S0140-6736(20)31180-6.", NLM "Lancet. 2020 May 22:S0140-6736(20)
# 31180-6." and "N Engl J Med. 2020 Apr 10:NEJMoa2007016.". The identifier names no page, so it
# is kept out of the journal and the pages.
_VANCOUVER_AHEAD_TAIL = re.compile(
    rf"(?P<year>{_YEAR})(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?\s*[;:]\s*"
    r"(?:S\d{4}-?\d{3}[\dX]\s*\(\s*\d{2}\s*\)\s*\d{5}\s*-?\s*[\dX]|e\d{3,}|[A-Z]{2,6}[a-z]{0,3}\d{5,})"
    r"\s*\.?\s*$"
)
# What follows an APA/Harvard title, read from the right: the trailing ", volume(issue), pages"
# is the locator and everything before it is the journal, commas and all ("Journal of Neurology,
# Neurosurgery & Psychiatry, 85(2), 123-130").
_VENUE = re.compile(
    r"^(?P<journal>.*?[^\W\d_].*?)\s*,\s*(?:vol\.?\s*)?(?P<volume>\d+)\s*"
    r"(?:\(\s*(?P<issue>[^)]+?)\s*\))?"
    rf"(?:\s*[,:]\s*(?:(?:pp?\.?|article(?:\s+no\.?)?)\s*)?(?P<pages>{_PAGES}))?"
    r"\s*[.,]?\s*$",
    re.IGNORECASE,
)
_CAP = f"[A-Z{UPPER}]"  # any capital letter: "Åsberg, M.", "Öst, L.-G."
_APA_AUTHOR = re.compile(
    rf"(?P<family>[^,&]+?),\s*(?:(?:{_CAP}\.?\s*-?\s*){{1,4}})(?=,|&|\band\b|$)"
)
# a line that stops mid-phrase: on a letter (not an initial's full stop), a comma, "&", a hyphen
_UNFINISHED = re.compile(r"(?:[A-Za-z]{2}|[,;:&(/\-])$")
# what a wrapped reference's last line looks like: "23(4), 801-811", "2018;23:801", a DOI or URL,
# an article number ("7:e33693", "7, e33693", "p. e33693")
_TAIL_FRAGMENT = re.compile(
    r"\d+\s*\(\d+\)|\b\d+\s*[-–]\s*\d+\b|;\s*\d+|\bdoi\b|https?://|\b10\.\d{4,9}/"
    r"|\b\d+\s*:\s*[A-Za-z]{0,2}\d+\b|\b\d+\s*,\s*e\d{3,}\b|\bpp?\.\s*[A-Za-z]?\d+",
    re.IGNORECASE,
)
_APA_START = re.compile(rf"{_CAP}[^\s,]+(?:[ -]{_CAP}[^\s,]+)*,\s+{_CAP}\.")
_VANCOUVER_START = re.compile(rf"{_CAP}[^\s,]+(?:[ -]{_CAP}[^\s,]+)*\s{_CAP}{{1,3}}[,.]")
_ORG_START = re.compile(rf"{_CAP}[^.()]{{2,100}}\.?\s*\(\d{{4}}[a-z]?\)")
_ENDS_WITH_ADDRESS = re.compile(r"(?:https?://|\b10\.\d{4,9}/)[^\s<>\"]+$", re.IGNORECASE)
_BROKEN_AFTER = re.compile(r"(?<=[/\-])[ \t]*\r?\n\s*")
_WHITESPACE = re.compile(r"\s+")
# Markup that articles copied from the web or written in markdown carry: inline HTML tags,
# autolinks "<https://...>", links "[text](url)", entities, backslash escapes and emphasis
# ("*Molecular Psychiatry, 23*(4)", "_Journal_", "**Zanos**"). Parsing reads past it.
_HTML_TAG = re.compile(
    r"</?(?:i|em|b|strong|u|cite|span|sup|sub|a|font|small|mark|br)\b[^<>]*>", re.IGNORECASE
)
_AUTOLINK = re.compile(r"<((?:https?://|doi:)[^<>\s]+)>", re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]\(((?:https?://|doi:)[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_EMPHASIS = re.compile(r"\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")
_DELIMITERS = "*_"
# the characters `plain_text` has something to do with; most lines hold none
_MARKUP_CHARS = "*_<>[]&\\"
_MARKUP_CHAR = re.compile(f"[{re.escape(_MARKUP_CHARS)}]")
# compiled once: `looks_like_reference` runs on every line of a text without a reference heading
_YEAR_RE = re.compile(_YEAR)
_WHOLE_YEAR = re.compile(rf"\b{_YEAR}[a-z]?\b")
_BRACKETED_YEAR = re.compile(rf"\({_YEAR}[a-z]?\)")
_BRACKETED_YEAR_STOP = re.compile(rf"\({_YEAR}[a-z]?\)\.")


@dataclass(frozen=True)
class ReferenceEntry:
    """One entry of the list: its text (marker and outer spaces removed) and exact offsets."""

    raw: str
    start: int
    end: int


def find_reference_section(
    text: str, headings: list[tuple[int, int]] | None = None
) -> tuple[int, int] | None:
    """Offsets of the reference list's body (after its heading), or None.

    By heading when there is one (the heading whose list has the most entries, the later on a
    tie); otherwise by shape: the last run of three or more consecutive lines that each look like
    a reference. `headings`: the heading lines, when already found.
    """
    headings = reference_headings(text) if headings is None else headings
    if headings:
        # the heading whose list is longest: an article's supplement may have a "References"
        # heading of its own after the article's list, and a contents line may name one before
        # it; the later heading wins a tie
        if len(headings) == 1:
            body_start = headings[0][1]
            return (body_start, len(text)) if text[body_start:].strip() else None
        best: tuple[int, int] | None = None
        best_count = -1
        for _start, body_start in headings[-MAX_HEADINGS:]:
            if not text[body_start:].strip():
                continue
            count = len(split_entries(text, body_start))
            if count >= best_count:
                best, best_count = (body_start, len(text)), count
        return best
    return _section_by_shape(text) or _footnote_section(text)


def _footnote_section(text: str) -> tuple[int, int] | None:
    """Markdown footnote definitions with no heading above them, from the first to the end of
    the text (`split_entries` keeps those that read as references), when one of them does."""
    # a definition holds "[^" on its own line: `str.find` reaches the first far faster than a
    # search whose every try starts with "^" (tried at each position of the text)
    marker = text.find("[^")
    if marker < 0:
        return None
    first = _FOOTNOTE_DEFINITION.search(text, text.rfind("\n", 0, marker) + 1)
    if first is None:
        return None
    line_start = text.rfind("\n", 0, first.start()) + 1
    for definition in _FOOTNOTE_DEFINITION.finditer(text, first.start()):
        line_end = text.find("\n", definition.start())
        line = text[definition.start() : len(text) if line_end < 0 else line_end]
        if looks_like_reference(plain_text(_MARKER.sub("", line, count=1))):
            return line_start, len(text)
    return None


# the last this many reference headings are weighed (bounded work on hostile text)
MAX_HEADINGS = 8


def split_entries(text: str, start: int = 0, end: int | None = None) -> list[ReferenceEntry]:
    """Split `text[start:end]` into entries: one per reference, which may wrap over lines.

    A block of lines that does not look like a reference ends the list once entries have been
    seen, so trailing page furniture ("share this article") is not taken in; a book, chapter or
    report between articles ("Stahl SM. Essential Psychopharmacology. 4th ed. Cambridge
    University Press; 2013.") does not end it when it opens like an entry and more entries
    follow. `raw` is the exact text of the entry (line breaks included); `parse_reference` reads
    it as one line.
    """
    end = len(text) if end is None else end
    blocks: list[tuple[ReferenceEntry, bool, tuple[str, int] | None]] = []
    for block_start, block_end in _entry_blocks(text, start, end):
        marker = _MARKER.match(text[block_start:block_end])
        body_start = block_start + (marker.end() if marker else 0)
        body = text[body_start:block_end]
        stripped = body.strip()
        if not stripped:
            continue
        entry_start = body_start + len(body) - len(body.lstrip())
        entry = ReferenceEntry(stripped, entry_start, entry_start + len(stripped))
        number = _entry_number(text[block_start:block_end])
        blocks.append((entry, looks_like_reference(_one_line(stripped)), number))
    last = max((i for i, (_, looks, _n) in enumerate(blocks) if looks), default=-1)
    entries: list[ReferenceEntry] = []
    previous: tuple[str, int] | None = None
    for index, (entry, looks, number) in enumerate(blocks):
        line = _one_line(entry.raw)
        between = bool(entries) and index < last and _loose_entry(line)
        # the next number of a numbered list is its next entry whatever it holds ("13 Title.
        # 2020.": a work without authors or journal); so is a titled work that closes the list
        numbered = (
            previous is not None and number == (previous[0], previous[1] + 1) and _has_words(line)
        ) or (not entries and number is not None and number[1] == 1 and _titled_work(line))
        closing = (bool(entries) or index == 0) and index == len(blocks) - 1 and _titled_work(line)
        if looks or between or numbered or closing or _identifier_only(line):
            entries.append(entry)
            previous = number
        elif entries:
            break
    return entries


# an entry number as lists print it: "[12]", "(12)", "12.", "12)" or a bare "12 " before a capital
_NUMBER_FORMS = re.compile(
    rf"^[ \t]*(?:\[(?P<bracket>\d{{1,3}})\]|\[\^(?P<footnote>\d{{1,3}})\]:"
    rf"|\((?P<paren>\d{{1,3}})\)|(?P<stop>\d{{1,3}})\.(?!\d)"
    rf"|(?P<close>\d{{1,3}})\)|(?P<bare>\d{{1,3}})(?=[ \t]+[{_CAP[1:-1]}“\"‘']))"
)
# what follows a list on a page and is not an entry, though it may carry a year and full stops
_FURNITURE = re.compile(
    r"©|\b(?:copyright|rights reserved|licen[cs]ed?|creative commons|received|accepted|published "
    r"by|cite this|download|share this|terms of use|privacy)\b",
    re.IGNORECASE,
)


def _entry_number(block: str) -> tuple[str, int] | None:
    """("bracket"|"paren"|"stop"|"close"|"bare", number) of a block's entry number, or None."""
    match = _NUMBER_FORMS.match(block)
    if not match or match.lastgroup is None:
        return None
    return match.lastgroup, int(match.group(match.lastgroup))


def _has_words(line: str) -> bool:
    return len(re.findall(r"[^\W\d_]{2,}", line)) >= 3 and not _FURNITURE.search(line)


# what is left of an identifier-only entry once its identifiers and their labels are gone
_IDENTIFIER_PARTS = re.compile(
    r"https?://\S+|\b(?:doi|DOI):?\s*10\.\S+|\b10\.\d{4,9}/\S+|"
    r"\b(?:PMID|PMCID|PubMed(?:\s+Central)?|PMC\d+|doi|DOI)\b|[\d\W_]+"
)


def _identifier_only(line: str) -> bool:
    """ "3. PMID: 10686270", "https://pubmed.ncbi.nlm.nih.gov/10686270/", "doi:10.1056/...": an
    entry that is only an identifier names its work as surely as a full citation does, and
    health articles print their lists that way."""
    if not (find_dois(line) or find_identifiers(line).keys() & {"pmid", "pmcid"}):
        return False
    return len(_IDENTIFIER_PARTS.sub("", line)) <= 10


def _has_identifier(text: str) -> bool:
    """Does `text` hold a DOI, a web address, a PMID or a PMCID?"""
    return bool(
        find_dois(text) or _URL.search(text) or find_identifiers(text).keys() & {"pmid", "pmcid"}
    )


def belongs_after_list(paragraph: str) -> bool:
    """Does a paragraph after a list's last entry still belong to the list: another entry (one
    the splitter stopped before), an identifier-only line, or page furniture ("© 2024 ...",
    "Received ...", "share this article")? Prose and headings that are neither are article text
    again."""
    line = _one_line(paragraph)
    return looks_like_reference(line) or _identifier_only(line) or bool(_FURNITURE.search(line))


def _titled_work(line: str) -> bool:
    """A work cited by its title and year only ("Title of the work. 2020.", "(2020) Title"):
    five words or more and a year standing as a field of its own, no page furniture."""
    line = plain_text(line)
    if len(line) < 30 or _FURNITURE.search(line):
        return False
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 5 and _field_year(line) is not None


def _loose_entry(line: str) -> bool:
    """A book, chapter, report or in-press entry between two entries: the opening of an entry,
    or a year and full stops."""
    line = plain_text(line)
    if len(line) < 25:
        return False
    opens = _starts_reference(line) or _names_end(line) is not None
    if not re.search(rf"\b{_YEAR}[a-z]?\b", line):
        return opens  # "Smith E, Haustein S. Title. Journal In Press": no year yet
    return opens or line.count(".") >= 2


def _entry_blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of entries: a list marker or a blank line starts a new one; a line continues the
    entry above when it is indented, when the line above stops mid-phrase, or when it holds only
    the tail of a reference (journal, volume, pages, DOI) and does not read as one of its own.

    Each line is read with a bounded window of the block above (its last `_WINDOW` characters,
    and whether a locator was seen in it), so that a long run of lines stays linear."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    located = False  # the current block holds a locator (volume, pages, DOI)
    for line_start, line_end in _lines(text, start, end):
        line = text[line_start:line_end]
        if not line.strip():
            if current:
                blocks.append(current)
            current = None
            continue
        if current:
            head = text[current[0] : min(current[1], current[0] + _WINDOW)]
            tail = text[max(current[0], current[1] - _WINDOW) : current[1]]
            if (
                not _MARKER.match(line)
                and not _next_number(head, line)
                and (_year_continues(head, tail, line) or _continues(tail, located, line))
            ):
                window = text[max(current[0], line_start - _WINDOW) : line_end]
                located = located or bool(_TAIL_FRAGMENT.search(plain_text(window)))
                current = (current[0], line_end)
                continue
            blocks.append(current)
        current = (line_start, line_end)
        located = bool(_TAIL_FRAGMENT.search(plain_text(line)))
    if current:
        blocks.append(current)
    return blocks


# how much of the block above a line is read to decide whether the line continues it
_WINDOW = 400


def _next_number(block: str, line: str) -> bool:
    """Does `line` open with the number after the block's ("12 Title" after "11 Name")?"""
    before, after = _entry_number(block), _entry_number(line)
    return before is not None and after == (before[0], before[1] + 1)


# a line that opens with a year and its date or locator ("2008;337:a1302.", "2018 Aug
# 23;379(8):711-21", "2008 337(7)", "(2008). Title"); a year followed by words ("2019 ESC
# Guidelines on ...") opens a title, not a date
_YEAR_FIRST = re.compile(rf"^\(?{_YEAR}[a-z]?\b(?=\s*(?:[;:(),.]|$)|\s+{_MONTH}(?!\w)|\s+\d)")


def _year_continues(head: str, tail: str, line: str) -> bool:
    """Does `line`, opening with a year and a date or locator, continue the entry above? No
    style opens an entry with its date, so such a line is the date of the entry being written
    when that entry has none yet, or when the list numbers its entries (a number, not a year,
    opens the next one). A title may open with a year ("2019 ESC Guidelines on ..."): that line
    is an entry of its own. Page furniture ("2024 (c) Publisher") is never taken in."""
    body = plain_text(line.strip())
    if not _YEAR_FIRST.match(body) or _FURNITURE.search(body):
        return False
    return _entry_number(head) is not None or not _WHOLE_YEAR.search(plain_text(tail))


# a year followed by a capitalised word that is not a month: the opening of a title
_YEAR_TITLE = re.compile(rf"^{_YEAR}\s+(?!{_MONTH}(?!\w))[A-Z]")


def _continues(tail: str, located: bool, line: str) -> bool:
    """Does `line` continue the block that ends with `tail` (`located`: it holds a locator)?"""
    if line[:1] in " \t":
        return True
    body = plain_text(line.strip())
    tail = plain_text(tail).rstrip()
    # a URL ending in a letter ("https://www.nimh.nih.gov/health/topics/ketamine") is not a
    # phrase cut short when the next line opens a reference of its own
    if _UNFINISHED.search(tail) and not (_ENDS_WITH_ADDRESS.search(tail) and _opens_entry(body)):
        return True
    if _opens_entry(body) or _YEAR_TITLE.match(body):
        # "2019 ESC Guidelines on ...": a title opening with its year starts an entry whose
        # group author was left out
        return False
    if _DATE_LOCATOR_START.match(body):
        # "2018 Aug 23;379(8):711-21.", "2008;337:a1302.": a Vancouver entry's date and locator
        # wrapped onto a line of their own; no entry opens with them
        return True
    if _identifier_only(body):
        # "doi:10.1002/14651858.CD000219.pub4" wrapped onto a line of its own (a PDF's list): the
        # identifier of the entry above when that has none, not an entry of its own
        return not _has_identifier(tail)
    if _TAIL_FRAGMENT.search(body):
        return not looks_like_reference(body)
    # the entry above has no venue or locator yet, and this line does not open a new entry
    return not located and not _starts_reference(body)


# A line opening with a year and the volume after its semicolon ("2018 Aug 23;379", "2008;337")
_DATE_LOCATOR_START = re.compile(
    rf"{_YEAR}(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?\s*;\s*\d", re.ASCII
)


def _opens_entry(line: str) -> bool:
    return looks_like_reference(line) and _starts_reference(line)


def _starts_reference(line: str) -> bool:
    """Opens like an entry: "Zanos, P." (APA/Harvard), "Zanos P," (Vancouver), "Name. (2020)"."""
    line = plain_text(line)
    return bool(_APA_START.match(line) or _VANCOUVER_START.match(line) or _ORG_START.match(line))


def _one_line(raw: str) -> str:
    """A wrapped entry as one line: a DOI, URL or range broken after "/" or "-" is rejoined."""
    return _WHITESPACE.sub(" ", _BROKEN_AFTER.sub("", raw)).strip()


def plain_text(line: str) -> str:
    """`line` without markdown or HTML markup (see `_HTML_TAG`); DOIs and URLs are left intact.

    Only for reading an entry: offsets and `raw` always refer to the text as written.
    """
    if not _MARKUP_CHAR.search(line):
        return line
    line = _AUTOLINK.sub(r"\1", line)
    line = _HTML_TAG.sub(lambda m: " " if m.group(0).lower().startswith("<br") else "", line)
    line = _MD_LINK.sub(_link_text, line)
    line = _ENTITY.sub(lambda m: html.unescape(m.group(0)), line)
    line = _MD_ESCAPE.sub(r"\1", line)
    if not any(c in line for c in _DELIMITERS):
        return line
    pieces: list[str] = []
    position = 0
    for start, end in _locator_spans(line):
        pieces.append(_EMPHASIS.sub("", line[position:start]))
        pieces.append(line[start:end])
        position = end
    pieces.append(_EMPHASIS.sub("", line[position:]))
    return "".join(pieces)


def _link_text(match: re.Match[str]) -> str:
    text, target = match.group(1).strip(), match.group(2)
    if text == target:
        return text
    if shown := find_dois(text):
        # a link whose target is another DOI than the one it shows: both are kept, so the entry
        # is checked by what it shows and the reader is told where the link leads
        shown_keys = {doi for doi, _start, _end in shown}
        if any(doi not in shown_keys for doi, _start, _end in find_dois(target)):
            return f"{text} {target}"
        return text
    if _URL.search(text):
        return text
    return f"{text} {target}"


def _locator_spans(line: str) -> list[tuple[int, int]]:
    """Spans of URLs and DOIs, where "_" and "*" are part of the address, not emphasis; a
    delimiter run at the very end ("*https://doi.org/10.1/x*") closes emphasis around it."""
    spans: list[tuple[int, int]] = []
    for match in [*_URL.finditer(line), *DOI_PATTERN.finditer(line)]:
        start, end = match.span()
        while end > start and line[end - 1] in _DELIMITERS + ".,;:)]":
            end -= 1
        if any(s <= start < e for s, e in spans):
            continue
        spans.append((start, end))
    return sorted(spans)


def find_reference_entries(text: str) -> list[ReferenceEntry]:
    """The article's reference-list entries, in order (empty when it has none)."""
    section = find_reference_section(text)
    if section is None:
        return []
    return split_entries(text, *section)


def looks_like_reference(line: str) -> bool:
    """A line with a year and either a DOI/URL or the punctuation of a citation."""
    line = plain_text(line)
    if len(line) < 25 or not _YEAR_RE.search(line):
        return False
    if find_dois(line) or _URL.search(line):
        return True
    stops_and_year = line.count(".") >= 2 and _WHOLE_YEAR.search(line)
    return bool(
        _BRACKETED_YEAR.search(line)
        or _VANCOUVER_TAIL.search(line)
        or (stops_and_year and "," in line)
        # "Antelman K. 2017. Title. In: Proceedings ...": no comma, but opens with a name
        or (stops_and_year and (_VANCOUVER_START.match(line) or _names_end(line) is not None))
    )


# "Zarate CA Jr, Singh JB": a generational suffix after Vancouver initials is not a name of its
# own (read as one, it made "CA" the first author).
_NAME_SUFFIX = re.compile(r"(\b[A-Z]{1,3}) (?:Jr|Sr|II|III|IV)\.?(?=[,.;])")


def without_entry_number(line: str) -> str:
    """`line` without the entry number that opens it ("1 Park J-K", "[1]P. Zanos", "1.Zanos")."""
    return _ENTRY_NUMBER.sub("", _MARKER.sub("", line, count=1), count=1)


def parse_reference(raw: str) -> tuple[Cited, WorkKind]:
    """Parse one free-text reference into what it claims, and what kind of work it names."""
    raw = plain_text(_MARKER.sub("", _one_line(raw), count=1)).strip()
    raw = _ENTRY_NUMBER.sub("", raw, count=1)
    raw = _NAME_SUFFIX.sub(r"\1", raw)
    raw, edited = _without_editor_mark(raw)
    doi = _first_doi(raw)
    other_doi = _other_doi(raw, doi)
    url = _first_url(raw)
    work = _strip_locators(raw)
    cited = (
        _parse_apa_or_harvard(work)
        or _parse_vancouver_book(work)
        or _parse_vancouver(work)
        or _parse_by_parts(work)
        or _parse_segments(work)
        or _parse_fallback(work)
    )
    identifiers = find_identifiers(raw)
    cited = cited.model_copy(
        update={
            "doi": doi,
            "url": url if not doi else _non_doi_url(raw),
            "other_doi": other_doi,
            "edited": cited.edited or edited,
            **identifiers,
        }
    )
    return cited, _work_kind(cited)


# "ed."/"eds."/"(Ed.)"/"editors" after the names that open an entry, before its title: the
# names are the book's editors ("Miller, Ronald D., ed. “Intravenous Anesthetics.” In ...",
# "Miller, R. D. (Ed.). (2015).")
_EDITOR_MARK = re.compile(
    r"^(?P<names>[^“”\"()]{2,300}?(?:[^\W\d_]|[^\W\d_]\.))"
    r"(?P<mark>,\s*(?:eds?|editors?)\b\.?|\s+\((?:eds?|editors?)\.?\))(?=[.,]?\s)",
    re.IGNORECASE,
)


def _only_names(text: str) -> bool:
    """Whether `text` holds names only: no word in lower case but "and", "et al." and the
    particles of family names. A title has small words ("Archaeology, the Public and the Recent
    Past. In: Dalglish C, editor.": the editor is the chapter's book's, not the entry's)."""
    words = re.findall(r"[^\W\d_]+", ET_AL_RE.sub("", text))
    return not any(
        word[0].islower() and word != "and" and word not in NAME_PARTICLES for word in words
    )


def _without_editor_mark(raw: str) -> tuple[str, bool]:
    """`raw` without the mark that says its names are editors, and whether it had one. A full
    stop after the mark closes the names and is kept, once."""
    match = _EDITOR_MARK.match(raw[:MAX_NAMES_CHARS])
    if match is None or not _only_names(match.group("names")):
        return raw, False
    names, rest = match.group("names"), raw[match.end("mark") :]
    mark = match.group("mark")
    if mark.endswith(".") and not rest.startswith((".", ",")) and not names.endswith("."):
        rest = "." + rest
    elif names.endswith(".") and rest.startswith("."):
        rest = rest[1:]
    return names + rest, True


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        spans.append((position, line_end))
        position = line_end + 1
    return spans


# What a line that may look like a reference holds: a year's first two digits or a markup
# character (`_YEAR_RE`, `_MARKUP_CHAR`), literals that `str.find` skips ahead to.
_SHAPE_NEEDLES = ("18", "19", "20", *_MARKUP_CHARS)


def _next_needle(text: str, needles: dict[str, int], position: int) -> int:
    """Where the first of `needles` at or after `position` stands, or -1. `needles` holds where
    each was last found (-1: nowhere further), and is brought up to `position`."""
    first = -1
    for needle, at in needles.items():
        if 0 <= at < position:
            at = needles[needle] = text.find(needle, position)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def _section_by_shape(text: str) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    run_start: int | None = None
    run_count = 0
    last_end = 0
    # Empty lines change nothing below; a text of blank lines has a million of them. Outside a
    # run, neither does a line that cannot look like a reference: one without a year, whose
    # markup cannot make one either (no markup: `plain_text` leaves it as it is). Such a line
    # holds none of `_SHAPE_NEEDLES`: outside a run, the next line that does is gone to at once.
    needles = {needle: text.find(needle) for needle in _SHAPE_NEEDLES}
    position = 0
    while position < len(text):
        line_start = position
        if run_start is None:
            found = _next_needle(text, needles, position)
            if found < 0:
                break
            line_start = text.rfind("\n", position, found) + 1 or position
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        position = line_end + 1
        raw = text[line_start:line_end]
        if not raw or (
            run_start is None and not _YEAR_RE.search(raw) and not _MARKUP_CHAR.search(raw)
        ):
            continue
        line = plain_text(_MARKER.sub("", raw)).strip()
        if line and looks_like_reference(line) and _has_reference_shape(line):
            if run_start is None:
                run_start, run_count = line_start, 0
            run_count += 1
            last_end = line_end
        elif line:
            if run_start is not None and run_count >= 3:
                best = (run_start, last_end)
            run_start, run_count = None, 0
    if run_start is not None and run_count >= 3:
        best = (run_start, last_end)
    return best


def _has_reference_shape(line: str) -> bool:
    # stricter than looks_like_reference: prose with a year and a link must not start a list
    return bool(
        _BRACKETED_YEAR_STOP.search(line)
        or _VANCOUVER_TAIL.search(line)
        or (find_dois(line) and line.count(".") >= 2)
    )


# AMA's bracketed notes inside an entry, after its title: "[published correction appears in
# Mol Psychiatry. 2018;23(4):1011]", "[published online ahead of print, 2020 Mar 9]",
# "[retracted in: ...]". The numbers in them belong to the other item (or the online date),
# never to the cited work, so they are set aside like PubMed's notes after the entry. MEDLINE
# brackets a translated title ("[Update on the treatment of depression]", "[Comment on the new
# guidelines]"), so a note opens with its own phrase and, unless it says "published ..." or
# "appears in", cites its item: a colon after the phrase or a year and semicolon inside.
_BRACKETED_NOTE = re.compile(
    r"\[\s*(?:(?:published\s+(?:correction|erratum|retraction|online)|epub)\b"
    r"|(?:correction|corrigendum|erratum|retraction|retracted|comment|update|expression\s+of"
    r"\s+concern)\s+(?:appears?\s+in\b|(?:in|of|on|for)\s*:|in\b(?=[^\[\]]*\b\d{4}\s*;)))"
    r"[^\[\]]*\]",
    re.IGNORECASE,
)
# a note of the work's own online version: a DOI in it is the work's, not another item's
_ONLINE_NOTE = re.compile(r"\[\s*(?:published\s+online|epub)\b", re.IGNORECASE)


def _first_doi(raw: str) -> str | None:
    """The entry's first DOI outside a bracketed note of another item (its correction's DOI)."""
    notes = _bracketed_notes(raw)
    found = [
        doi for doi, start, _end in find_dois(raw) if not any(a <= start < b for a, b in notes)
    ]
    return found[0] if found else None


def _bracketed_notes(raw: str) -> list[tuple[int, int]]:
    return [
        (m.start(), m.end())
        for m in _BRACKETED_NOTE.finditer(raw)
        if not _ONLINE_NOTE.match(m.group())
    ]


# PubMed's notes of related items after an entry ("Erratum in: ... doi:...", "Comment in:"):
# what follows names another item on purpose, never a second DOI for the cited work
_RELATED_ITEM_NOTE = re.compile(
    r"\b(?:Erratum|Comment|Retraction|Update|Expression\s+of\s+concern|Corrected\s+and\s+"
    r"republished|Republished)\s+(?:in|on|for|of|from)\s*:",
    re.IGNORECASE,
)


_NOTE_END = re.compile(r"\b(?:PMID|PMCID)\b")


def without_item_notes(raw: str) -> str:
    """The entry without its notes of other items: AMA's bracketed notes ("[retracted in:
    Lancet. 2020;395(10240):1820]") and PubMed's related-item notes after the entry ("Retraction
    in: Lancet. 2020 Jun 13;395(10240):1820." up to its PMID). What a note names is another
    item, so neither parsing, nor a search, nor reading the entry against a record may take its
    words for the cited work's."""
    text = _BRACKETED_NOTE.sub(" ", raw)
    note = _RELATED_ITEM_NOTE.search(text)
    while note is not None:
        end = _NOTE_END.search(text, note.end())
        text = text[: note.start()] + " " + (text[end.start() :] if end else "")
        note = _RELATED_ITEM_NOTE.search(text, note.start())
    return " ".join(text.split())


def _other_doi(raw: str, doi: str | None) -> str | None:
    """The first DOI in the entry that is not `doi` (most often a link's target): the entry is
    checked by its first DOI; the other is only reported. DOIs in a note of related items are
    those items' own."""
    note = _RELATED_ITEM_NOTE.search(raw)
    end = note.start() if note else len(raw)
    notes = _bracketed_notes(raw)
    return next(
        (
            found
            for found, start, _end in find_dois(raw)
            if found != doi and start < end and not any(a <= start < b for a, b in notes)
        ),
        None,
    )


def _first_url(raw: str) -> str | None:
    match = _URL.search(raw)
    return match.group(0).rstrip(".,;)") if match else None


def _non_doi_url(raw: str) -> str | None:
    for match in _URL.finditer(raw):
        if "doi.org/" not in match.group(0).lower():
            return match.group(0).rstrip(".,;)")
    return None


_PUBMED_STATUS = re.compile(
    rf"\[?\bEpub\s+(?:ahead\s+of\s+print|{_YEAR}(?:\s+[A-Z][a-z]{{2}}(?:\s+\d{{1,2}})?)?)\b\]?\.?",
    re.IGNORECASE,
)


def _strip_locators(raw: str) -> str:
    """Remove DOIs, URLs and the words that introduce them, leaving the bibliographic part."""
    pieces: list[tuple[int, int]] = []
    for _doi, start, end in find_dois(raw):
        lead = _DOI_LEAD.search(raw[:start])
        pieces.append((lead.start() if lead else start, end))
    for match in _URL.finditer(raw):
        lead = _URL_LEAD.search(raw[: match.start()])
        pieces.append((lead.start() if lead else match.start(), match.end()))
    merged: list[tuple[int, int]] = []  # a DOI and its link overlap ("https://doi.org/10.1/a<b>c")
    for start, end in sorted(pieces):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    work = raw
    for start, end in reversed(merged):
        work = work[:start] + " " + work[end:]
    work = re.sub(
        r"\b(?:PMID|PMCID)\s*:?\s*(?:PMC)?\d+|\bPMC\d{4,9}\b|\barxiv\s*:\s*\S+|\bISBN(?:-1[03])?\s*:?\s*[\dXx -]{10,17}",
        " ",
        work,
        flags=re.IGNORECASE,
    )
    # PubMed's publication-status notes: "Epub ahead of print." and "Epub 2020 Jul 17."
    work = _PUBMED_STATUS.sub(" ", work)
    work = without_item_notes(work)
    # what held a removed locator: "[ ]", "( )", "< >", Markdown code marks ("`https://...`")
    work = re.sub(r"\[\s*\]|\(\s*\)|<\s*>|`+|\(\s*accessed[^)]*\)", " ", work, flags=re.IGNORECASE)
    return " ".join(work.split()).strip(" .,;")


def _add_group_author(names: list[str], gap: str) -> None:
    """A group author between (or around) "Family, I." authors: "SYNTH-DEP Consortium, &
    Lindgren, A." names the consortium as well as Lindgren."""
    gap = re.sub(r"^(?:\s*(?:[,;&]|\band\b))+|(?:(?:[,;&]|\band\b)\s*)+$", "", gap.strip()).strip()
    if gap and is_organisation(gap):
        names.append(gap)


def _apa_authors(text: str) -> list[str]:
    """Authors before an APA/Harvard "(year)". Without a comma or an initial, the whole is one
    organisation: APA writes a person "Family, I.", so "Janssen Pharmaceuticals. (2019)" is a
    company, not a Mr Pharmaceuticals."""
    text = without_name_suffixes(text)
    plain = ET_AL_RE.sub("", text).strip(" .,;")
    if (
        plain
        and "," not in plain
        and not re.search(rf"(?:^|\s){_CAP}\.", plain)
        and (" " in plain and not re.search(r"\s(?:&|and)\s", plain))
        and not _NAMES_VANCOUVER.fullmatch(plain)  # "Chakroborty A (2011)": a person
    ):
        return [plain]
    return _authors(text)


def _authors(text: str) -> list[str]:
    """Family names from an author string in APA, Harvard or Vancouver form."""
    text = ET_AL_RE.sub("", without_name_suffixes(text)).strip(" .,;")
    if not text:
        return []
    if "," not in text and is_organisation(text):
        return [text]
    apa: list[str] = []
    position = 0
    for match in _APA_AUTHOR.finditer(text):
        _add_group_author(apa, text[position : match.start()])
        apa.append(re.sub(r"^(?:&|and)\s+", "", match.group("family").strip(" &")).strip())
        position = match.end()
    if apa:
        _add_group_author(apa, text[position:])
        return [name for name in apa if name]
    parts = re.split(r"\s*(?:,|;|&|\band\b)\s*", text)
    return [family_name(part) for part in parts if part.strip()]


def _split_title_venue(
    rest: str,
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """(title, journal, volume, issue, pages) from what follows "(year)." in APA/Harvard."""
    rest = rest.strip(" .")
    quoted = re.match(
        r"^['‘\"“](?P<title>.+?)['’\"”](?=[\s.,:;]|$)\s*[,.]?\s*(?:in:?\s*)?(?P<venue>.*)$", rest
    )
    if quoted:
        title, venue_text = quoted.group("title"), quoted.group("venue")
    else:
        # a title ends at a full stop after a word or an acronym ("... in MDD. Journal")
        # ("...an insurmountable epidemic?Inflammopharmacology": a space lost after "?"), in
        # any script ("... депрессии. Журнал", "... 安全性. 中华精神科杂志")
        split = _TITLE_STOP.search(rest)
        if not split:
            return (rest or None), None, None, None, None
        title = rest[: split.start() + (1 if rest[split.start()] in "?!" else 0)]
        venue_text = rest[split.end() :]
    venue = _VENUE.search(venue_text.strip())
    if venue:
        return (
            title.strip() or None,
            venue.group("journal").strip(" .,") or None,
            venue.group("volume"),
            venue.group("issue"),
            _dash(venue.group("pages")),
        )
    journal, volume, issue, pages, _year = _venue_parts(venue_text)
    return title.strip() or None, journal, volume, issue, pages


# eLife's pages write the title first, then the names as initials and family name with no
# punctuation, then "(year)" and the venue: "Fold-change detection in biological systems M Adler
# U Alon (2018) Current Opinion in Systems Biology 8:81–89"
_INITIALS_FAMILY = rf"{_CAP}{{1,3}}\s+{_CAP}[{LOWER}a-z][\w'’-]*"
_TITLE_THEN_NAMES = re.compile(
    rf"^(?P<title>\S.*?\S)\s+(?P<names>(?:{_INITIALS_FAMILY}\s+)*{_INITIALS_FAMILY})$"
)
_TITLE_WORDS = 4  # a title before the names has at least this many words, one in lower case
_NAME_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "&", *LEXICON.name_particles})


def _title_then_names(authors: str) -> tuple[str, list[str]] | None:
    """(title, family names) of an APA head's "authors" that hold a title and then the names
    written "M Adler U Alon", or None."""
    split = _TITLE_THEN_NAMES.match(authors[:MAX_NAMES_CHARS])
    if split is None:
        return None
    title = split.group("title")
    words = title.split()
    lower = [word for word in words if word.islower() and word not in _NAME_LINKS]
    # an organisation's name ("World Health Organization Regional Office for Europe WHO
    # Europe") holds no lower-case word but its links
    if len(words) < _TITLE_WORDS or not lower or _names_end(title) is not None:
        return None
    names = re.findall(rf"{_CAP}{{1,3}}\s+({_CAP}[{LOWER}a-z][\w'’-]*)", split.group("names"))
    return title.strip(" .,"), names


def _parse_apa_or_harvard(work: str) -> Cited | None:
    head = _APA_HEAD.match(work)
    # a "(year)" that ends the entry (Nature, LNCS) is no APA head: the names come with the title
    # a "(year)" with nothing but a locator after it is the end of an entry (Nature, Elsevier
    # numbered: "... Metabolism 64 (2015) 60-78"), not the head of an APA one
    if not head or re.fullmatch(r"[\s\d.,:;()–—-]*", head.group("rest")):
        return None
    titled = _title_then_names(head.group("authors"))
    if titled is not None:
        journal, volume, issue, pages, _year = _venue_parts(head.group("rest"))
        return Cited(
            title=titled[0],
            authors=titled[1],
            year=int(head.group("year")),
            journal=journal,
            volume=volume,
            issue=issue,
            pages=pages,
        )
    title, journal, volume, issue, pages = _split_title_venue(head.group("rest"))
    return Cited(
        title=title,
        authors=_apa_authors(head.group("authors")),
        year=int(head.group("year")),
        journal=journal,
        volume=volume,
        issue=issue,
        pages=pages,
    )


def _parse_vancouver(work: str) -> Cited | None:
    tail = _VANCOUVER_TAIL.search(work) or _VANCOUVER_AHEAD_TAIL.search(work)
    if not tail:
        return None
    locator = tail.groupdict()
    before = work[: tail.start()].strip(" .")
    # Vancouver initials carry no periods, so the first ". " ends the authors; the title ends at
    # a full stop after a real word, not after an abbreviation such as "J." in the journal name.
    head = re.split(r"\.\s+", before, maxsplit=1)
    authors = _authors(head[0]) if len(head) == 2 else []
    names_end = _names_end(before)
    if names_end is not None and len(head) == 2 and names_end > len(head[0]) + 1:
        # initials with full stops before the names ("C. Huang et al, Title, Lancet 2020; 395:
        # 497-506"): the names end where the name patterns say, not at the first full stop
        authors = _authors_any(before[:names_end])
        head = [before[:names_end], before[names_end:].lstrip(" .,:;")]
    cut = _sentence_break(head[-1])
    title = (head[-1][:cut] if cut else head[-1]).strip(" .") if len(head) == 2 else None
    journal = head[-1][cut:].strip(" .") if len(head) == 2 and cut else None
    last_comma = _LAST_COMMA_VENUE.search(head[-1]) if len(head) == 2 and not cut else None
    if last_comma:  # "Title of the work, in Wuhan, China, Lancet 2020; 395: 497-506"
        title, journal = head[-1][: last_comma.start()].strip(" ."), last_comma.group(1)
    elif len(head) == 2 and not cut and _short_form_journal(head[-1], work[: tail.start()]):
        # one short part between the names and the year, run into the year with no full stop:
        # the BMJ/Lancet short form names the journal, not a title ("Zarate CA, et al. Arch Gen
        # Psychiatry 2006; 63: 856-64"); a title alone would end with its full stop
        title, journal = None, head[-1].strip(" .,")
    return Cited(
        title=title or None,
        authors=authors,
        year=int(tail.group("year")),
        journal=journal or None,
        volume=locator.get("volume"),
        issue=locator.get("issue"),
        pages=_dash(locator.get("pages")),
    )


# A Vancouver/NLM book: "Names[, editors]. Title. [5th ed.] Place: Publisher; Year[. p. 9-13]."
_VANCOUVER_BOOK = re.compile(
    r"^(?P<names>[^.:;]{2,600}?)(?:,\s*(?P<editors>editors?|eds?)\b\.?)?\.\s+"
    r"(?P<title>.+?)\.\s+"
    r"(?:(?P<edition>\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)|[A-Z][a-z]+\s+ed)\.\s+)?"
    r"(?P<place>[A-Z][^.:;()]{1,60}?(?:\s*\([A-Z][A-Za-z. ]{1,10}\))?)\s*:\s*"
    rf"(?P<publisher>[^.:;]{{2,150}}?)\s*;\s*(?P<year>{_YEAR})[a-z]?"
    rf"(?:\.?\s*(?:p\.?\s*(?P<pages>{_PAGES})|\d+\s*p))?[\s.]*$"
)
# What stands where a book's place and publisher would, but names no publisher: a journal
# whose name holds a colon, cited with its year only ("CA: A Cancer Journal for Clinicians;
# 2020."), or a meeting ("Presented at: APA Annual Meeting; 2019.")
_JOURNAL_NAMED = re.compile(r"\bJournal\b", re.IGNORECASE)
_NO_PLACE = re.compile(r"(?:presented|poster|paper)\s+at\s*$", re.IGNORECASE)
# one Vancouver name: family name(s), then up to four initials ("Schatzberg AF", "van Os J")
_VANCOUVER_NAME = re.compile(r"(?:[^\W\d_][\w'’-]*\s+)+[A-Z]{1,4}|et\s+al")


def _parse_vancouver_book(work: str) -> Cited | None:
    """A book as Vancouver/NLM lists it, by its authors or its editors ("Schatzberg AF,
    Nemeroff CB, editors. Title. 5th ed. Arlington (VA): Publisher; 2017."). A chapter ("Title.
    In: Editors, editors. Book. ...") is not one: its title holds "In:"."""
    if len(work) > MAX_NAMES_CHARS:
        return None
    book = _VANCOUVER_BOOK.match(work)
    if book is None or re.search(r"\bIn\s*:", book.group("title")):
        return None
    if _NO_PLACE.match(book.group("place")) or _JOURNAL_NAMED.search(book.group("publisher")):
        return None  # "CA: A Cancer Journal for Clinicians; 2020.": a journal with a colon
    names = [n.strip() for n in book.group("names").split(",") if n.strip()]
    group = len(names) == 1 and is_organisation(names[0])  # "National Institute for ..."
    if not names or not (group or all(_VANCOUVER_NAME.fullmatch(n) for n in names)):
        return None
    return Cited(
        title=_without_series(book.group("title").strip()),
        authors=_authors(book.group("names")),
        year=int(book.group("year")),
        pages=_dash(book.group("pages")),
        publisher=book.group("publisher").strip(),
        edited=book.group("editors") is not None,
    )


# a series and number after a report's or guideline's title: "NICE guideline [NG222]", "Clinical
# guideline CG90", "Technical report series no. 916"
_SERIES = re.compile(
    r"\.\s+(?:[A-Z][\w-]*\s+){0,4}(?:guideline|report|series|paper|brief|bulletin)s?\b"
    r"[^.]{0,40}?(?:\[[A-Z]{1,6}\s?\d+\]|\b[A-Z]{0,6}\s?\d+)\s*$",
    re.IGNORECASE,
)


def _without_series(title: str) -> str:
    """A book's or report's title without the series and number after it ("Depression in
    adults: treatment and management. NICE guideline [NG222]")."""
    series = _SERIES.search(title)
    return title[: series.start()] if series is not None and series.start() > 0 else title


# the most words a journal's name has in the short form ("Proc Natl Acad Sci U S A")
_SHORT_FORM_JOURNAL_WORDS = 8


def _short_form_journal(part: str, before_year: str) -> bool:
    """Is `part`, all that stands between the names and the year, a journal's name? It runs
    into the year with no full stop, holds no full stop of its own, is a name's length and
    reads as a name: a journal word, or every word capitalised, abbreviated or a joining word
    ("Arch Gen Psychiatry", "N Engl J Med"). A sentence-case title whose closing full stop
    slipped ("Mechanisms of ketamine action as an antidepressant 2018;...") stays a title."""
    words = part.strip(" .,").split()
    return (
        not before_year.rstrip().endswith(".")
        and ". " not in part
        and 0 < len(words) <= _SHORT_FORM_JOURNAL_WORDS
        and (
            LEXICON.journal.search(part) is not None
            or all(_journal_name_word(word) for word in words)
        )
    )


def _journal_name_word(word: str) -> bool:
    """A word of a journal's name: capitalised or a number ("Mol Psychiatry", "BMJ Open",
    "Proc Natl Acad Sci U S A"), or a small joining word ("Annals of the Rheumatic Diseases")."""
    bare = word.strip("()[],:;")
    return not bare or bare[0].isupper() or bare[0].isdigit() or bare in LEXICON.journal_joiners


# where an APA/Harvard title ends: a full stop (or "?", "!") after a small letter, digit,
# bracket, uncased letter or two capitals, before a capital or uncased letter
_TITLE_STOP = re.compile(
    rf"(?:(?<=[a-z{LOWER}0-9)\]{UNCASED}])|(?<=[A-Z{UPPER}]{{2}}))(?:[.?!]\s+|[?!])"
    rf"(?=[A-Z{UPPER}{UNCASED}])"
)
_SENTENCE_STOP = LazyRegex(rf"([.?!。])\s*(?<=[。\s])(?=[A-Z\d{UPPER}{UNCASED}])")


# a short capitalised journal name after the title's last comma: ", Lancet", ", N Engl J Med"
_LAST_COMMA_VENUE = re.compile(rf",\s*({_CAP}[^\s,;:]*(?:\s+{_CAP}[^\s,;:]*){{0,5}})\s*$")


def _sentence_break(text: str) -> int | None:
    """End of the first sentence, skipping abbreviation stops such as "J." or "Clin."."""
    for match in _SENTENCE_STOP.finditer(text):
        # the word before the stop, found without rescanning the text (linear on any input)
        token_start = max(text.rfind(" ", 0, match.start()), text.rfind("\t", 0, match.start()))
        token = text[token_start + 1 : match.start()]
        # an acronym ("DNA.", "MDD.") ends a sentence; "J." or "Clin." abbreviates a word, and
        # so does a title's own "vs.", "approx." or "e.g." (the sentence splitter's list); the
        # "et al." closing a names list still ends it
        bare = token.lstrip("([\"'“‘")
        if match.group(1) == "." and (
            (bare.lower() in LEXICON.abbreviations and bare.lower() != "al")
            or ("." in bare and all(len(part) <= 2 for part in bare.split(".")))
        ):
            continue
        acronym = len(token) >= 2 and token.isalpha() and token.isupper()
        if match.group(1) in "?!" or len(token) > 4 or not token[:1].isupper() or acronym:
            return match.end()
    return None


# Bounds that keep the style patterns linear on hostile input: no venue ("Journal 23(4):
# 801-811") is longer than this, and a names list longer than this is read no further.
MAX_VENUE_CHARS = 300
MAX_NAMES_CHARS = 2000
# An entry number without a full stop or glued to the entry: "1 Park J-K", "[1]P. Zanos", "1.Zanos"
_ENTRY_NUMBER = re.compile(
    rf"^\s*(?:\[\d{{1,3}}\]\s*|\(\d{{1,3}}\)\s*|\d{{1,3}}\.\s*|\d{{1,3}}\s+)(?=[{_CAP[1:-1]}“\"‘'])"
)
# an initial has a full stop or stands alone ("T.", "T.-D.", "TD"), never the start of a word
_INIT = rf"(?:{_CAP}\.(?:\s?-\s?{_CAP}\.)?|{_CAP}{{1,3}}(?:-{_CAP})?(?![^\W\d_]))"
# initials all with full stops ("T. D.", "T.-D.") or none ("TD"); never a mix, so "Smith, J. A
# new method" keeps its "A"
_INITIALS = (
    rf"(?:(?:{_CAP}\.(?:\s?-\s?{_CAP}\.)?\s?){{1,4}}|{_CAP}{{1,3}}(?:-{_CAP})?(?![^\W\d_])\s?)"
)
# the lower-case particles of family names ("van der Berg", "dos Santos", "bin Salman")
NAME_PARTICLES = LEXICON.name_particles
# a family name: capitalised words, hyphens, apostrophes, lower-case particles ("van der Berg")
_FAMILY = (
    # a capitalised particle only before a small one ("Van der Laak", "De la Cruz"), so that a
    # name has one reading and the list patterns stay linear
    rf"(?:(?:Van|Von|De|Da|Del|Di|Du|La|Le)\s(?=(?:van|von|der|den|de|da|la|le)\s))?"
    rf"(?:(?:{'|'.join(NAME_PARTICLES)})\s)*"
    rf"{_CAP}[^\s,.;:&()“”\"]*(?:[ -]{_CAP}[^\s,.;:&()“”\"]+)?"
)
_SEP = r"(?:[,;]\s*(?:&\s*|and\s+)?|\s+(?:&|and)\s+)"
_ET_AL_TAIL = rf"(?:,?\s*{ET_AL})?"
# "Zanos, P., & Gould, T. D." / "Zanos, P. and Gould, T.D." (family, initials)
_NAMES_FAMILY_FIRST = re.compile(
    rf"^(?:{_FAMILY},\s*{_INITIALS}{_SEP})*{_FAMILY},\s*{_INITIALS}{_ET_AL_TAIL}"
)
# "P. Zanos and T. D. Gould" / "S.A. Polyzos, K.N. Aronis" (initials, family)
_NAMES_INITIALS_FIRST = re.compile(
    rf"^(?:{_INITIALS}\s?{_FAMILY}{_SEP})*{_INITIALS}\s?{_FAMILY}{_ET_AL_TAIL}"
)
# "Zanos, P., and T. D. Gould" (Chicago, MLA: the first inverted, the rest not)
_NAMES_CHICAGO = re.compile(
    rf"^{_FAMILY},\s*{_INITIALS}(?:{_SEP}{_INITIALS}\s?{_FAMILY})*{_ET_AL_TAIL}"
)
# "Иванова А. А., Петров П. П." (GOST: family, then initials with full stops)
_NAMES_FAMILY_INITIALS = re.compile(
    rf"^(?:{_FAMILY}\s{_INITIALS}{_SEP})*{_FAMILY}\s{_INITIALS}{_ET_AL_TAIL}"
)
# "Zanos P, Gould TD" (Vancouver, Springer, Nature without stops)
_NAMES_VANCOUVER = re.compile(
    rf"^(?:{_FAMILY}\s{_CAP}{{1,3}}(?:-{_CAP})?,\s*)*{_FAMILY}\s{_CAP}{{1,3}}(?:-{_CAP})?"
    rf"\b{_ET_AL_TAIL}"
)
_QUOTED = re.compile(r"[“\"‘']\s*(?P<title>[^“”\"]{3,}?)\s*[”\"’'](?=[\s.,:;]|$)")
_LEAD_YEAR = re.compile(rf"^[\s.,]*\(?(?P<year>{_YEAR})[a-z]?\)?[\s.,:]*")
# MLA/IEEE tags, and GOST's "Т. 12, № 3. С. 45-52" (том, номер, страницы)
_TAGGED_VOLUME = re.compile(r"(?:\bvol(?:ume)?\.?|(?<!\w)Т\.)\s*(?P<v>\d+)", re.IGNORECASE)
# the tag is a word of its own: "No. 3", "no 3", never the "No" of "Nonpsychotic"
_TAGGED_ISSUE = re.compile(r"(?:\b(?:no|issue|nr)(?:\.|(?=\s))|№)\s*(?P<v>[\w/-]+)", re.IGNORECASE)
_TAGGED_PAGES = LazyRegex(
    rf"(?:\b(?:pp?\.|pages?|art(?:icle)?\.?\s*(?:no\.?)?)|(?<!\w)С\.)\s*(?P<v>{_PAGES})",
    re.IGNORECASE,
)
# "Journal 23 (4): 801-11", "Journal 23:801-811", "Journal. 23, 801-811 (2018)",
# "Journal 64 (2015) 60-78", "Journal 23, 801-811"
_NUMERIC_VENUE = re.compile(
    rf"^(?P<journal>.*?[^\W\d_].*?)[\s,.]+(?P<volume>\d+)(?![\d–—-])\s*(?:\((?P<issue>[^)]+)\))?"
    rf"\s*(?:[:,]\s*(?:pp?\.?\s*)?)?(?P<pages>{_PAGES})?\s*(?:\((?P<year>{_YEAR})\))?[\s.,;]*$"
)


# a venue with no title before it: "Mol. Psychiatry, 2018, 23, 801-811" (RSC)
_UNTITLED_VENUE = re.compile(
    rf"^(?P<journal>[^,\d]{{2,80}}),\s*(?P<year>{_YEAR}),\s*(?P<volume>\d+)"
    rf"(?:\s*\((?P<issue>[^)]+)\))?,\s*(?P<pages>{_PAGES})[\s.]*$"
)
# ACM: "Journal. 23, 4 (2018), 801-811"
_ACM_VENUE = re.compile(
    rf"^(?P<journal>[^\d]{{2,120}}?)[\s.,]+(?P<volume>\d+),\s*(?P<issue>\d+)\s*"
    rf"\((?:\w+\s+)?(?P<year>{_YEAR})\),\s*(?P<pages>{_PAGES})[\s.]*$"
)


def _names_end(work: str) -> int | None:
    """Where the list of person names that opens an entry ends (any common form), or None."""
    work = work[:MAX_NAMES_CHARS]  # the patterns are read on a bounded head: linear on any input
    best = 0
    for pattern in (
        _NAMES_FAMILY_FIRST,
        _NAMES_CHICAGO,
        _NAMES_INITIALS_FIRST,
        _NAMES_VANCOUVER,
        _NAMES_FAMILY_INITIALS,
    ):
        match = pattern.match(work)
        if match and match.end() > best:
            best = match.end()
    return best or None


def _is_initials(token: str) -> bool:
    """ "P.", "T. D.", "T.D", "TD", "J-K", "A.-M." (a given name written as initials)."""
    letters = re.sub(r"[\s.\-‐]", "", token)
    return 0 < len(letters) <= 4 and bool(re.fullmatch(rf"{_CAP}+", letters))


# a given name written out, perhaps with initials after it: "Yann", "Sanjay J", "Jean-Pierre"
_GIVEN_NAME = LazyRegex(
    rf"{_CAP}[{LOWER}a-z]+(?:-{_CAP}[{LOWER}a-z]+)?(?:\s+{_CAP}\.?(?:\s?-?{_CAP}\.?)?)?"
)


def _inverted_given(pieces: list[str], following: bool) -> bool:
    """Is `pieces[1]` the first author's given name ("LeCun, Yann, Yoshua Bengio, and ..."
    (MLA), "Anand, Amit, Sanjay J Mathew" (APSA)) rather than a second author? It is a given
    name written out, and the names after it are written in natural order (`following`: more
    names follow in another part of the list)."""
    if len(pieces) < 2 or len(pieces[0].split()) > 3 or not _GIVEN_NAME.fullmatch(pieces[1]):
        return False
    if any(_is_initials(word) for word in pieces[0].split()):
        return False  # "Zanos A, Gould A, ...": Vancouver, each name with its initials
    if len(pieces) == 2:
        return following
    natural = pieces[2].split()  # "Yoshua Bengio", not "Lindqvist A"
    return len(natural) >= 2 and not _is_initials(natural[-1])


def _authors_any(text: str) -> list[str]:
    """Family names from a list in any common form: inverted ("Zanos, P."), initials first
    ("P. Zanos"), Chicago ("Zanos, P., and T. D. Gould"), Vancouver ("Zanos P"), MLA ("LeCun,
    Yann, Yoshua Bengio, and Geoffrey Hinton")."""
    text = ET_AL_RE.sub("", without_name_suffixes(text)).strip(" .,;:")
    names: list[str] = []
    parts = re.split(r"\s*(?:,\s*(?:&|and)\s+|\s(?:&|and)\s|;)\s*", text)
    for number, part in enumerate(parts):
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        index = 0
        if number == 0 and _inverted_given(pieces, following=len(parts) > 1):
            names.append(pieces[0])
            index = 2
        while index < len(pieces):
            piece = pieces[index]
            following = pieces[index + 1] if index + 1 < len(pieces) else ""
            if following and _is_initials(following):
                names.append(piece)  # "Zanos", "P."
                index += 2
                continue
            words = [w for w in piece.split() if not _is_initials(w)]
            if words:
                names.append(" ".join(words))
            index += 1
    return [n for n in names if n]


_TRAILING_MONTH = re.compile(rf"[\s,.]+{_MONTH}(?:\s*[-–/]\s*{_MONTH})?$")


def _venue_parts(
    venue: str,
) -> tuple[str | None, str | None, str | None, str | None, int | None]:
    """(journal, volume, issue, pages, year) from what follows a title, in any common order."""
    text = venue.strip(" .,;")
    if not text:
        return None, None, None, None, None
    if len(text) > MAX_VENUE_CHARS:  # no journal and locator is this long; keeps matching linear
        return text, None, None, None, None
    tags = [
        m
        for m in (
            _TAGGED_VOLUME.search(text),
            _TAGGED_ISSUE.search(text),
            _TAGGED_PAGES.search(text),
        )
        if m
    ]
    page_tag = _TAGGED_PAGES.search(text)
    outside_pages = text[: page_tag.start()] + " " + text[page_tag.end() :] if page_tag else text
    years = re.findall(rf"(?<![\d–—-])\b({_YEAR})\b(?![–—-]\d)", outside_pages)
    year = int(years[-1]) if years else None
    if tags:  # MLA, IEEE: "Journal, vol. 23, no. 4, pp. 801-11, 2018"
        first = min(m.start() for m in tags)
        journal = re.sub(rf"[\s,.]*\b{_YEAR}\b[\s,.]*$", "", text[:first]).strip(" ,.;")
        journal = _TRAILING_MONTH.sub("", journal).strip(" ,.;")  # IEEE: "Proc. ..., Jun. 2016"
        volume, issue, pages = (
            m.group("v") if m else None
            for m in (
                _TAGGED_VOLUME.search(text),
                _TAGGED_ISSUE.search(text),
                _TAGGED_PAGES.search(text),
            )
        )
        # Chicago notes: "Journal 23, no. 4 (2018): 801-11" (untagged volume and pages);
        # Harvard: "Journal, 384(8), pp.693-704" (untagged volume and issue)
        bare_volume = re.search(r"[\s,]+(\d+)(?:\s*\(([^()]{1,20})\))?$", journal)
        if volume is None and bare_volume:
            volume, journal = bare_volume.group(1), journal[: bare_volume.start()].strip(" ,.;")
            issue = issue or bare_volume.group(2)
        bare_pages = re.search(rf":\s*({_PAGES})[\s.]*$", text)
        if pages is None and bare_pages:
            pages = bare_pages.group(1)
        return journal or None, volume, issue, _dash(pages), year
    acm = _ACM_VENUE.match(text)
    if acm:
        return (
            acm.group("journal").strip(" .,") or None,
            acm.group("volume"),
            acm.group("issue"),
            _dash(acm.group("pages")),
            int(acm.group("year")),
        )
    # ACS puts the year between the journal and the volume: "Mol. Psychiatry 2018, 23 (4), 801"
    acs_year = re.search(rf"\s({_YEAR}),\s*(?=\d)", text)
    if acs_year:
        year = int(acs_year.group(1))
        text = text[: acs_year.start()] + ", " + text[acs_year.end() :]
    without_year = re.sub(rf"[\s,;]+{_YEAR}[a-z]?[\s.]*$", "", text)
    numeric = _NUMERIC_VENUE.match(without_year)
    if numeric:
        issue = numeric.group("issue")
        year_in = numeric.group("year")
        if issue and re.fullmatch(_YEAR, issue.strip()):
            year_in, issue = issue.strip(), None  # Elsevier: "Journal 64 (2015) 60-78"
        return (
            numeric.group("journal").strip(" ,.;") or None,
            numeric.group("volume"),
            issue,
            _dash(numeric.group("pages")),
            int(year_in) if year_in else year,
        )
    if re.fullmatch(rf"[\s(]*{_YEAR}[a-z]?[\s).]*", text):
        return None, None, None, None, year  # "Names. Title. 2017." names no journal
    return text or None, None, None, None, year


# names written in natural order before a quoted title: "Panos Zanos and Todd D. Gould, “..."
_NATURAL_NAMES = re.compile(
    rf"^(?P<names>{_CAP}[^“”\"():;]{{2,300}}?)[,.]\s*(?=[“\"])",
)


# A first name written given name first with a middle initial, before the rest of the list or a
# quoted title: "Robert M. Berman et al., “Title,”", "Carlos A. Zarate Jr., “Title,”" (Chicago
# notes). The Vancouver and GOST name patterns read its "Robert M." as a family name and initials.
_GIVEN_INITIAL_FAMILY = re.compile(
    rf"{_CAP}[{LOWER}a-z]+(?:-{_CAP}[{LOWER}a-z]+)?\s(?:{_CAP}\.\s?){{1,2}}\s?{_FAMILY}"
    rf"(?:,?\s+(?:Jr|Sr|II|III|IV)\b\.?)?(?=,|\s+{ET_AL}|\s+(?:and|&)\s)"
)


def _given_name_first(work: str) -> bool:
    """Does `work` open with a name written given name first, middle initial and all, before a
    quoted title ("Robert M. Berman et al., “Antidepressant Effects ...,”")?"""
    return (
        _GIVEN_INITIAL_FAMILY.match(work) is not None
        and _NATURAL_NAMES.match(work[:MAX_NAMES_CHARS]) is not None
    )


def _natural_families(names: str) -> list[str]:
    """Family names from "Panos Zanos, Todd D. Gould, and Jane van der Berg" (the last word of
    each, with its particles)."""
    text = ET_AL_RE.sub("", without_name_suffixes(names, natural=True)).strip(" .,;")
    parts = [
        p for p in re.split(r"\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+|,)\s*", text) if p.strip()
    ]
    # "LeCun, Yann, Yoshua Bengio, and ..."; a lone "LeCun, Yann" too, since these names
    # are otherwise written given name first
    if _inverted_given(parts, following=True):
        parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
    return [family_name(part) for part in parts]


# A group author before a bare year: "RECOVERY Collaborative Group, 2021. Title. Journal ..."
_GROUP_THEN_YEAR = re.compile(rf"(?P<names>[^,.;:()\d]{{3,150}}?)\s*,\s*(?={_YEAR}[a-z]?\.\s)")


# names written given name first, then a bare year: "Scott Burris and Edwin Cameron, 2008.",
# "Barry D. Adam, Richard Elliott, and Ken English, 2014." (First Monday, some Harvard lists):
# each name a given name or initials, more words or initials ("Allan M Brandt"), and a family
# name written out
_NATURAL_THEN_YEAR = re.compile(
    rf"^(?P<names>{_CAP}[^“”\"():;\d]{{2,600}}?),\s*(?={_YEAR}[a-z]?\.\s)"
)
_NATURAL_NAME = LazyRegex(
    rf"(?:{_CAP}\.(?:\s?-?{_CAP}\.)*|{_CAP}[{LOWER}a-z'’]+(?:-{_CAP}[{LOWER}a-z]+)?)"
    rf"(?:\s+(?:{_CAP}\.?(?:\s?-?{_CAP}\.)*|{_CAP}[\w'’-]+|(?:{'|'.join(NAME_PARTICLES)})))*"
    rf"\s+{_CAP}[\w'’-]*[{LOWER}a-z][\w'’-]*"
)


def _natural_names_then_year(work: str) -> int | None:
    """Where the names end in an entry that opens "Given Family, Given Family, and Given
    Family, 2008. ...", or None when its names are not all written so ("Smith, J., 2008" is
    read by the family-first patterns)."""
    head = _NATURAL_THEN_YEAR.match(work[:MAX_NAMES_CHARS])
    if head is None:
        return None
    names = ET_AL_RE.sub("", head.group("names")).strip(" .,;")
    parts = [p for p in re.split(r"\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+|,)\s*", names) if p]
    if parts and all(_NATURAL_NAME.fullmatch(part) for part in parts):
        return head.end("names")
    return None


def _parse_by_parts(work: str) -> Cited | None:
    """Styles whose year does not follow the names in brackets: Chicago and MLA ("Names. 2018.
    “Title”. Journal 23 (4): 801-11."), IEEE ("P. Zanos and T. D. Gould, “Title”, Journal, vol.
    23, ..."), Nature ("Names. Title. Journal 23, 801-811 (2018)."), LNCS ("Names: Title.
    Journal. 23, 801-811 (2018)."), Elsevier ("Names, 2018. Title. Journal 23, 801-811." and
    "S.A. Polyzos, K.N. Aronis, Title, Journal 64 (2015) 60-78"). Names, an optional year, a
    title (quoted, or up to its full stop), then the venue."""
    natural_end = _natural_names_then_year(work)
    end = natural_end if natural_end is not None else _names_end(work)
    natural = natural_end is not None
    if natural_end is None and end is not None and _given_name_first(work):
        end = None  # "Robert M. Berman et al., “Title,”": no "Robert, M." to read
    group = _GROUP_THEN_YEAR.match(work) if end is None else None
    if group is not None and is_organisation(group.group("names")):
        end = group.end("names")  # Harvard/Elsevier "RECOVERY Collaborative Group, 2021. Title"
    elif end is None:
        # Chicago notes and other full-name styles: "Panos Zanos and Todd D. Gould, “Title,” ..."
        natural_names = _NATURAL_NAMES.match(work[:MAX_NAMES_CHARS])
        if natural_names is None:
            return None
        natural = True
        end = natural_names.end("names")
        # Chicago author-date with full names: "Amit Anand, and Sanjay J Mathew. 2023. “Title”"
        year_after = re.search(rf"[.,]\s*\(?{_YEAR}[a-z]?\)?$", work[:end])
        if year_after:
            end = year_after.start()
    names, rest = work[:end], work[end:]
    rest = re.sub(r"^\s*[.,:]?\s*", "", rest)
    lead = _LEAD_YEAR.match(rest)
    year: int | None = None
    if lead and lead.group("year"):
        year = int(lead.group("year"))
        rest = rest[lead.end() :]
    quoted = _QUOTED.match(rest)
    gost = re.match(r"^(?P<title>[^/]{3,}?)\s*//\s*(?P<venue>.+)$", rest)
    untitled = _UNTITLED_VENUE.match(rest)
    if untitled and not quoted:  # RSC: "Names, Journal, 2018, 23, 801-811." (no title)
        return Cited(
            authors=_authors_any(names),
            year=int(untitled.group("year")),
            journal=untitled.group("journal").strip(" .,"),
            volume=untitled.group("volume"),
            issue=untitled.group("issue"),
            pages=_dash(untitled.group("pages")),
        )
    if quoted:
        title = quoted.group("title").strip(" ,.")
        venue = rest[quoted.end() :]
    elif gost:  # GOST: "Names Title // Journal. 2019. Т. 12, № 3. С. 45-52."
        title, venue = gost.group("title").strip(" .,"), gost.group("venue")
    else:
        cut = _sentence_break(rest)
        comma = re.match(r"^(?P<title>.+?),\s*(?P<venue>[^,]+?\d[^,]*)$", rest)
        if cut is None and comma is None:
            return None
        if cut is None and comma is not None:  # "Title, Journal 64 (2015) 60-78"
            title, venue = comma.group("title"), comma.group("venue")
        else:
            title = rest[:cut].strip(" .,")
            venue = rest[cut:]
    venue = re.sub(r"^\s*[.,:;]?\s*(?:in:?\s+)?", "", venue, flags=re.IGNORECASE)
    journal, volume, issue, pages, venue_year = _venue_parts(venue)
    book = _book_venue(venue)
    if book is not None:  # Chicago: "In *Book*, 8th ed., 821–63. Philadelphia: Publisher, 2015."
        journal, volume, issue, pages = book.group("book"), None, None, _dash(book.group("pages"))
        venue_year = int(book.group("year"))
    if not title or len(title.split()) < 2:
        return None
    return Cited(
        title=title,
        authors=_natural_families(names) if natural else _authors_any(names),
        year=year or venue_year,
        journal=journal,
        volume=volume,
        issue=issue,
        pages=pages,
        publisher=book.group("publisher").strip() if book is not None else None,
    )


# A book's venue as Chicago writes it after a chapter's or book's title: "[In] Book[, edited by
# Names][, 8th ed.][, 821–63]. Place: Publisher, Year." (the book's title may be left out of a
# whole book's: "8th ed. Philadelphia: Elsevier Saunders, 2015.")
_BOOK_VENUE = re.compile(
    r"^(?:(?!(?:\d+(?:st|nd|rd|th)|rev\.?)\s+ed)(?P<book>[^,.;]{2,200}?)"
    r"(?:,\s*(?:edited\s+by\s+[^,]{2,150}?|(?:\d+(?:st|nd|rd|th)|rev\.?)\s+ed(?:n|ition)?\.?"
    r"|vol\.\s*\d+))*"
    rf"(?:,\s*(?:pp?\.\s*)?(?P<pages>{_PAGES}))?\.\s+)?"
    r"(?:(?:\d+(?:st|nd|rd|th)|rev\.?)\s+ed(?:n|ition)?\.\s+)?"
    r"(?P<place>[A-Z][^.:;,()]{1,60}(?:,\s*[A-Z][A-Za-z.]{1,15})?)\s*:\s*"
    rf"(?P<publisher>[^.;:]{{2,120}}?),\s*(?P<year>{_YEAR})[a-z]?[\s.]*$"
)


def _book_venue(venue: str) -> re.Match[str] | None:
    """The parts of a Chicago book venue (`_BOOK_VENUE`), or None."""
    if len(venue) > MAX_VENUE_CHARS:
        return None
    return _BOOK_VENUE.match(venue.strip())


# GB/T 7714's document type after a title: "[J]" journal, "[M]" book, "[C]" proceedings, ...
_GBT_TYPE = re.compile(r"\s*\[(?:[JMCDRNSPZAG]|EB|DB|CP)(?:/OL)?\]\s*$")
# GB/T 7714's venue: "中华流行病学杂志, 2022, 43(1): 78-84"
_GBT_VENUE = re.compile(
    rf"^(?P<journal>[^,\d][^,]{{0,150}}?)\s*[,，]\s*(?P<year>{_YEAR})\s*[,，]\s*(?P<volume>\d+)?"
    rf"\s*(?:\((?P<issue>[^)]{{1,20}})\))?\s*(?::\s*(?P<pages>{_PAGES}))?[\s.]*$"
)
_NAME_ITEM = LazyRegex(rf"(?:[{UNCASED}]{{1,6}}|{_CAP}[^\s,.;:\d]*(?:\s+[^\s,.;:\d]+){{0,3}})")


def _parse_segments(work: str) -> Cited | None:
    """An entry read as full-stop separated segments, names first: GB/T 7714 ("吴洵, 覃玉, 等.
    题名[J]. 中华流行病学杂志, 2022, 43(1): 78-84") and other lists whose names no name
    pattern reads. The names segment must read as short names; None otherwise."""
    if len(work) > MAX_NAMES_CHARS:
        return None
    segments = [p.strip() for p in re.split(r"\.\s+|。", work) if p.strip()]
    if len(segments) < 3:
        return None
    names = [n.strip() for n in re.split(r"[,，、;]", segments[0]) if n.strip()]
    names = [n for n in names if n not in ("等", "et al", "et al.")]
    if not names or not all(_NAME_ITEM.fullmatch(n) for n in names):
        return None
    title = _GBT_TYPE.sub("", segments[1]).strip()
    venue = ". ".join(segments[2:])
    gbt = _GBT_VENUE.match(venue)
    year: int | None
    journal: str | None
    if gbt:
        journal, year = gbt.group("journal").strip(), int(gbt.group("year"))
        volume, issue, pages = gbt.group("volume"), gbt.group("issue"), _dash(gbt.group("pages"))
    else:
        journal, volume, issue, pages, year = _venue_parts(venue)
        year = year or _field_year(venue)
    if not title or year is None:
        return None
    return Cited(
        title=title,
        authors=[family_name(n) for n in names],
        year=year,
        journal=journal,
        volume=volume,
        issue=issue,
        pages=pages,
    )


def _parse_fallback(work: str) -> Cited:
    """The whole entry as the title, less a year field that opens or closes it ("(2020) Title",
    "Title. 2020.", "“Title”, 2020") and the quotes around it."""
    year = _field_year(work)
    title = work
    if year is not None:
        # "(2020) Title", "Title. 2020.", "Title. 2018;24(1).": the year, and a bare locator
        title = re.sub(
            rf"^\(\s*{year}[a-z]?\s*\)[\s.,:]*"
            rf"|[\s.,;:]+\(?{year}[a-z]?\)?(?:[;:,][\d\s():–-]*)?[\s.]*$",
            "",
            title,
        )
    title = _QUOTED_WHOLE.sub(r"\1", title.strip()).strip(" .,;:")
    return Cited(year=year or _any_year(work), title=title or work or None)


_QUOTED_WHOLE = re.compile(r"^[“\"‘']([^“”\"]+?)[”\"’']$")


# a year that stands as a field of the entry: bounded by punctuation, brackets or the ends
# (". 2017.", ", 2017, 32(1)", "(2017)", "2017;23"), not a year inside a title ("PISA 2015
# results", "2009-2015年")
_FIELD_YEAR = re.compile(
    rf"(?:^|(?<=[.,;:(\[])|(?<=[.,;:(\[]\s))(?P<year>{_YEAR})[a-z]?(?=$|[.,;:)\]]|\s*\()"
)


def _field_year(text: str) -> int | None:
    match = _FIELD_YEAR.search(text)
    return int(match.group("year")) if match else None


def _any_year(text: str) -> int | None:
    match = re.search(rf"\b({_YEAR})\b", text)
    return int(match.group(1)) if match else None


def _dash(pages: str | None) -> str | None:
    return re.sub(r"\s*[-–—]\s*", "-", pages) if pages else None


def _work_kind(cited: Cited) -> WorkKind:
    # a PubMed, PMC or arXiv link names a scholarly work, not a web page
    if cited.doi or cited.journal or cited.pmid or cited.pmcid or cited.arxiv:
        return "scholarly"
    if cited.url:
        return "web_page"
    return "scholarly" if cited.authors and cited.title else "unknown"
