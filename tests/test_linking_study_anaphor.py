"""A sentence opening with a study anaphor ("The study", "The trial", "These findings") points back
to a cited work. A body's or outlet's say-so before it ("According to UKHSA, ...") conducted no
study, so the sentence's claims do not rest on it; a say-so whose sentence names a work ("a new
trial, as reported by the BBC") and a cited work are still antecedents. Texts written for these
tests."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.models import Claim


def linked(text: str) -> list[Claim]:
    document = build_document(text)
    references, citations = extract_references(document)
    return link_claims(document, extract_claims(document), citations, references)


def after_break(text: str) -> list[Claim]:
    """The claims of the last paragraph of `text`."""
    paragraph = text.rindex("\n\n")
    return [claim for claim in linked(text) if claim.start > paragraph]


@pytest.mark.parametrize(
    "text",
    [
        "According to UKHSA, about 1 in 5 children catch flu each winter.\n\n"
        "The study was funded by the National Institute for Health and Care Research with a "
        "grant of £1.2 million.",
        "According to the CDC, about 12% of adults smoke.\n\n"
        "The study was paid for by a charity and cost £2 million.",
        "The World Health Organization says 5% of children are affected.\n\n"
        "In the trial, 400 children in Kenya were vaccinated.",
        "According to the NHS, 3 in 10 adults snore.\n\n"
        "The findings also showed that 15% of people with sleep apnoea snore loudly.",
    ],
)
def test_a_say_so_is_no_antecedent_of_a_study(text: str) -> None:
    claims = after_break(text)
    assert claims, "the second paragraph holds claims"
    assert all(claim.reference_ids == [] for claim in claims)
    # the say-so's own paragraph still rests on it
    first = [claim for claim in linked(text) if claim.end < text.index("\n\n")]
    assert first and all(claim.reference_ids == ["ref-1"] for claim in first)


@pytest.mark.parametrize(
    "text",
    [
        # a say-so whose sentence names the study it reports
        "According to the BBC, a new trial found that 30% of patients improved.\n\n"
        "The study enrolled 250 adults.",
        "A large study, as reported by the Guardian, looked at sleep in teenagers.\n\n"
        "The study followed 1,200 pupils for two years.",
        # a cited work
        "Smith and colleagues (Smith et al., 2020) followed 80 patients.\n\n"
        "The study also found that 12% relapsed.",
    ],
)
def test_a_cited_or_named_work_is_still_the_antecedent(text: str) -> None:
    claims = [claim for claim in after_break(text) if claim.type != "study_attribution"]
    assert claims and all(claim.reference_ids == ["ref-1"] for claim in claims)
