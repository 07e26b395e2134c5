"""A received assessment must be on a form version this application loads with its rules: a
package whose signed assessment names a form version unknown here (a newer application's, or
one refused at load) is refused with a clear message, and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from transfer_service_helpers import Unit, audit_rows, dump_without_audit, special_defector_case

from utvag.errors import EXIT_INTEGRITY, UtvagError
from utvag.services import transfer
from utvag.vault import repo_assessments

Dump = Callable[[Any], dict[str, Any]]


def test_an_assessment_on_an_unknown_form_version_is_refused_and_nothing_stored(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    # A newer application at the sending unit re-assessed the case on a form version 3 that
    # this application does not have (stored as an import stores a received assessment).
    with hisingen.session.vault.transaction() as conn:
        signed = repo_assessments.current_signed(conn, case_id)
        assert signed is not None and signed.outcome is not None
        newer = repo_assessments.insert_signed_record(
            conn, case_id=case_id, form_id=signed.form_id, form_version=3,
            answers=signed.answers, outcome=signed.outcome, created_at=signed.created_at,
            created_by=signed.created_by, signed_at=str(signed.signed_at),
            signed_by=str(signed.signed_by))
        repo_assessments.set_superseded(conn, signed.id, newer)
    package = tmp_path / "out" / "case.utvp"
    package.parent.mkdir()
    # (this application cannot read its consent either: the disclosure names its legal ground)
    transfer.export_case(hisingen.session, case_id, "SAV", package,
                         legal_ground="OSL 26 kap. 9 §")
    receipt = tmp_path / "receipts" / "receipt.utvp"
    receipt.parent.mkdir()
    before, audit_before = dump_without_audit(table_dump, sav.conn), audit_rows(sav.conn)

    with pytest.raises(UtvagError) as caught:
        transfer.import_package(sav.session, package, receipt_out=receipt)

    assert caught.value.exit_code == EXIT_INTEGRITY
    assert "assessment on form version 3" in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert dump_without_audit(table_dump, sav.conn) == before
    assert [r[1] for r in audit_rows(sav.conn)[len(audit_before):]] == [
        "transfer.import_refused"]
    assert list(receipt.parent.iterdir()) == []


def test_an_assessment_on_a_released_form_version_is_imported(
        units: tuple[Unit, Unit], exported: tuple[Path, int], tmp_path: Path) -> None:
    _, sav = units
    result = transfer.import_package(sav.session, exported[0],
                                     receipt_out=tmp_path / "receipt.utvp")
    stored = sav.conn.execute("SELECT form_id, form_version FROM assessment").fetchall()
    assert stored == [("defector-assessment", 1)]
    assert result is not None
