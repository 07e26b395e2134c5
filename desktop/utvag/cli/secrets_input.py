"""Reading passphrases: from a file, from standard input when it is not a terminal, or by a
prompt without echo. Never from the command line or the environment."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from utvag.errors import UsageError

_stdin_lines: list[str] | None = None


def reset() -> None:
    """Forget standard input read by an earlier command run in this process."""
    global _stdin_lines
    _stdin_lines = None


def _stdin_line(index: int) -> str:
    global _stdin_lines
    if _stdin_lines is None:
        _stdin_lines = sys.stdin.read().splitlines()
    if index >= len(_stdin_lines):
        raise UsageError("Expected a passphrase on standard input, found none.")
    return _stdin_lines[index]


def read_file_secret(path: Path) -> str:
    # utf-8-sig: Windows editors often start a UTF-8 file with a byte-order mark, which would
    # otherwise become part of the passphrase.
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"Cannot read the passphrase file {path} as UTF-8 text.") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise UsageError(f"The passphrase file {path} is empty.")
    return lines[0]


def read_secret(prompt: str, file: Path | None, stdin_index: int = 0,
                confirm: bool = False) -> str:
    if file is not None:
        return read_file_secret(file)
    if not sys.stdin.isatty():
        return _stdin_line(stdin_index)
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UsageError("The two entries differ.")
    return first
