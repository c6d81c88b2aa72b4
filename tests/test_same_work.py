"""One work cited in two places is one reference; two works that look alike never are."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citecheck.extraction.references import extract_references
from citecheck.inputs.bibtex import parse_bibtex
from citecheck.models import Cited, Verdict
from citecheck.verification.same_work import merge_same_works, same_work
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref

ZANOS = Cited(
    title="Mechanisms of ketamine action as an antidepressant",
    authors=["Zanos", "Gould"],
    year=2018,
    journal="Molecular Psychiatry",
    volume="23",
    issue="4",
    pages="801-811",
    doi="10.1038/mp.2017.255",
)


def _with(**update: object) -> Cited:
    return ZANOS.model_copy(update=update)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (_with(), True),
        # the same DOI, written as a link, with an abbreviated journal and pages
        (_with(doi="https://doi.org/10.1038/MP.2017.255", journal="Mol Psychiatry",
               pages="801-11"), True),
        # no DOI on one side: title, year and first author name it
        (_with(doi=None), True),
        (_with(doi=None, title="Mechanisms of Ketamine Action as an Antidepressant."), True),
        (_with(doi=None, authors=["Zanos", "et al."]), True),
        # a title match with another year or another first author is another work
        (_with(doi=None, year=2017), False),
        (_with(doi=None, authors=["Gould", "Zanos"]), False),
        # the same DOI but a field that disagrees: two descriptions, each checked on its own
        (_with(year=2019), False),
        (_with(pages="801-818"), False),
        (_with(volume="24"), False),
        (_with(journal="Biological Psychiatry"), False),
        (_with(title="Mechanisms of ketamine action as an antidepressant in aged rats"), False),
        (_with(authors=["Zanos", "Gold"]), False),
        # two DOIs are two works, however alike the rest
        (_with(doi="10.1038/mp.2017.256"), False),
        # without a DOI, title, year and first author must all be there on both sides
        (_with(doi=None, year=None), False),
        (_with(doi=None, authors=[]), False),
        (Cited(title=ZANOS.title, year=2018), False),
    ],
)  # fmt: skip
def test_same_work(other: Cited, same: bool) -> None:
    assert same_work(ZANOS, other) is same
    assert same_work(other, ZANOS) is same


_fields = st.fixed_dictionaries(
    {},
    optional={
        "title": st.sampled_from(["A title", "a TITLE.", "Another title", ""]),
        "authors": st.lists(st.sampled_from(["Zanos", "Gould", "et al.", "Zánoš"]), max_size=3),
        "year": st.sampled_from([2017, 2018]),
        "journal": st.sampled_from(["Molecular Psychiatry", "Mol Psychiatry", "Nature"]),
        "pages": st.sampled_from(["801-11", "801-811", "801", "e1"]),
        "doi": st.sampled_from(["10.1/a", "10.1/A", "10.1/b"]),
    },
)


@given(_fields, _fields)
def test_same_work_is_symmetric_and_never_joins_different_years_or_dois(
    a: dict[str, object], b: dict[str, object]
) -> None:
    left, right = Cited.model_validate(a), Cited.model_validate(b)
    assert same_work(left, right) == same_work(right, left)
    if left.year and right.year and left.year != right.year:
        assert not same_work(left, right)
    if left.doi and right.doi and left.doi.lower() != right.doi.lower():
        assert not same_work(left, right)


BIB = """@article{zanos2018,
  author = {Zanos, Panos and Gould, Todd D.},
  title = {Mechanisms of ketamine action as an antidepressant},
  journal = {Molecular Psychiatry},
  year = {2018},
}

@article{berman2000,
  author = {Berman, Robert M. and Cappiello, Angela},
  title = {Antidepressant effects of ketamine in depressed patients},
  journal = {Biological Psychiatry},
  year = {2000},
  doi = {10.1016/S0006-3223(99)00230-9},
}
"""

ARTICLE = (
    "Ketamine blocks NMDA receptors (Zanos & Gould, 2018); the first trial was small\n"
    "(Berman et al., 2000) [2].\n\n## References\n\n"
    "1. Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant. "
    "Molecular Psychiatry, 23(4), 801-811. https://doi.org/10.1038/mp.2017.255\n"
    "2. Berman, R. M., Cappiello, A., Anand, A. (2000). Antidepressant effects of ketamine in "
    "depressed patients. Biological Psychiatry, 47(4), 351-354.\n"
    "3. Glue, P., Medlicott, N. J. (2017). Ketamine's dose-related effects on anxiety symptoms "
    "in patients with treatment refractory anxiety disorders. Journal of Psychopharmacology, "
    "31(10), 1302-1305.\n"
)


def _analysed(article: str, bib: str) -> tuple[list, list]:  # type: ignore[type-arg]
    return merge_same_works(*extract_references(article, bib=parse_bibtex(bib)))


def test_a_work_in_the_bib_and_the_list_is_one_reference() -> None:
    references, citations = _analysed(ARTICLE, BIB)
    assert [(ref.id, ref.origin, ref.key) for ref in references] == [
        ("ref-1", "bib", "zanos2018"),
        ("ref-2", "bib", "berman2000"),
        ("ref-3", "reference_list", None),
    ]
    zanos, berman, glue = references
    # what only the list says joins the bib entry; the list's own text is kept where it stands
    assert zanos.cited.doi == "10.1038/mp.2017.255" and zanos.cited.pages == "801-811"
    (place,) = zanos.also_cited_as
    assert place.origin == "reference_list" and place.start is not None
    assert ARTICLE[place.start : place.end] == place.raw and place.raw.startswith("Zanos, P.")
    assert berman.cited.doi == "10.1016/s0006-3223(99)00230-9"
    assert berman.cited.volume == "47" and len(berman.also_cited_as) == 1
    assert glue.cited.authors[0] == "Glue" and glue.also_cited_as == []
    # every citation of either place names the one reference
    assert [c.reference_id for c in citations] == ["ref-1", "ref-2", "ref-2"]


def test_a_list_entry_that_disagrees_with_the_bib_stays_apart() -> None:
    disagreeing = ARTICLE.replace("801-811", "801-818")
    with_pages = BIB.replace("year = {2018},", "year = {2018},\n  pages = {801--811},")
    references, _ = _analysed(disagreeing, with_pages)
    zanos = references[0]
    assert zanos.key == "zanos2018" and zanos.also_cited_as == [] and zanos.cited.doi is None
    listed = [ref for ref in references if ref.origin == "reference_list"]
    assert [ref.cited.pages for ref in listed] == ["801-818", "1302-1305"]


def test_a_list_entry_two_bib_entries_match_is_left_alone() -> None:
    doubled = BIB + BIB.split("\n\n")[0].replace("zanos2018", "zanos2018copy") + "\n"
    references, _ = _analysed(ARTICLE, doubled)
    assert [ref.key for ref in references if ref.origin == "bib"] == [
        "zanos2018",
        "berman2000",
        "zanos2018copy",
    ]
    assert sum(ref.origin == "reference_list" for ref in references) == 2  # Berman merged


def test_nothing_to_merge_returns_the_same_lists() -> None:
    references, citations = extract_references(ARTICLE)
    assert merge_same_works(references, citations) == (references, citations)


def test_a_web_entry_the_list_gives_a_doi_is_checked_as_a_scholarly_work() -> None:
    bib = (
        "@misc{zanosweb, author = {Zanos, Panos}, year = {2018},\n"
        "  title = {Mechanisms of ketamine action as an antidepressant},\n"
        "  howpublished = {\\url{https://example.org/zanos}}}\n"
    )
    (entry,) = parse_bibtex(bib)
    assert entry.work_kind == "web_page"
    references, _ = _analysed(ARTICLE, bib)
    merged = references[0]
    assert merged.key == "zanosweb" and merged.also_cited_as
    assert merged.work_kind == "scholarly" and merged.cited.doi == "10.1038/mp.2017.255"


_ENTRIES = [
    "Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant. "
    "Molecular Psychiatry, 23(4), 801-811. https://doi.org/10.1038/mp.2017.255",
    "Zanos, P., & Gould, T. D. (2017). Mechanisms of ketamine action as an antidepressant. "
    "Molecular Psychiatry, 23(4), 801-811.",
    "Berman, R. M., Cappiello, A., Anand, A. (2000). Antidepressant effects of ketamine in "
    "depressed patients. Biological Psychiatry, 47(4), 351-354.",
    "Glue, P., Medlicott, N. J. (2017). Ketamine's dose-related effects on anxiety symptoms in "
    "patients with treatment refractory anxiety disorders. Journal of Psychopharmacology, "
    "31(10), 1302-1305.",
]


@given(
    st.lists(st.sampled_from(_ENTRIES), max_size=4),
    st.lists(st.sampled_from(BIB.strip().split("\n\n")), max_size=2, unique=True),
)
def test_merging_keeps_every_citation_linked_and_ids_in_order(
    listed: list[str], bib_entries: list[str]
) -> None:
    article = "Relief (Zanos & Gould, 2018) came [1].\n\n## References\n\n" + "".join(
        f"{n}. {entry}\n" for n, entry in enumerate(listed, start=1)
    )
    before, before_citations = extract_references(
        article, bib=parse_bibtex("\n\n".join(bib_entries))
    )
    after, citations = merge_same_works(before, before_citations)
    assert [ref.id for ref in after] == [f"ref-{n}" for n in range(1, len(after) + 1)]
    merged = sum(len(ref.also_cited_as) for ref in after)
    assert len(after) + merged == len(before)
    ids = {ref.id for ref in after}
    assert len(citations) == len(before_citations)
    assert all(c.reference_id in ids for c in citations if c.reference_id is not None)
    # a merged place is always a list entry or in-text reference, and joins a bib entry
    assert all(ref.origin == "bib" for ref in after if ref.also_cited_as)


def test_a_web_entry_the_list_names_a_journal_for_is_checked_as_a_scholarly_work() -> None:
    # The list says where the work was published (as a BibTeX entry with a journal is read as a
    # scholarly work); kept a web page, the merged reference would be "not scholarly" and the
    # list's citation would never be checked at all.
    bib = (
        "@misc{gloweb, author = {Glue, Paul}, year = {2017},\n"
        "  title = {Ketamine's dose-related effects on anxiety symptoms in patients with "
        "treatment refractory anxiety disorders},\n"
        "  howpublished = {\\url{https://example.org/glue}}}\n"
    )
    (entry,) = parse_bibtex(bib)
    assert entry.work_kind == "web_page"
    references, _ = _analysed(ARTICLE, bib)
    (merged,) = [ref for ref in references if ref.key == "gloweb"]
    assert merged.also_cited_as and merged.cited.journal == "Journal of Psychopharmacology"
    assert merged.cited.doi is None
    assert merged.work_kind == "scholarly"
    # and it is verified against the work's record (10.5555 is Crossref's test prefix)
    record = {
        "DOI": "10.5555/glue.2017",
        "type": "journal-article",
        "title": [merged.cited.title],
        "author": [{"family": "Glue", "given": "Paul"}, {"family": "Medlicott", "given": "N."}],
        "container-title": ["Journal of Psychopharmacology"],
        "volume": "31",
        "issue": "10",
        "page": "1302-1305",
        "issued": {"date-parts": [[2017]]},
    }
    done = asyncio.run(verify_reference(merged, FakeCrossref([record])))
    assert done.verdict == Verdict.VERIFIED
