"""A journal named in prose ("published in The Lancet Child & Adolescent Health") is read whole:
an ampersand joins the name's words as "and" does. Sentences written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations


def venues(text: str) -> list[str | None]:
    return [c.journal for c in find_citations(text) if c.form == "venue"]


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        (
            "The findings were published today in The Lancet Child & Adolescent Health.",
            "Lancet Child & Adolescent Health",
        ),
        (
            "The results appeared in the Journal of Allergy & Clinical Immunology last week.",
            "Journal of Allergy & Clinical Immunology",
        ),
        (
            "A 2019 study in the Journal of Allergy & Clinical Immunology found this.",
            "Journal of Allergy & Clinical Immunology",
        ),
        ("It was published in Obstetrics & Gynecology in 2020.", "Obstetrics & Gynecology"),
        # as with "and": the same name written with the word
        (
            "The results appeared in the Journal of Allergy and Clinical Immunology.",
            "Journal of Allergy and Clinical Immunology",
        ),
    ],
)
def test_an_ampersand_joins_a_journal_name(text: str, journal: str) -> None:
    assert venues(text) == [journal]


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        # an ampersand before a word in lower case joins clauses, not a name
        ("It was published in JAMA & the authors said so.", "JAMA"),
        ("It was published in The Lancet & then widely reported.", "Lancet"),
    ],
)
def test_an_ampersand_before_lower_case_ends_the_name(text: str, journal: str) -> None:
    assert venues(text) == [journal]
