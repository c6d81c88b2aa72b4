"""Markdown footnotes as reference numbers: "[^1]" in the text cites the definition "[^1]: Author.
Title. ..." through the one citation finder (kind `numeric`), and the claims of its sentence
rest on that reference. The prose is our own; the two works cited are real (Herxheimer and
Petrie, Cochrane Database Syst Rev 2002, CD001520; Ferracioli-Oda, Qawasmi and Bloch, PLoS One
2013, 8(5):e63773), and the figures are theirs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from support.linked import read_linked

HERXHEIMER = (
    "Herxheimer A, Petrie KJ. Melatonin for the prevention and treatment of jet lag. "
    "Cochrane Database Syst Rev. 2002;(2):CD001520."
)
FERRACIOLI = (
    "Ferracioli-Oda E, Qawasmi A, Bloch MH. Meta-analysis: melatonin for the treatment of "
    "primary sleep disorders. PLoS One. 2013;8(5):e63773."
)
PROSE = (
    "In nine of 10 trials melatonin reduced jet lag.[^1] A meta-analysis of 19 studies found "
    "that it shortened the time taken to fall asleep.[^2]\n\n"
)


def test_footnote_marks_cite_their_definitions() -> None:
    text = PROSE + f"[^1]: {HERXHEIMER}\n[^2]: {FERRACIOLI}\n"
    references, citations, claims = read_linked(text)
    assert [r.raw for r in references] == [HERXHEIMER, FERRACIOLI]
    assert [(c.text, c.kind, c.reference_id) for c in citations] == [
        ("[^1]", "numeric", references[0].id),
        ("[^2]", "numeric", references[1].id),
    ]
    by_text = {c.text: c for c in claims}
    assert by_text["nine of 10"].reference_ids == [references[0].id]
    assert by_text["19 studies"].reference_ids == [references[1].id]
    # the definitions are the reference list, not claims
    list_start = text.index("[^1]:")
    assert all(c.start < list_start for c in claims)


def test_a_footnote_names_the_definition_with_its_label_in_any_order() -> None:
    text = PROSE + f"## References\n\n[^2]: {FERRACIOLI}\n[^1]: {HERXHEIMER}\n"
    references, citations, _ = read_linked(text)
    ids = {r.raw: r.id for r in references}
    assert [(c.text, c.reference_id) for c in citations] == [
        ("[^1]", ids[HERXHEIMER]),
        ("[^2]", ids[FERRACIOLI]),
    ]


def test_a_definition_line_is_no_citation() -> None:
    found = find_citations(f"[^1]: {HERXHEIMER}\n")
    assert [c.text for c in found if c.form == "numeric"] == []


@given(st.integers(min_value=1, max_value=999))
def test_any_footnote_number_is_read(number: int) -> None:
    found = find_citations(f"Melatonin reduced jet lag in most trials.[^{number}] It was safe.")
    assert [(c.text, c.numbers) for c in found] == [(f"[^{number}]", [number])]
