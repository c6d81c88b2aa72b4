"""The reading view of an article's text: the same text, character for character the same
length, with the characters that only typesetting distinguishes read as the plain ones.

Articles reach citecheck from editors, web pages, Word and PDF exports, which write the same
words with different characters: CRLF or CR line ends, no-break and thin spaces between a
number and its unit or inside a number ("15 886 patients", "10 mg"), the Unicode minus or a
non-breaking hyphen for "-" ("10−20 mg", "COVID‑19"). Extraction reads the view, so every rule
sees one form; offsets into the view are offsets into the text (each character is replaced by
exactly one), so a span's text is still read from what the user's file decodes to
(`Document.written`).

What is not done here because it would change the length: dropping soft hyphens and zero-width
characters, and joining words hyphenated at a line end (the PDF reader does that, where offsets
are into the text it extracts).
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
