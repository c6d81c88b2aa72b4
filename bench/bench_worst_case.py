"""Time the text layer, citations, claims and linking on hostile shapes of text.

Each shape is a text that once made a pattern backtrack (issue: bounded time on any input): a
line of 2,000 spaces or tabs, runs of dots or newlines, a text of nothing but newlines, NBSP or
spaces, "1,1,1,...", and plain article prose. Every stage must stay linear: seconds per MB flat
as the size grows.

    .venv/bin/python bench/bench_worst_case.py              # 1 and 10 MB
    .venv/bin/python bench/bench_worst_case.py 0.1 1 10 50  # sizes in MB
    .venv/bin/python bench/bench_worst_case.py 1 --shape spaces_line
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references

_PROSE = (
    "Ketamine lifted mood within 24 hours in 403 patients (Anand et al., 2023). Zanos and "
    "Gould (2018) found that 0.5 mg/kg over 40 minutes helped; as reported by the Harvard "
    "Gazette, the National Institute of Mental Health says more work is needed.\n\n"
)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# name -> a function of the size in characters
SHAPES: dict[str, Callable[[int], str]] = {
    "spaces_line": lambda n: _repeat("Zanos" + " " * 2000 + "et al (2018)\n", n),
    "tabs_line": lambda n: _repeat("References" + "\t" * 2000 + "x\n", n),
    "dots": lambda n: _repeat("A" + "." * 30000 + "\n", n),
    "newlines": lambda n: "\n" * n,
    "nbsp": lambda n: "\u00a0" * n,
    "spaces": lambda n: " " * n,
    "ones": lambda n: _repeat("1,", n),
    "capitals": lambda n: _repeat("Smith Jones ", n),
    "says": lambda n: _repeat("The National Institute of Health ", n) + " says",
    "prose": lambda n: _repeat(_PROSE, n),
    # citations after full stops, and their openings left unclosed (each read up to its bound)
    "cited_stops": lambda n: _repeat("It worked.[1] It did.¹⁻³ Yes.^2^ So.[@k] Then.18 ", n),
    "open_citations": lambda n: _repeat("ab.[@x ab.<sup><a x ab.^x ab.[1,2 ", n),
}


def _stages(text: str) -> dict[str, float]:
    times: dict[str, float] = {}
    rules = load_rules()
    started = time.perf_counter()
    document = build_document(text)
    times["document"] = time.perf_counter() - started
    started = time.perf_counter()
    references, citations = extract_references(document)
    times["references"] = time.perf_counter() - started
    started = time.perf_counter()
    claims = extract_claims(document, rules)
    times["claims"] = time.perf_counter() - started
    started = time.perf_counter()
    link_claims(document, claims, citations, references)
    times["linking"] = time.perf_counter() - started
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[1.0, 10.0], help="MB")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    shapes = args.shape or list(SHAPES)
    print(f"{'shape':<12} {'MB':>6} {'document':>9} {'refs':>8} {'claims':>8} {'linking':>8}"
          f" {'s/MB':>7}")  # fmt: skip
    for name in shapes:
        for size in args.sizes:
            text = SHAPES[name](int(size * 1_000_000))
            times = _stages(text)
            total = sum(times.values())
            print(
                f"{name:<12} {size:>6g} {times['document']:>9.2f} {times['references']:>8.2f} "
                f"{times['claims']:>8.2f} {times['linking']:>8.2f} {total / size:>7.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
