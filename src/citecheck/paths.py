"""Where citecheck's bundled data lives: `data/` in a source checkout, `citecheck/_data` in a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT_DATA = _PACKAGE.parents[1] / "data"
_WHEEL_DATA = _PACKAGE / "_data"


def data_file(name: str) -> Path:
    """Path of a bundled data file (`claims.yaml`, `crossref-snapshot.jsonl`)."""
    for folder in (_CHECKOUT_DATA, _WHEEL_DATA):
        candidate = folder / name
        if candidate.exists():
            return candidate
    return _CHECKOUT_DATA / name
