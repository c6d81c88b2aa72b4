"""Sentence-wide look-ups of the quantity finder run once per sentence, not once per figure.

A run-on "sentence" of thousands of figures (text pasted without stops, `bench_claims.py
hostile`: "ranges", "or so", "between") made two look-ups that read the whole sentence for
each figure quadratic: whether the sentence names its figures percentages, and its legend
("(median [IQR])"). These tests count the characters those searches read, not time, so a
loaded machine cannot make them fail: in linear time they read each sentence about once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from citecheck.extraction import quantities
from citecheck.extraction.claims import extract_claims

# Units of the hostile rows (bench/bench_claims.py) that were quadratic on bb8dc08; and sentence
# ends: none (each figure is then asked for the sentence's legend), and one naming percentages
# (no figure takes it as its unit), where a search per figure would read the whole sentence.
_UNITS = ["12 to 14 ", "30 or so ", "between 1 and "]
_ENDS = ["", "given as a percentage."]


class _Reads:
    """A compiled pattern that adds up how many characters its searches are asked to read."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self._pattern = pattern
        self._tally = tally

    def search(self, string: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        self._tally.append(max(0, min(endpos, len(string)) - pos))
        return self._pattern.search(string, pos, endpos)


@pytest.fixture
def read_counts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    tally: list[int] = []
    monkeypatch.setattr(quantities, "_PERCENT_NAMED", _Reads(quantities._PERCENT_NAMED, tally))
    legend: Callable[[tuple[str, ...]], re.Pattern[str]] = quantities._legend_re
    monkeypatch.setattr(quantities, "_legend_re", lambda names: _Reads(legend(names), tally))
    yield tally


@pytest.mark.parametrize("end", _ENDS)
@pytest.mark.parametrize("unit", _UNITS)
def test_sentence_wide_searches_read_each_sentence_about_once(
    unit: str, end: str, read_counts: list[int]
) -> None:
    for size in (2_000, 8_000):
        read_counts.clear()
        text = (unit * (size // len(unit) + 1))[:size] + end
        extract_claims(text)
        # once per figure would be hundreds of times the text's length (bb8dc08: 289146 to
        # 890000 characters for 2 KB; "or so" with no end still 444000 without `_legend_in`)
        assert sum(read_counts) <= 2 * len(text)
