"""A note of another item inside an entry ("[retracted in: Lancet. 2020;...]") never steers the
search: the query and the re-reading of the entry leave it out, so the search finds the cited
article, and its retraction is seen. The records stand in for Crossref's: the Lancet's
hydroxychloroquine registry analysis (Mehra et al. 2020, retracted) and its retraction notice,
with the fields Crossref gives them."""

from __future__ import annotations

import asyncio

import pytest

from citecheck.extraction.reflist import parse_reference, without_item_notes
from citecheck.models import Reference
from citecheck.verification.queries import reference_queries
from citecheck.verification.verify import verify_reference
from fakes import FakeCrossref

TITLE = (
    "Hydroxychloroquine or chloroquine with or without a macrolide for treatment of COVID-19: "
    "a multinational registry analysis"
)
ARTICLE = {
    "DOI": "10.1016/s0140-6736(20)31180-6",
    "type": "journal-article",
    "title": [f"RETRACTED: {TITLE}"],
    "author": [{"family": f} for f in ("Mehra", "Desai", "Ruschitzka", "Patel")],
    "container-title": ["The Lancet"],
    "short-container-title": ["The Lancet"],
    "published-online": {"date-parts": [[2020, 5, 22]]},
    "updated-by": [
        {
            "DOI": "10.1016/s0140-6736(20)31324-6",
            "type": "retraction",
            "updated": {"date-parts": [[2020, 6, 5]]},
        }
    ],
}
NOTICE = {
    "DOI": "10.1016/s0140-6736(20)31324-6",
    "type": "journal-article",
    "title": [f"Retraction—{TITLE}"],
    "author": [{"family": f} for f in ("Mehra", "Ruschitzka", "Patel")],
    "container-title": ["The Lancet"],
    "published-print": {"date-parts": [[2020, 6]]},
    "volume": "395",
    "issue": "10240",
    "page": "1820",
}
AMA = (
    f"Mehra MR, Desai SS, Ruschitzka F, Patel AN. {TITLE} [retracted in: Lancet. "
    "2020;395(10240):1820. doi:10.1016/S0140-6736(20)31324-6]. Lancet. 2020;S0140-6736(20)31180-6."
)
PUBMED = (
    f"Mehra MR, Desai SS, Ruschitzka F, Patel AN. {TITLE}. Lancet. 2020 May 22:S0140-6736(20)"
    "31180-6. Epub ahead of print. Retraction in: Lancet. 2020 Jun 13;395(10240):1820. "
    "PMID: 32450107"
)


def _reference(raw: str) -> Reference:
    cited, _kind = parse_reference(raw)
    return Reference(id="ref-1", origin="reference_list", raw=raw, cited=cited)


def test_notes_of_other_items_are_left_out_once_for_every_use() -> None:
    assert "retracted" not in without_item_notes(AMA)
    assert "10240" not in without_item_notes(AMA)
    assert without_item_notes(PUBMED).endswith("PMID: 32450107")
    assert "10240" not in without_item_notes(PUBMED)
    for raw in (AMA, PUBMED):
        assert all("10240" not in query for query in reference_queries(_reference(raw)))


def test_a_retraction_note_leaves_the_search_to_find_the_retracted_article() -> None:
    reference = _reference(AMA)
    assert reference.cited.doi is None
    result = asyncio.run(verify_reference(reference, FakeCrossref([ARTICLE, NOTICE])))
    assert result.record is not None
    assert result.record.doi == ARTICLE["DOI"]
    assert result.retraction is not None
    assert result.retraction.kind == "retraction"
    # the notice's volume, issue and page are never compared as the article's, and the
    # article's own identifier is no part of its journal's name
    assert [c.field for c in result.field_checks if not c.ok] == []
    assert result.verdict == "verified"


@pytest.mark.parametrize(
    ("raw", "journal"),
    [
        (AMA, "Lancet"),
        (PUBMED, "Lancet"),
        (
            "Doe J, Roe R. A trial of things. N Engl J Med. 2020 Apr 10:NEJMoa2007016.",
            "N Engl J Med",
        ),
        ("Doe J, Roe R. A trial of things. JAMA Netw Open. 2021;e2112345.", "JAMA Netw Open"),
    ],
)
def test_an_article_cited_before_its_issue_keeps_its_identifier_out_of_the_journal(
    raw: str, journal: str
) -> None:
    cited, _kind = parse_reference(raw)
    assert cited.journal == journal
    assert cited.year in (2020, 2021)
    assert (cited.volume, cited.issue, cited.pages) == (None, None, None)
    assert cited.title is not None and cited.title.endswith(("analysis", "things"))
