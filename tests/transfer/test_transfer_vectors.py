"""The published test vectors (tests/vectors/transfer-v1.json) still describe this code exactly."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "transfer_vectors.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("transfer_vectors", VECTORS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("transfer_vectors", module)
    spec.loader.exec_module(module)
    return module


def test_hpke_reference_matches_rfc_9180() -> None:
    _load().rfc9180_self_test()


def test_vectors_regenerate_byte_for_byte() -> None:
    module = _load()
    assert module.check() == []


def test_vectors_cover_the_documented_cases() -> None:
    module = _load()
    stored = json.loads(module.VECTOR_FILE.read_text(encoding="utf-8"))
    names = [v["name"] for v in stored["vectors"]]
    assert names == ["x25519-small", "x25519-three-chunks", "xwing-small", "receipt"]
    three = stored["vectors"][1]
    assert [c["nonce"][-2:] for c in three["chunks"]] == ["00", "00", "01"]
