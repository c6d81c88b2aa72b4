"""Organisations as authors in the running text: taken whole, and institutions marked as such."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.references import extract_references

ORGANISATIONS = [
    "National Institute of Mental Health",
    "World Health Organization",
    "Substance Abuse and Mental Health Services Administration",
    "U.S. Food and Drug Administration",
]


def only(text: str):
    (found,) = find_citations(text)
    assert text[found.start : found.end] == found.text
    return found


@pytest.mark.parametrize("name", ORGANISATIONS)
@pytest.mark.parametrize(
    "sentence",
    ["The {n} ({y}) reports that ketamine acts quickly.",
     "{n} ({y}) reports that ketamine acts quickly.",
     "Data from the {n} ({y}) show a rise.",
     "In its guidance, the {n} ({y}) describes esketamine."],
)  # fmt: skip
def test_narrative_group_author_is_taken_whole(name: str, sentence: str) -> None:
    found = only(sentence.format(n=name, y=2023))
    assert found.text == f"{name} (2023)"
    assert found.authors == [name]
    assert found.year == 2023
    assert found.kind == "narrative"
    assert (found.form, found.work_kind) == ("institution", "institution")
    assert not found.needs_match


@pytest.mark.parametrize("name", ORGANISATIONS)
def test_parenthetical_group_author_is_taken_whole(name: str) -> None:
    found = only(f"Ketamine acts quickly ({name}, 2023).")
    assert found.text == f"({name}, 2023)"
    assert found.authors == [name]
    assert (found.year, found.kind, found.work_kind) == (2023, "parenthetical", "institution")


@pytest.mark.parametrize(
    ("text", "cited", "name"),
    [
        ("Rates rose (World Health Organization [WHO], 2021).",
         "(World Health Organization [WHO], 2021)", "World Health Organization"),
        ("The World Health Organization [WHO] (2021) estimates a rise.",
         "World Health Organization [WHO] (2021)", "World Health Organization"),
        ("The National Institute of Mental Health (NIMH, 2023) describes it.",
         "National Institute of Mental Health (NIMH, 2023)", "National Institute of Mental Health"),
        ("According to the National Institute of Mental Health (2023), it works.",
         "According to the National Institute of Mental Health (2023)",
         "National Institute of Mental Health"),
        ("According to the U.S. Food and Drug Administration, it is approved.",
         "According to the U.S. Food and Drug Administration", "U.S. Food and Drug Administration"),
        ("NIMH (2023) reports a rise.", "NIMH (2023)", "NIMH"),
        ("Yale Medicine (2020) found a rise.", "Yale Medicine (2020)", "Yale Medicine"),
        ("The Office of National Drug Control Policy (2020) reports a rise.",
         "Office of National Drug Control Policy (2020)", "Office of National Drug Control Policy"),
    ],
)  # fmt: skip
def test_abbreviations_and_according_to(text: str, cited: str, name: str) -> None:
    found = only(text)
    assert (found.text, found.authors, found.work_kind) == (cited, [name], "institution")


def test_news_outlet_with_a_year() -> None:
    found = only("Demand rose, as reported by the New York Times (2023).")
    assert (found.text, found.form, found.year) == (
        "as reported by the New York Times (2023)",
        "news",
        2023,
    )


@pytest.mark.parametrize(
    ("text", "authors", "kind"),
    [
        ("Zanos and Gould (2018) showed it.", ["Zanos", "Gould"], "scholarly"),
        ("(Zanos & Gould, 2018)", ["Zanos", "Gould"], "scholarly"),
        ("NIMH and FDA (2020) agree.", ["NIMH", "FDA"], "institution"),
    ],
)
def test_people_and_several_organisations_are_not_merged(
    text: str, authors: list[str], kind: str
) -> None:
    found = only(text)
    assert (found.authors, found.work_kind) == (authors, kind)


@pytest.mark.parametrize(
    "text",
    ["Nature Medicine (2020) published it.",  # journals are not organisations
     "Smith of Yale University (2020) found it.",  # a person at an institution
     "The Journal of the American Medical Association (2019) published it.",
     "The FDA approved Spravato (2019) in March."],
)  # fmt: skip
def test_journals_and_products_are_not_group_authors(text: str) -> None:
    # "The FDA" is a source there; the journal or product before the year is not a group
    before_year = text.split(" (")[0].split()[-1]
    groups = [f for f in find_citations(text) if f.form in {"institution", "news"}]
    assert all(before_year not in f.text for f in groups)


def test_group_author_links_to_its_list_entry() -> None:
    text = (
        "The National Institute of Mental Health (2023) describes ketamine. Rates rose "
        "(World Health Organization, 2021).\n\nReferences\n"
        "National Institute of Mental Health. (2023). Ketamine for depression. "
        "https://www.nimh.nih.gov/health/topics/ketamine\n"
        "World Health Organization. (2021). Mental health atlas 2020. Geneva: WHO. "
        "https://www.who.int/publications/i/item/9789240036703\n"
    )
    refs, cites = extract_references(text)
    assert [r.origin for r in refs] == ["reference_list", "reference_list"]
    assert [r.cited.authors for r in refs] == [["National Institute of Mental Health"],
                                               ["World Health Organization"]]  # fmt: skip
    assert [(c.text, c.reference_id) for c in cites] == [
        ("National Institute of Mental Health (2023)", "ref-1"),
        ("(World Health Organization, 2021)", "ref-2"),
    ]


def test_unmatched_group_author_is_an_institution_reference() -> None:
    text = (
        "The Substance Abuse and Mental Health Services Administration (2020) reports use. It rose."
    )
    refs, cites = extract_references(text)
    (ref,) = refs
    assert ref.origin == "in_text" and ref.work_kind == "institution"
    assert ref.cited.authors == ["Substance Abuse and Mental Health Services Administration"]
    assert ref.cited.year == 2020
    assert "It rose." in (ref.context or "")  # institutions carry the following sentences
    assert [c.reference_id for c in cites] == [ref.id]


# ---- acronyms are group authors, not initials ----


@pytest.mark.parametrize(
    ("text", "authors"),
    [("Ketamine is approved (NIMH and FDA, 2020).", ["NIMH", "FDA"]),
     ("Ketamine is approved (NIMH & FDA, 2020).", ["NIMH", "FDA"]),
     ("Rates rose (CDC and WHO, 2021).", ["CDC", "WHO"]),
     ("Rates rose (NIMH, FDA and CDC, 2021).", ["NIMH", "FDA", "CDC"])],
)  # fmt: skip
def test_acronyms_joined_by_and_are_separate_group_authors(text: str, authors: list[str]) -> None:
    found = only(text)
    assert (found.authors, found.kind, found.work_kind) == (authors, "parenthetical", "institution")


@pytest.mark.parametrize(
    ("text", "authors"),
    [("It works (Smith, J. K., 2020).", ["Smith"]),
     ("It works (Smith, J., 2020).", ["Smith"]),
     ("It works (Smith, JK, 2020).", ["Smith"]),
     ("It works (Smith, J., & Jones, K., 2020).", ["Smith", "Jones"]),
     ("It works (Smith, J. K. and Jones, A. B., 2020).", ["Smith", "Jones"]),
     ("It works (Smith, J. K., Lee, C., & Jones, A. B., 2020).", ["Smith", "Lee", "Jones"]),
     # initials follow a comma: capitals after "and" are a second author
     ("It works (Smith and JK, 2020).", ["Smith", "JK"])],
)  # fmt: skip
def test_initials_after_family_names_are_dropped(text: str, authors: list[str]) -> None:
    found = only(text)
    assert (found.authors, found.work_kind) == (authors, "scholarly")


def test_acronym_group_links_to_the_first_authors_entry() -> None:
    text = (
        "Ketamine is approved (NIMH and FDA, 2020).\n\nReferences\n"
        "NIMH and FDA. (2020). Esketamine fact sheet. https://www.nimh.nih.gov/esketamine\n"
    )
    refs, cites = extract_references(text)
    assert [r.origin for r in refs] == ["reference_list"]
    assert [c.reference_id for c in cites] == ["ref-1"]
