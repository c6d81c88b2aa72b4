"""Where citecheck's bundled data lives: `data/` in a source checkout, `citecheck/_data` in a wheel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

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


def parse_yaml(text: str) -> Any:
    """YAML text as data, read by libyaml where PyYAML was built with it: the same data as the
    pure-Python reader, and about ten times faster, which is a tenth of a second of every
    start-up for `claims.yaml`. Raises `yaml.YAMLError` (with `problem_mark`) as that reader."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, C or Python
