"""A reference number set after a full stop without brackets ("0.5 mg/kg.9", "weeks.⁹") that
names no entry of the article's numbered list is a citation of a missing entry, as "[9]" is:
a reference of its own that reports flag, and the claims of its sentence rest on it. Texts
written for these tests (the list entries name real works)."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import as_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

_LIST = (
    "\n\nReferences\n"
    "1. Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. "
    "2018;23(4):801-811.\n"
    "2. Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed "
    "patients. Biol Psychiatry. 2000;47(4):351-354.\n"
)


def missing(text: str) -> list[str]:
    """The raw text of the in-text references made for citations the list lacks."""
    references, _ = extract_references(text)
    return [ref.raw for ref in references if ref.origin == "in_text"]


def rests_on(text: str, claim_text: str) -> list[str]:
    """The raw text of the references the claim `claim_text` rests on."""
    document = as_document(text)
    references, citations = extract_references(document)
    raw = {ref.id: ref.raw for ref in references}
    claims = link_claims(document, extract_claims(document), citations, references)
    (claim,) = [c for c in claims if c.text == claim_text]
    return [raw[ref_id] for ref_id in claim.reference_ids]


@pytest.mark.parametrize(
    ("prose", "cited"),
    [
        ("Ketamine works fast [1]. The dose was 0.5 mg/kg.9", "9"),
        ("Relief lasted about two weeks.7 Most patients tolerated it.", "7"),
        ("Relief lasted about two weeks.⁷ Most patients tolerated it.", "⁷"),
        ("It was approved for adults in 2019.12 Doctors welcomed it.", "12"),
        ("Responses came within 40 minutes.5,6 The effect faded later.", "5,6"),
    ],
)
def test_a_number_after_a_stop_past_the_list_is_a_missing_entry(prose: str, cited: str) -> None:
    assert missing(prose + _LIST) == [cited]


def test_it_is_flagged_like_a_bracketed_number() -> None:
    text = "Relief lasted about two weeks [7]. Most patients improved within 40 minutes.8" + _LIST
    assert missing(text) == ["[7]", "8"]


def test_the_claims_of_its_sentence_rest_on_it() -> None:
    text = "Ketamine works fast [1]. The dose was 0.5 mg/kg.9" + _LIST
    assert rests_on(text, "0.5 mg/kg") == ["9"]


@pytest.mark.parametrize(
    "prose",
    [
        # an entry of the list: linked to it, nothing missing
        "Relief lasted about two weeks.2 Most patients tolerated it.",
        # not after a stop: an exponent or a unit's power, never a missing entry
        "The dose was 25 mg/m2 in adults.",
        "Doses above 10 mg/m3 were not tried.",
    ],
)
def test_other_numbers_make_no_missing_entry(prose: str) -> None:
    assert missing(prose + _LIST) == []


def test_without_a_list_nothing_is_missing() -> None:
    assert missing("Relief lasted about two weeks.7 Most patients tolerated it.") == []
