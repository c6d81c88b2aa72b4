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
_READ_AS = str.maketrans(
    {
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
)


def reading_view(text: str) -> str:
    """`text` with CRLF read as " \\n", a lone CR as "\\n", other spaces as " ", hyphen and
    minus signs as "-"; `len(reading_view(text)) == len(text)` always."""
    if "\r" in text:
        # the CR of a CRLF pair becomes white space at the line's end, which every rule strips
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return text.translate(_READ_AS)


# Characters with no glyph that only mark where a line may break (soft hyphen, zero-width space,
# word joiner) or a byte-order mark inside the text. Not the zero-width (non-)joiners, which
# some scripts spell words with.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def without_invisible(text: str) -> str:
    """`text` without soft hyphens, zero-width spaces, word joiners and byte-order marks, for
    text a reader extracts (a web page hyphenated with "&shy;" reads "patients" whole)."""
    return text.translate(_INVISIBLE)


# A word broken at a line end: letters, a hyphen, the line break (and the next line's indent),
# lower-case letters.
_BROKEN = re.compile(r"([A-Za-z]+)-([ \t]*\n[ \t]*)([a-z]+)")
_HYPHENATED = re.compile(r"[A-Za-z]+-[a-z]+")


class Moved(NamedTuple):
    """Characters the prose view moved left: source `[at + by, end + by)` reads at view
    `[at, end)` (the rest of a word broken at a line end, joined to its first part)."""

    at: int
    end: int
    by: int


def prose_view(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[str, list[Moved]]:
    """`text` (a reading view) with each line break inside a sentence read as a space, and
    each word broken at a line end inside one read whole ("pa-\\ntients" as "patients" and two
    spaces after it; "two-\\nthirds" as "two-thirds" when the text writes it so elsewhere, as the
    PDF reader decides). Same length; `Moved` says which characters moved, for `written_offset`.
    """
    parts: list[str] = []
    moved: list[Moved] = []
    cursor = 0
    hyphenated: set[str] | None = None
    for start, end in sentences:
        if text.find("\n", start, end) == -1:
            continue
        sentence = text[start:end]
        if "-" in sentence:
            if hyphenated is None:  # read once, only for a text with a line-end hyphen
                hyphenated = set(_HYPHENATED.findall(_BROKEN.sub(" ", text).lower()))
            sentence = _rejoin(sentence, start, hyphenated, moved)
        parts += (text[cursor:start], sentence.replace("\n", " "))
        cursor = end
    return ("".join((*parts, text[cursor:])) if parts else text), moved


def _rejoin(sentence: str, offset: int, hyphenated: set[str], moved: list[Moved]) -> str:
    def join(match: re.Match[str]) -> str:
        first, gap, rest = match.groups()
        # the hyphen stays when the text writes the word with one elsewhere
        keep = f"{first}-{rest}".lower() in hyphenated
        dropped = len(gap) + (0 if keep else 1)
        at = offset + match.start(3) - dropped
        moved.append(Moved(at, at + len(rest), dropped))
        return f"{first}{'-' if keep else ''}{rest}{' ' * dropped}"

    return _BROKEN.sub(join, sentence)


def written_offset(moved: Sequence[Moved], offset: int, *, end: bool = False) -> int:
    """The offset in the text of a prose view's `offset` (`prose_view`): the same, but on
    characters moved left (or the spaces after them) moved back. A span's `end` is the offset
    after its last character: at the start of moved characters it stays before them."""
    index = bisect_right(moved, offset, key=lambda m: m.at) - 1
    if index >= 0:
        at, stop, by = moved[index]
        if (at < offset <= stop) if end else (at <= offset < stop):
            return offset + by
        if stop <= offset < stop + by:  # in the spaces left behind: after the word
            return stop + by
    return offset
