"""Resolve 1,000 references against the local Crossref stub with 50 ms latency and the polite
pool's limits (10/s single, 3/s list), then again from a warm cache in a fresh process.

    .venv/bin/python bench/bench_resolve.py [--dois 700] [--searches 300]

Prints wall time against the floor the limits set (the budgets run side by side, so the floor is
max(dois / 10, searches / 3)), the 429s the server sent, and the warm-cache process time.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from citecheck.resolution.factory import SourceSettings, build_source  # noqa: E402
from crossref_stub import CrossrefStub  # noqa: E402

SINGLE_RATE, LIST_RATE = 10.0, 3.0


def records(n: int) -> dict[str, dict]:
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
    args = parser.parse_args()
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
