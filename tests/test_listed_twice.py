"""A reference list that holds one work twice: the later entry says so; verdicts stay."""

from __future__ import annotations

from citecheck.models import Cited, Record, Reference, Verdict
from citecheck.verification.same_work import mark_listed_twice


def _entry(
    number: int,
    cited: Cited,
    verdict: Verdict = Verdict.UNVERIFIABLE,
    found_doi: str | None = None,
    origin: str = "reference_list",
) -> Reference:
    record = Record(doi=found_doi, title=cited.title) if found_doi else None
    return Reference(
        id=f"ref-{number}",
        origin=origin,
        raw=cited.title or "",
        cited=cited,
        verdict=verdict,
        record=record,
    )


_DEEP = Cited(title="Deep learning", authors=["LeCun", "Bengio"], year=2015, journal="Nature")


def _twice(refs: list[Reference]) -> dict[str, str]:
    return {
        ref.id: reason.message
        for ref in mark_listed_twice(refs)
        for reason in ref.reasons
        if reason.code == "listed_twice"
    }


def test_the_same_description_twice_is_said_on_the_later_entry() -> None:
    refs = [_entry(1, _DEEP), _entry(2, _DEEP.model_copy(update={"doi": "10.1038/nature14539"}))]
    assert _twice(refs) == {"ref-2": "the reference list already holds this work as ref-1"}


def test_two_entries_verified_as_one_work_are_listed_twice() -> None:
    other_title = _DEEP.model_copy(update={"title": "Deep learning review"})
    refs = [
        _entry(1, _DEEP, Verdict.VERIFIED, "10.1038/nature14539"),
        _entry(2, other_title, Verdict.VERIFIED, "10.1038/NATURE14539"),
    ]
    assert list(_twice(refs)) == ["ref-2"]


def test_a_near_miss_of_a_search_proves_nothing() -> None:
    other = Cited(title="Deep networks", authors=["Lecun"], year=2016, journal="Nature")
    refs = [
        _entry(1, _DEEP, Verdict.VERIFIED, "10.1038/nature14539"),
        _entry(2, other, Verdict.METADATA_MISMATCH, "10.1038/nature14539"),
    ]
    assert _twice(refs) == {}


def test_two_works_of_one_author_and_year_are_two_entries() -> None:
    second = _DEEP.model_copy(update={"title": "Convolutional networks for images"})
    assert _twice([_entry(1, _DEEP), _entry(2, second)]) == {}


def test_verdicts_stay_and_in_text_mentions_are_not_entries() -> None:
    refs = [
        _entry(1, _DEEP, Verdict.VERIFIED, "10.1038/nature14539"),
        _entry(2, _DEEP, origin="in_text"),
    ]
    marked = mark_listed_twice(refs)
    assert [r.verdict for r in marked] == [r.verdict for r in refs]
    assert _twice(refs) == {}
