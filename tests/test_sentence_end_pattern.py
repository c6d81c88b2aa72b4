"""The sentence-end pattern is written so that `re` can skip ahead to punctuation (its
look-behind after the first mark): it must find exactly what the plain form finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction import sentences

# The plain form: a look-behind first, which makes `re` try every position.
_PLAIN_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*" + sentences._END_AFTER_MARKS)

_PIECES = [".", "..", "!", "?", "?!", "...", " ", "  ", "\n", '"', "”", ")", "]", "(", "*", "_",
           "A", "a", "9", "Dr", "e.g", "word", "“", "‘", "\t", "\u00a0",
           "[", "[1]", "[@k]", "@k", "¹", "⁻", "^1^", "^", "<sup>", "</sup>", "\\citet", "12,",
           "(Lee, 2020)", "(Lee et al. 1999a)", "(2020)"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.integers(0, 10),
    st.integers(0, 10),
)
def test_sentence_end_finds_what_the_plain_form_finds(text: str, cut: int, tail: int) -> None:
    start, end = min(cut, len(text)), max(len(text) - tail, 0)
    found = [m.span() for m in sentences._END.finditer(text, start, end)]
    assert found == [m.span() for m in _PLAIN_END.finditer(text, start, end)]


def test_a_search_starting_inside_a_run_of_marks_finds_no_end_there() -> None:
    text = "Wait... Then"
    for start in range(len(text)):
        found = [m.span() for m in sentences._END.finditer(text, start)]
        assert found == [m.span() for m in _PLAIN_END.finditer(text, start)]
    assert [m.span() for m in sentences._END.finditer(text, 5)] == []


_LINE_PIECES = ["a", "Word", "9.", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2028", "\r", "\x0c",
                "- ", "#"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join))
def test_lines_are_each_line_stripped(text: str) -> None:
    # what `_lines` gives: each line between newlines without its blanks (`str.strip`), blank
    # lines left out; the same as a search for each line's first to last non-blank character
    expected = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            expected.append((start, start + len(stripped)))
        offset += len(line) + 1
    spans, contents = sentences._lines(text)
    assert spans == expected
    assert contents == [text[start:end] for start, end in expected]
    assert [m.span() for m in re.finditer(r"\S(?:[^\n]*\S)?", text)] == expected
