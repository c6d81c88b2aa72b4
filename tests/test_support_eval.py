"""Quality floors of the support check on the test abstracts (tests/fixtures/support/), measured
by bench/eval_support.py, and a property: a source's own sentences never contradict it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from citecheck.extraction.claims import extract_claims, load_rules
from citecheck.extraction.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from eval_support import evaluate, source_text  # noqa: E402

from citecheck.verification.support_match import decide, prepare_source  # noqa: E402

WORKS = [
    work
    for name in ("dev", "heldout")
    for work in yaml.safe_load(
        (ROOT / "tests" / "fixtures" / "support" / f"{name}.yaml").read_text(encoding="utf-8")
    )["works"]
]


def test_no_true_claim_is_contradicted_and_most_errors_are_caught() -> None:
    per_kind = evaluate("all")["per_kind"]
    true = per_kind["true"]
    assert true["got_contradicted"] == 0
    assert true["got_consistent"] >= 0.8 * true["n"]
    mutated = [kind for kind in per_kind if kind not in ("true", "absent")]
    caught = sum(per_kind[kind]["got_contradicted"] for kind in mutated)
    assert caught >= 0.8 * sum(per_kind[kind]["n"] for kind in mutated)


def test_weak_evidence_flags_only_weak_sources() -> None:
    weak = evaluate("all")["weak"]
    assert weak["other_flagged"] == 0
    assert weak["weak_flagged"] >= 0.8 * (weak["weak_flagged"] + weak["weak_clear"])


@pytest.mark.parametrize("work", WORKS, ids=[w["id"] for w in WORKS])
def test_a_source_never_contradicts_its_own_sentences(work: dict) -> None:
    rules = load_rules()
    text = source_text(work)
    prepared = prepare_source(text, rules)
    for section in text.sections:
        for start, end in split_sentences(section.text):
            for claim in extract_claims(section.text[start:end], rules):
                assert decide(claim, prepared).verdict != "contradicted", claim.text
