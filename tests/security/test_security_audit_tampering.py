"""Someone with the data key and a raw SQLCipher connection edits the audit log behind Utväg's
back (after dropping the append-only triggers). ``utvag audit verify --json`` must notice every
kind of edit: exit 4, and the JSON names the first bad row or says the log is truncated."""

from __future__ import annotations

import json

import pytest

from utvag.services import cases
from utvag.vault.audit import GENESIS, row_hash

EXIT_INTEGRITY = 4


@pytest.fixture
def audited_vault(make_vault):
    """A closed vault with a dozen audit rows; returns (handle, data key, number of rows)."""
    handle = make_vault("vault", cases=3)
    with handle.open() as session:
        for case_id in handle.case_ids:
            cases.show_case(session, case_id)
            cases.add_note(session, case_id, "Samtal med handläggare.")
        key = session.vault.data_key()
        rows = session.vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert rows >= 10
    return handle, key, rows


def _raw(raw_connect, handle, key):
    conn = raw_connect(handle.db, key)
    conn.execute("DROP TRIGGER audit_is_append_only_update")
    conn.execute("DROP TRIGGER audit_is_append_only_delete")
    return conn


def _verify(run_cli, handle, secret_file):
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "audit", "verify", "--json")
    return result, json.loads(result.out)


def test_an_untouched_log_verifies(audited_vault, run_cli, secret_file):
    handle, _key, rows = audited_vault
    result, report = _verify(run_cli, handle, secret_file)
    assert result.code == 0
    assert report["ok"] is True and report["first_bad_seq"] is None
    assert report["rows"] == rows + 1  # this unlock is logged too


def _edit_row(conn, rows):
    conn.execute("UPDATE audit SET actor = 'someone else' WHERE seq = 3")
    return 3


def _edit_detail(conn, rows):
    conn.execute("""UPDATE audit SET detail = '{"method":"keyring"}' WHERE seq = 5""")
    return 5


def _edit_time(conn, rows):
    conn.execute("UPDATE audit SET at = '2020-01-01T00:00:00.000000+00:00' WHERE seq = 4")
    return 4


def _delete_middle_row(conn, rows):
    conn.execute("DELETE FROM audit WHERE seq = 4")
    return 4


def _swap_rows(conn, rows):
    conn.execute("UPDATE audit SET seq = -1 WHERE seq = 3")
    conn.execute("UPDATE audit SET seq = 3 WHERE seq = 6")
    conn.execute("UPDATE audit SET seq = 6 WHERE seq = -1")
    return 3


def _rewrite_row_consistently(conn, rows):
    """Change row 3 and recompute its hash: the next row's link breaks."""
    seq, at, _actor, action, case_id, detail, prev = conn.execute(
        "SELECT seq, at, actor, action, case_id, detail, prev_hash FROM audit WHERE seq = 3"
    ).fetchone()
    digest = row_hash(bytes(prev), seq, at, "someone else", action, case_id, detail)
    conn.execute("UPDATE audit SET actor = 'someone else', hash = ? WHERE seq = 3", (digest,))
    return 4


def _rewrite_tail_consistently(conn, rows):
    """Re-chain every row from 3 on: links hold, but the newest row no longer matches the head
    recorded (under a MAC) in the key file."""
    prev = bytes(conn.execute("SELECT hash FROM audit WHERE seq = 2").fetchone()[0])
    for seq, at, actor, action, case_id, detail in conn.execute(
            "SELECT seq, at, actor, action, case_id, detail FROM audit WHERE seq >= 3"
            " ORDER BY seq").fetchall():
        if seq == 3:
            actor = "someone else"
        digest = row_hash(prev, seq, at, actor, action, case_id, detail)
        conn.execute("UPDATE audit SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (actor, prev, digest, seq))
        prev = digest
    return rows


def _drop_newest_row(conn, rows):
    conn.execute("DELETE FROM audit WHERE seq = ?", (rows,))
    return rows


def _drop_newest_rows(conn, rows):
    conn.execute("DELETE FROM audit WHERE seq > ?", (rows - 3,))
    return "truncated"


def _drop_every_row(conn, rows):
    conn.execute("DELETE FROM audit")
    return "truncated"


TAMPERING = {
    "edit a row's actor": _edit_row,
    "edit a row's detail": _edit_detail,
    "edit a row's time": _edit_time,
    "delete a middle row": _delete_middle_row,
    "swap two rows' seq": _swap_rows,
    "rewrite a row with a fresh hash": _rewrite_row_consistently,
    "re-chain the tail": _rewrite_tail_consistently,
    "drop the newest row": _drop_newest_row,
    "drop the newest rows": _drop_newest_rows,
    "drop every row": _drop_every_row,
}


@pytest.mark.parametrize("tampering", list(TAMPERING))
def test_tampering_is_detected(tampering, audited_vault, raw_connect, run_cli, secret_file):
    handle, key, rows = audited_vault
    conn = _raw(raw_connect, handle, key)
    expected = TAMPERING[tampering](conn, rows)
    conn.close()

    result, report = _verify(run_cli, handle, secret_file)

    assert result.code == EXIT_INTEGRITY
    assert report["ok"] is False
    assert "audit log does not verify" in result.err
    if expected == "truncated":
        assert "truncated" in report["problem"]
    else:
        assert report["first_bad_seq"] == expected, report
        assert str(expected) in report["problem"]

    # The evidence survives further sessions: opening and closing must not "heal" it.
    again, report_again = _verify(run_cli, handle, secret_file)
    assert again.code == EXIT_INTEGRITY and report_again["ok"] is False


def test_a_forged_head_in_the_key_file_is_detected(audited_vault, raw_connect, run_cli,
                                                   secret_file):
    """Dropping the newest rows and moving the recorded head back to match fails on the MAC."""
    handle, key, rows = audited_vault
    conn = _raw(raw_connect, handle, key)
    keep = rows - 3
    conn.execute("DELETE FROM audit WHERE seq > ?", (keep,))
    digest = bytes(conn.execute("SELECT hash FROM audit WHERE seq = ?", (keep,)).fetchone()[0])
    conn.close()
    slots = json.loads(handle.keys.read_text(encoding="utf-8"))
    slots["audit_head"]["seq"] = keep
    slots["audit_head"]["hash"] = digest.hex()
    handle.keys.write_text(json.dumps(slots), encoding="utf-8")

    # The key file's seal already shows the edit, before the log is even read.
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "audit", "verify", "--json")
    assert result.code == EXIT_INTEGRITY
    assert "key file has been changed" in result.err


def test_the_genesis_link_is_checked(audited_vault, raw_connect, run_cli, secret_file):
    """Row 1 must link to the genesis value; pointing it elsewhere is an edit of row 1."""
    handle, key, _rows = audited_vault
    conn = _raw(raw_connect, handle, key)
    assert bytes(conn.execute("SELECT prev_hash FROM audit WHERE seq = 1").fetchone()[0]) \
        == GENESIS
    conn.execute("UPDATE audit SET prev_hash = ? WHERE seq = 1", (b"\x01" * 32,))
    conn.close()
    result, report = _verify(run_cli, handle, secret_file)
    assert result.code == EXIT_INTEGRITY and report["first_bad_seq"] == 1


def test_the_triggers_keep_the_log_append_only(audited_vault, raw_connect):
    """Without dropping the triggers, even a raw keyed connection cannot edit or delete rows."""
    import sqlcipher3

    handle, key, _rows = audited_vault
    conn = raw_connect(handle.db, key)
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET actor = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit WHERE seq = 2")


@pytest.mark.parametrize("drop_rows", [0, 3])
def test_removing_the_recorded_head_is_detected(drop_rows, audited_vault, raw_connect,
                                                run_cli, secret_file):
    """Without its recorded head the log could be cut short unseen, so a missing head is
    itself reported, and stays reported."""
    handle, key, rows = audited_vault
    if drop_rows:
        conn = _raw(raw_connect, handle, key)
        conn.execute("DELETE FROM audit WHERE seq > ?", (rows - drop_rows,))
        conn.close()
    slots = json.loads(handle.keys.read_text(encoding="utf-8"))
    del slots["audit_head"]
    handle.keys.write_text(json.dumps(slots), encoding="utf-8")

    for _ in range(2):
        result = run_cli("--vault", handle.directory, "--passphrase-file",
                         secret_file(handle.passphrase), "audit", "verify", "--json")
        assert result.code == EXIT_INTEGRITY
        assert "key file has been changed" in result.err
