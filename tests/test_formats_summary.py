from __future__ import annotations

from citecheck.formats.summary import field_differences
from citecheck.models import FieldCheck, Reference


def _ref(*checks: FieldCheck) -> Reference:
    return Reference(id="ref-1", origin="reference_list", raw="x", field_checks=list(checks))


def test_author_lists_show_only_the_names_that_differ() -> None:
    check = FieldCheck(field="authors", cited="Daley; Singh; Fedgchin",
                       found="Daly; Singh; Fedgchin", score=0.97, ok=False)
    assert field_differences(_ref(check)) == ["authors: Daley → Daly"]


def test_wholly_different_author_lists_are_shown_whole() -> None:
    check = FieldCheck(field="authors", cited="Davis; Henter; Smith; Jones",
                       found="Zanos; Gould; Moaddel; Morris", score=0.1, ok=False)
    assert field_differences(_ref(check)) == [
        "authors: Davis; Henter; Smith; Jones → Zanos; Gould; Moaddel; Morris"
    ]


def test_agreeing_fields_are_not_listed() -> None:
    ok = FieldCheck(field="year", cited="2018", found="2018", score=1.0, ok=True)
    pages = FieldCheck(field="pages", cited="856-869", found="856-864", score=0.3, ok=False)
    assert field_differences(_ref(ok, pages)) == ["pages: 856-869 → 856-864"]
