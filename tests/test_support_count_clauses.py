"""A source count's measure is its own clause's, and counts that may be parts of a claim's
whole never contradict it. Abstracts written for these tests in AJP's labels ("Objective:",
"Method:"), and in the plural "Methods:" that other journals use."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.resolution.texts import crossref_text
from citecheck.verification.support_match import decide, prepare_source

RULES = load_rules()
SECONDARY = (
    "This secondary analysis of a trial that randomized 1,200 patients included 400 patients "
    "with diabetes who received metformin 1,000 mg."
)
TWO_TRIALS = (
    "Two trials were done: trial 1 randomly assigned 120 patients and trial 2 randomly "
    "assigned 85 patients."
)
ENROLLED = (
    "This secondary analysis of a randomized clinical trial that enrolled 1,200 adults with "
    "major depression included 400 women who completed 8 weeks of treatment."
)


def _verdict(label: str, method: str, sentence: str, text: str) -> str:
    abstract = (
        "<jats:p>Objective: To examine it.</jats:p>"
        f"<jats:p>{label}: {method}</jats:p>"
        "<jats:p>Results: It was examined.</jats:p>"
    )
    source_text = crossref_text("10.5555/x", {"DOI": "10.5555/x", "abstract": abstract})
    assert source_text is not None
    source = prepare_source(source_text, RULES)
    (claim,) = [c for c in extract_claims(sentence, RULES) if c.text == text]
    return decide(claim.model_copy(update={"reference_ids": ["ref-1"]}), source).verdict


@pytest.mark.parametrize("label", ["Method", "Methods"])
@pytest.mark.parametrize(
    ("method", "sentence", "text", "verdicts"),
    [
        # "secondary analysis" names the study, not the 1,200: "randomized" governs that count
        (SECONDARY, "The trial randomized 1,200 patients [1].", "1,200 patients", {"consistent"}),
        (
            SECONDARY,
            "The analysis included 400 patients with diabetes [1].",
            "400 patients",
            {"consistent", "not_in_source"},
        ),
        (ENROLLED, "The original trial enrolled 1,200 adults [1].", "1,200 adults", {"consistent"}),
        # two trials' counts: the claim's 205 is their sum, never another value
        (
            TWO_TRIALS,
            "The two trials randomly assigned 205 patients in total [1].",
            "205 patients",
            {"not_in_source"},
        ),
        (
            TWO_TRIALS,
            "Across both trials, 205 patients were randomized [1].",
            "205 patients",
            {"not_in_source"},
        ),
        (TWO_TRIALS, "A trial randomized 85 patients [1].", "85 patients", {"consistent"}),
    ],
)
def test_a_true_count_beside_another_population_is_never_contradicted(
    label: str, method: str, sentence: str, text: str, verdicts: set[str]
) -> None:
    assert _verdict(label, method, sentence, text) in verdicts


@pytest.mark.parametrize("label", ["Method", "Methods"])
def test_a_changed_count_governed_by_its_own_verb_is_still_contradicted(label: str) -> None:
    sentence = "The trial randomized 1,300 patients [1]."
    assert _verdict(label, SECONDARY, sentence, "1,300 patients") == "contradicted"


@pytest.mark.parametrize("label", ["Method", "Methods"])
def test_an_analysed_count_after_a_randomized_one_keeps_its_measure(label: str) -> None:
    method = "Of 500 patients randomized, 450 were analysed."
    assert _verdict(label, method, "450 patients were analysed [1].", "450 patients") == (
        "consistent"
    )
    assert _verdict(label, method, "The trial randomized 500 patients [1].", "500 patients") == (
        "consistent"
    )
