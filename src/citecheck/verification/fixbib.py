"""`--fix-bib FILE`: a corrected BibTeX of the cited works.

An entry of the user's own `--bib` is the user's: it is copied byte for byte, and only the fields
the report names as wrong (a failed field check, a wrong or missing DOI) get the record's value,
in place. Every other field, its spelling and layout stay as written ("Glue, Paul" is never
"Glue, P"); in an author list the record replaces, an author whose family name the user spelt
right keeps the user's given name. A comment line above the entry (BibTeX ignores text outside
entries) says what was corrected, or that the entry is not confirmed, or that the work is
retracted.

Given the text of the user's .bib files, the output is those files as written (abbreviation
`@string`s, `@preamble`s, comments, blank lines, the order of the entries), each entry replaced
by its corrected and marked copy; so a field written with a macro (`journal = npp`) that is not
wrong stays the macro, still defined above it. An entry no file holds follows them.

A reference from the article's own list has no entry to keep: a confirmed one is written from the
record, an unconfirmed one from what it cites with `note = {citecheck: not confirmed (...)}`.

Text from records and articles is data, never LaTeX: backslashes and braces are written as
`\\textbackslash{}`, `\\textbraceleft{}`... so `\\input{/etc/passwd}` in a title stays a title, and
control characters are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import bibtexparser

from citecheck.atomic import write_text_atomic
from citecheck.models import Cited, Record, Reference, Verdict
from citecheck.verification.compare import work_years, year_distance

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
# Characters that mean something to BibTeX or LaTeX, written so they are only text. BibTeX counts
# braces even after a backslash, so a brace is never written as "\{".
_LATEX_TEXT = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "$": r"\$",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_VERBATIM = {"doi", "url"}
# Control characters (C0, DEL, C1) and Unicode direction controls: never written to a file.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Inside an identifier: whitespace and what would end or escape the braced value.
_NOT_IN_IDENTIFIER = re.compile(r"[\s{}\\]")
_KEY_CHARS = re.compile(r"[^A-Za-z0-9]+")
_VALID_KEY = re.compile(r"[^\s,{}()=\"#%'~\\]+")


def escape_text(value: str) -> str:
    """Plain text as a BibTeX value: LaTeX specials written as text, controls dropped."""
    plain = " ".join(_CONTROL.sub(" ", value).split())
    return "".join(_LATEX_TEXT.get(ch, ch) for ch in plain)


def clean_identifier(value: str) -> str:
    """A DOI or URL as a BibTeX value: no controls, spaces, braces or backslashes."""
    return _NOT_IN_IDENTIFIER.sub("", _CONTROL.sub("", value))


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


def _bib_name(name: str) -> str:
    # "Family, Given" as it is; a group name braced so BibTeX keeps it whole
    if "," in name or " " not in name:
        return escape_text(name)
    return "{" + escape_text(name) + "}"


# How far a cited year may stand from the record's and still be kept: online first in one
# year, in print the next, so the year a reader cites may well be right.
YEAR_KEPT_WITHIN = 1


def kept_year(ref: Reference) -> int | None:
    """The cited year when it is within YEAR_KEPT_WITHIN of any year the record's dates name
    (print, online, issued), else None: a print year two after the online one ("Mol
    Psychiatry. 2020;25(7)", online 2018) is the work's own year and is never rewritten."""
    cited = ref.cited.year
    distance = year_distance(cited, work_years(ref.record)) if cited and ref.record else None
    if cited is None or distance is None or distance > YEAR_KEPT_WITHIN:
        return None
    return cited


def _record_fields(record: Record, year: int | None) -> list[tuple[str, str]]:
    names = record.author_names or record.authors
    fields = [
        ("title", escape_text(record.title) if record.title else None),
        ("author", " and ".join(_bib_name(n) for n in names) or None),
        ("journal", escape_text(record.journal) if record.journal else None),
        ("year", str(year) if year else None),
        ("volume", escape_text(record.volume) if record.volume else None),
        ("number", escape_text(record.issue) if record.issue else None),
        ("pages", _pages(record.pages)),
        ("doi", clean_identifier(record.doi) or None),
        ("publisher", escape_text(record.publisher) if record.publisher else None),
    ]
    return [(k, v) for k, v in fields if v]


def _pages(pages: str | None) -> str | None:
    return escape_text(pages).replace("-", "--") if pages else None


def _cited_fields(cited: Cited) -> list[tuple[str, str]]:
    names = " and ".join(escape_text(a) for a in cited.authors) or None
    fields = [
        ("title", escape_text(cited.title) if cited.title else None),
        ("editor" if cited.edited else "author", names),
        ("journal", escape_text(cited.journal) if cited.journal else None),
        ("publisher", escape_text(cited.publisher) if cited.publisher else None),
        ("year", str(cited.year) if cited.year else None),
        ("volume", escape_text(cited.volume) if cited.volume else None),
        ("number", escape_text(cited.issue) if cited.issue else None),
        ("pages", escape_text(cited.pages) if cited.pages else None),
        ("doi", clean_identifier(cited.doi) if cited.doi else None),
        ("url", clean_identifier(cited.url) if cited.url else None),
    ]
    return [(k, v) for k, v in fields if v]


def _entry(entry_type: str, key: str, fields: list[tuple[str, str]]) -> str:
    """An entry from already-escaped field values."""
    lines = [f"@{entry_type}{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields]
    lines.append("}")
    return "\n".join(lines)


# --- the user's own entries ----------------------------------------------------------------------


@dataclass(frozen=True)
class _FieldSpan:
    name: str  # lower-case
    start: int  # the value's first character in the entry text
    end: int  # one past its last


_FIELD_NAME = re.compile(r"\s*([^\s=,{}\"#]+)\s*=\s*")


def _value_end(text: str, at: int) -> int:
    """Where the value starting at `at` ends: braced, quoted or bare parts joined by `#`."""
    position = at
    while True:
        if position < len(text) and text[position] == "{":
            depth = 0
            while position < len(text):
                depth += {"{": 1, "}": -1}.get(text[position], 0)
                position += 1
                if depth == 0:
                    break
        elif position < len(text) and text[position] == '"':
            position += 1
            depth = 0
            while position < len(text) and not (text[position] == '"' and depth == 0):
                depth += {"{": 1, "}": -1}.get(text[position], 0)
                position += 1
            position += 1
        else:
            while (
                position < len(text)
                and text[position] not in ",}#"
                and not text[position].isspace()
            ):
                position += 1
        end = position
        while position < len(text) and text[position].isspace():
            position += 1
        if position < len(text) and text[position] == "#":
            position += 1
            while position < len(text) and text[position].isspace():
                position += 1
            continue
        return end


def field_spans(entry: str) -> list[_FieldSpan]:
    """The fields of one well-formed BibTeX entry, with where each value stands in `entry`."""
    opening = entry.find("{") if "{" in entry else entry.find("(")
    comma = entry.find(",", opening + 1)
    if opening < 0 or comma < 0:
        return []
    spans: list[_FieldSpan] = []
    position = comma + 1
    while True:
        match = _FIELD_NAME.match(entry, position)
        if match is None:
            return spans
        end = _value_end(entry, match.end())
        spans.append(_FieldSpan(match.group(1).lower(), match.end(), end))
        position = end
        while position < len(entry) and (entry[position].isspace() or entry[position] == ","):
            position += 1


# Where each compared field lives in BibTeX (BibLaTeX names second), and the record's value.
_BIB_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "authors": ("author",),
    "year": ("year", "date"),
    "journal": ("journal", "journaltitle", "booktitle"),
    "volume": ("volume",),
    "issue": ("number", "issue"),
    "pages": ("pages",),
    "doi": ("doi",),
}


def _family(name: str) -> str:
    # "Family, Given" or "Given Family" -> "family", without braces or accents
    bare = name.replace("{", "").replace("}", "").strip()
    family = bare.split(",")[0] if "," in bare else (bare.split() or [""])[-1]
    return _ascii(family).lower()


def _merged_authors(user_value: str | None, record: Record) -> str | None:
    """The record's author list, each author the user already names keeping the user's
    spelling (so a given name is never replaced by another)."""
    names = record.author_names or record.authors
    if not names:
        return None
    users: dict[str, str] = {}
    if user_value:
        inner = user_value.strip()
        if inner[:1] in '{"' and inner[-1:] in '}"':
            inner = inner[1:-1]
        for written in re.split(r"\s+and\s+", inner):
            users.setdefault(_family(written), written.strip())
    return " and ".join(users.get(_family(name)) or _bib_name(name) for name in names)


def _record_value(field: str, record: Record, ref: Reference, user_value: str | None) -> str | None:
    if field == "title":
        return escape_text(record.title) if record.title else None
    if field == "authors":
        return _merged_authors(user_value, record)
    if field == "year":
        return str(record.year) if record.year else None
    if field == "journal":
        return escape_text(record.journal) if record.journal else None
    if field == "volume":
        return escape_text(record.volume) if record.volume else None
    if field == "issue":
        return escape_text(record.issue) if record.issue else None
    if field == "pages":
        return _pages(record.pages)
    if field == "doi":
        return clean_identifier(ref.suggested_doi or record.doi) or None
    return None


def wrong_fields(ref: Reference) -> list[str]:
    """The compared fields the report names as wrong, in report order; `doi` when the cited DOI
    is wrong or missing and the record has another."""
    fields = [
        check.field
        for check in ref.field_checks
        if not check.ok
        and check.field in _BIB_FIELDS
        and not (check.field == "year" and kept_year(ref) is not None)
    ]
    suggested = ref.suggested_doi
    doi_wrong = ref.verdict is Verdict.WRONG_DOI or (suggested and suggested != ref.cited.doi)
    # a confirmed work's DOI is what a citation without one lacks (the README promises it); a
    # user's entry lacks it too when only the article's list, merged into it, gave the DOI
    doi_missing = (
        ref.verdict in CONFIRMED
        and ref.record is not None
        and bool(ref.record.doi)
        and (not ref.cited.doi or (_is_users_entry(ref) and not _has_doi_field(ref.raw)))
    )
    if (doi_wrong or doi_missing) and "doi" not in fields:
        fields.append("doi")
    return fields


def _has_doi_field(entry: str) -> bool:
    return any(span.name == "doi" for span in field_spans(entry.strip()))


def corrected_entry(ref: Reference, record: Record) -> tuple[str, list[str]]:
    """The user's entry with the wrong fields set from `record`, everything else byte for byte;
    and the fields it changed."""
    entry = ref.raw.strip()
    spans = field_spans(entry)
    changes: list[tuple[int, int, str]] = []
    additions: list[str] = []
    changed: list[str] = []
    for field in wrong_fields(ref):
        names = _BIB_FIELDS[field]
        span = next((s for name in names for s in spans if s.name == name), None)
        user_value = entry[span.start : span.end] if span else None
        value = _record_value(field, record, ref, user_value)
        if value is None:
            continue
        if span is None:
            additions.append(f"{names[0]} = {{{value}}}")
        else:
            changes.append((span.start, span.end, "{" + value + "}"))
        changed.append(field)
    for start, end, text in sorted(changes, reverse=True):
        entry = entry[:start] + text + entry[end:]
    if additions:
        entry = _add_fields(entry, additions)
    return entry, changed


def _add_fields(entry: str, additions: list[str]) -> str:
    """`additions` as the last fields of `entry`, indented like its first field."""
    closing = len(entry.rstrip()) - 1  # the entry's closing brace or parenthesis
    body = entry[:closing].rstrip()
    indent = re.search(r"\n([ \t]+)\S", entry)
    pad = indent.group(1) if indent else "  "
    separator = "" if body.endswith(",") else ","
    added = "".join(f"\n{pad}{field}," for field in additions)
    return body + separator + added.rstrip(",") + "\n" + entry[closing:]


def _field_names(entry: str) -> list[str] | None:
    """The field names of `entry` as a BibTeX reader sees them; None when it does not parse."""
    library = bibtexparser.parse_string(entry)  # type: ignore[attr-defined]
    if library.failed_blocks or len(library.entries) != 1:
        return None
    return [field.key.lower() for field in library.entries[0].fields]


def _same_fields_plus(original: str, corrected: str) -> bool:
    """The corrected entry parses, keeps every field of the original, and names none twice."""
    before, after = _field_names(original), _field_names(corrected)
    if before is None or after is None:
        return False
    return set(before) <= set(after) and len(after) == len(set(after))


def _notice(ref: Reference) -> str | None:
    if ref.retraction is None:
        return None
    notice = _NOTICES[ref.retraction.kind]
    doi = clean_identifier(ref.retraction.doi or "")
    return f"{notice}, see doi:{doi}" if doi else notice


_WHAT: dict[Verdict | None, str] = {Verdict.WRONG_DOI: "wrong DOI", Verdict.VERIFIED: "verified"}


def _what_changed(entry_fields: set[str], changed: list[str]) -> str:
    """ "corrected year, added doi": a field the entry had is corrected, one it lacked added."""
    corrected = [f for f in changed if entry_fields & set(_BIB_FIELDS[f])]
    added = [f for f in changed if not entry_fields & set(_BIB_FIELDS[f])]
    said = [
        f"{verb} {', '.join(_BIB_FIELDS[f][0] for f in group)}"
        for verb, group in (("corrected", corrected), ("added", added))
        if group
    ]
    return ", ".join(said)


def _user_entry(ref: Reference) -> str:
    """The user's entry, corrected where the report says it is wrong, under a comment line."""
    marks: list[str] = []
    entry = ref.raw.strip()
    confirmed = ref.verdict in CONFIRMED and ref.record is not None
    entry_fields = {span.name for span in field_spans(entry)}
    if confirmed and ref.record is not None:
        corrected, changed = corrected_entry(ref, ref.record)
        what = _WHAT.get(ref.verdict, "metadata mismatch")
        fields = ", ".join(_BIB_FIELDS[f][0] for f in changed)
        if changed and _same_fields_plus(entry, corrected):
            entry = corrected
            marks.append(
                f"{_what_changed(entry_fields, changed)} from the Crossref record ({what})"
            )
        elif changed:
            # the entry's layout defeated the field scanner: leave it whole and say what to fix
            marks.append(f"not corrected automatically ({what}): fix {fields} by hand")
    else:
        verdict = ref.verdict.value if ref.verdict else "not checked"
        marks.append(f"not confirmed ({verdict})")
    if (notice := _notice(ref)) is not None:
        marks.append(notice)
    if not marks:
        return entry
    newline = "\r\n" if "\r\n" in entry else "\n"
    return f"% citecheck: {_comment_text('; '.join(marks))}{newline}{entry}"


def _each_work_once(references: list[Reference]) -> list[Reference]:
    """One reference per entry to write: a user's entry cited by two articles, or one work two
    articles list and Crossref confirmed, is written once (BibTeX refuses a key twice), at its
    first place, from its copy that was confirmed when one was."""
    chosen: dict[tuple[str, str], Reference] = {}
    order: list[tuple[str, str]] = []
    for n, ref in enumerate(references):
        if _is_users_entry(ref):
            identity = ("bib", f"{ref.key}\0{ref.raw}")
        elif ref.verdict in CONFIRMED and ref.record is not None:
            identity = ("record", ref.record.doi)
        else:
            identity = ("other", str(n))
        if identity not in chosen:
            order.append(identity)
            chosen[identity] = ref
        elif chosen[identity].verdict not in CONFIRMED and ref.verdict in CONFIRMED:
            chosen[identity] = ref
    return [chosen[identity] for identity in order]


def fixed_bib_text(references: list[Reference], bib_texts: Sequence[str] = ()) -> str:
    """The corrected BibTeX text (see module docstring); `bib_texts` are the user's .bib files
    as read, kept whole around their corrected entries."""
    references = _each_work_once(references)
    kept, written = _users_files(references, bib_texts)
    references = [ref for ref in references if id(ref) not in written]
    taken = {ref.key for ref in references if ref.key and _is_users_entry(ref)}
    entries: list[str] = []
    for ref in references:
        if _is_users_entry(ref):
            entries.append(_user_entry(ref))
            continue
        notes: list[str] = []
        if ref.verdict in CONFIRMED and ref.record is not None:
            record = ref.record
            year = kept_year(ref) or record.year
            fields = _record_fields(record, year)
            entry_type = _ENTRY_TYPES.get(
                record.type or "", "misc" if not record.journal else "article"
            )
            authors, title = record.authors, record.title
            if ref.verdict != Verdict.VERIFIED:
                what = "wrong DOI" if ref.verdict == Verdict.WRONG_DOI else "metadata mismatch"
                # the fields the report names as wrong, so a reader sees what the list got wrong
                # (a DOI the list never gave is simply written, not "corrected")
                named = [f for f in wrong_fields(ref) if f != "doi" or ref.cited.doi]
                wrong = ", ".join(_BIB_FIELDS[f][0] for f in named)
                notes.append(f"corrected {wrong or 'it'} from the Crossref record ({what})")
        else:
            cited = ref.cited
            fields = _cited_fields(cited)
            entry_type = "article" if cited.journal else "book" if cited.publisher else "misc"
            authors, year, title = cited.authors, cited.year, cited.title
            verdict = ref.verdict.value if ref.verdict else "not checked"
            notes.append(f"not confirmed ({verdict})")
        if (notice := _notice(ref)) is not None:
            notes.append(notice)
        if notes:
            # one note field: BibTeX does not allow a field twice
            fields.append(("note", escape_text("citecheck: " + "; ".join(notes))))
        key = ref.key if ref.key and _VALID_KEY.fullmatch(ref.key) else None
        if not key or key in taken:
            key = make_key(authors, year, title, taken)
        taken.add(key)
        entries.append(_entry(entry_type, key, fields))
    generated = "\n\n".join(entries) + ("\n" if entries else "")
    return kept + ("\n" if kept and generated else "") + generated


def _users_files(references: list[Reference], bib_texts: Sequence[str]) -> tuple[str, set[int]]:
    """The user's .bib files, one after the other, each entry a reference stands for replaced
    by its corrected copy (`_user_entry`) and every other byte kept; and the references so
    written (by `id`). An entry two files share is written at its first place only."""
    by_entry = {
        (ref.key, ref.raw.strip()): ref for ref in reversed(references) if _is_users_entry(ref)
    }
    written: set[int] = set()
    parts: list[str] = []
    for text in bib_texts:
        cursor = 0
        for key, raw in _entries_in(text):
            at = text.find(raw, cursor)
            ref = by_entry.get((key, raw))
            if at < 0 or ref is None:
                continue  # no reference stands for it: it stays as written
            parts.append(text[cursor:at])
            if id(ref) in written:
                newline = "\r\n" if "\r\n" in raw else "\n"
                parts.append(f"% citecheck: entry {_comment_text(key)} is written above{newline}")
            else:
                parts.append(_user_entry(ref))
                written.add(id(ref))
            cursor = at + len(raw)
        parts.append(text[cursor:])
        # the file's last byte may be a corrected entry's closing brace (the file had no final
        # newline): every file ends with one, so the next one and a BibTeX reader start clean
        last = next((part for part in reversed(parts) if part), "")
        if last and not last.endswith("\n"):
            parts.append("\r\n" if "\r\n" in text else "\n")
    return "".join(parts), written


def _entries_in(text: str) -> list[tuple[str | None, str]]:
    """The key and exact text of each entry of a .bib file, in file order."""
    library = bibtexparser.parse_string(text)  # type: ignore[attr-defined]
    blocks = sorted(library.entries, key=lambda entry: entry.start_line or 0)
    return [(entry.key, (entry.raw or "").strip()) for entry in blocks if entry.raw]


def _comment_text(text: str | None) -> str:
    return " ".join(_CONTROL.sub(" ", text or "").split())


def _is_users_entry(ref: Reference) -> bool:
    return ref.origin == "bib" and ref.raw.lstrip().startswith("@")


def write_fixed_bib(references: list[Reference], path: Path) -> None:
    """Write the corrected BibTeX to `path` atomically."""
    write_text_atomic(path, fixed_bib_text(references))
