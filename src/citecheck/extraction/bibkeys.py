"""Citation keys and the `--bib` entries they name.

An article that cites by key (Pandoc `[@key]`, LaTeX `\\cite{key}`, `\\citet{}`, `\\citep{}`, or a
bare `@key` that names an entry) carries only the entries it cites (`audit.analyse_articles`);
one that never cites by key carries every entry, since nothing then tells its entries from
others'. A bare `@word` that names no entry is a handle or a mention ("Follow @nytimes"), so only
bracketed and `\\cite` keys count as keys the bib lacks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from citecheck.extraction.citations import FoundCitation
from citecheck.models import Reference


class KeyIndex:
    """Bib entries by key: the exact key first, else one differing only in case (BibTeX
    ignores case)."""

    def __init__(self, entries: Sequence[Reference]) -> None:
        self._exact: dict[str, Reference] = {}
        self._folded: dict[str, Reference] = {}
        for entry in entries:
            if entry.key:
                self._exact.setdefault(entry.key, entry)
                self._folded.setdefault(entry.key.casefold(), entry)

    def get(self, key: str) -> Reference | None:
        return self._exact.get(key) or self._folded.get(key.casefold())


@dataclass(frozen=True)
class KeyUse:
    """Whether an article cites by key, and the keys it cites that no entry has."""

    by_key: bool
    missing: list[str] = field(default_factory=list)


def is_explicit_key(found: FoundCitation) -> bool:
    """A `[@key]` bracket or a `\\cite{}` command: a key citation beyond doubt."""
    return found.form == "key" and found.text[:1] in {"[", "\\"}


def key_use(citations: Sequence[FoundCitation], bib: Sequence[Reference]) -> KeyUse:
    """How the article whose citations are `citations` uses the keys of `bib`."""
    index = KeyIndex(bib)
    missing: list[str] = []
    by_key = False
    for found in citations:
        if found.form != "key":
            continue
        explicit = is_explicit_key(found)
        for key in found.keys:
            if index.get(key) is not None:
                by_key = True
            elif explicit and key not in missing:
                missing.append(key)
        by_key = by_key or explicit
    return KeyUse(by_key=by_key, missing=missing)
