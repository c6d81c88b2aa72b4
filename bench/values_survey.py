"""Survey the claim values of gold sets: which value keys annotators wrote, per claim type, and
why matched claims' values disagree with gold, by kind of disagreement.

    PYTHONPATH=src:tests python bench/values_survey.py tests/corpus tests/heldout17 ...

Name every set folder one by one (`tests/gold` for the seeds' gold). Prints, per set, the
values-agreeing figure (as `tests/claims_scorer.py` counts it) and the disagreements by kind;
then, over all sets named, the gold key sets per claim type and the disagreement kinds with
examples. `--keys-only` reads the gold files without running the extractor.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from citecheck.extraction.claims import extract_claims
from citecheck.models import Claim
from claims_scorer import GOLD_DIR, article_for, corpus_texts, read_gold


def _texts(folder: Path) -> list[tuple[str, Path, Path]]:
    if folder.resolve() == GOLD_DIR.resolve():
        found = []
        for gold_path in sorted(folder.glob("*.json")):
            article = article_for(gold_path)
            if article is not None:
                found.append((gold_path.stem, article, gold_path))
        return found
    return corpus_texts(folder)


def _pairs(gold: list[dict[str, Any]], claims: list[Claim]) -> list[tuple[dict[str, Any], Claim]]:
    """(gold item, matched claim), matched as the scorer matches them."""
    used: set[int] = set()
    pairs = []
    for item in gold:
        allowed = {item["type"], *item.get("alt_types", [])}
        hit = next(
            (
                i
                for i, c in enumerate(claims)
                if i not in used
                and c.type in allowed
                and item["start"] < c.end
                and c.start < item["end"]
            ),
            None,
        )
        if hit is None:
            continue
        used.add(hit)
        if not item.get("borderline"):
            pairs.append((item, claims[hit]))
    return pairs


def _same(expected: Any, got: Any) -> bool:
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return abs(float(expected) - float(got)) <= 1e-9
    if isinstance(expected, dict) and isinstance(got, dict):
        return all(_same(v, got.get(k)) for k, v in expected.items())
    return bool(expected == got)


def _singular(word: str) -> str:
    word = word.lower().strip()
    for plural, single in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + single
    return word


def _kind(key: str, expected: Any, found: dict[str, Any]) -> str:
    """Why `found` does not hold `key` = `expected`."""
    got = found.get(key)
    if got is None:
        if key == "value" and "low" in found:
            return "range vs single value (gold value, got low/high)"
        if key in ("low", "high") and "value" in found:
            return "range vs single value (gold low/high, got value)"
        if key in ("low", "high") and "choices" in found:
            return "range vs choices"
        holders = [k for k, v in found.items() if _same(expected, v)]
        if holders:
            return f"key name (gold {key}, ours {holders[0]})"
        if key == "unit" and "count_unit" in found:
            return "key name (gold unit, ours count_unit)"
        return f"key missing ({key})"
    if isinstance(expected, int | float) and isinstance(got, int | float):
        if expected and got and abs(float(expected) / 100 - float(got)) < 1e-9:
            return "number scale (percent vs fraction)"
        return f"number wrong ({key})"
    if isinstance(expected, str) and isinstance(got, str):
        if expected.lower() == got.lower():
            return f"case ({key})"
        if _singular(expected) == _singular(got):
            return f"plural vs singular ({key})"
        return f"word differs ({key})"
    if isinstance(expected, int | float) and isinstance(got, str):
        return f"number vs words ({key})"
    if isinstance(expected, str) and isinstance(got, int | float):
        return f"words vs number ({key})"
    return f"shape differs ({key}: {type(expected).__name__} vs {type(got).__name__})"


def survey(folders: list[Path], keys_only: bool) -> None:
    key_sets: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
    key_sets_by_set: dict[str, dict[str, Counter[tuple[str, ...]]]] = {}
    kinds: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        per_type: dict[str, Counter[tuple[str, ...]]] = defaultdict(Counter)
        checked = agreed = 0
        set_kinds: Counter[str] = Counter()
        for name, text_path, gold_path in _texts(folder):
            gold = read_gold(gold_path)
            for item in gold:
                if not item.get("borderline"):
                    keys = tuple(sorted(item.get("value") or {}))
                    key_sets[item["type"]][keys] += 1
                    per_type[item["type"]][keys] += 1
            if keys_only:
                continue
            claims = extract_claims(text_path.read_text(encoding="utf-8"))
            for item, claim in _pairs(gold, claims):
                checked += 1
                expected = item.get("value") or {}
                wrong = [k for k, v in expected.items() if not _same(v, claim.value.get(k))]
                if not wrong:
                    agreed += 1
                    continue
                item_kinds = sorted({_kind(k, expected[k], claim.value) for k in wrong})
                for kind in item_kinds:
                    kinds[f"{item['type']}: {kind}"] += 1
                    set_kinds[kind] += 1
                    examples[f"{item['type']}: {kind}"].append(
                        f"{folder.name}/{name}: {item['text']!r} gold {expected} got {claim.value}"
                    )
        key_sets_by_set[folder.name] = per_type
        if not keys_only:
            rate = agreed / checked if checked else 1.0
            print(f"{folder.name}: values agreeing {agreed}/{checked} ({rate:.3f})")
            for kind, count in set_kinds.most_common():
                print(f"    {count:4} {kind}")
    print("\n== gold value keys per claim type (all sets named) ==")
    for kind in sorted(key_sets):
        counter = key_sets[kind]
        print(f"{kind} ({sum(counter.values())})")
        for keys, count in counter.most_common():
            sets = sorted(s for s, per in key_sets_by_set.items() if per[kind][keys])
            where = ", ".join(sets) if len(sets) <= 6 else f"{len(sets)} sets"
            print(f"    {count:4} {{{', '.join(keys)}}}  [{where}]")
    if keys_only:
        return
    print("\n== disagreements by type and kind (all sets named) ==")
    for kind, count in kinds.most_common():
        print(f"{count:4} {kind}")
        for example in examples[kind][:4]:
            print(f"        {example}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--keys-only", action="store_true")
    args = parser.parse_args(argv)
    survey([Path(f) for f in args.folders], args.keys_only)


if __name__ == "__main__":
    main(sys.argv[1:])
