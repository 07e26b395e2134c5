"""How a CLI command is declared and run, the same way for every command.

:func:`command` adds a subcommand with its function, its usual first argument (a case, a record
id or a file) and ``--json``; :func:`run` opens the vault, calls the service and prints its
result (its JSON with ``--json``, else a short text); :func:`record_command` is a command whose
result is a record id or a dict, always printed as JSON.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from enum import Enum
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
    return "\n".join([text, *(f"! {w}" for w in warnings)])


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
