"""Precision and recall on the hand-annotated gold set (targets: recall >= 0.95, precision
>= 0.90 overall). Gold files whose article is absent (seeds not checked out) are skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.extraction.claims import extract_claims
from claims_scorer import (
    CORPUS_DIR,
    GOLD_DIR,
    article_for,
    article_text,
    corpus_texts,
    report,
    score_all,
    score_article,
    score_corpus,
)

# The corpus texts the quantity rules were tuned on. The others (03, 06, 09, 12, 15, 17, 18)
# were kept out as a held-out check; their figures are reported, not asserted, so that a test
# never pulls the rules towards them.
TUNED = frozenset(
    {
        "01_head-lice-treatment",
        "02_diabetes-diagnosis-tests",
        "04_metabolic-syndrome-diagnosis",
        "05_methylphenidate-side-effects-abstract",
        "07_adhd-treatment-research-nimh",
        "08_hypoglycemia-treatment",
        "10_rmsf-testing-treatment",
        "11_anemia-ckd-treatment",
        "13_sickle-cell-infection-prevention",
        "14_medicare-diabetes-coverage",
        "16_diabetes-prevention-dpp",
    }
)


def test_gold_files_are_well_formed() -> None:
    names = sorted(p.stem for p in GOLD_DIR.glob("*.json"))
    assert {"seed_000", "seed_002", "seed_004", "example_dosing"} <= set(names)
    for path in GOLD_DIR.glob("*.json"):
        article = article_for(path)
        if article is None:
            continue
        text = article.read_text(encoding="utf-8")
        for item in json.loads(path.read_text(encoding="utf-8")):
            assert text[item["start"] : item["end"]] == item["text"], (path.name, item)


def test_targets_on_gold() -> None:
    score, skipped = score_all()
    assert not skipped, f"gold files whose article is missing: {skipped}"
    assert score.recall() >= 0.95, report(score)
    assert score.precision() >= 0.90, report(score)
    assert score.hedge_agreed == score.hedge_checked, report(score)


def test_scorer_counts_misses_and_extras(tmp_path: Path) -> None:
    text = "Relief within hours for 40 patients."
    gold = [
        {"type": "onset_time", "start": 7, "end": 19, "text": "within hours", "value": {}},
        {"type": "dose", "start": 0, "end": 6, "text": "Relief", "value": {}},
    ]
    score = score_article(gold, extract_claims(text))
    assert score.recall() == 0.5
    assert score.precision() == 0.5  # "40 patients" is an extra
    assert len(score.misses) == 1 and len(score.false_alarms) == 1


def test_scorer_checks_hedges_where_annotated() -> None:
    text = "Ketamine may help, but the trial enrolled 403 patients."
    gold = [
        {
            "type": "sample_size",
            "start": 42,
            "end": 54,
            "text": "403 patients",
            "value": {"value": 403},
            "hedged": True,
            "clause_hedged": False,
        }
    ]
    score = score_article(gold, extract_claims(text))
    assert (score.hedge_checked, score.hedge_agreed) == (2, 2)
    score = score_article([{**gold[0], "clause_hedged": True}], extract_claims(text))
    assert (score.hedge_checked, score.hedge_agreed) == (2, 1) and score.hedge_errors
    score = score_article([{**gold[0], "hedged": False}], extract_claims(text))
    assert (score.hedge_checked, score.hedge_agreed) == (2, 1) and score.hedge_errors


@pytest.mark.parametrize(
    ("folder", "least"),
    [
        ("corpus", 15),
        ("heldout", 9),
        ("heldout2", 13),
        ("heldout3", 12),
        ("heldout4", 9),
        ("heldout5", 10),
        ("heldout6", 9),
        ("heldout7", 10),
        ("heldout8", 10),
        ("heldout9", 8),
        ("heldout10", 7),
        ("heldout11", 8),
        ("heldout12", 9),
        ("heldout13", 10),
        ("heldout14", 9),
        ("heldout15", 9),
        ("heldout16", 9),
        ("heldout17", 9),
        ("heldout18", 7),
        ("heldout32", 6),
        ("heldout33", 6),
        ("heldout34", 6),
        ("heldout35", 5),
        ("heldout36", 7),
        ("heldout37", 5),
        ("heldout38", 6),
        ("heldout39", 3),
        ("heldout40", 8),
        ("heldout41", 8),
        ("heldout42", 8),
        ("heldout43", 10),
        ("heldout48", 6),
        ("heldout49", 8),
        ("tables", 8),
    ],
)
def test_corpus_texts_and_gold_agree(folder: str, least: int) -> None:
    texts = corpus_texts(CORPUS_DIR.parent / folder)
    assert len(texts) >= least
    for name, text_path, gold_path in texts:
        text = article_text(text_path)  # an HTML text: as the input layer reads it
        for item in json.loads(gold_path.read_text(encoding="utf-8")):
            assert text[item["start"] : item["end"]] == item["text"], (name, item)


def test_floor_on_the_tuned_corpus_texts() -> None:
    """The floor reached on the real health texts tuned on (quantities, schedules, routes;
    attributions come from the citation finder and are scored with it)."""
    score, per_text = score_corpus(
        CORPUS_DIR, names=TUNED, types_except=frozenset({"study_attribution"})
    )
    assert set(per_text) == TUNED
    assert score.recall() >= 0.90, report(score)
    assert score.precision() >= 0.90, report(score)
    assert score.value_agreed / score.value_checked >= 0.90, report(score)


def test_floor_on_the_tables_set() -> None:
    """The floor reached on `tests/tables` (table- and list-heavy texts, tuned on: a
    regression guard for cells read with their headers, not a measure of accuracy)."""
    score, per_text = score_corpus(CORPUS_DIR.parent / "tables")
    assert len(per_text) == 8
    assert score.recall() >= 0.95, report(score)
    assert score.precision() >= 0.95, report(score)
    assert score.value_agreed / score.value_checked >= 0.95, report(score)
