"""The author-year matcher looks a mention's first author up in an index of the entries' first
authors, not by scoring every entry: a text of thousands of author-year mentions and entries takes
time in proportion to its length. The index must give exactly what scoring every entry gives
(checked against the brute-force matcher on generated lists). Names are invented."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction import references
from citecheck.extraction.citations import FoundCitation
from citecheck.extraction.references import (
    _NAME_MATCH,
    _match_author,
    _NameIndex,
    extract_references,
    name_score,
)
from citecheck.models import Cited, Reference

_SYLLABLES = ["ka", "ro", "mi", "ten", "sol", "bar", "vik", "lun", "dor", "pel"]


def _surname(n: int) -> str:
    return "".join(_SYLLABLES[int(d)] for d in f"{n:03d}").capitalize() + "son"


def test_a_mention_scores_only_the_entries_that_may_hold_its_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 300 entries, 300 mentions: scoring every entry for every mention is 90,000 name scores
    entries = [f"{_surname(i)}, A. (2019). Trial {i} of zinc. Bone, 1, 1-9." for i in range(300)]
    body = " ".join(f"Colds fell by {i % 40}% ({_surname(i)}, 2019)." for i in range(300))
    text = f"# Zinc\n\n{body}\n\n## References\n\n" + "\n".join(entries) + "\n"
    calls = 0
    score = references.name_score

    def counted(*args: Any) -> float:
        nonlocal calls
        calls += 1
        return score(*args)

    monkeypatch.setattr(references, "name_score", counted)
    refs, citations = extract_references(text)
    listed = {ref.id for ref in refs if ref.origin == "reference_list"}
    assert len(listed) == 300
    assert all(c.reference_id in listed for c in citations)
    assert calls <= 20 * len(entries)


# names that are close to each other: shared syllables, one letter changed, dropped or added,
# particles, diacritics, organisations and their acronyms, names in a script without case
_NAMES = st.one_of(
    st.lists(st.sampled_from(["ka", "ro", "mi", "sm", "ith", "son", "x", "é", "ü"]), min_size=1,
             max_size=5).map(lambda parts: "".join(parts).capitalize()),
    st.sampled_from([
        "Smith", "Smyth", "Smith-Jones", "Xsmithson", "Smithsons", "Kim", "Kin", "Li", "Lee",
        "van der Berg", "Van den Berg", "Müller", "Muller", "O'Neil", "王", "王明", "欧阳", "欧阳修",
        "World Health Organization", "WHO", "NICE",
        "National Institute for Health and Care Excellence", "RECOVERY",
        "The RECOVERY Collaborative Group", "A", "", "-",
    ]),
)  # fmt: skip


def _entry(name: str, year: int | None, place: int) -> Reference:
    return Reference(
        id=f"ref-{place}",
        origin="reference_list",
        raw=f"{name} ({year}). A trial.",
        cited=Cited(authors=[name, "Second"] if name else [], year=year),
    )


@settings(max_examples=300, deadline=None)
@given(
    entries=st.lists(st.tuples(_NAMES, st.sampled_from([None, 2019, 2020, 2021])), max_size=12),
    name=_NAMES,
    second=st.sampled_from([None, "Second", "Secund"]),
    year=st.sampled_from([None, 2019, 2020]),
    form=st.sampled_from(["author_year", "institution", "news"]),
    needs_match=st.booleans(),
)
def test_the_index_gives_what_scoring_every_entry_gives(
    entries: list[tuple[str, int | None]],
    name: str,
    second: str | None,
    year: int | None,
    form: Any,
    needs_match: bool,
) -> None:
    refs = [_entry(n, y, place) for place, (n, y) in enumerate(entries, start=1)]
    authors = [name] if second is None else [name, second]
    found = FoundCitation(
        text="x", start=0, end=1, kind="narrative", form=form, authors=authors, year=year,
        needs_match=needs_match,
    )  # fmt: skip
    candidates = _NameIndex(refs).candidates(name)
    # every entry that may answer the name is a candidate, in the list's order
    assert {ref.id for ref in refs if ref.cited.authors and name_score(
        name, ref.cited.authors[0]) >= _NAME_MATCH} <= {ref.id for ref in candidates}  # fmt: skip
    assert [ref.id for ref in candidates] == [ref.id for ref in refs if ref in candidates]
    assert _match_author(found, candidates) == _match_author(found, refs)
