"""Metamorphic invariance of claim extraction over every development text.

For each dev text (`tests/corpus`, `tests/heldout`, `tests/heldout2`, `tests/heldout3`,
`examples/ketamine-review.md`) and each transform of `tests/support/invariance.py` (CRLF, no-break
and thin spaces, range dashes, Unicode signs, quotes, hard wraps, list markers, headings, the
Markdown rendered to HTML), the text is read through `citecheck.inputs` in both forms and the
claims compared (type, normalised value, span text modulo the transform). Per transform: claims
of the original form, the fraction preserved, claims gained, and claims whose text is not the
slice of the text their offsets index.

    PYTHONPATH=src .venv/bin/python bench/eval_invariance.py [-v] [--only crlf,html]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from support.invariance import (  # noqa: E402
    TRANSFORMS,
    Comparison,
    check_transform,
    dev_texts,
    read_claims,
)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    chosen = [t for t in TRANSFORMS if not args.only or t.name in args.only.split(",")]
    texts = dev_texts()
    bases = {path: read_claims(path.read_text(encoding="utf-8"), path.suffix) for path in texts}
    totals = {t.name: Comparison() for t in chosen}
    for path in texts:
        for transform in chosen:
            totals[transform.name].add(check_transform(path, transform, bases[path]))
    print(f"{len(texts)} texts, {sum(len(b.claims) for b in bases.values())} claims")
    print(
        f"{'transform':20} {'claims':>6} {'preserved':>9} {'rate':>6} {'gained':>6} {'offsets':>7}"
    )
    for name, result in totals.items():
        print(
            f"{name:20} {result.base:6} {result.preserved:9} {result.rate:6.3f} "
            f"{result.gained:6} {result.offsets_wrong:7}"
        )
    every = Comparison()
    for result in totals.values():
        every.add(result)
    print(f"{'ALL':20} {every.base:6} {every.preserved:9} {every.rate:6.3f} {every.gained:6}")
    if args.verbose:
        for result in totals.values():
            for line in result.lost + result.extra:
                print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
