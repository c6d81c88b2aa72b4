"""Crossref `work` messages -> typed `Record`s, validated at the boundary.

Crossref's shapes: titles are lists (possibly empty), authors may be organisations (`name` instead
of `family`), dates are partial (`[[2019]]`, `[[null]]`), pages are strings ("801-811",
"e33693"), and notices live in `updated-by` on the work (sometimes also in `update-to` on the
work itself, or in `relation`). A field whose value does not fit that schema (a number for a
title, a string for `relation`, a date that is not a date) is dropped and named in
`Record.problems`, never a traceback; verification reads the `Record` only.

Whether an answer can be evidence at all is decided here too (`work_message_problem`,
`search_items_problem`): an answer that does not fit the schema is a fault, never "no such work".
"""

from __future__ import annotations

import html
import re
from typing import Any

from citecheck.doi import doi_key, normalize_doi
from citecheck.models import Record, Retraction, RetractionKind

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_ISSN = re.compile(r"^\d{4}-?\d{3}[\dXx]$")

# update types that mean the work is withdrawn, in the order they outrank each other
_WITHDRAWN = {"retraction", "partial_retraction", "withdrawal", "removal"}
_CONCERN = {"expression_of_concern"}
_CORRECTION = {"correction", "erratum", "corrigendum"}
_DATE_KEYS = ("issued", "published", "published-print", "published-online", "posted", "created")
_YEAR_KEYS = _DATE_KEYS[:-1]  # "created" is when the DOI was registered, not published
# fields a work is identified by: a message holding one of the wrong type is no evidence
CORE_FIELDS = ("'DOI'", "'title'", "'subtitle'", "'author'", "'container-title'")


def clean_text(value: str | None) -> str | None:
    """Strip JATS/HTML tags and entities and fold white space."""
    if value is None:
        return None
    text = html.unescape(_TAG.sub("", value))
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _strings(message: dict[str, Any], key: str, problems: list[str] | None = None) -> list[str]:
    """A Crossref list-of-strings field; a lone string is accepted, anything else dropped."""
    value = message.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        kept = [v for v in value if isinstance(v, str) and v.strip()]
        if problems is not None and any(not isinstance(v, str) for v in value):
            problems.append(f"'{key}' holds values that are not text")
        return kept
    if problems is not None:
        problems.append(f"'{key}' is {type(value).__name__}, not a list of text")
    return []


def _scalar(message: dict[str, Any], key: str, problems: list[str] | None = None) -> str | None:
    """A field Crossref gives as a string (volume, issue, page); numbers are accepted."""
    value = message.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        if problems is not None:
            problems.append(f"'{key}' is {type(value).__name__}, not text")
        return None
    text = str(value).strip()
    return text or None


def _year_of(value: Any) -> int | None:
    """The year of a Crossref date object ({"date-parts": [[2019, 5]]}), or None."""
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not isinstance(parts, list) or not parts or not isinstance(parts[0], list) or not parts[0]:
        return None
    year = parts[0][0]
    if isinstance(year, bool):
        return None
    if isinstance(year, str) and year.strip().isdigit():
        year = int(year)
    return year if isinstance(year, int) and 1000 <= year <= 2999 else None


def message_year(message: dict[str, Any]) -> int | None:
    """The year Crossref says the work was issued (earliest of print and online)."""
    for key in _DATE_KEYS:
        year = _year_of(message.get(key))
        if year is not None:
            return year
    return None


def message_years(message: dict[str, Any]) -> set[int]:
    """Every year any of the work's dates names (online-first vs print differ by one often)."""
    return {y for y in (_year_of(message.get(key)) for key in _YEAR_KEYS) if y is not None}


def _people(message: dict[str, Any], role: str, problems: list[str] | None = None) -> list[Any]:
    people = message.get(role)
    if people is None:
        return []
    if not isinstance(people, list):
        if problems is not None:
            problems.append(f"'{role}' is {type(people).__name__}, not a list")
        return []
    return [p for p in people if isinstance(p, dict)]


def _name_part(person: dict[str, Any], key: str) -> str:
    value = person.get(key)
    return _SPACE.sub(" ", value).strip() if isinstance(value, str) else ""


def author_family_names(message: dict[str, Any], role: str = "author") -> list[str]:
    names: list[str] = []
    for person in _people(message, role):
        family = _name_part(person, "family") or _name_part(person, "name")
        if family:
            names.append(family)
    return names


def author_full_names(message: dict[str, Any], role: str = "author") -> list[str]:
    """ "Family, Given" per person (a group's name alone), in order."""
    names: list[str] = []
    for person in _people(message, role):
        family = _name_part(person, "family")
        given = _name_part(person, "given")
        if family:
            names.append(f"{family}, {given}" if given else family)
        elif _name_part(person, "name"):
            names.append(_name_part(person, "name"))
    return names


def record_from_message(message: dict[str, Any]) -> Record:
    """Normalise one Crossref work message into a `Record`; what does not fit is dropped and
    named in `problems`."""
    problems: list[str] = []
    if not isinstance(message, dict):
        return Record(doi="", problems=["the work message is not an object"])
    # Crossref's own DOI field is authoritative: only fold case (SICI DOIs contain "<>;" that
    # free-text DOI recognition deliberately stops at).
    raw_doi = message.get("DOI")
    doi = doi_key(raw_doi) if isinstance(raw_doi, str) else ""
    if raw_doi is not None and not isinstance(raw_doi, str):
        problems.append(f"'DOI' is {type(raw_doi).__name__}, not text")
    titles = _strings(message, "title", problems)
    title = clean_text(titles[0]) if titles else None
    others = [clean_text(t) for t in [*titles[1:], *_strings(message, "original-title", problems)]]
    subtitles = _strings(message, "subtitle", problems)
    subtitle = clean_text(subtitles[0]) if subtitles else None
    if title and subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {subtitle}"
    role = "author" if author_family_names(message) else "editor"
    _people(message, "author", problems)
    containers = _strings(message, "container-title", problems)
    shorts = [
        t
        for t in (clean_text(s) for s in _strings(message, "short-container-title", problems))
        if t
    ]
    issns = [
        s.upper() if "-" in s else f"{s[:4]}-{s[4:]}".upper()
        for s in _strings(message, "ISSN", problems)
        if _ISSN.match(s.strip())
    ]
    for key in _DATE_KEYS:
        if message.get(key) is not None and _year_of(message.get(key)) is None:
            problems.append(f"'{key}' is not a date")
    page = _scalar(message, "page", problems) or _scalar(message, "article-number", problems)
    kind = message.get("type")
    publisher = message.get("publisher")
    return Record(
        doi=doi,
        title=title,
        authors=author_family_names(message, role),
        author_names=author_full_names(message, role),
        journal=clean_text(containers[0]) if containers else None,
        year=message_year(message),
        volume=_scalar(message, "volume", problems),
        issue=_scalar(message, "issue", problems),
        pages=page,
        type=kind if isinstance(kind, str) else None,
        publisher=publisher if isinstance(publisher, str) else None,
        short_journals=list(dict.fromkeys(shorts)),
        issns=list(dict.fromkeys(issns)),
        other_titles=[t for t in dict.fromkeys(others) if t and t != title],
        years=sorted(message_years(message)),
        notice=_notice(message, problems),
        problems=problems,
    )


def _notice_date(entry: dict[str, Any]) -> str | None:
    updated = entry.get("updated")
    if not isinstance(updated, dict):
        return None
    stamp = updated.get("date-time")
    if isinstance(stamp, str) and re.match(r"\d{4}-\d\d-\d\d", stamp):
        return stamp[:10]
    parts = updated.get("date-parts")
    if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
        return None
    numbers = [p for p in parts[0] if isinstance(p, int) and not isinstance(p, bool)]
    if not numbers or len(numbers) != len(parts[0]) or not 1000 <= numbers[0] <= 2999:
        return None
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(numbers[:3]))


def _notice_entries(message: dict[str, Any], problems: list[str]) -> list[dict[str, Any]]:
    notices: list[dict[str, Any]] = []
    for key in ("updated-by", "update-to"):
        entries = message.get(key)
        if entries is None:
            continue
        if not isinstance(entries, list):
            problems.append(f"'{key}' is {type(entries).__name__}, not a list; ignored")
            continue
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("type"), str):
                notices.append(entry)
            else:
                problems.append(f"an entry of '{key}' is not a notice; ignored")
    relation = message.get("relation")
    if relation is not None and not isinstance(relation, dict):
        problems.append(f"'relation' is {type(relation).__name__}, not an object; ignored")
        relation = {}
    for rel_type, entries in (relation or {}).items():
        if not isinstance(rel_type, str) or not ("retract" in rel_type or "correct" in rel_type):
            continue
        if not isinstance(entries, list):
            problems.append(f"'relation.{rel_type}' is not a list; ignored")
            continue
        for entry in entries:
            if isinstance(entry, dict):
                kind = "retraction" if "retract" in rel_type else "correction"
                target = entry.get("id")
                notices.append({"type": kind, "DOI": target if isinstance(target, str) else None})
    return notices


def _notice(message: dict[str, Any], problems: list[str]) -> Retraction | None:
    notices = _notice_entries(message, problems)
    ranked: tuple[tuple[set[str], RetractionKind], ...] = (
        (_WITHDRAWN, "retraction"),
        (_CONCERN, "expression_of_concern"),
        (_CORRECTION, "correction"),
    )
    for types, kind in ranked:
        for entry in notices:
            if str(entry.get("type", "")).lower().replace("-", "_") in types:
                target = entry.get("DOI")
                return Retraction(
                    kind=kind,
                    doi=normalize_doi(target) if isinstance(target, str) else None,
                    date=_notice_date(entry),
                )
    titles = _strings(message, "title")
    if titles and re.match(r"\s*RETRACTED\b", titles[0]):
        return Retraction(kind="retraction")
    return None


def retraction_from_message(message: dict[str, Any]) -> Retraction | None:
    """The most serious retraction/concern/correction notice on a work, or None.

    Reads `updated-by` (notices about this work) and `update-to` when the publisher put it on
    the work itself, `relation`, plus a "RETRACTED" title prefix, which often precedes the
    metadata."""
    return _notice(message, []) if isinstance(message, dict) else None


def work_message_problem(message: object) -> str | None:
    """Why a DOI answer's message cannot be evidence, or None when it can.

    A message must be an object with a DOI and something to compare (a title, an author, a
    journal or a date): `{"message": {}}` confirms nothing and must not be cached as a hit."""
    if not isinstance(message, dict):
        return "the work message is not an object"
    if not isinstance(message.get("DOI"), str) or not message["DOI"].strip():
        return "the work message has no DOI"
    record = record_from_message(message)
    if not (record.title or record.authors or record.journal or record.year):
        return "the work message has no title, author, journal or date"
    core = [p for p in record.problems if p.startswith(CORE_FIELDS)]
    return "; ".join(core) if core else None


def search_items_problem(items: object) -> str | None:
    """Why a search answer's items cannot be evidence, or None when they can.

    Crossref answers a search with a list of work objects each carrying a DOI; an answer with
    null items, strings or items without a DOI does not fit that schema: it is a fault, and
    "nothing matched" cannot be read from it."""
    if not isinstance(items, list):
        return "the search answer has no list of items"
    for item in items:
        if not isinstance(item, dict):
            return "a search item is not a work object"
        if not isinstance(item.get("DOI"), str) or not item["DOI"].strip():
            return "a search item has no DOI"
        # an item with nothing to compare is allowed (it confirms nothing); wrong types are not
        core = [p for p in record_from_message(item).problems if p.startswith(CORE_FIELDS)]
        if core:
            return "a search item does not fit Crossref's schema (" + "; ".join(core) + ")"
    return None
