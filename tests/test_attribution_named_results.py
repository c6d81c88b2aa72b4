"""Attribution class: a named study's results or findings as the subject of a reporting verb
("The ACCORD findings show"), or of a verb of publishing ("The results of the Look AHEAD study
were published"). The name must be one the text calls a study or trial. Our own sentences."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.models import ClaimType


def _spans(text: str) -> list[str]:
    return [c.text for c in extract_claims(text) if c.type == ClaimType.STUDY_ATTRIBUTION]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ACCORD trial enrolled adults with diabetes. The ACCORD findings show that tight "
         "control did not lower deaths.", "The ACCORD findings show"),
        ("In the PREDIMED trial, people ate more nuts. The PREDIMED final results also "
         "confirmed the benefit.", "The PREDIMED final results also confirmed"),
        ("Volunteers joined the Look AHEAD study in 2001. Results from the Look AHEAD study "
         "suggest that weight loss helps the knees.", "Results from the Look AHEAD study"),
        ("The Women's Health Initiative (WHI) study enrolled older women. The WHI results "
         "indicated a higher risk of stroke.", "The WHI results indicated"),
        ("The STOP-IT trial compared two doses. The results of the STOP-IT trial will be "
         "published next month.", "The results of the STOP-IT trial"),
        ("The BRAVE-HF study followed patients for a year, and the BRAVE-HF preliminary "
         "findings suggest fewer admissions.", "the BRAVE-HF preliminary findings suggest"),
    ],
)  # fmt: skip
def test_a_named_studys_results_as_the_subject(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # a test's results, not a study's: the text never calls MRI a study
        "She had an MRI scan last week. The MRI results show a small tear.",
        # results of a study the text names only as an acronym of a body
        "The NIH funds research. The NIH results show nothing new here.",
        # a name never called a study or trial
        "The Smith Clinic opened in May. The Smith results suggest good care.",
    ],
)
def test_results_of_what_is_not_a_named_study_are_no_attribution(text: str) -> None:
    assert not any("results" in span.lower() for span in _spans(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("- The Federal Government's Dietary Guidelines for Americans 2020–2025 recommends "
         "that adults eat 8 ounces of seafood a week.",
         "The Federal Government's Dietary Guidelines for Americans 2020–2025"),
        ("The 2018 Physical Activity Guidelines for Americans recommend 60 minutes a day for "
         "children.", "The 2018 Physical Activity Guidelines for Americans"),
        ("The World Drug Report estimates that 35 million people have drug use disorders.",
         "The World Drug Report"),
        ("In the US, the National Diabetes Statistics Report shows that 11% of adults have "
         "diabetes.", "the National Diabetes Statistics Report"),
    ],
)  # fmt: skip
def test_a_titled_document_as_the_subject_of_a_reporting_verb(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        # one title word alone points back at a document named before
        "The Report says that 12% of children are affected.",
        # a headline, not a source the text cites
        "# Annual Survey shows 10% rise in cases\n\nThe rise was seen in 2020.",
        # no reporting verb after the name
        "The Dietary Guidelines for Americans were revised in 2020.",
    ],
)
def test_what_only_looks_like_a_titled_document_saying(text: str) -> None:
    assert not any(("Report" in s or "Survey" in s or "Guidelines" in s) for s in _spans(text))
