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
    assert first["year"] == "2017" and first["pages"] == "801--811"  # one year off: kept
    assert first["author"] == "Zanos and Gould" and first["number"] == "4"
    assert "wrong DOI" in first["note"]
    assert second["note"] == "citecheck: not confirmed (not\\_found)"  # LaTeX text
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


# --- the user's own entries: only what the report names as wrong changes ------------------------

from citecheck.inputs.bibtex import parse_bibtex  # noqa: E402
from citecheck.models import FieldCheck  # noqa: E402

ZOTERO = """@article{zanos_mechanisms_2018,
\ttitle = {Mechanisms of ketamine action as an antidepressant},
\tvolume = {23},
\tissn = {1476-5578},
\turl = {https://www.nature.com/articles/mp2017255},
\tdoi = {10.1038/mp.2017.255},
\tabstract = {Ketamine, a {NMDA} antagonist \\& more.},
\tlanguage = {en},
\tnumber = {4},
\turldate = {2024-01-02},
\tjournal = {Molecular Psychiatry},
\tauthor = {Zanos, Panos and Gould, Todd D.},
\tyear = {2017},
\tkeywords = {ketamine, depression},
\tpages = {801--811},
\tfile = {Full Text PDF:/home/me/Zotero/storage/ABC/Zanos.pdf:application/pdf},
\tmy-custom = {keep me},
}"""


def _user_ref(raw: str, **update: object) -> Reference:
    (ref,) = parse_bibtex(raw)
    return ref.model_copy(update={"id": "ref-1", "record": RECORD, **update})


def _fields(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    (entry,) = library.entries
    return {field.key: field.value for field in entry.fields}


def test_a_verified_entry_is_kept_byte_for_byte():
    ref = _user_ref(ZOTERO, verdict=Verdict.VERIFIED, field_checks=[])
    assert fixed_bib_text([ref]) == ZOTERO + "\n"


def test_a_mismatch_changes_only_the_named_field_and_keeps_every_other():
    year = FieldCheck(field="year", cited="2015", found="2018", score=0.8, ok=False)
    raw = ZOTERO.replace("{2017}", "{2015}")
    ref = _user_ref(raw, verdict=Verdict.METADATA_MISMATCH, field_checks=[year])
    text = fixed_bib_text([ref])
    assert text.startswith("% citecheck: corrected year from the Crossref record")
    assert text.split("\n", 1)[1] == ZOTERO.replace("{2017}", "{2018}") + "\n"
    fields = _fields(text)
    assert fields["year"] == "2018" and fields["my-custom"] == "keep me"
    assert fields["author"] == "Zanos, Panos and Gould, Todd D."


def test_a_year_one_off_the_records_is_kept():
    # Zanos & Gould, online first in 2017, in print 2018: the cited 2017 may well be right
    year = FieldCheck(field="year", cited="2017", found="2018", score=0.8, ok=False)
    ref = _user_ref(ZOTERO, verdict=Verdict.METADATA_MISMATCH, field_checks=[year])
    assert fixed_bib_text([ref]) == ZOTERO + "\n"
    written = refs()[0].model_copy(update={"field_checks": [year]})
    (entry,) = bibtexparser.parse_string(fixed_bib_text([written])).entries
    assert entry["year"] == "2017" and "year" not in entry["note"]


def test_a_wrong_author_list_keeps_the_users_given_names():
    raw = "@article{g, author = {Glue, Paul and Kibby, Geoffrey and Smith, J}, title = {T}}"
    record = RECORD.model_copy(
        update={
            "authors": ["Glue", "Kibby", "Neehoff"],
            "author_names": ["Glue, P", "Kibby, Guy", "Neehoff, Shona"],
        }
    )
    authors = FieldCheck(
        field="authors",
        cited="Glue; Kibby; Smith",
        found="Glue; Kibby; Neehoff",
        score=0.6,
        ok=False,
    )
    ref = _user_ref(raw, verdict=Verdict.METADATA_MISMATCH, field_checks=[authors], record=record)
    fields = _fields(fixed_bib_text([ref]))
    assert fields["author"] == "Glue, Paul and Kibby, Geoffrey and Neehoff, Shona"
    assert fields["title"] == "T"


def test_a_wrong_doi_is_replaced_and_a_missing_one_added_with_controls_dropped():
    wrong = _user_ref(
        "@article{w,\n  title = {T},\n  doi = {10.1/wrong}\n}",
        verdict=Verdict.WRONG_DOI,
        suggested_doi="10.1038/mp.2017.255\x1b[2J",
    )
    text = fixed_bib_text([wrong])
    assert _fields(text)["doi"] == "10.1038/mp.2017.255[2J"
    assert "\x1b" not in text and "10.1/wrong" not in text
    missing = _user_ref(
        "@article{m,\n  title = {T},\n}", verdict=Verdict.VERIFIED, suggested_doi=RECORD.doi
    )
    text = fixed_bib_text([missing])
    assert text.endswith("@article{m,\n  title = {T},\n  doi = {10.1038/mp.2017.255}\n}\n")


def test_an_unconfirmed_entry_stays_byte_for_byte():
    ref = _user_ref(ZOTERO, verdict=Verdict.UNVERIFIABLE, record=None)
    assert fixed_bib_text([ref]) == "% citecheck: not confirmed (unverifiable)\n" + ZOTERO + "\n"


HOSTILE = RECORD.model_copy(
    update={
        "title": "\\input{/etc/passwd} and \\immediate\\write18{rm -rf ~}\x07",
        "author_names": ["Zanos, \\def\\x{Panos}", "Gould, Todd"],
        "journal": "Mol } Psychiatry",
    }
)


def test_latex_from_records_is_written_as_text():
    generated = Reference(
        id="ref-2", origin="reference_list", raw="y", verdict=Verdict.VERIFIED, record=HOSTILE
    )
    title = FieldCheck(field="title", cited="M", found=HOSTILE.title, score=0.1, ok=False)
    patched = _user_ref(
        "@article{p, title = {M}}",
        verdict=Verdict.METADATA_MISMATCH,
        field_checks=[title],
        record=HOSTILE,
    )
    text = fixed_bib_text([generated, patched])
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 2
    for command in ("\\input", "\\immediate", "\\write18", "\\def", "\x07"):
        assert command not in text, command
    assert "\\textbackslash{}input\\textbraceleft{}/etc/passwd\\textbraceright{}" in text


def test_a_correction_that_would_break_the_entry_is_not_written(monkeypatch):
    import citecheck.verification.fixbib as fixbib

    year = FieldCheck(field="year", cited="2017", found="2018", score=0.8, ok=False)
    ref = _user_ref(ZOTERO, verdict=Verdict.METADATA_MISMATCH, field_checks=[year])
    # a scanner that missed the field would append it a second time
    doubled = ZOTERO[:-1] + "\tyear = {2018},\n}"
    monkeypatch.setattr(fixbib, "corrected_entry", lambda _ref, _record: (doubled, ["year"]))
    text = fixed_bib_text([ref])
    assert (
        text
        == "% citecheck: not corrected automatically (metadata mismatch): fix year by hand\n"
        + (ZOTERO + "\n")
    )


def test_an_entry_several_articles_carry_is_written_once_from_its_confirmed_copy():
    unconfirmed = _user_ref(ZOTERO, verdict=Verdict.UNVERIFIABLE, record=None)
    confirmed = _user_ref(ZOTERO, verdict=Verdict.VERIFIED, field_checks=[])
    generated = refs()[0].model_copy(update={"origin": "reference_list", "key": None})
    text = fixed_bib_text([unconfirmed, generated, confirmed, generated])
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    assert [entry.key for entry in library.entries] == [
        "zanos_mechanisms_2018",
        "zanos2017mechanisms",  # the cited 2017, one year off the record's, is kept
    ]
    assert text.startswith(ZOTERO + "\n\n")


def test_an_entry_written_from_the_record_names_what_the_list_got_wrong():
    pages = FieldCheck(field="pages", cited="801-818", found="801-811", score=0.3, ok=False)
    doi = FieldCheck(field="doi", cited="10.1/x", found=RECORD.doi, score=0.0, ok=False)
    listed = Reference(
        id="ref-1",
        origin="reference_list",
        raw="Zanos P, Gould TD. Mol Psychiatry. 2018;23(4):801-818. doi:10.1/x",
        cited=Cited(title="Mechanisms", authors=["Zanos"], year=2018, doi="10.1/x"),
        verdict=Verdict.WRONG_DOI,
        record=RECORD,
        suggested_doi=RECORD.doi,
        field_checks=[doi, pages],
    )
    fields = _fields(fixed_bib_text([listed]))
    assert fields["note"] == (
        "citecheck: corrected doi, pages from the Crossref record (wrong DOI)"
    )
    assert fields["pages"] == "801--811" and fields["doi"] == RECORD.doi


# --- the user's whole file: everything that is not a corrected entry stays as written -----------

LIBRARY = """% my library, exported by hand
@string{molpsy = {Molecular Psychiatry}}
@preamble{"\\newcommand{\\noop}[1]{}"}

@article{unsure2020,
  title = {A work nobody could find},
  year = {2020},
}

% the one below was copied from a slide
@article{zanos2018,
  author  = {Zanos, Panos and Gould, Todd D.},
  title   = {Mechanisms of ketamine action as an antidepressant},
  journal = molpsy,
  year    = {2018},
  doi     = {10.1038/mp.2017.999}
}


@comment{jabref-meta: databaseType:bibtex;}
"""


def _library_refs() -> list[Reference]:
    unsure, zanos = parse_bibtex(LIBRARY)
    doi = FieldCheck(field="doi", cited="10.1038/mp.2017.999", found=RECORD.doi, score=0, ok=False)
    return [
        # in the order an article cites them, which is not the file's
        zanos.model_copy(
            update={
                "id": "ref-1",
                "verdict": Verdict.WRONG_DOI,
                "record": RECORD,
                "suggested_doi": RECORD.doi,
                "field_checks": [doi],
            }
        ),
        unsure.model_copy(update={"id": "ref-2", "verdict": Verdict.NOT_FOUND}),
    ]


def test_the_users_file_keeps_strings_preambles_comments_and_order():
    text = fixed_bib_text(_library_refs(), [LIBRARY])
    expected = (
        LIBRARY.replace(
            "@article{unsure2020", "% citecheck: not confirmed (not_found)\n@article{unsure2020"
        )
        .replace(
            "@article{zanos2018",
            "% citecheck: corrected doi from the Crossref record (wrong DOI)\n@article{zanos2018",
        )
        .replace("{10.1038/mp.2017.999}", "{10.1038/mp.2017.255}")
    )
    assert text == expected
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    # the macro the entry uses is still defined, and the entry still uses it
    assert library.strings_dict["molpsy"].value == "Molecular Psychiatry"
    assert library.entries_dict["zanos2018"]["journal"] == "Molecular Psychiatry"
    assert "journal = molpsy," in text


def test_a_file_whose_entries_are_all_right_comes_back_unchanged():
    unsure = LIBRARY[LIBRARY.index("@article{unsure2020") : LIBRARY.index("% the one below")]
    right = LIBRARY.replace(unsure, "").replace("10.1038/mp.2017.999", RECORD.doi)
    (zanos,) = parse_bibtex(right)
    verified = zanos.model_copy(
        update={"id": "ref-1", "verdict": Verdict.VERIFIED, "record": RECORD}
    )
    assert fixed_bib_text([verified], [right]) == right


def test_list_references_follow_the_users_file():
    generated = refs()[1]
    text = fixed_bib_text([*_library_refs(), generated], [LIBRARY])
    head, tail = text[: len(text) - len(fixed_bib_text([generated]))], fixed_bib_text([generated])
    assert text.endswith("\n\n" + tail) and head.startswith("% my library")
    assert [entry.key for entry in bibtexparser.parse_string(text).entries] == [
        "unsure2020",
        "zanos2018",
        "davis2020ketamine",
    ]


def test_an_entry_two_files_share_is_written_once_and_crlf_stays():
    chapter = LIBRARY[LIBRARY.index("@article{zanos2018") : LIBRARY.index("\n\n\n@comment")]
    chapter = ("% chapter 2\n" + chapter + "\n").replace("\n", "\r\n")
    (zanos,) = parse_bibtex(chapter)
    ref = zanos.model_copy(update={"id": "ref-1", "verdict": Verdict.UNVERIFIABLE})
    text = fixed_bib_text([ref], ["@string{molpsy = {Molecular Psychiatry}}\n", chapter, chapter])
    assert text == (
        "@string{molpsy = {Molecular Psychiatry}}\n"
        + chapter.replace("@article", "% citecheck: not confirmed (unverifiable)\r\n@article")
        + "% chapter 2\r\n% citecheck: entry zanos2018 is written above\r\n\r\n"
    )
    assert [entry.key for entry in bibtexparser.parse_string(text).entries] == ["zanos2018"]


def test_a_confirmed_entry_without_a_doi_gets_the_records():
    raw = "@article{z,\n  title = {Mechanisms of ketamine action as an antidepressant},\n}"
    verified = _user_ref(raw, verdict=Verdict.VERIFIED, field_checks=[])
    assert fixed_bib_text([verified]) == (
        "% citecheck: added doi from the Crossref record (verified)\n"
        "@article{z,\n  title = {Mechanisms of ketamine action as an antidepressant},\n"
        "  doi = {10.1038/mp.2017.255}\n}\n"
    )
    year = FieldCheck(field="year", cited="2015", found="2018", score=0.8, ok=False)
    mismatch = _user_ref(
        raw.replace("\n}", "\n  year = {2015},\n}"),
        verdict=Verdict.METADATA_MISMATCH,
        field_checks=[year],
    )
    text = fixed_bib_text([mismatch])
    assert text.startswith(
        "% citecheck: corrected year, added doi from the Crossref record (metadata mismatch)\n"
    )
    assert _fields(text)["doi"] == RECORD.doi and _fields(text)["year"] == "2018"
    # merged with a list entry that gave the DOI, the user's entry still lacks it
    merged = verified.model_copy(update={"cited": Cited(title="M", doi=RECORD.doi)})
    assert _fields(fixed_bib_text([merged]))["doi"] == RECORD.doi
    # an entry that is not confirmed gets no DOI: nothing says the record is its work
    unconfirmed = _user_ref(raw, verdict=Verdict.UNVERIFIABLE)
    assert fixed_bib_text([unconfirmed]).endswith(raw + "\n")
