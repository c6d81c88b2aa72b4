"""Attributions in news and press-release prose: people named as the source of a statement
(with a title, an office or degrees), and reference numbers that lost their superscript and are
glued to a word. Sentences written for these tests, several phrasings per class.

A person quoted ("said Dr. Jane Roe", "Roe added") is read by the citation finder but makes no
attribution claim (attr14; tests/test_attribution_quoted_speakers.py): the tests of how the
finder knows a person check `find_citations` for those, the claims for the rest."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from citecheck.extraction import citations
from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]


def _quoted(text: str) -> list[str]:
    """The people the citation finder reads as quoted (no attribution claim of their own)."""
    return [c.text for c in find_citations(text) if c.quoted]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # degrees after the name; an appositive after them is not part of the mention
        (
            "Side effects fell by 30%, according to Jane van der Berg, M.D., M.P.H., of Leeds.",
            "according to Jane van der Berg, M.D., M.P.H.",
        ),
        # the person leading the work
        (
            "A team led by Priya Natarajan, MD, PhD, enrolled 420 adults.",
            "led by Priya Natarajan, MD, PhD",
        ),
        # named first, with degrees, then leading
        (
            "Lena Fischer, R.N., Ph.D., will lead a 3-year study of 200 nurses.",
            "Lena Fischer, R.N., Ph.D., will lead",
        ),
    ],
)
def test_a_named_person_is_the_source_of_a_statement(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # speaker after the verb, known by an office before the name and degrees after it
        (
            '"Most patients improve within 2 weeks," said CDC Director Maria L. Ortega, M.D.',
            "said CDC Director Maria L. Ortega, M.D.",
        ),
        # degrees alone; an appositive after them is not part of the mention
        (
            '"One in 5 adults is affected," said Tomas Berg, Ph.D., a senior scientist at NIH.',
            "said Tomas Berg, Ph.D.",
        ),
        # an office alone
        (
            '"We saw 40 cases in a month," noted HHS Secretary Alan R. Price.',
            "noted HHS Secretary Alan R. Price",
        ),
        # named first, with degrees, then saying
        (
            "Omar Haddad, MD, MPH, said 12% of the patients relapsed.",
            "Omar Haddad, MD, MPH, said",
        ),
    ],
)
def test_a_named_person_quoted_is_read_as_a_person(text: str, span: str) -> None:
    assert span in _quoted(text)
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            '"It lasts 2 days," said Dr. Ann Lee, M.D. "Most recover," Lee added.',
            ["said Dr. Ann Lee, M.D.", "Lee added"],
        ),
        (
            '"It works in 80%," said NIA Director Sam J. Cole. "It is safe," explained Cole.',
            ["said NIA Director Sam J. Cole", "explained Cole"],
        ),
        (
            '"Take 2 tablets," says Rosa Diaz, PharmD. "Never more," Diaz says.',
            ["says Rosa Diaz, PharmD", "Diaz says"],
        ),
    ],
)
def test_a_speaker_named_again_by_family_name_is_read_again(text: str, spans: list[str]) -> None:
    assert _quoted(text) == spans
    assert _attributions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # no title, office or degrees: a capitalised word after "said" may be anything
        '"It rained for 3 days," said Tuesday Morning staff.',
        "Clinics in Bethesda, MD, said 20 beds were free.",
        # a state after a one-word place is no degree
        "Cases rose 20%, according to Springfield, MA officials.",
        # "Lee" named again, but never as a source before
        "Lee added 2 cups of water.",
    ],
)
def test_a_capitalised_word_after_said_is_no_person_by_itself(text: str) -> None:
    assert _attributions(text) == []
    assert [c.text for c in find_citations(text) if c.form == "author_year"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "In 1963, Dr. Ana Ruiz and her colleague published a test for 400,000 babies.",
            "Ruiz and her colleague",
        ),
        ("Okafor and his co-author tested 30 mice.", "Okafor and his co-author"),
    ],
)
def test_an_author_and_one_colleague(text: str, span: str) -> None:
    assert span in _attributions(text)


def test_and_associate_professor_is_no_colleague() -> None:
    assert _attributions("Smith and associate professor Lee saw 20 patients.") == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # glued before a full stop that ends the sentence (a word of three letters will do)
        ("Every year, one of them will die1. Most live in rural areas.", ["1"]),
        ("It causes 81,000 to 138,000 deaths24.\nTreatment is scarce.", ["24"]),
        ("Half of adults over 65 have it in at least one joint2. It grows with age.", ["2"]),
        # inside a sentence, before a preposition or conjunction
        ("As SIDS rates have declined1 during the last 2 decades, awareness grew.", ["1"]),
        ("Rates rose sharply3 while testing fell by 20%.", ["3"]),
        # at the end of a line of prose that leads into a list
        ("Other factors that affect the risk of stones include2\n\n- Obesity\n- Age", ["2"]),
    ],
)
def test_a_reference_number_glued_to_a_word(text: str, numbers: list[str]) -> None:
    assert _attributions(text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        # a label or a name with a number
        "Adults with type2 diabetes and covid19 took omega3 oils for 6 weeks.",
        "Patients in arm2 during the trial got 5 mg.",
        # a logarithm's base at a sentence's end
        "Viral load in treated patients fell by 1.5 log10. Most stayed well.",
        # a quantity whose brackets were lost
        "Take a short course2 or 3 days of an antibiotic.",
        "Diluted bleach1 teaspoon of bleach to 1 quart of water can be used.",
        # a heading, a table row, a short label line
        "## Results summary2\n\nMost patients improved by 20%.",
        "| Adults aged 18 to 64 years old with risk factors and more3 |\n|---|",
        "See annex2\n\nThe dose is 5 mg.",
    ],
)
def test_a_number_glued_to_a_word_that_is_no_reference(text: str) -> None:
    assert _attributions(text) == []


_WORDS = st.sampled_from(
    ["rates", "declined", "die", "include", "type", "covid", "course", "joint", "during", "or",
     "3", "days", "the", "Most", "and", "20%", "of", "water", "in", "studies", "aged", "grades"]
)  # fmt: skip
# the notes each glued run stands for; "18-65" (an age range) and "8-2" (running down) none
_GLUE_NOTES = {
    "1": [1], "24": [24], "2,3": [2, 3], "7": [7], "2-8": [2, 3, 4, 5, 6, 7, 8],
    "3–5,7": [3, 4, 5, 7],
}  # fmt: skip
_GLUE = st.sampled_from(["", *_GLUE_NOTES, "18-65", "8-2"])
_GAPS = st.sampled_from([" ", ". ", ".\n", "\n", ", ", "\n\n- "])


@given(st.lists(st.tuples(_WORDS, _GLUE, _GAPS), min_size=1, max_size=12))
# the draw that once failed (speed12): "rates rates rates rates1 rates. 3 ", whose "3" is a note
# in the spaced form (`test_a_number_spaced_after_a_glued_texts_last_stop_is_a_note`)
@example([("rates", "", " ")] * 3 + [("rates", "1", " "), ("rates", "", ". "), ("3", "", " ")])
def test_a_glued_reference_number_is_always_the_digits_after_a_word(
    pieces: list[tuple[str, str, str]],
) -> None:
    text = "".join(w + g + gap for w, g, gap in pieces)
    for citation in find_citations(text):
        if citation.form != "numeric" or text[citation.start] in "([⁰¹²³⁴⁵⁶⁷⁸⁹^":
            continue
        # a note spaced after a stop in a text that flattens its notes ("rates. 3" at the end)
        # is the spaced form's, not a glued one
        if text[citation.start - 1].isspace():
            continue
        assert citation.text == text[citation.start : citation.end]
        assert citation.numbers == _GLUE_NOTES[citation.text]


def test_a_number_spaced_after_a_glued_texts_last_stop_is_a_note() -> None:
    # a text that glues its notes to words ("rates1") and ends on a number set after a stop:
    # nothing follows the number, so it counts nothing and is no sentence's start; it is read
    # as a note in the spaced form, which the glued-note property above leaves alone
    text = "rates rates rates rates1 rates. 3 "
    numeric = [c for c in find_citations(text) if c.form == "numeric"]
    assert [(c.text, c.numbers) for c in numeric] == [("3", [3])]
    assert text[numeric[0].start - 1] == " "


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a maker's titled document, "the" inside its title and its year after it
        (
            "According to UNICEF's State of the World's Children Report 2011, only 39% of "
            "infants were breastfed.",
            "According to UNICEF's State of the World's Children Report 2011",
        ),
        (
            "According to Gallup's State of the American Workplace Report 2022, 3 in 10 adults "
            "sleep badly.",
            "According to Gallup's State of the American Workplace Report 2022",
        ),
        # a footnote line names the source its number points at
        (
            "Among adults in 2017-20201:\n\n- 42% were obese.\n\n1Read CDC National Center for "
            "Health Statistics (NCHS) data brief\n\nNote: BMI is weight over height.",
            "Read CDC National Center for Health Statistics (NCHS) data brief",
        ),
        (
            "Rates rose 5%.2\n\n2 See the National Cancer Institute report\n\nMore text.",
            "See the National Cancer Institute report",
        ),
        # a study named where its results are the source
        (
            "Based on earlier results from this trial, called KEYNOTE-564, the drug was "
            "approved for 994 people.",
            "KEYNOTE-564",
        ),
        (
            "Findings from a large study known as the Women's Health Initiative showed a 26% rise.",
            "Women's Health Initiative",
        ),
    ],
)
def test_named_reports_footnotes_and_trials_are_sources(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a pointer to further reading
        (
            "For more information about weight, go to the Health Topics Overweight and Obesity "
            "article. Walk 30 minutes a day.",
            "Overweight and Obesity article",
        ),
        (
            "To learn more, visit the National Cancer Institute report on 12 cancers.",
            "National Cancer Institute report",
        ),
        # a study named only as run, not as where results come from
        (
            "NIMH has studied ADHD in a long-term study called the Multimodal Treatment Study "
            "of 579 children.",
            "Multimodal Treatment Study",
        ),
        (
            "All 1,500 people have enrolled in the trial known as PREVAIL in Liberia.",
            "PREVAIL",
        ),
        # the data a programme is to use is its input
        (
            "NIH runs a grant program that uses data from the Food and Drug Administration on "
            "200 patients.",
            "data from the Food and Drug Administration",
        ),
        # the research was named before: its researchers are no second source
        (
            "The study, reported in The Lancet, cut colonization by 65%. The research was "
            "conducted by researchers at the National Institutes of Health.",
            "researchers at the National Institutes of Health",
        ),
    ],
)
def test_pointers_runs_and_inputs_are_no_sources(text: str, absent: str) -> None:
    assert not any(absent in span for span in _attributions(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "This is shown by the recent work of the economist Hoyt Lane, who has estimated "
            "that 20% of the gap was due to hookworm.",
            "the economist Hoyt Lane, who has estimated",
        ),
        (
            "The epidemiologist Ana Ruiz found that 30% relapsed.",
            "The epidemiologist Ana Ruiz found",
        ),
        ("Researchers Ana Ruiz and Tom Hill, PhD, found 30% fewer cases.", "Tom Hill, PhD, found"),
    ],
)
def test_a_person_named_after_a_profession_or_with_a_workplace(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            '"It works in 3 of 4," said NIH epidemiologist Jane Roe.',
            "said NIH epidemiologist Jane Roe",
        ),
        (
            "Dr. Ana Ruiz, MD, PhD, of Yale University, said 3 in 10 improve.",
            "Dr. Ana Ruiz, MD, PhD, of Yale University, said",
        ),
    ],
)
def test_a_quoted_person_named_after_a_profession_or_with_a_workplace(text: str, span: str) -> None:
    assert span in _quoted(text)
    assert _attributions(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Tringler and Dong reported a 2-fold risk, while Trietsch denied its role[16–18].",
            "Trietsch denied",
        ),
        ("Lee et al. found a 20% drop, but Okafor reported no change [4,5].", "Okafor reported"),
    ],
)
def test_one_author_beside_others_in_a_sentence_citing_by_number(text: str, span: str) -> None:
    assert span in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patients in London reported 20% less pain [3], as Lee et al. noted.",
        "Up to 30% of disadvantaged African Americans showed infection [15], as Lee et al. noted.",
        "A survey in the Netherlands found that 1% of men, unlike Smith et al. [3], had it.",
        # no other author named: a capitalised subject may be anything
        "Most patients improved, and Medicare found 2 errors [4].",
        "Ana Ruiz, MD, of Smithville said 3 in 10 improve.",
    ],
)
def test_places_peoples_and_lone_subjects_are_no_authors(text: str) -> None:
    # an unnamed work may say where it was done ("A survey in the Netherlands found")
    found = [
        c.text
        for c in extract_claims(text)
        if c.type == ClaimType.STUDY_ATTRIBUTION and (c.value or {}).get("form") != "unnamed"
    ]
    assert not any(
        word in span
        for span in found
        for word in ("London", "Americans", "Netherlands", "Medicare", "Ruiz")
    ), found


@given(
    st.lists(st.tuples(_WORDS, _GLUE, _GAPS), min_size=1, max_size=12),
    st.sampled_from(["", "é", "ß", "İ", "—"]),
)
def test_glued_numbers_are_found_where_a_full_scan_finds_them(
    pieces: list[tuple[str, str, str]], odd: str
) -> None:
    text = odd + "".join(w + g + gap for w, g, gap in pieces) + odd
    fast = [m.span() for m in citations._glued_to_words(citations._NUMERIC_GLUED_WORD, text)]
    assert fast == [m.span() for m in citations._NUMERIC_GLUED_WORD.finditer(text)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # an office or profession set after the name says it is a person's; not in the span
        (
            '"It cut deaths by 20%," said Jane Roe, a professor of medicine at Yale.',
            "said Jane Roe",
        ),
        (
            '"Half improved," said Ana Ruiz, director of the National Cancer Institute.',
            "said Ana Ruiz",
        ),
        ('"We saw it in 30%," said Tom Reed, the study\'s senior author.', "said Tom Reed"),
        # a profession of two words before the name
        ('"Most recover in 3 days," says lead author Tom Hill.', "says lead author Tom Hill"),
    ],
)
def test_an_office_after_the_name_makes_a_person(text: str, span: str) -> None:
    assert span in _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        '"It works," said Mary Smith, 45, a mother of 3 from Ohio.',
        "Sales rose 5%, said New York Life, the insurer.",
    ],
)
def test_an_appositive_that_names_no_office_makes_no_source(text: str) -> None:
    assert _attributions(text) == []
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ana Ruiz, director of the National Heart, Lung, and Blood Institute (NHLBI), said "
            "20% of adults have it.",
            "Ana Ruiz",
        ),
        ("Tom Hill, a cardiologist at Mayo Clinic, said most recover in 3 days.", "Tom Hill"),
    ],
)
def test_a_person_named_first_with_an_office_then_saying(text: str, span: str) -> None:
    assert span in _quoted(text)


@pytest.mark.parametrize(
    "text",
    [
        "New York Life, the insurer, said sales rose 5%.",
        "Mary Smith, 45, a mother of 3 from Ohio, said it helped.",
    ],
)
def test_a_name_first_without_an_office_is_no_speaker(text: str) -> None:
    assert _attributions(text) == []
    assert _quoted(text) == []


def test_a_run_of_degrees_is_read_from_each_comma_only_so_far() -> None:
    """The degrees-then-verb pattern may start at every comma: each start reads a bounded
    number of degrees, so a hostile run of them costs its length, not its square."""
    run = ", MD" * 40 + " said"
    assert citations._DEGREES_THEN_VERB.match(run) is None
    assert citations._DEGREES_THEN_VERB.match(", MD, PhD said") is not None
    assert _quoted("Ana Ruiz, M.D., Ph.D., M.P.H., said the risk was small.") != []
