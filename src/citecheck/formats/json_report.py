"""The findings file (contract: schema_version "1") and its JSON Schema."""

from __future__ import annotations

from typing import Any

from citecheck.formats.safe_text import json_safe
from citecheck.models import SCHEMA_VERSION, Findings

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:citecheck:findings:{SCHEMA_VERSION}"


def to_json(findings: Findings) -> str:
    """The findings file: every contract field, two-space indent, no trailing newline."""
    return json_safe(findings.model_dump_json(indent=2))


# The contract's fields of each object (contract.md, "The findings file"); required in the schema.
CONTRACT_FIELDS: dict[str, frozenset[str]] = {
    "Findings": frozenset({"schema_version", "tool", "generated_at", "articles", "summary"}),
    "ToolInfo": frozenset({"name", "version"}),
    "ArticleFindings": frozenset({"path", "sha256", "chars", "claims", "references", "citations"}),
    "Claim": frozenset(
        {"id", "type", "text", "start", "end", "sentence", "value", "qualifier", "hedged",
         "reference_ids"}
    ),
    "Reference": frozenset(
        {"id", "origin", "raw", "cited", "verdict", "reasons", "confidence", "record",
         "field_checks", "suggested_doi", "retraction", "source"}
    ),
    "Cited": frozenset(
        {"title", "authors", "year", "journal", "volume", "issue", "pages", "doi", "url"}
    ),
    "Record": frozenset(
        {"doi", "title", "authors", "journal", "year", "volume", "issue", "pages", "type",
         "publisher"}
    ),
    "FieldCheck": frozenset({"field", "cited", "found", "score", "ok"}),
    "Retraction": frozenset({"kind", "doi", "date"}),
    "Reason": frozenset({"code", "message"}),
    "Citation": frozenset({"id", "text", "start", "end", "kind", "reference_id"}),
    "Summary": frozenset({"articles", "claims", "references", "verdicts"}),
}  # fmt: skip

# Every code a reference's reasons carry, with what it says; `tests/test_schema.py` checks this
# list against the codes the verification layer writes.
REFERENCE_REASON_CODES: dict[str, str] = {
    "fields_agree": "the cited fields agree with the work's metadata",
    "doi_resolves": "the cited DOI resolves (at Crossref, in the cache or in the local snapshot)",
    "doi_other_work": "the cited DOI identifies another work",
    "title_of_other_work": "the cited title is another work's, the other fields the DOI's work's",
    "doi_unregistered": "the cited DOI is not registered",
    "other_agency": "the DOI belongs to a registration agency other than Crossref",
    "search_match": "a bibliographic search found the cited work",
    "search_match_other_doi": "the search found the work under another DOI",
    "doi_mistyped": "the cited DOI is the work's DOI with one character slipped; the work was "
    "found by search",
    "search_no_match": "no search candidate matched the citation",
    "probable_match": "a likely match, not certain enough to confirm",
    "mention_match": "a search found the work a mention describes (its named fields and topic)",
    "study_behind_report": "a search found the study a news report describes",
    "too_little_to_search": "the citation gives too little to search on",
    "not_in_reference_list": "cited in the text, but the article's reference list lacks it",
    "listed_twice": "the reference list holds the same work in an earlier entry",
    "not_journal_article": "not a journal article, which Crossref may lack",
    "journal_other_script": "a journal named in a non-Latin script, which Crossref may lack",
    "not_scholarly": "a web page, news report or institution's page",
    "network": "the lookup failed (network error, time-out, 5xx, 429, malformed answer)",
    "offline": "the run is offline and no local copy answered",
    "not_in_snapshot": "the local snapshot or cache does not hold it",
    "title_differs": "the cited title differs",
    "title_variant": "the cited title is a variant of the work's",
    "not_compared": "a stated field was not compared (e.g. written in another script)",
    "authors_differ": "the cited authors differ",
    "authors_spelling": "an author's name is misspelt",
    "journal_differs": "the cited journal differs",
    "volume_differs": "the cited volume differs",
    "issue_differs": "the cited issue differs",
    "pages_differ": "the cited pages differ",
    "year_differs": "the cited year differs by more than one",
    "year_off_by_one": "the cited year is one off (online vs print)",
    "retracted": "the work has been retracted",
    "expression_of_concern": "the work carries an expression of concern",
    "corrected": "the work has a published correction",
    "malformed_record": "the answer did not fit Crossref's schema, so it is no evidence",
    "record_fields_dropped": "fields of the record that did not fit the schema were ignored",
    # a PMID or PMCID the citation gives (verification/identifiers.py)
    "pmid_doi": "the cited PMID/PMCID is filed at PubMed under this DOI, which was checked",
    "pmid_unknown": "PubMed holds no record under the cited PMID/PMCID",
    "pmid_no_doi": "the cited PMID/PMCID names a PubMed record without a DOI",
    "pmid_other_doi": "PubMed files the cited PMID under another DOI than the cited one",
    "pmid_other_work": "the cited PMID/PMCID identifies another work",
    "pmid_doi_unknown": "the DOI PubMed gives for the cited PMID/PMCID is not at Crossref",
    "pmid_doi_unconfirmed": "the DOI PubMed gives may be another work; the citation cannot tell",
    # a notice beside the verdict, never deciding it (verification/verify.py)
    "other_doi_given": "the entry gives a second DOI (most often its link's target) besides the "
    "one checked",
    "identifier_unresolved": "the cited PMID/PMCID may name the work, so a search miss proves "
    "nothing",
}

# Every code a claim's `support.reasons` carry (the claim <-> source check).
SUPPORT_REASON_CODES: dict[str, str] = {
    "other_arm": "the source gives the number for another arm of the study",
    "comparator": "the source gives the number for the comparator, not the treatment",
    "arm_as_all": "the source gives the number for one arm, not for all participants",
    "subgroup_as_all": "the source gives the number for a subgroup, not for all participants",
    "enrolled_as_analysed": "the number is those enrolled, given as those analysed",
    "analysed_as_enrolled": "the number is those analysed, given as those enrolled",
    "other_measure": "the source gives the number for another measure",
    "changed_dose": "the source gives another dose",
    "changed_duration": "the source gives another duration",
    "changed_schedule": "the source gives another schedule",
    "other_value": "the source gives another value for the same thing",
    "grim": "the percentage is impossible for the number of people stated",
    "no_abstract": "no abstract could be had for the work",
    "weak_evidence": "a claim about people rests on an animal or in-vitro study, a preprint or a "
    "retracted work",
    "network": "the lookup of the work's text failed",
    "offline": "the run is offline and no abstract is cached",
    "partly_read": "the abstract read does not state it; another text service could not be asked",
    "carried_link": "the source gives another figure, but the claim cites it only through an "
    "earlier sentence",
}


def findings_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) that every findings file validates against.

    The contract's fields are required (the findings file always writes them, null where
    unknown); additions stay optional, so files written before an addition still validate. A
    reference's reason codes are enumerated."""
    schema = Findings.model_json_schema()
    for name, fields in CONTRACT_FIELDS.items():
        definition = schema if name == "Findings" else schema["$defs"][name]
        present = [field for field in definition["properties"] if field in fields]
        definition["required"] = list(dict.fromkeys([*definition.get("required", []), *present]))
    # The codes are listed, not enforced: a newer tool may add one, and an older findings file
    # must still validate.
    reason = schema["$defs"]["Reason"]["properties"]["code"]
    reason["examples"] = list(dict.fromkeys([*REFERENCE_REASON_CODES, *SUPPORT_REASON_CODES]))
    reason["description"] = (
        "reference codes: "
        + "; ".join(f"{code}: {meaning}" for code, meaning in REFERENCE_REASON_CODES.items())
        + ". claim support codes: "
        + "; ".join(f"{code}: {meaning}" for code, meaning in SUPPORT_REASON_CODES.items())
    )
    # Dialect and identity first, so the printed schema reads top-down.
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        **schema,
        "title": f"citecheck findings file (schema_version {SCHEMA_VERSION})",
    }
