"""Score extracted claims against hand-written gold annotations (`tests/gold/*.json`).

A gold item is `{"type", "start", "end", "text", "value"}` plus optional `alt_types` (other
types accepted for cases ambiguous by construction) and `borderline` (neither rewarded nor
penalised, as in the claims notes §5.4) and `hedged` (whether the claim is hedged, checked when
given). A prediction matches a gold item when the spans
overlap and the type is the gold type or an allowed alternative. Run as a script to print
per-type and overall precision/recall: `python tests/claims_scorer.py` (the gold set), or
`python tests/claims_scorer.py --corpus [DIR]` for the development corpus of real health texts
(`tests/corpus/`: `NAME.json` gold next to `NAME.txt`/`.md`), per text and overall. Options:
`--only a,b` / `--skip a,b` (text names), `--types-except study_attribution` (leave a claim type
out of the scores, on both sides), `-v` (list misses, extras and value disagreements).
Scoring another extractor: put its sources first on PYTHONPATH (`PYTHONPATH=/tmp/old/src:tests`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citecheck.extraction.claims import extract_claims
from citecheck.inputs.article import read_article
from citecheck.models import Claim
from support.seeds import SEEDS

TESTS = Path(__file__).resolve().parent
GOLD_DIR = TESTS / "gold"
CORPUS_DIR = TESTS / "corpus"
EXAMPLES = TESTS.parent / "examples"


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)  # by gold type
    gold: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)  # scored predictions by type
    correct_predictions: Counter[str] = field(default_factory=Counter)  # by predicted type
    value_checked: int = 0
    value_agreed: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    value_errors: list[str] = field(default_factory=list)
    hedge_checked: int = 0
    hedge_agreed: int = 0
    hedge_errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("tp", "gold", "predicted", "correct_predictions"):
            getattr(self, name).update(getattr(other, name))
        self.value_checked += other.value_checked
        self.value_agreed += other.value_agreed
        self.misses += other.misses
        self.false_alarms += other.false_alarms
        self.value_errors += other.value_errors
        self.hedge_checked += other.hedge_checked
        self.hedge_agreed += other.hedge_agreed
        self.hedge_errors += other.hedge_errors

    def recall(self, kind: str | None = None) -> float:
        gold = self.gold[kind] if kind else sum(self.gold.values())
        tp = self.tp[kind] if kind else sum(self.tp.values())
        return tp / gold if gold else 1.0

    def precision(self, kind: str | None = None) -> float:
        predicted = self.predicted[kind] if kind else sum(self.predicted.values())
        correct = self.correct_predictions[kind] if kind else sum(self.correct_predictions.values())
        return correct / predicted if predicted else 1.0


def article_for(gold_path: Path) -> Path | None:
    """The article a gold file annotates: `seed_002` -> seeds/002_*.txt, else a same-named
    file next to the gold or under examples/."""
    name = gold_path.stem.removeprefix("blind_")  # blind_seed_NNN: an independent annotator's
    if name.startswith("seed_"):
        found = sorted(SEEDS.glob(f"{name.removeprefix('seed_')}_*.txt")) if SEEDS.is_dir() else []
        return found[0] if found else None
    for folder in (GOLD_DIR, EXAMPLES):
        for suffix in (".md", ".txt", ".html"):
            candidate = folder / f"{name}{suffix}"
            if candidate.exists():
                return candidate
    return None


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _value_agrees(gold: dict[str, Any], found: dict[str, Any]) -> bool:
    """Every key the annotator wrote must be present with an equal value. A flag is no number
    (`True` is no 1, `False` no 0), though Python's bool is an int."""
    for key, expected in gold.items():
        got = found.get(key)
        if isinstance(expected, bool) or isinstance(got, bool):
            if type(expected) is not type(got) or expected != got:
                return False
        elif isinstance(expected, dict) and isinstance(got, dict):
            if not _value_agrees(expected, got):
                return False
        elif isinstance(expected, int | float) and isinstance(got, int | float):
            if abs(float(expected) - float(got)) > 1e-9:
                return False
        elif isinstance(expected, str) and isinstance(got, str):
            if _label(expected) != _label(got):
                return False
        elif expected != got:
            return False
    return True


def _label(text: str) -> str:
    """A label as written either way: "sound_level", "Sound level" and "sound level" are one
    measure, "mL" and "ml" one unit (annotators spell labels, not values, differently)."""
    return " ".join(text.replace("_", " ").casefold().split())


def score_article(gold: list[dict[str, Any]], claims: list[Claim], label: str = "") -> Score:
    score = Score()
    used: set[int] = set()
    matched_borderline: set[int] = set()
    for item in gold:
        allowed = {item["type"], *item.get("alt_types", [])}
        hit = next(
            (
                i
                for i, c in enumerate(claims)
                if i not in used
                and c.type in allowed
                and _overlaps(item["start"], item["end"], c.start, c.end)
            ),
            None,
        )
        if item.get("borderline"):
            if hit is not None:
                used.add(hit)
                matched_borderline.add(hit)
            continue
        score.gold[item["type"]] += 1
        if hit is None:
            score.misses.append(f"{label}: missed {item['type']} {item['text']!r}")
            continue
        used.add(hit)
        score.tp[item["type"]] += 1
        score.correct_predictions[claims[hit].type] += 1
        score.value_checked += 1
        if _value_agrees(item.get("value", {}), claims[hit].value):
            score.value_agreed += 1
        else:
            score.value_errors.append(
                f"{label}: {item['text']!r} gold {item.get('value')} got {claims[hit].value}"
            )
        # `hedged`: the sentence hedges (the contract); `clause_hedged`: the cue is in the
        # claim's own clause (`hedge_scope == "clause"`)
        for key, got in (
            ("hedged", claims[hit].hedged),
            ("clause_hedged", claims[hit].hedge_scope == "clause"),
        ):
            if key not in item:
                continue
            score.hedge_checked += 1
            if item[key] == got:
                score.hedge_agreed += 1
            else:
                score.hedge_errors.append(
                    f"{label}: {item['text']!r} gold {key}={item[key]} "
                    f"got hedge={claims[hit].hedge!r} scope={claims[hit].hedge_scope}"
                )
    borderline_spans = [(g["start"], g["end"]) for g in gold if g.get("borderline")]
    for i, claim in enumerate(claims):
        if i in matched_borderline:
            continue
        if i not in used and any(
            _overlaps(s, e, claim.start, claim.end) for s, e in borderline_spans
        ):
            continue  # touching a borderline item: neither rewarded nor penalised
        score.predicted[claim.type] += 1
        if i not in used:
            score.false_alarms.append(f"{label}: extra {claim.type} {claim.text!r}")
    return score


def score_all(gold_dir: Path = GOLD_DIR) -> tuple[Score, list[str]]:
    """Score every gold file whose article is present; returns (total, skipped gold names)."""
    total, skipped = Score(), []
    for gold_path in sorted(gold_dir.glob("*.json")):
        article = article_for(gold_path)
        if article is None:
            skipped.append(gold_path.stem)
            continue
        text = article.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        total.add(score_article(gold, extract_claims(text), gold_path.stem))
    return total, skipped


def read_gold(path: Path) -> list[dict[str, Any]]:
    """A gold file: a list of items, or an object holding them under "claims"."""
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data.get("claims", []) if isinstance(data, dict) else data
    return [item for item in items if isinstance(item, dict)]


def corpus_texts(corpus_dir: Path = CORPUS_DIR) -> list[tuple[str, Path, Path]]:
    """(name, text path, gold path) for every gold file of the corpus with its text."""
    found = []
    for gold_path in sorted(corpus_dir.glob("*.json")):
        for suffix in (".txt", ".md", ".html"):
            text_path = gold_path.with_suffix(suffix)
            if text_path.exists():
                found.append((gold_path.stem, text_path, gold_path))
                break
    return found


def article_text(path: Path) -> str:
    """The text the tool reads from a corpus file: an HTML page's text as the input layer gives
    it (gold offsets for an `.html` text index that text, as `citecheck audit --dump-text`
    writes it), any other file as it is."""
    if path.suffix == ".html":
        return read_article(path).text
    return path.read_text(encoding="utf-8")


def without_types(
    gold: list[dict[str, Any]], claims: list[Claim], types: frozenset[str]
) -> tuple[list[dict[str, Any]], list[Claim]]:
    """Gold and claims with the given claim types left out on both sides."""
    if not types:
        return gold, claims
    return [g for g in gold if g["type"] not in types], [c for c in claims if c.type not in types]


def score_corpus(
    corpus_dir: Path = CORPUS_DIR,
    names: frozenset[str] | None = None,
    skip: frozenset[str] = frozenset(),
    types_except: frozenset[str] = frozenset(),
) -> tuple[Score, dict[str, Score]]:
    """Score each corpus text (only `names` when given, never `skip`); (total, per text)."""
    total, per_text = Score(), {}
    for name, text_path, gold_path in corpus_texts(corpus_dir):
        if (names is not None and name not in names) or name in skip:
            continue
        gold, claims = without_types(
            read_gold(gold_path), extract_claims(article_text(text_path)), types_except
        )
        score = score_article(gold, claims, name)
        per_text[name] = score
        total.add(score)
    return total, per_text


def value_rate(score: Score) -> float:
    return score.value_agreed / score.value_checked if score.value_checked else 1.0


def per_text_report(per_text: dict[str, Score]) -> str:
    lines = [f"{'text':34} {'gold':>5} {'pred':>5} {'recall':>7} {'precision':>9} {'values':>7}"]
    for name, score in per_text.items():
        lines.append(
            f"{name[:34]:34} {sum(score.gold.values()):5} {sum(score.predicted.values()):5} "
            f"{score.recall():7.3f} {score.precision():9.3f} {value_rate(score):7.3f}"
        )
    return "\n".join(lines)


def report(score: Score, verbose: bool = True) -> str:
    lines = [f"{'type':20} {'gold':>5} {'pred':>5} {'recall':>7} {'precision':>9}"]
    for kind in sorted(set(score.gold) | set(score.predicted)):
        lines.append(
            f"{kind:20} {score.gold[kind]:5} {score.predicted[kind]:5} "
            f"{score.recall(kind):7.3f} {score.precision(kind):9.3f}"
        )
    lines.append(
        f"{'OVERALL':20} {sum(score.gold.values()):5} {sum(score.predicted.values()):5} "
        f"{score.recall():7.3f} {score.precision():9.3f}"
    )
    if score.value_checked:
        lines.append(
            f"values agreeing with gold: {score.value_agreed}/{score.value_checked} "
            f"({score.value_agreed / score.value_checked:.3f})"
        )
    if score.hedge_checked:
        lines.append(f"hedges agreeing with gold: {score.hedge_agreed}/{score.hedge_checked}")
    if verbose:
        lines += score.misses + score.false_alarms + score.value_errors + score.hedge_errors
    return "\n".join(lines)


def _names(raw: str | None) -> frozenset[str]:
    return frozenset(n.strip() for n in (raw or "").split(",") if n.strip())


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Score the claim extractor against gold.")
    parser.add_argument("--corpus", nargs="?", const=str(CORPUS_DIR), default=None)
    parser.add_argument("--only", default=None)
    parser.add_argument("--skip", default=None)
    parser.add_argument("--types-except", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.corpus is None:
        result, skipped_names = score_all()
        print(report(result))
        if skipped_names:
            print("skipped (article absent): " + ", ".join(skipped_names))
        return
    total, per_text = score_corpus(
        Path(args.corpus),
        _names(args.only) or None,
        _names(args.skip),
        _names(args.types_except),
    )
    print(per_text_report(per_text))
    print()
    print(report(total, verbose=args.verbose))


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.exit(0)
