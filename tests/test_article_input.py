from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from citecheck.errors import ArticleError
from citecheck.inputs import article as article_module
from citecheck.inputs.article import read_article
from citecheck.inputs.webpage import html_to_text


def test_reads_utf8_text_and_hashes_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Ketamine’s onset is within hours.\r\n".encode())
    article = read_article(path)
    # line ends as the file has them: offsets index what the file decodes to
    assert article.text == "Ketamine’s onset is within hours.\r\n"
    assert article.chars == len(article.text)
    assert len(article.sha256) == 64


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"caf\xe9 latte", "not valid UTF-8"),
        (b"PK\x03\x04\x00\x00", "binary"),
    ],
)
def test_bad_articles_raise_one_line(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_directory_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a directory"):
        read_article(tmp_path)


def test_html_keeps_visible_text_in_blocks() -> None:
    markup = (
        "<html><head><style>p{}</style><script>var x=1;</script></head><body>"
        "<h1>Ketamine &amp; anxiety</h1><p>Relief came <b>within hours</b>.</p>"
        "<ul><li>Intravenous</li><li>Intranasal</li></ul></body></html>"
    )
    assert html_to_text(markup) == (
        "Ketamine & anxiety\nRelief came within hours.\n- Intravenous\n- Intranasal\n"
    )


def test_rich_text_and_old_office_files_are_refused_with_one_line(tmp_path: Path) -> None:
    for name in ("article.rtf", "draft.DOC"):
        path = tmp_path / name
        path.write_text("{\\rtf1 Ketamine helped 40 patients.}", encoding="utf-8")
        with pytest.raises(ArticleError, match="not supported; save the article as"):
            read_article(path)


@pytest.mark.parametrize(("name", "message"), [("paper.PDF", "not a PDF"), ("d.docx", "zip")])
def test_pdf_and_docx_that_are_not_are_refused_with_one_line(
    tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text("{\\rtf1 Ketamine helped 40 patients.}", encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        read_article(path)


class _Stdin:
    """Standard input holding `size` bytes of text, counting what is read from it."""

    def __init__(self, size: int) -> None:
        self.buffer = io.BytesIO(b"a" * size)


def test_standard_input_is_capped_like_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "MAX_FILE_BYTES", 1000)
    stdin = _Stdin(5000)
    monkeypatch.setattr(sys, "stdin", stdin)
    with pytest.raises(ArticleError, match="larger than"):
        read_article("-")
    assert stdin.buffer.tell() <= 1001  # read no further than the cap shows


def test_standard_input_within_the_cap_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_module, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", _Stdin(1000))
    assert read_article("-").chars == 1000


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_bad_bytes_offset_counts_in_the_file(tmp_path: Path, bom: bytes) -> None:
    # newuser8 N1: after a byte-order mark the offset was the decoder's, the byte the file's
    body = b"# Title\n\nCaf\xe9 latte 50 mg daily [1].\n"
    path = tmp_path / "latin1.md"
    path.write_bytes(bom + body)
    at = len(bom) + body.index(b"\xe9")
    with pytest.raises(ArticleError, match=rf"byte {at}: b'\\xe9'"):
        read_article(path)
