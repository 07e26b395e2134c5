"""Sealing and opening packages that are what they claim to be."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from transfer_helpers import (
    CASE_JSON,
    NOW,
    RecordingSink,
    case_entries,
    open_bytes,
    seal_bytes,
)

from utvag.transfer import (
    EntrySource,
    PackageKind,
    UnitIdentity,
    open_package,
    read_header,
    seal_package,
)
from utvag.transfer.header import FIXED_SIZE, SIGNATURE_SIZE
from utvag.transfer.limits import CHUNK_SIZE, TAG_SIZE


def _pattern(size: int, seed: int) -> bytes:
    block = hashlib.sha256(seed.to_bytes(4, "big")).digest()
    return (block * (size // 32 + 1))[:size]


def test_round_trip_with_several_attachments(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    attachments = {
        "attachments/utredning.pdf": _pattern(150_000, 1),
        "attachments/tom.txt": b"",
        "attachments/exakt.bin": _pattern(CHUNK_SIZE, 2),
        "attachments/under.bin": _pattern(CHUNK_SIZE - 1, 3),
        "attachments/över.bin": _pattern(CHUNK_SIZE + 1, 4),
    }
    extra = [
        EntrySource.from_bytes("audit.json", b'{"events":[]}'),
        EntrySource.from_bytes("decision.json", b'{"reason":"threat assessment changed"}'),
    ]
    entries = case_entries(attachments) + extra
    data, sealed = seal_bytes(hisingen, sav.card, entries, sequence=7)
    opened, sink = open_bytes(data, sav, [hisingen.card])

    assert sink.data["case.json"] == CASE_JSON
    for name, content in attachments.items():
        assert sink.data[name] == content
    assert sink.ended == [e.name for e in entries]
    assert opened.package_id == sealed.package_id
    assert opened.sequence == 7
    assert opened.kind is PackageKind.CASE_TRANSFER
    assert opened.sender == hisingen.card
    assert opened.digest == sealed.digest
    assert opened.manifest.recipient_unit == "SAV"
    assert opened.manifest.sender_unit == "Hisingen"
    assert opened.header.expires == NOW.replace() + (sealed.expires - sealed.created)
    assert len(data) == sealed.size
    # Nothing handed to the sink is larger than one chunk: memory does not grow with entries.
    assert sink.largest_write <= CHUNK_SIZE


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE])
def test_attachment_sizes_around_the_chunk_size(
    hisingen: UnitIdentity, sav: UnitIdentity, size: int
) -> None:
    content = _pattern(size, size)
    data, _ = seal_bytes(hisingen, sav.card, case_entries({"attachments/a.bin": content}))
    _, sink = open_bytes(data, sav, [hisingen.card])
    assert sink.data["attachments/a.bin"] == content


def _payload_length_for(hisingen: UnitIdentity, sav: UnitIdentity, size: int) -> int:
    data, _ = seal_bytes(hisingen, sav.card, case_entries({"attachments/a.bin": bytes(size)}))
    return read_header(io.BytesIO(data)).payload_length


@pytest.mark.parametrize("chunks", [1, 2])
@pytest.mark.parametrize("delta", [-1, 0, 1])
def test_payload_ending_at_and_around_a_chunk_boundary(
    hisingen: UnitIdentity, sav: UnitIdentity, chunks: int, delta: int
) -> None:
    # Find the attachment size that makes the payload end exactly on a chunk boundary (+ delta).
    target = chunks * CHUNK_SIZE + delta
    size = target - 1000
    while (length := _payload_length_for(hisingen, sav, size)) != target:
        size += target - length
    data, _ = seal_bytes(hisingen, sav.card, case_entries({"attachments/a.bin": bytes(size)}))
    header = read_header(io.BytesIO(data))
    assert header.payload_length == chunks * CHUNK_SIZE + delta
    assert len(data) == header.size + header.ciphertext_length + SIGNATURE_SIZE
    _, sink = open_bytes(data, sav, [hisingen.card])
    assert len(sink.data["attachments/a.bin"]) == size


def test_x25519_recipient_for_interoperability(
    hisingen: UnitIdentity, sav_x25519: UnitIdentity
) -> None:
    data, _ = seal_bytes(hisingen, sav_x25519.card, case_entries({"attachments/x": b"x" * 100}))
    header = read_header(io.BytesIO(data))
    assert header.size == FIXED_SIZE + 32 + 48
    _, sink = open_bytes(data, sav_x25519, [hisingen.card])
    assert sink.data["attachments/x"] == b"x" * 100


def test_sources_from_files_stream_with_progress(
    tmp_path: Path, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    path = tmp_path / "scan.tif"
    path.write_bytes(_pattern(300_000, 9))
    progress: list[tuple[int, int]] = []
    out = io.BytesIO()
    seal_package(
        out,
        sender=hisingen,
        recipient=sav.card,
        sequence=1,
        entries=[*case_entries(), EntrySource.from_path("attachments/scan.tif", path)],
        now=NOW,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert progress[-1][0] == progress[-1][1]
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    opened_progress: list[tuple[int, int]] = []
    sink_out = io.BytesIO(out.getvalue())
    sink = RecordingSink()
    open_package(
        sink_out,
        identity=sav,
        trusted=[hisingen.card],
        sink=sink,
        now=NOW,
        progress=lambda done, total: opened_progress.append((done, total)),
    )
    assert sink.data["attachments/scan.tif"] == path.read_bytes()
    assert opened_progress[-1][0] == opened_progress[-1][1]


def test_cancelling_through_progress_propagates(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    class Cancelled(Exception):
        pass

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        seal_package(
            io.BytesIO(),
            sender=hisingen,
            recipient=sav.card,
            sequence=1,
            entries=case_entries({"attachments/a": bytes(200_000)}),
            progress=cancel,
        )


def test_chunk_layout_matches_the_header(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    data, _ = seal_bytes(hisingen, sav.card, case_entries({"attachments/a": bytes(200_000)}))
    header = read_header(io.BytesIO(data))
    assert header.chunk_count == -(-header.payload_length // CHUNK_SIZE)
    assert header.ciphertext_length == header.payload_length + TAG_SIZE * header.chunk_count


def test_each_package_gets_fresh_keys_and_ids(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    first, a = seal_bytes(hisingen, sav.card)
    second, b = seal_bytes(hisingen, sav.card)
    assert a.package_id != b.package_id
    assert first[FIXED_SIZE:] != second[FIXED_SIZE:]
