"""Snapshot import and lookup speed: generate 100,000 Crossref-format records (gzip JSONL),
import them, then time 10,000 DOI lookups and 1,000 bibliographic searches.

    .venv/bin/python bench/bench_snapshot.py [--records 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import tempfile
import time
from pathlib import Path

from citecheck.resolution.snapshot import SnapshotSource, import_snapshot

WORDS = [
    "ketamine",
    "anxiety",
    "depression",
    "randomized",
    "trial",
    "placebo",
    "infusion",
    "esketamine",
    "dose",
    "onset",
    "response",
    "remission",
    "cohort",
    "adolescent",
    "chronic",
    "pain",
    "suicidal",
    "ideation",
    "meta",
    "analysis",
    "treatment",
    "resistant",
    "outcomes",
    "safety",
    "efficacy",
    "nasal",
    "spray",
    "intravenous",
    "oral",
]
FAMILIES = [
    "Smith",
    "Glue",
    "Taylor",
    "Daly",
    "Fu",
    "Ionescu",
    "Shadli",
    "Murrough",
    "Zarate",
    "Krystal",
    "Sanacora",
    "Berman",
    "Popova",
    "Singh",
    "Fava",
]


def generate(path: Path, n: int, rng: random.Random) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(n):
            title = " ".join(rng.choices(WORDS, k=8)) + f" w{i}"
            message = {
                "DOI": f"10.5555/snap.{i}",
                "type": "journal-article",
                "title": [title],
                "author": [{"given": "A", "family": rng.choice(FAMILIES)} for _ in range(3)],
                "container-title": [f"Journal of {rng.choice(WORDS).title()}"],
                "issued": {"date-parts": [[1990 + i % 35]]},
                "volume": str(i % 90),
                "page": f"{i % 500}-{i % 500 + 9}",
            }
            out.write(json.dumps(message) + "\n")


async def lookups(
    source: SnapshotSource, n_dois: int, n_searches: int, total: int, rng: random.Random
) -> tuple[float, float, int, int]:
    dois = [f"10.5555/snap.{rng.randrange(total)}" for _ in range(n_dois)]
    started = time.perf_counter()
    found = sum([(await source.get_doi(d)).status.value == "found" for d in dois])
    doi_secs = time.perf_counter() - started
    targets = [rng.randrange(total) for _ in range(n_searches)]
    started = time.perf_counter()
    top_hits = 0
    for i in targets:
        result = await source.search(f"{rng.choice(FAMILIES)} {rng.choice(WORDS)} w{i}", rows=5)
        top_hits += bool(result.works) and result.works[0].record.doi == f"10.5555/snap.{i}"
    search_secs = time.perf_counter() - started
    return doi_secs, search_secs, found, top_hits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--dois", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=1_000)
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        src, db = Path(tmp) / "works.jsonl.gz", Path(tmp) / "snap.sqlite3"
        generate(src, args.records, rng)
        started = time.perf_counter()
        count = import_snapshot([src], db).imported
        import_secs = time.perf_counter() - started
        print(
            f"import: {count} records in {import_secs:.1f} s = {count / import_secs:,.0f} "
            f"records/s; index {db.stat().st_size / 1e6:.0f} MB"
        )
        source = SnapshotSource(db)
        doi_secs, search_secs, found, top = asyncio.run(
            lookups(source, args.dois, args.searches, args.records, rng)
        )
        print(
            f"DOI lookups: {args.dois} in {doi_secs:.2f} s = {args.dois / doi_secs:,.0f}/s "
            f"(found {found})"
        )
        print(
            f"searches: {args.searches} in {search_secs:.2f} s = "
            f"{args.searches / search_secs:,.0f}/s (target first: {top})"
        )


if __name__ == "__main__":
    main()
