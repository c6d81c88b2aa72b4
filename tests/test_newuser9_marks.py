"""The ninth first-time user's S3: an HTML superscript "<sup>3</sup>" pasted into Markdown was
no citation. The work is real: Anand et al., N Engl J Med 2023;388(25):2315-2325."""

from __future__ import annotations

from citecheck.extraction.citations import find_citations
from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

ANAND_AMA = (
    "1. Anand A, Mathew SJ, Sanacora G, et al. Ketamine versus ECT for nonpsychotic "
    "treatment-resistant major depression. N Engl J Med. 2023;388(25):2315-2325."
)


def _claim_links(text: str) -> dict[str, list[str]]:
    document = build_document(text)
    references, citations = extract_references(document)
    claims = link_claims(document, extract_claims(document), citations, references)
    return {claim.text: claim.reference_ids for claim in claims}


def test_an_html_superscript_in_markdown_is_a_citation() -> None:
    text = (
        f"Ketamine was noninferior in 403 patients.<sup>1</sup>\n\n## References\n\n{ANAND_AMA}\n"
    )
    assert _claim_links(text)["403 patients"] == ["ref-1"]


def test_html_superscripts_read_like_unicode_ones() -> None:
    found = find_citations("In adults.<sup>2,3</sup> Also,<sup><a href='#r4'>4-6</a></sup> so.")
    assert [(c.text, c.numbers) for c in found] == [
        ("<sup>2,3</sup>", [2, 3]),
        ("<sup><a href='#r4'>4-6</a></sup>", [4, 5, 6]),
    ]


def test_an_html_exponent_is_no_citation() -> None:
    assert find_citations("A count of 10<sup>6</sup> cells per mL.") == []
