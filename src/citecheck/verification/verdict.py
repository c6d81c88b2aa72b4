"""The decision: from field checks to "same work?", "confirmed by search?" and a verdict.

Rules (the source of truth CONTRIBUTING.md points to):
- Same work (a DOI's record vs the citation): the title agrees (>= TITLE_OK); or the title
  differs but authors and year agree (a garbled title on the right DOI); or the citation has no
  title and its authors agree (or, with no authors either, year and journal agree).
- Search confirmation (never on the search score alone):
  * title >= 0.95 and the authors agree or cannot be compared;
  * title >= 0.95, authors disagree, but year and journal both agree (stated ones);
  * title >= TITLE_OK and authors agree and (year or journal agrees);
  * a garbled title: authors, year and journal all agree and the titles share >= 2 topic words
    (the real work is then reported with `title_differs`, never called fabricated);
  * no title: authors, year and journal all stated and agreeing;
  * a narrative or news mention without a title: every field it names agrees (the year
    exactly) and its sentence's topic fits the work's title (`mention.py`, measured with
    `bench/eval_mentions.py`).
- A confirmed work whose checked fields all agree is `verified`; any disagreeing field makes it
  `metadata_mismatch`, and so does a minor mismatch that does not cast doubt on the identity of
  the work: a year off by one from every date the record gives, or authors that match only
  fuzzily (a misspelt surname).
- `not_found` only with an authoritative "no" for the DOI (or no DOI) and an authoritative search
  that confirmed nothing, and only for a citation with a specific checkable claim: a DOI or a
  title. An in-text mention naming only a journal/year (or author/year) that search cannot confirm
  is `unverifiable` (`search_no_match`): a mention gives too little to call a work fake.

Measured with `bench/eval_verdicts.py` (13 real records: 2 from the notes fixture + 11 snapshot
parts present at the time; 190 citations derived from them, 60 invented works): accuracy 1.000,
real citations judged not_found 0, invented -> not_found 60/60. Title similarity of a real
citation with its own record was >= 0.882 for every non-garbled variant (worst: a title cut to
4 of 8 words), and <= 0.675 for the best invented look-alike against any real record, so
TITLE_OK = 0.85 sits between the two; STRONG_TITLE = 0.95 is only used to accept a candidate whose
authors disagree, and then year and journal must both agree. The synthetic set is small and
clean: treat these as a floor check, not a precision estimate.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.models import FieldCheck, Reason, Verdict
from citecheck.verification.compare import TITLE_OK, check_for
from citecheck.verification.normalize import fold

STRONG_TITLE = 0.95
MIN_TOPIC_WORDS = 2

_FIELD_CODES = {
    "title": ("title_differs", "the cited title differs from the work's"),
    "authors": ("authors_differ", "the cited authors differ from the work's"),
    "journal": ("journal_differs", "the cited journal differs from the work's"),
    "volume": ("volume_differs", "the cited volume differs"),
    "issue": ("issue_differs", "the cited issue differs"),
    "pages": ("pages_differ", "the cited pages differ"),
    "year": ("year_differs", "the cited year differs by more than one"),
}


def _ok(checks: list[FieldCheck], field: str) -> bool | None:
    """True/False when the field was compared; None when not stated or not recorded."""
    check = check_for(checks, field)
    if check is None or check.found is None:
        return None
    return check.ok


def _score(checks: list[FieldCheck], field: str) -> float | None:
    check = check_for(checks, field)
    return None if check is None or check.found is None else check.score


def same_work(checks: list[FieldCheck]) -> bool:
    """Does the record found under the cited DOI describe the cited work?"""
    title = _score(checks, "title")
    authors, year, journal = _ok(checks, "authors"), _ok(checks, "year"), _ok(checks, "journal")
    if title is not None:
        if title >= TITLE_OK:
            return True
        return authors is True and year is True
    if authors is not None:
        return authors
    if year is not None or journal is not None:
        return year is not False and journal is not False
    return True  # the citation states nothing but the DOI; the DOI resolves


def topic_overlap(context: str | None, title: str | None) -> int:
    """How many content words (>= 5 letters) of the citing sentence occur in the title."""
    title_words = set(fold(title).split())
    words = {w for w in fold(context).split() if len(w) >= 5}
    return len(words & title_words)


def confirms(checks: list[FieldCheck]) -> bool:
    """Is a search candidate the cited work? Field evidence only, never the search score."""
    title = _score(checks, "title")
    authors, year, journal = _ok(checks, "authors"), _ok(checks, "year"), _ok(checks, "journal")
    if title is not None:
        if title >= STRONG_TITLE:
            if authors is not False:
                return True
            stated = [v for v in (year, journal) if v is not None]
            return bool(stated) and all(stated) and len(stated) == 2
        if title >= TITLE_OK:
            return authors is True and (year is True or journal is True)
        # a garbled title on a real work: everything else specific agrees, and the titles share
        # topic words (the seeds' "Kishimoto et al. 2016, Psychological Medicine" pattern)
        check = check_for(checks, "title")
        return (
            authors is True
            and year is True
            and journal is True
            and check is not None
            and topic_overlap(check.cited, check.found) >= MIN_TOPIC_WORDS
        )
    if authors is not None:
        return authors is True and year is True and journal is True
    return False  # a mention without title or authors is judged by its topic (`mention.py`)


def candidate_strength(checks: list[FieldCheck]) -> float:
    """Ranks confirmed candidates: title counts most, then authors, year, journal."""
    weights = {
        "title": 3.0,
        "authors": 1.5,
        "year": 0.7,
        "journal": 0.7,
        "volume": 0.2,
        "issue": 0.1,
        "pages": 0.2,
    }
    total = sum(weights.get(c.field, 0.1) * c.score for c in checks)
    return total


@dataclass(frozen=True)
class FieldJudgement:
    verdict: Verdict  # VERIFIED or METADATA_MISMATCH
    reasons: list[Reason]
    confidence: float


def judge_fields(checks: list[FieldCheck]) -> FieldJudgement:
    """Verified when every compared field agrees; metadata_mismatch naming the fields otherwise."""
    reasons: list[Reason] = []
    failed = [c for c in checks if not c.ok]
    for check in failed:
        code, message = _FIELD_CODES.get(
            check.field, (f"{check.field}_differs", f"the cited {check.field} differs")
        )
        reasons.append(
            Reason(code=code, message=f"{message}: cited {check.cited!r}, found {check.found!r}")
        )
    # Minor mismatches: the work is certainly the cited one, but the citation still disagrees
    # with the record and an editor should fix it. They do not block confirmation (above), but
    # they do make the verdict `metadata_mismatch` (contract: "cited fields disagree").
    minor: list[Reason] = []
    year = check_for(checks, "year")
    if year is not None and year.ok and year.found is not None and year.score < 1.0:
        minor.append(
            Reason(
                code="year_off_by_one",
                message=f"cited year {year.cited}, work dated {year.found} "
                "(a minor mismatch; online-first and print years can differ)",
            )
        )
    authors = check_for(checks, "authors")
    if authors is not None and authors.ok and authors.found is not None and authors.score < 0.999:
        minor.append(
            Reason(
                code="authors_spelling",
                message=f"the cited authors are spelt differently or include a name "
                f"the work lacks: cited {authors.cited!r}, found "
                f"{authors.found!r}",
            )
        )
    reasons.extend(minor)
    for check in checks:
        if check.note:
            reasons.append(Reason(code="not_compared", message=f"{check.field}: {check.note}"))
    title = check_for(checks, "title")
    if title is not None and title.ok and title.found is not None and title.score < 0.97:
        reasons.append(
            Reason(
                code="title_variant",
                message="the cited title is a shortened or slightly different form of the work's",
            )
        )
    compared = [c for c in checks if c.found is not None]
    mean = sum(c.score for c in compared) / len(compared) if compared else 0.5
    if failed:
        return FieldJudgement(Verdict.METADATA_MISMATCH, reasons, round(0.6 + 0.3 * mean, 3))
    if minor:
        return FieldJudgement(Verdict.METADATA_MISMATCH, reasons, round(0.7 + 0.3 * mean, 3))
    reasons.insert(
        0, Reason(code="fields_agree", message="the cited fields agree with the work's metadata")
    )
    return FieldJudgement(Verdict.VERIFIED, reasons, round(0.5 + 0.5 * mean, 3))
