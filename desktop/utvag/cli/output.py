"""Printing results: JSON for scripts, short lines for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from utvag.domain.display_text import terminal_safe


class _TerminalSafe:
    """A text stream that writes control and text-direction characters out as their codes."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """While a command runs, what it prints cannot act on the terminal: a name, a note or a
    file name (received in a package, pasted into a note) may hold an escape sequence."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _TerminalSafe(out), _TerminalSafe(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err

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
