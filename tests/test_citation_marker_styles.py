"""Reference numbers flattened from superscripts in every style a text may use them: each one
the text writes is found, and what only looks like one (a page number, an initial, a section
label) is not. Sentences are our own."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims


def _numeric(text: str) -> list[tuple[str, list[int]]]:
    return [(c.text, c.numbers) for c in find_citations(text) if c.form == "numeric"]


def test_a_number_a_space_after_the_stop_at_a_line_end_is_cited_where_others_are_glued() -> None:
    text = (
        "- Asthma is the most common long-term illness in children. 1\n"
        "- Surveys across many countries give rates from 5 to 20 per 100 children. 2-6\n"
        "- Rates are higher in cities than in the countryside.3,7\n"
    )
    assert _numeric(text) == [("1", [1]), ("2-6", [2, 3, 4, 5, 6]), ("3,7", [3, 7])]
    attributions = [c.text for c in extract_claims(text) if c.type == "study_attribution"]
    assert attributions == ["1", "2-6", "3,7"]


def test_spaced_numbers_alone_are_cited_when_they_run_in_citation_order_from_one() -> None:
    text = (
        "Migraine affects about one adult in seven around the world. 1\n"
        "Attacks often begin in the teenage years and peak in middle age. 2\n"
    )
    assert _numeric(text) == [("1", [1]), ("2", [2])]


def test_a_lone_number_after_a_sentence_at_a_line_end_is_no_citation() -> None:
    # a page number a copy from a PDF left after the page's last sentence
    for text in (
        "The trial ended early because the benefit was clear to the board. 14\n",
        "Most of the children recovered within a week of the first dose. 3\nThey went home.\n",
        "Participants were seen every month at the clinic. 3\nAnother visit. 4\n",  # short line
    ):
        assert _numeric(text) == [], text


def test_ranges_and_lists_in_a_flattened_number_are_read_whole() -> None:
    text = (
        "Smoking raises the risk in older adults.2-5, 9\n"
        "The risk falls within a few years of quitting.4-6,10 Later studies agree.\n"
        "Exercise lowers the risk too.1,3-4\n"
    )
    assert _numeric(text) == [
        ("2-5, 9", [2, 3, 4, 5, 9]),
        ("4-6,10", [4, 5, 6, 10]),
        ("1,3-4", [1, 3, 4]),
    ]


@given(
    parts=st.lists(
        st.tuples(st.integers(1, 400), st.integers(0, 5), st.sampled_from([",", ", "])),
        min_size=1,
        max_size=4,
    ),
    after=st.sampled_from(["\n", "", " The next sentence."]),
)
def test_any_list_of_numbers_and_ranges_after_a_stop_names_them_all(
    parts: list[tuple[int, int, str]], after: str
) -> None:
    pieces, numbers = [], []
    for low, width, _ in parts:
        high = low + width
        pieces.append(f"{low}-{high}" if width else str(low))
        numbers += list(range(low, high + 1))
    body = pieces[0] + "".join(
        sep + piece for (_, _, sep), piece in zip(parts[1:], pieces[1:], strict=True)
    )
    text = f"The cough lasted for weeks in most children.{body}{after}"
    assert _numeric(text) == [(body, numbers)]


def test_a_number_after_a_letter_that_stands_as_a_word_is_cited() -> None:
    text = "Many adults in the region carry hepatitis B.6 For this reason, screening helps."
    assert _numeric(text) == [("6", [6])]


def test_a_number_after_an_initial_or_a_label_letter_is_no_citation() -> None:
    for text in (
        "Written by Jane F.2\nand others.",  # an affiliation mark on an author's line
        "DoeJohn A.12*\nRoeMary B.3\n",
        "See Appendix A.1 Methods for the details.",
    ):
        assert _numeric(text) == [], text


def test_a_number_glued_to_et_al_is_the_authors_note() -> None:
    text = (
        "Orr et al3 followed the children for ten years. Some earlier trials agree.4\n"
        "In a later survey, Lin et al5-7 found the same in adults.\n"
    )
    assert _numeric(text) == [("3", [3]), ("4", [4]), ("5-7", [5, 6, 7])]
    attributions = [c.text for c in extract_claims(text) if c.type == "study_attribution"]
    assert attributions[0] == "Orr et al3"
    assert "Lin et al5-7" in attributions
