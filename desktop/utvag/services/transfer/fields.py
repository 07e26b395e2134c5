"""Reading the members of ``case.json`` strictly: each refusal names the field, never its
content (``transfer.payload``, ``transfer.needs``, ``transfer.young``)."""

from __future__ import annotations

from typing import Any

from utvag.transfer import PackageError


def bad(field: str) -> PackageError:
    return PackageError(f"The case data in the package is not valid ({field})")


def exact_object(value: Any, keys: set[str], field: str) -> dict[str, Any]:
    """*value* as an object with exactly the members *keys*."""
    if not isinstance(value, dict) or set(value) != keys:
        raise bad(field)
    return value
