"""A citation set after the full stop ("hours.[1] Later, ...", the usual style in medical
writing) belongs to the sentence it closes: each claim rests on its own sentence's reference,
not on every reference of the paragraph (end to end, through the CLI)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citecheck.cli import main

_ENTRIES = [
    "Berman RM, Cappiello A, Anand A, et al. Antidepressant effects of ketamine in depressed "
    "patients. Biol Psychiatry. 2000;47(4):351-354.",
    "Zarate CA, Singh JB, Carlson PJ, et al. A randomized trial of an N-methyl-D-aspartate "
    "antagonist in treatment-resistant major depression. Arch Gen Psychiatry. "
    "2006;63(8):856-864.",
    "Anand A, Mathew SJ, Sanacora G, et al. Ketamine versus ECT for nonpsychotic "
    "treatment-resistant major depression. N Engl J Med. 2023;388(25):2315-2325.",
]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    """The first article of the findings file a CLI run writes."""
    findings = Path(args[1]).with_suffix(".findings.json")
    with pytest.raises(SystemExit) as info:
        main([*args, "--json", str(findings), "--format", "json"])
    assert info.value.code == 0
    capsys.readouterr()
    article: dict[str, Any] = json.loads(findings.read_text(encoding="utf-8"))["articles"][0]
    return article


def _linked(article: dict[str, Any], label: str) -> dict[str, list[str]]:
    """Each claim (but the citations themselves) with the references it rests on, each named
    by `label` of the reference ("key", or the first author)."""

    def name(ref: dict[str, Any]) -> str:
        return str(ref.get(label) or ref["cited"]["authors"][0])

    names = {ref["id"]: name(ref) for ref in article["references"]}
    return {
        claim["text"]: [names[ref_id] for ref_id in claim["reference_ids"]]
        for claim in article["claims"]
        if claim["type"] != "study_attribution"
    }


@pytest.mark.parametrize("command", ["claims", "refs"])
@pytest.mark.parametrize(
    ("first", "second", "third"), [("[1]", "[2]", "[3]"), ("¹", "²", "³"), ("^1^", "^2^", "^3^")]
)
def test_each_claim_rests_on_the_citation_after_its_own_full_stop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, first: str, second: str,
    third: str,
) -> None:  # fmt: skip
    article = tmp_path / "article.md"
    entries = "\n".join(f"{n}. {entry}" for n, entry in enumerate(_ENTRIES, start=1))
    article.write_text(
        "# Ketamine\n\n"
        f"In the first controlled trial, seven patients improved within 72 hours.{first} "
        f"Later, 18 patients showed a response within 2 hours.{second} "
        f"Then 403 patients were randomized to ketamine or ECT.{third}\n\n"
        f"## References\n\n{entries}\n",
        encoding="utf-8",
    )
    findings = _run(capsys, command, str(article))
    assert _linked(findings, "first author") == {
        "seven patients": ["Berman"],
        "within 72 hours": ["Berman"],
        "18 patients": ["Zarate"],
        "within 2 hours": ["Zarate"],
        "403 patients": ["Anand"],
    }
    for claim in findings["claims"]:
        assert claim["sentence"].count(".") == 1


def test_webpage_superscripts_after_the_stop_link_their_own_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    items = "".join(f"<li>{entry}</li>" for entry in _ENTRIES)
    page.write_text(
        "<html><body><article><h1>Ketamine</h1><p>Seven patients improved within 72 hours."
        "<sup>1</sup> Later, 18 patients showed a response within 2 hours.<sup>2</sup></p>"
        f"<h2>References</h2><ol>{items}</ol></article></body></html>",
        encoding="utf-8",
    )
    assert _linked(_run(capsys, "claims", str(page)), "first author") == {
        "Seven patients": ["Berman"],
        "within 72 hours": ["Berman"],
        "18 patients": ["Zarate"],
        "within 2 hours": ["Zarate"],
    }


@pytest.mark.parametrize(
    "body",
    [
        "A later trial found a response within 2 hours [@zarate2006]. "
        "@anand2023 randomized 403 patients.",
        "A later trial found a response within 2 hours~\\cite{zarate2006}. "
        "\\citet{anand2023} randomized 403 patients.",
    ],
)
def test_a_sentence_opening_with_a_citation_key_keeps_its_own_claims(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    bib = tmp_path / "works.bib"
    bib.write_text(
        "@article{zarate2006, author = {Zarate, Carlos A. and Singh, Jaskaran B.},\n"
        "  title = {A randomized trial of an N-methyl-D-aspartate antagonist in\n"
        "           treatment-resistant major depression},\n"
        "  journal = {Arch Gen Psychiatry}, year = {2006}}\n"
        "@article{anand2023, author = {Anand, Amit and Mathew, Sanjay J.},\n"
        "  title = {Ketamine versus ECT for nonpsychotic treatment-resistant major depression},\n"
        "  journal = {N Engl J Med}, year = {2023}}\n",
        encoding="utf-8",
    )
    article = tmp_path / "article.md"
    article.write_text(body + "\n", encoding="utf-8")
    findings = _run(capsys, "refs", str(article), "--bib", str(bib))
    assert _linked(findings, "key") == {
        "within 2 hours": ["zarate2006"],
        "403 patients": ["anand2023"],
    }


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (" [1]", " [2]", " [3]"),
        ("  [1]", "\t[2]", " [3]"),
        (" (Berman et al., 2000)", " (Zarate et al., 2006)", " (Anand et al., 2023)"),
        (" [1]", " (Zarate et al., 2006)", " [3]"),
    ],
)
def test_a_citation_after_the_stop_and_a_space_closes_the_sentence_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, third: str
) -> None:
    article = tmp_path / "article.md"
    entries = "\n".join(f"{n}. {entry}" for n, entry in enumerate(_ENTRIES, start=1))
    article.write_text(
        "# Ketamine\n\n"
        f"In the first controlled trial, seven patients improved within 72 hours.{first} "
        f"Later, 18 patients showed a response within 2 hours.{second} "
        f"Then 403 patients were randomized to ketamine or ECT.{third}\n\n"
        f"## References\n\n{entries}\n",
        encoding="utf-8",
    )
    assert _linked(_run(capsys, "claims", str(article)), "first author") == {
        "seven patients": ["Berman"],
        "within 72 hours": ["Berman"],
        "18 patients": ["Zarate"],
        "within 2 hours": ["Zarate"],
        "403 patients": ["Anand"],
    }


def test_a_number_after_the_stop_and_a_space_opens_the_next_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.md"
    entries = "\n".join(f"{n}. {entry}" for n, entry in enumerate(_ENTRIES, start=1))
    article.write_text(
        "# Ketamine\n\nSeven patients improved within 72 hours [1]. 18 patients showed a "
        f"response within 2 hours.\n\n## References\n\n{entries}\n",
        encoding="utf-8",
    )
    assert _linked(_run(capsys, "claims", str(article)), "first author") == {
        "Seven patients": ["Berman"],
        "within 72 hours": ["Berman"],
        "18 patients": [],
        "within 2 hours": [],
    }
