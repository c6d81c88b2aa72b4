"""Split article text into paragraphs and sentences as character spans.

Spans are `(start, end)` offsets into the original text with surrounding white space
stripped, so `text[start:end]` is the unit itself. The splitter is rule based and linear:

- every line is its own unit unless it is a soft-wrapped continuation (the previous line has
  no final punctuation and this one starts in lower case), so headings and bullet items never
  merge with their neighbours;
- a sentence ends at `.`, `!` or `?` (plus closing quotes/brackets, and a citation set after
  the stop: "hours.[1]", ".¹", ".^1^", ".[@key]", or after the stop and a space on the same line:
  "hours. [1]", "hours. (Lee et al., 2020)") followed by white space and an upper-case
  letter, digit, quote, bracket or a citation key the sentence opens with ("@key found",
  "\\citet{key} found"); abbreviations ("Dr.", "et al.", "e.g.", "vs.", "Fig."), initials
  ("J. S.") and decimals ("0.5") do not end one;
- list markers ("- ", "* ", "1. ") and Markdown heading hashes are left outside sentence spans
  (they are markup, not prose), but inside paragraph spans.
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import add

from citecheck.lazy_regex import LazyRegex
from citecheck.lexicon import LEXICON, words_regex

Span = tuple[int, int]

_MARKER = re.compile(r"(?:[-*•+‣▪◦]\s+|\d{1,3}[.)]\s+|#{1,6}\s+|>\s*)")
# A citation set right after the stop, which belongs to the sentence it closes (the usual
# style in medical writing): "[1]", "[2-4]" (also HTML superscripts as inputs/webpage.py
# writes them), "<sup>1</sup>", "¹⁻³", Pandoc "^1^" and "[@key; @other, p. 3]", and a
# superscript a copy flattened to plain digits (".18 Therefore", checked in `_split_block`).
# Every piece is bounded, so a try at any mark reads a bounded stretch of text.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_MARKED_CITATION = (
    r"\[(?:\d{1,4}(?:\s{0,3}[-–,]\s{0,3}\d{1,4}){0,30}|[^\[\]\n@]{0,40}@[^\[\]\n]{1,100})\]"
    r"|<(?i:sup)>(?:<a\b[^<>\n]{0,200}>)?[^<>\n]{1,40}(?:</a>)?</(?i:sup)>"
    rf"|[{_SUPERSCRIPTS}]{{1,4}}(?:[,‐–⁻-][{_SUPERSCRIPTS}]{{1,4}}){{0,30}}"
    r"|\^[^^\s]{1,40}\^"
)
# The numbers of a flattened superscript: "1", "19,20", "2-10", and ranges among numbers listed
# with or without a space ("2-5, 10", "2-4,10"); `citations` reads the same body.
FLAT_CITATION_BODY = r"\d{1,3}(?:[-–]\d{1,3})?(?:,[ ]?\d{1,3}(?:[-–]\d{1,3})?){0,30}"
_CITATION_AFTER_STOP = rf"{_MARKED_CITATION}|(?P<flat>{FLAT_CITATION_BODY})"
# ... or after the stop and a space on the same line ("hours. [1] Later", "hours. (Berman et
# al., 2000) Later"): still the sentence's own, also when the paragraph ends there. An
# author-year bracket holds a capitalised name and ends with a year; a flattened number after a
# space opens the next sentence ("hours. 18 patients").
_CITATION_AFTER_SPACE = (
    rf"[ \t]{{1,3}}(?:{_MARKED_CITATION}"
    r"|\([A-Z][^()\n]{0,150}?[ ,](?:1[89]|20)\d\d[a-z]?\))"
)
# What opens a sentence: a capital or digit (perhaps after a quote, bracket or emphasis), or a
# citation key that is the sentence's subject ("@anand2023 randomized", "\\citet{key} found").
_SENTENCE_OPENING = r"[\"'“‘(\[*_]?[A-Z0-9]|@\w|\\[A-Za-z]{0,12}(?i:cite)"
# A candidate sentence end: terminal punctuation, optional closers and citation, then white
# space and what opens a sentence. Only from the first mark of a run ("..."), so that a run of
# dots is read once; the look-behind comes after the first mark, so that the search skips ahead
# to marks (tests/test_sentence_end_pattern.py).
_END_AFTER_MARKS = (
    rf"(?:{_CITATION_AFTER_SPACE}(?=\s+(?:{_SENTENCE_OPENING})|\s*$)"
    rf"|(?:{_CITATION_AFTER_STOP})?(?=\s+(?:{_SENTENCE_OPENING})))"
)
_AFTER_FIRST_MARK = r"(?<![.!?]{2})[.!?]*)[\"'”’)\]]*" + _END_AFTER_MARKS
_END = LazyRegex(r"(?P<marks>[.!?]" + _AFTER_FIRST_MARK)
# The same for a block holding no "!" nor "?": opening with a literal, `re` scans for it
# several times faster than for a character class.
_END_AT_STOP = re.compile(r"(?P<marks>\." + _AFTER_FIRST_MARK)
# Before a flattened superscript: a word of two letters or more, or a closing bracket ("g/dL.2",
# "rates.18"), a percentage ("11%.2") or a year after a preposition ("in 2016.1"), not another
# number ("7.4 Then" is a decimal).
FLAT_AFTER_YEAR = r"\b(?i:in|since|by|during|from|until|through|to|of)\s(?:1[89]|20)\d\d"
# ... or a capital letter standing as a word after a lower-case word ("hepatitis B.6 For"): a
# letter that names a kind, not an initial or a section label ("Jane F.2", "Appendix A.1")
FLAT_AFTER_LETTER = r"(?<![^\W\d_])[a-z]{3,}[ \t][A-Z]"
# ... or an age or a range of ages written without its unit, whole numbers of years, where a
# capitalised word opens the next sentence: "in men younger than age 40.1 BPH rarely" (NIDDK
# pages), "individuals aged 15 to 34.1 Although" (VA fact sheet); not before a bracket, a figure
# or a unit, which go on with a decimal age ("mean age 50.1 (SD 9)"); never after a mean or a
# median, which is written to a tenth ("a mean age 62.4" ending a paragraph)
_FLAT_AFTER_AGE = re.compile(
    r"\b(?<!(?i:mean|dian)\s)(?<!(?i:average)\s)(?i:ages?|aged)\s"
    r"(?:\d{1,3}\s?(?:to|and|-|–)\s?)?\d{1,3}$"
)
_NEXT_SENTENCE_WORD = re.compile(
    r"[ \t]+(?!(?i:years?|yrs?|months?|weeks?|days?|old)\b)[A-Z][A-Za-z]"
)
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
# words a line of prose holds before the age (not a list's label, "- Mean age 40.1")
_PROSE_WORDS = 5


def flat_after_age(text: str, stop: int, after: int) -> bool:
    """Whether the flattened superscript between the stop at `stop` and `after` follows an
    age that ends its sentence ("age 50.1 BPH"), or a line of prose ("... younger than age
    40.1" before a heading)."""
    if not _FLAT_AFTER_AGE.search(text, max(0, stop - _FLAT_REACH), stop):
        return False
    if _NEXT_SENTENCE_WORD.match(text, after):
        return True
    line = text.rfind("\n", 0, stop) + 1
    return bool(_LINE_ENDS.match(text, after)) and text.count(" ", line, stop) >= _PROSE_WORDS


_FLAT_CITATION_BEFORE = re.compile(
    rf"(?:[^\W\d_]{{2}}|\)|%|{FLAT_AFTER_YEAR}|{FLAT_AFTER_LETTER})$"
)
_FLAT_REACH = 16
# A line that ends a clause: `.!?:;` then only closing characters (see `_ends_clause`).
_CLAUSE_ENDS = ".!?:;"
_CLAUSE_END_MARKS = frozenset(_CLAUSE_ENDS)
_CLOSERS = "\"'”’)]*_"


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[Span]:
    """Blocks separated by blank lines or single newlines (soft-wrapped lines are joined, and
    in a text hard-wrapped at a fixed width, as PDF copies and e-mails are, the lines of one
    paragraph: see `_wrap_width`)."""
    lines, line_texts = _lines(text)
    # read once, here and for the width (`_ends_clause`, inline)
    clause_ends = [line.rstrip(_CLOSERS)[-1:] in _CLAUSE_END_MARKS for line in line_texts]
    width = _wrap_width(text, lines, clause_ends)
    full_from = len(text) + 1 if width is None else width - _FIRST_WORD_ROOM + 1
    blocks: list[Span] = []
    block_start = -1
    prev_line_end = -1
    prev_joinable = False
    prev_full = False
    count = text.count
    for (start, end), line, ends_clause in zip(lines, line_texts, clause_ends, strict=True):
        # A blank line between (two newlines in the gap) always separates.
        if not (
            (prev_joinable or prev_full)
            and (
                line[0].islower()
                or (prev_full and not _opens_block(line))
                or (prev_joinable and _opens_with_citation(line))
            )
            and count("\n", prev_line_end, start) == 1
        ):
            if block_start >= 0:
                blocks.append((block_start, prev_line_end))
            block_start = start
        prev_line_end = end
        heading = line[0] == "#"  # a line is never empty
        prev_joinable = not ends_clause and not heading
        # the line was broken because the next word did not fit: its paragraph goes on
        # (a list item's line too; a heading or a table row is never wrapped)
        prev_full = end - start >= full_from and not heading and "|" not in line
    if block_start >= 0:
        blocks.append((block_start, prev_line_end))
    return blocks


# A wrapped line that opens with the author-year citation of the sentence it goes on ("...
# pooled single-dose infusion trials\n(Kishimoto et al. 2016)."): the bracket holds a capitalised
# name and ends with a year (and a page), then the sentence goes on or ends. A bracket alone on
# its line is a caption's credit ("Image Source: ...\n(Jamie Sleigh, Et al. 2014)").
_OPENING_CITATION = re.compile(
    r"\((?:(?:see|e\.g\.|cf\.),?\s+)?[A-ZÀ-ÖØ-Þ][^()\n]{1,150}?[\s,]"
    r"(?:1[89]|20)\d\d[a-z]?(?:,\s*pp?\.\s*\d+(?:[-–]\d+)?)?\)(?=[.,;:]|\s+[a-z])"
)


def _opens_with_citation(line: str) -> bool:
    """Whether a line opens with a parenthetical author-year citation (`_OPENING_CITATION`),
    which goes on the sentence of the line before when that line stops mid-clause."""
    return line[0] == "(" and _OPENING_CITATION.match(line) is not None


def _lines(text: str) -> tuple[list[Span], list[str]]:
    """Each line's content without the white space around it, and its span; blank lines are
    left out. (Split at each newline in one call: several times cheaper than a regex search
    for each line.)"""
    spans: list[Span] = []
    raw = text.split("\n")
    contents = list(map(str.strip, raw))
    # where each line starts, and the end of the text after them (hence `strict=False`)
    starts = accumulate(map(add, map(len, raw), repeat(1)), initial=0)
    for start, line, content in zip(starts, raw, contents, strict=False):
        if content:
            first = content[0]
            # white space before the content ends at its first character's first place
            begin = start if line[0] == first else start + line.find(first)
            spans.append((begin, begin + len(content)))
    return spans, list(filter(None, contents))


# What opens a line that a hard wrap never produces: a list marker, a heading, a quote.
_OPENS_BLOCK = re.compile(r"(?:[-*•+‣▪◦]\s|\d{1,3}[.)]\s|#{1,6}\s|>)")


# What `_OPENS_BLOCK` can open with (`\d` is any decimal digit, as `str.isdecimal` says)
_BLOCK_OPENINGS = frozenset("-*•+‣▪◦#>")


def _opens_block(line: str) -> bool:
    """Whether `line` is a block of its own in a hard-wrapped text: it opens a list item,
    heading or quote, or is a table row (wrapping never breaks a row into prose)."""
    first = line[0]
    opens = (first in _BLOCK_OPENINGS or first.isdecimal()) and _OPENS_BLOCK.match(line)
    return bool(opens) or "|" in line


# Lines shorter than this are not evidence of a wrap width (headings, list items, last lines).
_WRAP_EVIDENCE = 30
# A hard-wrapped text's lines are at most this long (PDF and e-mail widths are 60-100).
_WRAP_LIMIT = 110
# A line this close to the width was broken because the next word (about this long) did not fit.
_FIRST_WORD_ROOM = 12


def _wrap_width(text: str, lines: list[Span], clause_ends: list[bool]) -> int | None:
    """The width a text is hard-wrapped at, or None when it is not: most of its lines of some
    length are near one width at most `_WRAP_LIMIT`, almost none are longer, and most of those
    near it stop mid-sentence and are followed by a line that goes on in lower case (a page of
    one-sentence paragraphs of like length is no wrap, nor a list of one-line items written
    without stops: "Take 1 tablet every 4 hours" / "Do not drive"). `clause_ends`: whether
    each line ends a clause (`_ends_clause`)."""
    lengths = sorted(end - start for start, end in lines if end - start >= _WRAP_EVIDENCE)
    if len(lengths) < 4:
        return None
    short = [n for n in lengths if n <= _WRAP_LIMIT]
    if len(lengths) - len(short) > 0.05 * len(lengths) or not short:
        return None
    width = short[(len(short) - 1) * 19 // 20]  # the 95th percentile: a stray long line aside
    full = [i for i, (s, e) in enumerate(lines) if width - _FIRST_WORD_ROOM <= e - s <= _WRAP_LIMIT]
    if len(full) < 0.5 * len(lengths):
        return None
    mid_sentence = sum(not clause_ends[i] for i in full)
    # the word after a wrap is any word of the sentence: rarely capitalised
    following = [lines[i + 1][0] for i in full if i + 1 < len(lines)]
    capitalised = sum(text[start].isupper() for start in following)
    if mid_sentence < 0.5 * len(full) or capitalised > 0.5 * len(following):
        return None
    return width


def _ends_clause(line: str) -> bool:
    """Whether the line ends in `.!?:;` perhaps followed by closing quotes, brackets or
    Markdown emphasis (`str.rstrip` rather than a regex search, which would try every
    position of the line)."""
    body = line.rstrip(_CLOSERS)
    return bool(body) and body[-1] in _CLAUSE_ENDS


_TOKEN_WINDOW = 40
# A run of letters this long is longer than any abbreviation: a word that ends its sentence
_PAST_ABBREVIATIONS = max(map(len, LEXICON.abbreviations), default=0) + 1


_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _is_abbreviation(text: str, dot: int, lower_bound: int) -> bool:
    """Whether the "." at `dot` closes an abbreviation, initial or other non-final token."""
    letters_from = dot - _PAST_ABBREVIATIONS
    if letters_from >= lower_bound:
        letters = text[letters_from:dot]
        if letters.isalpha():
            return False  # most stops: settled without reading the token
    else:
        letters = text[lower_bound:dot]
    # A token of lower-case letters a-z after white space or at the sentence's start ("few
    # weeks."), most of the other stops: its own lower-cased self, no initial, no inner stop
    head = letters.rstrip(_ASCII_LOWER)
    if len(head) < len(letters) and (head[-1:].isspace() or not head):
        return letters[len(head) :] in LEXICON.abbreviations
    window = max(lower_bound, dot - _TOKEN_WINDOW)
    before = text[window:dot]
    # The token before the dot: the last run without white space. Only a bounded window is
    # read (a sentence of many initials would otherwise be re-read at each dot); a token that
    # fills it is too long to be an abbreviation.
    if not before or before[-1].isspace():
        return False
    parts = before.rsplit(None, 1)
    if len(parts) == 1 and window > lower_bound:
        return False
    token = parts[-1]
    token = token.lstrip("([\"'“‘")
    if not token:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. S. Mill"
    if "." in token and all(len(part) <= 2 for part in token.split(".")):
        return True  # "e.g", "i.e", "U.S"
    return token.lower() in LEXICON.abbreviations


# What `_MARKER` can open with (`\d` is any decimal digit, as `str.isdecimal` says)
_MARKER_OPENINGS = frozenset("-*•+‣▪◦#>")


def _split_block(text: str, start: int, end: int) -> list[Span]:
    first = text[start]  # a block is never empty
    if first in _MARKER_OPENINGS or first.isdecimal():
        marker = _MARKER.match(text, start, end)
        if marker:
            start = marker.end()
    spans: list[Span] = []
    sentence_start = start
    stops_only = text.find("!", start, end) < 0 and text.find("?", start, end) < 0
    for match in (_END_AT_STOP if stops_only else _END).finditer(text, start, end):
        stop, after = match.span()
        if (
            # `flat` closes after `marks`: the last group matched exactly when it matched
            match.lastgroup == "flat"
            and not _FLAT_CITATION_BEFORE.search(text, max(start, stop - _FLAT_REACH), stop)
            and not flat_after_age(text, stop, after)
        ):
            continue
        if match.group("marks") == "." and _is_abbreviation(text, stop, sentence_start):
            continue
        low, high = sentence_start, after  # `_stripped`, inline: once per sentence
        while low < high and text[low].isspace():
            low += 1
        while high > low and text[high - 1].isspace():
            high -= 1
        if low < high:
            spans.append((low, high))
        sentence_start = after
    # the rest of the block (`_stripped`, inline)
    while sentence_start < end and text[sentence_start].isspace():
        sentence_start += 1
    while end > sentence_start and text[end - 1].isspace():
        end -= 1
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans


def split_sentences(text: str) -> list[Span]:
    """Sentence spans in text order, non-overlapping, white space stripped."""
    return sentences_in(text, paragraph_spans(text))


def sentences_in(text: str, paragraphs: list[Span]) -> list[Span]:
    """Sentence spans within already computed `paragraph_spans(text)`."""
    spans: list[Span] = []
    for start, end in paragraphs:
        spans.extend(_split_block(text, start, end))
    return spans


# A line worth a closer look opens (after spaces, hashes, emphasis, one tag) with one of the
# headings' first words. Each character class is disjoint from what follows it, so a line is
# read once; the leading newline lets the search skip ahead to each line start.
_HEADING_FIRST_WORDS = sorted({h.split()[0] for h in LEXICON.reference_headings})
# The words' first letters, looked for before the words: most lines open with another letter,
# and one look at a character class settles them where trying each word took one try apiece.
_HEADING_FIRST_LETTERS = "".join(sorted({re.escape(word[0]) for word in _HEADING_FIRST_WORDS}))
_HEADING_OPENING = (
    r"[ \t#*_]*(?:<[A-Za-z0-9]{1,6}>[ \t*_]*)?"
    rf"(?=[{_HEADING_FIRST_LETTERS}])(?:{words_regex(_HEADING_FIRST_WORDS)})"
)
_HEADING_AT_START = re.compile(_HEADING_OPENING, re.IGNORECASE)
_HEADING_AFTER_NEWLINE = re.compile("\n" + _HEADING_OPENING, re.IGNORECASE)
# Emphasis and heading tags around a heading's words.
_HEADING_MARKUP = re.compile(r"[*_]+|</?(?:b|strong|em|i|u|h[1-6])>", re.IGNORECASE)


def is_reference_heading(line: str) -> bool:
    """Whether `line` (one line of text) heads a reference list: one of the heading phrases,
    perhaps after Markdown hashes, inside emphasis or heading tags, and with a colon."""
    if len(line) > 200:
        return False
    body = _HEADING_MARKUP.sub(" ", line.strip().lstrip("#"))
    body = " ".join(body.replace("&", " and ").split()).rstrip(":").rstrip().lower()
    return body in LEXICON.reference_headings


def reference_headings(text: str) -> list[Span]:
    """Spans of the lines that head a reference list (the whole line, up to its newline), in
    text order. Linear: only lines opening with a heading word are looked at, each once."""
    starts = [0] if _HEADING_AT_START.match(text) else []
    starts += [match.start() + 1 for match in _HEADING_AFTER_NEWLINE.finditer(text)]
    headings: list[Span] = []
    for line_start in starts:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            line_end = len(text)
        if is_reference_heading(text[line_start:line_end]):
            headings.append((line_start, line_end))
    return headings
