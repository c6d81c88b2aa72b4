"""The ninth first-time user's S1: a soft line break right before "(Kishimoto et al. 2016)."
left the sentence's claims unlinked. The work is real: Kishimoto et al., Psychol Med
2016;46(7):1459-1472."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

KISHIMOTO_HARVARD = (
    "Kishimoto, T. et al. (2016) 'Single-dose infusion ketamine and non-ketamine "
    "N-methyl-d-aspartate receptor antagonists for unipolar and bipolar depression: a "
    "meta-analysis of efficacy, safety and time trajectories', Psychological Medicine, 46(7), "
    "pp. 1459-1472."
)


def _claim_links(text: str) -> dict[str, list[str]]:
    document = build_document(text)
    references, citations = extract_references(document)
    claims = link_claims(document, extract_claims(document), citations, references)
    return {claim.text: claim.reference_ids for claim in claims}


def test_a_citation_wrapped_to_its_own_line_keeps_the_sentences_claims() -> None:
    text = (
        "Ketamine helps some people. A meta-analysis pooled single-dose infusion trials\n"
        f"(Kishimoto et al. 2016).\n\nReferences\n\n{KISHIMOTO_HARVARD}\n"
    )
    links = _claim_links(text)
    assert links["single-dose"] == ["ref-1"]
    assert links["infusion"] == ["ref-1"]


def test_a_credit_on_a_line_of_its_own_stays_one() -> None:
    text = "Image Source: ScienceDirect – A title of a figure\n(Jamie Sleigh, Et al. 2014)\nNext"
    document = build_document(text)
    assert [text[s:e] for s, e in document.paragraphs] == text.split("\n")


def test_a_bracket_that_is_no_citation_still_opens_a_line() -> None:
    text = "Dosing notes\n(see the table below)\nMore text here."
    document = build_document(text)
    assert [text[s:e] for s, e in document.paragraphs] == [
        "Dosing notes",
        "(see the table below)",
        "More text here.",
    ]


@given(
    st.integers(min_value=20, max_value=70),
    st.sampled_from(
        [
            "(Kishimoto et al. 2016).",
            "(Kishimoto et al., 2016, p. 1460).",
            "(Kishimoto et al. 2016), and more.",
        ]
    ),
)
def test_wherever_the_line_breaks_the_citation_is_in_the_sentence(
    width: int, citation: str
) -> None:
    words = [
        "A",
        "meta-analysis",
        "pooled",
        "single-dose",
        "infusion",
        "trials",
        "of",
        "ketamine",
        "in",
        "depression",
    ]
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    text = "\n".join(lines) + "\n" + citation + "\n"
    document = build_document(text)
    (sentence,) = [text[s:e] for s, e in document.sentences if "Kishimoto" in text[s:e]]
    assert sentence.startswith("A meta-analysis")
