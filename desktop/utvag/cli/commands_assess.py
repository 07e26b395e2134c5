"""``utvag assess``: run the defector assessment non-interactively on a complete answers file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from utvag.cli import arguments
from utvag.cli.case_arg import add_case_argument
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import accepts_stdin, read_bytes
from utvag.domain.errors import DomainError
from utvag.errors import UsageError
from utvag.forms import parse_answers
from utvag.forms.jsonio import MAX_BYTES
from utvag.services import assessment
from utvag.services.inputs import from_domain

_FILE_RULES = {"json_syntax", "duplicate_key", "too_large", "unreadable", "encoding"}
_TOP_LEVEL = {"form", "version", "answers"}


def register(sub: Any) -> None:
    s = sub.add_parser("assess", help="run the defector assessment on an answers file")
    add_case_argument(s)
    s.add_argument("--answers", type=Path, required=True, metavar="FILE",
                   help="the answers as JSON ('-': standard input)")
    accepts_stdin(s, "answers")
    s.add_argument("--sign", action="store_true",
                   help="sign the assessment (it becomes immutable and supersedes the last one)")
    s.add_argument("--as-of", type=arguments.as_of_date, metavar="YYYY-MM-DD",
                   help="evaluate dates (reviews due, dates in the future) as of this day")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=assess)


def _read(path: Path) -> Any:
    raw = read_bytes(path, MAX_BYTES)
    try:
        return parse_answers(raw)
    except DomainError as exc:
        rule = getattr(exc, "rule", None)
        if rule in _FILE_RULES or (getattr(exc, "field", None) in _TOP_LEVEL
                                   and rule in {"type", "required"}) or (
                rule == "unknown_field"):
            raise UsageError(f"{path}: {exc}") from None
        raise from_domain(exc) from None


def assess(args: argparse.Namespace) -> int:
    document = _read(args.answers)
    with open_session(args) as s:
        assessment_id, outcome = assessment.assess_document(
            s, args.id, document, sign=args.sign, today=args.as_of)
    data = {"assessment_id": assessment_id, "signed": bool(args.sign), **outcome.to_dict()}
    lines = [
        f"Defector: {'yes' if outcome.is_defector else 'no'}"
        + (" (special defector)" if outcome.special_defector else ""),
        f"Handled by: {outcome.route_to.value}",
        f"Relocation: {outcome.relocation.value}",
        *[f"- {m.en}" for m in outcome.reasons],
        *[f"! {m.en}" for m in outcome.warnings],
    ]
    emit(data, args.json, "\n".join(lines))
    return 0
