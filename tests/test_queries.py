"""Search queries built from references: what is sent to `query.bibliographic`."""

from __future__ import annotations

from pathlib import Path

from citecheck.inputs.bibtex import read_bibtex
from citecheck.models import Cited, Reference
from citecheck.verification.queries import clean_reference_string, reference_queries

BIB = """@article{zanos2018,
  author  = {Zanos, Panos and Gould, Todd D.},
  title   = {Mechanisms of ketamine action as an antidepressant},
  journal = {Molecular Psychiatry},
  year    = {2018},
  volume  = {23},
  number  = {4},
  pages   = {801--811},
}
"""


def test_bibtex_reference_is_searched_as_a_reference_string_not_its_source(tmp_path: Path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    [ref] = read_bibtex(path)
    queries = reference_queries(ref)
    assert queries, "a full BibTeX entry must be searchable"
    for query in queries:
        for noise in ("@article", "{", "}", "author", "journal =", "zanos2018"):
            assert noise not in query, (noise, query)
    first = queries[0]
    assert first.startswith("Zanos, Gould (2018) Mechanisms of ketamine action")
    assert "Molecular Psychiatry" in first and "801" in first


def test_reference_list_entry_is_searched_on_its_own_words_without_doi_or_bullet():
    raw = (
        "- Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an "
        "antidepressant. Molecular Psychiatry, 23(4), 801-811. https://doi.org/10.1038/mp.2017.255"
    )
    ref = Reference(
        id="ref-1",
        origin="reference_list",
        raw=raw,
        cited=Cited(
            title="Mechanisms of ketamine action as an antidepressant",
            authors=["Zanos", "Gould"],
            year=2018,
        ),
    )
    first = reference_queries(ref)[0]
    assert first == clean_reference_string(raw)
    assert first.startswith("Zanos, P.")
    assert "doi" not in first.lower() and "10.1038" not in first


def test_in_text_mention_without_title_is_searched_on_names_journal_year_and_topic():
    ref = Reference(
        id="ref-2",
        origin="in_text",
        raw="a 2016 study in Biological Psychiatry",
        cited=Cited(journal="Biological Psychiatry", year=2016),
        context="A 2016 study in Biological Psychiatry found ketamine reduced "
        "suicidal ideation within hours.",
    )
    [query] = reference_queries(ref)
    assert query.startswith("Biological Psychiatry 2016")
    assert "ketamine" in query and "suicidal" in query


def test_markdown_emphasis_and_links_are_not_sent_to_the_search():
    raw = (
        "1. Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an "
        "antidepressant. *Molecular Psychiatry, 23*(4), 801–811. "
        "[https://doi.org/10.1038/mp.2017.255](https://doi.org/10.1038/mp.2017.255)"
    )
    query = clean_reference_string(raw)
    assert "*" not in query and "[" not in query and "](" not in query
    assert query.endswith("Molecular Psychiatry, 23(4), 801–811")


def test_only_a_doi_label_is_removed_not_the_word_in_a_title():
    raw = "Smith, J. (2020). Hash signs in a DOI: a test. Some Journal, 3, 1-2. doi: 10.1000/x.1"
    query = clean_reference_string(raw)
    assert "in a DOI: a test" in query
    assert "10.1000" not in query and not query.lower().endswith("doi")
