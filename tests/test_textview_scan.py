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
