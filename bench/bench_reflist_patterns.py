"""Worst-shape timings for reference-entry parsing and journal matching: each must grow linearly.

Hostile or broken inputs (thousands of initials, full stops, names, dashes) once made the style
patterns quadratic. For each shape the time at n, 2n and 4n repetitions is printed with the ratio
of the last to the first (about 4 for linear growth, 16 for quadratic).

Run: `PYTHONPATH=src .venv/bin/python bench/bench_reflist_patterns.py` (a few seconds).
"""

from __future__ import annotations

import time

from citecheck.extraction.reflist import (
    find_reference_entries,
    looks_like_reference,
    parse_reference,
)
from citecheck.models import Cited, Record
from citecheck.verification.alignment import align_cited
from citecheck.verification.normalize import journal_abbreviation_match

SHAPES = {
    "initials": "A. ",
    "names+initials": "Zanos P. Gould T. ",
    "inverted names": "Zanos, P., ",
    "dashed initials": "A.-B. ",
    "full stops": ".",
    "commas and digits": "1,",
    "quotes": "“a",
    "GOST slashes": "a // ",
    "years": "2018. ",
    "CJK names": "王琬玥, ",
    "CJK segments": "王琬玥. 题名[J]. ",
    "given names": "LeCun, Yann, ",
    "particles": "Van der Laak, J., ",
    "particle runs": "Van der van de ",
}
RECORD = Record(doi="10.5555/x", title="A synthetic title", authors=["Zanos"], year=2018)


def _time(text: str) -> float:
    start = time.perf_counter()
    parse_reference(text + " 2018")
    looks_like_reference(text)
    align_cited(text, Cited(), RECORD, ["Journal of Synthetic Research"])
    return time.perf_counter() - start


def main() -> None:
    for name, unit in SHAPES.items():
        n = max(1, 4000 // len(unit))
        times = [_time(unit * (n * k)) for k in (1, 2, 4)]
        print(
            f"{name:20} "
            + " ".join(f"{t:7.3f}s" for t in times)
            + f"  x{times[2] / max(times[0], 1e-6):.1f}"
        )
    # numbered entries that hold only a title and a year, each checked against the number
    # before it; lines that all continue one block, each read with a bounded window of it
    for name, line in (
        ("numbered titles", "{n} A title of some work on a topic. 2020."),
        ("continued lines", "x A title of some work on a topic, 2020"),
    ):
        times = []
        for k in (1, 2, 4):
            lines = [line.format(n=i + 1) for i in range(240 * k)]
            start = time.perf_counter()
            find_reference_entries("References\n" + "\n".join(lines))
            times.append(time.perf_counter() - start)
        print(
            f"{name:20} "
            + " ".join(f"{t:7.3f}s" for t in times)
            + f"  x{times[2] / max(times[0], 1e-6):.1f}"
        )
    for words in (50, 100, 200):
        start = time.perf_counter()
        journal_abbreviation_match(" ".join(["o"] * words), " ".join(["of"] * (words + 1)) + " x")
        print(f"journal {words:4} words {time.perf_counter() - start:7.3f}s")


if __name__ == "__main__":
    main()
