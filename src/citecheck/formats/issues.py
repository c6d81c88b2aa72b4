"""The findings as a flat list of issues for machines that mark lines: SARIF and GitHub
annotations. One issue per finding (a reference's verdict or notice, a claim its source does not
support), located at the citations of the reference in the article (at its own marker in a group
of citations) and at its list entry, or at the claim, with 1-based lines and columns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from citecheck.formats.report import never_cited, other_doi_note, position, reference_note
from citecheck.formats.summary import field_differences, reference_label
from citecheck.formats.unsupported import unsupported_claims
from citecheck.models import ArticleFindings, Citation, Findings, Reference, Verdict

Level = Literal["error", "warning", "note"]

# What each rule means, for SARIF's rule list and the annotations' titles.
RULES: dict[str, str] = {
    "not_found": "The cited work cannot be found: possibly invented.",
    "wrong_doi": "The cited DOI is wrong: it names another work, or nothing.",
    "retracted": "The cited work has been retracted.",
    "metadata_mismatch": "The cited details (year, pages, authors...) differ from the record.",
    "expression_of_concern": "The cited work carries an expression of concern.",
    "unverifiable": "The cited work could not be checked.",
    "other_doi_given": "The entry gives two DOIs (most often a link to another DOI than the one "
    "shown).",
    "never_cited": "The reference list holds the work, but the text never cites it: cite or "
    "remove it.",
    "contradicted": "The source states another value for what the claim says.",
    "weak_evidence": "A claim about people rests only on an animal or in-vitro study, a "
    "preprint or a retracted work.",
}
# Always errors (the contract's): a work that may be invented, a wrong DOI, a retracted work.
# Any other rule is an error only when the run's `--fail-on` names it (`gated`), so that an
# annotation is an error exactly when its finding fails the run: a `contradicted` claim, which
# the default `--fail-on` does not fail on, is a warning unless `contradicted` is asked for.
ERROR_RULES = frozenset({"not_found", "wrong_doi", "retracted"})


@dataclass(frozen=True)
class Issue:
    rule_id: str
    level: Level
    message: str
    path: str
    places: tuple[tuple[int, int], ...]  # (line, column), 1-based; empty when unknown


def _places(article: ArticleFindings, ref: Reference) -> tuple[tuple[int, int], ...]:
    """Where the reference is cited (at its own marker inside a group of citations), then its
    list entry, where its details are corrected."""
    number = _list_number(article, ref)
    offsets = [
        _marker_offset(c, ref, number) for c in article.citations if c.reference_id == ref.id
    ]
    if ref.start is not None:
        offsets.append(ref.start)
    if not offsets:  # a bib entry the article's list also holds: the list entry's line
        offsets = [place.start for place in ref.also_cited_as if place.start is not None]
    found = [position(article, offset) for offset in offsets]
    return tuple(dict.fromkeys(place for place in found if place is not None))


# The number a numbered list entry opens with: "6. Horby P", "[6] Horby P", "6) Horby P"
_ENTRY_NUMBER = re.compile(r"\s*\[?(\d{1,4})[.\])]")


def _list_number(article: ArticleFindings, ref: Reference) -> int | None:
    """The number numeric citations cite a list entry by: as the entry prints it, else its
    place in the list (a list whose numbers are the word processor's)."""
    if ref.origin != "reference_list":
        return None
    printed = _ENTRY_NUMBER.match(ref.raw)
    if printed is not None:
        return int(printed.group(1))
    listed = [r.id for r in article.references if r.origin == "reference_list"]
    return listed.index(ref.id) + 1


def _marker_offset(citation: Citation, ref: Reference, number: int | None) -> int:
    """Where in a citation the reference itself is named: "[6]" in "[1], [2], ... [9]", "Jones"
    in "(Smith, 2020; Jones, 2021)"; the citation's start when it is not named apart ("[1-3]")."""
    if citation.kind == "numeric" and number is not None:
        marker = re.search(rf"(?<![\d.]){number}(?![\d.])", citation.text)
    elif ref.cited.authors:
        marker = re.search(rf"\b{re.escape(ref.cited.authors[0])}\b", citation.text)
    else:
        marker = None
    if marker is None:
        return citation.start
    at = marker.start()
    return citation.start + (at - 1 if at and citation.text[at - 1] in "[(^" else at)


def _rules_of(ref: Reference) -> list[str]:
    rules: list[str] = []
    if ref.verdict is not None and ref.verdict is not Verdict.VERIFIED:
        rules.append(ref.verdict.value)
    if ref.retraction is not None and ref.retraction.kind == "retraction":
        rules.append("retracted")
    elif ref.retraction is not None and ref.retraction.kind == "expression_of_concern":
        rules.append("expression_of_concern")
    if other_doi_note(ref) is not None:
        rules.append("other_doi_given")
    return rules


def _message(ref: Reference, rule: str) -> str:
    label = reference_label(ref)
    if rule == "wrong_doi":
        right = ref.suggested_doi or "unknown"
        return f"{ref.id} {label}: wrong DOI {ref.cited.doi or '(none)'}; the work is {right}."
    if rule in ("retracted", "expression_of_concern"):
        notice = ref.retraction.doi if ref.retraction is not None else None
        said = RULES[rule].replace("The cited work", "This work")
        return f"{ref.id} {label}: {said}" + (f" Notice: doi:{notice}." if notice else "")
    if rule == "never_cited":
        return f"{ref.id} {label}: {RULES[rule]}"
    if rule == "other_doi_given" and (note := other_doi_note(ref)) is not None:
        return f"{ref.id} {label}: {note}"
    if rule == "metadata_mismatch" and (differences := field_differences(ref)):
        return f"{ref.id} {label}: cited → found: {'; '.join(differences)}."
    note = reference_note(ref) or RULES[rule]
    return f"{ref.id} {label}: {note}"


def issues(findings: Findings, gated: frozenset[str] = frozenset()) -> list[Issue]:
    """Every finding of every article, worst rules first within an article; `gated` names the
    rules the run's `--fail-on` fails on, which are errors too."""
    errors = ERROR_RULES | gated
    order = list(RULES)
    out: list[Issue] = []
    for article in findings.articles:
        found: list[Issue] = []
        uncited = {ref.id for ref in never_cited(article)}
        for ref in article.references:
            # a notice beside the verdict, as in the report ("Listed but never cited")
            for rule in _rules_of(ref) + (["never_cited"] if ref.id in uncited else []):
                level: Level = "error" if rule in errors else "warning"
                found.append(
                    Issue(rule, level, _message(ref, rule), article.path, _places(article, ref))
                )
        for row in unsupported_claims(article):
            rule = "contradicted" if row.support.verdict == "contradicted" else "weak_evidence"
            place = position(article, row.claim.start)
            message = (
                f"{row.claim.id} “{row.claim.text}” ({row.support.reference_id}): {row.problem}"
            )
            found.append(
                Issue(
                    rule,
                    "error" if rule in errors else "warning",
                    message,
                    article.path,
                    (place,) if place is not None else (),
                )
            )
        found.sort(key=lambda issue: order.index(issue.rule_id))
        out.extend(found)
    return out
