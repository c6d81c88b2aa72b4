"""Extraction quality of the article readers (web page, .docx, .pdf), each beside alternatives.

    PYTHONPATH=src python bench/bench_inputs.py [--pages-only]

For every document and reader:
- kept: the share of the article's sentences (6+ words) found in the extracted text
  (compared as lower-case words, web addresses left out, so layout and link text do not count);
- dropped: the share of page furniture (menus, banners, related links, comments, footers,
  running headers) absent from the text;
- refs: reference entries found by the audit's reference-list parser in the text, against the
  truth (the document's own list).

Documents: the generated fixtures of tests/fixtures/inputs (truth.json) and the real CC BY
article pages in tests/fixtures/inputs/pages (truth from the XPaths in pages.json: the article's
paragraphs, the region outside which everything is furniture, the reference entries).
Alternatives run when installed: trafilatura alone, readability-lxml, jusText and tag stripping
for HTML; pdfminer.six's plain extract_text and pypdf for PDF; python-docx for Word.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

import lxml.html

from citecheck.extraction.references import extract_references
from citecheck.inputs.article import read_article
from citecheck.inputs.webpage import decode_html, extract_webpage, html_to_text

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "inputs"
_URL = re.compile(r"(?:https?://|doi:)\S+", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“])")


def list_entries(text: str) -> list[str]:
    """The raw entries of the article's own reference list, as the audit finds them."""
    references, _ = extract_references(text)
    return [ref.raw for ref in references if ref.origin == "reference_list"]


def norm(text: str) -> str:
    return " ".join(_WORD.findall(_URL.sub(" ", text.lower().replace("\u00ad", ""))))


def sentences(paragraphs: list[str]) -> list[str]:
    out = []
    for paragraph in paragraphs:
        for sentence in _SENTENCE_END.split(" ".join(paragraph.split())):
            if len(sentence.split()) >= 6:
                out.append(sentence)
    return out


# --- readers ------------------------------------------------------------------------------------

Reader = Callable[[bytes], str]


def ours_html(data: bytes) -> str:
    return extract_webpage(decode_html(data), "page").text


def strip_tags(data: bytes) -> str:
    return html_to_text(decode_html(data))


def html_alternatives() -> dict[str, Reader]:
    readers: dict[str, Reader] = {"citecheck": ours_html, "strip-tags": strip_tags}
    try:
        import trafilatura

        def plain(data: bytes) -> str:
            return trafilatura.extract(decode_html(data), include_tables=True) or ""

        readers["trafilatura"] = plain
    except ImportError:
        pass
    try:
        from readability import Document  # type: ignore[import-untyped]

        def readable(data: bytes) -> str:
            summary = Document(decode_html(data)).summary(html_partial=True)
            if not summary.strip():
                return ""
            root = lxml.html.document_fromstring(str(summary))
            return str(root.text_content()) if isinstance(root, lxml.html.HtmlElement) else ""

        readers["readability"] = readable
    except ImportError:
        pass
    try:
        import justext  # type: ignore[import-untyped]

        stop = frozenset().union(*(justext.get_stoplist(s) for s in justext.get_stoplists()))

        def just(data: bytes) -> str:
            return "\n".join(p.text for p in justext.justext(data, stop) if not p.is_boilerplate)

        readers["justext"] = just
    except ImportError:
        pass
    return readers


def _through_file(suffix: str) -> Reader:
    def read(data: bytes) -> str:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"doc{suffix}"
            path.write_bytes(data)
            return read_article(path).text

    return read


def pdf_alternatives() -> dict[str, Reader]:
    readers: dict[str, Reader] = {"citecheck": _through_file(".pdf")}
    from pdfminer.high_level import extract_text

    readers["pdfminer-plain"] = lambda data: str(extract_text(io.BytesIO(data)))
    try:
        import pypdf

        logging.getLogger("pypdf").setLevel(logging.ERROR)  # font warnings, not results

        def pypdf_text(data: bytes) -> str:
            reader = pypdf.PdfReader(io.BytesIO(data))
            return "\n".join(page.extract_text() or "" for page in reader.pages)

        readers["pypdf"] = pypdf_text
    except ImportError:
        pass
    return readers


def docx_alternatives() -> dict[str, Reader]:
    readers: dict[str, Reader] = {"citecheck": _through_file(".docx")}
    try:
        import docx

        def python_docx(data: bytes) -> str:
            document = docx.Document(io.BytesIO(data))
            lines = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    lines.append(" | ".join(cell.text for cell in row.cells))
            return "\n".join(lines)

        readers["python-docx"] = python_docx
    except ImportError:
        pass
    return readers


# --- truth --------------------------------------------------------------------------------------


def xpath_elements(root: lxml.html.HtmlElement, path: str) -> list[lxml.html.HtmlElement]:
    """The elements an XPath selects (typed: `xpath` may also answer strings or numbers)."""
    found = root.xpath(path)
    if not isinstance(found, list):
        return []
    return [e for e in found if isinstance(e, lxml.html.HtmlElement)]


def page_truth(data: bytes, spec: dict[str, str]) -> tuple[list[str], list[str], int]:
    root = lxml.html.document_fromstring(decode_html(data))
    article = [str(p.text_content()) for p in xpath_elements(root, spec["article_xpath"])]
    regions = xpath_elements(root, spec["furniture_outside"])
    inside = norm(" ".join(r.text_content() for r in regions))
    furniture: list[str] = []
    for element in root.iter("p", "li", "a", "h1", "h2", "h3", "h4", "button", "label"):
        if any(r is element or r in element.iterancestors() for r in regions):
            continue
        if not isinstance(element, lxml.html.HtmlElement) or any(
            a.tag in ("script", "style", "noscript") for a in element.iterancestors()
        ):
            continue
        text = " ".join(element.text_content().split())
        key = norm(text)
        if len(key.split()) >= 3 and key not in inside and text not in furniture:
            furniture.append(text)
    return sentences(article), furniture, len(xpath_elements(root, spec["references_xpath"]))


def pdf_truth(data: bytes) -> list[str]:
    """Sentences of 8+ words inside one of pdfminer's own text boxes: the layout analysis of
    another reader, so a sentence is whole only if columns, pages and hyphens were undone."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextBox

    out: list[str] = []
    for page in extract_pages(io.BytesIO(data)):
        for box in page:
            if isinstance(box, LTTextBox):
                text = " ".join(box.get_text().split())
                for sentence in _SENTENCE_END.split(text):
                    if len(sentence.split()) >= 8 and sentence.endswith("."):
                        out.append(sentence)
    return out


def letters(text: str) -> str:
    """Only letters and digits: spacing, hyphens at line ends and punctuation do not count."""
    return "".join(_WORD.findall(_URL.sub(" ", text.lower())))


def score(text: str, truth_sentences: list[str], furniture: list[str]) -> tuple[float, float]:
    flat = norm(text)
    kept = sum(norm(s) in flat for s in truth_sentences) / max(len(truth_sentences), 1)
    dropped = sum(norm(f) not in flat for f in furniture) / max(len(furniture), 1)
    return kept, dropped


def main() -> int:
    rows: list[tuple[str, str, float, float | None, int, int]] = []
    truth = json.loads((FIXTURES / "truth.json").read_text(encoding="utf-8"))
    fixture_sentences = sentences(truth["paragraphs"])
    if "--pages-only" not in sys.argv:
        for name, readers in (
            ("ketamine-news.html", html_alternatives()),
            ("ketamine-2col.pdf", pdf_alternatives()),
            ("ketamine-apa.pdf", pdf_alternatives()),
            ("ketamine-preprint.pdf", pdf_alternatives()),
            ("ketamine.docx", docx_alternatives()),
        ):
            data = (FIXTURES / name).read_bytes()
            furniture = truth["boilerplate"].get(name, [])
            for reader, read in readers.items():
                text = read(data)
                kept, dropped = score(text, fixture_sentences, furniture)
                refs = len(list_entries(text))
                rows.append((name, reader, kept, dropped if furniture else None, refs, 13))
    papers = json.loads((FIXTURES / "papers" / "papers.json").read_text(encoding="utf-8"))
    for name, spec in papers.items():
        if name.startswith("_"):
            continue
        data = (FIXTURES / "papers" / name).read_bytes()
        truth_sentences = pdf_truth(data)
        for reader, read in pdf_alternatives().items():
            text = letters(read(data))
            kept = sum(letters(s) in text for s in truth_sentences) / max(len(truth_sentences), 1)
            refs = len(list_entries(read(data)))
            rows.append((name, reader, kept, None, refs, spec["references"]))
    pages = json.loads((FIXTURES / "pages" / "pages.json").read_text(encoding="utf-8"))
    for name, spec in pages.items():
        if name.startswith("_"):
            continue
        data = gzip.decompress((FIXTURES / "pages" / name).read_bytes())
        truth_sentences, furniture, ref_count = page_truth(data, spec)
        for reader, read in html_alternatives().items():
            text = read(data)
            kept, dropped = score(text, truth_sentences, furniture)
            refs = len(list_entries(text))
            shown = dropped if furniture else None
            rows.append((name.removesuffix(".html.gz"), reader, kept, shown, refs, ref_count))
    print(f"{'document':30} {'reader':15} {'kept':>6} {'dropped':>8} {'refs':>9}")
    for name, reader, kept, shown, refs, ref_truth in rows:
        dropped_text = f"{shown:8.1%}" if shown is not None else f"{'-':>8}"
        print(f"{name:30} {reader:15} {kept:6.1%} {dropped_text} {refs:4d}/{ref_truth:<4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
