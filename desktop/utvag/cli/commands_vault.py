"""CLI commands about the vault itself: init, status, passphrase, rekey, backup, audit."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from utvag.cli.case_arg import resolve_case_args
from utvag.cli.output import emit
from utvag.cli.secrets_input import read_file_secret, read_secret
from utvag.errors import IntegrityError, UsageError
from utvag.services import audit_log, session, transfer, vault_check
from utvag.services.session import Session
from utvag.services.vault_setup import DEFAULT_MEMORY_KIB, KdfParams, calibrate


def kdf_from(args: argparse.Namespace) -> KdfParams | None:
    t, m = getattr(args, "kdf_iterations", None), getattr(args, "kdf_memory_mib", None)
    if t is None and m is None:
        return None
    memory = (m * 1024) if m is not None else DEFAULT_MEMORY_KIB
    params = KdfParams(iterations=t, memory_kib=memory) if t is not None else calibrate(
        memory_kib=memory)
    if not params.meets_floor:
        raise UsageError("Key derivation below 3 iterations or 64 MiB is refused.")
    if not params.within_cap:
        raise UsageError("Key derivation above 16 iterations, 1024 MiB or 16 passes over "
                         "256 MiB is refused: it would slow every unlock for no real gain.")
    return params


def checked(opened: Session) -> Session:
    """Stop (exit 4) when this unlock found the vault rolled back; the finding is logged."""
    problem = session.rollback_error(opened)
    if problem is not None:
        opened.close()
        raise problem
    return opened


def open_session(args: argparse.Namespace) -> Session:
    """Unlock the vault the arguments name, and turn every case argument (a case number or
    an id) into the case id."""
    if args.keyring:
        opened = checked(session.unlock(args.vault, use_keyring=True))
    elif args.recovery_key_file is not None:
        opened = checked(session.unlock(
            args.vault, recovery_key=read_file_secret(args.recovery_key_file)))
    else:
        passphrase = read_secret("Passphrase: ", args.passphrase_file)
        opened = checked(session.unlock(args.vault, passphrase=passphrase))
    try:
        resolve_case_args(opened, args)
    except BaseException:
        opened.close()
        raise
    return opened


def init(args: argparse.Namespace) -> int:
    role = getattr(args, "role", "unit")
    chosen, holder = transfer.check_role(role, getattr(args, "holder", None), args.unit)
    passphrase = read_secret("New passphrase: ", args.passphrase_file, confirm=True)
    opened, _recovery = session.create(
        args.vault, args.unit, passphrase, kdf=kdf_from(args), show_recovery=_show(
            "Recovery key (shown once; print it and keep it locked away):"))
    try:
        if chosen.value != "unit":
            transfer.create_role_identity(opened, chosen.value, holder)
    finally:
        opened.close()
    whose = f" ({chosen.value}: {holder})" if holder else (
        f" ({chosen.value})" if chosen.value != "unit" else "")
    sys.stdout.write(f"Vault created for {args.unit}{whose} in {args.vault}.\n")
    return 0


def _show(title: str) -> Callable[[str], None]:
    """Print a new recovery key before it is committed: if it cannot be shown, nothing is."""

    def show(recovery: str) -> None:
        sys.stdout.write(f"{title}\n\n    {recovery}\n\n")
        sys.stdout.flush()

    return show


def status(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        info = session.status(s).to_json()
    emit(info, args.json, "\n".join(f"{k}: {v}" for k, v in info.items()))
    return 0


def passwd(args: argparse.Namespace) -> int:
    current = read_secret("Current passphrase: ", args.passphrase_file)
    new = read_secret("New passphrase: ", args.new_passphrase_file,
                      stdin_index=0 if args.passphrase_file else 1, confirm=True)
    with checked(session.unlock(args.vault, passphrase=current)) as s:
        session.change_passphrase(s, current, new, kdf=kdf_from(args))
    sys.stdout.write("Passphrase changed.\n")
    return 0


def _ask_rotation() -> Path | None:
    """At a terminal: ask whether to rotate the transfer keys too, and where the file goes."""
    answer = input("Also rotate the unit's transfer keys (after a suspected compromise)? [y/N] ")
    if answer.strip().lower() not in ("y", "yes", "j", "ja"):
        return None
    where = input("Write the rotation file for the other units to: ").strip()
    if not where:
        raise UsageError("No file given for the rotation; nothing was changed.")
    return transfer.check_new_file(Path(where))


def rekey(args: argparse.Namespace) -> int:
    rotate_out = args.rotate_transfer_keys
    if rotate_out is not None:
        transfer.check_new_file(rotate_out)  # refused before anything is asked
    passphrase = read_secret("Passphrase: ", args.passphrase_file)
    if rotate_out is None and sys.stdin.isatty():
        rotate_out = _ask_rotation()
    with checked(session.unlock(args.vault, passphrase=passphrase)) as s:
        if rotate_out is not None and transfer.own_identity(s) is None:
            raise UsageError("This vault has no transfer key to rotate; nothing was changed.")
        session.rekey(s, passphrase, kdf=kdf_from(args),
                      show_recovery=_show("New recovery key (shown once):"))
        sys.stdout.write(
            "The vault is re-encrypted under the new key above. The old recovery key no longer "
            "works.\n")
        sys.stdout.flush()
        if rotate_out is not None:
            change = transfer.rotate_key(s, rotate_out)
            sys.stdout.write(
                f"The transfer key is rotated: old fingerprint {change.old_fingerprint}, new "
                f"fingerprint {change.new_fingerprint}. Send {rotate_out} to every unit that "
                "trusts this one and read out the new fingerprint by phone.\n")
    return 0


def backup(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        size = session.backup(s, args.out)
    sys.stdout.write(f"Encrypted backup written to {args.out} ({size} bytes).\n")
    return 0


def restore(args: argparse.Namespace) -> int:
    if args.recovery_key_file is not None:
        opened = session.restore(args.source, args.to,
                                 recovery_key=read_file_secret(args.recovery_key_file))
    else:
        opened = session.restore(args.source, args.to,
                                 passphrase=read_secret("Passphrase: ", args.passphrase_file))
    opened.close()
    sys.stdout.write(f"Backup restored and verified into {args.to}.\n")
    return 0


def keyring_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        if args.action == "enable":
            session.enable_quick_unlock(s)
        else:
            session.disable_quick_unlock(s)
    sys.stdout.write(f"Quick unlock {args.action}d.\n")
    return 0


def audit_verify(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        report = audit_log.verify(s)
    text = (f"Audit log verified: {report.rows} rows, intact." if report.ok
            else f"Audit log FAILED verification: {report.problem}.")
    emit(report.to_json(), args.json, text)
    if not report.ok:
        raise IntegrityError(f"The audit log does not verify: {report.problem}.")
    return 0


def _progress_line(step: str, done: int, total: int) -> None:
    """Progress for a person at a terminal; scripts and logs get only the result."""
    if sys.stderr.isatty():
        sys.stderr.write(f"\rchecking {step}: {done}/{total}\x1b[K")
        if step == "done":
            sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def check(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        report = vault_check.run(s, progress=_progress_line)
    lines = [f"{f.step}: {f.where}" for f in report.findings]
    emit(report.to_json(), args.json, "\n".join([*lines, report.summary()]))
    if not report.ok:
        raise IntegrityError(report.summary())
    return 0


def audit_log_cmd(args: argparse.Namespace) -> int:
    with open_session(args) as s:
        rows = audit_log.entries(s, args.case)
    emit([r.to_json() for r in rows], args.json,
         "\n".join(f"{r.seq:>6} {r.at} {r.actor} {r.action} case={r.case_id}" for r in rows))
    return 0


