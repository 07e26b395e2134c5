"""CLI commands about cases: new, list, show, note, attach."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from utvag.cli import arguments
from utvag.cli.case_arg import add_case_argument
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import accepts_stdin, read_text, text_option
from utvag.errors import UsageError
from utvag.services import cases


def register(sub: Any) -> None:
    case = sub.add_parser("case", help="cases").add_subparsers(dest="case_cmd", required=True)
    s = case.add_parser("new", help="create a case from a JSON file")
    s.add_argument("--json", type=Path, required=True, metavar="FILE", dest="input",
                   help="the case as JSON ('-': standard input)")
    accepts_stdin(s, "input")
    s.add_argument("--separate-person", action="store_true",
                   help="a different person who has the same identity number (a homonym): "
                        "do not link to the person of the earlier cases; needs --reason")
    text_option(s, "--reason", help="why the person is kept apart")
    s.set_defaults(func=case_new)
    s = case.add_parser("list", help="list or search cases")
    text_option(s, "--query", help="search names and case numbers")
    s.add_argument("--type", choices=("defector", "relative", "high_risk"))
    s.add_argument("--status")
    s.add_argument("--limit", type=arguments.count, default=100)
    s.add_argument("--offset", type=arguments.count, default=0)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=case_list)
    s = case.add_parser("show", help="show one case (the read is audited)")
    add_case_argument(s)
    s.add_argument("--reveal-identity", action="store_true",
                   help="show a protected person's name, identity number and address "
                        "(logged as identity.reveal)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=case_show)
    s = case.add_parser("note", help="add a journal note")
    add_case_argument(s)
    s.add_argument("--text-file", type=Path, required=True, metavar="FILE",
                   help="the note's text ('-': standard input)")
    accepts_stdin(s, "text_file")
    s.add_argument("--sign", action="store_true", help="sign the note (it becomes immutable)")
    s.add_argument("--corrects", type=arguments.record_id, metavar="NOTE_ID",
                   help="the signed note this one corrects")
    s.set_defaults(func=case_note)
    s = case.add_parser("sign-note", help="sign a draft note")
    add_case_argument(s)
    s.add_argument("note_id", type=arguments.record_id)
    s.set_defaults(func=case_sign_note)
    s = case.add_parser("rename", help="correct the name of the case's person (e.g. one "
                        "holding a line break or a direction character, which no package may "
                        "carry)")
    add_case_argument(s)
    text_option(s, "--name", required=True, help="the name as it should read")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=case_rename)
    s = case.add_parser("attach", help="attach a file (stored encrypted inside the vault)")
    add_case_argument(s)
    s.add_argument("file", type=Path)
    s.set_defaults(func=case_attach)


def case_new(args: argparse.Namespace) -> int:
    if args.separate_person != (args.reason is not None):
        raise UsageError("--separate-person and --reason go together.")
    # refused before any unlock
    data = cases.validate_new_case(arguments.read_json(args.input, "case file"))
    with open_session(args) as s:
        created = cases.create_case(s, data, separate_reason=args.reason)
    emit(created.to_json(), True)
    if created.person == "linked":
        sys.stderr.write(f"Linked to the person of {len(created.earlier_cases)} earlier "
                         "case(s) with the same identity number.\n")
    return 0


def case_list(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = cases.list_cases(s, query=args.query, limit=args.limit, offset=args.offset,
                                case_type=args.type, status=args.status)
    data = [cases.summary_json(r) for r in rows]
    emit(data, args.json, "\n".join(
        f"{r['id']:>6} {r['case_number']:<16} {r['type']:<10} {r['status']:<14} {r['name']}"
        for r in data))
    return 0


def case_show(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        data = cases.show_case(s, args.id, reveal_identity=args.reveal_identity)
    emit(data.to_json(), True)
    return 0


def case_note(args: argparse.Namespace) -> int:
    text = read_text(args.text_file)
    with open_session(args) as s:
        note_id = cases.add_note(s, args.id, text, sign=args.sign,
                                 corrects_note_id=args.corrects)
    emit({"note_id": note_id}, True)
    return 0


def case_sign_note(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        cases.sign_note(s, args.id, args.note_id)
    sys.stdout.write("Note signed.\n")
    return 0


def case_rename(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        cases.correct_person_name(s, args.id, args.name)
    emit({"case_id": args.id}, args.json, "The person's name is corrected.")
    return 0


def case_attach(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"{path} is not a readable file.")
    with open_session(args) as s, open(path, "rb") as source:
        attachment_id = cases.attach(s, args.id, source, path.name)
    emit({"attachment_id": attachment_id}, True)
    return 0
