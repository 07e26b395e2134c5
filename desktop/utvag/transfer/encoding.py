"""Byte-exact encodings shared by cards, manifests and receipts.

* Canonical JSON: UTF-8, keys sorted, no insignificant whitespace, no floats. Readers parse strictly
  (duplicate keys, NaN, bad UTF-8 and deep nesting are refused) and accept a document only if it
  re-encodes to exactly the bytes that were signed or hashed.
* Times: whole seconds since the Unix epoch in UTC; in JSON as ``YYYY-MM-DDTHH:MM:SSZ``.
* Fingerprints for reading aloud: Crockford base32.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import struct
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn

from utvag.transfer.errors import PackageError

JsonObject = dict[str, Any]
#: 9999-12-31T23:59:59Z, the last second a ``datetime`` can hold; times before 1970 are refused.
MAX_UNIX_TIME = 253_402_300_799

_TIME_RE = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\Z")
_HEX_RE = re.compile(r"\A[0-9a-f]*\Z")
# Crockford base32: no I, L, O, U, so nothing read aloud is ambiguous.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def canonical_json(value: Mapping[str, Any]) -> bytes:
    """Encode *value* canonically (sorted keys, compact, UTF-8, integers and strings only)."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> JsonObject:
    result: JsonObject = {}
    for key, item in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = item
    return result


def _reject_constant(_name: str) -> NoReturn:
    raise ValueError("non-finite number")


def _reject_float(_text: str) -> NoReturn:
    raise ValueError("fractional number")


def strict_loads(text: str) -> Any:
    """JSON with no duplicate member, no fraction and no NaN or infinity (``ValueError``)."""
    return json.loads(text, object_pairs_hook=_reject_duplicates,
                      parse_constant=_reject_constant, parse_float=_reject_float)


def parse_canonical_json(data: bytes, what: str) -> JsonObject:
    """Parse a JSON object that must be in canonical form; *what* names it in error messages."""
    try:
        value = strict_loads(data.decode("utf-8", errors="strict"))
        if not isinstance(value, dict):
            raise ValueError("not an object")
        if canonical_json(value) != data:
            raise ValueError("not canonical")
    except (ValueError, RecursionError, UnicodeError, TypeError, OverflowError) as exc:
        raise PackageError(f"The {what} is damaged or not in the expected form") from exc
    return value


def parse_versioned(data: bytes, what: str, keys: set[str], form: str,
                    version: int) -> JsonObject:
    """A canonical JSON object with exactly *keys*, whose ``format`` is *form* and whose
    ``version`` is *version*; anything else is refused naming *what*."""
    doc = parse_canonical_json(data, what)
    require_keys(doc, keys, what)
    if doc["format"] != form or get_int(doc, "version", what) != version:
        fail(what)
    return doc


def parse_json_object(data: bytes, what: str) -> JsonObject:
    """Parse a JSON object strictly, without requiring canonical form (files people may edit)."""
    try:
        value = strict_loads(data.decode("utf-8", errors="strict"))
        if not isinstance(value, dict):
            raise ValueError("not an object")
    except (ValueError, RecursionError, UnicodeError, TypeError, OverflowError) as exc:
        raise PackageError(f"The {what} is damaged or not in the expected form") from exc
    return value


def fail(what: str) -> NoReturn:
    raise PackageError(f"The {what} is damaged or not in the expected form")


def require_keys(obj: Mapping[str, Any], keys: set[str], what: str) -> None:
    """Refuse objects with missing or unknown keys."""
    if set(obj) != keys:
        fail(what)


def get_str(obj: Mapping[str, Any], key: str, what: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        fail(what)
    return value


def get_int(obj: Mapping[str, Any], key: str, what: str, lo: int = 0, hi: int = 2**63 - 1) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        fail(what)
    return value


def get_obj(obj: Mapping[str, Any], key: str, what: str) -> JsonObject:
    value = obj.get(key)
    if not isinstance(value, dict):
        fail(what)
    return value


def get_hex(obj: Mapping[str, Any], key: str, length: int, what: str) -> bytes:
    """A lowercase hex string of exactly *length* bytes."""
    text = get_str(obj, key, what)
    if len(text) != 2 * length or not _HEX_RE.match(text):
        fail(what)
    return bytes.fromhex(text)


def length_prefixed(*parts: bytes) -> bytes:
    """The parts, each after its length as two big-endian bytes (the binary fields that key ids
    and stored identities are built from; ``struct.error`` for a part over 65 535 bytes)."""
    return b"".join(struct.pack(">H", len(part)) + part for part in parts)


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def get_b64(obj: Mapping[str, Any], key: str, what: str, max_len: int = 8192) -> bytes:
    """Standard padded base64, re-encoded to check it is canonical."""
    text = get_str(obj, key, what)
    if len(text) > max_len * 2:
        fail(what)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeError) as exc:
        raise PackageError(f"The {what} is damaged or not in the expected form") from exc
    if b64encode(raw) != text or len(raw) > max_len:
        fail(what)
    return raw


def to_unix(moment: datetime) -> int:
    """Whole UTC seconds; naive datetimes are refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times must carry a time zone")
    seconds = int(moment.timestamp())
    if not 0 <= seconds <= MAX_UNIX_TIME:
        raise ValueError("time out of range")
    return seconds


def from_unix(seconds: int) -> datetime:
    """The UTC time of *seconds*; ``ValueError`` outside 1970-01-01 .. 9999-12-31."""
    if not 0 <= seconds <= MAX_UNIX_TIME:
        raise ValueError("time out of range")
    return datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)


def format_time(moment: datetime) -> str:
    return from_unix(to_unix(moment)).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: str, what: str) -> datetime:
    if not _TIME_RE.match(text):
        fail(what)
    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        to_unix(moment)
    except ValueError as exc:
        raise PackageError(f"The {what} is damaged or not in the expected form") from exc
    return moment


def get_time(obj: Mapping[str, Any], key: str, what: str) -> datetime:
    return parse_time(get_str(obj, key, what), what)


def human_time(moment: datetime) -> str:
    """A time as people read it in messages: ``2025-03-01 14:05 UTC``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def crockford_base32(data: bytes) -> str:
    """Encode *data* (length a multiple of 5 bytes) as Crockford base32 without padding."""
    if len(data) % 5:
        raise ValueError("length must be a multiple of 5 bytes")
    number = int.from_bytes(data, "big")
    chars = len(data) * 8 // 5
    return "".join(CROCKFORD[(number >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def normalise_base32(text: str) -> str | None:
    """Upper-case, drop spaces and hyphens, map O→0 and I/L→1; ``None`` if anything else is off."""
    cleaned = "".join(ch for ch in text if not ch.isspace() and ch != "-").upper()
    cleaned = cleaned.translate(_CROCKFORD_ALIASES)
    if not cleaned or any(ch not in CROCKFORD for ch in cleaned):
        return None
    return cleaned
