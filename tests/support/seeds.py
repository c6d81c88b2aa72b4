"""Where the tests find the checkout, its data and the seed articles beside it.

The seed articles live in `../shared/seeds/`, beside the checkout, as in CI. A test that needs
them fails when they are missing rather than skipping, so a CI run without them cannot pass
unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"
REFERENCES_BIB = ROOT / "data" / "references.bib"


def require_seeds() -> Path:
    """The seeds folder; the calling test fails when it is not beside the checkout."""
    if not SEEDS.is_dir() or not any(SEEDS.glob("*.txt")):
        pytest.fail(f"the seed articles are missing: expected them in {SEEDS}", pytrace=False)
    return SEEDS


def seed_paths() -> list[Path]:
    """Every seed article, in name order."""
    return sorted(require_seeds().glob("*.txt"))


def seed_path(prefix: str) -> Path:
    """The seed whose file name starts with `prefix` (e.g. "003")."""
    found = sorted(require_seeds().glob(f"{prefix}_*.txt"))
    if not found:
        pytest.fail(f"no seed article {prefix}_*.txt in {SEEDS}", pytrace=False)
    return found[0]


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")
