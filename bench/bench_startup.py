"""Start-up: how long the commands a user types most take, each run as its own process.

    PYTHONPATH=src python bench/bench_startup.py [-n RUNS] [--no-bytecode]

Each command runs RUNS times (default 7) as `python -m citecheck ...` with this interpreter and
environment; the best wall time and the best CPU time (user + system of the child) are shown, the
best because the rest is other work on the machine. The small runs are `claims` and an offline
audit of a one-sentence article, and the README demo (`examples/ketamine-review.md`, offline, no
cache). Each command runs once first, unmeasured, to write its bytecode (in a folder of the
bench's own); `--no-bytecode` measures a run that compiles every module from source.

Measured 2026-12-07, 03:50-04:50 UTC, on the team's shared 2-core machine under a load of 8 to
14, so wall times there were 5 to 10 times the CPU times and say nothing; CPU seconds, best of
5, bytecode kept, two runs each of main f85078b and of branch startup6 (ranges over the runs):

    command                     f85078b       startup6
    --help                      1.38-1.67  ->  0.15-0.16
    --version                   1.62-1.73  ->  0.15-0.16
    audit --help                1.39-1.62  ->  0.31-0.34   (typer loads pydantic for a subcommand)
    audit --bogus (exit 2)      1.34-1.59  ->  0.32-0.37
    claims one sentence         2.66-3.24  ->  1.80
    audit one sentence          2.65-3.26  ->  1.95
    audit README demo           3.95-4.51  ->  2.94

Measured 2026-12-08 00:10-00:20 UTC, same machine under a load of about 20, best of 2, main
eefcfec -> branch perf9 (claims and refs read the article before loading the pipeline):

    --help                      0.22  ->  0.22
    audit --bogus (exit 2)      0.55  ->  0.59
    claims missing file         1.34  ->  0.61   (newuser9: 3.8-5.9 s of wall time)

(The startup6 figures for the small runs are its final code's, one run; an earlier state without
the deferred claim-rule patterns gave 2.19 / 2.38 / 3.71.) Not yet measured on a quiet machine.
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

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ketamine-review.md"


def _commands(tiny: Path) -> list[tuple[str, list[str]]]:
    return [
        ("--help", ["--help"]),
        ("--version", ["--version"]),
        ("audit --help", ["audit", "--help"]),
        ("audit --bogus (exit 2)", ["audit", "--bogus"]),
        ("claims missing file (exit 2)", ["claims", str(tiny.with_name("dangling.md"))]),
        ("claims one sentence", ["claims", str(tiny), "--format", "json"]),
        ("audit one sentence", ["audit", str(tiny), "--offline", "--no-cache"]),
        ("audit README demo", ["audit", str(EXAMPLE), "--offline", "--no-cache"]),
    ]


def _run_once(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall and CPU seconds and the exit code of one run of `python -m citecheck ARGS`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "citecheck", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
        env=env,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-n", "--runs", type=int, default=7, help="runs per command")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile every module from source on every run (PYTHONDONTWRITEBYTECODE=1)",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "COLUMNS": "100"}
        if options.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:  # as an installed package runs: bytecode kept, here in a folder of our own
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        tiny = Path(folder) / "tiny.md"
        tiny.write_text(
            "Adults should take 500 mg of vitamin C daily (Smith et al., 2020).\n",
            encoding="utf-8",
        )
        print(f"{'command':<28} {'wall s':>8} {'CPU s':>8} exit  best of {options.runs}")
        for label, args in _commands(tiny):
            _run_once(args, env)  # warm-up: writes the bytecode, fills the disk cache
            runs = [_run_once(args, env) for _ in range(options.runs)]
            wall = min(run[0] for run in runs)
            cpu = min(run[1] for run in runs)
            codes = sorted({run[2] for run in runs})  # the command's own: 0, 1 or 2
            print(f"{label:<28} {wall:8.2f} {cpu:8.2f} {codes}", flush=True)


if __name__ == "__main__":
    main()
