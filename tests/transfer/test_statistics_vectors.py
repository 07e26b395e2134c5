"""The published statistics-contribution vector (tests/vectors/statistics-v1.json) still
describes this code exactly, and opens as kind 9 to the city office's card."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

VECTORS = Path(__file__).resolve().parents[1] / "vectors"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, VECTORS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_statistics_vector_regenerates_byte_for_byte() -> None:
    _load("transfer_vectors")
    module = _load("statistics_vectors")
    assert module.check() == []
    stored = json.loads(module.VECTOR_FILE.read_text(encoding="utf-8"))
    vector = stored["vectors"][0]
    assert vector["header"][24:26] == "09"  # kind 9 at offset 12
    assert vector["recipient"]["card"]["role"] == "city-office"
    assert '"kind":"statistics_contribution"' in vector["manifest"]
