"""CLI commands for moving cases between units: ``keys`` (the unit's card, trusting other units'
cards) and ``transfer`` (export, resend, import, receipt, receipt-out).

Everything that can be checked without the vault — arguments, output paths, a card and its
fingerprint — is checked before the passphrase is asked for, so such a refusal leaves the vault
files untouched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from utvag.cli.command import command, json_option, run, with_warnings
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.services import transfer
from utvag.services.policy import UNITS
from utvag.services.transfer.files import readable
from utvag.services.transfer.key_changes import REVOCATION_REASONS


def register(sub: Any) -> None:
    keys = sub.add_parser("keys", help="the unit's transfer key card and trusted cards")
    kc = keys.add_subparsers(dest="keys_cmd", required=True)
    command(kc, "show", keys_show, "this unit's fingerprint and the cards it trusts")
    command(kc, "list", keys_list, "the cards this vault trusts, with their role and holder")
    s = command(kc, "export-public", keys_export_public,
                "write this unit's public key card to OUT", json=False)
    s.add_argument("out", type=Path, metavar="OUT")
    s = kc.add_parser("trust", help="trust another unit's card, or its rotated card, after "
                                    "confirming its fingerprint")
    s.add_argument("card", type=Path, metavar="CARD",
                   help="a key card, or a rotation file signed by a key trusted here")
    s.add_argument("--fingerprint", required=True, metavar="FP",
                   help="the fingerprint as read out by the other unit (by phone); for a "
                        "rotation, the new one")
    s.set_defaults(func=keys_trust)
    s = kc.add_parser("untrust", help="stop trusting a card (by fingerprint or key id)")
    s.add_argument("card_id", metavar="CARD_ID",
                   help="the card's fingerprint or key id, as 'utvag keys show' lists them")
    s.set_defaults(func=keys_untrust)
    s = command(kc, "rotate", keys_rotate, "replace this unit's key; write the new card "
                "signed by the old key to OUT", json=False)
    s.add_argument("--out", required=True, type=Path, metavar="OUT")
    json_option(s)
    s = command(kc, "revoke", keys_revoke, "revoke this unit's key after a compromise, write "
                "the signed revocation to OUT and make a new key", json=False)
    s.add_argument("--out", required=True, type=Path, metavar="OUT")
    s.add_argument("--reason", choices=REVOCATION_REASONS, default="compromised")
    json_option(s)
    command(kc, "import-revocation", keys_import_revocation,
            "import another unit's signed revocation", file=True)

    tr = sub.add_parser("transfer", help="move a case to another unit").add_subparsers(
        dest="transfer_cmd", required=True)
    s = command(tr, "export", transfer_export, "export a case as a package and close it here",
                case=True, json=False)
    s.add_argument("--to", required=True, choices=UNITS, metavar="UNIT")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    text_option(s, "--reason",
                help="why the case goes to a unit its assessment does not route it to")
    text_option(s, "--legal-ground",
                help="the legal ground in words, e.g. the provision and the request")
    s.add_argument("--legal-ref", metavar="KEY",
                   help="the legal ground's key (see 'utvag disclose grounds'; one that allows "
                        "other social services as recipient); default: the consent, or 'other' "
                        "with --legal-ground")
    s.add_argument("--reveal-identity", action="store_true",
                   help="the person has a protected identity and the receiving unit needs the "
                        "name, identity number and address (logged as identity.reveal)")
    s.add_argument("--include-relatives", action="store_true",
                   help="include relatives' data linked to the case")
    json_option(s)
    s = command(tr, "handover", transfer_handover, "hand a case to a colleague of this unit "
                "(rotation): a package for the colleague's key card; the case is read-only here",
                case=True, json=False)
    s.add_argument("--to", required=True, metavar="CASEWORKER",
                   help="the colleague, as their key card names them ('utvag keys list')")
    text_option(s, "--reason", required=True, help="why the case rotates")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    json_option(s)
    s = command(tr, "resend", transfer_resend, "seal a refused or lost package's case again as "
                "a new package; the old one is refused from then on", json=False)
    s.add_argument("package_id", metavar="PACKAGE_ID",
                   help="the id of the package to replace, as the export showed it")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    json_option(s)
    s = command(tr, "import", transfer_import, "import a package as a new case and write the "
                "receipt", file=True, json=False)
    s.add_argument("--receipt-out", type=Path, metavar="FILE",
                   help="where to write the receipt (default: next to the package)")
    choice = s.add_mutually_exclusive_group()
    choice.add_argument("--link-person", dest="link", action="store_const",
                        const=transfer.LINK,
                        help="a person with the same identity number exists: reuse that person")
    choice.add_argument("--separate-person", dest="link", action="store_const",
                        const=transfer.SEPARATE,
                        help="a person with the same identity number exists: keep them apart")
    json_option(s)
    s = command(tr, "receipt-out", transfer_receipt_out,
                "write the receipt for an imported package again", json=False)
    s.add_argument("package_id", metavar="PACKAGE_ID",
                   help="the imported package's id, as the import showed it")
    s.add_argument("out", type=Path, metavar="FILE")
    json_option(s)
    command(tr, "receipt", transfer_receipt, "import a receipt and mark the package delivered",
            file=True)


def _card_line(card: dict[str, Any]) -> str:
    holder = f" {card['holder']}" if card.get("holder") else ""
    return (f"  {card['unit']:<10} {card['role']}{holder:<24} {card['fingerprint']}  "
            f"({card['how']})")


def keys_show(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        info = transfer.show_keys(s)
    lines = [f"Unit: {info.unit}", f"Role: {info.role}"
             + (f" ({info.holder})" if info.holder else ""),
             f"Fingerprint: {info.fingerprint}",
             "Trusted cards:" if info.trusted else "Trusted cards: none"]
    lines += [_card_line(t.to_json()) for t in info.trusted]
    lines += ["Refused keys:"] if info.refused else []
    lines += [f"  {r.unit:<10} {r.fingerprint}  ({r.kind} {r.since[:10]})"
              for r in info.refused]
    lines += [f"! policy card refused: {p}" for p in info.policy_problems]
    emit(info.to_json(), args.json, "\n".join(lines))
    return 0


def keys_list(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        trusted = [t.to_json() for t in transfer.trusted_cards(s)]
    text = "\n".join(_card_line(t) for t in trusted) or "No trusted cards."
    emit({"trusted": trusted}, args.json, text)
    return 0


def keys_export_public(args: argparse.Namespace) -> int:
    target = transfer.check_new_file(args.out)
    with open_session(args) as s:
        card = transfer.export_public_card(s, target)
    sys.stdout.write(f"Key card of {card.label} ({card.role.value}) written to {target}.\n"
                     f"Fingerprint (read it out when the other unit calls): {card.fingerprint}\n")
    return 0


def keys_trust(args: argparse.Namespace) -> int:
    checked = transfer.check_card(args.card, args.fingerprint)  # refused before any unlock
    card = checked.card
    with open_session(args) as s:
        transfer.trust_card(s, args.card, args.fingerprint)
    if checked.previous is not None:
        sys.stdout.write(f"Key rotation of {card.unit}, signed by its old key:\n"
                         f"  old fingerprint: {checked.previous.fingerprint} (trusted here)\n"
                         f"  new fingerprint: {card.fingerprint} (confirmed)\n"
                         f"The new key card of {card.unit} is now trusted; packages to "
                         f"{card.unit} use it from now on.\n")
        return 0
    sys.stdout.write(f"The key card of {card.label} ({card.role.value}, {card.fingerprint}) is "
                     "now trusted.\n")
    return 0


def keys_untrust(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        removed = transfer.untrust_card(s, args.card_id)
    sys.stdout.write(f"The key card of {removed.card.unit} ({removed.card.fingerprint}) is no "
                     "longer trusted: packages and receipts from it and to it are refused.\n")
    return 0


def keys_rotate(args: argparse.Namespace) -> int:
    target = transfer.check_new_file(args.out)
    return run(args, lambda s: transfer.rotate_key(s, target), lambda change: (
        f"The transfer key of {change.unit} is rotated.\n"
        f"  old fingerprint: {change.old_fingerprint}\n"
        f"  new fingerprint: {change.new_fingerprint}\n"
        f"Send {target} to every unit that trusts {change.unit}; each accepts it with "
        f"'utvag keys trust {target.name} --fingerprint NEW' after you read out the new "
        "fingerprint by phone."))


def keys_revoke(args: argparse.Namespace) -> int:
    target = transfer.check_new_file(args.out)
    return run(args, lambda s: transfer.revoke_key(s, target, args.reason), lambda change: (
        f"The transfer key {change.old_fingerprint} of {change.unit} is revoked "
        f"({change.reason}); the new key is {change.new_fingerprint}.\n"
        f"Send {target} to every unit ('utvag keys import-revocation'), then give them the "
        "new card ('utvag keys export-public') and read out the new fingerprint by phone."))


def keys_import_revocation(args: argparse.Namespace) -> int:
    transfer.check_revocation(args.file)  # a bad signature is refused before any unlock
    return run(args, lambda s: transfer.import_revocation(s, args.file), lambda result: (
        f"The key of {result.unit} ({result.fingerprint}) is revoked as of "
        f"{result.revoked[:10]} ({result.reason}); packages and receipts from it or to it are "
        "refused from now on."))


def transfer_export(args: argparse.Namespace) -> int:
    transfer.check_arguments(args.to, args.out, args.reason, args.legal_ground)
    return run(args, lambda s: transfer.export_case(
        s, args.id, args.to, args.out, reason=args.reason, legal_ground=args.legal_ground,
        legal_ref=args.legal_ref, reveal_identity=args.reveal_identity,
        include_relatives=args.include_relatives), lambda result: with_warnings(
        f"Case {result.case_number} exported to {result.to_unit} as {result.path} "
        f"({result.size} bytes, package {result.package_id}); it is closed here and awaits "
        "the receipt.", result.warnings))


def transfer_handover(args: argparse.Namespace) -> int:
    from utvag.cli.commands_risk import hand_over

    return hand_over(args)


def transfer_resend(args: argparse.Namespace) -> int:
    transfer.check_new_file(args.out)
    transfer.parse_package_id(args.package_id)
    return run(args, lambda s: transfer.resend_package(s, args.package_id, args.out),
               lambda result: with_warnings(
        f"Case {result.case_number} sealed again for {result.to_unit} as {result.path} "
        f"(package {result.package_id}, replacing {args.package_id.strip().lower()}); "
        "it awaits the receipt.", result.warnings))


def transfer_import(args: argparse.Namespace) -> int:
    transfer.check_import_arguments(args.file, args.receipt_out, args.link)

    def text(result: transfer.ImportResult) -> str:
        line = (f"Imported from {result.sender_unit} ({result.sender_fingerprint}) as case "
                f"{result.case_number} (package {result.package_id}).")
        if result.receipt is not None:
            line += f" Send the receipt back: {result.receipt}"
        return with_warnings(line, result.warnings)

    return run(args, lambda s: transfer.import_package(
        s, args.file, receipt_out=args.receipt_out, link_person=args.link), text)


def transfer_receipt_out(args: argparse.Namespace) -> int:
    transfer.check_new_file(args.out)
    transfer.parse_package_id(args.package_id)
    return run(args, lambda s: transfer.write_receipt(s, args.package_id, args.out),
               lambda result: f"Receipt for package {result.package_id} written to "
                              f"{result.path}; send it back to {result.recipient_unit}.")


def transfer_receipt(args: argparse.Namespace) -> int:
    readable(args.file)
    return run(args, lambda s: transfer.import_receipt(s, args.file), lambda result: (
        f"Receipt from {result.recipient_unit}: package {result.package_id} {result.result} "
        f"on {result.received}."))
