"""A text citing thousands of works without a list: each citation is matched against the
in-text references that name the same author, not against all of them (linear, not quadratic),
and repeats still share one reference."""

from __future__ import annotations

import itertools
import string

from citecheck.extraction import references as references_module
from citecheck.extraction.references import extract_references


def _names(count: int) -> list[str]:
    letters = itertools.product(string.ascii_lowercase, repeat=3)
    return ["Kar" + "".join(next(letters)) + "ova" for _ in range(count)]


def test_name_comparisons_grow_linearly_with_distinct_citations(monkeypatch) -> None:
    calls = 0
    original = references_module.name_score

    def counted(cited: str, entry: str) -> float:
        nonlocal calls
        calls += 1
        return original(cited, entry)

    monkeypatch.setattr(references_module, "name_score", counted)
    for count in (200, 800):
        calls = 0
        text = "".join(
            f"Relief came in {i % 50 + 2} hours ({name} et al., 2019).\n\n"
            for i, name in enumerate(_names(count))
        )
        refs, cites = extract_references(text)
        assert len(refs) == count and len(cites) == count
        assert calls <= count  # each citation meets only references of its own author


def test_repeats_and_initials_still_share_a_reference() -> None:
    text = (
        "Relief came fast (Karlova et al., 2019). It lasted (Karlova et al., 2019).\n\n"
        "The National Institute of Mental Health (2020) funds trials. NIMH (2020) said so.\n\n"
        "Another study (Novak et al., 2019) disagreed."
    )
    refs, cites = extract_references(text)
    by_text = {c.text: c.reference_id for c in cites}
    assert len({c.reference_id for c in cites if "Karlova" in c.text}) == 1
    institute = [c.reference_id for c in cites if "National" in c.text or "NIMH" in c.text]
    assert len(institute) == 2 and len(set(institute)) == 1
    assert by_text["(Novak et al., 2019)"] not in institute
    assert len(refs) == 3
