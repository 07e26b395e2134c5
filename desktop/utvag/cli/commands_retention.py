"""``utvag retention``: preview what the retention rules make due, apply it after confirmation,
and place or lift legal holds."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from utvag.cli import arguments
from utvag.cli.command import command, json_option
from utvag.cli.commands_vault import open_session
from utvag.cli.output import emit
from utvag.cli.text_input import text_option
from utvag.errors import RefusedError, UsageError
from utvag.services import retention


def register(sub: Any) -> None:
    ret = sub.add_parser("retention", help="destruction by retention rules (gallring)"
                         ).add_subparsers(dest="retention_cmd", required=True)
    s = command(ret, "preview", preview,
                "what is due for destruction, and what is kept and why", json=False)
    s.add_argument("--as-of", type=arguments.as_of_date, metavar="YYYY-MM-DD",
                   help="evaluate on this day (default today)")
    json_option(s)
    s = command(ret, "apply", apply, "destroy what is due, after confirmation", json=False)
    s.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    json_option(s)
    s = command(ret, "hold", hold, "place a legal hold on a case", case=True, json=False)
    text_option(s, "--reason", required=True, help="why the case is held (e.g. a court case)")
    command(ret, "release", release, "lift a legal hold", record="hold_id", metavar="HOLD_ID",
            json=False)
    command(ret, "holds", list_holds, "the legal holds in force")
    command(ret, "log", log, "the metadata records of destroyed cases")


def _preview_json(decisions: list[Any], today: date) -> dict[str, Any]:
    texts = retention.rule_texts()
    return {"as_of": today.isoformat(),
            "due": [{**d.to_dict(), "overdue": d.overdue(today),
                     "rule_text": texts.get(d.rule, {}).get("en")} for d in decisions
                    if d.destroy],
            "kept": [{**d.to_dict(), "rule_text": texts.get(d.rule, {}).get("en")}
                     for d in decisions if not d.destroy]}


def _lines(data: dict[str, Any]) -> str:
    lines = [f"DUE  {d['case_number']:<16} last entry {d['last_entry']}, complete by "
             f"{d['complete_by']} ({d['rule']})" for d in data["due"]]
    lines += [f"KEPT {d['case_number']:<16} ({d['rule']})" for d in data["kept"]]
    return "\n".join(lines) or "Nothing is due for destruction."


def preview(args: argparse.Namespace) -> int:
    today = args.as_of or date.today()
    with open_session(args) as s:
        data = _preview_json(retention.preview(s, today), today)
    emit(data, args.json, _lines(data))
    return 0


def apply(args: argparse.Namespace) -> int:
    today = date.today()
    with open_session(args) as s:
        data = _preview_json(retention.preview(s, today), today)
        count = len(data["due"])
        if count and not args.yes:
            sys.stderr.write(_lines(data) + f"\nDestroy these {count} cases for good? "
                             "Type yes: ")
            sys.stderr.flush()
            answer = sys.stdin.readline().strip().lower()
            if answer != "yes":
                raise RefusedError("Not confirmed; nothing was destroyed.")
        done = retention.apply(s, today, expected=count) if count else []
    emit({"destroyed": [{"case_number": d.case_number, "rule": d.rule} for d in done]},
         args.json, f"{len(done)} cases destroyed.")
    return 0


def hold(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        hold_id = retention.place_hold(s, args.id, args.reason)
    emit({"hold_id": hold_id}, True)
    return 0


def release(args: argparse.Namespace) -> int:
    if args.hold_id <= 0:
        raise UsageError("HOLD_ID must be positive.")
    with open_session(args) as s:
        retention.lift_hold(s, args.hold_id)
    emit({"hold_id": args.hold_id, "lifted": True}, True)
    return 0


def list_holds(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = retention.holds(s)
    emit([r.to_json() for r in rows], args.json, "\n".join(
        f"{r.id:>4} {r.case_number:<16} {r.placed_at[:10]} {r.reason}" for r in rows)
        or "No legal holds are in force.")
    return 0


def log(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = retention.destructions(s)
    emit([r.to_json() for r in rows], args.json, "\n".join(
        f"{r.destroyed_on} {r.case_number:<16} {r.rule_id}" for r in rows))
    return 0
