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

import json
import re
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass(frozen=True)
class Transform:
    name: str
    rewrite: Callable[[str], str]
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
    Transform("plain_headings", plain_headings),
    Transform("hash_headings", hash_headings),
    Transform("html", html_page, ".html"),
)
TRANSFORM_NAMES = tuple(t.name for t in TRANSFORMS)


def transform_named(name: str) -> Transform:
    return next(t for t in TRANSFORMS if t.name == name)


# --- comparing claims ------------------------------------------------------------------------

_DASHES = re.compile(r"(?<=\d)\s*(?:[-–—‐]|\bto\b)\s*(?=[\d−-])")
_SOFT_BREAK = re.compile(r"(?<=[a-z])-\s*\n\s*(?=[a-z])")


def canonical(span: str) -> str:
    """A span's text with what the transforms change taken out: line breaks and hyphenation at
    a line end, kinds of space, dashes and "to" between numbers, minus and times signs, quote
    shapes, thousands separators; then letters and digits only, lower case."""
    text = _SOFT_BREAK.sub("", span)
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
    offsets_wrong: int = 0  # claims whose text is not the slice of the text read
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


def read_claims(content: str, suffix: str) -> Read:
    """Write `content` to a file of `suffix` and read it through `citecheck.inputs` and the
    audit service's analysis, as the CLI would."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(content.encode("utf-8"))
        article = read_article(path)
    findings = analyse_article(article, load_rules())
    return Read(article.text, content, list(findings.claims))


def offsets_wrong(read: Read, suffix: str) -> int:
    """Claims whose `text` is not `text[start:end]` of the article: for a text file the decoded
    file itself, for other formats the text the reader extracted."""
    indexed = read.decoded if suffix in {".md", ".txt"} else read.text
    return sum(indexed[c.start : c.end] != c.text for c in read.claims)


def check_transform(path: Path, transform: Transform, base: Read | None = None) -> Comparison:
    original = path.read_text(encoding="utf-8")
    if base is None:
        base = read_claims(original, path.suffix)
    suffix = transform.suffix or path.suffix
    changed = read_claims(transform.rewrite(original), suffix)
    result = compare(base.claims, changed.claims, f"{path.name} [{transform.name}]")
    result.offsets_wrong = offsets_wrong(changed, suffix)
    return result
