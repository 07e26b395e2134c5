"""``utvag guardian …`` (a young person's guardians) and ``utvag consent positions`` (the young
person's and the guardians' positions on the consent). A guardian who may not be contacted is
printed as such on every line that lists them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from utvag.cli import arguments
from utvag.cli.case_arg import add_case_argument
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import keyed_text_option, text_option
from utvag.domain.case_records import ProtectedIdentity
from utvag.domain.identity import RevealReason
from utvag.domain.young_people import ConsentPosition
from utvag.errors import UsageError
from utvag.services import young_people
from utvag.services.session import Session

POSITIONS = tuple(p.value for p in ConsentPosition)
REVEAL_REASONS = tuple(r.value for r in RevealReason)


def guardian_position(text: str) -> tuple[int, str]:
    """``GUARDIAN_ID=POSITION``; the text is never echoed in the error."""
    ident, sep, position = text.partition("=")
    if not sep or position not in POSITIONS:
        raise UsageError("--guardian takes GUARDIAN_ID=POSITION, the position one of "
                         + ", ".join(POSITIONS) + ".")
    return arguments.record_id(ident), position


def guardian_note(text: str) -> tuple[int, str]:
    ident, sep, note = text.partition("=")
    if not sep or not note.strip():
        raise UsageError("--guardian-note takes GUARDIAN_ID=TEXT.")
    return arguments.record_id(ident), note


def register(sub: Any) -> None:
    g = sub.add_parser("guardian", help="a young person's guardians (vårdnadshavare)"
                       ).add_subparsers(dest="guardian_cmd", required=True)
    s = g.add_parser("add", help="record a guardian of the case's young person")
    add_case_argument(s)
    text_option(s, "--name", required=True, help="the guardian's name")
    text_option(s, "--contact", help="telephone, address or other contact")
    s.add_argument("--may-not-contact", action="store_true",
                   help="the guardian must not be contacted (e.g. part of the threat)")
    text_option(s, "--reason", help="why the guardian may not be contacted (required with it)")
    s.add_argument("--protected-identity", choices=[p.value for p in ProtectedIdentity],
                   default=ProtectedIdentity.NONE.value)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_add)

    s = g.add_parser("list", help="the case's guardians, and who may not be contacted")
    add_case_argument(s)
    s.add_argument("--reveal", action="store_true",
                   help="show protected identities (logged as identity.reveal, with --reason)")
    s.add_argument("--reason", metavar="REASON",
                   help="why the identities are revealed (required with --reveal): "
                   + ", ".join(REVEAL_REASONS))
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_list)

    s = g.add_parser("show", help="one guardian's details, a protected identity revealed "
                     "(logged as identity.reveal with the reason)")
    s.add_argument("guardian_id", type=arguments.record_id, metavar="GUARDIAN_ID")
    s.add_argument("--reason", metavar="REASON",
                   help="why the identity is revealed (required): " + ", ".join(REVEAL_REASONS))
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_show)

    s = g.add_parser("contact", help="change whether a guardian may be contacted")
    s.add_argument("guardian_id", type=arguments.record_id, metavar="GUARDIAN_ID")
    s.add_argument("--may-contact", required=True, choices=("yes", "no"))
    text_option(s, "--reason", help="why not (required with 'no')")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_contact)

    s = g.add_parser("rename", help="correct a guardian's name (e.g. one holding a line break "
                     "or a direction character, which no package may carry)")
    s.add_argument("guardian_id", type=arguments.record_id, metavar="GUARDIAN_ID")
    text_option(s, "--name", required=True, help="the name as it should read")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_rename)

    s = g.add_parser("correct-contact", help="correct or remove a guardian's contact (e.g. one "
                     "holding a line break or a direction character, which no package may "
                     "carry)")
    s.add_argument("guardian_id", type=arguments.record_id, metavar="GUARDIAN_ID")
    text_option(s, "--contact", required=True, help="the contact; '' (an empty file) removes it")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_correct_contact)


def register_consent(con: Any) -> None:
    """``utvag consent positions`` under the ``consent`` command."""
    s = con.add_parser("positions", help="the young person's and the guardians' positions on "
                       "the consent (a person under 18)")
    add_case_argument(s)
    s.add_argument("--on", metavar="YYYY-MM-DD", help="the day the positions were stated")
    s.add_argument("--young-person", choices=POSITIONS, help="the young person's position")
    text_option(s, "--young-person-note", help="a note on the young person's position")
    s.add_argument("--guardian", type=guardian_position, action="append", default=[],
                   metavar="GUARDIAN_ID=POSITION", help="a guardian's position (repeatable)")
    keyed_text_option(s, "--guardian-note", key="GUARDIAN_ID", convert=guardian_note,
                      help="a note on a guardian's position")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=_positions)


def _line(row: young_people.GuardianShown) -> str:
    contact = ("MAY NOT BE CONTACTED: " + str(row.no_contact_reason)
               if not row.may_contact else f"may be contacted ({row.contact or '—'})")
    return f"{row.id:>6}  {row.name}  —  {contact}"


def _add(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        record_id = young_people.add_guardian(s, args.id, {
            "name": args.name, "contact": args.contact, "may_contact": not args.may_not_contact,
            "no_contact_reason": args.reason, "protected_identity": args.protected_identity})
    emit({"guardian_id": record_id}, args.json, f"Guardian {record_id} recorded.")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = young_people.guardians(s, args.id, reveal_identity=args.reveal,
                                      reason=args.reason)
        state = young_people.positions_state(s, args.id)
    data = {"guardians": [r.to_json() for r in rows], "minor_today": state.minor_today,
            "adult_on": state.adult_on}
    emit(data, args.json, "\n".join(_line(r) for r in rows) or "No guardians are recorded.")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        row = young_people.reveal_guardian(s, args.guardian_id, args.reason)
    emit(row.to_json(), args.json, _line(row))
    return 0


def _contact(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        young_people.set_contact(s, args.guardian_id, args.may_contact == "yes", args.reason)
    emit({"guardian_id": args.guardian_id}, args.json, f"Guardian {args.guardian_id} updated.")
    return 0


def _rename(args: argparse.Namespace) -> int:
    return _correct(args, "name", lambda s: young_people.correct_name(
        s, args.guardian_id, args.name))


def _correct_contact(args: argparse.Namespace) -> int:
    return _correct(args, "contact", lambda s: young_people.correct_contact(
        s, args.guardian_id, args.contact))


def _correct(args: argparse.Namespace, what: str, change: Callable[[Session], object]) -> int:
    """Correct one of the guardian's details (*what*) and say so."""
    with open_session(args) as s:
        change(s)
    emit({"guardian_id": args.guardian_id}, args.json,
         f"The {what} of guardian {args.guardian_id} is corrected.")
    return 0


def _positions(args: argparse.Namespace) -> int:
    notes = dict(args.guardian_note)
    if set(notes) - {g for g, _p in args.guardian}:
        raise UsageError("--guardian-note names a guardian without a --guardian position.")
    guardians = {g: (p, notes.get(g)) for g, p in args.guardian}
    young = None if args.young_person is None else (args.young_person, args.young_person_note)
    with open_session(args) as s:
        if args.on is None and young is None and not guardians:
            state = young_people.positions_state(s, args.id)
            emit(state.to_json(), args.json, "\n".join(
                f"{r.stated_on}  {r.party}{'' if r.guardian_id is None else ' '}"
                f"{r.guardian_id or ''}  {r.position}" for r in state.latest)
                or "No positions are recorded.")
            return 0
        if args.on is None:
            raise UsageError("--on is required when recording positions.")
        ids = young_people.record_positions(s, args.id, args.on, young, guardians)
    emit({"record_ids": ids}, args.json, f"{len(ids)} position(s) recorded.")
    return 0
