"""Printing results: JSON for scripts, short lines for people."""

from __future__ import annotations

import json
import sys
from typing import Any

_printed = False


def reset() -> None:
    """Forget what an earlier command run in this process printed."""
    global _printed
    _printed = False


def printed() -> bool:
    """Whether this command has printed its result (a report that ends in exit 4 has)."""
    return _printed


def emit(data: Any, as_json: bool, text: str | None = None) -> None:
    global _printed
    _printed = True
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    elif text is not None:
        sys.stdout.write(text + "\n")
    else:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
