"""A PDF's text in reading order, with pdfminer.six (MIT; chosen over pypdf by measurement, see
bench/bench_inputs.py: pypdf gives the content-stream order, which interleaves columns in many
layouts, and no line positions to repair it with).

pdfminer gives text lines with their boxes; the layout is rebuilt here:
- columns: lines that fit in the left or right half of a page are two columns when both halves
  hold several; full-width lines (title, abstract, wide captions) cut the page into bands, and
  each band is read left column then right column;
- running headers and footers: a line near the top or bottom edge whose text (digits aside)
  comes back on a third of the pages or more, and bare page numbers there, are dropped;
- paragraphs: lines are joined with a space, a hyphen at a line end between two lower-case
  letters is undone ("treat-/ment" -> "treatment"); a paragraph ends at a wider gap, an indented
  first line or a short line that ends a sentence;
- the reference section (after a "References" heading) is written one entry per line: an entry
  starts at a list number or at a line that hangs left of its neighbours.

Bounded: pdfminer inflates every compressed stream whole, so a small hostile file can ask for
gigabytes and minutes. The reading runs in a child process whose address space may grow by at
most `MAX_MEMORY` (RLIMIT_AS, where the platform has it) and which is killed after
`MAX_SECONDS`; either ends as one line, "too large or too complex".

What it cannot do: scanned pages (no text layer: refused with one line; run OCR first),
three or more columns, tables as tables (their cells come out as lines), text in figures.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass
from multiprocessing.connection import Connection

from citecheck.errors import ArticleError
from citecheck.inputs.headings import HEADING_LINE
from citecheck.models import ArticleMeta

MAX_PAGES = 400
MAX_MEMORY = 1024 * 1024 * 1024  # address space the reading may add; a real paper needs < 200 MB
MAX_SECONDS = 120.0  # a real 400-page book reads in well under a minute
_EDGE = 0.08  # share of the page height where running headers and footers live
_ENTRY_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])(?:\s|$)")
_BARE_NUMBER = re.compile(r"^\d{1,5}$")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:)\]\"”’]\s*$")
_HYPHEN_END = re.compile(r"(?<=[a-z])[-\u00ad]$")
# typeset ligatures come out as one character ("signiﬁcant"): spelled out, so words match
_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
_UNNAMED_GLYPH = re.compile(r"\(cid:\d+\)\s*")
# a line that ends inside a web address or DOI: the next line continues it without a space
_OPEN_ADDRESS = re.compile(r"(?:https?://|doi:\s*|\b10\.\d{4,9}/)\S*[/.\-_=?&]$", re.IGNORECASE)
_BROKEN_WORD = "\ue000"  # marks "treat-|ment" until the whole text shows which it was
_BROKEN = re.compile(r"(\w+)\ue000(\w+)")


@dataclass
class _Line:
    text: str
    x0: float
    y0: float  # bottom, PDF units (origin at the page's bottom left)
    x1: float
    y1: float
    size: float = 0.0  # the usual character size of the line
    bold: bool = False

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class PdfText:
    text: str
    meta: ArticleMeta


def read_pdf(
    data: bytes, source: str, *, max_memory: int = MAX_MEMORY, max_seconds: float = MAX_SECONDS
) -> PdfText:
    """The text of a PDF, in reading order; `ArticleError` for encrypted, corrupt or scanned
    files, and for one that needs more than `max_memory` bytes or `max_seconds` to read."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise ArticleError(f"{source}: not a PDF file (no %PDF header)")
    too_much = f"{source}: the PDF is too large or too complex to read"
    # a fork server (where there is one) starts each child from a small clean process, cheaply
    # and without copying this one's threads
    context = (
        multiprocessing.get_context("spawn")
        if sys.platform == "win32"
        else multiprocessing.get_context("forkserver")
    )
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_read_in_child, args=(sender, data, source, max_memory), daemon=True
    )
    child.start()
    sender.close()
    try:
        if not receiver.poll(max_seconds):
            raise ArticleError(f"{too_much} (it took longer than {max_seconds:g} s)")
        outcome, value = receiver.recv()
    except EOFError:  # the child died without a word: killed for memory or CPU
        raise ArticleError(too_much) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome == "text" and isinstance(value, PdfText):
        return value
    if outcome == "memory":
        raise ArticleError(too_much)
    if outcome == "refused":
        raise ArticleError(str(value))
    raise RuntimeError(f"the PDF reader failed: {value}")


def _read_in_child(sender: Connection, data: bytes, source: str, max_memory: int) -> None:
    """Runs in the child process: read under the memory limit, send (outcome, value) back."""
    import pdfminer.high_level  # noqa: F401 (loaded before the limit: it counts the reading only)

    _limit_memory(max_memory)
    outcome: tuple[str, object]
    try:
        outcome = ("text", _read_pdf(data, source))
    except MemoryError:
        outcome = ("memory", None)
    except ArticleError as exc:
        outcome = ("refused", str(exc))
    except Exception as exc:  # a bug, reported by the parent
        outcome = ("failed", f"{type(exc).__name__}: {exc}")
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send(("memory", None))
    sender.close()


def _limit_memory(extra: int) -> None:
    """Cap the address space at what the process holds now plus `extra` bytes."""
    try:
        import resource
    except ImportError:  # no RLIMIT on this platform: the deadline still bounds the reading
        return
    current = 0
    if sys.platform.startswith("linux"):
        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * resource.getpagesize()
    limit = current + extra
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _read_pdf(data: bytes, source: str) -> PdfText:
    # pdfminer logs every oddity of a PDF ("Cannot set non-stroke color") as a warning
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages, meta = _layout(data, source)
    if _too_little_text(pages):
        # text drawn inside form objects is "figure" text to pdfminer: read it too before
        # calling the file a scan
        pages, meta = _layout(data, source, all_texts=True)
    if _too_little_text(pages):
        raise ArticleError(
            f"{source}: the PDF has no text layer (a scanned document?); run OCR on it first"
        )
    repeated = _running_lines(pages)
    paragraphs: list[str] = []
    in_references = False
    numbered = False  # a numbered reference list: only a number starts an entry
    for lines, width, height in pages:
        kept = _without_line_numbers(
            [ln for ln in lines if not _is_furniture(ln, height, repeated)]
        )
        for block in _reading_order(kept, width):
            numbered = numbered or (
                in_references and sum(bool(_ENTRY_NUMBER.match(ln.text)) for ln in block) >= 2
            )
            # a hanging-indent list that goes on from the column before starts indented
            hangs_over = (
                in_references and not numbered and block[0].x0 > min(ln.x0 for ln in block) + 4
            )
            for index, paragraph in enumerate(_paragraphs(block, in_references, numbered)):
                if (
                    index == 0
                    and paragraphs
                    and (hangs_over or _continues(paragraphs[-1], paragraph, numbered))
                ):
                    paragraphs[-1] = _join_lines(paragraphs[-1], paragraph)
                else:
                    paragraphs.append(paragraph)
                if HEADING_LINE.match(paragraph):
                    in_references = True
                    numbered = sum(bool(_ENTRY_NUMBER.match(ln.text)) for ln in block) >= 2
    text = _rejoin_broken_words("\n".join(paragraphs).strip())
    if not text:
        raise ArticleError(f"{source}: no text found in the PDF")
    return PdfText(text=text + "\n", meta=meta)


def _too_little_text(pages: list[tuple[list[_Line], float, float]]) -> bool:
    return sum(len(line.text) for lines, _, _ in pages for line in lines) < 20 * max(len(pages), 1)


def _layout(
    data: bytes, source: str, all_texts: bool = False
) -> tuple[list[tuple[list[_Line], float, float]], ArticleMeta]:
    # pdfminer raises many kinds of exceptions on damaged files (its own, struct, zlib, key
    # and value errors): every one of them means "cannot read this PDF"
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer, LTTextLineHorizontal
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        meta = _metadata(document)
        pages: list[tuple[list[_Line], float, float]] = []
        for number, page in enumerate(
            extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.3, all_texts=all_texts))
        ):
            if number >= MAX_PAGES:
                raise ArticleError(f"{source}: more than {MAX_PAGES} pages")
            lines: list[_Line] = []
            for element in page:
                if not isinstance(element, LTTextContainer):
                    continue
                for line in element:
                    if isinstance(line, LTTextLineHorizontal):
                        text = _clean(line.get_text())
                        if text:
                            size, bold = _font(line)
                            lines.append(
                                _Line(text, line.x0, line.y0, line.x1, line.y1, size, bold)
                            )
            pages.append((lines, page.width, page.height))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ArticleError(f"{source}: the PDF is encrypted; save an unprotected copy") from exc
    except (ArticleError, MemoryError):
        raise
    except Exception as exc:
        name = type(exc).__name__
        if "Encrypt" in name or "Password" in name:
            raise ArticleError(f"{source}: the PDF is encrypted; save an unprotected copy") from exc
        raise ArticleError(f"{source}: a damaged or unreadable PDF ({name})") from exc
    return pages, meta


def _clean(text: str) -> str:
    """One line of text: glyphs pdfminer cannot name ("(cid:127)", a bullet) become "-" at the
    start of a line and disappear elsewhere."""
    text = " ".join(text.translate(_LIGATURES).split())
    text = _UNNAMED_GLYPH.sub("- ", text, count=1) if _UNNAMED_GLYPH.match(text) else text
    return " ".join(_UNNAMED_GLYPH.sub(" ", text).split())


def _font(line: object) -> tuple[float, bool]:
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]  # type: ignore[attr-defined]
    if not chars:
        return 0.0, False
    size = statistics.median(round(c.size, 1) for c in chars)
    bold = sum("bold" in c.fontname.lower() for c in chars) * 2 > len(chars)
    return size, bold


def _metadata(document: object) -> ArticleMeta:
    info_list = getattr(document, "info", None) or []
    info = info_list[0] if info_list else {}

    def field(name: str) -> str | None:
        value = info.get(name) if isinstance(info, dict) else None
        if isinstance(value, bytes):
            text = (
                value[2:].decode("utf-16-be", "replace")
                if value.startswith(b"\xfe\xff")
                else value.decode("latin-1")
            )
        elif isinstance(value, str):
            text = value
        else:
            return None
        text = " ".join(text.split())
        return text or None

    created = field("CreationDate")
    published = None
    if created:
        match = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", created)
        if match and match.group(2) and match.group(3):
            published = f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    author = field("Author")
    authors = [a.strip() for a in re.split(r";|\band\b|,(?=\s*[A-Z][a-z])", author or "") if a]
    return ArticleMeta(title=field("Title"), authors=[a for a in authors if a], published=published)


def _rejoin_broken_words(text: str) -> str:
    """A word hyphenated at a line end: the hyphen stays when the document writes the word with
    a hyphen elsewhere ("talked-about"), and goes otherwise ("treat-ment")."""
    plain = text.replace(_BROKEN_WORD, "-")

    def join(match: re.Match[str]) -> str:
        first, second = match.group(1), match.group(2)
        hyphenated = f"{first}-{second}"
        if plain.count(hyphenated) > 1 and f"{first}{second}" not in plain:
            return hyphenated
        return first + second

    return _BROKEN.sub(join, text)


def _without_line_numbers(lines: list[_Line]) -> list[_Line]:
    """A manuscript's line numbers (preprints, submissions): bare numbers outside the text block,
    ten or more on a page, would otherwise be read into the sentences beside them."""
    text = [ln for ln in lines if not _BARE_NUMBER.match(ln.text)]
    if not text:
        return lines
    left = min(ln.x0 for ln in text)
    right = max(ln.x1 for ln in text)
    margin = [
        ln
        for ln in lines
        if _BARE_NUMBER.match(ln.text) and (ln.x1 <= left + 1 or ln.x0 >= right - 1)
    ]
    if len(margin) < 10:
        return lines
    return [ln for ln in lines if not any(ln is m for m in margin)]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _running_lines(pages: list[tuple[list[_Line], float, float]]) -> tuple[set[str], set[str]]:
    """Texts (digits as '#') seen near the top or bottom edge on a third of the pages or more,
    and texts seen anywhere on most pages of a longer document (a "Downloaded from ..." line
    in the margin, a journal's name down the side)."""
    if len(pages) < 2:
        return set(), set()
    at_edges: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    for lines, _, height in pages:
        at_edges.update({_key(ln.text) for ln in lines if _near_edge(ln, height)})
        anywhere.update({_key(ln.text) for ln in lines})
    # a third of the pages: journals alternate two running heads between odd and even pages
    edge = {key for key, count in at_edges.items() if count >= 2 and count * 3 >= len(pages)}
    everywhere = {
        key
        for key, count in anywhere.items()
        if len(pages) >= 4 and count * 10 >= len(pages) * 7 and len(key) >= 8
    }
    return edge, everywhere


def _near_edge(line: _Line, height: float) -> bool:
    return line.y0 > height * (1 - _EDGE) or line.y1 < height * _EDGE


def _is_furniture(line: _Line, height: float, repeated: tuple[set[str], set[str]]) -> bool:
    at_edges, everywhere = repeated
    key = _key(line.text)
    if key in everywhere:
        return True
    if not _near_edge(line, height):
        return False
    return key in at_edges or bool(_PAGE_NUMBER.match(line.text))


def _reading_order(lines: list[_Line], width: float) -> list[list[_Line]]:
    """Blocks of lines in reading order: bands between full-width lines, each band's left
    column before its right column."""
    middle = width / 2
    slack = width * 0.02
    # a narrow line near the gutter (an entry number "1." of the right column) goes by its centre
    left = [ln for ln in lines if ln.x1 <= middle + slack and ln.x0 + ln.x1 < 2 * middle]
    right = [ln for ln in lines if ln.x0 >= middle - slack and ln.x0 + ln.x1 >= 2 * middle]
    two_columns = len(left) >= 5 and len(right) >= 5
    ordered = sorted(lines, key=lambda ln: (-round(ln.y0 / 2), ln.x0))
    if not two_columns:
        return [ordered]
    blocks: list[list[_Line]] = []
    band_left: list[_Line] = []
    band_right: list[_Line] = []
    full: list[_Line] = []  # consecutive lines across the gutter: one block (an abstract)
    for line in ordered:
        if line in left or line in right:
            if full:
                blocks.append(full)
                full = []
            (band_left if line in left else band_right).append(line)
        else:  # spans the gutter: ends the band above it
            blocks.extend(b for b in (band_left, band_right) if b)
            band_left, band_right = [], []
            full.append(line)
    blocks.extend(b for b in (full, band_left, band_right) if b)
    return blocks


def _continues(previous: str, first: str, numbered: bool) -> bool:
    """Whether a column's first paragraph goes on with the last one of the column before (a
    sentence or a reference entry cut by the column or page end)."""
    if HEADING_LINE.match(previous) or HEADING_LINE.match(first):
        return False
    if numbered and _ENTRY_NUMBER.match(previous):
        return not _ENTRY_NUMBER.match(first)
    if _SENTENCE_END.search(previous):
        return False
    return first[:1].islower() or (previous.endswith((",", "-", "/")) and first[:1].isalnum())


def _join_lines(current: str, text: str, justified: bool = True) -> str:
    """`current` and the next line as one: a line-end hyphen between lower-case letters is
    marked for `_rejoin_broken_words` in justified text (ragged text has no reason to break
    words, so its hyphens are real: "dose-|related"); an address or a name broken at "-" or "/"
    closes up."""
    if _HYPHEN_END.search(current) and text[:1].islower():
        if not justified and current.endswith("-"):
            return current + text
        return current[:-1] + _BROKEN_WORD + text
    if current.endswith("-") and current[-2:-1].isalpha() and text[:1].isupper():
        return current + text  # "Anderson-|Fahey"
    if _OPEN_ADDRESS.search(current):
        return current + text
    return f"{current} {text}"


def _paragraphs(block: list[_Line], in_references: bool, numbered: bool = False) -> list[str]:
    """Lines of one column band joined into paragraphs (reference entries when in_references)."""
    if not block:
        return []
    gaps = [a.y0 - b.y1 for a, b in zip(block, block[1:], strict=False) if a.y0 - b.y1 > -1]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    left_edge = min(ln.x0 for ln in block)
    right_edge = max(ln.x1 for ln in block)
    full = [ln.x1 >= right_edge - (right_edge - left_edge) * 0.03 for ln in block[:-1]]
    justified = not full or sum(full) >= 0.6 * len(full)
    out: list[str] = []
    current = ""
    previous: _Line | None = None
    for line in block:
        starts_new = previous is None or _breaks(
            previous, line, usual_gap, left_edge, right_edge, in_references, numbered
        )
        if HEADING_LINE.match(line.text):
            in_references = True
            starts_new = True
            if current:
                out.append(current)
            out.append(line.text)
            current = ""
            previous = None
            continue
        if starts_new:
            if current:
                out.append(current)
            current = line.text
        else:
            current = _join_lines(current, line.text, justified)
        previous = line
    if current:
        out.append(current)
    return out


def _breaks(
    previous: _Line,
    line: _Line,
    usual_gap: float,
    left_edge: float,
    right_edge: float,
    in_references: bool,
    numbered: bool = False,
) -> bool:
    gap = previous.y0 - line.y1
    size = max(min(previous.height, line.height), 1.0)
    if abs(previous.y0 - line.y0) < size * 0.5:
        return False  # the same printed line, cut in two by a wide space
    if gap > max(usual_gap * 1.6, size * 0.6) or gap < -size:
        return True
    if in_references:
        if _ENTRY_NUMBER.match(line.text):
            return True
        if numbered:
            return False
        # hanging indent: an entry's first line sits left of its continuation lines
        return line.x0 < previous.x0 - size * 0.8 or (
            previous.x0 <= left_edge + 1 and line.x0 <= left_edge + 1 and _ends_entry(previous)
        )
    if abs(previous.size - line.size) > 0.4 or previous.bold != line.bold:
        return True  # a heading and its text (reference lists set authors in bold: not there)
    if line.x0 > left_edge + size * 1.2 and previous.x0 <= left_edge + size * 0.5:
        return True  # an indented first line
    short = previous.x1 < right_edge - (right_edge - left_edge) * 0.15
    return short and bool(_SENTENCE_END.search(previous.text))


def _ends_entry(line: _Line) -> bool:
    return bool(re.search(r"(?:\.|\d|\))\s*$", line.text))
