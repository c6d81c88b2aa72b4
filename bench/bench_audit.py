"""The whole audit as a user runs it: `citecheck audit FILE --offline --no-cache` on 1 MB of text.

    PYTHONPATH=src .venv/bin/python bench/bench_audit.py [SIZE_MB ...] [--article FILE]
        [--formats json,markdown,rich] [--python PYTHON] [--src DIR]

Each report format is its own process (`python -m citecheck audit ... --format F`, output to
/dev/null, `--no-progress`), so start-up, reading, extraction, verification against the bundled
snapshot, the support check and the report are all in the figure; shown are its CPU seconds
(user + system of the child: other work on a shared machine counts less than in wall time), its
wall seconds and its peak memory. The text is the body of `--article` (default
`examples/ketamine-review.md`; the body is everything before its "## References" heading)
repeated to the size, then its reference list once. `--python` and `--src` run another
interpreter or checkout (to compare before and after a change).

Measured 2026-12-08 00:00-00:35 UTC on the team's shared 2-core machine under a load of 9 to 15
(wall times there are 4 to 8 times the CPU times and say little), one run each, CPU seconds:
see the README's "Limits" section for the table (main eefcfec against branch perf9).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ketamine-review.md"


def article_text(article: Path, size: int) -> str:
    whole = article.read_text(encoding="utf-8")
    cut = whole.index("## References")
    body, reference_list = whole[:cut], whole[cut:]
    repeats = max(1, (size - len(reference_list.encode())) // len(body.encode()))
    return body * repeats + reference_list


def run_once(python: str, src: Path, path: Path, fmt: str) -> tuple[float, float, float]:
    """CPU seconds, wall seconds and peak memory (MB) of one audit of `path`."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = [python, "-m", "citecheck", "audit", str(path), "--offline", "--no-cache"]
    command += ["--no-progress", "--format", fmt]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{fmt}: exit {done.returncode}: {done.stderr[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return cpu, wall, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[1.0], help="MB")
    parser.add_argument("--article", type=Path, default=EXAMPLE)
    parser.add_argument("--formats", default="json,markdown,rich")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    print(f"{'MB':>5} {'format':>9} {'CPU s':>7} {'wall s':>7} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / "article.md"
            path.write_text(article_text(args.article, int(size * 1_000_000)), encoding="utf-8")
            for fmt in args.formats.split(","):
                cpu, wall, peak = run_once(args.python, args.src, path, fmt)
                print(f"{size:>5g} {fmt:>9} {cpu:>7.1f} {wall:>7.1f} {peak:>8.0f}", flush=True)


if __name__ == "__main__":
    main()
