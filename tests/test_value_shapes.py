"""Every claim value the extractor makes fits the shape `value_shapes` documents for its type
(no undocumented key, no wrong type), on the gold articles and the corpus texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from citecheck.extraction.claims import extract_claims
from citecheck.extraction.value_shapes import VALUE_SHAPES
from claims_scorer import CORPUS_DIR, GOLD_DIR, article_for, corpus_texts

_ADAPTERS: dict[str, TypeAdapter[Any]] = {k: TypeAdapter(v) for k, v in VALUE_SHAPES.items()}


def _texts() -> list[Path]:
    gold = [article_for(p) for p in sorted(GOLD_DIR.glob("*.json"))]
    return [p for p in gold if p is not None] + [t for _, t, _ in corpus_texts(CORPUS_DIR)]


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem)
def test_every_value_fits_its_documented_shape(path: Path) -> None:
    for claim in extract_claims(path.read_text(encoding="utf-8")):
        adapter = _ADAPTERS.get(claim.type)
        assert adapter is not None, claim.type
        try:
            adapter.validate_python(claim.value, strict=False)
        except ValidationError as err:
            pytest.fail(f"{claim.type} {claim.text!r} {claim.value}: {err}")


def test_an_undocumented_key_is_caught() -> None:
    with pytest.raises(ValidationError):
        _ADAPTERS["dose"].validate_python({"value": 1, "unit": "mg", "colour": "red"})
