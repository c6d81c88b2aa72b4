"""Attributions that name no source of a claim (heldout54, 55): an institution before "and
colleagues", an ethics board that approved a study, a paper's keywords line. Short excerpts
with their source named, or text written for these tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims

# --- attributions: an institution's colleagues, an ethics board, a keywords line --------------


def _attributions(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == "study_attribution"]


def test_colleagues_after_an_institution_are_the_persons_not_an_author() -> None:
    # Wolters Kluwer Health press release on EurekAlert! (2013, heldout54)
    text = (
        "Delirium is linked to decreased function, according to the study by Dr Karin J. "
        "Neufeld of Johns Hopkins University and colleagues."
    )
    found = [c for c in extract_claims(text) if c.type == "study_attribution"]
    assert ["University"] not in [c.value.get("authors") for c in found]
    assert ["Neufeld"] in [c.value.get("authors") for c in found]
    assert _attributions("Smith and colleagues (2019) found this.") == [
        "Smith and colleagues (2019)"
    ]


def test_an_ethics_board_approving_a_survey_is_no_source() -> None:
    # JAMA Network Open research letter (2024, heldout55)
    text = "The 2023 NHIS was approved by the NCHS Ethics Review Board. Respondents consented."
    assert _attributions(text) == []


def test_a_keywords_line_holds_no_claims() -> None:
    # NCHS Data Brief No. 508 (CDC, 2024, heldout55)
    text = (
        "Obesity increases the risk of diabetes.\n\n"
        "Keywords: body mass index (BMI), trends, National Health and Nutrition Examination "
        "Survey (NHANES)\n\n"
        "Data from the National Health and Nutrition Examination Survey show 40.3% had obesity."
    )
    found = extract_claims(text)
    keywords = text.index("Keywords")
    assert not [c for c in found if keywords <= c.start < text.index("\n\nData")]
    assert any(c.type == "percentage" for c in found)


# --- review L5: only a body's own name is left out, never a source beside an ethics word ----


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The vaccine is safe, according to the FDA. Ethical concerns about mandates remain.",
            "according to the FDA",
        ),
        (
            "According to the World Health Organization, ethics committees reviewed 85% of trials.",
            "According to the World Health Organization",
        ),
        (
            "Opinion 2.1.1 of the AMA Council on Ethical and Judicial Affairs says that patients "
            "must give consent.",
            "AMA Council on Ethical and Judicial Affairs",
        ),
    ],
)
def test_a_source_beside_an_ethics_word_stays_a_source(text: str, source: str) -> None:
    assert _attributions(text) == [source]


def test_an_ethics_board_is_neither_a_citation_nor_a_claim() -> None:
    text = "The study was approved by the Institutional Review Board of Duke University."
    assert _attributions(text) == []
    assert [c for c in find_citations(text) if "Review" in c.text] == []


# --- review L7: "<person> of <institution> and colleagues" is the person's group ------------


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Dr. Jane Smith of Stanford University and colleagues found that the drug cut "
            "deaths by 20%.",
            "Smith",
        ),
        ("Smith of the Mayo Clinic and colleagues (2019) reported a 30% rise.", "Smith"),
        (
            "Professor Paul Elliott of Imperial College London and colleagues analysed data "
            "from 1 million people.",
            "Elliott",
        ),
    ],
)
def test_colleagues_of_a_person_at_an_institution_are_the_persons(text: str, author: str) -> None:
    found = [c for c in extract_claims(text) if c.type == "study_attribution"]
    assert [c.value["authors"] for c in found] == [[author]]


def test_a_body_and_colleagues_names_no_author() -> None:
    assert _attributions("The Department of Health and colleagues found this.") == []


# --- review L8: only a keywords line alone is skipped, not prose run on after it ------------


def test_prose_after_a_keywords_list_in_one_paragraph_keeps_its_claims() -> None:
    text = (
        "Keywords: obesity, BMI, NHANES. Obesity affects 42% of US adults, according to the "
        "CDC (Hales et al., 2020).\n\nSevere obesity affected 9.2%."
    )
    found = {c.text for c in extract_claims(text)}
    assert {"42% of US adults", "according to the CDC", "(Hales et al., 2020)"} <= found
