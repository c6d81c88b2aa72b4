"""A DOI written in the article's prose is a citation of the work it names: "(doi:10...)",
"(https://doi.org/10...)", a Markdown link to a DOI, or a web page's link kept after its words
("a study in the Journal of Test Medicine (https://doi.org/10...)"). The work is looked up by that
DOI and the sentence's claims rest on it; a DOI a list entry carries points at that entry. Texts,
works and DOIs are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.models import Claim
from support.linked import read_linked as read

DOI = "10.5555/citecheck.examplol.2023.41"
OTHER_DOI = "10.5555/citecheck.examplol.2024.77"


def claim(claims: list[Claim], part: str) -> Claim:
    return next(found for found in claims if part in found.text)


@pytest.mark.parametrize(
    "address",
    [
        f"(doi:{DOI})",
        f"(DOI: {DOI})",
        f"(https://doi.org/{DOI})",
        f"(http://dx.doi.org/{DOI})",
        f"(see [the full paper](https://doi.org/{DOI}))",
    ],
)
def test_a_doi_in_a_sentence_cites_the_work_it_names(address: str) -> None:
    text = f"Blood pressure fell by 9 mm Hg in 612 adults {address}.\n"
    references, citations, claims = read(text)
    (reference,) = references
    assert reference.cited.doi == DOI and reference.origin == "in_text"
    (citation,) = citations
    assert citation.reference_id == reference.id
    assert DOI in citation.text and text[citation.start : citation.end] == citation.text
    assert claim(claims, "612 adults").reference_ids == [reference.id]


def test_a_link_after_a_mention_gives_the_mention_its_doi() -> None:
    text = (
        "Adults on examplol lowered their blood pressure, according to a study published in the "
        f"Journal of Test Medicine (https://doi.org/{DOI}). The trial enrolled 612 adults.\n"
    )
    references, citations, claims = read(text)
    (reference,) = references  # the mention and its address are one work
    assert reference.cited.doi == DOI
    assert reference.cited.journal == "Journal of Test Medicine"
    assert [c.reference_id for c in citations] == [reference.id]
    assert claim(claims, "612 adults").reference_ids == [reference.id]


def test_one_doi_written_twice_is_one_reference_and_two_dois_are_two() -> None:
    text = (
        f"Pressure fell by 9 mm Hg (doi:{DOI}). Strokes were fewer (doi:{OTHER_DOI}).\n\n"
        f"The fall lasted 24 weeks (doi:{DOI}).\n"
    )
    references, citations, claims = read(text)
    assert [ref.cited.doi for ref in references] == [DOI, OTHER_DOI]
    assert [c.reference_id for c in citations] == ["ref-1", "ref-2", "ref-1"]
    assert [c.id for c in citations] == ["cite-1", "cite-2", "cite-3"]
    assert claim(claims, "24 weeks").reference_ids == ["ref-1"]


def test_a_doi_a_list_entry_carries_points_at_that_entry() -> None:
    text = (
        f"Pressure fell by 9 mm Hg in 612 adults (https://doi.org/{DOI}).\n\n"
        "References\n\n"
        "1. Tester A, Sample B. Examplol for raised blood pressure. J Test Med. "
        f"2023;12:101-110. doi:{DOI}\n"
    )
    references, citations, claims = read(text)
    assert [ref.origin for ref in references] == ["reference_list"]
    assert [c.reference_id for c in citations] == ["ref-1"]
    assert claim(claims, "612 adults").reference_ids == ["ref-1"]
    assert not references[0].never_cited


def test_the_dois_of_the_list_itself_cite_nothing() -> None:
    text = (
        "Pressure fell by 9 mm Hg in 612 adults [1].\n\n"
        "References\n\n"
        "1. Tester A, Sample B. Examplol for raised blood pressure. J Test Med. "
        f"2023;12:101-110. https://doi.org/{DOI}\n"
    )
    references, citations, _ = read(text)
    assert len(references) == 1 and [c.text for c in citations] == ["[1]"]


ABSTRACT = (
    "<jats:p>We enrolled 612 adults with raised blood pressure and assigned them to examplol "
    "5 mg once daily or placebo for 24 weeks. Systolic pressure fell by 9 mm Hg.</jats:p>"
)
RECORD = {
    "DOI": DOI,
    "type": "journal-article",
    "title": ["Examplol for raised blood pressure in adults"],
    "author": [{"given": "A.", "family": "Tester"}, {"given": "B.", "family": "Sample"}],
    "container-title": ["Journal of Test Medicine"],
    "issued": {"date-parts": [[2023]]},
    "volume": "12",
    "page": "101-110",
    "abstract": ABSTRACT,
}


def test_the_work_a_doi_names_is_verified_and_its_claims_checked_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshot = tmp_path / "snapshot.jsonl"
    snapshot.write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    article = tmp_path / "story.md"
    article.write_text(
        "Examplol lowered blood pressure, according to a study published in the Journal of Test "
        f"Medicine ([the paper](https://doi.org/{DOI})). The trial enrolled 612 adults.\n",
        encoding="utf-8",
    )
    argv = ["audit", str(article), "--offline", "--no-cache", "--no-progress"]
    with pytest.raises(SystemExit):
        main([*argv, "--snapshot", str(snapshot), "--format", "json"])
    found = json.loads(capsys.readouterr().out)["articles"][0]
    (reference,) = found["references"]
    assert reference["verdict"] == "verified" and reference["record"]["doi"] == DOI
    enrolled = next(c for c in found["claims"] if c["text"] == "612 adults")
    assert enrolled["reference_ids"] == [reference["id"]]
    assert enrolled["support"]["verdict"] == "consistent"


def test_a_doi_in_a_paragraph_shaped_like_an_entry_cites_nothing() -> None:
    # a list the parser cannot split is still no prose: its DOIs are not the prose's citations
    text = (
        "Pressure fell by 9 mm Hg in 612 adults.\n\n"
        "Tester A, Sample B (2023). Examplol for raised blood pressure. J Test Med 12: 101-110. "
        f"doi: {DOI}\n"
    )
    references, citations, _ = read(text)
    assert not [ref for ref in references if ref.cited.doi == DOI and ref.origin == "in_text"]
    assert not [c for c in citations if DOI in c.text]
