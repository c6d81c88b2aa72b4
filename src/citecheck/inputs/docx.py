"""A Word (.docx) manuscript's text, read from its zip and XML parts directly.

Why not python-docx: it reads the body and tables but not footnotes, endnotes or the numbers
Word draws in front of a numbered reference list, and a manuscript's citations live there.

What is read: the body's paragraphs in order (a numbered list item gets its number, "1. ", or
"- " for bullets), tables one row a line with cells joined by " | ", inserted text of tracked
changes (deleted text is skipped), and the visible result of fields: a Zotero, Mendeley or
EndNote citation field shows its formatted citation ("(Zanos & Gould, 2018)"), never its code.
Footnotes and endnotes follow under a "Notes" heading, numbered, placed before the reference
list when there is one so the list stays last.

What it cannot do: text boxes and shapes, comments, headers and footers (skipped on purpose:
they are page furniture), equations, old binary .doc files. Hostile files: the zip's declared
sizes are checked before any part is inflated, reading stops at the cap whatever the header
says, and the XML parser resolves no entities and fetches nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

import lxml.etree

from citecheck.errors import ArticleError
from citecheck.inputs.headings import HEADING_LINE
from citecheck.models import ArticleMeta

MAX_PART_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5000
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W}


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


@dataclass(frozen=True)
class DocxText:
    text: str
    meta: ArticleMeta | None


def _parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )


def read_docx(data: bytes, source: str, *, max_part_bytes: int = MAX_PART_BYTES) -> DocxText:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ArticleError(
            f"{source}: an encrypted or old-format (.doc) Word file; save it as an "
            "unprotected .docx"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise ArticleError(f"{source}: not a .docx file (not a readable zip archive)") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ArticleError(f"{source}: a .docx with {len(infos)} parts is not a manuscript")
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise ArticleError(f"{source}: the .docx unpacks to more than 200 MB (a zip bomb?)")
        names = {info.filename for info in infos}
        if "word/document.xml" not in names:
            raise ArticleError(f"{source}: not a Word document (no word/document.xml)")

        def part(name: str) -> lxml.etree._Element | None:
            if name not in names:
                return None
            return _parse_part(archive, name, source, max_part_bytes)

        document = _parse_part(archive, "word/document.xml", source, max_part_bytes)
        numbering = _Numbering(part("word/numbering.xml"))
        notes = [
            text
            for name in ("word/footnotes.xml", "word/endnotes.xml")
            for text in _notes(part(name))
        ]
        meta = _metadata(part("docProps/core.xml"))
    body = document.find("w:body", _NS)
    lines = list(_body_lines(body, numbering)) if body is not None else []
    if notes:
        note_lines = ["Notes", *(f"{i}. {note}" for i, note in enumerate(notes, 1))]
        at = next(
            (i for i in range(len(lines) - 1, -1, -1) if HEADING_LINE.match(lines[i])),
            len(lines),
        )
        lines[at:at] = [*note_lines, ""]
    text = _join(lines)
    if not text.strip():
        raise ArticleError(f"{source}: the document has no text")
    return DocxText(text=text, meta=meta)


def _parse_part(
    archive: zipfile.ZipFile, name: str, source: str, max_bytes: int
) -> lxml.etree._Element:
    info = archive.getinfo(name)
    if info.file_size > max_bytes:
        raise ArticleError(
            f"{source}: {name} unpacks to {info.file_size // (1024 * 1024)} MB (a zip bomb?)"
        )
    try:
        with archive.open(info) as handle:
            data = handle.read(max_bytes + 1)  # the header's size may lie
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise ArticleError(f"{source}: {name} cannot be unpacked ({exc})") from exc
    if len(data) > max_bytes:
        raise ArticleError(f"{source}: {name} unpacks to more than it declares (a zip bomb?)")
    try:
        return lxml.etree.fromstring(data, parser=_parser())
    except lxml.etree.XMLSyntaxError as exc:
        raise ArticleError(f"{source}: {name} is not well-formed XML ({exc})") from exc


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n" if out else ""


class _Numbering:
    """numId -> level -> number format, from numbering.xml, and running counters."""

    def __init__(self, root: lxml.etree._Element | None) -> None:
        self.formats: dict[tuple[str, str], str] = {}
        self.starts: dict[tuple[str, str], int] = {}
        self.counters: dict[tuple[str, str], int] = {}
        if root is None:
            return
        abstract: dict[str, dict[str, tuple[str, int]]] = {}
        for node in root.findall("w:abstractNum", _NS):
            levels: dict[str, tuple[str, int]] = {}
            for level in node.findall("w:lvl", _NS):
                fmt = level.find("w:numFmt", _NS)
                start = level.find("w:start", _NS)
                start_value = start.get(_w("val"), "1") if start is not None else "1"
                levels[level.get(_w("ilvl"), "0")] = (
                    fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
                    int(start_value) if start_value.isdigit() else 1,
                )
            abstract[node.get(_w("abstractNumId"), "")] = levels
        for num in root.findall("w:num", _NS):
            ref = num.find("w:abstractNumId", _NS)
            levels = abstract.get(ref.get(_w("val"), "") if ref is not None else "", {})
            for ilvl, (number_format, first) in levels.items():
                key = (num.get(_w("numId"), ""), ilvl)
                self.formats[key] = number_format
                self.starts[key] = first

    def prefix(self, num_id: str, ilvl: str) -> str:
        key = (num_id, ilvl)
        fmt = self.formats.get(key)
        if fmt is None or num_id == "0":
            return ""
        if fmt == "bullet" or fmt == "none":
            return "- " if fmt == "bullet" else ""
        value = self.counters.get(key, self.starts.get(key, 1) - 1) + 1
        self.counters[key] = value
        # deeper levels restart when a shallower item comes
        for other in list(self.counters):
            if other[0] == num_id and other[1] > ilvl:
                del self.counters[other]
        return f"{value}. "


def _body_lines(body: lxml.etree._Element, numbering: _Numbering) -> list[str]:
    lines: list[str] = []
    for child in body:
        if child.tag == _w("p"):
            lines.append(_numbered(child, numbering) + paragraph_text(child))
        elif child.tag == _w("tbl"):
            lines.extend(_table_lines(child))
            lines.append("")
        elif child.tag == _w("sdt"):
            content = child.find("w:sdtContent", _NS)
            if content is not None:
                lines.extend(_body_lines(content, numbering))
    return lines


def _numbered(paragraph: lxml.etree._Element, numbering: _Numbering) -> str:
    num_pr = paragraph.find("w:pPr/w:numPr", _NS)
    if num_pr is None:
        return ""
    num_id = num_pr.find("w:numId", _NS)
    ilvl = num_pr.find("w:ilvl", _NS)
    return numbering.prefix(
        num_id.get(_w("val"), "") if num_id is not None else "",
        ilvl.get(_w("val"), "0") if ilvl is not None else "0",
    )


def _table_lines(table: lxml.etree._Element) -> list[str]:
    lines: list[str] = []
    for row in table.iter(_w("tr")):
        cells = []
        for cell in row.findall("w:tc", _NS):
            cells.append(" ".join(" ".join(paragraph_text(p).split()) for p in cell.iter(_w("p"))))
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# parts of a paragraph that are not its visible text: field codes, deleted text, and the older
# copy Word keeps of a text box beside the new one
_NOT_SHOWN = {_w("instrText"), _w("delText"), _w("delInstrText"), _MC_FALLBACK}


def paragraph_text(paragraph: lxml.etree._Element) -> str:
    """The visible text of a paragraph: runs, tabs and breaks; no field codes, no deletions."""
    parts: list[str] = []
    _visible(paragraph, parts)
    lines = ("".join(parts)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _visible(node: lxml.etree._Element, parts: list[str]) -> None:
    for child in node:
        tag = child.tag
        if tag in _NOT_SHOWN:
            continue
        if tag == _w("t"):
            parts.append(child.text or "")
        elif tag == _w("tab"):
            parts.append("\t")
        elif tag in (_w("br"), _w("cr")):
            parts.append("\n")  # a line break the author typed: lists are made this way too
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        elif tag == _w("r") and _is_exponent(child, parts):
            parts.append("^")  # "10" + superscript "6" reads "10^6", not the wrong number 106
            _visible(child, parts)
        else:
            _visible(child, parts)


_SUPERSCRIPT = f"{_w('rPr')}/{_w('vertAlign')}[@{_w('val')}='superscript']"
_EXPONENT = re.compile(r"[-\u2212]?\d{1,3}")


def _is_exponent(run: lxml.etree._Element, parts: list[str]) -> bool:
    """A superscript run of digits right after a digit: an exponent ("10" + "6"). A unit's
    power ("kg/m" + "2") follows a letter and is left to read "kg/m2"."""
    if not parts or not parts[-1][-1:].isdigit() or run.find(_SUPERSCRIPT) is None:
        return False
    text = "".join(t.text or "" for t in run.iter(_w("t")))
    return bool(_EXPONENT.fullmatch(text.strip()))


def _notes(root: lxml.etree._Element | None) -> list[str]:
    if root is None:
        return []
    notes: list[str] = []
    for note in root:
        if note.tag not in (_w("footnote"), _w("endnote")):
            continue
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(" ".join(paragraph_text(p).split()) for p in note.iter(_w("p"))).strip()
        if text:
            notes.append(text)
    return notes


def _metadata(root: lxml.etree._Element | None) -> ArticleMeta | None:
    if root is None:
        return None
    ns = {
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
    }

    def field(path: str) -> str | None:
        node = root.find(path, ns)
        value = " ".join((node.text or "").split()) if node is not None else ""
        return value or None

    creator = field("dc:creator")
    created = field("dcterms:created")
    return ArticleMeta(
        title=field("dc:title"),
        authors=[a.strip() for a in (creator or "").split(";") if a.strip()],
        published=created[:10] if created and re.match(r"\d{4}-\d{2}-\d{2}", created) else None,
    )
