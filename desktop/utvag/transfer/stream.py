"""The payload cipher: ChaCha20-Poly1305 in ``age``'s STREAM construction.

The payload key is HKDF-SHA256(ikm = content key, salt = SHA-256(header), info = domain), so the
ciphertext is bound to every header byte. The payload is cut into 64 KiB chunks; chunk *i* is
sealed with the 12-byte nonce ``i`` (11 bytes, big-endian) ‖ ``final`` (``0x01`` on the last chunk,
else ``0x00``) and no associated data. Every chunk but the last holds exactly 64 KiB; the last holds
1..64 KiB. Dropping, reordering, repeating or appending chunks, or cutting the stream at or between
chunk boundaries, makes a tag check fail.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from utvag.transfer.errors import PackageError
from utvag.transfer.limits import CHUNK_SIZE, TAG_SIZE

PAYLOAD_KEY_INFO = b"utvag transfer v1 payload key"
_MAX_COUNTER = 2**88 - 1


def derive_payload_key(content_key: bytes | bytearray, header_digest: bytes) -> bytearray:
    """The per-package payload key (returned as a ``bytearray`` so it can be wiped)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=header_digest, info=PAYLOAD_KEY_INFO)
    return bytearray(hkdf.derive(bytes(content_key)))


def chunk_nonce(counter: int, final: bool) -> bytes:
    if not 0 <= counter <= _MAX_COUNTER:
        raise ValueError("chunk counter out of range")
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


class StreamSealer:
    """Encrypts one payload chunk after another; the caller says which chunk is the last."""

    def __init__(self, payload_key: bytes | bytearray) -> None:
        self._aead = ChaCha20Poly1305(bytes(payload_key))
        self._counter = 0
        self._done = False

    def seal(self, chunk: bytes | bytearray | memoryview, final: bool) -> bytes:
        if self._done:
            raise ValueError("the final chunk was already sealed")
        if len(chunk) > CHUNK_SIZE or (not final and len(chunk) != CHUNK_SIZE):
            raise ValueError("only the final chunk may be shorter than the chunk size")
        if final and len(chunk) == 0 and self._counter > 0:
            raise ValueError("the final chunk may be empty only if it is the only chunk")
        out = self._aead.encrypt(chunk_nonce(self._counter, final), chunk, None)
        self._counter += 1
        self._done = final
        return out


class StreamOpener:
    """Decrypts chunks in order; any failure is reported as tampering or truncation."""

    def __init__(self, payload_key: bytes | bytearray) -> None:
        self._aead = ChaCha20Poly1305(bytes(payload_key))
        self._counter = 0
        self._done = False

    @property
    def done(self) -> bool:
        return self._done

    def open(self, chunk: bytes | memoryview, final: bool) -> bytes:
        if self._done:
            raise PackageError("The package has extra data after its end")
        limit = CHUNK_SIZE + TAG_SIZE
        if len(chunk) < TAG_SIZE or len(chunk) > limit or (not final and len(chunk) != limit):
            raise PackageError("The package is truncated")
        try:
            plain = self._aead.decrypt(chunk_nonce(self._counter, final), chunk, None)
        except InvalidTag:
            raise PackageError("The package was changed after it was signed") from None
        if final and not plain and self._counter > 0:
            raise PackageError("The package is truncated")
        self._counter += 1
        self._done = final
        return plain
