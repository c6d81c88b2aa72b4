"""The eighth first-time user trial: a changed sample size or dose against an abstract whose
sections are labelled the American Journal of Psychiatry's way ("Objective:", "Method:")."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.resolution.source_text import split_inline_labels
from citecheck.resolution.texts import crossref_text
from citecheck.verification.support_match import decide, prepare_source

# an abstract written for this test, in AJP's labels, one paragraph each as Crossref's JATS
ABSTRACT = (
    "<jats:p>Objective: The authors tested an infused drug against an active placebo.</jats:p>"
    "<jats:p>Method: In a two-site trial, 73 patients with treatment-resistant depression were "
    "randomly assigned to a single infusion of ketamine (0.5 mg/kg) or midazolam (0.045 mg/kg) "
    "in a 2:1 ratio. The primary outcome was change in depression severity 24 hours after "
    "drug administration.</jats:p>"
    "<jats:p>Results: The ketamine group improved more than the midazolam group. Response "
    "rates at 24 hours were 64% and 28% with ketamine and midazolam, respectively.</jats:p>"
    "<jats:p>Conclusions: Ketamine had rapid antidepressant effects.</jats:p>"
)
RULES = load_rules()


def _verdict(sentence: str, text: str) -> str:
    message = {"DOI": "10.5555/ajp.1", "abstract": ABSTRACT}
    source_text = crossref_text("10.5555/ajp.1", message)
    assert source_text is not None
    source = prepare_source(source_text, RULES)
    (claim,) = [c for c in extract_claims(sentence, RULES) if c.text == text]
    return decide(claim.model_copy(update={"reference_ids": ["ref-1"]}), source).verdict


def test_a_singular_method_label_is_the_methods_section() -> None:
    sections = split_inline_labels("Objective: To test it. Method: 73 patients were randomized.")
    assert [s.category for s in sections] == ["OBJECTIVE", "METHODS"]


@pytest.mark.parametrize(
    ("sentence", "text", "verdict"),
    [
        ("A two-site trial randomly assigned 93 patients [1].", "93 patients", "contradicted"),
        ("A two-site trial randomized 83 patients [1].", "83 patients", "contradicted"),
        ("A two-site trial randomly assigned 73 patients [1].", "73 patients", "consistent"),
        (
            "Patients received ketamine (0.8 mg/kg) or midazolam (0.045 mg/kg) [1].",
            "0.8 mg/kg",
            "contradicted",
        ),
        (
            "Patients received ketamine (0.5 mg/kg) or midazolam (0.045 mg/kg) [1].",
            "0.5 mg/kg",
            "consistent",
        ),
        # a ratio and a time point have no measure words to be sure of: never accused
        ("Patients were randomized in a 3:1 ratio [1].", "3:1", "not_in_source"),
        (
            "The primary outcome was change 48 hours after the infusion [1].",
            "48 hours",
            "not_in_source",
        ),
    ],
)
def test_a_changed_sample_size_or_dose_in_a_method_section_is_contradicted(
    sentence: str, text: str, verdict: str
) -> None:
    assert _verdict(sentence, text) == verdict
