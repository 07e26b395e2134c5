"""The application travels with its content (guideline, "Överflyttning": the receiving board
«inleder utredning utifrån den redan inkomna ansökan»): what was applied for and the written
application arrive at the receiving board, the written application linked to the receiver's own
copy of the attachment. An application recorded without content travels as before (a receiver
older than schema 19 accepts it); a package whose application breaks the rules is refused and
the receiver keeps nothing."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_transfer_service_refusals import _entries_of, _forged
from transfer_service_helpers import Unit, dump_without_audit, special_defector_case

from utvag.errors import IntegrityError, RefusedError
from utvag.services import cases, decisions, transfer

APPLIED_FOR = "Stöd att lämna nätverket.\nSkyddat boende utanför Göteborg och en kontaktperson."
WRITTEN = b"%PDF-1.4 Ansokan om stod, undertecknad av individen."
Dump = Callable[[Any], dict[str, Any]]


def _case_with_application(hisingen: Unit, **content: Any) -> int:
    case_id = special_defector_case(hisingen)
    if content.pop("written", False):
        content["attachment_id"] = cases.attach(hisingen.session, case_id, io.BytesIO(WRITTEN),
                                                "ansökan.pdf")
    decisions.record_application(hisingen.session, case_id, date.today().isoformat(),
                                 "individual", **content)
    return case_id


def test_what_was_applied_for_and_the_written_application_reach_the_receiving_board(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = _case_with_application(hisingen, applied_for=APPLIED_FOR, written=True)
    preview = transfer.export_preview(hisingen.session, case_id)
    assert preview.application and preview.application_content
    # SAV's vault already holds attachments: ids are a vault's own and differ at the receiver
    own = cases.new_case(sav.session, {"type": "defector", "person": {
        "name": "Annan Person", "birth_date": "1980-02-02"}})
    for number in range(5):
        cases.attach(sav.session, own, io.BytesIO(b"x"), f"egen-{number}.txt")

    package = tmp_path / "to-sav.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", package)
    carried = json.loads(_entries_of(sav, hisingen, package)["case.json"])["application"]
    assert carried["applied_for"] == APPLIED_FOR
    assert carried["attachment"].startswith("attachments/ansökan")  # its entry in the package
    arrived = transfer.import_package(sav.session, package)

    (application,) = decisions.records(sav.session, arrived.case_id).case_application
    assert application.applied_for == APPLIED_FOR
    assert application.attachment_name == "ansökan.pdf"
    assert application.attachment_id is not None
    assert cases.read_attachment(sav.session, arrived.case_id,
                                 application.attachment_id) == WRITTEN
    sent = decisions.records(hisingen.session, case_id).case_application[0]
    assert application.attachment_id != sent.attachment_id  # SAV's own copy, not Hisingen's id
    assert application.source_case_number == cases.get_case(hisingen.session,
                                                            case_id).case_number


def test_an_application_without_content_travels_as_older_receivers_read_it(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = _case_with_application(hisingen)
    preview = transfer.export_preview(hisingen.session, case_id)
    assert preview.application and not preview.application_content

    package = tmp_path / "to-sav.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", package)
    carried = json.loads(_entries_of(sav, hisingen, package)["case.json"])["application"]
    assert set(carried) == {"received_on", "applicant_kind", "applicant"}  # as before schema 19
    arrived = transfer.import_package(sav.session, package)
    (application,) = decisions.records(sav.session, arrived.case_id).case_application
    assert (application.applied_for, application.attachment_id) == (None, None)


@pytest.mark.parametrize(("member", "value", "field"), [
    ("applied_for", "Skyddat boende\u202eatad", "application.applied_for"),
    ("applied_for", "Skyddat boende\x1b[2J", "application.applied_for"),
    ("applied_for", "x" * (decisions.MAX_TEXT + 1), "application.applied_for"),
    ("applied_for", " ", "application.applied_for"),
    ("applied_for", 42, "application.applied_for"),
    ("attachment", "attachments/finns-inte.pdf", "application.attachment"),
    ("attachment", "case.json", "application.attachment"),
    ("attachment", ["attachments/ansökan.pdf"], "application.attachment"),
    ("written_by", "Någon", "application"),  # a member this version does not know
])
def test_a_received_application_that_breaks_the_rules_is_refused_and_nothing_kept(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump, member: str, value: Any,
        field: str) -> None:
    hisingen, sav = units
    case_id = _case_with_application(hisingen, applied_for=APPLIED_FOR, written=True)
    package = tmp_path / "honest.utvp"
    transfer.export_case(hisingen.session, case_id, "SAV", package)
    entries = _entries_of(sav, hisingen, package)
    case = json.loads(entries["case.json"])
    case["application"][member] = value
    changed = {**entries, "case.json": json.dumps(case).encode()}
    bad = _forged(hisingen, sav, changed, changed, tmp_path / "bad.utvp")  # Hisingen's own key

    before = dump_without_audit(table_dump, sav.conn)
    for attempt in (transfer.preview_package, transfer.import_package):
        with pytest.raises(IntegrityError, match=rf"not valid \({field}\)"):
            attempt(sav.session, bad)
    assert dump_without_audit(table_dump, sav.conn) == before
    assert cases.list_cases(sav.session) == []

    # The honest package, forged the same way, does import: the refusal was the member.
    good = _forged(hisingen, sav, entries, entries, tmp_path / "good.utvp")
    arrived = transfer.import_package(sav.session, good)
    (application,) = decisions.records(sav.session, arrived.case_id).case_application
    assert application.applied_for == APPLIED_FOR


def test_a_stored_content_a_receiver_would_refuse_is_found_before_anything_is_sealed(
        units: tuple[Unit, Unit], tmp_path: Path, table_dump: Dump) -> None:
    hisingen, _ = units
    case_id = _case_with_application(hisingen, applied_for=APPLIED_FOR)
    with hisingen.session.vault.transaction() as conn:  # written past the service's check
        conn.execute("UPDATE case_application SET applied_for = ?",
                     ("Skyddat boende\u202eatad",))
    out = tmp_path / "to-sav.utvp"
    before = table_dump(hisingen.conn)
    with pytest.raises(RefusedError, match=r"would refuse \(application\.applied_for\)"):
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert not out.exists() and table_dump(hisingen.conn) == before

    decisions.record_application(hisingen.session, case_id, date.today().isoformat(),
                                 "individual", applied_for=APPLIED_FOR)  # the newest travels
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert out.exists()
