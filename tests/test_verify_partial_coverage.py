"""Books, theses, reports, preprints, labels and registry entries that a search of Crossref does
not find are `unverifiable`, never `not_found`: Crossref holds only some of them."""

from __future__ import annotations

import asyncio

import pytest

from citecheck.extraction.references import extract_references
from citecheck.models import Cited, Reference, Verdict
from citecheck.verification.queries import non_article_kind
from citecheck.verification.verify import verify_references
from fakes import FakeCrossref

# Real works that are not journal articles (none is in the fake's records).
LIST = """Text (American Psychiatric Association, 2013; World Health Organization, 2017; Stahl, 2013).

## References

American Psychiatric Association. (2013). *Diagnostic and statistical manual of mental disorders* (5th ed.). American Psychiatric Publishing.

World Health Organization. (2017). *Depression and other common mental disorders: Global health estimates*. World Health Organization.

Stahl, S. M. (2013). *Stahl's essential psychopharmacology: Neuroscientific basis and practical applications* (4th ed.). Cambridge University Press.

Janssen Pharmaceuticals. (2019). *Spravato (esketamine) nasal spray: Prescribing information*. Janssen.
"""


def test_real_non_article_works_missing_from_crossref_are_never_not_found() -> None:
    references, _ = extract_references(LIST)
    listed = [r for r in references if r.origin == "reference_list"]
    assert len(listed) == 4
    out = asyncio.run(verify_references(listed, FakeCrossref([])))
    for ref in out:
        assert ref.verdict == Verdict.UNVERIFIABLE, (ref.raw[:40], ref.verdict, ref.reasons)
        assert "not_journal_article" in [r.code for r in ref.reasons]


def _ref(
    raw: str,
    journal: str | None = "Some Journal",
    origin: str = "reference_list",
    authors: tuple[str, ...] = ("Smith",),
) -> Reference:
    return Reference(
        id="r",
        origin=origin,
        raw=raw,  # type: ignore[arg-type]
        cited=Cited(
            title="A title of four words", authors=list(authors), journal=journal, year=2020
        ),
    )


@pytest.mark.parametrize(
    ("raw", "journal", "kind"),
    [
        (
            "Smith, J. (2019). Title [Doctoral dissertation, University of X]. Repository.",
            None,
            "a thesis",
        ),
        (
            "Smith, J. (2015). Title. In A. B. Jones (Ed.), Book (pp. 520-533). Press.",
            None,
            "a book chapter",
        ),
        ("Smith, J. (2024). Title [Preprint]. medRxiv.", "medRxiv", "a preprint"),
        ("ClinicalTrials.gov. (2020). Title (NCT01234567).", None, "a trial registry entry"),
        (
            "Maker. (2019). Drug: Prescribing information. Maker.",
            "Maker",
            "prescribing information",
        ),
        (
            "Smith, J. (2013). Title (4th ed.). Cambridge University Press.",
            "Cambridge University Press",
            "a book",
        ),
        ("Smith, J. (2013). Title. Oxford University Press.", "Oxford University Press", "a book"),
        (
            "Smith, J. (2020). Title. Some Journal, 3(2), 10-20.",
            None,
            "a work with no journal named",
        ),
    ],
)
def test_non_article_kinds_are_recognised(raw: str, journal: str | None, kind: str) -> None:
    assert non_article_kind(_ref(raw, journal)) == kind


def test_journal_articles_and_bib_articles_are_articles() -> None:
    assert non_article_kind(_ref("Smith, J. (2020). Title. Some Journal, 3(2), 10-20.")) is None
    assert non_article_kind(_ref("@article{k, title={T}}", origin="bib")) is None
    assert non_article_kind(_ref("@book{k, title={T}}", origin="bib")) == "a BibTeX @book entry"
    own = _ref(
        "World Health Organization. (2017). Title. World Health Organization.",
        journal="World Health Organization",
        authors=("World Health Organization",),
    )
    assert non_article_kind(own) == "an organisation's own publication"


def test_an_invented_journal_article_is_still_not_found() -> None:
    invented = _ref(
        "Davis, J. S., & Henter, I. D. (2020). Ketamine for refractory anxiety: a "
        "systematic review. Journal of Psychiatric Practice, 26(4), 301-310.",
        journal="Journal of Psychiatric Practice",
    )
    [out] = asyncio.run(verify_references([invented], FakeCrossref([])))
    assert out.verdict == Verdict.NOT_FOUND
