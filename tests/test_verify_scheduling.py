"""verify_references schedules by the budget a reference asks first: a run of DOI references
must not keep the searches waiting (the search budget idled while DOI lookups ran, 1.4x the floor
on a mixed load). Asserted on the order of calls, never on time."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from citecheck.models import Cited, Reference, Verdict, WorkKind
from citecheck.resolution.source import (
    AgencyResult,
    DoiResult,
    LookupStatus,
    MetadataSource,
    SearchResult,
    Work,
)
from citecheck.verification.verify import verify_references


class Recording(MetadataSource):
    """Answers nothing (every lookup fails, as a network fault would) after a few turns of the
    event loop, and logs which kind of lookup was asked, in order."""

    name = "crossref-api"

    def __init__(self) -> None:
        self.calls: list[str] = []

    async def _turns(self) -> None:
        for _ in range(3):
            await asyncio.sleep(0)

    async def get_doi(self, doi: str) -> DoiResult:
        self.calls.append("doi")
        await self._turns()
        return DoiResult(status=LookupStatus.FAILED, detail="stand-in")

    async def search(
        self, query: str, *, rows: int = 5, accept: Callable[[Work], bool] | None = None
    ) -> SearchResult:
        self.calls.append(f"search: {query}")
        await self._turns()
        return SearchResult(status=LookupStatus.FAILED, detail="stand-in")

    async def agency(self, doi: str) -> AgencyResult:
        self.calls.append("agency")
        return AgencyResult(status=LookupStatus.FAILED)


def _ref(i: int, doi: str | None, kind: WorkKind = "scholarly") -> Reference:
    cited = Cited(
        title=f"Ketamine infusion trial {i} in treatment resistant depression",
        authors=[f"Author{i}"],
        year=2019,
        journal="Journal of Affective Disorders",
        doi=doi,
    )
    return Reference(
        id=f"r{i}", origin="reference_list", raw=cited.title or "", cited=cited, work_kind=kind
    )


def test_searches_start_while_a_run_of_doi_lookups_is_under_way() -> None:
    refs = [_ref(i, f"10.1000/r{i}") for i in range(8)] + [_ref(i, None) for i in range(8, 10)]
    source = Recording()
    out = asyncio.run(verify_references(refs, source, concurrency=2))
    assert [r.id for r in out] == [r.id for r in refs]  # results still in input order
    assert all(r.verdict == Verdict.UNVERIFIABLE for r in out)  # a failure is never evidence
    first_search = next(
        n for n, call in enumerate(source.calls) if "trial 8 " in call or "trial 9 " in call
    )
    doi_calls_before = source.calls[:first_search].count("doi")
    # the two references without a DOI were searched at once, not after the eight DOIs
    assert doi_calls_before <= 2, source.calls


def test_references_needing_no_lookup_do_not_wait_for_either_budget() -> None:
    refs = [_ref(i, f"10.1000/r{i}") for i in range(4)] + [_ref(9, None, kind="news")]
    progress: list[str] = []
    source = Recording()
    asyncio.run(
        verify_references(refs, source, concurrency=1, on_progress=lambda r: progress.append(r.id))
    )
    assert progress[0] == "r9"
