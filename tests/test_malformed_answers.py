"""Answers that do not fit Crossref's schema, end to end through the client: a fault, never
evidence, reported as a malformed record (not "network"), and never a traceback.

Records are SYNTHETIC (10.5555) and served by the local Crossref stub.
"""

from __future__ import annotations

import asyncio

import pytest

from citecheck.models import Cited, Reference, Verdict
from citecheck.resolution.crossref import CrossrefSource
from citecheck.resolution.source import LookupStatus
from citecheck.verification.verify import verify_reference
from crossref_stub import CrossrefStub

TITLE = "Low-dose ketamine for treatment-resistant anxiety in adults"
# the stub publishes no rate limit: these tests read verdicts and reasons, not the pace
pytestmark = pytest.mark.usefixtures("quick_pace")


def _work(doi: str, **extra: object) -> dict[str, object]:
    return {
        "DOI": doi,
        "type": "journal-article",
        "title": [TITLE],
        "author": [{"given": "A", "family": "Lindqvist"}],
        "container-title": ["Journal of Synthetic Psychiatry"],
        "issued": {"date-parts": [[2021]]},
        **extra,
    }


def _verify(stub: CrossrefStub, cited: Cited) -> Reference:
    async def go() -> Reference:
        source = CrossrefSource(
            base_url=stub.url, doi_url=stub.doi_url, retry_wait=0.01, retry_wait_max=0.05
        )
        try:
            ref = Reference(id="ref-1", origin="bib", raw="@article{x}", cited=cited)
            return await verify_reference(ref, source)
        finally:
            await source.aclose()

    return asyncio.run(go())


def _cited(doi: str | None) -> Cited:
    return Cited(
        title=TITLE,
        authors=["Lindqvist"],
        year=2021,
        journal="Journal of Synthetic Psychiatry",
        doi=doi,
    )


def test_a_doi_answered_with_an_empty_work_confirms_nothing() -> None:
    with CrossrefStub({"10.5555/empty": {"DOI": "10.5555/empty"}}) as stub:

        async def lookup() -> object:
            source = CrossrefSource(
                base_url=stub.url, doi_url=stub.doi_url, retry_wait=0.01, retry_wait_max=0.05
            )
            try:
                return await source.get_doi("10.5555/empty")
            finally:
                await source.aclose()

        result = asyncio.run(lookup())
        assert result.status == LookupStatus.FAILED and result.malformed
        out = _verify(stub, _cited("10.5555/empty"))
    assert out.verdict == Verdict.UNVERIFIABLE
    assert [r.code for r in out.reasons] == ["malformed_record"]


def test_a_search_item_of_the_wrong_shape_is_no_evidence_of_absence() -> None:
    odd = _work("10.5555/odd", subtitle=42)
    with CrossrefStub({"10.5555/odd": odd}) as stub:
        out = _verify(stub, _cited(None).model_copy(update={"title": TITLE + " revisited"}))
    assert out.verdict == Verdict.UNVERIFIABLE
    assert "malformed_record" in [r.code for r in out.reasons]


def test_wrongly_typed_notices_are_dropped_and_named() -> None:
    work = _work("10.5555/notices", relation="is-retracted-by", **{"updated-by": "soon"})
    with CrossrefStub({"10.5555/notices": work}) as stub:
        out = _verify(stub, _cited("10.5555/notices"))
    assert out.verdict == Verdict.VERIFIED
    dropped = next(r for r in out.reasons if r.code == "record_fields_dropped")
    assert "relation" in dropped.message and "updated-by" in dropped.message
