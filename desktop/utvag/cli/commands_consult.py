"""CLI commands for consultations with SAV: ``consult preview|send|import`` (a district),
``consult open|show|answer`` (SAV) and ``consult list`` (either).

Arguments, output paths and texts are checked before the passphrase is asked for, so such a
refusal leaves the vault untouched.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from utvag.cli.case_arg import add_case_argument
from utvag.cli.command import command, json_option, result_json, warning_lines
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.services.consultation import inbox
from utvag.services.consultation import send as consult
from utvag.services.consultation.files import readable, receipt_path_for
from utvag.services.consultation.payload import QUESTIONS
from utvag.services.transfer.files import parse_package_id

_CONTENT = {consult.SUMMARY: "the case summary (the consent covers another social-services "
                             "board)",
            consult.DEIDENTIFIED: "de-identified facts only (no name, identity number, birth "
                                  "date, address, case number, dates, references or free text)"}
_WHY = {"consent": "the consent covers another social-services board",
        "no_consent": "no consent covering another social-services board is recorded",
        "consent_withdrawn": "the consent was withdrawn or does not cover SAV",
        "protected_identity": "the person has a protected identity"}


def register(sub: Any) -> None:
    co = sub.add_parser("consult", help="consult SAV about a case that stays here, and answer "
                                        "consultations at SAV").add_subparsers(
        dest="consult_cmd", required=True)
    command(co, "preview", consult_preview, "what a consultation of the case would carry, and why",
            case=True)
    s = command(co, "send", consult_send, "seal a consultation of the case to SAV; the case "
                "stays open and awaits the answer", case=True, json=False)
    s.add_argument("--question", required=True, choices=QUESTIONS,
                   help="special_defector: ask SAV to decide; advice: ask for advice")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    text_option(s, "--question-text",
                help="the question in words (only when the consent covers SAV)")
    json_option(s)
    s = command(co, "import", consult_import, "import SAV's answer, record it on the case and "
                "write the receipt for SAV", file=True, json=False)
    s.add_argument("--receipt-out", type=Path, metavar="FILE",
                   help="where to write the receipt (default: next to the package)")
    json_option(s)
    s = command(co, "open", consult_open, "(SAV) verify a consultation, keep it to answer and "
                "write the receipt for the district", file=True, json=False)
    s.add_argument("--receipt-out", type=Path, metavar="FILE",
                   help="where to write the receipt (default: next to the package)")
    s.add_argument("--preview", action="store_true",
                   help="only show it; keep nothing (it can be opened later)")
    json_option(s)
    s = command(co, "show", consult_show, "(SAV) a consultation received here, and its answer",
                json=False)
    s.add_argument("package_id", metavar="PACKAGE_ID")
    json_option(s)
    s = command(co, "answer", consult_answer, "(SAV) seal the answer to a consultation received "
                "here", json=False)
    s.add_argument("package_id", metavar="PACKAGE_ID",
                   help="the consultation's package id, as 'consult open' showed it")
    kind = s.add_mutually_exclusive_group(required=True)
    kind.add_argument("--special", dest="verdict", action="store_const", const="special",
                      help="decision: the person is a special defector")
    kind.add_argument("--not-special", dest="verdict", action="store_const",
                      const="not_special", help="decision: the person is not a special defector")
    kind.add_argument("--advice", dest="verdict", action="store_const", const="advice",
                      help="advice in words, no decision")
    text_option(s, "--text", required=True,
                help="the decision's justification, or the advice")
    s.add_argument("--answered-on", metavar="YYYY-MM-DD", help="default: today")
    s.add_argument("--out", required=True, type=Path, metavar="FILE")
    json_option(s)
    s = command(co, "list", consult_list, "consultations sent from here, or received here (SAV)",
                json=False)
    add_case_argument(s, "--case", help_text="only this case's consultations")
    json_option(s)


def _content_lines(content: str, why: str | None = None) -> list[str]:
    line = f"It carries {_CONTENT[content]}"
    return [line + (f": {_WHY[why]}." if why else ".")]


def consult_preview(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        result = consult.consultation_preview(s, args.id)
    lines = [f"A consultation of case {result.case_number} with SAV:",
             *_content_lines(result.content, result.why),
             "Fields: " + ", ".join(result.fields)]
    if not result.sav_trusted:
        lines.append("! This vault trusts no key card for SAV yet ('utvag keys trust').")
    emit(result.to_json(), args.json, "\n".join(lines))
    return 0


def consult_send(args: argparse.Namespace) -> int:
    consult.check_arguments(args.question, args.out, args.question_text)
    with open_session(args) as s:
        result = consult.send_consultation(s, args.id, args.out, question=args.question,
                                           question_text=args.question_text)
    lines = [f"Consultation of case {result.case_number} sealed for SAV as {result.path} "
             f"(package {result.package_id}).", *_content_lines(result.content),
             f"The case stays open and awaits SAV's answer (due in {result.answer_due_days} "
             "days).", *warning_lines(result.warnings)]
    emit(result_json(result), args.json, "\n".join(lines))
    return 0


def consult_import(args: argparse.Namespace) -> int:
    readable(args.file)
    receipt_path_for(args.file, args.receipt_out)
    with open_session(args) as s:
        result = consult.import_answer(s, args.file, receipt_out=args.receipt_out)
    if result.answer == "decision":
        verdict = "a special defector" if result.special_defector else "not a special defector"
        text = (f"SAV decided on {result.answered_on} that the person in case "
                f"{result.case_number} is {verdict}; the case is {result.status}.")
    else:
        text = f"SAV's advice is recorded on case {result.case_number}; it stays open."
    if result.receipt is not None:
        text += f" Send the receipt back to SAV: {result.receipt}"
    emit(result_json(result), args.json, "\n".join([text, *warning_lines(result.warnings)]))
    return 0


def _shown(view: inbox.ReceivedConsultation) -> list[str]:
    lines = [f"Consultation {view.package_id} from {view.from_unit} "
             f"({view.sender_fingerprint}), question: {view.question}.",
             *_content_lines(view.content)]
    lines += [f"  {name}: {value}" for name, value in view.facts.items() if value is not None]
    if view.summary is not None:
        lines.append("Case summary included (see --json).")
    if view.answered is not None:
        lines.append(f"Answered: {view.answered['answer']} ({view.answered['answered_at']}).")
    return lines


def consult_open(args: argparse.Namespace) -> int:
    readable(args.file)
    if not args.preview:
        receipt_path_for(args.file, args.receipt_out)
    with open_session(args) as s:
        if args.preview:
            view = inbox.preview_consultation(s, args.file)
        else:
            view = inbox.receive_consultation(s, args.file, receipt_out=args.receipt_out)
    tail = ([] if args.preview else
            [f"Kept here; answer with 'utvag consult answer {view.package_id} ...'."])
    if view.receipt is not None:
        tail.append(f"Send the receipt back to {view.from_unit}: {view.receipt}")
    tail += warning_lines(view.warnings)
    emit(result_json(view), args.json, "\n".join([*_shown(view), *tail]))
    return 0


def consult_show(args: argparse.Namespace) -> int:
    parse_package_id(args.package_id)
    with open_session(args) as s:
        view = inbox.received(s, args.package_id)
    emit(view.to_json(), args.json, "\n".join(_shown(view)))
    return 0


def consult_answer(args: argparse.Namespace) -> int:
    kind = "advice" if args.verdict == "advice" else "decision"
    special = None if kind == "advice" else args.verdict == "special"
    inbox.check_answer_arguments(kind, special, args.text, args.out)
    parse_package_id(args.package_id)
    with open_session(args) as s:
        result = inbox.answer_consultation(s, args.package_id, args.out, answer=kind,
                                           text=args.text, special_defector=special,
                                           answered_on=args.answered_on)
    lines = [f"Answer to consultation {result.consultation_id} sealed for {result.to_unit} as "
             f"{result.path} (package {result.package_id}).",
             *warning_lines(result.warnings)]
    emit(result_json(result), args.json, "\n".join(lines))
    return 0


def consult_list(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        sent = (consult.for_case(s, args.case) if args.case is not None
                else consult.sent_list(s))
        received = [] if args.case is not None else inbox.received_list(s)
    lines = []
    for row in sent:
        state = "awaiting answer" if row.awaiting_answer else f"answered: {row.answer_kind}"
        lines.append(f"{row.case_number}  {row.sent_at[:10]}  {row.question:<16} "
                     f"{row.content:<12}  {state}")
    for entry in received:
        state = "awaiting answer" if entry.awaiting_answer else "answered"
        lines.append(f"{entry.package_id}  from {entry.from_unit:<9} "
                     f"{entry.received_at[:10]}  {entry.question:<16} {state}")
    emit({"sent": [r.to_json() for r in sent], "received": [r.to_json() for r in received]},
         args.json, "\n".join(lines) or "No consultations.")
    return 0
