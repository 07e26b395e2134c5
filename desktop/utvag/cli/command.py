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
from utvag.services.results import JsonResult, ServiceWarning, Warnings
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
    emit(result_json(result), args.json, text(result))
    return 0


def result_json(result: Result) -> dict[str, Any]:
    """The result's JSON, each of its service warnings with the command that does what it asks
    (:func:`warning_json`)."""
    data = result.to_json()
    warnings = getattr(result, "warnings", ())
    if warnings and all(isinstance(w, ServiceWarning) for w in warnings):
        data["warnings"] = [warning_json(w) for w in warnings]
    return data


# The services name the action a warning asks for, never a command (the app adds its menu);
# here is the command line's: how the text output says it, and the command with the warning's
# package id filled in (an upper-case word is for the user to fill in).
_NEXT_COMMANDS = {
    "receipt_not_written": ("Write it with", "utvag transfer receipt-out {package_id} FILE"),
}


def warning_command(warning: ServiceWarning) -> str | None:
    """The command that does what *warning* asks, or None when there is none to run."""
    found = _NEXT_COMMANDS.get(warning.code)
    if found is None or warning.package_id is None:
        return None
    return found[1].format(package_id=warning.package_id)


def warning_json(warning: ServiceWarning) -> dict[str, Any]:
    """A warning as ``--json`` prints it: ``code`` (stable), ``message`` (as the text output
    says it), ``command`` (or null) and, for a package, ``package_id``."""
    return {**warning.to_json(), "command": warning_command(warning)}


def with_warnings(text: str, warnings: Warnings) -> str:
    """*text*, then each warning on a line of its own."""
    return "\n".join([text, *warning_lines(warnings)])


def warning_lines(warnings: Warnings) -> list[str]:
    """Each warning as the command line prints it: a service names the action, and here its
    command is added."""
    lines = []
    for warning in warnings:
        command = warning_command(warning)
        hint = "" if command is None else f" {_NEXT_COMMANDS[warning.code][0]} '{command}'."
        lines.append(f"! {warning.message}{hint}")
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
