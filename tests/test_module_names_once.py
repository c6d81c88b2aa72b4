"""A module binds each of its top-level names once: a second binding silently replaces the
first for every user, so an edit to the first copy would do nothing."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import citecheck


def _bound_twice(path: Path) -> list[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    return sorted(name for name, count in counts.items() if count > 1)


def test_every_module_binds_each_name_once() -> None:
    assert citecheck.__file__ is not None
    package = Path(citecheck.__file__).parent
    twice = {
        str(path.relative_to(package)): names
        for path in sorted(package.rglob("*.py"))
        if (names := _bound_twice(path))
    }
    assert twice == {}
