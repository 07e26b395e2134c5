"""Every layer imports only the layers below it (DESIGN.md: ui → services → domain, forms, vault,
transfer; cli → services), and no modules import each other in a circle.

The domain and the forms engine are pure: no Qt, no storage, nothing else of the application.
Only ``utvag.launcher``, the program's entry point, stands above both the app and the command line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "utvag"
BASE = {"errors", "files", "hardening", "resources", "__init__"}  # modules every layer may use
ALLOWED = {
    "domain": {"domain"},
    "forms": {"domain", "forms"},
    "transfer": {"transfer"} | BASE,
    "vault": {"vault", "domain"} | BASE,
    "services": {"services", "domain", "forms", "vault", "transfer"} | BASE,
    "cli": {"cli", "services", "domain", "forms"} | BASE,
    "ui": {"ui", "services", "domain", "forms"} | BASE,
}
PURE = {"domain", "forms"}
FORBIDDEN_IN_PURE = {"PySide6", "shiboken6", "sqlite3", "sqlcipher3", "keyring", "cryptography"}
QT = {"PySide6", "shiboken6"}


def _imports(path: Path, *, top_level_only: bool = False) -> list[str]:
    """Absolute module names imported by ``path``; with ``top_level_only``, only those imported
    when the module loads (not inside functions, not under ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = list(_load_time(tree.body)) if top_level_only else list(ast.walk(tree))
    names: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def _load_time(body: list[ast.stmt]) -> list[ast.stmt]:
    found: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.If):
            test = node.test
            if isinstance(test, ast.Name) and test.id == "TYPE_CHECKING":
                found += _load_time(node.orelse)
                continue
            found += _load_time(node.body) + _load_time(node.orelse)
        elif isinstance(node, ast.Try):
            found += _load_time(node.body) + _load_time(node.orelse) + _load_time(node.finalbody)
            for handler in node.handlers:
                found += _load_time(handler.body)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
    return found


def _layer_of(name: str) -> str:
    """``utvag.services.cases`` → ``services``; a name defined in ``utvag/__init__.py`` (such as
    ``utvag.__version__``) belongs to ``__init__``."""
    parts = name.split(".")
    if len(parts) > 1 and ((PACKAGE / parts[1]).is_dir() or (PACKAGE / f"{parts[1]}.py").exists()):
        return parts[1]
    return "__init__"


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    wrong = []
    for path in files:
        for name in _imports(path):
            top = name.split(".")[0]
            if layer in PURE and top in FORBIDDEN_IN_PURE:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
            if layer != "ui" and top in QT:
                wrong.append(f"{path.relative_to(PACKAGE)} imports Qt ({name})")
            if top == "utvag" and _layer_of(name) not in ALLOWED[layer]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []


def test_the_modules_every_layer_uses_depend_on_nothing_above_them() -> None:
    for name in ("errors", "files", "hardening", "resources"):
        imported = [n for n in _imports(PACKAGE / f"{name}.py") if n.startswith("utvag.")]
        assert all(_layer_of(n) in BASE for n in imported), (name, imported)


def test_no_modules_import_each_other_in_a_circle() -> None:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        targets = set()
        for name in _imports(path, top_level_only=True):
            # "from utvag.x import y" names either the module utvag.x.y or a name in utvag.x;
            # a submodule loading its own package first is how packages work, not a circle
            if name in modules and name != module and not module.startswith(name + "."):
                targets.add(name)
        graph[module] = targets
    cycles = _cycles(graph)
    assert cycles == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_layer_check_notices_an_upward_import(tmp_path: Path) -> None:
    """The check itself can fail: a services module that imports the UI is reported."""
    bad = tmp_path / "bad.py"
    bad.write_text("from utvag.ui.window import MainWindow\nfrom utvag.cli import main\n")
    imported = [n for n in _imports(bad) if _layer_of(n) not in ALLOWED["services"]]
    assert "utvag.ui.window" in imported and "utvag.cli" in imported
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
