"""HTML superscript citations (`<sup>2</sup>`) are read as citations of a page's numbered list,
superscripts not in the list stay as they were, and exponents are written "10^9"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.inputs.webpage import extract_webpage

FIXTURE = Path(__file__).parent / "fixtures" / "inputs" / "superscript-citations.html"


def test_superscripts_become_bracketed_citations_of_the_list(tmp_path, capsys) -> None:
    findings = tmp_path / "refs.json"
    with pytest.raises(SystemExit) as info:
        main(["refs", str(FIXTURE), "--json", str(findings), "--format", "json"])
    assert info.value.code == 0
    capsys.readouterr()
    article = json.loads(findings.read_text(encoding="utf-8"))["articles"][0]
    doi_of = {ref["id"]: ref["cited"]["doi"] for ref in article["references"]}
    cited = [(c["text"], doi_of[c["reference_id"]]) for c in article["citations"]]
    berman, zarate = "10.1016/s0006-3223(99)00230-9", "10.1001/archpsyc.63.8.856"
    anand, taylor = "10.1056/nejmoa2302399", "10.1038/npp.2017.194"
    assert cited == [
        ("[2]", berman),
        ("[4]", zarate),  # the number inside a link
        ("[3]", taylor),
        ("[1,3]", anand),
        ("[1,3]", taylor),
        ("[1–4]", anand),
        ("[1–4]", berman),
        ("[1–4]", taylor),
        ("[1–4]", zarate),
    ]


def test_exponents_and_numbers_outside_the_list_are_left_alone() -> None:
    text = extract_webpage(FIXTURE.read_text(encoding="utf-8"), "page").text
    assert "within 72 hours.[2] A later trial" in text
    # an exponent is written as one, not as the wrong number "109"
    assert "10[9]" not in text and "× 10^9 per litre" in text
    assert "kg/m[2]" not in text and "kg/m2" in text
    assert "note[12]" not in text and "note12" in text


def test_no_brackets_without_a_numbered_list() -> None:
    page = (
        "<html><body><article><h1>Notes</h1><p>Relief came within 2 hours for most "
        "people.<sup>1</sup> More came later, in a second week of treatment.</p></article>"
        "</body></html>"
    )
    text = extract_webpage(page, "page").text
    assert "[1]" not in text and "for most people." in text
