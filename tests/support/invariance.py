"""Metamorphic checks of claim extraction: the same article in the forms a real page, editor or
PDF export gives it should yield the same claims.

Each transform rewrites an article's text (or renders it to another input format) the way a
real source does: CRLF line endings, no-break and thin spaces, dashes and "to" in ranges, the
Unicode minus and multiplication signs, curly quotes, hard line wraps at about 70 columns (with
and without end-of-line hyphenation), other list markers, plain-line headings, and the same
Markdown rendered to a simple HTML page. Both forms are read through `citecheck.inputs` (the
path a user's file takes) and analysed; a claim is preserved when the transformed article has
one of the same type, the same normalised value and the same span text modulo the transform
(`canonical`).

Used by `tests/test_claims_invariance.py` and `bench/eval_invariance.py`.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import textwrap
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from markdown_it import MarkdownIt

from citecheck.audit import analyse_article
from citecheck.extraction.claims import load_rules
from citecheck.inputs.article import read_article
from citecheck.models import Claim

ROOT = Path(__file__).resolve().parents[2]
DEV_SETS = ("tests/corpus", "tests/heldout", "tests/heldout2", "tests/heldout3")
EXAMPLE = ROOT / "examples" / "ketamine-review.md"

NBSP = "\u00a0"
THIN = "\u2009"
NARROW_NBSP = "\u202f"
MINUS = "\u2212"
TIMES = "\u00d7"


def dev_texts() -> list[Path]:
    """Every development text: the four dev corpora and the bundled example."""
    found: list[Path] = []
    for folder in DEV_SETS:
        found += sorted(p for p in (ROOT / folder).glob("[0-9]*") if p.suffix in {".md", ".txt"})
    return [*found, EXAMPLE]


# --- transforms: text -> (text, suffix of the file it is written as) ------------------------

_UNIT_GAP = re.compile(r"(?<=\d) (?=[A-Za-zµμ%°])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_HYPHEN_RANGE = re.compile(r"(?<=\d)-(?=\d)")
_DASH_RANGE = re.compile(r"(?<=\d)\s?[–—]\s?(?=\d)")
_ANY_RANGE = re.compile(r"(?<=\d) ?[-–—] ?(?=\d)")
_NEGATIVE = re.compile(r"(?<![\w.,])-(?=\d)")
_TIMES_X = re.compile(r"(?<=\d)( ?)x(?=( ?)\d|\b)")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_DOUBLE_QUOTED = re.compile(r'"([^"\n]{1,300})"')
_SINGLE_QUOTED = re.compile(r"(?<!\w)'([^'\n]{1,200})'(?!\w)")
_LIST_MARKER = re.compile(r"^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+(?=\S)", re.MULTILINE)
_HEADING = re.compile(r"^#{1,6}[ \t]+", re.MULTILINE)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def nbsp_unit(text: str) -> str:
    return _UNIT_GAP.sub(NBSP, text)


def thin_unit(text: str) -> str:
    return _UNIT_GAP.sub(NARROW_NBSP, text)


def thin_thousands(text: str) -> str:
    """SI and many European sites: "15 886" with a thin space for "15,886"."""
    return _THOUSANDS.sub(THIN, text)


def en_dash_ranges(text: str) -> str:
    return _HYPHEN_RANGE.sub("–", text)


def hyphen_ranges(text: str) -> str:
    return _DASH_RANGE.sub("-", text)


def to_ranges(text: str) -> str:
    return _ANY_RANGE.sub(" to ", text)


def unicode_signs(text: str) -> str:
    """The minus sign U+2212 for a hyphen-minus before a number; "×" for "x" after one."""
    text = _NEGATIVE.sub(MINUS, text)
    return _TIMES_X.sub(lambda m: m.group(1) + TIMES, text)


def curly_quotes(text: str) -> str:
    text = _APOSTROPHE.sub("\u2019", text)
    text = _DOUBLE_QUOTED.sub(lambda m: f"\u201c{m.group(1)}\u201d", text)
    return _SINGLE_QUOTED.sub(lambda m: f"\u2018{m.group(1)}\u2019", text)


def straight_quotes(text: str) -> str:
    return text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))


def _wrapped_line(line: str, width: int, hyphenate: bool) -> list[str]:
    if len(line) <= width:
        return [line]
    if not hyphenate:
        return textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    lines: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width or not current:
            current = candidate
            continue
        room = width - len(current) - 2  # a space and the hyphen
        # split a long word as a typesetter would: letters only, both parts of 3+
        if word.isalpha() and word.islower() and room >= 3 and len(word) - room >= 3:
            lines.append(f"{current} {word[:room]}-")
            current = word[room:]
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _hard_wrap(text: str, hyphenate: bool, width: int = 70) -> str:
    """Every line longer than `width` wrapped, as a PDF lays out prose; a table row (cells
    between bars) is left whole, as a PDF lays out a table in columns, not as wrapped prose."""
    out: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            out.append(line)
            continue
        out += _wrapped_line(line, width, hyphenate) or [""]
    return "\n".join(out)


def wrap70(text: str) -> str:
    return _hard_wrap(text, hyphenate=False)


def wrap70_hyphenated(text: str) -> str:
    return _hard_wrap(text, hyphenate=True)


def bullets_dot(text: str) -> str:
    return _LIST_MARKER.sub(lambda m: f"{m.group(1)}• ", text)


def bullets_star(text: str) -> str:
    return _LIST_MARKER.sub(lambda m: f"{m.group(1)}* ", text)


def bullets_dash(text: str) -> str:
    return _LIST_MARKER.sub(lambda m: f"{m.group(1)}- ", text)


def bullets_numbered(text: str) -> str:
    count = 0
    out: list[str] = []
    for line in text.split("\n"):
        match = _LIST_MARKER.match(line)
        if match:
            count += 1
            line = f"{match.group(1)}{count}. {line[match.end() :]}"
        elif line.strip():
            count = 0
        out.append(line)
    return "\n".join(out)


def plain_headings(text: str) -> str:
    return _HEADING.sub("", text)


def hash_headings(text: str) -> str:
    """A short line without final punctuation, standing alone, written as a `##` heading."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) or (
            i + 1 < len(lines) and not lines[i + 1].strip()
        )
        if (
            alone
            and 0 < len(line) <= 60
            and line[0].isupper()
            and line.rstrip()[-1] not in ".:;,!?)"
            and not _LIST_MARKER.match(line)
            and "|" not in line
        ):
            line = "## " + line
        out.append(line)
    return "\n".join(out)


# A line break is a break (`breaks`): the dev texts, copied from web pages, write one block per
# line, which citecheck reads as such; CommonMark would run the lines of a block together.
_MARKDOWN = MarkdownIt("commonmark", {"breaks": True}).enable("table")


def html_page(text: str) -> str:
    """The Markdown rendered to a simple HTML page (CommonMark with tables, a line break kept),
    as a site's CMS would publish it."""
    body = _MARKDOWN.render(text)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Article</title>'
        f"</head>\n<body><main><article>\n{body}</article></main></body></html>\n"
    )


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
_DOCX_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    ),
    "word/numbering.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{_W}">'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
    ),
}


def _inline(markdown: str) -> str:
    """A line's words as Word holds them: no emphasis marks, a link as its text."""
    return escape(_EMPHASIS.sub("", _LINK.sub(r"\1", markdown)))


def _paragraph(text: str, style: str | None = None, num_id: int | None = None) -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num_id is not None:
        props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    props = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _table(rows: list[str]) -> str:
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    body = "".join(
        "<w:tr>" + "".join(f"<w:tc>{_paragraph(_inline(c))}</w:tc>" for c in row) + "</w:tr>"
        for row in cells
    )
    return f"<w:tbl>{body}</w:tbl>"


def docx_document(text: str) -> bytes:
    """The Markdown as a Word document: a paragraph per line, headings in heading styles, list
    items as Word lists (bullets or numbers), tables as tables, no emphasis marks."""
    blocks: list[str] = []
    table: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            if not _TABLE_RULE.match(line):
                table.append(line)
            continue
        if table:
            blocks.append(_table(table))
            table = []
        if not line.strip():
            continue
        heading = re.match(r"(#{1,6})\s+(.*)", line)
        marker = _LIST_MARKER.match(line)
        if heading:
            blocks.append(_paragraph(_inline(heading.group(2)), f"Heading{len(heading.group(1))}"))
        elif marker:
            numbered = marker.group().strip()[0].isdigit()
            blocks.append(_paragraph(_inline(line[marker.end() :]), None, 2 if numbered else 1))
        else:
            blocks.append(_paragraph(_inline(line.strip())))
    if table:
        blocks.append(_table(table))
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
        + "".join(blocks)
        + "</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in {**_DOCX_PARTS, "word/document.xml": document}.items():
            archive.writestr(name, part)
    return buffer.getvalue()


_FIGURE = re.compile(
    r"(?<![\w*.,/\[-])(\d(?:[\d,.]*\d)?(?:[ ]?[-–][ ]?\d(?:[\d,.]*\d)?)?(?:[ ]?%|[ ][a-z]+)?)"
    r"(?![\w*\]]|[.,]\d)"
)


def bold_figures(text: str) -> str:
    """Key figures set in bold, as many sites and Markdown copies of them do: "**10 mg**",
    "**35%**", "**2-6 months**" (not inside a word, a decimal or a reference)."""
    return _FIGURE.sub(r"**\1**", text)


def italic_figures(text: str) -> str:
    return _FIGURE.sub(r"_\1_", text)


def bold_headings(text: str) -> str:
    """Headings written as bold lines ("**Dosage**"), as many Markdown copies of pages have."""
    return re.sub(r"^#{1,6}[ \t]+(.+?)[ \t]*$", r"**\1**", hash_headings(text), flags=re.M)


_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹–")
_BRACKETED = re.compile(r" ?\[(\d{1,3}(?:\s?[,–-]\s?\d{1,3})*)\]")
_EM_DASH = re.compile(r"\s?—\s?")


def superscript_citations(text: str) -> str:
    """Numbered citations as superscripts ("[2, 3]" -> "²,³"), as a page copied with its
    formatting gives them."""
    return _BRACKETED.sub(lambda m: m.group(1).replace(" ", "").translate(_SUPERSCRIPT), text)


def double_hyphen_dashes(text: str) -> str:
    """Em dashes typed as "--", as plain-text and e-mail copies write them."""
    return _EM_DASH.sub("--", text)


_LONG_WORD = re.compile(r"\b([a-z]{4})([a-z]{5,})\b")


def html_soft_hyphens(text: str) -> str:
    """The HTML page of a site that marks where long words may break ("&shy;") and puts
    no-break spaces between a number and its unit."""
    return html_page(nbsp_unit(_LONG_WORD.sub("\\1\u00ad\\2", text)))


@dataclass(frozen=True)
class Transform:
    name: str
    rewrite: Callable[[str], str | bytes]
    suffix: str = ""  # "" keeps the article's own suffix


TRANSFORMS: tuple[Transform, ...] = (
    Transform("crlf", crlf),
    Transform("nbsp_unit", nbsp_unit),
    Transform("thin_unit", thin_unit),
    Transform("thin_thousands", thin_thousands),
    Transform("en_dash_ranges", en_dash_ranges),
    Transform("hyphen_ranges", hyphen_ranges),
    Transform("to_ranges", to_ranges),
    Transform("unicode_signs", unicode_signs),
    Transform("curly_quotes", curly_quotes),
    Transform("straight_quotes", straight_quotes),
    Transform("wrap70", wrap70),
    Transform("wrap70_hyphenated", wrap70_hyphenated),
    Transform("bullets_dot", bullets_dot),
    Transform("bullets_star", bullets_star),
    Transform("bullets_dash", bullets_dash),
    Transform("bullets_numbered", bullets_numbered),
    Transform("bold_figures", bold_figures),
    Transform("italic_figures", italic_figures),
    Transform("plain_headings", plain_headings),
    Transform("hash_headings", hash_headings),
    Transform("bold_headings", bold_headings),
    Transform("superscript_citations", superscript_citations),
    Transform("double_hyphen_dashes", double_hyphen_dashes),
    Transform("html", html_page, ".html"),
    Transform("html_soft_hyphens", html_soft_hyphens, ".html"),
    Transform("docx", docx_document, ".docx"),
)
TRANSFORM_NAMES = tuple(t.name for t in TRANSFORMS)


def transform_named(name: str) -> Transform:
    return next(t for t in TRANSFORMS if t.name == name)


# --- comparing claims ------------------------------------------------------------------------

_DASHES = re.compile(r"(?<=\d)\s*(?:[-–—‐]|\bto\b)\s*(?=[\d−-])")
_SOFT_BREAK = re.compile(r"(?<=[a-z])-\s*\n\s*(?=[a-z])")


def canonical(span: str) -> str:
    """A span's text with what the transforms change taken out: line breaks and hyphenation at
    a line end, emphasis marks, superscript digits, kinds of space, dashes and "to" between numbers, minus and times signs, quote
    shapes, thousands separators; then letters and digits only, lower case."""
    text = unicodedata.normalize("NFKC", _SOFT_BREAK.sub("", span))
    text = text.replace("*", "").replace("_", "")
    text = text.translate(
        str.maketrans({MINUS: "-", TIMES: "x", "\u2019": "'", "\u2018": "'", "“": '"', "”": '"'})
    )
    text = _DASHES.sub("-", text)
    text = re.sub(r"(?<=\d)[,\s\u00a0\u2009\u202f](?=\d{3}(?!\d))", "", text)
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "-")


def claim_key(claim: Claim) -> tuple[str, str, str]:
    value = json.dumps(claim.value, sort_keys=True, default=str)
    return (claim.type, value, canonical(claim.text))


@dataclass
class Comparison:
    """One article in two forms: how many of the first form's claims the second keeps."""

    base: int = 0
    preserved: int = 0
    gained: int = 0
    offsets_wrong: int = 0  # claims, citations, references whose text is not the slice read
    lost: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Comparison) -> None:
        self.base += other.base
        self.preserved += other.preserved
        self.gained += other.gained
        self.offsets_wrong += other.offsets_wrong
        self.lost += other.lost
        self.extra += other.extra

    @property
    def rate(self) -> float:
        return self.preserved / self.base if self.base else 1.0


def compare(base: list[Claim], other: list[Claim], label: str = "") -> Comparison:
    wanted = Counter(claim_key(c) for c in base)
    found = Counter(claim_key(c) for c in other)
    kept = wanted & found
    result = Comparison(base=len(base), preserved=sum(kept.values()))
    result.gained = sum((found - wanted).values())
    result.lost = [f"{label} lost {k[0]} {k[2]!r} {k[1]}" for k in (wanted - found).elements()]
    result.extra = [f"{label} gained {k[0]} {k[2]!r} {k[1]}" for k in (found - wanted).elements()]
    return result


@dataclass(frozen=True)
class Read:
    """An article as citecheck read it: the text its offsets index, and its claims."""

    text: str
    decoded: str  # what the file's bytes decode to (for .txt/.md the offsets' contract)
    claims: list[Claim]
    # every other span the findings quote: citations' text, references' raw
    quoted: list[tuple[int, int, str]] = field(default_factory=list)


def read_claims(content: str | bytes, suffix: str) -> Read:
    """Write `content` to a file of `suffix` and read it through `citecheck.inputs` and the
    audit service's analysis, as the CLI would."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        article = read_article(path)
    findings = analyse_article(article, load_rules())
    quoted = [(c.start, c.end, c.text) for c in findings.citations] + [
        (r.start, r.end, r.raw)
        for r in findings.references
        if r.start is not None and r.end is not None
    ]
    decoded = content if isinstance(content, str) else ""
    return Read(article.text, decoded, list(findings.claims), quoted)


def offsets_wrong(read: Read, suffix: str) -> int:
    """Claims, citations and references whose text is not `text[start:end]` of the article:
    for a text file the decoded file itself, for other formats the text the reader extracted."""
    indexed = read.decoded if suffix in {".md", ".txt"} else read.text
    spans = [(c.start, c.end, c.text) for c in read.claims] + read.quoted
    return sum(indexed[start:end] != text for start, end, text in spans)


def check_transform(path: Path, transform: Transform, base: Read | None = None) -> Comparison:
    original = path.read_text(encoding="utf-8")
    if base is None:
        base = read_claims(original, path.suffix)
    suffix = transform.suffix or path.suffix
    changed = read_claims(transform.rewrite(original), suffix)
    result = compare(base.claims, changed.claims, f"{path.name} [{transform.name}]")
    result.offsets_wrong = offsets_wrong(changed, suffix)
    return result
