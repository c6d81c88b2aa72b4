"""A work's own text (its abstract, in labelled sections) and what the text services say about
the work (publication types, MeSH headings, trial ids), read from the three shapes they come in:
Crossref's JATS `abstract`, Europe PMC's `abstractText` (sections as `<h4>Label</h4>`) and
PubMed's efetch XML (one `AbstractText` per section, with `Label` and `NlmCategory`).

Parsers never raise on bad input: PubMed XML that does not parse is `None` (the caller reports a
failure, never "no abstract"); markup they do not know is dropped, its text kept.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from typing import Literal

from pydantic import BaseModel, Field

from citecheck.resolution.source import LookupStatus

TextOrigin = Literal["crossref", "pubmed", "europepmc"]
ServedFrom = Literal["crossref", "pubmed", "europepmc", "cache", "snapshot"]

# Section names as PubMed's NlmCategory spells them; other labels are folded onto these.
_CATEGORY_WORDS = (
    ("BACKGROUND", ("background", "introduction", "context", "rationale", "importance")),
    ("OBJECTIVE", ("objective", "aim", "purpose", "goal", "question")),
    (
        "METHODS",
        (
            "method",
            "design",
            "setting",
            "participant",
            "patient",
            "intervention",
            "measure",
            "material",
            "procedure",
            "subject",
            "population",
        ),
    ),
    ("RESULTS", ("result", "finding", "outcome")),
    ("CONCLUSIONS", ("conclusion", "interpretation", "discussion", "implication", "relevance")),
)
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))"
    r"(?P<label>BACKGROUND|INTRODUCTION|CONTEXT|IMPORTANCE|OBJECTIVES?|AIMS?|PURPOSE|METHODS?|"
    r"DESIGN|SETTING|PARTICIPANTS|PATIENTS|INTERVENTIONS?|MAIN OUTCOMES? AND MEASURES?|"
    r"MEASUREMENTS|RESULTS|FINDINGS|CONCLUSIONS?|CONCLUSIONS AND RELEVANCE|INTERPRETATION|"
    r"TRIAL REGISTRATION|FUNDING|Background|Objectives?|Methods?|Results|Conclusions?|Findings|"
    r"Interpretation)\s*:\s+"
)
_TAG = re.compile(r"<[^>]{0,500}>")
_JATS_TITLE = re.compile(r"<(?:jats:)?title[^>]*>(.*?)</(?:jats:)?title>", re.DOTALL)
_H4 = re.compile(r"<h4[^>]*>(.*?)</h4>", re.DOTALL | re.IGNORECASE)
_BLOCK_END = re.compile(r"</(?:jats:)?(?:p|sec)>|<br\s*/?>", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\f\v]+")


class TextSection(BaseModel):
    label: str | None = None  # as the source writes it ("Results", "METHODS")
    category: str | None = None  # BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS
    text: str


class SourceText(BaseModel):
    """What one service holds about a work."""

    doi: str
    origin: TextOrigin
    pmid: str | None = None
    title: str | None = None
    sections: list[TextSection] = Field(default_factory=list)
    publication_types: list[str] = Field(default_factory=list)
    mesh: list[str] = Field(default_factory=list)
    trial_ids: list[str] = Field(default_factory=list)
    retracted: bool = False
    preprint: bool = False
    crossref_type: str | None = None

    @property
    def has_text(self) -> bool:
        return any(section.text.strip() for section in self.sections)


class TextResult(BaseModel):
    """One service's answer: FOUND (a record, with or without an abstract), ABSENT (the service
    holds no record for the DOI), FAILED or OFFLINE (no answer: never evidence)."""

    status: LookupStatus
    text: SourceText | None = None
    served_from: ServedFrom | None = None
    detail: str | None = None


def category_of(label: str | None) -> str | None:
    if not label:
        return None
    lowered = label.lower()
    for category, words in _CATEGORY_WORDS:
        if any(word in lowered for word in words):
            return category
    return None


def _clean(fragment: str) -> str:
    text = html.unescape(_TAG.sub("", fragment))
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return " ".join(line for line in lines if line)


def _labelled(pieces: list[tuple[str | None, str]]) -> list[TextSection]:
    """Sections from (label, text) pieces; an unlabelled piece that itself opens with inline
    labels ("BACKGROUND: ... METHODS: ...") is split at them."""
    sections: list[TextSection] = []
    for label, raw in pieces:
        text = raw.strip()
        if not text:
            continue
        if label is None:
            sections.extend(split_inline_labels(text))
        else:
            sections.append(TextSection(label=label, category=category_of(label), text=text))
    return sections


def split_inline_labels(text: str) -> list[TextSection]:
    """ "BACKGROUND: x. METHODS: y." -> two sections; text without labels is one section."""
    matches = list(_INLINE_LABEL.finditer(text))
    if not matches:
        return [TextSection(text=text.strip())] if text.strip() else []
    sections: list[TextSection] = []
    if text[: matches[0].start()].strip():
        sections.append(TextSection(text=text[: matches[0].start()].strip()))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        body = text[match.end() : end].strip()
        if body:
            label = match.group("label")
            sections.append(TextSection(label=label, category=category_of(label), text=body))
    return sections


def sections_from_markup(markup: str, heading: re.Pattern[str]) -> list[TextSection]:
    """Split markup at its headings (`heading`'s group 1 is the label) and strip the tags."""
    marked = _BLOCK_END.sub("\n", markup)
    pieces: list[tuple[str | None, str]] = []
    label: str | None = None
    cursor = 0
    for match in heading.finditer(marked):
        pieces.append((label, _clean(marked[cursor : match.start()])))
        label = _clean(match.group(1)).rstrip(":. ") or None
        cursor = match.end()
    pieces.append((label, _clean(marked[cursor:])))
    return _labelled(pieces)


def sections_from_jats(abstract: str) -> list[TextSection]:
    """Crossref's `abstract`: JATS with `<jats:sec><jats:title>` sections, or plain `<jats:p>`.
    A leading title "Abstract" names no section and is dropped."""
    sections = sections_from_markup(abstract, _JATS_TITLE)
    return [
        s.model_copy(update={"label": None, "category": None})
        if (s.label or "").lower() == "abstract"
        else s
        for s in sections
    ]


def sections_from_europepmc(abstract: str) -> list[TextSection]:
    return sections_from_markup(abstract, _H4)


def _text_of(element: ET.Element | None) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip() if element is not None else ""


def parse_pubmed_xml(body: bytes) -> list[SourceText] | None:
    """Every `PubmedArticle` of an efetch answer; None when the body is not PubMed XML."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if root.tag != "PubmedArticleSet":
        return None
    return [_pubmed_article(article) for article in root.findall("PubmedArticle")]


def _pubmed_article(article: ET.Element) -> SourceText:
    citation = article.find("MedlineCitation")
    pmid = _text_of(citation.find("PMID")) if citation is not None else ""
    body = citation.find("Article") if citation is not None else None
    doi = ""
    for article_id in article.iterfind("PubmedData/ArticleIdList/ArticleId"):
        if article_id.get("IdType") == "doi":
            doi = _text_of(article_id).lower()
    if not doi and body is not None:
        for location in body.iterfind("ELocationID"):
            if location.get("EIdType") == "doi":
                doi = _text_of(location).lower()
    sections: list[TextSection] = []
    if body is not None:
        for part in body.iterfind("Abstract/AbstractText"):
            text = _text_of(part)
            if not text:
                continue
            label = part.get("Label")
            category = part.get("NlmCategory")
            if category in (None, "UNASSIGNED"):
                category = category_of(label)
            if label is None and category is None:
                sections.extend(split_inline_labels(text))
            else:
                sections.append(TextSection(label=label, category=category, text=text))
    types = [_text_of(t) for t in article.iterfind(".//PublicationTypeList/PublicationType")]
    mesh = [_text_of(d) for d in article.iterfind(".//MeshHeadingList/MeshHeading/DescriptorName")]
    trials = [
        _text_of(number)
        for number in article.iterfind(".//DataBankList/DataBank/AccessionNumberList/*")
    ]
    retracted = "Retracted Publication" in types or any(
        c.get("RefType") == "RetractionIn"
        for c in article.iterfind(".//CommentsCorrectionsList/CommentsCorrections")
    )
    return SourceText(
        doi=doi,
        origin="pubmed",
        pmid=pmid or None,
        title=_text_of(body.find("ArticleTitle")) or None if body is not None else None,
        sections=sections,
        publication_types=[t for t in types if t],
        mesh=[m for m in mesh if m],
        trial_ids=[t for t in trials if t],
        retracted=retracted,
        preprint="Preprint" in types,
    )
