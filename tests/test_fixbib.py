"""--fix-bib output: record fields for confirmed works, untouched and marked otherwise."""

from __future__ import annotations

import bibtexparser

from citecheck.models import Cited, Record, Reference, Verdict
from citecheck.verification.fixbib import fixed_bib_text, make_key, write_fixed_bib

RECORD = Record(
    doi="10.1038/mp.2017.255",
    title="Mechanisms of ketamine action as an antidepressant",
    authors=["Zanos", "Gould"],
    journal="Molecular Psychiatry",
    year=2018,
    volume="23",
    issue="4",
    pages="801-811",
    type="journal-article",
)


def refs() -> list[Reference]:
    wrong = Reference(
        id="ref-1",
        origin="bib",
        raw="x",
        key="zanos_2018",
        cited=Cited(
            title="Mechanisms of ketamine", authors=["Zanos"], year=2017, doi="10.1038/mp.2017.999"
        ),
        verdict=Verdict.WRONG_DOI,
        record=RECORD,
        suggested_doi=RECORD.doi,
    )
    fake = Reference(
        id="ref-2",
        origin="reference_list",
        raw="y",
        cited=Cited(
            title="Ketamine & anxiety: 100% {cure",
            authors=["Davis", "Henter"],
            year=2020,
            journal="J Psychiatr Pract",
            doi="10.1097/pra.000_492",
        ),
        verdict=Verdict.NOT_FOUND,
    )
    return [wrong, fake]


def test_output_parses_and_carries_record_fields(tmp_path):
    path = tmp_path / "fixed.bib"
    write_fixed_bib(refs(), path)
    library = bibtexparser.parse_string(path.read_text(encoding="utf-8"))
    assert not library.failed_blocks
    first, second = library.entries
    assert first.key == "zanos_2018" and first.entry_type == "article"
    assert first["doi"] == "10.1038/mp.2017.255"
    assert first["year"] == "2018" and first["pages"] == "801--811"
    assert first["author"] == "Zanos and Gould" and first["number"] == "4"
    assert "wrong DOI" in first["note"]
    assert second["note"] == "citecheck: not confirmed (not_found)"
    assert second["doi"] == "10.1097/pra.000_492"  # cited value kept as cited
    assert "\\&" in second["title"] and "\\%" in second["title"]


def test_keys_generated_and_unique():
    taken: set[str] = set()
    first = make_key(["Gómez"], 2020, "The ketamine trial", taken)
    taken.add(first)
    second = make_key(["Gómez"], 2020, "The ketamine trial", taken)
    assert first == "gomez2020ketamine" and second != first


def test_unchecked_reference_is_marked():
    ref = Reference(id="ref-1", origin="in_text", raw="(2014)", cited=Cited(year=2014))
    text = fixed_bib_text([ref])
    entry = bibtexparser.parse_string(text).entries[0]
    assert entry["note"] == "citecheck: not confirmed (not checked)"


def test_retracted_work_is_marked_in_a_single_note():
    from citecheck.models import Retraction

    retracted = Reference(
        id="ref-1",
        origin="bib",
        raw="x",
        key="k1",
        cited=Cited(title="t"),
        verdict=Verdict.METADATA_MISMATCH,
        record=RECORD,
        retraction=Retraction(kind="retraction", doi="10.1000/notice"),
    )
    library = bibtexparser.parse_string(fixed_bib_text([retracted]))
    assert not library.failed_blocks
    [entry] = library.entries
    notes = [f for f in entry.fields if f.key == "note"]
    assert len(notes) == 1
    assert "metadata mismatch" in notes[0].value
    assert "RETRACTED, see doi:10.1000/notice" in notes[0].value


def test_confirmed_entries_carry_full_author_names_and_whole_group_names():
    record = RECORD.model_copy(
        update={"author_names": ["Zanos, Panos", "Gould, Todd D.", "Ketamine Study Group"]}
    )
    ref = Reference(
        id="ref-1",
        origin="bib",
        raw="x",
        key="z",
        cited=Cited(title="t"),
        verdict=Verdict.VERIFIED,
        record=record,
    )
    [entry] = bibtexparser.parse_string(fixed_bib_text([ref])).entries
    assert entry.fields_dict["author"].value == (
        "Zanos, Panos and Gould, Todd D. and {Ketamine Study Group}"
    )


def test_record_keeps_given_names_from_the_crossref_message():
    from citecheck.resolution.records import record_from_message

    message = {
        "DOI": "10.1038/mp.2017.255",
        "title": ["Mechanisms of ketamine action"],
        "author": [
            {"given": "Panos", "family": "Zanos"},
            {"given": "Todd D.", "family": "Gould"},
            {"name": "A Group"},
        ],
    }
    record = record_from_message(message)
    assert record.authors == ["Zanos", "Gould", "A Group"]
    assert record.author_names == ["Zanos, Panos", "Gould, Todd D.", "A Group"]
