"""Time and memory of every stage of an offline audit on 1, 10 and 50 MB of article-like text.

The text (`--shape seeds`, the default) is the five seed articles (`../shared/seeds`, as in CI:
about 1.5 claims per KB, a few citations) one after another, repeated to the size, then the
reference list of seed 003 once. `--shape dense` repeats the body of
`examples/ketamine-review.md` (about 15 claims per KB, most of them cited: the densest text we
have), then its reference list once; `--shape whole` repeats that whole example, reference list
included (many reference headings; only the last list is read).
Stages, each timed in CPU seconds (so that other work on a shared machine counts less), in the
order the audit runs them: read (the file, as `read_article` does), document (paragraphs,
sentences, reference section), citations, references (the list and the in-text citations turned
into references), claims, linking; then the whole offline audit (`run_audit` with `--offline`, no
cache, an empty snapshot and no bundled one, support check on, which repeats the stages above)
and the three reports (JSON findings, Markdown, the rich report at 100 columns). Each size runs
in a child process so that its peak memory (max RSS) is its own. Seconds per MB should stay
flat as the size grows (linear time).

    .venv/bin/python bench/bench_stages.py              # 1 and 10 MB
    .venv/bin/python bench/bench_stages.py 50           # once: minutes, gigabytes
    .venv/bin/python bench/bench_stages.py --shape dense 0.5 2
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console

from citecheck.audit import run_audit
from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.document import build_document
from citecheck.extraction.linking import link_claims
from citecheck.extraction.references import extract_references
from citecheck.formats.json_report import to_json
from citecheck.formats.markdown import render_markdown
from citecheck.formats.rich_report import render_rich
from citecheck.inputs.article import read_article
from citecheck.resolution.factory import SourceSettings
from citecheck.resolution.texts import build_text_sources

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ketamine-review.md"
SEEDS = ROOT.parent / "shared" / "seeds"
SHAPES = ("seeds", "dense", "whole")
STAGES = (
    "read",
    "document",
    "citations",
    "references",
    "claims",
    "linking",
    "audit",
    "json",
    "markdown",
    "rich",
)


def article_text(size: int, shape: str) -> str:
    if shape == "seeds":
        texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
        joined = "\n\n".join(texts)
        # seed 003's reference list (and the line before it that introduces it) goes last
        cut = joined.index("Here’s a suggested")
        start = joined.index("References and Further Readings")
        end = joined.index("\n\n", start)
        body = joined[:cut] + joined[end:] + "\n\n"
        reference_list = joined[start:end] + "\n"
        repeats = max(1, (size - len(reference_list)) // len(body))
        return body * repeats + reference_list
    whole = EXAMPLE.read_text(encoding="utf-8")
    if shape == "whole":
        return (whole * (size // len(whole) + 1))[:size]
    cut = whole.index("## References")
    body, reference_list = whole[:cut], whole[cut:]
    repeats = max(1, (size - len(reference_list)) // len(body))
    return body * repeats + reference_list


def measure(size_mb: float, shape: str) -> dict[str, float]:
    times: dict[str, float] = {}

    def timed(name: str, started: float) -> float:
        now = time.process_time()
        times[name] = now - started
        return now

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_text(article_text(int(size_mb * 1_000_000), shape), encoding="utf-8")
        empty_snapshot = Path(folder) / "empty.jsonl"
        empty_snapshot.write_text("", encoding="utf-8")
        rules = load_rules()
        started = time.process_time()
        article = read_article(str(path))
        started = timed("read", started)
        document = build_document(article.text)
        started = timed("document", started)
        _ = document.citations
        started = timed("citations", started)
        references, citations = extract_references(document)
        started = timed("references", started)
        claims = extract_claims(document, rules)
        started = timed("claims", started)
        linked = link_claims(document, claims, citations, references)
        timed("linking", started)
        counts = {
            "n_claims": len(linked),
            "n_linked": sum(1 for claim in linked if claim.reference_ids),
            "n_references": len(references),
            "n_citations": len(citations),
        }
        del document, claims, linked, citations, references, article
        settings = SourceSettings(
            offline=True,
            use_cache=False,
            snapshots=[empty_snapshot],
            use_bundled_snapshot=False,
        )
        texts = build_text_sources(offline=True, use_cache=False)
        started = time.process_time()
        result = run_audit([str(path)], [], settings, texts=texts)
        started = timed("audit", started)
        to_json(result.findings)
        started = timed("json", started)
        render_markdown(result.findings)
        started = timed("markdown", started)
        render_rich(result.findings, Console(file=io.StringIO(), width=100))
        timed("rich", started)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {**times, **counts, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=float, default=[1.0, 10.0], help="MB")
    parser.add_argument("--shape", choices=SHAPES, default="seeds")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # one size, its figures as JSON on stdout
        print(json.dumps(measure(args.sizes[0], args.shape)))
        return
    header = " ".join(f"{name:>9}" for name in STAGES)
    print(f"{'MB':>5} {header} {'total s':>8} {'s/MB':>6} {'peak MB':>8}  counts")
    for size in args.sizes:
        command = [sys.executable, __file__, "--child", "--shape", args.shape, str(size)]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        figures = json.loads(done.stdout)
        row = " ".join(f"{figures[name]:>9.2f}" for name in STAGES)
        total = sum(figures[name] for name in STAGES)
        counts = (
            f"{int(figures['n_claims'])} claims, {int(figures['n_linked'])} linked, "
            f"{int(figures['n_citations'])} citations, {int(figures['n_references'])} references"
        )
        print(
            f"{size:>5g} {row} {total:>8.1f} {total / size:>6.2f} {figures['peak_mb']:>8.0f}  "
            f"{counts}",
            flush=True,
        )


if __name__ == "__main__":
    main()
