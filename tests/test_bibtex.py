"""BibTeX input: entry types, LaTeX, group authors, DOIs as URLs, work kinds, and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.errors import BibtexError, InputError
from citecheck.inputs.bibtex import parse_bibtex, read_bibtex

FIXTURES = Path(__file__).parent / "fixtures" / "refs"
REFERENCES_BIB = Path(__file__).resolve().parents[1] / "data" / "references.bib"


@pytest.fixture(scope="module")
def sample() -> dict[str, object]:
    return {ref.key: ref for ref in read_bibtex(FIXTURES / "sample.bib")}


def test_article_fields_are_mapped_and_normalised(sample) -> None:
    ref = sample["zanos2018"]
    assert ref.origin == "bib" and ref.id == ""
    assert ref.cited.authors == ["Zanos", "Gould"]
    assert ref.cited.title == "Mechanisms of Ketamine Action as an Antidepressant"
    assert ref.cited.journal == "Molecular Psychiatry"  # @string macro resolved
    assert (ref.cited.year, ref.cited.volume, ref.cited.issue) == (2018, "23", "4")
    assert ref.cited.pages == "801-811"  # "--" becomes "-", not an en dash
    assert ref.cited.doi == "10.1038/mp.2017.255"  # doi.org URL and upper case normalised
    assert ref.work_kind == "scholarly"
    assert ref.raw.startswith("@article{zanos2018,") and ref.raw.rstrip().endswith("}")


def test_latex_accents_particles_and_others(sample) -> None:
    ref = sample["mueller2020"]
    assert ref.cited.authors == ["Müller", "García Márquez", "van der Berg"]  # "others" dropped
    assert ref.cited.title == "Café culture and anxiety"
    assert ref.cited.journal == "Journal of Things"  # biblatex journaltitle
    assert ref.cited.year == 2020  # from biblatex date
    assert ref.cited.doi == "10.1000/xyz.123"  # DOI only given as a doi.org url


def test_group_author_stays_whole(sample) -> None:
    assert sample["apa2013"].cited.authors == ["American Psychiatric Association"]
    assert sample["nimh2022"].cited.authors == ["National Institute of Mental Health"]


def test_booktitle_is_the_venue_of_a_proceedings_paper(sample) -> None:
    assert sample["smith2019"].cited.journal == "Proceedings of the Conference"
    assert sample["smith2019"].cited.pages == "10-20"


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("nimh2022", "institution"),
        ("gazette2023", "news"),
        ("blog2021", "web_page"),
        ("lee2015", "scholarly"),
        ("apa2013", "scholarly"),
    ],
)
def test_work_kind(sample, key: str, kind: str) -> None:
    assert sample[key].work_kind == kind


def test_web_entry_keeps_its_url(sample) -> None:
    assert sample["nimh2022"].cited.url == "https://www.nimh.nih.gov/news"
    assert sample["blog2021"].cited.doi is None


def test_malformed_entry_names_entry_and_line() -> None:
    with pytest.raises(BibtexError) as info:
        read_bibtex(FIXTURES / "malformed.bib")
    message = str(info.value)
    assert "broken2019" in message
    assert info.value.line == 7
    assert "\n" not in message


def test_parser_warnings_do_not_leak(caplog) -> None:
    caplog.set_level("DEBUG")
    with pytest.raises(BibtexError):
        read_bibtex(FIXTURES / "malformed.bib")
    assert not [r for r in caplog.records if r.name.startswith("bibtexparser")]


def test_duplicate_key_is_an_error() -> None:
    with pytest.raises(BibtexError, match="duplicate"):
        parse_bibtex("@article{a, title={x}}\n@article{a, title={y}}\n", "dup.bib")


def test_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        read_bibtex(tmp_path / "nope.bib")
    bad = tmp_path / "latin1.bib"
    bad.write_bytes("@article{k, author={M\xfcller, J}}".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8") as info:
        read_bibtex(bad)
    assert not isinstance(info.value, BibtexError)


def test_empty_source_has_no_references() -> None:
    assert parse_bibtex("% nothing here\n", "empty.bib") == []  # a file of them is refused


def test_seed_bibliography_parses() -> None:
    refs = {ref.key: ref for ref in read_bibtex(REFERENCES_BIB)}
    assert refs["kishimoto2016ketanserin"].cited.authors == ["Kishimoto"]
    assert refs["nimh2022ketamine"].cited.authors == ["National Institute of Mental Health"]
    assert refs["seed002_harvard_gazette"].work_kind == "news"
    assert refs["seed001_yale_medicine"].work_kind == "institution"


_field_value = st.text(
    alphabet=st.characters(blacklist_characters="{}\\@", blacklist_categories=("Cs",)), max_size=30
)


@settings(max_examples=60, deadline=None)
@given(title=_field_value, author=_field_value, year=st.integers(1800, 2100))
def test_any_field_text_parses_without_crashing(title: str, author: str, year: int) -> None:
    source = f"@article{{k1, title = {{{title}}}, author = {{{author}}}, year = {{{year}}}}}\n"
    refs = parse_bibtex(source)
    assert len(refs) == 1
    assert refs[0].cited.year == year


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_parses_or_raises_bibtex_error(source: str) -> None:
    try:
        refs = parse_bibtex(source)
    except BibtexError:
        return
    assert all(ref.origin == "bib" for ref in refs)


def test_a_name_the_splitter_cannot_take_apart_is_read_not_rejected() -> None:
    source = (
        "@article{a, title = {One}, author = {Zanos, and Gould, Todd}, year = {2018}}\n"
        "@article{b, title = {Two}, author = {Smith,}, year = {2019}}\n"
    )
    refs = parse_bibtex(source)
    assert [r.key for r in refs] == ["a", "b"]  # file order kept
    assert refs[1].cited.authors == ["Smith"]
    assert refs[0].cited.year == 2018


@pytest.mark.parametrize(
    "content", ["", "   \n", "This is a plain note, not BibTeX.\n", "% only a comment\n"]
)
def test_a_file_without_entries_is_bad_input(tmp_path, content):
    path = tmp_path / "refs.bib"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="no BibTeX entries found"):
        read_bibtex(path)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("@article{a,\n  title = {Good}}},\n  journal = {J},\n  year = {2020}\n}\n", 2),
        ("@article{a,\n  title = {Good},\n  year = {2020}}}\n", 3),
        ("@article{a, title = {Good}},\n  doi = {10.1/x}}\n", 1),
    ],
)
def test_a_stray_closing_brace_is_reported_with_its_line(text: str, line: int) -> None:
    with pytest.raises(BibtexError, match=f"x.bib:{line}: .*stray '}}' ends entry 'a'"):
        parse_bibtex(text, "x.bib")


def test_text_between_entries_is_still_a_comment() -> None:
    text = "@article{a, title={x}}\n% a note\nplain words\n\n@misc{b, title={y}}\n"
    assert [ref.key for ref in parse_bibtex(text, "x.bib")] == ["a", "b"]


def test_names_beside_one_the_splitter_refuses_are_read_by_bibtex_rules() -> None:
    source = (
        "@article{c, title = {Three}, year = {2020},\n"
        "  author = {Jane van der Berg and {World Health Organization} and Smith,}}\n"
    )
    (ref,) = parse_bibtex(source)
    assert ref.cited.authors == ["van der Berg", "World Health Organization", "Smith"]


def test_pubmed_and_archive_identifiers_are_read() -> None:
    """PMIDs and PMCIDs in their own fields, or as biblatex eprints, reach the resolver."""
    refs = parse_bibtex(
        "@article{berman2000, title={Antidepressant effects of ketamine in depressed patients},"
        " author={Berman, Robert M.}, journal={Biological Psychiatry}, year={2000},"
        " pmid={10686270}, pmcid={PMC5877356}}\n"
        "@article{viaeprint, title={A title}, author={Doe, Jane}, year={2021},"
        " eprint={31000001}, eprinttype={pubmed}}\n"
        "@misc{preprint, title={A preprint}, author={Roe, Rick}, year={2021},"
        " eprint={2101.00001}, eprinttype={arxiv}}\n"
        "@article{plain, title={No ids here}, author={Poe, Paul}, year={2020}, eprint={12345}}\n"
    )
    by_key = {ref.key: ref.cited for ref in refs}
    assert (by_key["berman2000"].pmid, by_key["berman2000"].pmcid) == ("10686270", "PMC5877356")
    assert by_key["viaeprint"].pmid == "31000001"
    assert by_key["preprint"].arxiv == "2101.00001"
    assert (by_key["plain"].pmid, by_key["plain"].arxiv) == (None, None)  # no eprinttype
