"""The audit log as the repository reads it: typed rows, oldest first, of one case or all."""

from __future__ import annotations

from utvag.vault import repo_audit
from utvag.vault.repo_audit import AuditEntry


def test_entries_are_typed_rows_oldest_first_of_one_case_or_all(make_vault):
    handle = make_vault("vault", cases=2)
    first, second = handle.case_ids
    with handle.open() as session:
        vault = session.vault
        with vault.transaction():
            vault.audit("case.read", first, {"records": 3})
            vault.audit("case.read", second)
        everything = repo_audit.entries(vault.conn)
        of_first = repo_audit.entries(vault.conn, first)
        latest = repo_audit.entries(vault.conn, limit=2)
    assert all(isinstance(e, AuditEntry) for e in everything)
    assert [e.seq for e in everything] == sorted(e.seq for e in everything)
    assert {e.case_id for e in of_first} == {first}
    assert of_first[-1].action == "case.read" and of_first[-1].detail == {"records": 3}
    assert [(e.case_id, e.action) for e in latest] == [(first, "case.read"),
                                                       (second, "case.read")]
    assert latest[-1].to_json() == {"seq": latest[-1].seq, "at": latest[-1].at,
                                    "actor": latest[-1].actor, "action": "case.read",
                                    "case_id": second, "detail": {}}
