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
