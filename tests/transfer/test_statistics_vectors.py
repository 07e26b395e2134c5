"""The published statistics-contribution vector (tests/vectors/statistics-v1.json) still
describes this code exactly, and opens as kind 9 to the city office's card."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from utvag.transfer import PackageKind, UnitIdentity
from utvag.transfer.header import parse_header
from utvag.transfer.seal import EntrySource, seal_package
from utvag.transfer.suites import KemId

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


def test_kind_9_round_trips_and_holds_only_statistics_json() -> None:
    assert PackageKind.from_code(9) is PackageKind.STATISTICS_CONTRIBUTION
    assert PackageKind.STATISTICS_CONTRIBUTION.code == 9
    sender = UnitIdentity.generate("Hisingen", kem=KemId.X25519)
    recipient = UnitIdentity.generate("SAV", kem=KemId.X25519)
    for entries in (["case.json"], ["statistics.json", "attachments/a.txt"], ["receipt.json"]):
        with pytest.raises(ValueError, match=r"exactly one entry, statistics\.json"):
            seal_package(io.BytesIO(), sender=sender, recipient=recipient.card, sequence=1,
                         kind=PackageKind.STATISTICS_CONTRIBUTION,
                         entries=[EntrySource.from_bytes(n, b"{}") for n in entries])
    out = io.BytesIO()
    seal_package(out, sender=sender, recipient=recipient.card, sequence=1,
                 kind=PackageKind.STATISTICS_CONTRIBUTION,
                 entries=[EntrySource.from_bytes("statistics.json", b"{}")])
    header = out.getvalue()
    assert parse_header(header[: 134 + 80]).kind is PackageKind.STATISTICS_CONTRIBUTION
