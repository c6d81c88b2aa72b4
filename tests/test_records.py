from __future__ import annotations

import json
from pathlib import Path

from citecheck.resolution.records import (
    clean_text,
    message_year,
    record_from_message,
    retraction_from_message,
)

FIXTURES = Path(__file__).parent / "fixtures" / "crossref"


def _load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def test_record_from_a_real_crossref_message() -> None:
    record = record_from_message(_load("pone.0033693.json"))
    assert record.doi == "10.1371/journal.pone.0033693"
    assert record.title.startswith("Methylphenidate Exposure Induces")
    assert record.authors == ["Sadasivan", "Pond"]
    assert (record.journal, record.year, record.volume, record.issue, record.pages) == (
        "PLoS ONE",
        2012,
        "7",
        "3",
        "e33693",
    )


def test_correction_notice_is_read_from_updated_by() -> None:
    retraction = retraction_from_message(_load("pone.0033693.json"))
    assert retraction is not None
    assert (retraction.kind, retraction.date) == ("correction", "2012-05-08")


def test_retraction_outranks_concern_and_correction() -> None:
    retraction = retraction_from_message(_load("surgisphere.json"))
    assert retraction is not None and retraction.kind == "retraction"


def test_retracted_title_prefix_alone_marks_a_retraction() -> None:
    retraction = retraction_from_message({"title": ["RETRACTED: Something"]})
    assert retraction is not None and retraction.kind == "retraction"
    assert retraction_from_message({"title": ["Ordinary work"], "relation": {}}) is None


def test_awkward_shapes_do_not_crash() -> None:
    record = record_from_message(
        {
            "DOI": "10.1000/X",
            "title": [],
            "author": [{"name": "WHO Group"}, {"given": "A"}],
            "issued": {"date-parts": [[None]]},
            "published-online": {"date-parts": [[2019, 2]]},
        }
    )
    assert record.doi == "10.1000/x"
    assert record.title is None
    assert record.authors == ["WHO Group"]
    assert record.year == 2019


def test_clean_text_strips_jats_and_entities() -> None:
    assert clean_text("<jats:italic>In vivo</jats:italic> &amp;  more") == "In vivo & more"
    assert message_year({"issued": {"date-parts": [[2020, 5]]}}) == 2020
