"""A regular expression compiled when first used, for module-level patterns most texts never need.

Compiling is most of citecheck's start-up: a pattern built from the name classes (`UPPER`,
`LOWER`: hundreds of letters, parsed anew in each place they stand) or the lexicon's word lists
takes milliseconds, and the extractors hold hundreds. A pattern that only runs once a rare
keyword is found ("said", "presented at", a reference list in one style) is written
`LazyRegex(...)` instead of `re.compile(...)`: the same pattern, compiled on its first search.
Patterns that run on every text stay `re.compile`d, which saves the extra call on each search.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class LazyRegex:
    """`re.compile(pattern, flags)` on first use; the methods the extractors call, as `re`'s."""

    __slots__ = ("_compiled", "flags_given", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags_given = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags_given)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)
