"""Read an article into decoded text: `.txt`/`.md` as they are (standard input, `-`, by its bytes),
`.html` files and `http(s)://` URLs through the web-page reader (the main text as a reader sees
it), `.docx` and `.pdf` through their readers.

Offsets everywhere in citecheck are character offsets into `Article.text`; `--dump-text` writes
that text out so any span can be checked.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import unquote

from citecheck.errors import ArticleError
from citecheck.inputs.encoding import conversion_hint, utf16_or_32
from citecheck.inputs.textview import without_invisible
from citecheck.inputs.web import is_url

if TYPE_CHECKING:
    from citecheck.models import ArticleMeta

# Start-up: the page, PDF and Word readers (lxml, pdfminer, httpx) are imported by the branch of
# `read_article` that uses them, so a text file, or a path that is not there, loads none of them.

# What decides which reader an article goes to (`document_kind`): a named file's suffix, standard
# input's first bytes. Formats whose bytes are markup or containers, not the article's words, are
# refused: read as text they would yield claims and references at nonsense offsets. (Other names
# are read as plain text.)
_SUFFIX_KINDS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    **{suffix: "unsupported" for suffix in (".rtf", ".doc", ".odt", ".epub", ".pages", ".xlsx")},
}
# Standard input has no name: its bytes say what it is, as each format's own header does. A zip
# is read as a .docx (the reader says when it holds no Word document), and so is an OLE file (an
# old .doc or an encrypted .docx: the reader names both and what to do).
_SIGNATURES = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "docx"),
    (b"{\\rtf", "unsupported"),
)
# an HTML page's start: an XML declaration and comments may come before its doctype or <html>
_HTML_START = re.compile(
    rb"(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL
)


def document_kind(name: str, data: bytes = b"") -> str:
    """ "pdf", "docx", "html", "text" or "unsupported": by a named file's suffix, by the first
    bytes of standard input (`-`), so a page, PDF or Word file piped in is read as its file is."""
    if name != "-":
        return _SUFFIX_KINDS.get(Path(name).suffix.lower(), "text")
    head = data[:4096].removeprefix(codecs.BOM_UTF8)
    for signature, kind in _SIGNATURES:
        if head.lstrip().startswith(signature):
            return kind
    return "html" if _HTML_START.match(head) else "text"


MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    path: str
    text: str
    sha256: str
    meta: ArticleMeta | None = None

    @property
    def chars(self) -> int:
        return len(self.text)


def _too_large(path: str) -> ArticleError:
    return ArticleError(f"{path}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")


# Devices, pipes and standard input have no size to check first: they are read a chunk at a
# time, so an endless one (`/dev/zero`, `yes |`) is refused at the cap, and one whose first chunk
# is binary (`/dev/urandom`) at once, never slurped whole.
CHUNK_BYTES = 1024 * 1024


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return _read_stream(sys.stdin.buffer, "-", "standard input")
    file = Path(path)
    if not file.exists():
        raise ArticleError(f"{path}: no such file")
    if file.is_dir():
        raise ArticleError(f"{path}: is a directory, not an article file")
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            with file.open("rb") as stream:
                return _read_stream(stream, path, path)
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path)
        return file.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _read_stream(stream: BinaryIO, name: str, shown: str) -> bytes:
    """At most `MAX_FILE_BYTES` of `stream`, in chunks; `ArticleError` once over the cap, or
    when the first chunk of what would be read as text is binary."""
    data = bytearray()
    while chunk := stream.read(min(CHUNK_BYTES, MAX_FILE_BYTES + 1 - len(data))):
        if not data:
            _refuse_binary_start(chunk, name)
        data += chunk
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(shown)
    return bytes(data)


def _refuse_binary_start(chunk: bytes, name: str) -> None:
    """The refusal the whole input would get, given on its first chunk: NUL bytes, or bytes
    that are not UTF-8, in what is read as text or HTML (UTF-16 and UTF-32 text is left to
    `decode_text`, which names it)."""
    kind = document_kind(name, chunk)
    if kind == "html":
        _refuse_binary_html(chunk, name)
        return
    if kind != "text" or chunk.startswith(_WIDE_MARKS) or utf16_or_32(chunk) is not None:
        return
    if b"\x00" in chunk:
        decode_text(chunk, name)  # raises: binary
    # an incomplete character at the chunk's end is the next chunk's start, not an error
    try:
        codecs.getincrementaldecoder("utf-8-sig")().decode(chunk, final=False)
    except UnicodeDecodeError:
        decode_text(chunk, name)  # raises: its message names the first bad byte


def _refuse_binary_html(data: bytes, name: str) -> None:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(f"{name}: looks like a binary file (NUL bytes), not HTML")


_WIDE_MARKS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) only: guessing an encoding would shift offsets silently.
    Line ends stay as the file has them (CRLF, CR): offsets index what the file decodes to, and
    extraction reads CR as white space (`inputs.textview`)."""
    if (encoding := utf16_or_32(data)) is not None:
        raise ArticleError(conversion_hint(path, encoding))
    if b"\x00" in data:
        raise ArticleError(f"{path}: looks like a binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # the decoder counts from after a byte-order mark; the message counts in the file
        at = exc.start + (len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0)
        raise ArticleError(
            f"{path}: not valid UTF-8 text (byte {at}: {data[at : at + 1]!r})"
        ) from exc
    return text


# an address of a scheme other than http(s) ("file:///home/me/a.md", "ftp://host/a.txt")
_OTHER_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


def _scheme_hint(name: str, scheme: str) -> str:
    if scheme == "file":
        local = unquote(name[len("file://") :].removeprefix("localhost"))
        return (
            f"{name}: file:// addresses are not supported; give the file's path instead "
            f"({local or '/'})"
        )
    return f"{name}: {scheme}:// addresses are not supported; give a file's path or an http(s) URL"


def refuse_urls_offline(paths: Sequence[str | Path]) -> None:
    """`--offline` promises no network at all, and an article given as a web address could only
    be fetched: refuse it before anything else is read or looked up."""
    for path in paths:
        if is_url(str(path)):
            raise ArticleError(
                f"{path}: --offline reads nothing from the network and this article is a web "
                "address; save the page as .html and give its path, or run without --offline"
            )


def read_article(path: str | Path) -> Article:
    """Read and decode one article; raise `ArticleError` with one line on any problem."""
    name = str(path)
    if is_url(name):
        from citecheck.inputs.web import fetch_page
        from citecheck.inputs.webpage import decode_html, extract_webpage

        page = fetch_page(name)
        found = extract_webpage(decode_html(page.body, page.charset), name, url=page.url)
        meta = found.meta.model_copy(update={"url": page.url})
        return _article(name, without_invisible(found.text), page.body, meta)
    if (scheme := _OTHER_SCHEME.match(name)) is not None and not Path(name).exists():
        raise ArticleError(_scheme_hint(name, scheme.group(1).lower()))
    kind = document_kind(name)
    if kind != "unsupported":
        data = _read_bytes(name)
        kind = document_kind(name, data)
    if kind == "unsupported":
        what = f"{Path(name).suffix.lower()} files are" if name != "-" else "this format is"
        raise ArticleError(
            f"{name}: {what} not supported; save the article as .txt, .md, .html, .docx or .pdf"
        )
    if kind == "pdf":
        from citecheck.inputs.pdf import read_pdf

        pdf = read_pdf(data, name)
        return _article(name, without_invisible(pdf.text), data, pdf.meta)
    if kind == "docx":
        from citecheck.inputs.docx import read_docx

        docx = read_docx(data, name)
        return _article(name, without_invisible(docx.text), data, docx.meta)
    if kind == "html":
        from citecheck.inputs.webpage import decode_html, extract_webpage

        _refuse_binary_html(data, name)
        found = extract_webpage(decode_html(data), name)
        return _article(name, without_invisible(found.text), data, found.meta)
    return _article(name, decode_text(data, name), data, None)


def _article(name: str, text: str, data: bytes, meta: ArticleMeta | None) -> Article:
    if not text.strip():
        raise ArticleError(f"{name}: the article is empty")
    return Article(path=name, text=text, sha256=hashlib.sha256(data).hexdigest(), meta=meta)
