"""Citations as Cambridge Core's web pages print them: "( Reference Name 1 )", each work its
authors and number after the word "Reference". Sentences are our own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims


def _numeric(text: str) -> list[tuple[str, list[int]]]:
    return [(c.text, c.numbers) for c in find_citations(text) if c.form == "numeric"]


def test_each_work_in_the_bracket_is_a_citation_and_a_range_is_one() -> None:
    text = (
        "Sleep loss raises blood pressure( Reference Abel 1 ). Shift work does too( Reference "
        "Bird and Carr 2 , Reference Dunn, Ely and Ford 3 ), as does noise( Reference Gray 4 – "
        "Reference Hart and Ives 6 ).\n"
    )
    assert _numeric(text) == [
        ("Reference Abel 1", [1]),
        ("Reference Bird and Carr 2", [2]),
        ("Reference Dunn, Ely and Ford 3", [3]),
        ("Reference Gray 4 – Reference Hart and Ives 6", [4, 5, 6]),
    ]
    attributions = [c.text for c in extract_claims(text) if c.type == "study_attribution"]
    assert attributions == [t for t, _ in _numeric(text)]


def test_the_word_reference_in_other_brackets_is_no_citation() -> None:
    for text in (
        "The values are given as a ratio (Reference range 10 to 20).\n",
        "Use the chart (Reference: see the appendix) when you dose.\n",
        "Tablets (reference product) dissolved within 30 minutes.\n",
    ):
        assert _numeric(text) == [], text


_NAMES = st.sampled_from(["Abel", "Bird", "O'Carr", "Dunn", "Ely", "van Hoff", "Łukasz"])


@given(
    works=st.lists(
        st.tuples(st.lists(_NAMES, min_size=1, max_size=3), st.integers(1, 300)),
        min_size=1,
        max_size=5,
    ),
    space=st.sampled_from(["", " "]),
)
def test_any_bracket_of_works_gives_each_its_number(
    works: list[tuple[list[str], int]], space: str
) -> None:
    pieces = []
    for names, number in works:
        authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        pieces.append(f"Reference {authors} {number}")
    text = f"Salt intake matters here({space}{' , '.join(pieces)}{space}).\n"
    assert _numeric(text) == [(piece, [n]) for piece, (_, n) in zip(pieces, works, strict=True)]
