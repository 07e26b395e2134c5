"""The published role vectors (tests/vectors/transfer-roles.json) still describe this code
exactly, and each kind's vector opens only as its own kind and only for its recipient."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from utvag.transfer import MemorySink, PackageError, PackageKind, UnitIdentity, open_package

VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "role_vectors.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("role_vectors", VECTORS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("role_vectors", module)
    spec.loader.exec_module(module)
    return module


def test_role_vectors_regenerate_byte_for_byte() -> None:
    assert _load().check() == []


def test_each_kind_opens_only_as_itself_and_only_for_its_recipient() -> None:
    module = _load()
    stored = json.loads(module.VECTOR_FILE.read_text(encoding="utf-8"))
    assert {v["kind_code"] for v in stored["vectors"]} == {5, 6, 7, 8}
    for vector in stored["vectors"]:
        package = bytes.fromhex(vector["package"])
        assert package[12] == vector["kind_code"]
        sender = UnitIdentity.from_private_bytes(
            bytes.fromhex(vector["sender"]["private_identity"]))
        recipient = UnitIdentity.from_private_bytes(
            bytes.fromhex(vector["recipient"]["private_identity"]))
        when = module.BASE.CREATED + module.BASE.timedelta(hours=1)
        with pytest.raises(PackageError, match="another kind"):
            open_package(io.BytesIO(package), identity=recipient, trusted=[sender.card],
                         sink=MemorySink(), expected_kind=PackageKind.CASE_TRANSFER
                         if vector["kind"] != "case_transfer" else PackageKind.RECEIPT,
                         now=when)
        with pytest.raises(PackageError, match="is for"):
            open_package(io.BytesIO(package), identity=sender, trusted=[recipient.card],
                         sink=MemorySink(), expected_kind=PackageKind(vector["kind"]),
                         now=when)
