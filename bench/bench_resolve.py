"""Resolve 1,000 references against the local Crossref stub with 50 ms latency and the polite
pool's limits (10/s single, 3/s list), then again from a warm cache in a fresh process.

    .venv/bin/python bench/bench_resolve.py [--dois 700] [--searches 300]

Prints wall time against the floor the limits set (the budgets run side by side, so the floor is
max(dois / 10, searches / 3)), the 429s the server sent, and the warm-cache process time.

    .venv/bin/python bench/bench_resolve.py --mixed [--scale 4] [--order shuffled|dois-first]

A mixed load through the whole verifier (`verify_references`): 1,200 references, 800 citing a
real work by its DOI, 200 real works cited without a DOI, 200 invented (100 with a made-up DOI,
100 without), as an article's reference list mixes them. The rates (server and client pool) are
multiplied by `--scale` so that a run takes under a minute; the in-flight cap (3) and the latency
stay as they are. The floor is what the slower budget needs for the requests it actually served:
max(single-record requests / single rate, list requests / list rate), at the server's published
rates; the client paces at 95 % of them, so 1.05 is the best ratio possible.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from citecheck.resolution.factory import SourceSettings, build_source  # noqa: E402
from crossref_stub import CrossrefStub  # noqa: E402

SINGLE_RATE, LIST_RATE = 10.0, 3.0


def records(n: int) -> dict[str, dict[str, Any]]:
    return {
        f"10.5555/bench.{i}": {
            "DOI": f"10.5555/bench.{i}",
            "type": "journal-article",
            "title": [f"Benchmark study number w{i} of ketamine"],
            "author": [{"family": f"Author{i}"}],
            "container-title": ["Bench Journal"],
            "issued": {"date-parts": [[2000 + i % 25]]},
        }
        for i in range(n)
    }


async def resolve(settings: SourceSettings, dois: int, searches: int) -> list[str]:
    async with build_source(settings) as source:
        semaphore = asyncio.Semaphore(settings.effective_concurrency * 4)

        async def one(i: int) -> str:
            async with semaphore:
                if i < dois:
                    return (await source.get_doi(f"10.5555/bench.{i}")).status.value
                result = await source.search(f"Author{i} benchmark study number w{i}", rows=2)
                return result.status.value

        # interleave so that neither budget waits for the other
        order = sorted(
            range(dois + searches),
            key=lambda i: (i % (dois or 1)) if i < dois else (i - dois) * dois / max(searches, 1),
        )
        return await asyncio.gather(*(one(i) for i in order))


def mixed(scale: float, order: str, faults: float) -> None:
    import random

    from citecheck.models import Cited, Reference
    from citecheck.resolution import crossref
    from citecheck.verification.verify import verify_references

    single_rate, list_rate = SINGLE_RATE * scale, LIST_RATE * scale
    crossref.POLITE = crossref.Pool("polite", single_rate, list_rate, 3)
    works = records(1000)
    refs: list[Reference] = []
    for i, message in enumerate(works.values()):
        cited = Cited(
            title=message["title"][0],
            authors=[message["author"][0]["family"]],
            year=message["issued"]["date-parts"][0][0],
            journal="Bench Journal",
            doi=message["DOI"] if i < 800 else None,
        )
        refs.append(
            Reference(id=f"r{i}", origin="reference_list", raw=cited.title or "", cited=cited)
        )
    for j in range(200):
        cited = Cited(
            title=f"Invented trial zq{j} of psilocybin microdosing in adolescents",
            authors=[f"Nobody{j}"],
            year=2021,
            journal="Journal of Invented Results",
            doi=f"10.5555/invented.{j}" if j < 100 else None,
        )
        refs.append(
            Reference(id=f"x{j}", origin="reference_list", raw=cited.title or "", cited=cited)
        )
    if order == "shuffled":
        random.Random(7).shuffle(refs)
    with CrossrefStub(
        works,
        latency=0.02,
        rate_limits={"single": single_rate, "list": list_rate},
        concurrency_limit=3,
    ) as stub:
        if faults:  # that share of requests, at random through the run, answer 503
            chance = random.Random(11)
            plain = stub._take_fault
            stub._take_fault = lambda budget: (  # type: ignore[method-assign]
                "503" if chance.random() < faults else plain(budget)
            )
        settings = SourceSettings(
            crossref_url=stub.url,
            doi_url=stub.doi_url,
            mailto="bench@example.org",
            use_cache=False,
            use_bundled_snapshot=False,
        )

        async def run() -> list[Reference]:
            source = build_source(settings)
            try:
                return await verify_references(
                    refs, source, concurrency=settings.effective_concurrency
                )
            finally:
                await source.aclose()

        started = time.monotonic()
        out = asyncio.run(run())
        wall = time.monotonic() - started
        singles = len(stub.requests("single")) + len(stub.requests("doi-org"))
        lists = len(stub.requests("list"))
        floor = max(singles / single_rate, lists / list_rate)
        verdicts: dict[str, int] = {}
        for ref in out:
            verdicts[str(ref.verdict)] = verdicts.get(str(ref.verdict), 0) + 1
        print(
            f"mixed ({order}, x{scale:g} rates, faults {faults:.0%}): {len(out)} refs, "
            f"{singles} single-record + {lists} list requests, wall {wall:.1f} s, "
            f"floor {floor:.1f} s, ratio {wall / floor:.3f}; "
            f"429s {sum(1 for r in stub.log if r.status == 429)}; verdicts {verdicts}"
        )


def warm(cache_dir: str, url: str, dois: int, searches: int) -> None:
    settings = SourceSettings(
        crossref_url=url,
        doi_url=url,
        mailto="bench@example.org",
        cache_dir=Path(cache_dir),
        use_bundled_snapshot=False,
    )
    statuses = asyncio.run(resolve(settings, dois, searches))
    print(f"warm statuses: found={statuses.count('found')} of {len(statuses)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dois", type=int, default=700)
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument("--warm", nargs=2, metavar=("CACHE_DIR", "URL"))
    parser.add_argument("--mixed", action="store_true", help="the mixed load through verify")
    parser.add_argument("--scale", type=float, default=4.0, help="rate multiplier (--mixed)")
    parser.add_argument("--order", choices=("shuffled", "dois-first"), default="shuffled")
    parser.add_argument("--faults", type=float, default=0.0, help="share of 503s (--mixed)")
    args = parser.parse_args()
    if args.mixed:
        mixed(args.scale, args.order, args.faults)
        return
    if args.warm:
        warm(args.warm[0], args.warm[1], args.dois, args.searches)
        return
    floor = max(args.dois / SINGLE_RATE, args.searches / LIST_RATE)
    with (
        tempfile.TemporaryDirectory() as cache_dir,
        CrossrefStub(
            records(args.dois + args.searches),
            latency=0.05,
            rate_limits={"single": SINGLE_RATE, "list": LIST_RATE},
            concurrency_limit=3,
        ) as stub,
    ):
        settings = SourceSettings(
            crossref_url=stub.url,
            doi_url=stub.doi_url,
            mailto="bench@example.org",
            cache_dir=Path(cache_dir),
            use_bundled_snapshot=False,
        )
        started = time.monotonic()
        statuses = asyncio.run(resolve(settings, args.dois, args.searches))
        wall = time.monotonic() - started
        first = stub.log[0].time if stub.log else started
        throttled = [r for r in stub.log if r.status == 429]
        late = [r for r in throttled if r.time - first > 1.0]
        print(
            f"cold: {len(statuses)} refs ({args.dois} DOI, {args.searches} search), "
            f"{len(stub.log)} requests, wall {wall:.1f} s, floor {floor:.1f} s, "
            f"ratio {wall / floor:.3f}; 429s {len(throttled)} (after 1st second: {len(late)}); "
            f"found {statuses.count('found')}"
        )
        sent = len(stub.log)
        started = time.monotonic()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--dois",
                str(args.dois),
                "--searches",
                str(args.searches),
                "--warm",
                cache_dir,
                stub.url,
            ],
            check=True,
        )
        warm_wall = time.monotonic() - started
        print(f"warm: whole process {warm_wall:.2f} s, requests sent {len(stub.log) - sent}")


if __name__ == "__main__":
    main()
