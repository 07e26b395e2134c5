"""The ``utvag`` command line: a thin argparse layer over ``utvag.services``. Never imports Qt
(the GUI is loaded lazily only for ``utvag gui`` / ``utvag --demo``)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from utvag import __version__
from utvag.cli import arguments, output
from utvag.cli.output import terminal_safe_output
from utvag.domain.units import UNIT_IDS, VAULT_UNIT_IDS
from utvag.errors import (
    EXIT_AUTH,
    EXIT_INTEGRITY,
    EXIT_NOT_FOUND,
    EXIT_REFUSED,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    UsageError,
    UtvagError,
)
from utvag.hardening import disable_core_dumps
from utvag.services.vault_setup import VAULT_ROLES, default_vault_dir, known_storage_error

UNITS = UNIT_IDS


def _kdf_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kdf-iterations", type=arguments.kdf_iterations, metavar="T",
                        help="Argon2id iterations (default: calibrated to about 1 s, at least 3)")
    parser.add_argument("--kdf-memory-mib", type=arguments.kdf_memory_mib, metavar="MIB",
                        help="Argon2id memory in MiB (default 256, at least 64)")


class Parser(argparse.ArgumentParser):
    """No abbreviated options (``--passphrase`` must not pass for ``--passphrase-file``), and
    arguments it does not know are not echoed: they may be a passphrase typed by mistake."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (not repeated here, in case they hold a secret)"
        message = re.sub(r"(invalid choice|invalid \w+ value): '.*?'", r"\1", message)
        super().error(message)


def build_parser() -> argparse.ArgumentParser:
    from utvag.cli import (
        case_arg,
        commands_assess,
        commands_case,
        commands_caseflow,
        commands_concern,
        commands_consult,
        commands_disclose,
        commands_followup,
        commands_manager,
        commands_needs,
        commands_reports,
        commands_retention,
        commands_risk,
        commands_threat,
        commands_transfer,
        commands_vault,
        commands_young,
    )

    p = Parser(prog="utvag", description="Utväg: encrypted case vault.")
    p.add_argument("--version", action="version", version=f"utvag {__version__}")
    p.add_argument("--vault", type=Path, help="vault directory (default: $UTVAG_VAULT or the "
                   "user data directory)")
    p.add_argument("--passphrase-file", type=Path, help="read the passphrase from FILE")
    p.add_argument("--recovery-key-file", type=Path, help="unlock with the recovery key in FILE")
    p.add_argument("--keyring", action="store_true", help="unlock through the system keyring")
    p.add_argument("--demo", action="store_true", help="open the app on a throw-away demo vault")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help="create a vault; prints the recovery key once")
    s.add_argument("--unit", required=True, choices=VAULT_UNIT_IDS)
    s.add_argument("--role", default="unit", choices=VAULT_ROLES,
                   help="whose vault this is: the unit's (default), a caseworker's or a "
                        "manager's (with --holder), or the city office's; its key card "
                        "carries the role")
    s.add_argument("--holder", metavar="NAME",
                   help="the caseworker or manager who holds this vault")
    _kdf_options(s)
    s.set_defaults(func=commands_vault.init)

    s = sub.add_parser("status", help="unit, schema version, number of cases, key slots")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=commands_vault.status)

    s = sub.add_parser("passwd", help="change the passphrase (rewraps the key)")
    s.add_argument("--new-passphrase-file", type=Path)
    _kdf_options(s)
    s.set_defaults(func=commands_vault.passwd)

    s = sub.add_parser("rekey", help="re-encrypt under a new key; prints a new recovery key")
    s.add_argument("--rotate-transfer-keys", type=Path, metavar="OUT",
                   help="also rotate the unit's transfer keys and write the rotation file for "
                        "the other units to OUT (asked when run at a terminal)")
    _kdf_options(s)
    s.set_defaults(func=commands_vault.rekey)

    s = sub.add_parser("backup", help="write an encrypted backup")
    s.add_argument("out", type=Path)
    s.set_defaults(func=commands_vault.backup)

    s = sub.add_parser("restore", help="restore a backup into a new directory and verify it")
    s.add_argument("source", type=Path, metavar="IN")
    s.add_argument("--to", type=Path, required=True, metavar="DIR")
    s.set_defaults(func=commands_vault.restore)

    s = sub.add_parser("keyring", help="set up or remove quick unlock through the OS keyring")
    s.add_argument("action", choices=("enable", "disable"))
    s.set_defaults(func=commands_vault.keyring_cmd)

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(dest="audit_cmd",
                                                                         required=True)
    s = audit.add_parser("verify", help="verify the hash chain and its recorded head")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=commands_vault.audit_verify)
    s = audit.add_parser("log", help="list audit rows")
    case_arg.add_case_argument(s, "--case")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=commands_vault.audit_log_cmd)

    s = sub.add_parser("check", help="check the whole vault for damage (pages, structure, "
                       "references, audit log, attachments)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=commands_vault.check)

    commands_case.register(sub)
    commands_assess.register(sub)
    commands_transfer.register(sub)
    commands_followup.register(sub)
    commands_needs.register(sub)
    commands_concern.register(sub)
    commands_reports.register(sub)
    commands_retention.register(sub)
    commands_risk.register(sub)
    commands_manager.register(sub)
    commands_disclose.register(sub)
    commands_caseflow.register(sub)
    commands_young.register(sub)
    commands_threat.register(sub)
    commands_consult.register(sub)

    s = sub.add_parser("gui", help="start the desktop app")
    s.set_defaults(func=None)
    return p


GuiLauncher = Callable[[Path | None, bool], int]


def run(argv: Sequence[str] | None = None, launch_gui: GuiLauncher | None = None) -> int:
    return dispatch(parse(argv), launch_gui)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from utvag.cli import secrets_input

    secrets_input.reset()  # each run reads its own standard input
    output.reset()
    return build_parser().parse_args(argv)


def dispatch(args: argparse.Namespace, launch_gui: GuiLauncher | None = None) -> int:
    from utvag.cli import text_input

    if args.demo or args.command in (None, "gui"):
        if launch_gui is None:
            raise UsageError("Give a command; the desktop app is started by the utvag program.")
        return launch_gui(args.vault, args.demo)
    if args.vault is None:
        args.vault = default_vault_dir()
    text_input.prepare(args)  # case text from files or stdin, read before any unlock
    return int(args.func(args) or 0)


# The services name the action a refusal asks for; on the command line it is this command (how
# the error line says it, and the command; an upper-case word is for the user to fill in).
_COMMAND_HINTS = {
    "recipient_untrusted": ("Trust a card with", "utvag keys trust CARD --fingerprint FP"),
    "package_expired": ("The sending unit resends it with",
                        "utvag transfer resend PACKAGE_ID --out FILE"),
}
# The code of an error that names no rule of its own: what its exit code means.
_EXIT_CODES = {EXIT_UNEXPECTED: "unexpected", EXIT_USAGE: "usage", EXIT_AUTH: "authentication",
               EXIT_INTEGRITY: "integrity", EXIT_NOT_FOUND: "not_found",
               EXIT_REFUSED: "refused"}


def _fail(args: argparse.Namespace | None, error: UtvagError) -> int:
    """One line on standard error; with ``--json`` also the error as JSON on standard output,
    ``{"error": {"code", "message", "field", "command", "exit_code"}}``, unless the command has
    printed its result there (``check`` prints its report, then exits 4)."""
    rule = getattr(error, "rule", None)
    code = rule if isinstance(rule, str) else _EXIT_CODES.get(error.exit_code, "unexpected")
    hint = _COMMAND_HINTS.get(code)
    said = "" if hint is None else f" {hint[0]} '{hint[1]}'."
    sys.stderr.write(f"utvag: {error.message}{said}\n")
    if getattr(args, "json", False) is True and not output.printed():
        output.emit({"error": {"code": code, "message": error.message,
                        "field": getattr(error, "field", None),
                        "command": None if hint is None else hint[1],
                        "exit_code": error.exit_code}}, True)
    return error.exit_code


def main(argv: Sequence[str] | None = None, launch_gui: GuiLauncher | None = None) -> int:
    """Run the command line; ``launch_gui`` starts the app (given by ``utvag.launcher``)."""
    disable_core_dumps()
    with terminal_safe_output():
        return _main(argv, launch_gui)


def _main(argv: Sequence[str] | None, launch_gui: GuiLauncher | None) -> int:
    args: argparse.Namespace | None = None
    try:
        args = parse(argv)
        return dispatch(args, launch_gui)
    except UtvagError as exc:
        return _fail(args, exc)
    except KeyboardInterrupt:
        sys.stderr.write("utvag: interrupted\n")
        return 130
    except Exception as exc:  # a bug: say so without printing data or a traceback
        known = known_storage_error(exc)
        if known is not None:
            return _fail(args, known)
        bug = UtvagError(f"unexpected error ({type(exc).__name__}); nothing was printed of its "
                         "details. Set UTVAG_DEBUG=1 to see a traceback.")
        if os.environ.get("UTVAG_DEBUG") == "1":
            sys.stderr.write(f"utvag: {bug.message}\n")
            raise
        return _fail(args, bug)

