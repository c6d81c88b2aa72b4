"""DOI recognition and normalisation, shared by every layer.

Keys are lower-case (DOIs are case-insensitive for ASCII, and Crossref returns them lower-cased);
resolver prefixes, `doi:` labels, URL-encoding, LaTeX escapes and trailing sentence punctuation are
removed. See crossref-api-notes.md §5.

A DOI written as a URL ("https://doi.org/10.5555/test%232020_%2541") is percent-decoded once, as
doi.org encodes it ("%23" is "#", "%25" is "%"), after its own "?query" / "#fragment" is cut off.
A bare DOI ("10.5555/test#2020_%41", "doi:10.1/x") is taken literally, so a decoded DOI
normalises to itself. SICI DOIs keep their "<...>" part
("10.1002/(SICI)1099-1166(199703)12:3<303::AID-GPS590>3.0.CO;2-E").
"""

from __future__ import annotations

import re
from urllib.parse import unquote

# Crossref's recommended pattern (covers ~99% of DOIs), loosened at the end so that we can trim
# trailing punctuation ourselves rather than have the regex guess. "<" and ">" are allowed only as
# a SICI segment ("<303::AID-GPS590>", "<::AID-X>"): one that opens on a digit or ":", which keeps
# out markdown autolinks ("<https://doi.org/10.1/x>") and HTML tags ("10.1/x</a>").
DOI_PATTERN = re.compile(r"10\.\d{4,9}/(?:[^\s\"'<>`]|<[\d:][^\s\"'<>`]*>)+", re.IGNORECASE)

_URL_PREFIX = re.compile(r"^\s*(?:https?://|(?:dx\.)?doi\.org/)", re.IGNORECASE)
_PREFIX = re.compile(
    r"^\s*(?:(?:https?://)?(?:dx\.)?doi\.org/|doi\s*:\s*|doi\s+|urn:doi:)", re.IGNORECASE
)
# Markdown's code ticks and emphasis stars close around a DOI ("`https://doi.org/10.1/x`"); no
# registered DOI ends in either.
_TRAILING = re.compile(r"[.,;:!?\]}\"'’”`*]+$")
_LATEX_ESCAPES = (("{\\_}", "_"), ("\\_", "_"), ("\\%", "%"), ("\\&", "&"), ("{}", ""))


def _trim_closing(doi: str) -> str:
    # A ")" or ">" that closes nothing inside the DOI belongs to the surrounding prose
    # ("(doi:10.1/abc)"), but SICI-style DOIs legitimately contain balanced "(...)" and "<...>".
    while doi.endswith(")") and doi.count(")") > doi.count("("):
        doi = doi[:-1]
    while doi.endswith(">") and doi.count(">") > doi.count("<"):
        doi = doi[:-1]
    return doi


def _trim(doi: str) -> str:
    previous = None
    while previous != doi:
        previous = doi
        doi = _TRAILING.sub("", doi)
        doi = _trim_closing(doi)
    return doi


def _cut_query(doi: str) -> str:
    return re.split(r"[?#]", doi, maxsplit=1)[0] if "?" in doi or "#" in doi else doi


def normalize_doi(value: str | None) -> str | None:
    """Return the lower-case bare DOI in `value`, or None when there is none.

    >>> normalize_doi("https://doi.org/10.1038/MP.2017.255.")
    '10.1038/mp.2017.255'
    >>> normalize_doi("https://doi.org/10.5555/test%232020_%2541")
    '10.5555/test#2020_%41'
    """
    if not value:
        return None
    text = value.strip()
    for escaped, plain in _LATEX_ESCAPES:
        text = text.replace(escaped, plain)
    url_form = bool(_URL_PREFIX.match(text))
    text = _PREFIX.sub("", text)
    if url_form:
        text = _cut_query(text)  # the URL's own query or fragment, not part of the DOI
        if "%" in text:
            text = unquote(text)  # doi.org links percent-encode "/", "#", "%" and others
    elif "%" in text and not DOI_PATTERN.search(text):
        text = unquote(text)  # a bare DOI copied out of a link: "10.1002%2Fjclp.1234"
    match = DOI_PATTERN.search(text)
    if not match:
        return None
    doi = match.group(0)
    if not url_form and match.start() > 0 and text[match.start() - 1] == "/":
        return normalize_doi(f"https://doi.org/{doi}")  # inside a link ("see https://...")
    doi = _trim(doi)
    if "/" not in doi or doi.endswith("/"):
        return None
    return doi.lower()


def find_dois(text: str) -> list[tuple[str, int, int]]:
    """Every DOI in free text as (normalised doi, start, end) with exact offsets of the DOI itself.

    A DOI that is part of a link ("https://doi.org/10.5555/test%232020_%2541") is read as a URL:
    its query or fragment is left out of the span and it is percent-decoded."""
    found: list[tuple[str, int, int]] = []
    for match in DOI_PATTERN.finditer(text):
        start = match.start()
        in_url = start > 0 and text[start - 1] == "/"
        raw = _cut_query(match.group(0)) if in_url else match.group(0)
        raw = _trim(raw)
        doi = normalize_doi(f"https://doi.org/{raw}" if in_url else raw)
        if not doi:
            continue
        found.append((doi, start, start + len(raw)))
    return found


def doi_url(doi: str) -> str:
    return f"https://doi.org/{doi}"


def doi_key(doi: str) -> str:
    """The key under which a registry's own DOI (Crossref's `DOI` field) is stored and looked up:
    white space stripped and case folded, nothing else. That field is authoritative, so none of
    the free-text trimming of `normalize_doi` applies (a SICI DOI's "<...>;" stays whole);
    `normalize_doi` of a cited DOI gives the same key for the same DOI."""
    return doi.strip().lower()


def mistyped_doi(cited: str, found: str) -> bool:
    """`cited` is `found` with one slip of the pen: the same registrant prefix and a suffix of
    at least 6 characters that differs by one character changed, added or dropped, or two
    neighbours swapped ("63.8.865" for "63.8.856"). Such a DOI is a copying error, not another
    DOI of the same work (a work's alias DOIs are never one keystroke apart)."""
    cited_prefix, _, cited_suffix = doi_key(cited).partition("/")
    found_prefix, _, found_suffix = doi_key(found).partition("/")
    if cited_prefix != found_prefix or cited_suffix == found_suffix:
        return False
    if min(len(cited_suffix), len(found_suffix)) < 6:
        return False
    return one_edit(cited_suffix, found_suffix)


def one_edit(one: str, other: str) -> bool:
    """One substitution, insertion, deletion or swap of neighbours turns `one` into `other`."""
    if abs(len(one) - len(other)) > 1:
        return False
    head = 0
    while head < min(len(one), len(other)) and one[head] == other[head]:
        head += 1
    if len(one) == len(other):
        rest_one, rest_other = one[head + 1 :], other[head + 1 :]
        if rest_one == rest_other:
            return True  # one character changed
        swapped = one[head : head + 2] == other[head : head + 2][::-1]
        return swapped and one[head + 2 :] == other[head + 2 :]
    longer, shorter = (one, other) if len(one) > len(other) else (other, one)
    return longer[head + 1 :] == shorter[head:]


# Identifiers beside DOIs that references carry; kept here, the bottom module every layer reads.
_PMID = re.compile(
    r"\bPMID\s*:?\s*(\d{1,9})\b|pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})\b"
    r"|ncbi\.nlm\.nih\.gov/pubmed/(\d{1,9})\b",
    re.IGNORECASE,
)
_PMCID = re.compile(r"\b(?:PMCID\s*:?\s*)?(PMC\d{4,9})\b", re.IGNORECASE)
_ARXIV = re.compile(
    r"\barxiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)"
    r"|arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.IGNORECASE,
)
_ISBN = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx])\b")


def _isbn_valid(digits: str) -> bool:
    if len(digits) == 10:
        total = sum((10 - i) * (10 if c in "Xx" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        return sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits)) % 10 == 0
    return False


def find_identifiers(text: str) -> dict[str, str]:
    """PMID, PMCID, arXiv id and ISBN written in `text` (labels or links), the first of each:
    {"pmid": "10686270", "pmcid": "PMC3312345", "arxiv": "2101.00001", "isbn": "9780199..."}.
    An ISBN is kept only when its check digit holds."""
    found: dict[str, str] = {}
    pmid = _PMID.search(text)
    if pmid:
        found["pmid"] = next(g for g in pmid.groups() if g)
    pmcid = _PMCID.search(text)
    if pmcid:
        found["pmcid"] = pmcid.group(1).upper()
    arxiv = _ARXIV.search(text)
    if arxiv:
        found["arxiv"] = next(g for g in arxiv.groups() if g)
    for isbn in _ISBN.finditer(text):
        digits = re.sub(r"[\s-]", "", isbn.group(1)).upper()
        if _isbn_valid(digits):
            found["isbn"] = digits
            break
    return found
