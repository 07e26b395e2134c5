"""The domain and the forms engine are pure: no Qt, no storage, nothing else of the application."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "utvag"
ALLOWED = {"domain": {"utvag.domain"}, "forms": {"utvag.domain", "utvag.forms"}}
FORBIDDEN_TOP = {"PySide6", "shiboken6", "sqlite3", "sqlcipher3", "keyring", "cryptography"}


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_itself_and_the_standard_library(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    for path in files:
        for name in _imports(path):
            top = name.split(".")[0]
            assert top not in FORBIDDEN_TOP, f"{path.name} imports {name}"
            if top == "utvag":
                assert any(name == a or name.startswith(a + ".") for a in ALLOWED[layer]), (
                    f"{path.relative_to(PACKAGE)} imports {name}"
                )
