"""Attribution claims are the citations the citation finder finds, seen as claims."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.value_shapes import ALIASES
from citecheck.models import ClaimType


def _attributions(text: str) -> list[tuple[str, dict[str, object]]]:
    """Attribution spans and values, without the alias keys (`value_shapes.ALIASES`, tested in
    test_claim_value_aliases.py)."""
    aliases = ALIASES["study_attribution"]
    return [
        (c.text, {k: v for k, v in c.value.items() if k not in aliases})
        for c in extract_claims(text)
        if c.type == ClaimType.STUDY_ATTRIBUTION
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Relief came fast (Åsberg et al., 2019).",
            "(Åsberg et al., 2019)",
            {"form": "parenthetical", "authors": ["Åsberg"], "et_al": True, "year": 2019},
        ),
        (
            "Öst and Łukasz (2020) found it.",
            "Öst and Łukasz (2020)",
            {"form": "narrative_author", "authors": ["Öst", "Łukasz"], "year": 2020},
        ),
        (
            "Anand and colleagues randomized 403 patients.",
            "Anand and colleagues",
            {"form": "narrative_author", "authors": ["Anand"], "et_al": True},
        ),
        (
            "As reported by the Staten Island Advance, it is used in clinics.",
            "As reported by the Staten Island Advance",
            {"form": "secondary_report", "outlet": "Staten Island Advance"},
        ),
    ],
)
def test_attribution_claims_come_from_citations(
    text: str, span: str, value: dict[str, object]
) -> None:
    assert _attributions(text) == [(span, value)]


def test_every_citation_is_an_attribution_claim() -> None:
    text = (
        "Zanos and Gould (2018) showed it. A later trial from the National Institute of Mental "
        "Health found more (Berman et al., 2000). See also [3]."
    )
    document = build_document(text)
    found = [(c.start, c.end) for c in document.citations]
    claims = extract_claims(document)
    spans = [(c.start, c.end) for c in claims if c.type == ClaimType.STUDY_ATTRIBUTION]
    assert spans == found and len(found) == 4


# MMWR-style round brackets and superscripts flattened by a copy, in excerpts without the list
# they number (tests/heldout/01, tests/corpus/07 and 11 read like these).
@pytest.mark.parametrize(
    ("text", "spans", "numbers"),
    [
        ("Deaths involved fentanyl (72.2%) (1). Rates rose (2,3), so CDC looked.",
         ["(1)", "(2,3)"], [[1], [2, 3]]),
        ("Growth was slower.18 Therefore, monitor it.\nWatch patients on medications.19,20\n",
         ["18", "19,20"], [[18], [19, 20]]),
        ("Pills work less well than iron given intravenously.2\n", ["2"], [[2]]),
        ("Half of pregnancies are unplanned.1 Most are in teens.", ["1"], [[1]]),
    ],
)  # fmt: skip
def test_reference_numbers_are_attribution_claims(
    text: str, spans: list[str], numbers: list[list[int]]
) -> None:
    found = _attributions(text)
    assert [span for span, _ in found] == spans
    assert [value for _, value in found] == [{"form": "numeric", "numbers": n} for n in numbers]


@pytest.mark.parametrize(
    "text",
    [
        "The plan covers (1) the dose and (2) the timing.",  # an enumeration
        "The steps are: (1) rest, (2) fluids.",
        "See Fig.2 The dose was 3.5 mg.",  # a label; a decimal
        "Levels fell below 11.5 g/dL in 2019.",
        "Read doi:10.15585/mmwr.mm6750a1 for more.",
    ],
)
def test_numbers_that_are_not_reference_numbers_make_no_attribution(text: str) -> None:
    assert _attributions(text) == []


def test_a_dated_study_is_an_unnamed_source() -> None:
    # like "According to a published review": the text points at a study without naming it
    assert _attributions("A 2016 study found it.") == [
        ("A 2016 study", {"form": "unnamed", "year": 2016})
    ]
    # undated, named only by its kind, it says nothing a reader could check against (the
    # dev golds leave it out or mark it borderline); "the study" points back at one named before
    assert _attributions("A study found it.") == []
    assert _attributions("According to a study, it helps.") == [
        ("According to a study", {"form": "unnamed"})
    ]
    assert _attributions("The study found it.") == []


# Sources as news releases and reports name them (tests/heldout 03, 04, 08; tests/corpus 01,
# 10, 17 read like these; the sentences here are ours).
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("In a New England Journal of Medicine perspective, the authors argue it.",
         "a New England Journal of Medicine perspective",
         {"form": "narrative_venue", "venue": "New England Journal of Medicine"}),
        ("The findings were described in an MMWR article released today.", "an MMWR article",
         {"form": "narrative_venue", "venue": "MMWR"}),
        ("It comes from a meeting report appearing in the October 17 issue of Immunity.",
         "appearing in the October 17 issue of Immunity",
         {"form": "narrative_venue", "venue": "Immunity"}),
        # the whole "according to" phrase, as the corpus gold spans it (17)
        ("The drug helps, according to a new Stanford University study.",
         "according to a new Stanford University study",
         {"form": "institution", "institution": "Stanford University"}),
        ("The American Academy of Pediatrics (AAP) no longer recommends it.",
         "American Academy of Pediatrics (AAP)",
         {"form": "institution", "institution": "American Academy of Pediatrics"}),
        ("The Cochrane Library conducted a systematic review.", "Cochrane Library",
         {"form": "institution", "institution": "Cochrane Library"}),
        ("It is recommended by both CDC and the AAP.", "recommended by both CDC",
         {"form": "institution", "institution": "CDC"}),
        ("In 2019, an international team of NIH-supported researchers found it.",
         "In 2019, an international team of NIH-supported researchers",
         {"form": "unnamed", "year": 2019}),
        ("A 2005 meta review found no effect.", "A 2005 meta review",
         {"form": "unnamed", "year": 2005}),
        ("The findings appear in the journal Cell Reports.", "appear in the journal Cell Reports",
         {"form": "narrative_venue", "venue": "Cell Reports"}),
        ("A study published last year in The Lancet found it.",
         "A study published last year in The Lancet", {"form": "narrative_venue", "venue": "Lancet"}),
        ("Published in The New England Journal of Medicine in 2020, it helped.",
         "Published in The New England Journal of Medicine in 2020",
         {"form": "narrative_venue", "year": 2020, "venue": "New England Journal of Medicine"}),
        ("According to data from the CDC's National Center for Health Statistics, it rose.",
         "According to data from the CDC's National Center for Health Statistics",
         {"form": "institution", "institution": "CDC's National Center for Health Statistics"}),
        ("In 2002, researchers found it.", "In 2002, researchers", {"form": "unnamed", "year": 2002}),
        ("Smoking remains prevalent [1315].", "[1315]", {"form": "numeric", "numbers": [1315]}),
        ("It cut cases, researchers reported Wednesday in the Lancet Infectious Diseases.",
         "reported Wednesday in the Lancet Infectious Diseases",
         {"form": "narrative_venue", "venue": "Lancet Infectious Diseases"}),
    ],
)  # fmt: skip
def test_named_documents_and_makers_are_attributions(
    text: str, span: str, value: dict[str, object]
) -> None:
    assert _attributions(text) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The lotion was approved by the FDA in 2009.",  # a product's status, not a source
        "A DPP trial and a Phase 3 trial ran.",  # a study's own name
        "The Review of Systems was normal.",
        "In 2019, the clinic opened.",
        "It was written in [2019] style.",  # a year in brackets is no reference number
        "Symptoms appear in Africa first.",  # "appear in" a place, not a journal
    ],
)
def test_mentions_that_name_no_source_are_not_attributions(text: str) -> None:
    assert _attributions(text) == []
