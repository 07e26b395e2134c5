"""Property-based fuzzing: whatever the input, the only failure is PackageError.

Each property feeds a different layer: raw bytes (header parser), mutated valid packages (all
layers up to the outer signature), re-signed packages with arbitrary payloads (the decryptor and
the manifest parser behind a valid signature), and the card, identity and manifest parsers.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from transfer_helpers import (
    CASE_JSON,
    NOW,
    RecordingSink,
    case_entries,
    forge,
    make_manifest,
    resign,
    seal_bytes,
    split,
)

from utvag.transfer import PackageError, PublicCard, UnitIdentity, open_package
from utvag.transfer.header import MAGIC, parse_header
from utvag.transfer.manifest import parse_manifest

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_IDENTITIES: dict[str, UnitIdentity] = {}


def _units() -> tuple[UnitIdentity, UnitIdentity]:
    if not _IDENTITIES:
        _IDENTITIES["a"] = UnitIdentity.generate("Hisingen", now=NOW)
        _IDENTITIES["b"] = UnitIdentity.generate("SAV", now=NOW)
    return _IDENTITIES["a"], _IDENTITIES["b"]


def _valid() -> bytes:
    if "pkg" not in _PACKAGES:
        sender, receiver = _units()
        entries = case_entries({"attachments/a.txt": b"abc", "attachments/e": b""})
        _PACKAGES["pkg"] = seal_bytes(sender, receiver.card, entries)[0]
    return _PACKAGES["pkg"]


_PACKAGES: dict[str, bytes] = {}


def _only_package_errors(data: bytes) -> None:
    sender, receiver = _units()
    try:
        open_package(
            io.BytesIO(data),
            identity=receiver,
            trusted=[sender.card],
            sink=RecordingSink(),
            now=NOW,
        )
    except PackageError as exc:
        assert str(exc)
    else:
        assert data == _valid(), "a changed package was accepted"


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    data = bytearray(_valid())
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "splice"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "truncate":
            del data[pos:]
        elif op == "splice":
            other = draw(st.integers(0, max(0, len(data) - 1)))
            size = draw(st.integers(1, 64))
            data[pos : pos + size] = data[other : other + size]
    return bytes(data)


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    _only_package_errors(data)


@FUZZ
@given(st.binary(min_size=126, max_size=2048))
def test_bytes_behind_a_valid_magic(data: bytes) -> None:
    _only_package_errors(MAGIC + b"\x00\x01" + data)
    with contextlib.suppress(PackageError):
        parse_header(MAGIC + b"\x00\x01" + data)


@FUZZ
@given(mutations())
def test_mutated_packages(data: bytes) -> None:
    _only_package_errors(data)


@FUZZ
@given(st.binary(max_size=2048), st.integers(0, 3))
def test_arbitrary_ciphertext_behind_a_valid_signature(body: bytes, cut: int) -> None:
    """A trusted sender (or a stolen key) signs garbage: decryption must still refuse cleanly."""
    sender, _ = _units()
    header_bytes, ciphertext, _ = split(_valid())
    _only_package_errors(resign(sender, header_bytes, ciphertext[: len(ciphertext) - cut] + body))


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
        ),
        max_leaves=20,
    )


@st.composite
def manifest_documents(draw: st.DrawFn) -> bytes:
    sender, receiver = _units()
    doc = json.loads(make_manifest(sender, receiver.card, {"case.json": CASE_JSON}).to_json())
    for _ in range(draw(st.integers(1, 3))):
        target = doc
        path = draw(st.sampled_from(["", "sender", "recipient", "entries"]))
        if path == "entries" and doc.get("entries"):
            target = doc["entries"][0] if isinstance(doc["entries"], list) else doc
        elif path in ("sender", "recipient") and isinstance(doc.get(path), dict):
            target = doc[path]
        if not isinstance(target, dict):
            break
        key = draw(st.sampled_from([*target.keys(), "x"]))
        target[key] = draw(_json_values())
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8", errors="surrogatepass")


@settings(FUZZ, max_examples=120)
@given(manifest_documents() | st.binary(max_size=512), st.binary(max_size=64))
def test_signed_manifests_with_arbitrary_content(manifest_bytes: bytes, tail: bytes) -> None:
    _signed_manifest_case(manifest_bytes, tail)


@pytest.mark.slow
@settings(FUZZ, max_examples=2000)
@given(manifest_documents() | st.binary(max_size=512), st.binary(max_size=64))
def test_signed_manifests_with_arbitrary_content_long(manifest_bytes: bytes, tail: bytes) -> None:
    _signed_manifest_case(manifest_bytes, tail)


def _signed_manifest_case(manifest_bytes: bytes, tail: bytes) -> None:
    sender, receiver = _units()
    manifest = make_manifest(sender, receiver.card, {"case.json": CASE_JSON})
    data = forge(
        signer=sender,
        recipient=receiver.card,
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        payload_tail=tail,
    )
    with contextlib.suppress(PackageError):
        open_package(
            io.BytesIO(data),
            identity=receiver,
            trusted=[sender.card],
            sink=RecordingSink(),
            now=NOW,
        )
    with contextlib.suppress(PackageError):
        parse_manifest(manifest_bytes)


@FUZZ
@given(st.binary(max_size=2048))
def test_card_parser(data: bytes) -> None:
    with contextlib.suppress(PackageError):
        PublicCard.from_json(data)


@st.composite
def card_documents(draw: st.DrawFn) -> bytes:
    _, receiver = _units()
    doc = json.loads(receiver.card.to_json())
    part = draw(st.sampled_from(["", "signing_key", "encryption_key"]))
    target = doc[part] if part else doc
    target[draw(st.sampled_from([*target.keys(), "x"]))] = draw(_json_values())
    return json.dumps(doc).encode("utf-8", errors="surrogatepass")


@settings(FUZZ, max_examples=100)
@given(card_documents())
def test_mutated_cards(data: bytes) -> None:
    with contextlib.suppress(PackageError):
        PublicCard.from_json(data)


@FUZZ
@given(st.binary(max_size=256), st.integers(0, 200), st.binary(max_size=8))
def test_identity_parser(data: bytes, cut: int, insert: bytes) -> None:
    _, receiver = _units()
    raw = bytes(receiver.to_private_bytes())
    for candidate in (data, raw[:cut] + insert + raw[cut + len(insert) :]):
        with contextlib.suppress(PackageError):
            UnitIdentity.from_private_bytes(candidate)


@pytest.mark.slow
@settings(FUZZ, max_examples=5000)
@given(mutations())
def test_mutated_packages_long(data: bytes) -> None:
    _only_package_errors(data)
