"""Recall probe: every number in an article's prose that no extracted claim covers.

No gold is needed, so it runs on any text: what it lists is where the claim extractor may be
missing quantities on text nobody annotated. A number token is digits ("403", "1,491", "4.5"),
a fraction or a count out of a total ("1/2", "35/41"), a percentage, money ("$6", "US$7.9
billion", "£2.5bn"), a number word ("two", "twenty-four", "a dozen"), a word fraction ("half",
"two-thirds") or "one in five". Left out: the reference list (`Document.reference_zones` and
the paragraphs the extractor treats as references), in-text citations (`Document.citations`),
bare years, numbers stuck to a word ("COVID-19", "H1N1"), DOIs, URLs, phone numbers, dates
("March 3, 2021") and section numbers ("Section 4.2"). A token counts as covered when any
claim's span overlaps it.

Uncovered tokens are grouped by shape: the token written with N for its digits ("N%", "N/N",
"$NM", "N.N") followed by the shape of the next two words (`unit` for a known unit, `u/u` for a
compound unit, `noun` for a plural word, `w` for another word, `,` `.` `(` for punctuation), so
"three non-mutually exclusive goals" and "four distinct types" fall in `word w w`-like groups
and "46.7 ml/min/1.73 m2" in `N.N u/u/u`.

    PYTHONPATH=src .venv/bin/python bench/uncovered_numbers.py tests/heldout3 [more paths]
    ... --examples 3      # examples per shape (default 2)
    ... --top 40          # shapes shown (default 30)
    ... --json out.json   # totals, per-file counts and every uncovered token

Totals measured are in the docstring's companion, bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from pathlib import Path

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.document import build_document

_RULES = load_rules()
_NUMBER_WORDS = sorted(
    (w for w in _RULES.numbers if " " not in w and w not in ("single",)), key=len, reverse=True
)
_FRACTION_WORDS = ("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths")
_WORD = "|".join(_NUMBER_WORDS)
_TOKEN = re.compile(
    r"(?P<money>(?:US\$|\$|£|€)\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand|"
    r"[mMbBkK]n?)\b)?)"
    r"|(?P<ratio>(?<![\w/.])\d+\s?/\s?\d+(?![\w/]))"
    r"|(?P<digits>(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.·]\d+)?%?)"
    rf"|(?P<one_in>\b(?:{_WORD})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_WORD}|\d+)\b)"
    rf"|(?P<fraction>\b(?:(?:{_WORD}|a|an)[\s-](?:{'|'.join(_FRACTION_WORDS)})|half)\b)"
    rf"|(?P<word>\b(?!one\b)(?:{_WORD})(?:-(?:{_WORD}))?\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_BEFORE = re.compile(rf"\b{_MONTHS}\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(rf"^\s+{_MONTHS}\b|^(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d", re.IGNORECASE)
_SECTION_BEFORE = re.compile(
    r"\b(?:section|chapter|figure|fig\.|table|appendix|page|pages|pp?\.|vol\.|volume|no\.|"
    r"issue|step|phase|type|stage|grade|level|class|version|item|question|line|box)\s+$",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"\d{10,11}|\b(?:911|111|999)\b|\d+\s?[KM]B\b|\d{3}[-.\s]\d{3}[-.\s]\d{4}|\(\d{3}\)\s?\d{3}-\d{4}|1-800|\d{3}-[A-Z]{3,}"
)
_URL = re.compile(
    r"(?:https?://|www\.|doi:\s*|10\.\d{4,9}/|PMC?ID:?\s*)\S+"
    r"|\d+\s?\(\d+\)\s?[:;]\s?\d+(?:[–-]\d+)?",  # "67(12):349–358": volume, issue, pages
    re.IGNORECASE,
)
_UNIT_WORDS = frozenset(
    w.lower()
    for kind in _RULES.units.values()
    for unit, written in kind.items()
    for w in [unit, *written]
)
_SHAPE_WORD = re.compile(r"\s*([A-Za-zµμ°][\w°µμ'’–-]*(?:/[\w.²³]+)*|[^\sA-Za-z0-9])")
_UNIT_STUCK = re.compile(r"(?i)(?:bn|m|k|x|mg|ml|g|kg|cm|mm|h|hr|d|y)\b")  # "10mg", "5y"
_TEXT_SUFFIXES = (".md", ".txt", ".markdown")
# a list's item number: "(1) making sense", "2. Opioid selection" at a line's start
_BRACKET_ITEM = re.compile(r"\(\d{1,2}\)\s")
_LINE_ITEM = re.compile(r"\d{1,2}[.)]\s")
_NOT_ARTICLES = ("SOURCES", "MEASUREMENTS", "README", "BRIEF", "NOTES")


def _token_shape(kind: str, token: str) -> str:
    if kind in ("word", "one_in", "fraction"):
        return {"word": "word", "one_in": "word in word", "fraction": "word-fraction"}[kind]
    shape = re.sub(r"\d[\d,]*(?:\.\d+)?", lambda m: "N.N" if "." in m.group() else "N", token)
    shape = re.sub(r"\s+", " ", shape)
    shape = re.sub(r"(?i)\b(million|billion|trillion|thousand)\b", "M", shape)
    return re.sub(r"(?<=N)\s?(?:bn|m|b|k)\b", "M", shape, flags=re.IGNORECASE)


def _word_shape(word: str) -> str:
    lowered = word.lower().strip("'’")
    if not lowered[:1].isalpha() and lowered[:1] not in "µμ°":
        return word
    if lowered.count("/") >= 1:
        return "u" + "/u" * lowered.count("/")
    if lowered in _UNIT_WORDS or lowered in ("ml", "mmol", "kg", "m2", "m²", "°c", "°f"):
        return "unit"
    if lowered.endswith("s") and not lowered.endswith("ss") and len(lowered) > 3:
        return "noun"
    return "w"


def shape_of(text: str, kind: str, start: int, end: int) -> str:
    parts = [_token_shape(kind, text[start:end])]
    pos = end
    for _ in range(2):
        found = _SHAPE_WORD.match(text, pos)
        if found is None or "\n" in text[pos : found.start(1)]:
            break
        parts.append(_word_shape(found.group(1)))
        pos = found.end()
        if not found.group(1)[:1].isalnum():
            break
    return " ".join(parts)


def _excluded(text: str, kind: str, start: int, end: int) -> bool:
    token = text[start:end]
    before = text[max(0, start - 30) : start]
    after = text[end : end + 20]
    if start and (text[start - 1].isalpha() or text[start - 1] in "-_^") and kind != "money":
        return True  # "COVID-19", "H1N1", "p^2"
    if kind == "digits" and text[end : end + 1].isalpha() and not _UNIT_STUCK.match(text, end):
        return True  # "3D", "5th"
    line_start = text.rfind("\n", 0, start) + 1
    if kind == "digits" and (
        (start and _BRACKET_ITEM.match(text, start - 1))
        or (not text[line_start:start].strip(" \t>*-#") and _LINE_ITEM.match(text, start))
    ):
        return True
    if kind == "digits" and _YEAR.fullmatch(token):
        return True
    if kind == "digits" and (_DATE_BEFORE.search(before) or _DATE_AFTER.match(after)):
        return True
    if _SECTION_BEFORE.search(before):
        return True
    line = text[line_start : text.find("\n", end) if "\n" in text[end:] else len(text)]
    rel = start - line_start
    for pattern in (_PHONE, _URL):
        for found in pattern.finditer(line):
            if found.start() <= rel < found.end():
                return True
    return False


def uncovered(text: str) -> tuple[int, list[tuple[int, int, str, str]]]:
    """(number tokens in prose, [(start, end, token, shape) not covered by any claim])."""
    document = build_document(text)
    claims = extract_claims(document)
    zones = sorted(document.reference_zones + document.reference_paragraphs)
    zone_starts = [s for s, _ in zones]
    cited = sorted((c.start, c.end) for c in document.citations)
    cited_starts = [s for s, _ in cited]
    spans = sorted((c.start, c.end) for c in claims)
    span_starts = [s for s, _ in spans]

    def inside(ranges: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
        index = bisect_right(starts, b) - 1
        while index >= 0:
            s, e = ranges[index]
            if s < b and a < e:
                return True
            if e < a - 2000:  # ranges are short; far enough back, none can reach
                break
            index -= 1
        return False

    total = 0
    missed: list[tuple[int, int, str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "digits"
        start, end = match.span()
        if inside(zones, zone_starts, start, end) or inside(cited, cited_starts, start, end):
            continue
        if _excluded(text, kind, start, end):
            continue
        total += 1
        if not inside(spans, span_starts, start, end):
            missed.append((start, end, match.group(), shape_of(text, kind, start, end)))
    return total, missed


def _files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(
                p
                for p in path.iterdir()
                if p.suffix in _TEXT_SUFFIXES and not p.name.startswith(_NOT_ARTICLES)
            )
        elif path.is_file():
            found.append(path)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--json", dest="json_out")
    parser.add_argument("--per-file", action="store_true")
    args = parser.parse_args(argv)
    files = _files(args.paths)
    if not files:
        print("no .md/.txt files found", file=sys.stderr)
        return 2
    tokens = 0
    shapes: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    per_file: dict[str, tuple[int, int]] = {}
    rows: list[dict[str, object]] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        total, missed = uncovered(text)
        tokens += total
        per_file[path.name] = (total, len(missed))
        for start, end, token, shape in missed:
            shapes[shape] += 1
            context = " ".join(text[max(0, start - 30) : end + 40].split())
            if len(examples[shape]) < args.examples:
                examples[shape].append(f"{path.stem[:24]}: …{context}…")
            rows.append({"file": path.name, "start": start, "token": token, "shape": shape})
    missed_total = sum(shapes.values())
    if args.per_file:
        for name, (total, missed_count) in per_file.items():
            print(f"{name[:44]:44} {total:5} tokens {missed_count:4} uncovered")
    print(f"files {len(files)}  number tokens {tokens}  uncovered {missed_total}", end="")
    print(f" ({missed_total / tokens:.1%})" if tokens else "")
    for shape, count in shapes.most_common(args.top):
        print(f"{count:5}  {shape}")
        for example in examples[shape]:
            print(f"         {example}")
    if args.json_out:
        summary = {"files": len(files), "tokens": tokens, "uncovered": missed_total}
        payload = {**summary, "shapes": dict(shapes.most_common()), "per_file": per_file}
        payload["uncovered_tokens"] = rows
        Path(args.json_out).write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
