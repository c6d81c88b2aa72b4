"""Sources as prose names them, several phrasings per class (our own sentences): a speaker
introduced by their part in the work, researchers backed by an institution, an institution
that urges or stresses, a work described in a journal."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims


def _found(text: str) -> list[tuple[str, str, list[str]]]:
    return [(c.text, c.form, c.authors) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "mention", "family"),
    [
        (
            "“The result is clear,” said a leader of the study, Dr. Ana Ruiz of Yale.",
            "said a leader of the study, Dr. Ana Ruiz",
            "Ruiz",
        ),
        (
            "The drug helps, said one of the trial's investigators, John Doe, M.D., of Ohio.",
            "said one of the trial's investigators, John Doe, M.D.",
            "Doe",
        ),
        (
            "It may change practice, says the lead author of the report, Mary Evans, who works "
            "at Duke.",
            "says the lead author of the report, Mary Evans",
            "Evans",
        ),
        (
            "“We were surprised,” said a spokesperson for the hospital, Professor Lee Chan.",
            "said a spokesperson for the hospital, Professor Lee Chan",
            "Chan",
        ),
    ],
)
def test_a_speaker_introduced_by_their_part_in_the_work_is_a_source(
    text: str, mention: str, family: str
) -> None:
    assert _found(text) == [(mention, "author_year", [family])]


def test_a_role_phrase_before_something_that_is_no_person_names_no_speaker() -> None:
    for text in (
        "It was safe, said the head of the agency, the FDA, in a statement.",
        "It was safe, said a member of the board, which met on Monday.",
    ):
        assert [c for c in find_citations(text) if c.form == "author_year"] == [], text


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "Researchers supported by the National Institute on Aging found that sleep helps.",
            "National Institute on Aging",
        ),
        (
            "Scientists funded by the National Cancer Institute (NCI) recently showed a benefit.",
            "National Cancer Institute",
        ),
        ("A team sponsored by the World Health Organization reported fewer cases.", None),
    ],
)
def test_researchers_backed_by_an_institution_are_a_source(
    text: str, institution: str | None
) -> None:
    found = [c.source for c in find_citations(text) if c.form == "institution"]
    assert found == [institution or "World Health Organization"]


def test_researchers_whose_work_goes_on_have_found_nothing_yet() -> None:
    for text in (
        "Researchers funded by the National Institutes of Health are studying hearing loss.",
        "Scientists at the National Cancer Institute (NCI) are now testing new drugs.",
    ):
        assert find_citations(text) == [], text


@pytest.mark.parametrize("verb", ["urges", "urged", "emphasizes", "emphasises", "stresses"])
def test_an_institution_that_urges_or_stresses_is_a_source(verb: str) -> None:
    text = f"The American Heart Association {verb} that adults should eat less salt."
    claims = [c for c in extract_claims(text) if c.type == "study_attribution"]
    assert [(c.text, c.value.get("institution")) for c in claims] == [
        ("American Heart Association", "American Heart Association")
    ]


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            "The cases are described today in CDC’s Morbidity and Mortality Weekly Report.",
            "CDC’s Morbidity and Mortality Weekly Report",
        ),
        (
            "The method is detailed in the Journal of Clinical Oncology.",
            "Journal of Clinical Oncology",
        ),
        (
            "Their results, described this week in the New England Journal of Medicine, differ.",
            "New England Journal of Medicine",
        ),
    ],
)
def test_a_work_described_in_a_journal_cites_the_journal(text: str, journal: str) -> None:
    assert [(c.form, c.journal) for c in find_citations(text)] == [("venue", journal)]


def test_described_in_an_acronym_or_a_place_is_no_journal() -> None:
    for text in (
        "No tissue damage has been described in CFS patients.",
        "The tail region is detailed in D&E below.",
        "Such cases are described in England every year.",
    ):
        assert [c for c in find_citations(text) if c.form == "venue"] == [], text


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("HHS Deputy Secretary Ana Ruiz emphasized the plan's reach.", "Ruiz"),
        ("Surgeon General Jane Roe noted that smoking rates fell.", "Roe"),
        ("Commissioner John Doe stated that the product is safe.", "Doe"),
    ],
)
def test_a_speaker_named_after_their_office_is_a_source(text: str, family: str) -> None:
    assert [(c.form, c.authors) for c in find_citations(text)] == [("author_year", [family])]


def test_an_office_without_a_persons_name_names_no_speaker() -> None:
    for text in (
        "The Chief Medical Officer said the risk was low.",
        "The Secretary General said the plan would work.",
    ):
        assert [c for c in find_citations(text) if c.form == "author_year"] == [], text
