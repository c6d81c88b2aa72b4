"""Free-text search queries built from a Reference (Crossref `query.bibliographic` style)."""

from __future__ import annotations

import re

from citecheck.doi import DOI_PATTERN
from citecheck.extraction.reflist import plain_text, without_item_notes
from citecheck.models import Reference
from citecheck.verification.mention import MIN_MATCHED, MIN_MATCHED_REPORT, reference_topic
from citecheck.verification.normalize import fold, is_et_al, word_count

MAX_QUERY_CHARS = 300
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
# a "doi:" label only where a DOI follows it: a title may use the word ("... in a DOI: ...")
_DOI_LABEL = re.compile(r"\b(?:doi\s*:?|https?://(?:dx\.)?doi\.org/)\s*(?=10\.)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def _clip(text: str) -> str:
    text = _SPACE.sub(" ", text).strip(" .,;")
    if len(text) <= MAX_QUERY_CHARS:
        return text
    return text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]


def clean_reference_string(raw: str) -> str:
    """The raw reference without markup, DOIs, URLs and list bullets (they only add noise to a
    search)."""
    text = _DOI_LABEL.sub(" ", plain_text(raw))
    text = DOI_PATTERN.sub(" ", text)
    text = _URL.sub(" ", text)
    text = re.sub(r"^\s*(?:[-*•]|\[\d+\]|\d+\.)\s*", "", text)
    return _clip(text)


def formatted_reference(ref: Reference) -> str:
    """A BibTeX entry written out as a reference string (authors, year, title, journal, volume,
    pages): its source text, braces and field names would only add noise to a search."""
    cited = ref.cited
    authors = ", ".join(a for a in cited.authors if not is_et_al(a))
    pieces = [
        authors,
        f"({cited.year})" if cited.year else "",
        cited.title or "",
        cited.journal or "",
        cited.volume or "",
        cited.pages or "",
    ]
    return _clip(" ".join(p.strip() for p in pieces if p and p.strip()))


def parts_query(ref: Reference) -> str:
    cited = ref.cited
    authors = [a for a in cited.authors if not is_et_al(a)][:2]
    pieces = [
        cited.title or "",
        " ".join(authors),
        cited.journal or "",
        str(cited.year) if cited.year else "",
    ]
    return _clip(" ".join(p for p in pieces if p))


QUERY_TOPIC_WORDS = 10  # the mention's first topic words searched on (its counts always)


def in_text_query(ref: Reference) -> str:
    """A mention's search: what it names (authors, journal, year) and its sentence's topic. A
    news outlet's name is left out: the outlet is not the work searched for."""
    cited = ref.cited
    authors = [a for a in cited.authors if not is_et_al(a)][:2]
    topic = reference_topic(ref)
    words = [w for w in topic if not w.isdigit()][:QUERY_TOPIC_WORDS]
    sizes = [w for w in topic if w.isdigit()]
    pieces = [
        " ".join(authors),
        cited.journal or "",
        str(cited.year) if cited.year else "",
        " ".join(words + sizes),
    ]
    return _clip(" ".join(p for p in pieces if p))


def has_specific_claim(ref: Reference) -> bool:
    """A title (>= 3 words) is specific enough that failing to find it is evidence of absence.

    Numbers do not count: "Mol Psychiatry, 2018, 23" is a journal and a locator that a parser
    took for a title (a style that prints no titles), not a claim that a titled work exists."""
    title = re.sub(r"\d+", " ", ref.cited.title or "")
    return word_count(title) >= 3


def searchable(ref: Reference) -> bool:
    """Is there enough to search on?"""
    cited = ref.cited
    authors = [a for a in cited.authors if not is_et_al(a)]
    if word_count(cited.title) >= 2:
        return True
    if authors and (cited.year or cited.journal):
        return True
    if ref.origin != "in_text":
        return False
    topic = [w for w in reference_topic(ref) if not w.isdigit()]
    if cited.journal:
        # "a study published in the Journal of Clinical Psychiatry investigated ...": the journal
        # and the sentence's topic, with or without a year
        return len(topic) >= MIN_MATCHED
    return studies_behind_report(ref)


def studies_behind_report(ref: Reference) -> bool:
    """Does a news mention ("as reported by the Harvard Gazette") describe the study behind the
    report well enough to search for it?"""
    topic = [w for w in reference_topic(ref) if not w.isdigit()]
    return ref.work_kind == "news" and ref.origin == "in_text" and len(topic) >= MIN_MATCHED_REPORT


def reference_queries(ref: Reference) -> list[str]:
    """Queries to try in order: the whole reference string, then its parts (deduplicated)."""
    queries: list[str] = []
    if ref.origin == "in_text" and not ref.cited.title:
        queries.append(in_text_query(ref))
    else:
        whole = formatted_reference(ref) if ref.origin == "bib" else ref.raw or ""
        raw = clean_reference_string(without_item_notes(whole))
        if len(raw.split()) >= 4:
            queries.append(raw)
        queries.append(parts_query(ref))
    seen: set[str] = set()
    unique: list[str] = []
    for query in queries:
        key = fold(query)
        if key and key not in seen:
            seen.add(key)
            unique.append(query)
    return unique


# Works Crossref covers only in part: not finding one is no evidence that it does not exist.
_NOT_ARTICLE_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "a thesis",
            r"\b(?:doctoral\s+dissertation|dissertation|ph\.?\s?d\.?\s+thesis|"
            r"master'?s\s+thesis|thesis)\b",
        ),
        (
            "a book chapter",
            r"\bIn\b[^()]{0,160}\((?:eds?|editors?)\.?\)|\(pp?\.\s*\d"
            # Chicago: "In *Miller's Anesthesia*, edited by ..., 8th ed., 821–63."
            r"|\bIn\s+[^.,]{2,160},\s*(?:edited\s+by\b|\d+(?:st|nd|rd|th)\s+ed\b)",
        ),
        ("a preprint", r"\b(?:preprint|medrxiv|biorxiv|psyarxiv|arxiv|ssrn|research\s+square)\b"),
        ("a trial registry entry", r"\bclinicaltrials\.gov\b|\bNCT\d{8}\b|\bISRCTN\d+|\bEudraCT\b"),
        (
            "prescribing information",
            r"\b(?:prescribing\s+information|package\s+insert|product\s+"
            r"monograph|summary\s+of\s+product\s+characteristics)\b",
        ),
        # "NICE guideline [NG222]", "Clinical guideline CG90": a guideline in a numbered series
        ("a guideline", r"\bguideline\s*\[?[A-Z]{1,5}\d{1,4}\]?"),
        (
            "a report",
            r"\[(?:report|technical\s+report|white\s+paper|fact\s+sheet)\]|"
            r"\btechnical\s+report\b|\bworking\s+paper\b",
        ),
        (
            "a book",
            r"\(\d+(?:st|nd|rd|th)\s+ed\.?\)|\b\d+(?:st|nd|rd|th)\s+edition\b|"
            r"\(ed\.?\s*\d+\)",
        ),
    )
)
_PUBLISHER = re.compile(r"\b(?:press|publishing|publishers|publications|books)\b", re.IGNORECASE)
_BIB_TYPE = re.compile(r"^\s*@\s*(\w+)")
_BIB_ARTICLE_TYPES = {"article", "inproceedings", "conference", "proceedings"}


def non_article_kind(ref: Reference) -> str | None:
    """What the citation reads as when it is not a journal article ("a book", "a thesis", ...),
    or None for a journal article. Only a journal article that a search of Crossref cannot find
    may be judged `not_found`: Crossref's coverage of books, theses, reports, preprints, labels
    and registry entries is too partial for absence to mean anything."""
    raw = ref.raw or ""
    cited = ref.cited
    if ref.origin == "bib":
        entry = _BIB_TYPE.match(raw)
        if entry and entry.group(1).lower() not in _BIB_ARTICLE_TYPES:
            return f"a BibTeX @{entry.group(1).lower()} entry"
    for kind, mark in _NOT_ARTICLE_MARKS:
        if mark.search(raw) or (cited.journal and mark.search(cited.journal)):
            return kind
    if cited.journal and _PUBLISHER.search(cited.journal):
        return "a book"
    if cited.publisher and not cited.journal:
        return "a book"  # read in a book's form: "Arlington (VA): Publisher; 2017"
    if cited.publisher:
        return "a book chapter"  # "In Book, 821–63. Place: Publisher, 2015": the journal is a book
    if not cited.journal:
        return "a work with no journal named"
    authors = {fold(a) for a in cited.authors}
    if fold(cited.journal) in authors:
        return "an organisation's own publication"  # WHO (2017) ... World Health Organization
    return None
