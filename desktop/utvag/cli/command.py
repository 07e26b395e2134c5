"""How a CLI command is declared and run, the same way for every command.

:func:`command` adds a subcommand with its function, its usual first argument (a case, a record
id or a file) and ``--json``; :func:`run` opens the vault, calls the service and prints its
result (its JSON with ``--json``, else a short text); :func:`record_command` is a command whose
result is a record id or a dict, always printed as JSON.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from utvag.cli import arguments
from utvag.cli.case_arg import add_case_argument
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.services.results import JsonResult
from utvag.services.session import Session


class Result(Protocol):
    def to_json(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=Result)
Func = Callable[[argparse.Namespace], int]
Action = Callable[[Session, argparse.Namespace], Any]


def values(enum: type[Enum]) -> list[str]:
    """The values of *enum*, as the choices of an option."""
    return [e.value for e in enum]


def command(parent: Any, name: str, func: Func, help: str, *, case: bool = False,
            file: bool = False, record: str | None = None, metavar: str = "RECORD_ID",
            json: bool = True) -> argparse.ArgumentParser:
    """The subcommand *name* of *parent* running *func*: first a case (*case*), a record id
    named *record* or a FILE (*file*), then ``--json``. Options added to the returned parser
    are listed after ``--json``; a command with options of its own passes ``json=False`` and
    ends with :func:`json_option`, so ``--json`` comes last."""
    s: argparse.ArgumentParser = parent.add_parser(name, help=help)
    if case:
        add_case_argument(s)
    if record is not None:
        s.add_argument(record, type=arguments.record_id, metavar=metavar)
    if file:
        s.add_argument("file", type=Path, metavar="FILE")
    if json:
        json_option(s)
    s.set_defaults(func=func)
    return s


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, call: Callable[[Session], R],
        text: Callable[[R], str]) -> int:
    """Open the vault, *call* the service and print its result: the result's JSON with
    ``--json``, else *text* of it."""
    with open_session(args) as s:
        result = call(s)
    emit(result.to_json(), args.json, text(result))
    return 0


def with_warnings(text: str, warnings: tuple[str, ...]) -> str:
    """*text*, then each warning on a line of its own."""
    return "\n".join([text, *warning_lines(warnings)])


def _template_pattern(template: str) -> re.Pattern[str]:
    """A catalogued message with %1 (a package id) and %2 (anything) as groups."""
    pieces = re.split(r"(%\d)", template)
    return re.compile("".join({"%1": "(?P<package>[0-9a-f]{32})", "%2": ".+"}.get(p, re.escape(p))
                              for p in pieces) + r"\Z", re.DOTALL)


@cache
def _receipt_again() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each receipt-not-written warning, and the command that writes that receipt again."""
    from utvag.services.consultation.files import (
        ANSWER_RECEIPT_NOT_WRITTEN,
        CONSULTATION_RECEIPT_NOT_WRITTEN,
    )
    from utvag.services.transfer.files import RECEIPT_NOT_WRITTEN, RECEIPT_NOT_WRITTEN_TO

    return tuple((_template_pattern(template), command) for templates, command in (
        ((RECEIPT_NOT_WRITTEN, RECEIPT_NOT_WRITTEN_TO), "utvag transfer receipt-out"),
        ((CONSULTATION_RECEIPT_NOT_WRITTEN, ANSWER_RECEIPT_NOT_WRITTEN),
         "utvag consult receipt-out")) for template in templates)


def warning_lines(warnings: tuple[str, ...]) -> list[str]:
    """Each warning as the command line prints it: a service names the action, and here its
    command is added."""
    lines = []
    for warning in warnings:
        found = next(((m, command) for p, command in _receipt_again()
                      if (m := p.match(warning))), None)
        hint = ("" if found is None else
                f" Write it with '{found[1]} {found[0]['package']} FILE'.")
        lines.append(f"! {warning}{hint}")
    return lines


def record_command(parent: Any, name: str, help: str, action: Action, *,
                   record: str | None = None, metavar: str = "RECORD_ID"
                   ) -> argparse.ArgumentParser:
    """A subcommand on a case (or, with *record*, on a record id) that runs *action* and prints
    its result as JSON: a dict as it is, a typed result (``JsonResult``) as its ``to_json``,
    anything else as ``{"record_id": …}``."""
    return command(parent, name, lambda args: run_action(args, action), help,
                   case=record is None, record=record, metavar=metavar)


def run_action(args: argparse.Namespace, action: Action) -> int:
    with open_session(args) as s:
        result = action(s, args)
    if isinstance(result, JsonResult):
        result = result.to_json()
    emit(result if isinstance(result, dict) else {"record_id": result}, True)
    return 0
