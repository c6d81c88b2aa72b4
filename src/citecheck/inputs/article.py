"""Read an article (`.txt`, `.md`, `.html`, or `-` for standard input) into decoded text.

Offsets everywhere in citecheck are character offsets into `Article.text`. For HTML that is the
text the page shows (tags removed, block elements on their own lines), because that is what a
reader quotes and what the claims are made of.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from citecheck.errors import ArticleError
from citecheck.inputs.encoding import conversion_hint, utf16_or_32

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Formats whose bytes are markup or containers, not the article's words: read as text they would
# yield claims and references at nonsense offsets. (Other names are read as plain text.)
_NOT_TEXT_SUFFIXES = {".rtf", ".pdf", ".doc", ".docx", ".odt", ".epub", ".pages", ".xlsx"}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "figcaption",
    "dt",
    "dd",
}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg"}


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    sha256: str

    @property
    def chars(self) -> int:
        return len(self.text)


class _HtmlText(HTMLParser):
    """Collects the visible text of an HTML page, one line per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and self._skip_depth:
            self._skip_depth -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(" ".join(data.split("\n")))

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).splitlines())
        return "\n".join(line for line in lines if line) + "\n"


def html_to_text(markup: str) -> str:
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return parser.text()


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if not file.exists():
        raise ArticleError(f"{path}: no such file")
    if file.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article file")
    try:
        return file.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) only: guessing an encoding would shift offsets silently."""
    if (encoding := utf16_or_32(data)) is not None:
        raise ArticleError(conversion_hint(path, encoding))
    if b"\x00" in data:
        raise ArticleError(f"{path}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: not valid UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: str | Path) -> Article:
    """Read and decode one article; raise `ArticleError` with one line on any problem."""
    name = str(path)
    suffix = Path(name).suffix.lower() if name != "-" else ""
    if suffix in _NOT_TEXT_SUFFIXES:
        raise ArticleError(
            f"{name}: {suffix} files are not supported; save the article as .txt, .md or .html"
        )
    data = _read_bytes(name)
    text = decode_text(data, name)
    if name != "-" and Path(name).suffix.lower() in _HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    return Article(path=name, text=text, sha256=hashlib.sha256(data).hexdigest())
