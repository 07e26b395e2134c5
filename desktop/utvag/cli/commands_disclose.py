"""``utvag disclose …``: the disclosure register (what left the board, to whom, on which legal
ground) and the table of legal grounds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from utvag.cli.case_arg import add_case_argument
from utvag.cli.command import command, json_option
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.domain.legal_grounds import RECIPIENT_AUTHORITIES, Channel, DataCategory
from utvag.services import disclosures
from utvag.services.transfer.keys import check_new_file

NOT_ENCRYPTED = ("utvag: note: {path} is not encrypted. It names recipients and legal grounds "
                 "(no person data); store it as your unit's routine says.\n")
_CHANNELS = [c.value for c in Channel if c is not Channel.TRANSFER_PACKAGE]


def register(sub: Any) -> None:
    dis = sub.add_parser("disclose", help="the disclosure register").add_subparsers(
        dest="disclose_cmd", required=True)
    command(dis, "grounds", grounds, "the legal grounds a disclosure may rest on")

    s = command(dis, "add", add, "record that information about a case left the board",
                case=True, json=False)
    s.add_argument("--channel", required=True, choices=_CHANNELS)
    text_option(s, "--recipient", required=True,
                help="who received it, e.g. 'Polisen region Väst, grova brott'")
    s.add_argument("--authority", required=True, choices=RECIPIENT_AUTHORITIES,
                   help="the recipient's authority (checked against the consent's scope)")
    s.add_argument("--category", required=True, action="append",
                   choices=[c.value for c in DataCategory],
                   help="what left; repeat for each category")
    s.add_argument("--ground", required=True, metavar="KEY",
                   help="the legal ground's key (see 'utvag disclose grounds')")
    text_option(s, "--ground-text",
                help="the ground in words (required for 'other'), e.g. the request's number")
    text_option(s, "--harm-test",
                help="the harm test: why disclosing outweighs the harm to the person; "
                     "needed for the crime-related grounds of OSL chapter 10")
    s.add_argument("--at", metavar="YYYY-MM-DDTHH:MM",
                   help="when it left (local time; default now); never in the future")
    s.add_argument("--acknowledge-protected", action="store_true",
                   help="the person has a protected identity and the disclosure has been "
                        "weighed against the protection")
    s.add_argument("--identity-revealed", action="store_true",
                   help="the protected person's identity data was part of what left")
    json_option(s)

    s = command(dis, "list", list_cmd, "the register of one case, or of the whole unit",
                json=False)
    add_case_argument(s, optional=True)
    json_option(s)

    s = command(dis, "export", export, "write the register to a new JSON or CSV file",
                json=False)
    add_case_argument(s, optional=True)
    s.add_argument("--format", choices=disclosures.FORMATS, default="csv")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    json_option(s)


def _line(e: disclosures.DisclosureEntry) -> str:
    return (f"{e.id:>5} {e.case_number:<16} {e.disclosed_at[:16]} {e.channel:<22} "
            f"{e.legal_ref or '-':<27} {e.recipient} ({e.recipient_authority or '-'}): "
            + ", ".join(e.categories))


def grounds(args: argparse.Namespace) -> int:
    table = disclosures.ground_table()
    emit(table, args.json, "\n".join(
        f"{g['key']:<27} {g['label_en']} — {g['reference']}"
        + (" (harm test required)" if g.get("requires_harm_test") else "") for g in table))
    return 0


def add(args: argparse.Namespace) -> int:
    values: dict[str, Any] = {
        "channel": args.channel, "recipient": args.recipient,
        "recipient_authority": args.authority, "categories": args.category,
        "legal_ref": args.ground, "legal_text": args.ground_text, "disclosed_at": args.at,
        "harm_test": args.harm_test}
    disclosures.check_arguments(**values)  # refused before the vault is unlocked
    with open_session(args) as s:
        entry = disclosures.record_disclosure(
            s, args.id, **values, acknowledge_protected=args.acknowledge_protected,
            identity_revealed=args.identity_revealed)
    emit(entry.to_json(), args.json, f"Disclosure {entry.id} recorded on case "
                                     f"{entry.case_number} ({entry.legal_ref}).")
    return 0


def list_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        found = (disclosures.list_disclosures(s, args.id) if args.id is not None
                 else disclosures.list_unit_disclosures(s))
    emit([e.to_json() for e in found], args.json,
         "\n".join(_line(e) for e in found) or "No disclosures recorded.")
    return 0


def export(args: argparse.Namespace) -> int:
    check_new_file(args.out)
    with open_session(args) as s:
        size = disclosures.write_register(s, args.id, args.format, args.out)
    sys.stderr.write(NOT_ENCRYPTED.format(path=args.out))
    emit({"path": str(args.out), "format": args.format, "bytes": size}, args.json,
         f"The register was written to {args.out} ({size} bytes).")
    return 0
