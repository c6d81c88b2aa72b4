"""The reading view of an article's text: the same text, character for character the same
length, with the characters that only typesetting distinguishes read as the plain ones.

Articles reach citecheck from editors, web pages, Word and PDF exports, which write the same
words with different characters: CRLF or CR line ends, no-break and thin spaces between a
number and its unit or inside a number ("15 886 patients", "10 mg"), the Unicode minus or a
non-breaking hyphen for "-" ("10−20 mg", "COVID‑19"). Extraction reads the view, so every rule
sees one form; offsets into the view are offsets into the text (each character is replaced by
exactly one), so a span's text is still read from what the user's file decodes to
(`Document.written`).

What the view cannot do, since it would change the length: drop soft hyphens and zero-width
spaces ("pa\\u00adtients"), and join words hyphenated at a line end. Readers that extract text
(web pages, .docx, .pdf), whose offsets index the text they extract, drop the invisible
characters (`without_invisible`); the PDF reader also joins hyphenated words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

# Every space separator but the ASCII space (Unicode category Zs), read as a space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_SPACES += "\u202f\u205f\u3000"
_READ_AS = {
    **dict.fromkeys(_SPACES, " "),
    # line and paragraph separators end a line as "\n" does
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    # hyphen, non-breaking hyphen and minus sign read as the hyphen-minus every rule knows;
    # the figure dash as the en dash ranges are written with
    "\u2010": "-",
    "\u2011": "-",
    "\u2212": "-",
    "\u2012": "\u2013",
}
# Replaced character by character (`in` and `str.replace` each read the text once, in C): a
# class search tries a match at every position, and `str.translate` with a table reads every
# character in Python (60 ms a MB). No character is read as another one of them.

# Two hyphens between words or figures are how plain text and some publishers' HTML (MMWR)
# write an en dash: "aged 18--49 years", "October 2009--February 2010". Read as the dash and a
# space, so ranges read as ranges. (The letter before is looked at after the hyphens, so that
# the search skips ahead to them.)
_DOUBLE_HYPHEN = re.compile(r"--(?<=[0-9A-Za-z]--)(?=[0-9A-Za-z])")


# An en dash typeset as a minus sign ("95% CI –13.4 to –11.5", "a change of –2.1"): before a
# digit, after a blank, bracket or sign of relation, and not after a figure ("18 –24" is a
# range written loosely). Read as "-", as the minus sign itself is. The dash comes first and the
# look-behinds after it, so that `re` scans for the dash (with a look-behind first it tries the
# pattern at every position of the text); "not after a character outside the set" also holds at
# the text's start.
_EN_DASH_MINUS = re.compile(r"\u2013(?<![0-9%] \u2013)(?<![^\s(\[=:;,<>]\u2013)(?=[0-9])")


# A middle dot between digits is a decimal point in The Lancet's and PLOS Medicine's house
# style ("29·1%", "43·4 (13·24)"): read as ".", so the figure is read whole (not "1%"). Not
# a times sign: after a figure with a point already ("4.10·10⁹", "4.10·109" flattened) or
# before a power of ten ("2·10⁻³").
_DECIMAL_DOT = re.compile(
    r"(?<=[0-9])(?<![0-9][.,][0-9])(?<![.,][0-9]{2})\u00b7(?=[0-9])(?!10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻])"
)


def reading_view(text: str) -> str:
    """`text` with CRLF read as " \\n", a lone CR as "\\n", other spaces as " ", hyphen and
    minus signs (and an en dash set as one) as "-", a middle dot between digits as "."; `len(reading_view(text)) ==
    len(text)` always."""
    if "\r" in text:
        # the CR of a CRLF pair becomes white space at the line's end, which every rule strips
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    if "--" in text:
        text = _DOUBLE_HYPHEN.sub("\u2013 ", text)
    if not text.isascii():
        for char, read_as in _READ_AS.items():
            if char in text:
                text = text.replace(char, read_as)
        if "\u00b7" in text:
            text = _DECIMAL_DOT.sub(".", text)
        if "\u2013" in text:
            text = _EN_DASH_MINUS.sub("-", text)
    return text


# Characters with no glyph that only mark where a line may break (soft hyphen, zero-width space,
# word joiner) or a byte-order mark inside the text. Not the zero-width (non-)joiners, which
# some scripts spell words with.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def without_invisible(text: str) -> str:
    """`text` without soft hyphens, zero-width spaces, word joiners and byte-order marks, for
    text a reader extracts (a web page hyphenated with "&shy;" reads "patients" whole)."""
    return _INVISIBLE.sub("", text)


# What the prose view takes out of a sentence: a word broken at a line end (its hyphen perhaps,
# the break and the next line's indent), any other line break with the blanks around it (read
# as one space), and emphasis: Markdown "*"/"_" runs at a word's edge, HTML emphasis tags.
_REWRITE = re.compile(
    r"(?P<broken>(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[a-z]))"
    r"|(?P<newline>[ \t]*\n[ \t]*)"
    r"|(?P<mark>\*+|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|</?(?i:b|strong|i|em|u|mark)>)"
)
_NEEDS_REWRITE = re.compile(r"[\n*_<]")
# What takes characters out: a mark, a line break after a hyphen or blank ("-[ \t]*\n" holds one
# of them) or before a blank. One character class first, then what the character needs around
# it, so that the search skips ahead to the few characters "*_<\n" of a sentence (a pattern
# opening with an alternation or a look-behind is tried at each of its characters).
_BREAK_MOVES = r"(?<=[ \t-]\n)|(?<=\n)(?=[ \t])"
_MOVES = re.compile(rf"[*_<\n](?:(?<=[*_<])|{_BREAK_MOVES})")
# The same in a text without marks, where only a line break can move characters (a literal
# first: `re` scans for it fast)
_BREAK_MOVING = re.compile(rf"\n(?:{_BREAK_MOVES})")
_WORD_END = re.compile(r"[A-Za-z]{1,60}$")
_WORD_START = re.compile(r"[a-z]{1,60}")
_HYPHENATED = re.compile(r"[A-Za-z]+-[a-z]+")


class Moved(NamedTuple):
    """Characters the prose view moved left: the text's `[at + by, end + by)` reads at the
    view's `[at, end)`."""

    at: int
    end: int
    by: int


def prose_view(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[str, list[Moved]]:
    """`text` (a reading view) with each sentence as a reader takes it in: a line break inside
    it read as a space, a word broken at a line end read whole ("pa-\\ntients" as "patients";
    "two-\\nthirds" as "two-thirds" when the text writes it so elsewhere, as the PDF reader
    decides), and emphasis marks left out ("for **7 days**" as "for 7 days"). What a sentence
    loses is made up with spaces at its end, so the length and every sentence's span are
    unchanged; `Moved` records which characters moved, for `written_offset`."""
    parts: list[str] = []
    moved: list[Moved] = []
    cursor = 0
    # the words the text writes with a hyphen, read once when it has a word broken at a line end
    hyphenated = set(_HYPHENATED.findall(text.lower())) if "-\n" in text else set()
    # In a text without marks a sentence needs rewriting when it holds a line break: one
    # `str.find`, several times cheaper than the search for any of the characters.
    marked = "*" in text or "_" in text or "<" in text
    moves = _MOVES if marked else _BREAK_MOVING
    for start, end in sentences:
        if marked:
            if _NEEDS_REWRITE.search(text, start, end) is None:
                continue
        elif text.find("\n", start, end) < 0:
            continue
        if moves.search(text, start, end) is None:  # only line breaks: one for one
            sentence = text[start:end].replace("\n", " ")
        else:
            sentence = _rewritten(text, start, end, hyphenated, moved)
        parts += (text[cursor:start], sentence)
        cursor = end
    return ("".join((*parts, text[cursor:])) if parts else text), moved


def _rewritten(text: str, start: int, end: int, hyphenated: set[str], moved: list[Moved]) -> str:
    out: list[str] = []
    length = 0  # of the sentence as rewritten so far
    kept = start  # where the text not yet copied starts

    def copy(upto: int) -> None:
        nonlocal length
        if upto > kept:
            if kept - start > length:
                moved.append(
                    Moved(start + length, start + length + upto - kept, kept - start - length)
                )
            out.append(text[kept:upto])
            length += upto - kept

    for match in _REWRITE.finditer(text, start, end):
        copy(match.start())
        kept = match.end()
        if match.lastgroup == "broken":
            first = _WORD_END.search(text, max(start, match.start() - 60), match.start())
            rest = _WORD_START.match(text, match.end(), end)
            if first and rest and f"{first.group()}-{rest.group()}".lower() in hyphenated:
                kept = match.start()  # the hyphen stays: copied with what follows
                copy(match.start() + 1)
                kept = match.end()
        elif match.lastgroup == "newline":  # one space for the break and its blanks
            out.append(" ")
            length += 1
    copy(end)
    return "".join(out) + " " * (end - start - length)


def written_offset(moved: Sequence[Moved], offset: int, *, end: bool = False) -> int:
    """The offset in the text of a prose view's `offset` (`prose_view`). A span's `end` is
    the offset after its last character, so it maps with the character before it."""
    probe = offset - 1 if end else offset
    index = bisect_right(moved, probe, key=lambda m: m.at) - 1
    if index >= 0:
        at, stop, by = moved[index]
        if (at < offset <= stop) if end else (at <= offset < stop):
            return offset + by
    return offset
