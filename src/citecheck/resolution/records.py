"""Crossref `work` messages -> `Record`, and the retraction/correction notices they carry.

Crossref's shapes (crossref-api-notes.md §3): titles are lists (possibly empty), authors may be
organisations (`name` instead of `family`), dates are partial (`[[2019]]`, `[[null]]`), pages are
strings ("801-811", "e33693"), and notices live in `updated-by` on the work (sometimes also in
`update-to` on the work itself).
"""

from __future__ import annotations

import contextlib
import html
import re
from typing import Any

from citecheck.doi import normalize_doi
from citecheck.models import Record, Retraction

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")

# update types that mean the work is withdrawn, in the order they outrank each other
_WITHDRAWN = {"retraction", "partial_retraction", "withdrawal", "removal"}
_CONCERN = {"expression_of_concern"}
_CORRECTION = {"correction", "erratum", "corrigendum"}


def clean_text(value: str | None) -> str | None:
    """Strip JATS/HTML tags and entities and fold white space."""
    if value is None:
        return None
    text = html.unescape(_TAG.sub("", value))
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _first(values: Any) -> str | None:
    if isinstance(values, list):
        for value in values:
            if isinstance(value, str) and value.strip():
                return value
        return None
    return values if isinstance(values, str) else None


def message_year(message: dict[str, Any]) -> int | None:
    """The year Crossref says the work was issued (earliest of print and online)."""
    for key in ("issued", "published", "published-print", "published-online", "posted", "created"):
        parts = (message.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0] is not None:
            try:
                return int(parts[0][0])
            except (TypeError, ValueError):
                continue
    return None


def message_years(message: dict[str, Any]) -> set[int]:
    """Every year any of the work's dates names (online-first vs print differ by one often)."""
    years: set[int] = set()
    for key in ("issued", "published", "published-print", "published-online", "posted"):
        parts = (message.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0] is not None:
            with contextlib.suppress(TypeError, ValueError):
                years.add(int(parts[0][0]))
    return years


def author_family_names(message: dict[str, Any], role: str = "author") -> list[str]:
    names: list[str] = []
    for person in message.get(role) or []:
        if not isinstance(person, dict):
            continue
        family = person.get("family") or person.get("name")
        if isinstance(family, str) and family.strip():
            names.append(_SPACE.sub(" ", family).strip())
    return names


def author_full_names(message: dict[str, Any], role: str = "author") -> list[str]:
    """ "Family, Given" per person (a group's name alone), in order."""
    names: list[str] = []
    for person in message.get(role) or []:
        if not isinstance(person, dict):
            continue
        family = _SPACE.sub(" ", str(person.get("family") or person.get("name") or "")).strip()
        given = _SPACE.sub(" ", str(person.get("given") or "")).strip()
        if family:
            names.append(f"{family}, {given}" if given and person.get("family") else family)
    return names


def record_from_message(message: dict[str, Any]) -> Record:
    """Normalise one Crossref work message into a `Record`."""
    # Crossref's own DOI field is authoritative: only fold case (SICI DOIs contain "<>;" that
    # free-text DOI recognition deliberately stops at).
    doi = str(message.get("DOI") or "").strip().lower()
    title = clean_text(_first(message.get("title")))
    subtitle = clean_text(_first(message.get("subtitle")))
    if title and subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {subtitle}"
    role = "author" if author_family_names(message) else "editor"
    authors = author_family_names(message, role)
    journal = clean_text(_first(message.get("container-title")))
    page = message.get("page") or message.get("article-number")
    return Record(
        doi=doi,
        title=title,
        authors=authors,
        author_names=author_full_names(message, role),
        journal=journal,
        year=message_year(message),
        volume=str(message["volume"]) if message.get("volume") else None,
        issue=str(message["issue"]) if message.get("issue") else None,
        pages=str(page) if page else None,
        type=message.get("type"),
        publisher=message.get("publisher"),
    )


def _notice_date(entry: dict[str, Any]) -> str | None:
    updated = entry.get("updated") or {}
    if updated.get("date-time"):
        return str(updated["date-time"])[:10]
    parts = (updated.get("date-parts") or [[None]])[0]
    if parts and parts[0] is not None:
        return "-".join(f"{int(p):02d}" if i else str(int(p)) for i, p in enumerate(parts))
    return None


def retraction_from_message(message: dict[str, Any]) -> Retraction | None:
    """The most serious retraction/concern/correction notice on a work, or None.

    Reads `updated-by` (notices about this work) and `update-to` when the publisher put it on
    the work itself, plus a "RETRACTED" title prefix, which often precedes the metadata."""
    notices: list[dict[str, Any]] = []
    for key in ("updated-by", "update-to"):
        for entry in message.get(key) or []:
            if isinstance(entry, dict) and entry.get("type"):
                notices.append(entry)
    relation = message.get("relation") or {}
    for rel_type, entries in relation.items():
        if "retract" in rel_type or "correct" in rel_type:
            for entry in entries or []:
                if isinstance(entry, dict):
                    kind = "retraction" if "retract" in rel_type else "correction"
                    notices.append({"type": kind, "DOI": entry.get("id")})

    def pick(types: set[str]) -> dict[str, Any] | None:
        for entry in notices:
            if str(entry.get("type", "")).lower().replace("-", "_") in types:
                return entry
        return None

    for types, kind in (
        (_WITHDRAWN, "retraction"),
        (_CONCERN, "expression_of_concern"),
        (_CORRECTION, "correction"),
    ):
        entry = pick(types)
        if entry is not None:
            return Retraction(
                kind=kind, doi=normalize_doi(entry.get("DOI")), date=_notice_date(entry)
            )
    title = _first(message.get("title")) or ""
    if re.match(r"\s*RETRACTED\b", title):
        return Retraction(kind="retraction")
    return None
