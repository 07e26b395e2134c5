"""The one place where the command line turns text into numbers, times and JSON documents.

Every id argument, count and ``--as-of`` of every command is parsed by an argparse type from
here, so a value outside what SQLite and ``datetime`` can hold (ids of 2^63 and more, a year
9999 plus a horizon) is a usage error (exit 2) at parse time, never an overflow deep inside a
command. JSON input files go through ``read_json``, which applies the strict reader of
``utvag.forms.jsonio`` (duplicate keys, constants, size, nesting depth, integer length, lone
surrogates) before any command looks at the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from utvag.cli import text_input
from utvag.domain.errors import DomainError
from utvag.errors import UsageError
from utvag.forms import jsonio

MAX_ID = 2**63 - 1  # SQLite's INTEGER
# Times far enough from datetime's ends that a horizon or a retention period cannot overflow.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)

IntType = Callable[[str], int]


def whole_number(lo: int, hi: int, what: str) -> IntType:
    """An argparse type for a whole number in ``lo..hi``; the text itself is never echoed.

    A bad value raises ``UsageError``, which argparse lets through: the user gets the one-line
    message and exit 2 of every other usage error."""

    def parse(text: str) -> int:
        stripped = text.strip()
        digits = stripped.removeprefix("-").removeprefix("+")
        if not digits.isascii() or not digits.isdigit() or len(digits) > 20 or not (
                lo <= int(stripped) <= hi):
            raise UsageError(f"{what} must be a whole number from {lo} to {hi}.")
        return int(stripped)

    parse.whole_number = True  # type: ignore[attr-defined]  # found by the fuzz test
    return parse


record_id = whole_number(1, MAX_ID, "An id")
count = whole_number(0, MAX_ID, "--limit and --offset")
year = whole_number(EARLIEST.year, LATEST.year, "--year")
horizon_days = whole_number(0, 366, "--horizon (days)")
kdf_iterations = whole_number(0, 1000, "--kdf-iterations")
kdf_memory_mib = whole_number(0, 1024 * 1024, "--kdf-memory-mib")


def _in_range(day: date) -> None:
    if not EARLIEST <= day <= LATEST:
        raise UsageError(
            f"--as-of must lie between {EARLIEST.isoformat()} and {LATEST.isoformat()}.")


def as_of_date(text: str) -> date:
    """``--as-of YYYY-MM-DD``."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError("--as-of must be a date as YYYY-MM-DD.") from None
    _in_range(day)
    return day


def as_of_time(text: str) -> datetime:
    """``--as-of YYYY-MM-DDTHH:MM`` (local time unless an offset is given)."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError("--as-of must be a date and time as YYYY-MM-DDTHH:MM.") from None
    _in_range(parsed.date())
    return parsed if parsed.tzinfo else parsed.astimezone()


def year_month(text: str) -> str:
    """A ``--month`` value: YYYY-MM."""
    if not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        raise UsageError("--month must be YYYY-MM.")
    return text


def read_json(path: Path, what: str = "input file") -> Any:
    """Read a JSON input file (or ``-``, standard input) strictly; any fault is a usage error
    naming the file."""
    raw = text_input.read_bytes(path, jsonio.MAX_BYTES)
    try:
        return jsonio.loads(raw, what=what)
    except DomainError as exc:
        raise UsageError(f"{path}: {exc}") from None
