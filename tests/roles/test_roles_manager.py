"""The unit manager's view (seeds 000 and the Police report routine): incident reports from a
caseworker's vault to the manager's, the manager's list of incidents and high-risk cases, and the
caseworker's log review signed by the manager — between real vaults; misaddressed, tampered and
replayed packages of kinds 5, 6 and 7 are refused and change nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from roles_helpers import Person, exchange
from transfer_service_helpers import dump_without_audit

from utvag.errors import IntegrityError, RefusedError, ValidationError
from utvag.services import cases, high_risk, incident_report, log_review, log_review_exchange
from utvag.transfer import EntrySource, MemorySink, PackageKind, open_package, seal_package

MONTH = datetime.now(UTC).strftime("%Y-%m")


@pytest.fixture
def unit(people: dict[str, Person], tmp_path: Path) -> dict[str, Person]:
    exchange(people["anna"], people["maria"], tmp_path)
    return people


def _incident(anna: Person) -> tuple[int, int]:
    session = anna.session
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Fiktiv Person", "birth_date": "1990-01-01"}})
    high_risk.flag_case(session, case_id, {"grounds": ["serious_threat"]})
    incident_id = high_risk.add_incident(session, case_id, {
        "occurred_at": "2026-11-02T10:15", "kind": "serious_threat", "staff": "AB",
        "description": "Hot i receptionen efter beslutet.", "support_offered":
            ["occupational_health"], "police_reported_on": "2026-11-03",
        "police_report_number": "5000-K123-26"})
    return case_id, incident_id


def test_an_incident_reaches_the_manager_who_sees_incidents_and_high_risk_cases(
        unit: dict[str, Person], tmp_path: Path) -> None:
    anna, maria = unit["anna"], unit["maria"]
    case_id, incident_id = _incident(anna)
    assert incident_report.has_manager(anna.session)
    out = tmp_path / "incident.utvp"
    sent = incident_report.send_incident_report(anna.session, incident_id, out)
    assert sent.manager == "Maria Lind (Hisingen)" and out.is_file()

    received = incident_report.import_incident_report(maria.session, out)
    view = incident_report.manager_view(maria.session)
    [incident] = view.incidents
    assert incident.case_number == received.case_number == sent.case_number
    assert incident.caseworker == "Anna Berg" and incident.kind == "serious_threat"
    assert incident.police_report == "reported"
    assert incident.police_report_number == "5000-K123-26"
    assert incident.support_offered == ("occupational_health",)
    assert [c.to_json() for c in view.high_risk_cases] == [{"case_number": sent.case_number,
                                        "caseworker": "Anna Berg",
                                        "grounds": ["serious_threat"], "incidents": 1}]
    assert "Fiktiv" not in str(view)  # the report names the case, never the person
    with pytest.raises(ValidationError, match="manager's vault"):
        incident_report.manager_view(anna.session)
    assert case_id


def test_the_manager_signs_the_caseworkers_log_review(unit: dict[str, Person],
                                                      tmp_path: Path) -> None:
    anna, maria = unit["anna"], unit["maria"]
    _incident(anna)
    with pytest.raises(RefusedError, match="manager signs"):
        log_review.sign_off(anna.session, MONTH, "no_remarks", "Själv")
    review = tmp_path / "review.utvp"
    sent = log_review_exchange.export_log_review(anna.session, MONTH, review)
    assert sent.entries > 0
    got = log_review_exchange.import_log_review(maria.session, review)
    [listed] = log_review_exchange.received_reviews(maria.session)
    assert listed.caseworker == "Anna Berg" and listed.signed_at is None
    signature = tmp_path / "signature.utvp"
    assert got.record_id is not None
    log_review_exchange.sign_log_review(maria.session, got.record_id, "no_remarks",
                                        "Stickprov kontrollerat", signature)
    with pytest.raises(RefusedError, match="was signed"):
        log_review_exchange.sign_log_review(maria.session, got.record_id, "remarks", "Igen",
                                            tmp_path / "again.utvp")
    done = log_review_exchange.import_log_review_signature(anna.session, signature)
    assert done.month == MONTH and done.outcome == "no_remarks"
    [signoff] = log_review.signoffs(anna.session, MONTH)
    assert signoff.reviewer == "Maria Lind (manager)" and signoff.digest == sent.digest


def _readdressed(source: Path, opener: Person, sender: Person, recipient: Person,
                 kind: PackageKind, out: Path, signer: Person | None = None) -> Path:
    """A genuine package of *kind*, opened by its recipient and sealed again (by its sender, or
    by *signer*) to another card — what no vault's services would write."""
    sink = MemorySink()
    with source.open("rb") as handle:
        opened = open_package(handle, identity=opener.identity(),
                              trusted=[sender.identity().card], sink=sink, expected_kind=kind)
    entries = [EntrySource.from_bytes(e.name, sink.entries[e.name])
               for e in opened.manifest.entries]
    with out.open("wb") as handle:
        seal_package(handle, sender=(signer or sender).identity(),
                     recipient=recipient.identity().card, sequence=2**41, entries=entries,
                     kind=kind)
    return out


def test_misaddressed_tampered_and_replayed_packages_change_nothing(
        unit: dict[str, Person], tmp_path: Path,
        table_dump: Callable[[Any], dict[str, Any]]) -> None:
    anna, bo, maria = unit["anna"], unit["bo"], unit["maria"]
    _incident(anna)
    report = tmp_path / "incident.utvp"
    incident_report.send_incident_report(anna.session, 1, report)
    review = tmp_path / "review.utvp"
    log_review_exchange.export_log_review(anna.session, MONTH, review)

    # Sent to a non-manager card: Bo's vault trusts Anna, but is no manager.
    exchange(anna, bo, tmp_path)
    for kind, source in ((PackageKind.INCIDENT_REPORT, report),
                         (PackageKind.LOG_REVIEW, review)):
        wrong = _readdressed(source, maria, anna, bo, kind, tmp_path / f"to-bo-{kind.value}")
        before = dump_without_audit(table_dump, bo.conn)
        with pytest.raises(IntegrityError, match="role is caseworker"):
            (incident_report.import_incident_report if kind is PackageKind.INCIDENT_REPORT
             else log_review_exchange.import_log_review)(bo.session, wrong)
        assert dump_without_audit(table_dump, bo.conn) == before
    # The manager's vault never opens a package addressed to someone else.
    with pytest.raises(IntegrityError, match="is for"):
        incident_report.import_incident_report(
            maria.session, _readdressed(report, maria, anna, bo,
                                        PackageKind.INCIDENT_REPORT, tmp_path / "bo2"))

    before = dump_without_audit(table_dump, maria.conn)
    data = bytearray(report.read_bytes())
    data[-100] ^= 0x40
    (tmp_path / "tampered.utvp").write_bytes(bytes(data))
    with pytest.raises(IntegrityError, match="changed after it was signed"):
        incident_report.import_incident_report(maria.session, tmp_path / "tampered.utvp")
    with pytest.raises(IntegrityError, match="another kind"):
        incident_report.import_incident_report(maria.session, review)
    assert dump_without_audit(table_dump, maria.conn) == before

    incident_report.import_incident_report(maria.session, report)
    got = log_review_exchange.import_log_review(maria.session, review)
    before = dump_without_audit(table_dump, maria.conn)
    with pytest.raises(IntegrityError, match="already been imported"):
        incident_report.import_incident_report(maria.session, report)
    with pytest.raises(IntegrityError, match="already been imported"):
        log_review_exchange.import_log_review(maria.session, review)
    assert dump_without_audit(table_dump, maria.conn) == before

    signature = tmp_path / "signature.utvp"
    assert got.record_id is not None
    log_review_exchange.sign_log_review(maria.session, got.record_id, "remarks", "Fråga AB",
                                        signature)
    # A signature only a manager may give: Bo (a caseworker) re-sealing it to Anna is refused.
    forged = _readdressed(signature, anna, maria, anna, PackageKind.LOG_REVIEW_SIGNATURE,
                          tmp_path / "forged.utvp", signer=bo)
    before = dump_without_audit(table_dump, anna.conn)
    with pytest.raises(IntegrityError, match="comes only from a manager"):
        log_review_exchange.import_log_review_signature(anna.session, forged)
    data = bytearray(signature.read_bytes())
    data[200] ^= 0x01
    (tmp_path / "sig-tampered.utvp").write_bytes(bytes(data))
    with pytest.raises(IntegrityError):
        log_review_exchange.import_log_review_signature(anna.session,
                                                        tmp_path / "sig-tampered.utvp")
    assert dump_without_audit(table_dump, anna.conn) == before
    log_review_exchange.import_log_review_signature(anna.session, signature)
    before = dump_without_audit(table_dump, anna.conn)
    with pytest.raises(IntegrityError, match="already been imported"):
        log_review_exchange.import_log_review_signature(anna.session, signature)
    assert dump_without_audit(table_dump, anna.conn) == before
