"""An entry that shows one DOI and links to (or also prints) another: it is checked by the DOI it
shows, and the reader is told about the other one, whatever the verdict."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.extraction.reflist import parse_reference
from citecheck.inputs.webpage import extract_webpage
from citecheck.models import Cited, Reference, Verdict
from citecheck.verification.verify import verify_reference, with_other_doi_noted
from crossref_stub import CrossrefStub
from fakes import FakeCrossref, load_messages

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = load_messages(ROOT / "tests" / "fixtures" / "verify" / "records.jsonl")
PLOS = "10.1371/journal.pone.0033693"
LANCET = "10.1016/s0140-6736(20)31180-6"

# Zanos & Gould 2018 (Mol Psychiatry) is 10.1038/mp.2017.255 and Zarate et al. 2006 (Arch Gen
# Psychiatry) is 10.1001/archpsyc.63.8.856; both are records of data/crossref-snapshot.jsonl.
ZANOS_ENTRY = (
    "Zanos P, Gould TD. Mechanisms of ketamine action as an antidepressant. Mol Psychiatry. "
    "2018;23(4):801-811."
)
ZANOS = "10.1038/mp.2017.255"
ZARATE = "10.1001/archpsyc.63.8.856"
MARKDOWN = (
    "Ketamine lifts mood within hours [1].\n\n## References\n\n"
    f"1. {ZANOS_ENTRY} [doi:{ZANOS}](https://doi.org/{ZARATE})\n"
)
HTML = (
    "<html><body><article><h1>Fast antidepressants</h1><p>Ketamine lifts mood within hours "
    "[1].</p><h2>References</h2><ol><li>"
    f'{ZANOS_ENTRY} <a href="https://doi.org/{ZARATE}">doi:{ZANOS}</a></li></ol></article>'
    "</body></html>"
)


@pytest.mark.parametrize(
    "entry",
    [
        f"{ZANOS_ENTRY} [doi:{ZANOS}](https://doi.org/{ZARATE})",
        f"{ZANOS_ENTRY} [https://doi.org/{ZANOS}](https://doi.org/{ZARATE})",
        f"{ZANOS_ENTRY} doi:{ZANOS}. Erratum: https://doi.org/{ZARATE}",
    ],
)
def test_the_shown_doi_is_cited_and_the_other_kept(entry: str) -> None:
    cited, _kind = parse_reference(entry)
    assert cited.doi == ZANOS
    assert cited.other_doi == ZARATE
    assert cited.title == "Mechanisms of ketamine action as an antidepressant"


@pytest.mark.parametrize(
    "entry",
    [
        f"{ZANOS_ENTRY} [doi:{ZANOS}](https://doi.org/{ZANOS})",
        f"{ZANOS_ENTRY} [DOI: {ZANOS.upper()}](https://dx.doi.org/{ZANOS})",
        f"{ZANOS_ENTRY} [Full text](https://doi.org/{ZANOS})",
        f"{ZANOS_ENTRY} doi:{ZANOS}",
    ],
)
def test_one_doi_however_linked_gives_no_other(entry: str) -> None:
    cited, _kind = parse_reference(entry)
    assert cited.doi == ZANOS
    assert cited.other_doi is None


def test_a_web_page_link_keeps_both_dois() -> None:
    text = extract_webpage(HTML, "zanos.html").text
    entry = text[text.index("Zanos P") :].splitlines()[0]
    cited, _kind = parse_reference(entry)
    assert (cited.doi, cited.other_doi) == (ZANOS, ZARATE)


def _plos(other: str | None) -> Reference:
    cited = Cited(
        title="Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia "
        "in the Basal Ganglia of Mice",
        authors=["Sadasivan", "Pond"],
        year=2012,
        journal="PLoS One",
        volume="7",
        issue="3",
        pages="e33693",
        doi=PLOS,
        other_doi=other,
    )
    return Reference(id="ref-1", origin="reference_list", raw="Sadasivan 2012", cited=cited)


def test_the_verdict_stays_the_shown_dois_and_a_reason_names_both() -> None:
    out = asyncio.run(verify_reference(_plos(LANCET), FakeCrossref(MESSAGES)))
    plain = asyncio.run(verify_reference(_plos(None), FakeCrossref(MESSAGES)))
    assert out.verdict == plain.verdict == Verdict.VERIFIED
    assert out.confidence == plain.confidence
    extra = [r for r in out.reasons if r not in plain.reasons]
    assert [r.code for r in extra] == ["other_doi_given"]
    assert PLOS in extra[0].message and LANCET in extra[0].message
    assert "not the DOI of the work found" in extra[0].message


def test_a_link_to_the_work_found_says_so() -> None:
    ref = _plos(LANCET).model_copy(update={"suggested_doi": LANCET})
    (reason,) = with_other_doi_noted(ref).reasons
    assert "is the DOI of the work found" in reason.message


def test_no_notice_without_a_second_doi() -> None:
    ref = _plos(PLOS.upper())
    assert with_other_doi_noted(ref).reasons == []


def _audit(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as info:
        main(argv)
    out, _ = capsys.readouterr()
    return int(info.value.code or 0), out


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.mark.parametrize(("name", "text"), [("zanos.md", MARKDOWN), ("zanos.html", HTML)])
def test_reports_tell_the_reader_where_the_link_leads(
    env: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    article = env / name
    article.write_text(text, encoding="utf-8")
    base = ["audit", str(article), "--offline", "--no-progress"]
    code, out = _audit([*base, "--format", "json"], capsys)
    (ref,) = json.loads(out)["articles"][0]["references"]
    assert ref["verdict"] == "verified" and code == 0
    assert ref["cited"]["doi"] == ZANOS and ref["cited"]["other_doi"] == ZARATE
    assert [r["code"] for r in ref["reasons"]].count("other_doi_given") == 1
    _, markdown = _audit([*base, "--format", "markdown", "--only", "problems"], capsys)
    assert "Entry gives a second DOI" in markdown and ZARATE in markdown
    _, github = _audit([*base, "--format", "github"], capsys)
    (annotation,) = [row for row in github.splitlines() if "other_doi_given" in row]
    assert annotation.startswith("::warning ") and ZARATE in annotation


def test_a_dead_network_is_no_evidence_either_way(
    env: Path, capsys: pytest.CaptureFixture[str], quick_retries: None, quick_pace: None
) -> None:
    article = env / "zanos.md"
    article.write_text(MARKDOWN, encoding="utf-8")
    with CrossrefStub(records={}) as stub:
        stub.fail_next(10_000, "503")
        code, out = _audit(
            [
                "audit",
                str(article),
                "--crossref-url",
                stub.url,
                "--doi-url",
                stub.doi_url,
                "--mailto",
                "qa@example.org",
                "--no-cache",
                "--no-progress",
                "--format",
                "json",
            ],
            capsys,
        )
    (ref,) = json.loads(out)["articles"][0]["references"]
    # the bundled snapshot holds the shown DOI's work: it still decides, the link only notes
    assert ref["verdict"] == "verified" and code == 0
    assert "other_doi_given" in [r["code"] for r in ref["reasons"]]


def test_a_bib_entry_whose_url_is_another_doi(
    env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bib = env / "works.bib"
    bib.write_text(
        "@article{zanos2018,\n  author = {Zanos, Panos and Gould, Todd D.},\n"
        "  title = {Mechanisms of ketamine action as an antidepressant},\n"
        "  journal = {Mol Psychiatry},\n  year = {2018},\n  volume = {23},\n"
        f"  pages = {{801--811}},\n  doi = {{{ZANOS}}},\n  url = {{https://doi.org/{ZARATE}}}\n}}\n"
        "@article{same2018,\n  author = {Zanos, Panos and Gould, Todd D.},\n"
        "  title = {Mechanisms of ketamine action as an antidepressant},\n"
        "  journal = {Mol Psychiatry},\n  year = {2018},\n"
        f"  doi = {{{ZANOS}}},\n  url = {{https://doi.org/{ZANOS.upper()}}}\n}}\n",
        encoding="utf-8",
    )
    _, out = _audit(["audit", "--bib", str(bib), "--offline", "--format", "json"], capsys)
    linked, same = json.loads(out)["articles"][0]["references"]
    assert linked["cited"].get("other_doi") == ZARATE and "other_doi" not in same["cited"]
    assert linked["verdict"] == same["verdict"] == "verified"


@pytest.mark.parametrize("note", ["Erratum in", "Comment in", "Retraction in", "Update in"])
def test_a_doi_in_a_note_of_related_items_is_no_second_doi(note: str) -> None:
    entry = (
        "1. Rivera A, Okafor N. A trial of lung care. Lung J. 2019;4(2):1-9. "
        f"doi:10.5555/lung.2019.1. {note}: Lung J. 2020;5(1):3. doi:10.5555/lung.2020.9"
    )
    cited, _kind = parse_reference(entry)
    assert cited.doi == "10.5555/lung.2019.1"
    assert cited.other_doi is None
