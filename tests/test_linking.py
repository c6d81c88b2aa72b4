"""Claim -> reference linking: same sentence, paragraph-final brackets, anaphora, attributions."""

from __future__ import annotations

from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.models import Claim, ClaimType
from support.seeds import seed_text


def seed(prefix: str) -> str:
    return seed_text(prefix)


def claim(
    text: str, phrase: str, kind: ClaimType = ClaimType.OTHER_QUANTITY, nth: int = 0
) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Claim(
        id=f"claim-{start}", type=kind, text=phrase, start=start, end=start + len(phrase),
        sentence=phrase,
    )  # fmt: skip


def linked(text: str, *phrases: str | tuple[str, ClaimType]) -> dict[str, list[str]]:
    refs, cites = extract_references(text)
    claims = [claim(text, p) if isinstance(p, str) else claim(text, *p) for p in phrases]
    result = link_claims(text, claims, cites, refs)
    assert [c.id for c in result] == [c.id for c in claims]  # copies, same order
    assert all(c.reference_ids == [] for c in claims)  # inputs untouched
    return {c.text: c.reference_ids for c in result}


def ref_for(text: str, citation_text: str) -> str:
    _, cites = extract_references(text)
    return next(c.reference_id for c in cites if c.text == citation_text)


def test_citation_in_the_same_sentence() -> None:
    text = "Relief came within hours (Smith, 2020). Nothing else is known about 12 weeks."
    result = linked(text, "within hours", "12 weeks")
    assert result == {"within hours": ["ref-1"], "12 weeks": []}


def test_paragraph_final_parenthetical_scopes_the_paragraph() -> None:
    text = (
        "Intro about 5 patients.\n\n"
        "Most had relief in 2 hours. It lasted 3 days. (Wilkins et al. 2021)\n\n"
        "Later, 40 mg was used."
    )
    result = linked(text, "5 patients", "2 hours", "3 days", "40 mg")
    assert result == {"5 patients": [], "2 hours": ["ref-1"], "3 days": ["ref-1"], "40 mg": []}


def test_bracket_inside_the_sentence_does_not_scope_the_paragraph() -> None:
    text = "It took 2 hours. Relief lasted 3 days (Smith, 2020)."
    assert linked(text, "2 hours", "3 days") == {"2 hours": [], "3 days": ["ref-1"]}


def test_anaphora_reaches_the_previous_paragraph() -> None:
    text = (
        "A small study published in 2016 in the journal Biological Psychiatry found relief.\n\n"
        "The researchers noted effects within 2 hours. They suggested 0.5 mg/kg.\n\n"
        "Unrelated text about 10 minutes."
    )
    result = linked(text, "2 hours", "0.5 mg/kg", "10 minutes")
    assert result == {"2 hours": ["ref-1"], "0.5 mg/kg": ["ref-1"], "10 minutes": []}


def test_vague_attribution_blocks_anaphora() -> None:
    text = (
        "A study, as reported by the Harvard Gazette, enrolled 403 patients.\n\n"
        "Further research corroborates these findings. They highlight relief in 2 hours."
    )
    result = linked(text, "403 patients", "2 hours")
    assert result == {"403 patients": ["ref-1"], "2 hours": []}


def test_study_attribution_overlapping_a_citation() -> None:
    text = "A small study published in 2016 in the journal Biological Psychiatry found relief."
    phrase = "A small study published in 2016 in the journal Biological Psychiatry"
    result = linked(text, (phrase, ClaimType.STUDY_ATTRIBUTION))
    assert result == {phrase: ["ref-1"]}


def test_no_citations_means_no_links() -> None:
    text = "The study found 55% improved."
    assert linked(text, "55%") == {"55%": []}


def test_seed_002_gazette_anaphora() -> None:
    text = seed("002")
    gazette = ref_for(text, "as reported by the Harvard Gazette")
    result = linked(text, "403 patients", "55% of the participants", "within 15 minutes")
    assert result["403 patients"] == [gazette]  # "In this extensive trial ..."
    assert result["55% of the participants"] == [gazette]
    assert result["within 15 minutes"] == []


def test_seed_003_wilkins_scopes_its_section() -> None:
    text = seed("003")
    wilkins = ref_for(text, "(Wilkins et al. 2021)")
    result = linked(text, "a majority of participants", "within hours")
    assert result["a majority of participants"] == [wilkins]
    assert result["within hours"] == []


def test_seed_004_researchers_and_they() -> None:
    text = seed("004")
    first = ref_for(text, "A small study published in 2016 in the journal Biological Psychiatry")
    second = ref_for(text, "Another small study, published in 2018 in the journal Nature")
    result = linked(
        text,
        ("a single dose", ClaimType.FREQUENCY_SCHEDULE, 1),
        "gamma-aminobutyric acid",
        "the amygdala",
        "within a few hours",
    )
    assert result["a single dose"] == [first]
    assert result["gamma-aminobutyric acid"] == [first]  # "They suggested ..."
    assert result["the amygdala"] == [second]  # "The researchers suggested ..."
    assert result["within a few hours"] == []


def test_seed_001_their_findings_and_the_study() -> None:
    text = seed("001")
    journal = ref_for(text, "Another study published in the Journal of Clinical Psychiatry")
    yale = ref_for(text, "Yale Medicine")
    result = linked(text, "significant reduction in anxiety symptoms", "quickly alleviate")
    assert result["significant reduction in anxiety symptoms"] == [journal]
    assert result["quickly alleviate"] == [yale]
