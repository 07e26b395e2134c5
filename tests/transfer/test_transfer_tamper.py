"""Changed, cut, extended or rearranged packages are refused before anything is delivered."""

from __future__ import annotations

import io

import pytest
from transfer_helpers import RecordingSink, case_entries, open_bytes, resign, seal_bytes, split

from utvag.transfer import PackageError, UnitIdentity, open_package
from utvag.transfer.header import FIXED_SIZE
from utvag.transfer.limits import CHUNK_SIZE, TAG_SIZE

FULL = CHUNK_SIZE + TAG_SIZE


@pytest.fixture(scope="module")
def small(hisingen: UnitIdentity, sav: UnitIdentity) -> bytes:
    data, _ = seal_bytes(hisingen, sav.card, case_entries({"attachments/a.txt": b"hello"}))
    return data


@pytest.fixture(scope="module")
def three_chunks(hisingen: UnitIdentity, sav: UnitIdentity) -> bytes:
    data, _ = seal_bytes(hisingen, sav.card, case_entries({"attachments/a.bin": bytes(150_000)}))
    return data


def _refused(data: bytes, sav: UnitIdentity, hisingen: UnitIdentity) -> str:
    with pytest.raises(PackageError) as info:
        open_bytes(data, sav, [hisingen.card])
    return str(info.value)


def test_every_single_bit_flip_is_refused(
    small: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    open_bytes(small, sav, [hisingen.card])  # the untouched package opens
    for position in range(len(small)):
        mutated = bytearray(small)
        mutated[position] ^= 1 << (position % 8)
        try:
            open_bytes(bytes(mutated), sav, [hisingen.card])
        except PackageError:
            continue
        pytest.fail(f"a flipped bit at byte {position} was not detected")


def test_flips_inside_the_ciphertext_are_caught_even_if_re_signed(
    small: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    """The payload cipher protects the contents on its own: the outer signature is not the only
    line of defence (e.g. against a sender whose signing key has been stolen)."""
    header_bytes, ciphertext, _ = split(small)
    for position in range(len(ciphertext)):
        mutated = bytearray(ciphertext)
        mutated[position] ^= 0x80 >> (position % 8)
        forged = resign(hisingen, header_bytes, bytes(mutated))
        with pytest.raises(PackageError) as info:
            open_bytes(forged, sav, [hisingen.card])
        assert "changed after it was signed" in str(info.value)


def test_header_changes_break_decryption_even_if_re_signed(
    small: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    header_bytes, ciphertext, _ = split(small)
    # Package id, sequence and the HPKE output: fields that do not fail earlier checks.
    for position in [*range(84, 108), FIXED_SIZE, len(header_bytes) - 1]:
        mutated = bytearray(header_bytes)
        mutated[position] ^= 1
        with pytest.raises(PackageError):
            open_bytes(resign(hisingen, bytes(mutated), ciphertext), sav, [hisingen.card])


def test_truncation_at_and_between_chunk_boundaries(
    three_chunks: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    header_bytes, ciphertext, _ = split(three_chunks)
    start = len(header_bytes)
    assert len(ciphertext) > 2 * FULL
    cuts = [start + k * FULL for k in range(3)]  # at boundaries (and right after the header)
    cuts += [start + k * FULL + FULL // 2 for k in range(2)]  # in the middle of chunks
    cuts += [start + k * FULL + 1 for k in range(3)] + [start + k * FULL - 1 for k in (1, 2)]
    cuts += [start + len(ciphertext), len(three_chunks) - 1]  # signature missing, one byte short
    for cut in cuts:
        assert _refused(three_chunks[:cut], sav, hisingen) == "The package is truncated", cut
    for cut in [0, 1, 7, 8, 12, FIXED_SIZE - 1, FIXED_SIZE, start - 1]:
        with pytest.raises(PackageError):
            open_bytes(three_chunks[:cut], sav, [hisingen.card])


def test_truncated_ciphertext_is_refused_even_if_re_signed(
    three_chunks: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    header_bytes, ciphertext, _ = split(three_chunks)
    for cut in [FULL, 2 * FULL, FULL + 100, len(ciphertext) - 1]:
        forged = resign(hisingen, header_bytes, ciphertext[:cut])
        assert _refused(forged, sav, hisingen) == "The package is truncated"


def test_reordered_and_repeated_chunks_are_refused_even_if_re_signed(
    three_chunks: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    header_bytes, ciphertext, _ = split(three_chunks)
    first, second, last = ciphertext[:FULL], ciphertext[FULL : 2 * FULL], ciphertext[2 * FULL :]
    for body in [second + first + last, first + first + last, second + second + last]:
        forged = resign(hisingen, header_bytes, body)
        assert "changed after it was signed" in _refused(forged, sav, hisingen)


def test_inserted_bytes_are_refused(
    three_chunks: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    header_len = len(split(three_chunks)[0])
    for position in [0, 5, 12, 100, header_len, header_len + FULL, len(three_chunks) - 64]:
        for extra in [b"\x00", b"junk" * 5]:
            mutated = three_chunks[:position] + extra + three_chunks[position:]
            with pytest.raises(PackageError):
                open_bytes(mutated, sav, [hisingen.card])
    assert "extra data" in _refused(three_chunks + b"\x00", sav, hisingen)


def test_removed_bytes_are_refused(
    three_chunks: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    header_len = len(split(three_chunks)[0])
    for position in [0, 9, 20, 200, header_len, header_len + FULL - 1, len(three_chunks) - 1]:
        for count in [1, 16]:
            mutated = three_chunks[:position] + three_chunks[position + count :]
            with pytest.raises(PackageError):
                open_bytes(mutated, sav, [hisingen.card])


def test_refusal_delivers_nothing(
    three_chunks: bytes, hisingen: UnitIdentity, sav: UnitIdentity
) -> None:
    mutated = bytearray(three_chunks)
    mutated[len(mutated) // 2] ^= 4
    sink = RecordingSink()
    with pytest.raises(PackageError):
        open_package(io.BytesIO(bytes(mutated)), identity=sav, trusted=[hisingen.card], sink=sink)
    assert sink.events == []


def test_not_a_package(hisingen: UnitIdentity, sav: UnitIdentity) -> None:
    assert _refused(b"", sav, hisingen) == "The package is truncated"
    assert "not an Utväg transfer package" in _refused(b"%PDF-1.7" + bytes(200), sav, hisingen)
