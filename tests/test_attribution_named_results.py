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
