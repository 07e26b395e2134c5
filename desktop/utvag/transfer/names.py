"""Rules for unit names and entry names inside a package.

Entry names are either one of the fixed JSON documents or ``attachments/<file name>``. File names
are refused rather than repaired when reading: no path separators, no control or bidirectional
formatting characters (which can disguise an extension), nothing Windows cannot store, and no two
names equal after case folding. :func:`sanitize_attachment_name` repairs names before sealing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from utvag.transfer.limits import MAX_ATTACHMENT_NAME_BYTES, MAX_UNIT_NAME

CASE_DOCUMENT = "case.json"
AUDIT_DOCUMENT = "audit.json"
DECISION_DOCUMENT = "decision.json"
RECEIPT_DOCUMENT = "receipt.json"
CONSULTATION_DOCUMENT = "consultation.json"
ANSWER_DOCUMENT = "answer.json"
HANDOVER_DOCUMENT = "handover.json"
INCIDENT_DOCUMENT = "incident.json"
LOG_REVIEW_DOCUMENT = "log-review.json"
LOG_SIGNATURE_DOCUMENT = "log-review-signature.json"
STATISTICS_DOCUMENT = "statistics.json"
DOCUMENTS = frozenset({CASE_DOCUMENT, AUDIT_DOCUMENT, DECISION_DOCUMENT, RECEIPT_DOCUMENT,
                       CONSULTATION_DOCUMENT, ANSWER_DOCUMENT, HANDOVER_DOCUMENT,
                       INCIDENT_DOCUMENT, LOG_REVIEW_DOCUMENT, LOG_SIGNATURE_DOCUMENT,
                       STATISTICS_DOCUMENT})
ATTACHMENT_PREFIX = "attachments/"

_MAX_NAME_CHARS = 200
_FORBIDDEN = frozenset('<>:"/\\|?*')
# Unicode categories refused anywhere: controls, format (bidi overrides, zero-width), surrogates,
# private use, unassigned, and line/paragraph separators.
_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)


def _clean_chars(text: str) -> bool:
    return all(unicodedata.category(ch) not in _BAD_CATEGORIES for ch in text)


def is_valid_unit_name(name: str) -> bool:
    """1–100 characters, NFC, printable, no surrounding whitespace."""
    return (
        0 < len(name) <= MAX_UNIT_NAME
        and unicodedata.is_normalized("NFC", name)
        and name == name.strip()
        and _clean_chars(name)
    )


def is_valid_attachment_name(name: str) -> bool:
    """Whether *name* is a file name an attachment may carry (without the prefix)."""
    if not 0 < len(name) <= _MAX_NAME_CHARS:
        return False
    try:
        encoded = name.encode("utf-8", errors="strict")
    except UnicodeError:
        return False
    if len(encoded) > MAX_ATTACHMENT_NAME_BYTES or not unicodedata.is_normalized("NFC", name):
        return False
    if any(ch in _FORBIDDEN for ch in name) or not _clean_chars(name):
        return False
    if name != name.strip() or name.endswith(".") or name in {".", ".."}:
        return False
    return name.split(".", 1)[0].upper() not in _RESERVED


def is_valid_entry_name(name: str) -> bool:
    if name in DOCUMENTS:
        return True
    if not name.startswith(ATTACHMENT_PREFIX):
        return False
    return is_valid_attachment_name(name[len(ATTACHMENT_PREFIX) :])


def has_duplicates(names: Iterable[str]) -> bool:
    """Two names that a case-insensitive file system would treat as one."""
    seen: set[str] = set()
    for name in names:
        key = unicodedata.normalize("NFC", name.casefold())
        if key in seen:
            return True
        seen.add(key)
    return False


def attachment_entry_name(file_name: str) -> str:
    """The entry name for an attachment; raises ``ValueError`` if *file_name* is not valid."""
    if not is_valid_attachment_name(file_name):
        raise ValueError("invalid attachment file name; use sanitize_attachment_name first")
    return ATTACHMENT_PREFIX + file_name


def sanitize_attachment_name(name: str, fallback: str = "attachment") -> str:
    """Turn any string into a valid attachment file name, keeping as much of it as possible."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(
        "_" if ch in _FORBIDDEN or unicodedata.category(ch) in _BAD_CATEGORIES else ch
        for ch in text
    )
    text = text.strip().rstrip(". ")
    while len(text) > _MAX_NAME_CHARS or len(text.encode("utf-8")) > MAX_ATTACHMENT_NAME_BYTES:
        text = text[:-1].rstrip(". ")
    if text.split(".", 1)[0].upper() in _RESERVED:
        text = "_" + text
    if not is_valid_attachment_name(text):
        return fallback
    return text
