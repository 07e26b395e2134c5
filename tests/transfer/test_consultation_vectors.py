"""The consultation kinds' test vectors (tests/vectors/consultation-v1.json) still describe this
code exactly, and every negative vector beside them is refused with its documented words."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from utvag.transfer import PackageError

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "consultation_vectors.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("consultation_vectors", VECTORS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("consultation_vectors", module)
    spec.loader.exec_module(module)
    return module


def test_vectors_regenerate_byte_for_byte() -> None:
    assert _load().check() == []


def test_the_vectors_are_a_consultation_and_its_answer() -> None:
    module = _load()
    stored = json.loads(module.VECTOR_FILE.read_text(encoding="utf-8"))["vectors"]
    assert [v["name"] for v in stored] == ["consultation", "consultation-answer"]
    assert [v["header"][24:26] for v in stored] == ["03", "04"]  # the kind byte at offset 12
    answer = json.loads(bytes.fromhex(stored[1]["entries"][0]["content"]))
    assert answer["consultation"] == {"package_id": stored[0]["package_id"],
                                      "digest": stored[0]["package_digest"]}


@pytest.mark.parametrize("name", [
    "payload-byte-flipped", "truncated-by-one", "opened-by-hisingen", "opened-as-case",
    "answer-opened-as-consultation", "replayed", "expired", "untrusted-sender"])
def test_negative_vectors_are_refused_with_their_words(name: str) -> None:
    module = _load()
    listed = json.loads(module.NEGATIVE_FILE.read_text(encoding="utf-8"))["vectors"]
    entry = next(v for v in listed if v["name"] == name)
    with pytest.raises(PackageError) as info:
        module.open_negative(entry)
    assert entry["error"] in info.value.message
