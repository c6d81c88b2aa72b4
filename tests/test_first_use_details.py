"""Small things a first-time user met: what a web page's text keeps, the lines the CLI prints on
bad input, and the files it writes. Pages and texts written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.errors import ArticleError
from citecheck.extraction.citations import find_citations
from citecheck.inputs.article import read_article
from citecheck.inputs.bibtex import parse_bibtex
from citecheck.inputs.webpage import extract_webpage
from citecheck.models import FieldCheck, Record, Verdict
from citecheck.verification.fixbib import fixed_bib_text

_PARAGRAPHS = "".join(
    f"<p>{sentence}</p>"
    for sentence in (
        "Iron drops are often given to children who were born early, since their stores of iron "
        "run low in the first months of life and their diet does not yet make up for it.",
        "Doctors weigh the child before starting, because the dose depends on body weight, and "
        "they check the blood count again after a few weeks of treatment to see if it works.",
        "Most children take the drops with water or juice between meals, which helps the gut to "
        "absorb the iron; milk taken at the same time can lower how much is absorbed.",
    )
)
PAGE = (
    "<html><head><title>Iron for toddlers</title></head><body><article><h1>Iron for toddlers</h1>"
    + _PARAGRAPHS
    + "<h2>How much is given?</h2>{table}"
    + "<h2>Side effects</h2><p>Dark stools are common and harmless; stomach ache and "
    "constipation can happen too. Ask a pharmacist about the dose for your child.</p>"
    + "</article></body></html>"
)
HEADED = (
    "<table><caption>Table 1. Doses in a trial of 240 children</caption>"
    "<thead><tr><th>Age</th><th>Dose</th></tr></thead>"
    "<tbody><tr><td>6 months</td><td>1 mg/kg</td></tr></tbody></table>"
)
HEADLESS = (
    "<table><caption>Table 1. Doses in a trial of 240 children</caption>"
    "<tr><td>6 months</td><td>1 mg/kg</td></tr></table>"
)


@pytest.mark.parametrize("table", [HEADED, HEADLESS])
def test_a_table_caption_is_kept_once_before_its_table(table: str) -> None:
    text = extract_webpage(PAGE.format(table=table), "page.html").text
    assert text.count("Table 1. Doses in a trial of 240 children") == 1
    caption = text.index("Table 1. Doses")
    assert caption < text.index("6 months") < text.index("Ask a pharmacist")
    assert text.index("born early") < caption


def test_a_figure_caption_is_still_kept() -> None:
    figure = (
        '<figure><img src="a.png"><figcaption>Figure 2. Weight over 12 weeks</figcaption></figure>'
    )
    text = extract_webpage(PAGE.format(table=figure), "page.html").text
    assert "Figure 2. Weight over 12 weeks" in text


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in its own process: its log lines go where a user sees them."""
    return subprocess.run(
        [sys.executable, "-m", "citecheck", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body></body></html>",
        "<html><body><div>  </div><p></p></body></html>",
    ],
)
def test_a_page_without_text_gives_one_error_line(tmp_path: Path, markup: str) -> None:
    page = tmp_path / "empty.html"
    page.write_text(markup, encoding="utf-8")
    done = _cli("claims", str(page))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"citecheck: error: {page}: no article text found on the page"
    ]


@pytest.mark.parametrize(
    ("address", "said"),
    [
        (
            "file:///tmp/draft.md",
            "file:// addresses are not supported; give the file's path instead (/tmp/draft.md)",
        ),
        (
            "file://localhost/home/me/my%20draft.txt",
            "file:// addresses are not supported; give the file's path instead "
            "(/home/me/my draft.txt)",
        ),
        (
            "ftp://example.org/draft.txt",
            "ftp:// addresses are not supported; give a file's path or an http(s) URL",
        ),
    ],
)
def test_an_address_of_another_scheme_is_named_as_such(address: str, said: str) -> None:
    with pytest.raises(ArticleError) as raised:
        read_article(address)
    assert str(raised.value) == f"{address}: {said}"


def test_a_missing_plain_path_is_still_no_such_file(tmp_path: Path) -> None:
    missing = tmp_path / "gone.md"
    with pytest.raises(ArticleError, match=r"gone\.md: no such file$"):
        read_article(missing)


_ENTRY = (
    "@article{marsh2020,\n  author = {Marsh, Tom and Yilmaz, Elif},\n"
    "  title = {Blood pressure after a year of treatment},\n  year = {2018}\n}"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("verdict", [Verdict.METADATA_MISMATCH, Verdict.UNVERIFIABLE])
def test_a_fixed_bib_ends_with_a_newline_when_the_users_file_did_not(
    newline: str, verdict: Verdict
) -> None:
    raw = ("% my library\n" + _ENTRY).replace("\n", newline)  # no final newline
    (entry,) = parse_bibtex(raw)
    year = FieldCheck(field="year", cited="2018", found="2020", score=0.8, ok=False)
    record = Record(doi="10.5555/bp.2020.1", title="Blood pressure after a year of treatment",
                    authors=["Marsh", "Yilmaz"], year=2020)  # fmt: skip
    ref = entry.model_copy(
        update={"id": "ref-1", "verdict": verdict, "record": record, "field_checks": [year]}
    )
    text = fixed_bib_text([ref], [raw])
    assert text.endswith("}" + newline)
    assert text.startswith("% my library" + newline)
    assert ("{2020}" in text) == (verdict is Verdict.METADATA_MISMATCH)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (None, "no such snapshot file"),
        ("this is not JSON\n", "neither JSON Lines nor a Crossref JSON document"),
    ],
)
def test_a_bad_snapshot_is_named_by_its_option(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    said: str,
) -> None:
    monkeypatch.setenv("CITECHECK_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "a.md"
    article.write_text("Ketamine acts within hours [1].\n", encoding="utf-8")
    snapshot = tmp_path / "works.jsonl"
    if content is not None:
        snapshot.write_text(content, encoding="utf-8")
    argv = ["audit", str(article), "--snapshot", str(snapshot), "--offline", "--no-progress"]
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        f"citecheck: error: --snapshot {snapshot}: {said}"
    ]


DALY = "https://doi.org/10.1001/jamapsychiatry.2017.3739"


@pytest.mark.parametrize(
    ("linked", "closed", "cited"),
    [
        (f'(<a href="{DALY}">Daly et al., 2018</a>)', "(Daly et al., 2018)", "(Daly et al., 2018)"),
        (
            f'(<a href="{DALY}">Daly et al., 2018</a>; Kishimoto et al., 2016)',
            "(Daly et al., 2018; Kishimoto et al., 2016)",
            "Daly et al., 2018",  # a group is read one work at a time
        ),
    ],
)
def test_a_linked_citation_in_brackets_keeps_its_year(linked: str, closed: str, cited: str) -> None:
    paragraph = f"<p>Depression scores fell more than on placebo after one week {linked}.</p>"
    text = extract_webpage(PAGE.format(table=paragraph), "page.html").text
    assert f"{closed} ({DALY})" in text  # the address is kept, after the bracket
    (found,) = [c for c in find_citations(text) if "Daly" in c.text]
    assert (found.text, found.year) == (cited, 2018)


def test_a_linked_name_in_prose_keeps_its_address_beside_it() -> None:
    paragraph = f'<p>As <a href="{DALY}">Daly and colleagues</a> showed, scores fell.</p>'
    text = extract_webpage(PAGE.format(table=paragraph), "page.html").text
    assert f"Daly and colleagues ({DALY}) showed" in text
