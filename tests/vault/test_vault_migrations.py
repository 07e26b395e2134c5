"""Schema migrations by ``user_version``: one test per migration, from the version before it to
its own, plus the refusal of a vault written by a newer Utväg."""

from __future__ import annotations

import secrets

import pytest

from utvag.errors import RefusedError
from utvag.services import audit_log, cases
from utvag.vault import migrations
from utvag.vault.database import connect

# What each migration must leave behind. A new migration needs an entry here (and the test
# below fails until it has one), so no schema change ships untested.
EXPECTED: dict[int, dict[str, set[str]]] = {
    1: {
        "table": {"meta", "person", "case_record", "journal_note", "attachment",
                  "attachment_chunk", "audit", "search_index"},
        "trigger": {"journal_note_signed_is_immutable", "audit_is_append_only_update",
                    "audit_is_append_only_delete", "case_index_insert", "note_index_insert"},
        "index": {"person_number", "case_updated", "note_case", "audit_case"},
    },
    2: {
        "table": {"assessment"},
        "trigger": {"assessment_signed_is_immutable", "assessment_signed_is_undeletable"},
        "index": {"assessment_case"},
    },
    3: {
        "table": {"unit_key", "trusted_card", "transfer_counter", "sent_package",
                  "received_package", "transfer_sender", "disclosure"},
        "trigger": {"disclosure_is_append_only_update", "disclosure_is_append_only_delete"},
        "index": {"unit_key_current", "trusted_card_unit", "sent_package_case",
                  "received_package_case", "disclosure_case"},
    },
    4: {
        "table": {"intervention", "relative_link", "police_followup", "concern_report",
                  "state_funding", "case_due", "case_due_stale", "log_review_signoff",
                  "retention_hold", "destruction_record", "destruction_marker"},
        "trigger": {"case_due_on_insert", "case_due_on_update", "case_due_on_delete",
                    "assessment_due_update", "intervention_due_insert",
                    "journal_note_signed_is_undeletable"},
        "index": {"intervention_case", "relative_link_case", "police_followup_case",
                  "concern_report_case", "state_funding_case", "case_due_next",
                  "log_review_month", "retention_hold_case"},
    },
    5: {
        "table": {"high_risk_flag", "staff_incident", "risk_assessment", "case_assignment",
                  "conflict_of_interest"},
        "trigger": {"high_risk_flag_cleared_is_immutable", "risk_assessment_signed_is_immutable",
                    "risk_assessment_signed_is_undeletable",
                    "case_assignment_is_append_only_update",
                    "case_assignment_is_append_only_delete"},
        "index": {"high_risk_flag_case", "high_risk_flag_current", "staff_incident_case",
                  "risk_assessment_case", "risk_assessment_meeting", "case_assignment_case",
                  "conflict_of_interest_case"},
    },
    6: {
        "table": {"transfer_file", "superseded_package"},
        "trigger": set(),
        "index": {"sent_package_acknowledges"},
    },
    7: {"table": {"revoked_key"}},
    8: {
        "table": {"consent_withdrawal", "case_application", "case_decision",
                  "special_defector_decision", "person_separation"},
        "trigger": {"consent_withdrawal_is_append_only_update",
                    "consent_withdrawal_is_append_only_delete",
                    "case_decision_is_append_only_delete",
                    "special_defector_decision_is_append_only_delete"},
        "index": {"consent_withdrawal_case", "case_application_case", "case_decision_case",
                  "special_defector_decision_case"},
    },
    9: {
        "table": {"case_recency", "search_recent"},
        "trigger": {"recency_case_insert", "recency_case_update", "recency_case_delete",
                    "recency_person_update", "recency_note_insert", "recency_note_update",
                    "recency_note_delete"},
    },
    10: {
        "table": {"guardian", "consent_position"},
        "trigger": {"consent_position_is_append_only_update"},
        "index": {"guardian_case", "consent_position_case"},
    },
    11: {"table": {"unit_incident"}, "index": {"unit_incident_occurred"}},
    12: {
        "table": {"case_need", "need_intervention", "need_followup"},
        "trigger": {"need_intervention_due_insert", "need_followup_due_insert"},
        "index": {"case_need_case", "need_intervention_case", "need_followup_case"},
    },
    13: {
        "table": {"concern_conversation"},
        "trigger": {"concern_report_due_update_old"},
        "index": {"concern_report_person", "concern_report_open",
                  "concern_conversation_report"},
    },
    14: {
        "table": {"police_threat", "custody_period"},
        "index": {"police_threat_case", "custody_period_case"},
        "trigger": {f"{t}_due_{e}" for t in ("police_threat", "custody_period")
                    for e in ("insert", "update", "delete")},
    },
    15: {
        "table": {"consultation", "consultation_received"},
        "trigger": {"consultation_due_insert", "consultation_due_update",
                    "consultation_due_delete"},
        "index": {"consultation_case"},
    },
    16: {
        "table": {"incident_report_received", "log_review_received",
                  "log_review_signature_received"},
        "trigger": {"incident_report_is_append_only", "log_review_signed_once"},
        "index": {"incident_report_case"},
    },
    17: {},  # a column: received_package.sent_at (tests/vault/test_vault_sent_at_migration.py)
    18: {"table": {"kept_text"}, "trigger": {"kept_text_leaves_with_case"}},
    19: {},  # two columns: case_application.applied_for and .attachment_id
    #          (tests/vault/test_vault_application_content_migration.py)
}
# How to take a vault back from a migration's version to the one before it (for the whole-vault
# test, which undoes every later migration first, newest first).
UNDO: dict[int, list[str]] = {
    2: ["DROP TABLE assessment"],
    3: ["DROP TABLE disclosure", "DROP TABLE sent_package", "DROP TABLE received_package",
        "DROP TABLE transfer_sender", "DROP TABLE transfer_counter", "DROP TABLE trusted_card",
        "DROP TABLE unit_key"],
    4: [*(f"DROP TABLE {t}" for t in (
            "intervention", "relative_link", "police_followup", "concern_report",
            "state_funding", "case_due", "case_due_stale", "log_review_signoff",
            "retention_hold", "destruction_record", "destruction_marker")),
        *(f"DROP TRIGGER {n}" for n in (
            "case_due_on_insert", "case_due_on_update", "case_due_on_delete",
            "assessment_due_insert", "assessment_due_update", "assessment_due_delete",
            "journal_note_signed_is_undeletable", "assessment_signed_is_undeletable",
            "disclosure_is_append_only_delete")),
        "CREATE TRIGGER assessment_signed_is_undeletable BEFORE DELETE ON assessment"
        " WHEN OLD.state = 'signed' BEGIN"
        " SELECT RAISE(ABORT, 'signed assessments are immutable'); END",
        "CREATE TRIGGER disclosure_is_append_only_delete BEFORE DELETE ON disclosure BEGIN"
        " SELECT RAISE(ABORT, 'disclosure records are append-only'); END"],
    5: [*(f"DROP TABLE {t}" for t in (
            "high_risk_flag", "staff_incident", "risk_assessment", "case_assignment",
            "conflict_of_interest")),
        "ALTER TABLE person DROP COLUMN address",
        "ALTER TABLE disclosure DROP COLUMN legal_ref",
        "ALTER TABLE disclosure DROP COLUMN recipient_authority",
        "ALTER TABLE disclosure DROP COLUMN consent_assessment_id",
        "ALTER TABLE disclosure DROP COLUMN identity_revealed"],
    6: ["DROP TABLE transfer_file", "DROP TABLE superseded_package",
        "DROP INDEX sent_package_acknowledges",
        *(f"ALTER TABLE sent_package DROP COLUMN {c}" for c in (
            "sealed", "acknowledges", "placed_at", "superseded_by", "supersedes"))],
    7: ["DROP TABLE revoked_key"],
    # the widened status check stays: every row of the older schema satisfies it
    8: [f"DROP TABLE {t}" for t in ("consent_withdrawal", "case_application", "case_decision",
                                     "special_defector_decision", "person_separation")],
    9: [*(f"DROP TRIGGER recency_{n}" for n in (
            "case_insert", "case_update", "case_delete", "person_update", "note_insert",
            "note_update", "note_delete")),
         "DROP TABLE search_recent", "DROP TABLE case_recency",
         "DELETE FROM meta WHERE key = 'search_recency_incomplete'"],
    10: ["DROP TABLE consent_position", "DROP TABLE guardian"],
    11: ["DROP TABLE unit_incident"],
    12: ["DROP TABLE need_followup", "DROP TABLE need_intervention", "DROP TABLE case_need",
         "ALTER TABLE disclosure DROP COLUMN harm_test"],
    13: ["DROP TABLE concern_conversation", "DROP TABLE concern_report",
         "CREATE TABLE concern_report (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL"
         " REFERENCES case_record (id), received_at TEXT NOT NULL, protection_assessed_at TEXT,"
         " preliminary_assessed_at TEXT, created_at TEXT NOT NULL, created_by TEXT NOT NULL)"
         " STRICT",
         "CREATE INDEX concern_report_case ON concern_report (case_id)",
         *(f"CREATE TRIGGER concern_report_due_{e.lower()} AFTER {e} ON concern_report BEGIN"
           f" INSERT OR IGNORE INTO case_due_stale (case_id) VALUES ({r}.case_id); END"
           for e, r in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")))],
    14: ["DROP TABLE police_threat", "DROP TABLE custody_period",
         "DELETE FROM meta WHERE key = 'due_settings'"],
    # the widened kind checks stay: every row of the older schema satisfies them
    15: ["DROP TABLE consultation", "DROP TABLE consultation_received"],
    16: ["DROP TABLE log_review_signature_received", "DROP TABLE log_review_received",
         "DROP TABLE incident_report_received"],
    17: ["ALTER TABLE received_package DROP COLUMN sent_at"],
    18: ["DROP TRIGGER kept_text_leaves_with_case", "DROP TABLE kept_text"],
    19: ["ALTER TABLE case_application DROP COLUMN attachment_id",
         "ALTER TABLE case_application DROP COLUMN applied_for"],
}


def _objects(conn) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"table": set(), "trigger": set(), "index": set()}
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
        if kind in found and not name.startswith("sqlite_"):
            found[kind].add(name)
    return found


def _schema(conn) -> list[tuple[str, str, str]]:
    return sorted(conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall())


def test_every_migration_has_a_test():
    assert set(migrations.MIGRATIONS) <= set(EXPECTED), \
        "add the new migration's objects to EXPECTED (and its undo to UNDO)"
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.LATEST + 1))


@pytest.mark.parametrize("number", sorted(migrations.MIGRATIONS))
def test_migration_from_the_previous_version(number, tmp_path):
    conn = connect(tmp_path / "vault.db", secrets.token_bytes(32), create=True)
    try:
        assert migrations.migrate(conn, target=number - 1) == list(range(1, number))
        before = _objects(conn)
        if number > 1:  # data written under the previous schema survives
            conn.execute("INSERT INTO meta (key, value) VALUES ('probe', 'kept')")

        assert migrations.migrate(conn, target=number) == [number]

        assert migrations.current_version(conn) == number
        after = _objects(conn)
        for kind, names in EXPECTED[number].items():
            assert names <= after[kind] - before[kind], (kind, names - after[kind])
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if number > 1:
            assert conn.execute("SELECT value FROM meta WHERE key = 'probe'").fetchone() \
                == ("kept",)
        assert migrations.migrate(conn, target=number) == []  # applying again does nothing
    finally:
        conn.close()


def test_step_by_step_equals_a_new_vault(tmp_path, make_vault, raw_connect):
    """Migrating one version at a time gives exactly the schema a new vault gets."""
    conn = connect(tmp_path / "stepwise.db", secrets.token_bytes(32), create=True)
    try:
        for number in sorted(migrations.MIGRATIONS):
            migrations.migrate(conn, target=number)
        stepwise = _schema(conn)
    finally:
        conn.close()
    handle = make_vault("fresh")
    with handle.open() as session:
        key = session.vault.data_key()
    fresh = raw_connect(handle.db, key)
    assert _schema(fresh) == stepwise
    assert migrations.current_version(fresh) == migrations.LATEST


@pytest.mark.parametrize("number", sorted(n for n in UNDO if n in migrations.MIGRATIONS))
def test_a_vault_of_the_previous_version_is_upgraded_on_unlock(number, make_vault,
                                                              raw_connect):
    handle = make_vault("vault", cases=2)
    with handle.open() as session:
        cases.add_note(session, handle.case_ids[0], "Före uppgraderingen.")
        key = session.vault.data_key()
    conn = raw_connect(handle.db, key)
    for later in range(migrations.LATEST, number - 1, -1):
        for statement in UNDO[later]:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {number - 1}")
    conn.close()

    with handle.open() as session:
        assert migrations.current_version(session.vault.conn) == migrations.LATEST
        for later in range(number, migrations.LATEST + 1):
            assert EXPECTED[later].get("table", set()) <= _objects(session.vault.conn)["table"]
        assert {c.id for c in cases.list_cases(session)} == set(handle.case_ids)
        notes = cases.show_case(session, handle.case_ids[0]).notes
        assert [n.text for n in notes] == ["Före uppgraderingen."]
        assert audit_log.verify(session).ok


def test_schema_8_accepts_awaiting_transfer_and_keeps_refusing_unknown_statuses(tmp_path):
    conn = connect(tmp_path / "vault.db", secrets.token_bytes(32), create=True)
    try:
        migrations.migrate(conn, target=7)
        conn.execute("INSERT INTO person (id, name, created_at, updated_at)"
                     " VALUES (1, 'P', 'x', 'x')")
        insert = ("INSERT INTO case_record (case_number, type, status, person_id, owning_unit,"
                  " caseworker, opened_at, updated_at) VALUES (?, 'defector', ?, 1, 'Nordost',"
                  " 'u', 'x', 'x')")
        with pytest.raises(Exception, match="CHECK"):
            conn.execute(insert, ("NO-1", "awaiting_transfer"))
        conn.execute(insert, ("NO-2", "investigation"))
        migrations.migrate(conn, target=8)
        conn.execute(insert, ("NO-3", "awaiting_transfer"))
        with pytest.raises(Exception, match="CHECK"):
            conn.execute(insert, ("NO-4", "waiting"))
        assert conn.execute("SELECT count(*) FROM search_index").fetchone() == (2,)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_a_vault_from_a_newer_version_is_refused_unchanged(make_vault, raw_connect,
                                                           file_hashes, run_cli, secret_file):
    handle = make_vault("vault", cases=1)
    with handle.open() as session:
        key = session.vault.data_key()
    conn = raw_connect(handle.db, key)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    before = file_hashes(handle.directory)

    with pytest.raises(RefusedError, match="newer Utväg"):
        handle.open()
    result = run_cli("--vault", handle.directory, "--passphrase-file",
                     secret_file(handle.passphrase), "status", "--json")

    assert result.code == 6
    assert f"schema {migrations.LATEST + 1}" in result.err and "Update Utväg" in result.err
    assert file_hashes(handle.directory) == before
