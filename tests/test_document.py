"""The text layer: one split per article, shared by every stage, reference list included."""

from __future__ import annotations

import pytest

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.document import build_document, markup_free
from citecheck.extraction.references import extract_references
from citecheck.extraction.sentences import is_reference_heading, reference_headings

# Vancouver entries: no "(2018)." shape, so only the heading tells the claim extractor that
# their doses and patient counts are titles, not claims.
_ARTICLE = """\
Ketamine can lift mood within 24 hours in some patients.

{heading}

1. Zanos P, Gould TD. Ketamine 0.5 mg/kg in 403 patients with depression. Mol Psychiatry. \
2018;23(4):801-811.
2. Anand A, Mathew SJ, Sanacora G. Ketamine versus ECT for 365 patients. N Engl J Med. \
2023;388(25):2315-2325.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "References",
        "**References**",
        "References:",
        "**References:**",
        "Citations",
        "## Sources",
        "<b>Works Cited</b>",
        "### Further reading",
        "_Bibliography_",
        "## Referencias",
        "Références",
        "**Literaturverzeichnis**",
        "## Литература",
        "Список литературы",
        "参考文献",
        "참고문헌",
    ],
)
def test_claims_skip_the_list_the_reference_parser_reads(heading: str) -> None:
    text = _ARTICLE.format(heading=heading)
    document = build_document(text)
    references, _ = extract_references(document)
    claims = extract_claims(document)
    assert [ref.origin for ref in references] == ["reference_list", "reference_list"]
    assert [claim.text for claim in claims] == ["within 24 hours"]


def test_a_stray_sources_heading_still_skips_what_follows_from_claims() -> None:
    text = "Intro with 20 patients.\n\nSources\n\nA trial enrolled 403 patients.\n"
    assert [c.text for c in extract_claims(text)] == ["20 patients"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("References", True),
        ("  ## **References and Further Reading:**  \r", True),
        ("References & further reading", True),
        ("<h2>Bibliography</h2>", True),
        ("Sources: the FDA and the NIH", False),
        ("References to ketamine abound.", False),
        ("Our sources", False),
    ],
)
def test_reference_heading_lines(line: str, expected: bool) -> None:
    assert is_reference_heading(line) is expected


def test_heading_spans_are_whole_lines() -> None:
    text = "Intro.\n**References**\r\nZanos P. Title. 2018.\n"
    ((start, end),) = reference_headings(text)
    assert text[start:end] == "**References**\r"


def test_document_split_once_and_looked_up() -> None:
    text = "# Title\n\nFirst sentence here. Second one follows.\n\nNew paragraph."
    document = build_document(text)
    sentences = [text[s:e] for s, e in document.sentences]
    assert sentences == ["Title", "First sentence here.", "Second one follows.", "New paragraph."]
    second = text.index("Second")
    index = document.sentence_at(second + 3)
    assert index is not None and document.sentences[index][0] == second
    assert document.sentence_at(text.index("\n\nNew")) is None
    paragraph = document.paragraph_at(second)
    assert paragraph is not None
    assert text[slice(*document.paragraphs[paragraph])].startswith("First")


def test_markup_free_view_keeps_offsets() -> None:
    text = "## **Zanos** and _Gould_ <i>wrote</i> this_name here"
    plain = markup_free(text)
    assert len(plain) == len(text)
    assert plain.split() == ["Zanos", "and", "Gould", "wrote", "this_name", "here"]
    assert plain.index("Zanos") == text.index("Zanos")
    assert build_document(text).plain == plain


_AFTER_THE_LIST = """\
# Ketamine clinic guide

Seven patients improved within 72 hours (Berman et al., 2000).

## References

Berman, R. M., Cappiello, A., & Krystal, J. H. (2000). Antidepressant effects of ketamine in 40 \
depressed patients.
Biological Psychiatry, 47(4), 351-354.
https://doi.org/10.1016/S0006-3223(99)00230-9

© 2024 The Authors. Published under a CC BY 4.0 licence. Reuse within 30 days needs no permission.

## Frequently asked questions

Most patients feel better within 2 hours, and 70% respond after six infusions (Zarate, 2006).
"""


def test_prose_after_the_last_entry_is_article_text_again() -> None:
    document = build_document(_AFTER_THE_LIST)
    references, citations = extract_references(document)
    texts = [claim.text for claim in extract_claims(document)]
    # the FAQ's claims and citation count; the wrapped entry (its title's "40 depressed
    # patients" on the first of three lines) and the licence line after it stay in the list
    assert "within 2 hours" in texts and "70%" in texts
    assert "40 depressed patients" not in texts and "within 30 days" not in texts
    assert [ref.origin for ref in references].count("reference_list") == 1
    assert any(c.text == "(Zarate, 2006)" for c in citations)


def test_a_later_further_reading_list_stays_inside_the_list() -> None:
    text = (
        "Intro within 24 hours.\n\nReferences\n\n"
        "1. Zanos P, Gould TD. Ketamine in 403 patients. Mol Psychiatry. 2018;23(4):801-811.\n\n"
        "Further reading\n\n"
        "2. Anand A, Mathew SJ. Ketamine versus ECT for 365 patients. N Engl J Med. "
        "2023;388(25):2315-2325.\n"
    )
    assert [c.text for c in extract_claims(text)] == ["within 24 hours"]


def test_each_list_of_a_concatenation_ends_where_its_entries_end() -> None:
    texts = [claim.text for claim in extract_claims(_AFTER_THE_LIST * 3)]
    assert texts.count("within 2 hours") == 3 and texts.count("within 72 hours") == 3
    assert "40 depressed patients" not in texts


@pytest.mark.parametrize(
    "opening",
    [
        "This was shown by Rivera (2019).",
        "The method was first proposed by Okafor and Lund (2011).",
        "Similar gains were reported by the Northern Lung Study Group (2022).",
    ],
)
def test_a_prose_paragraph_ending_a_sentence_with_a_cited_year_keeps_its_claims(
    opening: str,
) -> None:
    text = f"{opening} A later trial enrolled 312 patients and gave 20 mg daily.\n"
    found = {claim.text for claim in extract_claims(text)}
    assert {"312 patients", "20 mg"} <= found


@pytest.mark.parametrize(
    "entry",
    [
        "Okafor, N., & Lund, T. (2011). A trial of 312 patients given 20 mg. Lung, 4, 1-9.",
        "van der Berg, J., de Jong, P. (2020). A trial of 312 patients given 20 mg. Lung, 4, 1-9.",
        "National Institute for Health and Care Excellence (2019). 312 patients, 20 mg. London.",
        # a footnoted source under a statistics table, its number bare (ChildStats PHY4.A)
        "1 Centers for Disease Control and Prevention. (2002). Managing 312 patients. Atlanta.",
    ],
)
def test_an_entry_shaped_paragraph_without_a_heading_holds_no_claims(entry: str) -> None:
    assert not [c for c in extract_claims(entry + "\n") if c.type != "study_attribution"]


def test_a_paragraph_opening_with_a_count_and_a_cited_year_keeps_its_claims() -> None:
    text = "12 patients were treated in the trial (2019). They got 20 mg daily.\n"
    found = {claim.text for claim in extract_claims(text)}
    assert {"12 patients", "20 mg"} <= found
