"""`--fix-bib FILE`: a corrected BibTeX of the cited works.

Confirmed references (verified, metadata_mismatch, wrong_doi with a record) are written from the
record. An unconfirmed entry of the user's `--bib` is copied byte for byte under a comment line
`% citecheck: not confirmed (<verdict>)`; any other unconfirmed reference is written from what it
cites with `note = {citecheck: not confirmed (<verdict>)}`, so nothing unconfirmed passes as
checked. A work
under a retraction, expression of concern or correction says so in its note, with the notice's DOI.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from citecheck.atomic import write_text_atomic
from citecheck.models import Cited, Record, Reference, Verdict

CONFIRMED = {Verdict.VERIFIED, Verdict.METADATA_MISMATCH, Verdict.WRONG_DOI}
_ENTRY_TYPES = {
    "journal-article": "article",
    "proceedings-article": "inproceedings",
    "book-chapter": "incollection",
    "book": "book",
    "monograph": "book",
    "edited-book": "book",
    "report": "techreport",
    "dissertation": "phdthesis",
    "posted-content": "misc",
}
_NOTICES = {
    "retraction": "RETRACTED",
    "expression_of_concern": "EXPRESSION OF CONCERN",
    "correction": "corrected by the publisher",
}
_LATEX_SPECIALS = {"&": r"\&", "%": r"\%", "#": r"\#", "$": r"\$", "_": r"\_"}
_VERBATIM = {"doi", "url", "note"}
_KEY_CHARS = re.compile(r"[^A-Za-z0-9]+")
_VALID_KEY = re.compile(r"[^\s,{}()=\"#%'~\\]+")


def _escape(value: str) -> str:
    """Text safe inside `{...}`: LaTeX specials escaped, braces kept only when balanced."""
    text = "".join(_LATEX_SPECIALS.get(ch, ch) for ch in value)
    text = re.sub(r"\\\\(?=[&%#$_])", r"\\", text)  # already-escaped input stays single-escaped
    depth = 0
    for ch in text:
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            break
    if depth != 0:
        text = text.replace("{", "").replace("}", "")
    return " ".join(text.split())


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def make_key(authors: list[str], year: int | None, title: str | None, taken: set[str]) -> str:
    """ "zanos2018mechanisms", made unique with a, b, c... suffixes."""
    family = _KEY_CHARS.sub("", _ascii(authors[0])).lower() if authors else "anon"
    words = [w for w in _KEY_CHARS.split(_ascii(title or "").lower()) if len(w) > 3]
    base = f"{family or 'anon'}{year or ''}{words[0] if words else ''}"
    key, suffix = base, 0
    while key in taken:
        key = f"{base}{chr(ord('a') + suffix % 26)}{suffix // 26 or ''}"
        suffix += 1
    return key


def _record_fields(record: Record) -> list[tuple[str, str]]:
    # full names where Crossref gives them; a group name is braced so BibTeX keeps it whole
    names = [
        n if "," in n else f"{{{n}}}" if " " in n else n
        for n in (record.author_names or record.authors)
    ]
    fields = [
        ("title", record.title),
        ("author", " and ".join(names) or None),
        ("journal", record.journal),
        ("year", str(record.year) if record.year else None),
        ("volume", record.volume),
        ("number", record.issue),
        ("pages", record.pages.replace("-", "--") if record.pages else None),
        ("doi", record.doi),
        ("publisher", record.publisher),
    ]
    return [(k, v) for k, v in fields if v]


def _cited_fields(cited: Cited) -> list[tuple[str, str]]:
    fields = [
        ("title", cited.title),
        ("author", " and ".join(cited.authors) or None),
        ("journal", cited.journal),
        ("year", str(cited.year) if cited.year else None),
        ("volume", cited.volume),
        ("number", cited.issue),
        ("pages", cited.pages),
        ("doi", cited.doi),
        ("url", cited.url),
    ]
    return [(k, v) for k, v in fields if v]


def _entry(entry_type: str, key: str, fields: list[tuple[str, str]]) -> str:
    lines = [f"@{entry_type}{{{key},"]
    for name, value in fields:
        # identifiers and our own note are written verbatim, other text LaTeX-escaped
        verbatim = value.replace("{", "").replace("}", "")
        text = verbatim if name in _VERBATIM else _escape(value)
        lines.append(f"  {name} = {{{text}}},")
    lines.append("}")
    return "\n".join(lines)


def fixed_bib_text(references: list[Reference]) -> str:
    """The corrected BibTeX text (see module docstring)."""
    taken: set[str] = set()
    entries: list[str] = []
    for ref in references:
        notes: list[str] = []
        confirmed = ref.verdict in CONFIRMED and ref.record is not None
        if confirmed and ref.record is not None:
            record = ref.record
            fields = _record_fields(record)
            entry_type = _ENTRY_TYPES.get(
                record.type or "", "misc" if not record.journal else "article"
            )
            authors, year, title = record.authors, record.year, record.title
            if ref.verdict != Verdict.VERIFIED:
                what = "wrong DOI" if ref.verdict == Verdict.WRONG_DOI else "metadata mismatch"
                notes.append(f"corrected from the Crossref record ({what})")
        elif ref.origin == "bib" and ref.raw.lstrip().startswith("@"):
            # the user's own entry, byte for byte, marked by a comment BibTeX ignores
            verdict = ref.verdict.value if ref.verdict else "not checked"
            marks = [f"not confirmed ({verdict})"]
            if ref.retraction is not None:
                marks.append(_NOTICES[ref.retraction.kind])
            if ref.key:
                taken.add(ref.key)
            entries.append(f"% citecheck: {'; '.join(marks)}\n{ref.raw.strip()}")
            continue
        else:
            cited = ref.cited
            fields = _cited_fields(cited)
            entry_type = "article" if cited.journal else "misc"
            authors, year, title = cited.authors, cited.year, cited.title
            verdict = ref.verdict.value if ref.verdict else "not checked"
            notes.append(f"not confirmed ({verdict})")
        if ref.retraction is not None:
            notice = _NOTICES[ref.retraction.kind]
            notes.append(
                f"{notice}, see doi:{ref.retraction.doi}" if ref.retraction.doi else notice
            )
        if notes:
            # one note field: BibTeX does not allow a field twice
            fields.append(("note", "citecheck: " + "; ".join(notes)))
        key = ref.key if ref.key and _VALID_KEY.fullmatch(ref.key) else None
        if not key or key in taken:
            key = make_key(authors, year, title, taken)
        taken.add(key)
        entries.append(_entry(entry_type, key, fields))
    return "\n\n".join(entries) + ("\n" if entries else "")


def write_fixed_bib(references: list[Reference], path: Path) -> None:
    """Write the corrected BibTeX to `path` atomically."""
    write_text_atomic(path, fixed_bib_text(references))
