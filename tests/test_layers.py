"""The layering rule: a module imports only from its own layer and the layers below it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "citecheck"

# Bottom modules shared by every layer, then the layers in order.
RANK = {
    "models": 0,
    "errors": 0,
    "doi": 0,
    "paths": 0,
    "atomic": 0,
    "net": 0,
    "lexicon": 0,
    "lazy_regex": 0,
    "__init__": 0,
    "inputs": 1,
    "extraction": 2,
    "resolution": 3,
    "verification": 4,
    "audit": 5,
    "formats": 6,
    "cli": 7,
    "__main__": 7,
}


def _layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return [name for name in names if name == "citecheck" or name.startswith("citecheck.")]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_imports_only_lower_layers(path: Path) -> None:
    relative = path.relative_to(PACKAGE).with_suffix("")
    own = "__init__" if relative.parts == ("__init__",) else relative.parts[0]
    assert own in RANK, f"{relative}: module outside the known layers; add it to RANK"
    for imported in _imports(path):
        layer = _layer_of(imported)
        assert layer in RANK, f"{relative} imports unknown module {imported}"
        assert RANK[layer] <= RANK[own], f"{relative} ({own}) imports higher layer {imported}"


def test_nothing_imports_the_cli() -> None:
    for path in _modules():
        if path.stem in ("cli", "__main__"):
            continue
        assert "citecheck.cli" not in _imports(path), path


def test_library_code_does_not_print() -> None:
    for path in _modules():
        if path.stem in ("cli", "__main__"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("print", "exit")
        ]
        assert not calls, f"{path.name} calls print/exit at line {calls[0].lineno}"
