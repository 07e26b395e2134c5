"""Strict JSON reading for form definitions and answers files.

Duplicate keys, NaN/Infinity, oversized files, nesting deeper than ``MAX_DEPTH``, integers longer
than Python converts (4 300 digits) and lone surrogate escapes are refused rather than silently
accepted or left to crash whatever reads the document next.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from utvag.domain.errors import DomainError

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64  # the deepest real document (an answers file) is four levels
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def _nesting_depth(text: str) -> int:
    """The deepest ``[``/``{`` nesting outside strings, found without recursion, so that a
    document nested 100 000 deep is refused before the parser recurses into it."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _has_lone_surrogate(value: Any) -> bool:
    """A ``\\ud800`` escape decodes to text that cannot be stored or printed as UTF-8."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def loads(text: str | bytes, *, what: str = "file") -> Any:
    """Parse ``text`` strictly; errors name ``what`` and never echo the content."""
    if len(text) > MAX_BYTES:
        raise DomainError(f"The {what} is too large.", field="json", rule="too_large")
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8-sig")  # a byte-order mark is not content
        if _nesting_depth(text) > MAX_DEPTH:
            raise DomainError(f"The {what} is nested more than {MAX_DEPTH} levels deep.",
                              field="json", rule="json_syntax")
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except DomainError:
        raise
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        # ValueError covers integers of more than 4 300 digits as well as syntax errors.
        line = getattr(exc, "lineno", None)
        where = f" (line {line})" if line else ""
        raise DomainError(
            f"The {what} is not valid JSON{where}.", field="json", rule="json_syntax"
        ) from None
    if _has_lone_surrogate(value):
        raise DomainError(f"The {what} holds text that is not valid Unicode (a lone "
                          "surrogate escape).", field="json", rule="encoding")
    return value


def load_path(path: Path, *, what: str = "file") -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DomainError(f"The {what} is too large.", field="json", rule="too_large")
        data = path.read_bytes()
    except OSError:
        raise DomainError(f"The {what} cannot be read.", field="path", rule="unreadable") from None
    return loads(data, what=what)
