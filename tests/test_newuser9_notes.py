"""Chicago notes and bibliography (the ninth first-time user's M1): a footnote's mark "[^1]" names
its note, and the note names a work; the mark was linked to the alphabetical bibliography's entry
at the mark's number, so claims rested on the wrong work. The works are real: Berman et al., Biol
Psychiatry 2000;47(4):351-354; Zarate et al., Arch Gen Psychiatry 2006;63(8):856-864; Glue et
al., J Psychopharmacol 2018;32(6):663-667."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.references import extract_references
from citecheck.models import Citation, Reference

BERMAN_BIB = (
    "Berman, Robert M., Angela Cappiello, Amit Anand, Dan A. Oren, George R. Heninger, Dennis S. "
    "Charney, and John H. Krystal. “Antidepressant Effects of Ketamine in Depressed Patients.” "
    "*Biological Psychiatry* 47, no. 4 (2000): 351–54."
)
ZARATE_BIB = (
    "Zarate, Carlos A., Jr., Jaskaran B. Singh, Paul J. Carlson, Nancy E. Brutsche, Rezvan "
    "Ameli, David A. Luckenbaugh, Dennis S. Charney, and Husseini K. Manji. “A Randomized Trial "
    "of an N-Methyl-D-Aspartate Antagonist in Treatment-Resistant Major Depression.” *Archives "
    "of General Psychiatry* 63, no. 8 (2006): 856–64."
)
BERMAN_NOTE = (
    "Robert M. Berman et al., “Antidepressant Effects of Ketamine in Depressed Patients,” "
    "*Biological Psychiatry* 47, no. 4 (2000): 351–54."
)
ZARATE_NOTE = (
    "Carlos A. Zarate Jr. et al., “A Randomized Trial of an N-Methyl-D-Aspartate Antagonist in "
    "Treatment-Resistant Major Depression,” *Archives of General Psychiatry* 63, no. 8 (2006): "
    "856–64."
)
GLUE_NOTE = (
    "Paul Glue et al., “Safety and Efficacy of Maintenance Ketamine Treatment in Patients with "
    "Treatment-Refractory Generalised Anxiety and Social Anxiety Disorders,” *Journal of "
    "Psychopharmacology* 32, no. 6 (2018): 663–67."
)


def _article(prose: str, notes: list[str], bibliography: list[str]) -> str:
    defined = "\n".join(f"[^{n}]: {note}" for n, note in enumerate(notes, start=1))
    listed = "\n\n".join(bibliography)
    return f"{prose}\n\n{defined}\n\n## Bibliography\n\n{listed}\n"


def _links(text: str) -> tuple[dict[str, Reference], list[Citation]]:
    references, citations = extract_references(text)
    return {ref.id: ref for ref in references}, citations


def _first_author_of_mark(text: str, mark: str) -> str | None:
    refs, citations = _links(text)
    (citation,) = [c for c in citations if c.text == mark]
    if citation.reference_id is None:
        return None
    return refs[citation.reference_id].cited.authors[0]


def test_marks_name_the_work_of_their_note_not_the_entry_at_their_place() -> None:
    text = _article(
        "In a crossover trial of 18 adults, 71% responded.[^1] An earlier study of 7 patients "
        "used 0.5 mg/kg.[^2]",
        [ZARATE_NOTE, BERMAN_NOTE],
        [BERMAN_BIB, ZARATE_BIB],
    )
    assert _first_author_of_mark(text, "[^1]") == "Zarate"
    assert _first_author_of_mark(text, "[^2]") == "Berman"
    refs, _citations = _links(text)
    assert [ref.origin for ref in refs.values()] == ["reference_list", "reference_list"]


def test_a_short_note_names_the_entry_by_author_and_short_title() -> None:
    text = _article(
        "Ketamine lifted mood.[^1] It did so within hours.[^2] Later trials agreed.[^3]",
        [
            ZARATE_NOTE,
            'Berman, "Antidepressant Effects," 352.',
            "Zarate et al., “Randomized Trial,” 858.",
        ],
        [BERMAN_BIB, ZARATE_BIB],
    )
    assert _first_author_of_mark(text, "[^2]") == "Berman"
    assert _first_author_of_mark(text, "[^3]") == "Zarate"


def test_ibid_names_the_work_of_the_note_before() -> None:
    text = _article(
        "Ketamine lifted mood.[^1] It did so within hours.[^2] And again.[^3]",
        [BERMAN_NOTE, "Ibid., 352.", "Ibid."],
        [BERMAN_BIB, ZARATE_BIB],
    )
    assert _first_author_of_mark(text, "[^2]") == "Berman"
    assert _first_author_of_mark(text, "[^3]") == "Berman"


def test_a_full_note_the_bibliography_lacks_is_a_reference_of_its_own() -> None:
    text = _article(
        "Ketamine lifted mood.[^1] Maintenance dosing was tested.[^2] Again.[^3]",
        [BERMAN_NOTE, GLUE_NOTE, "Glue et al., “Safety and Efficacy,” 665."],
        [BERMAN_BIB, ZARATE_BIB],
    )
    refs, citations = _links(text)
    glue = refs[next(c.reference_id for c in citations if c.text == "[^2]") or ""]
    assert glue.origin == "in_text"
    assert glue.cited.authors == ["Glue"]
    assert (glue.cited.year, glue.cited.volume, glue.cited.pages) == (2018, "32", "663-67")
    assert glue.raw == GLUE_NOTE
    # the short note names the same work, which is made once
    assert next(c.reference_id for c in citations if c.text == "[^3]") == glue.id
    assert len(refs) == 3


def test_a_note_that_could_name_two_entries_links_nothing() -> None:
    text = _article(
        "Ketamine lifted mood.[^1] Ketamine again.[^2]",
        ["Berman, 352.", "Smith, “Notes on Practice,” 4."],
        [BERMAN_BIB, BERMAN_BIB.replace("2000", "2001").replace("351–54", "355–58"), ZARATE_BIB],
    )
    assert _first_author_of_mark(text, "[^1]") is None
    assert _first_author_of_mark(text, "[^2]") is None


def test_a_mark_without_a_note_is_not_linked_by_place_in_an_unnumbered_list() -> None:
    text = f"Ketamine lifted mood.[^1]\n\n## Bibliography\n\n{BERMAN_BIB}\n\n{ZARATE_BIB}\n"
    assert _first_author_of_mark(text, "[^1]") is None


def test_a_mark_without_a_note_still_names_a_printed_number() -> None:
    text = f"Ketamine lifted mood.[^2]\n\n## References\n\n1. {BERMAN_BIB}\n2. {ZARATE_BIB}\n"
    assert _first_author_of_mark(text, "[^2]") == "Zarate"


_WORKS = {"Berman": (BERMAN_NOTE, BERMAN_BIB), "Zarate": (ZARATE_NOTE, ZARATE_BIB)}
_SHORT = {
    "Berman": 'Berman, "Antidepressant Effects," 352.',
    "Zarate": "Zarate et al., “Randomized Trial,” 858.",
}


@given(
    st.lists(st.tuples(st.sampled_from(sorted(_WORKS)), st.booleans()), min_size=1, max_size=6),
    st.permutations(sorted(_WORKS)),
)
def test_every_mark_names_its_notes_work_whatever_the_orders(
    cited: list[tuple[str, bool]], listed: list[str]
) -> None:
    notes = [_SHORT[name] if short else _WORKS[name][0] for name, short in cited]
    prose = " ".join(f"Sentence {n}.[^{n}]" for n in range(1, len(cited) + 1))
    text = _article(prose, notes, [_WORKS[name][1] for name in listed])
    refs, citations = _links(text)
    marks = {c.text: c.reference_id for c in citations if c.text.startswith("[^")}
    for number, (name, _short) in enumerate(cited, start=1):
        ref_id = marks[f"[^{number}]"]
        assert ref_id is not None
        assert refs[ref_id].cited.authors[0] == name
        assert refs[ref_id].origin == "reference_list"
