"""Locking while another thread still holds the vault's main connection.

A destruction of cases with large attachments cannot stop part-way and runs for seconds a
gigabyte, so a lock that comes meanwhile does not wait for it (``vault/closing.py``). The
connection is never closed under it: that crashed the process, or mixed up its statements, and
recorded an audit head naming rows not yet committed. The vault refuses new work from the lock
on, and the destruction's own thread closes it as it lets go: the destruction is whole or not
there at all, the head then recorded names only committed rows (no rollback alarm at the next
unlock), and the vault's lock is released.
"""

from __future__ import annotations

import io
import os
import threading
import time
from datetime import date, timedelta
from typing import Any

import pytest

from utvag.errors import RefusedError
from utvag.services import audit_log, cases, followup, retention
from utvag.services import session as session_service

LATER = date.today() + timedelta(days=6 * 366)  # five years after today's entries, and more
RECORDING = 32 << 20  # bytes a case: more than the page cache, so deleting writes the log


def test_a_lock_during_a_destruction_closes_the_vault_once_the_destruction_lets_go(
        make_vault: Any) -> None:
    handle = make_vault("vault")
    with handle.open() as session:
        ids = []
        for name in ("Alva Exempelsson", "Bo Påhittad", "Cleo Testberg"):
            case_id = cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1990-01-02"}})
            cases.attach(session, case_id, io.BytesIO(os.urandom(RECORDING)), "förhör.mp4")
            followup.close_case(session, case_id, "completed")
            ids.append(case_id)
    session = handle.open()
    log = handle.directory / "vault.db-wal"
    written = log.stat().st_size
    outcome: list[object] = []

    def destroy() -> None:
        try:
            outcome.append(len(retention.apply(session, LATER)))
        except RefusedError as exc:  # the lock came first, or before the compaction
            outcome.append(exc)

    worker = threading.Thread(target=destroy)
    worker.start()
    while worker.is_alive() and log.stat().st_size == written:  # until it is deleting
        time.sleep(0.001)
    session.close()  # the lock, which does not wait for the destruction
    assert not session.is_open
    with pytest.raises(RefusedError, match="locked"):
        cases.add_note(session, ids[0], "efter låsningen")
    worker.join()
    assert len(outcome) == 1
    with handle.open() as again:
        assert again.vault.rolled_back is None
        assert session_service.rollback_error(again) is None
        assert again.vault.verify_audit().ok
        destroyed = [e for e in audit_log.entries(again) if e.action == "retention.destroy"]
        assert (len(destroyed), len(cases.list_cases(again))) in ((3, 0), (0, 3))
