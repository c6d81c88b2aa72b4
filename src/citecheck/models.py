"""The pydantic models every stage exchanges.

They are the findings file (schema_version "1"): the findings
file is `Findings.model_dump(mode="json")`, and `citecheck schema` prints
`Findings.model_json_schema()`. A few fields are additions to the contract (marked "addition");
every contract field is present with the contract's name and meaning.

This module imports nothing from citecheck: every other layer may import it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION: Final = "1"


class Verdict(StrEnum):
    """What citecheck concludes about one cited work (contract: Verdicts)."""

    VERIFIED = "verified"
    METADATA_MISMATCH = "metadata_mismatch"
    WRONG_DOI = "wrong_doi"
    NOT_FOUND = "not_found"
    UNVERIFIABLE = "unverifiable"


class ClaimType(StrEnum):
    ONSET_TIME = "onset_time"
    DURATION = "duration"
    DOSE = "dose"
    DOSE_RANGE = "dose_range"
    SAMPLE_SIZE = "sample_size"
    PERCENTAGE = "percentage"
    FREQUENCY_SCHEDULE = "frequency_schedule"
    ROUTE = "route"
    STUDY_ATTRIBUTION = "study_attribution"
    OTHER_QUANTITY = "other_quantity"


Origin = Literal["bib", "reference_list", "in_text"]
SourceName = Literal["crossref-api", "cache", "snapshot"]
CitationKind = Literal["parenthetical", "narrative", "numeric"]
# addition: how a claim whose sentence cites nothing was linked to a neighbouring citation
ClaimLink = Literal["next_sentence", "paragraph_end", "previous_sentence"]
RetractionKind = Literal["retraction", "correction", "expression_of_concern"]
# addition: what sort of thing a reference names; non-scholarly ones end `unverifiable`
# with reason `not_scholarly` rather than being searched for and called `not_found`.
WorkKind = Literal["scholarly", "web_page", "news", "institution", "unknown"]
# v1.1: does the cited work's own text (its abstract) say what the claim says?
SupportVerdict = Literal[
    "consistent", "contradicted", "not_in_source", "no_source_text", "unverifiable"
]
TextSourceName = Literal["crossref", "pubmed", "europepmc", "cache", "snapshot"]
StudyDesign = Literal[
    "rct",
    "meta_analysis",
    "systematic_review",
    "observational",
    "case_report",
    "review",
    "guideline",
    "preprint",
    "animal",
    "in_vitro",
    "other",
]
Species = Literal["human", "animal", "mixed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


CLAIM_TYPE_PATTERN = r"^[a-z][a-z0-9_]*$"


class Claim(_Model):
    """A checkable statement in an article; `text == article_text[start:end]`."""

    id: str
    # The contract's types are `ClaimType`; a user may add types in data/claims.yaml, so the
    # field is any lower-case identifier rather than a closed enum.
    type: str = Field(
        pattern=CLAIM_TYPE_PATTERN,
        description="one of "
        + ", ".join(t.value for t in ClaimType)
        + ", or a type added in claims.yaml",
    )
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sentence: str
    value: dict[str, Any] = Field(
        default_factory=dict,
        description='normalised value, e.g. {"value": 403, "unit": "patient"} or '
        '{"low": 0.5, "high": 1.0, "unit": "mg/kg"}',
    )
    qualifier: str | None = None
    hedged: bool = False
    hedge: str | None = Field(default=None, description="addition: the hedging cue found, if any")
    hedge_scope: Literal["clause", "sentence"] | None = Field(
        default=None,
        description="addition: 'clause' when the cue is in the claim's own clause, 'sentence' "
        'when it is only elsewhere in the sentence ("may help, but 403 patients enrolled")',
    )
    reference_ids: list[str] = Field(default_factory=list)
    linked_by: ClaimLink | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="addition: set when the claim's own sentence cites nothing and "
        "`reference_ids` come from a neighbour: 'next_sentence' (the next sentence of its "
        "paragraph closes with the citation), 'paragraph_end' (the paragraph's only citation "
        "closes it) or 'previous_sentence' (an earlier sentence of its paragraph reports the "
        "study and cites it, and the claim's sentence goes on with that study's people or "
        "results); absent when the claim's sentence, its attribution or an anaphor decides",
    )
    # v1.1 (`Support` is defined below; pydantic resolves the name when first used)
    support: Support | None = Field(
        default=None,
        description="v1.1: the claim held against the text of the work it rests on; null when "
        "it rests on nothing checkable",
    )


def extracted_claim(
    *,
    id: str,
    type: str,
    text: str,
    start: int,
    end: int,
    sentence: str,
    value: dict[str, Any],
    qualifier: str | None,
    hedged: bool,
    hedge: str | None,
    hedge_scope: Literal["clause", "sentence"] | None,
) -> Claim:
    """The `Claim` that `Claim(...)` with these fields builds, without validating them again:
    for the extractor, whose own code makes every one of them (types from the loaded rules,
    offsets into the text), thousands of times per article. Validation costs ~8 us a claim,
    `model_construct` far more; tests/test_extracted_claim.py holds the two equal, field for
    field and in the findings file."""
    fields = {
        "id": id,
        "type": str(type),
        "text": text,
        "start": start,
        "end": end,
        "sentence": sentence,
        "value": dict(value),  # a copy, as validation makes: later stages write into it
        "qualifier": qualifier,
        "hedged": hedged,
        "hedge": hedge,
        "hedge_scope": hedge_scope,
    }
    claim = Claim.__new__(Claim)
    state = object.__setattr__
    # the fields linking and the support check fill in later, at Claim's defaults (the tests
    # hold the two equal, key order included)
    state(claim, "__dict__", {**fields, "reference_ids": [], "linked_by": None, "support": None})
    state(claim, "__pydantic_fields_set__", set(fields))
    state(claim, "__pydantic_extra__", None)
    state(claim, "__pydantic_private__", None)
    return claim


class Cited(_Model):
    """What a citation claims about the work; nulls where it says nothing."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list, description="family names, in order")
    year: int | None = None
    journal: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    url: str | None = None
    # additions: identifiers beside the DOI (labels or PubMed/PMC/arXiv links), written to
    # findings only when the citation gives them
    pmid: str | None = Field(
        default=None, exclude_if=lambda v: v is None, description="addition: PubMed id"
    )
    pmcid: str | None = Field(
        default=None, exclude_if=lambda v: v is None, description="addition: PMC id ('PMC…')"
    )
    arxiv: str | None = Field(
        default=None, exclude_if=lambda v: v is None, description="addition: arXiv id"
    )
    isbn: str | None = Field(
        default=None, exclude_if=lambda v: v is None, description="addition: ISBN (digits)"
    )
    other_doi: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="addition: a second DOI the citation gives that differs from `doi` (most "
        "often a link's target); `doi` is the one checked",
    )
    publisher: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="addition: a book's publisher, where the entry names one in a book's form "
        "(Vancouver: 'Place: Publisher; 2017')",
    )
    edited: bool = Field(
        default=False,
        exclude_if=lambda v: not v,
        description="addition: the names are the book's editors, not its authors "
        "('Schatzberg AF, Nemeroff CB, editors.')",
    )


class Reason(_Model):
    """A short machine-readable code plus a human sentence."""

    code: str
    message: str


class Support(_Model):
    """v1.1: what the cited work's own text says about a claim (contract: `Claim.support`)."""

    verdict: SupportVerdict
    reference_id: str
    source: TextSourceName | None = None
    evidence: str | None = Field(
        default=None, description="the source's sentence that decides it, verbatim"
    )
    section: str | None = None
    found: dict[str, Any] | None = Field(
        default=None, description="the value the source gives, same shape as Claim.value"
    )
    reasons: list[Reason] = Field(default_factory=list)


class Study(_Model):
    """v1.1: what kind of evidence a cited work is (contract: `Reference.study`)."""

    publication_types: list[str] = Field(default_factory=list)
    design: StudyDesign = "other"
    species: Species | None = None
    trial_ids: list[str] = Field(default_factory=list)
    source: Literal["pubmed", "europepmc", "crossref"]


class Record(_Model):
    """The work found in Crossref (or the cache or snapshot standing in for it)."""

    doi: str
    title: str | None = None
    authors: list[str] = Field(default_factory=list, description="family names, in order")
    author_names: list[str] = Field(
        default_factory=list,
        description="addition: full names as Crossref gives them ('Zanos, Panos'), for --fix-bib",
    )
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    type: str | None = None
    publisher: str | None = None
    # additions read from the Crossref message at the boundary, for comparison only (not written
    # to findings): verification reads these, never the raw message
    short_journals: list[str] = Field(
        default_factory=list, exclude=True, description="addition: short-container-title"
    )
    issns: list[str] = Field(default_factory=list, exclude=True, description="addition: ISSN")
    other_titles: list[str] = Field(
        default_factory=list,
        exclude=True,
        description="addition: the work's other titles (a translation registered beside the "
        "original, original-title), which a citation may give instead",
    )
    years: list[int] = Field(
        default_factory=list,
        exclude=True,
        description="addition: every year the work's dates name (print, online, issued)",
    )
    notice: Retraction | None = Field(
        default=None, exclude=True, description="addition: retraction/concern/correction notice"
    )
    problems: list[str] = Field(
        default_factory=list,
        exclude=True,
        description="addition: fields of the answer dropped because they did not fit the schema",
    )


class FieldCheck(_Model):
    field: str
    cited: str | None
    found: str | None
    score: float = Field(ge=0.0, le=1.0)
    ok: bool
    # why a stated field was not compared (found is then None): e.g. written in another script
    note: str | None = None


class Retraction(_Model):
    kind: RetractionKind
    doi: str | None = None
    date: str | None = None


class CitedAs(_Model):
    """addition: another place the article cites the same work (a reference-list entry or an
    in-text mention merged into a `--bib` entry), kept as it stands."""

    origin: Origin
    raw: str
    start: int | None = Field(default=None, description="offset of `raw` in the article")
    end: int | None = Field(default=None, description="end offset of `raw`")


class Reference(_Model):
    """A work the article cites, and (after verification) what citecheck found."""

    id: str
    origin: Origin
    raw: str
    cited: Cited = Field(default_factory=Cited)
    verdict: Verdict | None = Field(
        default=None, description="null only before verification (e.g. `citecheck refs`)"
    )
    reasons: list[Reason] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    record: Record | None = None
    field_checks: list[FieldCheck] = Field(default_factory=list)
    suggested_doi: str | None = None
    retraction: Retraction | None = None
    source: SourceName | None = None
    # additions
    key: str | None = Field(default=None, description="addition: BibTeX key, when from --bib")
    start: int | None = Field(default=None, description="addition: offset of `raw` in the article")
    end: int | None = Field(default=None, description="addition: end offset of `raw`")
    work_kind: WorkKind = Field(default="scholarly", description="addition")
    context: str | None = Field(
        default=None,
        description="addition: for in-text references, the sentence that cites the work "
        "(journal, year and topic words the resolver can search on)",
    )
    study: Study | None = Field(
        default=None, description="v1.1: the work's publication types, design, species, trials"
    )
    topic: list[str] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="addition: for a narrative or news mention, the distinctive topic words and "
        "counts of people of its sentence, which the search and the check of a candidate use",
    )
    also_cited_as: list[CitedAs] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="addition: the same work as the article also cites it (same DOI, or same "
        "title, year and first author), merged into this reference so it is checked once",
    )
    never_cited: bool = Field(
        default=False,
        exclude_if=lambda v: not v,
        description="addition: a reference-list entry no in-text citation names, in an "
        "article that cites its list by number or by author and year (false where the "
        "article's citations cannot tell)",
    )
    # whether the article's reference list should hold this in-text-only reference: decided
    # by extraction for an author-year mention (None: the audit's rule by citation kind holds)
    unlisted: SkipJsonSchema[bool | None] = Field(default=None, exclude=True)


class Citation(_Model):
    """One in-text mention; `text == article_text[start:end]`."""

    id: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: CitationKind
    reference_id: str | None = None
    reasons: list[Reason] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="addition: what is odd about the mention against the reference it names, "
        "without changing that reference's verdict (`year_differs`: the text's year is not "
        "the entry's)",
    )


class ArticleMeta(_Model):
    """What a web page or document says about itself (contract v1.1, Inputs); unknown is null."""

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: str | None = Field(default=None, description="ISO date (YYYY-MM-DD) when known")
    site: str | None = None
    url: str | None = None


class ArticleFindings(_Model):
    path: str
    sha256: str
    chars: int
    claims: list[Claim] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    meta: ArticleMeta | None = Field(
        default=None, description="v1.1: title, authors, date and site of a page or document"
    )
    # addition, in memory only (not in the findings file or its schema): where each line of the
    # article's text starts, so reports can give "line 12, column 5" for an offset
    line_starts: SkipJsonSchema[list[int]] = Field(default_factory=list, exclude=True)


class ToolInfo(_Model):
    name: Literal["citecheck"] = "citecheck"
    version: str


class Summary(_Model):
    articles: int
    claims: int
    references: int
    verdicts: dict[str, int]


class Findings(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    tool: ToolInfo
    generated_at: str
    articles: list[ArticleFindings]
    summary: Summary


def summarise(articles: list[ArticleFindings]) -> Summary:
    """Count articles, claims, references and verdicts (every verdict key present)."""
    verdicts = {v.value: 0 for v in Verdict}
    for article in articles:
        for ref in article.references:
            if ref.verdict is not None:
                verdicts[ref.verdict.value] += 1
    return Summary(
        articles=len(articles),
        claims=sum(len(a.claims) for a in articles),
        references=sum(len(a.references) for a in articles),
        verdicts=verdicts,
    )
