"""The prose view decides with cheap searches which sentences it must rewrite: the decisions must
be what the patterns they stand for decide."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.inputs import textview

# what `_MOVES` stands for: an emphasis mark, a word broken at a line end, a line break with
# blanks around it
_MOVES_AS_WRITTEN = re.compile(r"[*_<]|-[ \t]*\n|[ \t]\n|\n[ \t]")

_PIECES = ["word", "pa-", "tients", " ", "  ", "\t", "\n", " \n", "\n ", "-\n", "- \n", "*", "_",
           "<b>", "x", "-", "3", ".", "\u2013"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map("".join))
def test_moves_search_decides_as_the_pattern_written_out(text: str) -> None:
    # a sentence span is stripped: it neither starts nor ends with white space
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    if start >= end:
        return
    fast = textview._MOVES.search(text, start, end) is not None
    assert fast == (_MOVES_AS_WRITTEN.search(text, start, end) is not None)


_CLASS_OF_READ_AS = re.compile("[" + "".join(textview._READ_AS) + "]")
_DOUBLE_HYPHEN_AS_WRITTEN = re.compile(r"(?<=[0-9A-Za-z])--(?=[0-9A-Za-z])")


def _reading_view_as_written(text: str) -> str:
    """The reading view as one class substitution (what `str.replace` per character stands
    for), the double hyphen found from the letter before it."""
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    text = _DOUBLE_HYPHEN_AS_WRITTEN.sub("\u2013 ", text)
    text = _CLASS_OF_READ_AS.sub(lambda match: textview._READ_AS[match.group()], text)
    return "".join(
        "-" if char == "\u2013" and _en_dash_is_minus(text, at) else char
        for at, char in enumerate(text)
    )


def _en_dash_is_minus(text: str, at: int) -> bool:
    """Before a digit, at a line's start or after a blank, bracket or sign of relation, and
    not after a figure and a blank."""
    if at + 1 >= len(text) or not text[at + 1].isdigit() or not text[at + 1].isascii():
        return False
    if at == 0:
        return True
    before = text[at - 1]
    if not (before.isspace() or before in "([=:;,<>"):
        return False
    return not (before == " " and at >= 2 and text[at - 2] in "0123456789%")


_VIEW_PIECES = ["a", "9", "-", "--", "---", " ", "\r", "\n", "\r\n", "\u00a0", "\u2009",
                "\u2212", "\u2011", "\u2012", "\u2013", "\u2028", "\u0085", "é", "x--y"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_VIEW_PIECES), max_size=30).map("".join))
def test_reading_view_reads_as_one_class_substitution(text: str) -> None:
    view = textview.reading_view(text)
    assert view == _reading_view_as_written(text)
    assert len(view) == len(text)
