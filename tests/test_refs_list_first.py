"""An in-text citation links to the article's own reference-list entry when one matches; a
`--bib` entry for the same work is only a fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.extraction.references import extract_references
from citecheck.inputs.bibtex import read_bibtex
from support.seeds import seed_text

FIXTURES = Path(__file__).parent / "fixtures"

ARTICLE = """Ketamine acts on NMDA receptors (Zanos & Gould, 2018). Zanos and Gould (2018) showed
that its metabolites matter. A small study published in 2000 in the journal Biological Psychiatry
found rapid relief. The drug is also described as fast (Mueller et al., 2020).

References

Zanos, P., & Gould, T. D. (2018). Mechanisms of ketamine action as an antidepressant. Molecular Psychiatry, 23(4), 801–811. https://doi.org/10.1038/mp.2017.255
Berman, R. M., Cappiello, A., & Anand, A. (2000). Antidepressant effects of ketamine in depressed patients. Biological Psychiatry, 47(4), 351–354.
"""

BIB = """@article{zanos2018,
  author  = {Zanos, Panos and Gould, Todd D.},
  title   = {Mechanisms of Ketamine Action as an Antidepressant},
  journal = {Molecular Psychiatry},
  year    = 2018, volume = {23}, number = {4}, pages = {801--811},
  doi     = {10.1038/mp.2017.255}
}
@article{berman2000,
  author  = {Berman, Robert M. and Cappiello, Angela and Anand, Amit},
  title   = {Antidepressant effects of ketamine in depressed patients},
  journal = {Biological Psychiatry},
  year    = 2000, volume = {47}, number = {4}, pages = {351--354}
}
@article{mueller2020,
  author  = {M{\\"u}ller, J{\\"o}rg and Garc{\\'\\i}a M{\\'a}rquez, Ana},
  title   = {Caf{\\'e} culture and anxiety},
  journal = {Journal of Things},
  year    = 2020
}
"""


@pytest.fixture
def bib(tmp_path: Path):
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return read_bibtex(path)


def test_citations_link_to_the_articles_own_list_entry(bib) -> None:
    refs, cites = extract_references(ARTICLE, bib)
    by_id = {r.id: r for r in refs}
    assert [r.origin for r in refs[:3]] == ["bib"] * 3  # ids: bib entries still come first
    linked = {c.text: by_id[c.reference_id] for c in cites}
    for text in ("(Zanos & Gould, 2018)", "Zanos and Gould (2018)"):
        assert linked[text].origin == "reference_list", text
        assert linked[text].cited.authors[0] == "Zanos"
    venue = linked["A small study published in 2000 in the journal Biological Psychiatry"]
    assert venue.origin == "reference_list" and venue.cited.authors[0] == "Berman"


def test_bib_is_the_fallback_when_the_list_has_no_match(bib) -> None:
    refs, cites = extract_references(ARTICLE, bib)
    by_id = {r.id: r for r in refs}
    mueller = next(c for c in cites if c.text == "(Mueller et al., 2020)")
    assert (by_id[mueller.reference_id].origin, by_id[mueller.reference_id].key) == (
        "bib",
        "mueller2020",
    )


def test_without_a_list_the_bib_is_used(bib) -> None:
    body = ARTICLE.split("References")[0]
    refs, cites = extract_references(body, bib)
    by_id = {r.id: r for r in refs}
    assert {by_id[c.reference_id].key for c in cites} == {"zanos2018", "berman2000", "mueller2020"}


def test_a_venue_the_list_cannot_tell_apart_does_not_fall_back_to_the_bib(bib) -> None:
    text = (
        "A study published in the journal Biological Psychiatry found relief.\n\nReferences\n\n"
        "Berman, R. M. (2000). Antidepressant effects of ketamine. Biological Psychiatry, 47(4), 351–354.\n"
        "Krystal, J. H. (2002). Glutamate and depression. Biological Psychiatry, 51(1), 1–10.\n"
    )
    refs, cites = extract_references(text, bib)
    by_id = {r.id: r for r in refs}
    (cite,) = cites
    assert by_id[cite.reference_id].origin == "in_text"  # ambiguous in the list: no guess


def test_seed_003_wilkins_links_to_its_list_entry() -> None:
    bib_path = Path(__file__).resolve().parents[1] / "data" / "references.bib"
    text = seed_text("003")
    refs, cites = extract_references(text, read_bibtex(bib_path))
    by_id = {r.id: r for r in refs}
    wilkins = by_id[next(c.reference_id for c in cites if c.text == "(Wilkins et al. 2021)")]
    assert wilkins.origin == "reference_list" and wilkins.cited.authors[0] == "Wilkins"
