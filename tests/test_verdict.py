"""The decision rules on field checks."""

from __future__ import annotations

from citecheck.models import FieldCheck, Verdict
from citecheck.verification.verdict import confirms, judge_fields, same_work, topic_overlap


def fc(field: str, score: float, ok: bool, found: str | None = "x") -> FieldCheck:
    return FieldCheck(field=field, cited="c", found=found, score=score, ok=ok)


def test_same_work_by_title_or_by_authors_and_year():
    assert same_work([fc("title", 0.9, True)])
    assert same_work([fc("title", 0.3, False), fc("authors", 1.0, True), fc("year", 1.0, True)])
    assert not same_work(
        [fc("title", 0.3, False), fc("authors", 0.1, False), fc("year", 1.0, True)]
    )
    assert same_work([])  # only a DOI was cited, and it resolves


def test_search_confirmation_never_on_title_alone_when_authors_disagree():
    assert confirms([fc("title", 1.0, True), fc("authors", 1.0, True)])
    assert not confirms([fc("title", 1.0, True), fc("authors", 0.1, False), fc("year", 1.0, True)])
    assert confirms(
        [
            fc("title", 1.0, True),
            fc("authors", 0.1, False),
            fc("year", 1.0, True),
            fc("journal", 1.0, True),
        ]
    )
    assert not confirms([fc("title", 0.7, False), fc("authors", 1.0, True)])
    assert not confirms([fc("authors", 1.0, True), fc("year", 1.0, True)])


def test_garbled_title_confirmed_only_with_everything_else_and_topic_words():
    title = FieldCheck(
        field="title",
        cited="Ketanserin and ketamine for depression and anxiety",
        found="Single-dose infusion ketamine for unipolar and bipolar depression",
        score=0.4,
        ok=False,
    )
    rest = [fc("authors", 1.0, True), fc("year", 1.0, True), fc("journal", 1.0, True)]
    assert confirms([title, *rest])
    assert not confirms([title, *rest[:2], fc("journal", 0.2, False)])


def test_year_and_journal_alone_confirm_no_search_candidate():
    # a mention's topic is judged in `mention.py`; the fields alone are not enough
    assert not confirms([fc("year", 1.0, True), fc("journal", 1.0, True)])
    title = "Ketamine for Social Anxiety Disorder: A Randomized Trial"
    assert topic_overlap("ketamine reduced social anxiety", title) == 3


def bad_confidence_floor() -> float:
    return judge_fields([fc("title", 1.0, True), fc("pages", 0.0, False)]).confidence


def test_judge_fields():
    ok = judge_fields([fc("title", 1.0, True), fc("year", 1.0, True)])
    assert ok.verdict == Verdict.VERIFIED
    assert [r.code for r in ok.reasons] == ["fields_agree"]
    minor = judge_fields([fc("title", 1.0, True), fc("year", 0.8, True)])
    assert minor.verdict == Verdict.METADATA_MISMATCH
    assert [r.code for r in minor.reasons] == ["year_off_by_one"]
    assert minor.confidence > bad_confidence_floor()
    bad = judge_fields([fc("title", 1.0, True), fc("pages", 0.0, False)])
    assert bad.verdict == Verdict.METADATA_MISMATCH
    assert [r.code for r in bad.reasons] == ["pages_differ"]
