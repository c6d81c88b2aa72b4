"""DOI recognition and normalisation, shared by every layer.

Keys are lower-case (DOIs are case-insensitive for ASCII, and Crossref returns them lower-cased);
resolver prefixes, `doi:` labels, URL-encoding, LaTeX escapes and trailing sentence punctuation are
removed. See crossref-api-notes.md §5.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

# Crossref's recommended pattern (covers ~99% of DOIs), loosened at the end so that we can trim
# trailing punctuation ourselves rather than have the regex guess.
DOI_PATTERN = re.compile(r"10\.\d{4,9}/[^\s\"'<>]+", re.IGNORECASE)

_PREFIX = re.compile(
    r"^\s*(?:(?:https?://)?(?:dx\.)?doi\.org/|doi\s*:\s*|doi\s+|urn:doi:)", re.IGNORECASE
)
_TRAILING = re.compile(r"[.,;:!?\]}>\"'’”]+$")
_LATEX_ESCAPES = (("{\\_}", "_"), ("\\_", "_"), ("\\%", "%"), ("\\&", "&"), ("{}", ""))


def _trim_closing_paren(doi: str) -> str:
    # A ")" that closes nothing inside the DOI belongs to the surrounding prose
    # ("(doi:10.1/abc)"), but SICI-style DOIs legitimately contain balanced parentheses.
    while doi.endswith(")") and doi.count(")") > doi.count("("):
        doi = doi[:-1]
    return doi


def normalize_doi(value: str | None) -> str | None:
    """Return the lower-case bare DOI in `value`, or None when there is none.

    >>> normalize_doi("https://doi.org/10.1038/MP.2017.255.")
    '10.1038/mp.2017.255'
    """
    if not value:
        return None
    text = value.strip()
    for escaped, plain in _LATEX_ESCAPES:
        text = text.replace(escaped, plain)
    text = _PREFIX.sub("", text)
    if "%" in text:
        text = unquote(text)  # doi.org links percent-encode "/" and other characters
    match = DOI_PATTERN.search(text)
    if not match:
        return None
    doi = match.group(0)
    doi = re.split(r"[?#]", doi, maxsplit=1)[0] if "?" in doi or "#" in doi else doi
    previous = None
    while previous != doi:
        previous = doi
        doi = _TRAILING.sub("", doi)
        doi = _trim_closing_paren(doi)
    if "/" not in doi or doi.endswith("/"):
        return None
    return doi.lower()


def find_dois(text: str) -> list[tuple[str, int, int]]:
    """Every DOI in free text as (normalised doi, start, end) with exact offsets of the DOI itself."""
    found: list[tuple[str, int, int]] = []
    for match in DOI_PATTERN.finditer(text):
        raw = match.group(0)
        doi = normalize_doi(raw)
        if not doi:
            continue
        # the normalised form may be shorter (trimmed punctuation); keep offsets of what remains
        end = match.start() + len(raw)
        while end > match.start() and text[match.start() : end].lower() != doi:
            end -= 1
            if text[match.start() : end].lower() == doi:
                break
        if text[match.start() : end].lower() != doi:
            end = match.start() + len(raw)
        found.append((doi, match.start(), end))
    return found


def doi_url(doi: str) -> str:
    return f"https://doi.org/{doi}"
