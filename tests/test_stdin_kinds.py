"""Standard input is read by what its bytes are, as a file of that kind would be: an HTML page, a
PDF or a .docx piped in gives the same text, meta and offsets as the file given by its path;
plain text stays plain text; what cannot be read is refused with one line saying what to do."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.errors import ArticleError
from citecheck.inputs.article import read_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "inputs"


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def _from_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> object:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    return read_article("-")


@pytest.mark.parametrize("name", ["ketamine-news.html", "ketamine-2col.pdf", "ketamine.docx"])
def test_a_document_piped_in_reads_as_its_file_does(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = FIXTURES / name
    piped = _from_stdin(monkeypatch, path.read_bytes())
    as_file = read_article(path)
    assert piped.text == as_file.text  # type: ignore[attr-defined]
    assert piped.sha256 == as_file.sha256  # type: ignore[attr-defined]
    assert piped.path == "-"  # type: ignore[attr-defined]
    assert piped.meta is not None  # type: ignore[attr-defined]
    assert piped.meta.title == as_file.meta.title  # type: ignore[attr-defined,union-attr]


# text written for this test: a page as `curl` gives it, markup and all
PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Ketamine</title></head><body>\n"
    "<nav>Home | News</nav><article><h1>Ketamine</h1>\n"
    "<p>It acted within hours (Berman et al., 2000).</p>\n"
    "<h2>References</h2><ol><li>Berman RM, Cappiello A. Antidepressant effects of ketamine "
    "in depressed patients. Biol Psychiatry. 2000;47(4):351-354.</li></ol>\n"
    "</article><footer>Copyright</footer></body></html>\n"
)


@pytest.mark.parametrize(
    "page",
    [
        PAGE,
        "\ufeff  \n" + PAGE.replace("<!DOCTYPE html>", "<!doctype HTML>"),
        PAGE.replace("<!DOCTYPE html>\n", ""),
        '<?xml version="1.0" encoding="utf-8"?>\n' + PAGE.replace("<!DOCTYPE html>\n", ""),
    ],
)
def test_html_piped_in_is_read_as_a_page(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str
) -> None:
    file = tmp_path / "page.html"
    file.write_text(page, encoding="utf-8")
    text = _from_stdin(monkeypatch, page.encode("utf-8")).text  # type: ignore[attr-defined]
    assert text == read_article(file).text
    assert "<" not in text and "Berman RM" in text


@pytest.mark.parametrize(
    "text",
    [
        "Ketamine acted <b>within hours</b> in 40 patients.\n",
        "<!-- a note -->\n# Ketamine\n\nIt acted within hours.\n",
        "PK levels rose within hours.\n",
        "%PDF is a file format; ketamine acted within hours.\n",
    ],
)
def test_text_piped_in_stays_text(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert _from_stdin(monkeypatch, text.encode("utf-8")).text == text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "encrypted or old-format"),
        (b"{\\rtf1 Ketamine helped 40 patients.}", "save the article as"),
    ],
)
def test_what_cannot_be_read_from_a_pipe_is_refused_with_what_to_do(
    monkeypatch: pytest.MonkeyPatch, data: bytes, needle: str
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    with pytest.raises(ArticleError, match=needle) as info:
        read_article("-")
    assert "NUL bytes" not in str(info.value) and "\n" not in str(info.value)


def test_the_cli_reads_a_piped_page_without_markup_in_its_references(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(PAGE.encode("utf-8")))
    out = tmp_path / "f.json"
    with pytest.raises(SystemExit) as info:
        main(["refs", "-", "--json", str(out)])
    assert info.value.code == 0, capsys.readouterr().err
    article = json.loads(out.read_text(encoding="utf-8"))["articles"][0]
    references = article["references"]
    assert [ref["origin"] for ref in references] == ["reference_list"]
    assert references[0]["cited"]["authors"][:2] == ["Berman", "Cappiello"]
    assert "<" not in references[0]["raw"]
    assert all(cite["reference_id"] for cite in article["citations"])
