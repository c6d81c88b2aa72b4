"""Round-2 black-box findings: in-text citations and reference-list authors."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.references import extract_references
from citecheck.extraction.reflist import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        ("Scales differ (Montgomery & Åsberg, 1979).", ["Montgomery", "Åsberg"], 1979),
        ("Others agree (Åsberg et al., 1978).", ["Åsberg"], 1978),
        ("Exposure works (Öst, 1987).", ["Öst"], 1987),
        ("Seen before (Müller & Łukasz, 2001).", ["Müller", "Łukasz"], 2001),
        ("As Åsberg et al. (1978) showed, it works.", ["Åsberg"], 1978),
        ("Öst and Müller (1987) found it.", ["Öst", "Müller"], 1987),
    ],
)
def test_names_starting_with_a_non_ascii_capital(text: str, authors: list[str], year: int) -> None:
    [found] = find_citations(text)
    assert (found.authors, found.year) == (authors, year)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Daly et al. (2018, p. 140) showed it.", "Daly et al. (2018, p. 140)"),
        ("Daly et al. (2018, pp. 140–142) showed it.", "Daly et al. (2018, pp. 140–142)"),
        ("It helped (Daly et al., 2018, p. 140).", "(Daly et al., 2018, p. 140)"),
        ("It helped (Daly et al., 2018, pp. 140-142).", "(Daly et al., 2018, pp. 140-142)"),
    ],
)
def test_page_locators_after_the_year(text: str, cited: str) -> None:
    [found] = find_citations(text)
    assert found.text == cited
    assert (found.authors, found.year, found.et_al) == (["Daly"], 2018, True)


def test_published_in_journal_in_year() -> None:
    [found] = find_citations("Research published in Biological Psychiatry in 2000 found it.")
    assert (found.journal, found.year) == ("Biological Psychiatry", 2000)
    assert found.text == "published in Biological Psychiatry in 2000"


def test_venue_study_by_author_and_colleagues() -> None:
    [found] = find_citations(
        "A 2000 paper in Biological Psychiatry by Berman and colleagues first reported it."
    )
    assert (found.journal, found.year, found.authors) == ("Biological Psychiatry", 2000, ["Berman"])
    assert found.text.endswith("by Berman and colleagues")


def test_writing_in_journal_in_year_author_and_colleagues() -> None:
    [found] = find_citations(
        "Writing in JAMA Psychiatry in 2018, Daly and colleagues described it."
    )
    assert (found.journal, found.year, found.authors) == ("JAMA Psychiatry", 2018, ["Daly"])


def test_group_author_with_a_person_in_a_list_entry() -> None:
    text = (
        "Genetics matter (SYNTH-DEP Consortium, 2018).\n\n## References\n\n"
        "SYNTH-DEP Consortium, & Lindgren, A. (2018). Genome-wide association of synthetic "
        "depression traits. *Journal of Synthetic Test Psychiatry, 9*(4), 200–215.\n"
    )
    refs, citations = extract_references(text)
    assert [r.cited.authors for r in refs] == [["SYNTH-DEP Consortium", "Lindgren"]]
    assert [c.reference_id for c in citations] == [refs[0].id]


def test_person_then_group_author_in_a_list_entry() -> None:
    cited, _ = parse_reference(
        "Lindgren, A., & SYNTH-DEP Consortium. (2018). Genome-wide. Journal X, 9(4), 200–215."
    )
    assert cited.authors == ["Lindgren", "SYNTH-DEP Consortium"]


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Janssen Pharmaceuticals. (2019). Spravato prescribing information. "
         "https://www.spravato.com/", ["Janssen Pharmaceuticals"]),
        ("Mayo Clinic Staff. (2020). Ketamine. https://www.mayoclinic.org/x", ["Mayo Clinic Staff"]),
        ("Zanos, P. and Gould, T.D. (2018) 'Title', Journal, 23(4), pp. 801-811.",
         ["Zanos", "Gould"]),
    ],
)  # fmt: skip
def test_organisation_at_the_head_of_an_entry_is_taken_whole(
    entry: str, authors: list[str]
) -> None:
    cited, _ = parse_reference(entry)
    assert cited.authors == authors
