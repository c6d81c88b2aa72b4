"""Sentence and paragraph splitting: boundaries, abbreviations, markup, and span invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extraction.sentences import paragraph_spans, split_sentences
from support.seeds import seed_paths, seed_text


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_plain_sentences_split_at_full_stops() -> None:
    assert sentences("Ketamine works. It is fast! Is it safe? Yes.") == [
        "Ketamine works.",
        "It is fast!",
        "Is it safe?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Smith gave 0.5 mg/kg to each patient.",
        "Results (Wilkins et al. 2021) were clear.",
        "Wilkins et al. Found nothing new in 2021.",
        "Some routes, e.g. IV or IM, are faster.",
        "Routes, i.e. How it is given, matter.",
        "Ketamine vs. Placebo was compared.",
        "See Fig. 2 for the data.",
        "The trial by J. S. Mill was small.",
        "Doses were 0.5 and 1.0 mg/kg in the U.S. Trial.",
    ],
)
def test_non_final_full_stops_do_not_split(text: str) -> None:
    assert sentences(text) == [text]


def test_headings_and_bullets_are_own_sentences() -> None:
    text = (
        "Administration of Ketamine\n"
        "Ketamine can be given in several ways, including:\n"
        "- Intravenous (IV) infusion\n"
        "- Intranasal (nasal spray)\n"
        "\n"
        "## Side Effects\n"
        "Most are mild. Some are not.\n"
    )
    assert sentences(text) == [
        "Administration of Ketamine",
        "Ketamine can be given in several ways, including:",
        "Intravenous (IV) infusion",
        "Intranasal (nasal spray)",
        "Side Effects",
        "Most are mild.",
        "Some are not.",
    ]


def test_numbered_list_marker_is_not_a_sentence() -> None:
    assert sentences("1. First dose\n2. Second dose") == ["First dose", "Second dose"]


def test_soft_wrapped_line_continues_the_sentence() -> None:
    text = "The standard dose ranges\nfrom 0.5 mg/kg to 1 mg/kg in most\nclinics. Next one."
    assert sentences(text) == [
        "The standard dose ranges\nfrom 0.5 mg/kg to 1 mg/kg in most\nclinics.",
        "Next one.",
    ]


def test_paragraphs_are_lines_or_blank_line_blocks() -> None:
    text = "Title\nFirst para. Still first.\n\n  Second para.  \nThird para."
    paras = [text[s:e] for s, e in paragraph_spans(text)]
    assert paras == ["Title", "First para. Still first.", "Second para.", "Third para."]


def test_sentences_lie_inside_paragraphs() -> None:
    text = "A heading\n\nOne. Two.\nThree four\n- five. Six."
    paras = paragraph_spans(text)
    for s, e in split_sentences(text):
        assert any(ps <= s and e <= pe for ps, pe in paras)


def _check_invariants(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        previous_end = end
    # Everything outside the spans is white space or list/heading markup.
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    leftover = "".join(ch for i, ch in enumerate(text) if i not in covered)
    assert set(leftover) <= set(" \t\r\n\f\v-*•+#>0123456789.)‣▪◦\x1c\x1d\x1e\x85\xa0\u2028\u2029")


_ALPHABET = st.sampled_from(list("abcAB .!?\n-#()0123456789'\"") + ["et al.", "Dr. ", "e.g. "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_spans_are_ordered_stripped_and_cover_the_text(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_spans_hold_for_any_unicode_text(text: str) -> None:
    spans = split_sentences(text)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2
    for s, e in spans:
        assert s < e and text[s:e].strip() == text[s:e]


def test_seed_sentences_are_well_formed() -> None:
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        _check_invariants(text)
        found = sentences(text)
        assert all("\n\n" not in s for s in found)
    text = seed_text("002")
    assert "The standard dose ranges from 0.5 mg/kg to 1 mg/kg." in sentences(text)


@pytest.mark.parametrize(
    "citation",
    [
        "[1]",
        "[1,2]",
        "[2–4]",
        "[@berman2000]",
        "[see @zarate2006; @berman2000, p. 3]",
        "<sup>1</sup>",
        '<sup><a href="#ref-1">1</a></sup>',
        "¹",
        "¹,²",
        "¹⁻³",
        "^1^",
        "18",  # a superscript a copy flattened to plain digits
        "19,20",
    ],
)
def test_citation_after_the_stop_closes_the_sentence_before_it(citation: str) -> None:
    text = f"Seven patients improved within 72 hours.{citation} Later, 18 patients responded."
    assert sentences(text) == [
        f"Seven patients improved within 72 hours.{citation}",
        "Later, 18 patients responded.",
    ]


@pytest.mark.parametrize("closer", ['"', ")", "”"])
def test_citation_after_a_closing_quote_or_bracket(closer: str) -> None:
    text = f"It was called “fast.{closer}[3] Then it was tested."
    assert sentences(text) == [f"It was called “fast.{closer}[3]", "Then it was tested."]


def test_citation_after_the_stop_at_the_end_of_a_paragraph() -> None:
    text = "One trial found relief.[1] Another found none.[2]\n\nA new paragraph.¹"
    assert sentences(text) == [
        "One trial found relief.[1]",
        "Another found none.[2]",
        "A new paragraph.¹",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The pH was 7.4 Then it fell.",  # a decimal, not a flattened superscript
        "See Fig.2 The data are clear.",  # an abbreviation and a label
        "Seven patients improved.[1]and then more.",  # no space after the citation
        "Seven patients improved.[1] and then more.",  # no capital after it
        "The dose was 0.5 Mg per kg.",
    ],
)
def test_no_split_inside_numbers_labels_or_before_lower_case(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ketamine blocks NMDA receptors [@zanos2018].", "@anand2023 randomized 403 patients."),
        ("Ketamine blocks NMDA receptors~\\cite{zanos2018}.", "\\citet{berman2000} treated 7."),
        ("It blocks NMDA receptors.", "\\textcite{berman2000} treated seven patients."),
        ("It blocks NMDA receptors.[1]", "@berman2000 treated seven patients."),
    ],
)
def test_sentence_opening_with_a_citation_key_is_its_own(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]


_CITING_ALPHABET = st.sampled_from(
    list("aAB .!?\n[]()^@,-") + ["¹", "⁻", "<sup>", "</sup>", "[1]", "[@k]", "\\citet{k}", "12"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CITING_ALPHABET, max_size=80).map("".join))
def test_spans_hold_with_citations_after_stops(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    # Nothing but white space and list or heading markup lies outside the sentences.
    covered = set()
    for start, end in spans:
        covered.update(range(start, end))
    leftover = "".join(ch for i, ch in enumerate(text) if i not in covered)
    assert set(leftover) <= set(" \n-#>0123456789.)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It took 2 hours. [1] Later it faded.", ["It took 2 hours. [1]", "Later it faded."]),
        ("It took 2 hours. [1, 2]", ["It took 2 hours. [1, 2]"]),
        ("It took 2 hours.  [@lee2020] Later.", ["It took 2 hours.  [@lee2020]", "Later."]),
        (
            "It took 2 hours. (Lee et al., 2020) Later.",
            ["It took 2 hours. (Lee et al., 2020)", "Later."],
        ),
        # a bracket that is no citation, or a number, opens the next sentence
        (
            "It took 2 hours. (See Table 2.) Later.",
            ["It took 2 hours.", "(See Table 2.)", "Later."],
        ),
        ("It took 2 hours. 18 patients improved.", ["It took 2 hours.", "18 patients improved."]),
        # a line break is no space: the line opens with its own number
        (
            "It took 2 hours.\n[1] Lee AB, Kim C. A ketamine trial.",
            ["It took 2 hours.", "[1] Lee AB, Kim C. A ketamine trial."],
        ),
    ],
)
def test_a_citation_after_the_stop_and_a_space_stays_with_its_sentence(
    text: str, expected: list[str]
) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected
