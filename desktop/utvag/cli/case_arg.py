"""Every command that takes a case accepts its case number (``HI-2026-00001``, as the app shows
it) as well as its internal id. ``case_arg`` is the argument type; ``open_session`` turns every
such argument into the case id once the vault is open (an unknown number: exit 5)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from utvag.cli import arguments
from utvag.services import case_ref
from utvag.services.session import Session


@dataclass(frozen=True)
class CaseArg:
    """A case as given on the command line, resolved after unlocking."""

    ref: int | str


def case_arg(text: str) -> CaseArg:
    """A case number, or an id in the range every id argument has (``arguments.record_id``).
    A bad value is a ``UsageError``, which argparse lets through: one line, exit 2, and the
    text itself never echoed."""
    digits = text.strip().removeprefix("-").removeprefix("+")
    if digits.isascii() and digits.isdigit():
        return CaseArg(arguments.record_id(text))
    return CaseArg(case_ref.parse(text))


case_arg.whole_number = True  # type: ignore[attr-defined]  # an id is one: the fuzz test finds it


def add_case_argument(parser: argparse._ActionsContainer, name: str = "id", *,
                      metavar: str = "CASE", optional: bool = False,
                      help_text: str = "the case number (HI-2026-00001) or the case id") -> None:
    """A case argument (positional, or ``--option`` when ``name`` starts with dashes)."""
    if name.startswith("-"):
        parser.add_argument(name, type=case_arg, metavar=metavar, help=help_text)
    elif optional:
        parser.add_argument(name, type=case_arg, metavar=metavar, nargs="?", help=help_text)
    else:
        parser.add_argument(name, type=case_arg, metavar=metavar, help=help_text)


def resolve_case_args(session: Session, args: argparse.Namespace) -> None:
    """Replace each case argument by the id of the case it names."""
    for name, value in vars(args).items():
        if isinstance(value, CaseArg):
            setattr(args, name, case_ref.resolve(session, value.ref))
