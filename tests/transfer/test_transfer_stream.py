"""The STREAM chunk construction on its own: order, finality and completeness are authenticated."""

from __future__ import annotations

import pytest

from utvag.transfer import PackageError
from utvag.transfer.limits import CHUNK_SIZE
from utvag.transfer.stream import StreamOpener, StreamSealer, chunk_nonce, derive_payload_key

KEY = derive_payload_key(bytes(32), bytes(32))
FULL = bytes(CHUNK_SIZE)


def _sealed() -> list[bytes]:
    sealer = StreamSealer(KEY)
    return [
        sealer.seal(FULL, False),
        sealer.seal(b"\x01" * CHUNK_SIZE, False),
        sealer.seal(b"end", True),
    ]


def _open(chunks: list[bytes], finals: list[bool]) -> bytes:
    opener = StreamOpener(KEY)
    return b"".join(opener.open(c, f) for c, f in zip(chunks, finals, strict=True))


def test_nonce_layout() -> None:
    assert chunk_nonce(0, False) == bytes(12)
    assert chunk_nonce(1, True) == bytes(10) + b"\x01\x01"
    assert chunk_nonce(2**88 - 1, False) == b"\xff" * 11 + b"\x00"
    with pytest.raises(ValueError):
        chunk_nonce(2**88, False)


def test_in_order_stream_opens() -> None:
    c = _sealed()
    assert _open(c, [False, False, True]).endswith(b"end")


@pytest.mark.parametrize(
    ("indexes", "finals"),
    [
        ([0, 1], [False, True]),  # cut at a chunk boundary, claimed final
        ([0], [True]),
        ([1, 0, 2], [False, False, True]),  # reordered
        ([0, 0, 2], [False, False, True]),  # repeated
        ([0, 2], [False, True]),  # dropped
        ([0, 1, 2], [False, False, False]),  # final not marked
    ],
)
def test_rearranged_streams_fail(indexes: list[int], finals: list[bool]) -> None:
    c = _sealed()
    with pytest.raises(PackageError):
        _open([c[i] for i in indexes], finals)


def test_appending_after_the_final_chunk() -> None:
    c = _sealed()
    opener = StreamOpener(KEY)
    for chunk, final in zip(c, [False, False, True], strict=True):
        opener.open(chunk, final)
    with pytest.raises(PackageError, match="extra data"):
        opener.open(c[2], True)


def test_cut_inside_a_chunk() -> None:
    c = _sealed()
    with pytest.raises(PackageError):
        _open([c[0], c[1][:1000]], [False, True])
    with pytest.raises(PackageError, match="truncated"):
        _open([c[0][:-1]], [False])


def test_sealer_enforces_the_layout() -> None:
    sealer = StreamSealer(KEY)
    with pytest.raises(ValueError):
        sealer.seal(b"short", False)
    with pytest.raises(ValueError):
        sealer.seal(FULL + b"x", True)
    sealer.seal(b"only", True)
    with pytest.raises(ValueError):
        sealer.seal(b"more", True)
