"""How many claims have a citation in their paragraph but none linked, and what rule 5 of
`extraction/linking.py` (a study's uncited sentences linked to the citation that follows them)
links, for checking by hand.

Texts: the seeds (`../shared/seeds`), `examples/ketamine-review.md`, the development corpus
(`tests/corpus`) and the held-out texts (`tests/heldout`). For each text: claims, claims with no
reference, and of those the ones whose paragraph holds a citation (the candidates); with `-v`,
every candidate (what it says, the citations of its paragraph) and every link rule 5 made (how,
and the entry it points to), which is what the precision in the report was counted from.
Rule 5 links only candidates, so "candidates + rule 5" is the count before it.

    PYTHONPATH=src .venv/bin/python bench/eval_linking.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from citecheck.audit import analyse_article
from citecheck.extraction.claims import load_rules
from citecheck.extraction.document import build_document
from citecheck.inputs.article import read_article

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt")),
    ROOT / "examples" / "ketamine-review.md",
    *sorted((ROOT / "tests" / "corpus").glob("[0-9]*.md")),
    *sorted((ROOT / "tests" / "heldout").glob("[0-9]*.md")),
]


def main(verbose: bool) -> None:
    rules = load_rules()
    totals = [0, 0, 0, 0]
    print(f"{'text':<52} {'claims':>6} {'unlinked':>8} {'candidates':>10} {'rule 5':>6}")
    for path in TEXTS:
        article = read_article(str(path))
        findings = analyse_article(article, rules)
        document = build_document(article.text)
        text = article.text
        entries = {ref.id: ref.raw for ref in findings.references}
        unlinked = [claim for claim in findings.claims if not claim.reference_ids]
        candidates = []
        for claim in unlinked:
            index = document.paragraph_at(claim.start)
            if index is None:
                continue
            start, end = document.paragraphs[index]
            cited = [c.text for c in findings.citations if start <= c.start < end]
            if cited:
                candidates.append((claim, cited))
        inferred = [claim for claim in findings.claims if claim.linked_by]
        counts = [len(findings.claims), len(unlinked), len(candidates), len(inferred)]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"{path.parent.name + '/' + path.name:<52} " + " ".join(
            f"{n:>{w}}" for n, w in zip(counts, (6, 8, 10, 6), strict=True)
        ))  # fmt: skip
        if verbose:
            for claim, cited in candidates:
                sentence = document.sentence_at(claim.start)
                span = document.sentences[sentence] if sentence is not None else (0, 0)
                print(f"    unlinked {claim.id} {claim.text!r} in {text[span[0] : span[1]]!r}")
                print(f"        paragraph cites {cited}")
            for claim in inferred:
                entry = entries[claim.reference_ids[0]][:70]
                print(f"    {claim.linked_by}: {claim.id} {claim.text!r} -> {entry!r}")
    print(f"{'total':<52} " + " ".join(
        f"{n:>{w}}" for n, w in zip(totals, (6, 8, 10, 6), strict=True)
    ))  # fmt: skip


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
