"""Recovery keys: 256 random bits with a checksum, printed once as groups of Crockford base32.

The checksum lets us tell a typing mistake ("check the key for typos") from a wrong key.
"""

from __future__ import annotations

import hashlib
import secrets

from utvag.errors import AuthenticationError

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 32
_CHECK_BYTES = 3
GROUP = 8


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    length = (len(data) * 8 + 4) // 5
    return "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(length)))


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"utvag-recovery-v1" + key).digest()[:_CHECK_BYTES]


def generate() -> tuple[bytes, str]:
    """Return a new recovery key and its printable form."""
    key = secrets.token_bytes(KEY_BYTES)
    return key, format_key(key)


def format_key(key: bytes) -> str:
    text = _encode(key + _checksum(key))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse(text: str) -> bytes:
    """Parse a typed recovery key; typos are reported without revealing anything."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    expected_len = ((KEY_BYTES + _CHECK_BYTES) * 8 + 4) // 5
    if len(cleaned) != expected_len or any(ch not in _DECODE for ch in cleaned):
        raise AuthenticationError(
            f"A recovery key has {expected_len} characters (letters and digits, in groups of "
            f"{GROUP}); the one given does not. Check it for typos."
        )
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    total = KEY_BYTES + _CHECK_BYTES
    if number >> (total * 8):
        raise AuthenticationError("The recovery key is not valid. Check it for typos.")
    raw = number.to_bytes(total, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if not secrets.compare_digest(check, _checksum(key)):
        raise AuthenticationError("The recovery key has a typo (its checksum does not match).")
    return key
