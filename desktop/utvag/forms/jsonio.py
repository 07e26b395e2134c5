"""Strict JSON reading for form definitions and answers files.

Duplicate keys, NaN/Infinity and oversized files are refused rather than silently accepted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from utvag.domain.errors import DomainError

MAX_BYTES = 2 * 1024 * 1024


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DomainError(
                f"Duplicate key {key[:64]!r} in JSON.", field=key[:64], rule="duplicate_key"
            )
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise DomainError(f"{name} is not allowed in JSON.", field="json", rule="json_syntax")


def loads(text: str | bytes, *, what: str = "file") -> Any:
    """Parse ``text`` strictly; errors name ``what`` and never echo the content."""
    if len(text) > MAX_BYTES:
        raise DomainError(f"The {what} is too large.", field="json", rule="too_large")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except DomainError:
        raise
    except (ValueError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise DomainError(
            f"The {what} is not valid JSON{where}.", field="json", rule="json_syntax"
        ) from None


def load_path(path: Path, *, what: str = "file") -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DomainError(f"The {what} is too large.", field="json", rule="too_large")
        data = path.read_bytes()
    except OSError:
        raise DomainError(f"The {what} cannot be read.", field="path", rule="unreadable") from None
    return loads(data, what=what)
