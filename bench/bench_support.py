"""Added time per reference of the claim <-> source check, against each service's rate floor.

    PYTHONPATH=src python bench/bench_support.py [--refs N] [--latency SECONDS]

Gathers the texts of N resolved references from a local stand-in of PubMed and Europe PMC
(tests/text_stub.py, with a fixed answer latency) in three set-ups, and prints the time per
reference next to the floor the published rates set (PubMed: 2 requests a work, esearch +
efetch, at 3/s, or 10/s with an API key; a work PubMed lacks costs 1 PubMed request plus 1
Europe PMC request at our polite 4/s). The client paces at 95% of a rate, so the floor shown is
the rate's own and the pacing's. The rest (parsing, matching) is measured apart.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from citecheck.extraction.claims import load_rules  # noqa: E402
from citecheck.models import Record, Reference, Verdict  # noqa: E402
from citecheck.resolution.europepmc import RATE as EUROPEPMC_RATE  # noqa: E402
from citecheck.resolution.europepmc import EuropePmcClient  # noqa: E402
from citecheck.resolution.pacing import SAFETY  # noqa: E402
from citecheck.resolution.pubmed import (  # noqa: E402
    RATE_WITH_KEY,
    RATE_WITHOUT_KEY,
    PubMedClient,
)
from citecheck.resolution.source import DoiResult, LookupStatus, MetadataSource  # noqa: E402
from citecheck.resolution.texts import TextSources  # noqa: E402
from citecheck.verification.support import gather  # noqa: E402
from text_stub import StubWork, TextStub  # noqa: E402

ABSTRACT = [
    ("METHODS", "We randomly assigned 612 adults to drug A 50 mg once daily or placebo."),
    ("RESULTS", "A response occurred in 38% of patients in the drug A group and 21% with placebo."),
]


class NoCrossref(MetadataSource):
    name = "cache"

    async def get_doi(self, doi: str) -> DoiResult:
        return DoiResult(status=LookupStatus.UNKNOWN)

    async def search(self, query, *, rows=5, accept=None):  # type: ignore[no-untyped-def]
        raise NotImplementedError


def references(n: int) -> list[Reference]:
    return [
        Reference(
            id=f"ref-{i}",
            origin="reference_list",
            raw="x",
            verdict=Verdict.VERIFIED,
            record=Record(doi=f"10.5555/bench.{i}"),
        )
        for i in range(n)
    ]


def run(n: int, latency: float, *, in_pubmed: bool, api_key: str | None) -> tuple[float, int, int]:
    works = {
        f"10.5555/bench.{i}": StubWork(
            doi=f"10.5555/bench.{i}", sections=ABSTRACT, in_pubmed=in_pubmed
        )
        for i in range(n)
    }
    rules = load_rules()
    with TextStub(works, latency=latency) as stub:

        async def go() -> tuple[float, int]:
            texts = TextSources(
                [
                    PubMedClient(base_url=stub.pubmed_url, api_key=api_key),
                    EuropePmcClient(base_url=stub.europepmc_url),
                ]
            )
            started = time.perf_counter()
            found = await gather(references(n), NoCrossref(), texts, rules, concurrency=8)
            elapsed = time.perf_counter() - started
            await texts.aclose()
            return elapsed, sum(1 for e in found.values() if e.prepared)

        elapsed, covered = asyncio.run(go())
        return elapsed, covered, len(stub.log)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--refs", type=int, default=15)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    floor: dict[str, Callable[[], float]] = {
        "PubMed, no key": lambda: 2 / (RATE_WITHOUT_KEY * SAFETY),
        "PubMed, API key": lambda: 2 / (RATE_WITH_KEY * SAFETY),
        "not in PubMed -> Europe PMC": lambda: max(
            1 / (RATE_WITHOUT_KEY * SAFETY), 1 / (EUROPEPMC_RATE * SAFETY)
        ),
    }
    setups = {
        "PubMed, no key": {"in_pubmed": True, "api_key": None},
        "PubMed, API key": {"in_pubmed": True, "api_key": "bench-key"},
        "not in PubMed -> Europe PMC": {"in_pubmed": False, "api_key": None},
    }
    print(f"{args.refs} references, stand-in latency {args.latency * 1000:.0f} ms")
    print(f"{'set-up':30} {'s/ref':>7} {'floor':>7} {'ratio':>6} {'requests':>8} {'texts':>6}")
    for name, options in setups.items():
        elapsed, covered, requests = run(args.refs, args.latency, **options)  # type: ignore[arg-type]
        per_ref = elapsed / args.refs
        lower = floor[name]()
        print(
            f"{name:30} {per_ref:7.3f} {lower:7.3f} {per_ref / lower:6.2f} "
            f"{requests:8d} {covered:>3}/{args.refs}"
        )


if __name__ == "__main__":
    main()
