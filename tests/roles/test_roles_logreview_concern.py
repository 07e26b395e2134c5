"""Accesses to concern reports (*orosanmälan*) are part of the log review, with a case or
without one: reading a report that belongs to no case shows up in the month's queue, travels in
the review package to the unit manager, who sees it and signs it, and a review package made
before concern reports were reviewed (document version 1) still opens at the manager's vault.
All between real vaults."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from roles_helpers import Person, exchange

from utvag.domain.log_review import Access, QueueEntry, ReviewReason, queue_digest
from utvag.errors import IntegrityError
from utvag.services import cases, concern, log_review, log_review_exchange
from utvag.services.session import Session
from utvag.transfer import EntrySource, MemorySink, PackageKind, open_package, seal_package
from utvag.vault import repo_cases

MONTH = datetime.now(UTC).strftime("%Y-%m")
RECEIVED = "2025-03-03T08:00Z"


@pytest.fixture
def unit(people: dict[str, Person], tmp_path: Path) -> dict[str, Person]:
    exchange(people["anna"], people["maria"], tmp_path)
    return people


def caseless_report(session: Session, protected: str = "none") -> int:
    return concern.new_report(session, {"received_at": RECEIVED, "reporter_type": "school",
                                        "child": {"name": "Elsa Barnsdotter",
                                                  "birth_date": "2013-06-15",
                                                  "protected_identity": protected}})


def concern_entries(session: Session) -> list[log_review.ReviewEntry]:
    queue = log_review.review_queue_of(session, MONTH)
    return [e for e in queue.entries if e.action.startswith("concern_")
            or e.concern_report_id is not None]


def test_reading_a_concern_report_without_a_case_is_in_the_next_review(
        unit: dict[str, Person]) -> None:
    session = unit["anna"].session
    concern.list_reports(session)  # nothing to list yet: no access to a report
    report_id = caseless_report(session)
    before = {(e.action, e.concern_report_id) for e in concern_entries(session)}
    assert ("concern_report.add", report_id) in before
    assert ("concern_report.read", report_id) not in before
    assert ("concern_report.list", None) not in before

    concern.show_report(session, report_id)
    entries = concern_entries(session)
    [read] = [e for e in entries if e.action == "concern_report.read"]
    assert read.concern_report_id == report_id and read.case_id is None
    assert read.case_number is None and read.reason == "concern_report"
    assert read.actor == session.actor


def test_every_access_to_a_concern_report_is_reviewed_not_sampled(
        unit: dict[str, Person]) -> None:
    """Changing, adding to, listing and linking reports — without a case and with one — and a
    protected child's identity revealed: all in the queue, never left to the sample."""
    session = unit["anna"].session
    # a case that nothing else would put in the queue: only sampled, and the sample is empty
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": "Elsa Barnsdotter", "birth_date": "2013-06-15"}})
    child = repo_cases.get_case(session.vault.conn, case_id)
    assert child is not None
    report_id = concern.new_report(session, {"received_at": RECEIVED, "person_id":
                                             child.person.id})
    concern.record_protection(session, report_id, "2025-03-03T09:00Z",
                              "no_immediate_protection_needed")
    concern.add_conversation(session, report_id, {"held_on": "2025-03-04",
                                                  "with_whom": ["child"]})
    concern.list_reports(session)
    hidden = caseless_report(session, "skyddad_folkbokforing")
    concern.show_report(session, hidden, reveal_identity=True)
    concern.link_case(session, report_id, case_id)
    concern.show_report(session, report_id)

    entries, _numbers = log_review.queue(session, MONTH, sample_size=0)
    seen = [(e.access.action, e.access.concern_report_id, e.access.case_id, e.reason.value)
            for e in entries]
    assert ("concern_report.update", report_id, None, "concern_report") in seen
    assert ("concern_conversation.add", report_id, None, "concern_report") in seen
    assert ("concern_report.list", None, None, "concern_report") in seen
    assert ("concern_report.read", hidden, None, "protected_identity") in seen
    assert ("identity.reveal", hidden, None, "protected_identity") in seen
    assert ("concern_report.link", report_id, case_id, "concern_report") in seen
    assert ("concern_report.read", report_id, case_id, "concern_report") in seen
    # the case's own accesses (creating it) are still only sampled
    assert not [s for s in seen if s[0] == "case.create"]


def test_the_manager_sees_and_signs_a_caseless_concern_access(
        unit: dict[str, Person], tmp_path: Path) -> None:
    anna, maria = unit["anna"], unit["maria"]
    report_id = caseless_report(anna.session)
    concern.show_report(anna.session, report_id)
    review = tmp_path / "review.utvp"
    sent = log_review_exchange.export_log_review(anna.session, MONTH, review)
    got = log_review_exchange.import_log_review(maria.session, review)

    [listed] = log_review_exchange.received_reviews(maria.session)
    assert listed.version == 2 and listed.concern_accesses >= 2
    reads = [e for e in listed.entries if e.action == "concern_report.read"]
    assert reads == [replace(reads[0], concern_report_id=report_id, case_id=None,
                             case_number=None, reason="concern_report")]
    # the review names the report, never the child
    assert "Elsa" not in json.dumps(listed.to_json())

    assert got.record_id is not None
    signature = tmp_path / "signature.utvp"
    log_review_exchange.sign_log_review(maria.session, got.record_id, "no_remarks",
                                        "Läsningen av orosanmälan kontrollerad", signature)
    done = log_review_exchange.import_log_review_signature(anna.session, signature)
    assert done.outcome == "no_remarks"
    [signoff] = log_review.signoffs(anna.session, MONTH)
    assert signoff.digest == sent.digest == log_review.review_queue_of(
        anna.session, MONTH).digest


def _as_version_1(review: Path, anna: Person, maria: Person, out: Path) -> Path:
    """The review as a vault before this change wrote it: document version 1, no concern
    report member, sealed by Anna's key to Maria's card."""
    sink = MemorySink()
    with review.open("rb") as handle:
        open_package(handle, identity=maria.identity(), trusted=[anna.identity().card],
                     sink=sink, expected_kind=PackageKind.LOG_REVIEW)
    doc = json.loads(sink.entries["log-review.json"])
    doc["version"] = 1
    doc["entries"] = [{k: v for k, v in e.items() if k != "concern_report_id"}
                      for e in doc["entries"] if e["case_id"] is not None]
    doc["digest"] = queue_digest([QueueEntry(Access(e["seq"], e["at"], e["actor"], e["action"],
                                                    e["case_id"]), ReviewReason(e["reason"]))
                                  for e in doc["entries"]])
    data = json.dumps(doc, ensure_ascii=False, sort_keys=True).encode()
    with out.open("wb") as handle:
        seal_package(handle, sender=anna.identity(), recipient=maria.identity().card,
                     sequence=2**40, entries=[EntrySource.from_bytes("log-review.json", data)],
                     kind=PackageKind.LOG_REVIEW)
    return out


def test_a_review_package_of_the_old_format_still_opens(unit: dict[str, Person],
                                                        tmp_path: Path) -> None:
    anna, maria = unit["anna"], unit["maria"]
    cases.new_case(anna.session, {"type": "high_risk", "person": {
        "name": "Fiktiv Person", "birth_date": "1990-01-01"}})
    review = tmp_path / "review.utvp"
    log_review_exchange.export_log_review(anna.session, MONTH, review)
    old = _as_version_1(review, anna, maria, tmp_path / "old.utvp")

    got = log_review_exchange.import_log_review(maria.session, old)
    [listed] = log_review_exchange.received_reviews(maria.session)
    assert listed.version == 1 and listed.entries and listed.concern_accesses == 0
    assert got.entries == len(listed.entries)
    assert got.record_id is not None
    signature = tmp_path / "signature.utvp"
    log_review_exchange.sign_log_review(maria.session, got.record_id, "no_remarks", "Ok",
                                        signature)
    # the month had no access to a concern report, so its queue is the one that was sent
    assert log_review_exchange.import_log_review_signature(anna.session, signature).outcome \
        == "no_remarks"


def test_a_signature_of_a_review_that_missed_concern_accesses_is_refused(
        unit: dict[str, Person], tmp_path: Path) -> None:
    """A version 1 review of a month with concern-report accesses did not show them; its
    signature is not taken as the month's sign-off, and nothing is recorded."""
    anna, maria = unit["anna"], unit["maria"]
    concern.show_report(anna.session, caseless_report(anna.session))
    review = tmp_path / "review.utvp"
    log_review_exchange.export_log_review(anna.session, MONTH, review)
    old = _as_version_1(review, anna, maria, tmp_path / "old.utvp")
    got = log_review_exchange.import_log_review(maria.session, old)
    assert got.record_id is not None
    signature = tmp_path / "signature.utvp"
    log_review_exchange.sign_log_review(maria.session, got.record_id, "no_remarks", "Ok",
                                        signature)
    with pytest.raises(IntegrityError, match="not this vault's log review"):
        log_review_exchange.import_log_review_signature(anna.session, signature)
    assert log_review.signoffs(anna.session, MONTH) == []


def test_a_review_document_of_an_unknown_version_is_refused(unit: dict[str, Person],
                                                            tmp_path: Path) -> None:
    anna, maria = unit["anna"], unit["maria"]
    review = tmp_path / "review.utvp"
    log_review_exchange.export_log_review(anna.session, MONTH, review)
    sink = MemorySink()
    with review.open("rb") as handle:
        open_package(handle, identity=maria.identity(), trusted=[anna.identity().card],
                     sink=sink, expected_kind=PackageKind.LOG_REVIEW)
    doc = json.loads(sink.entries["log-review.json"])
    for version, name in ((3, "v3"), (True, "vtrue")):
        doc["version"] = version
        out = tmp_path / f"{name}.utvp"
        with out.open("wb") as handle:
            seal_package(handle, sender=anna.identity(), recipient=maria.identity().card,
                         sequence=2**40, entries=[EntrySource.from_bytes(
                             "log-review.json", json.dumps(doc).encode())],
                         kind=PackageKind.LOG_REVIEW)
        with pytest.raises(IntegrityError, match="not valid"):
            log_review_exchange.import_log_review(maria.session, out)
    assert log_review_exchange.received_reviews(maria.session) == []


def test_a_review_whose_accesses_are_not_as_written_is_refused_and_nothing_kept(
        unit: dict[str, Person], tmp_path: Path) -> None:
    anna, maria = unit["anna"], unit["maria"]
    concern.show_report(anna.session, caseless_report(anna.session))  # accesses to review
    review = tmp_path / "review.utvp"
    log_review_exchange.export_log_review(anna.session, MONTH, review)
    sink = MemorySink()
    with review.open("rb") as handle:
        open_package(handle, identity=maria.identity(), trusted=[anna.identity().card],
                     sink=sink, expected_kind=PackageKind.LOG_REVIEW)
    doc = json.loads(sink.entries["log-review.json"])
    assert doc["entries"], "the month must have accesses for this test to mean anything"
    first = doc["entries"][0]
    changes = {"extra": {**first, "note": "x"}, "missing": {k: v for k, v in first.items()
                                                            if k != "reason"},
               "wrong-type": {**first, "seq": "1"}, "bool-seq": {**first, "seq": True}}
    for sequence, (name, entry) in enumerate(changes.items(), start=2**40):
        bad = {**doc, "entries": [entry, *doc["entries"][1:]]}
        out = tmp_path / f"{name}.utvp"
        with out.open("wb") as handle:
            seal_package(handle, sender=anna.identity(), recipient=maria.identity().card,
                         sequence=sequence, entries=[EntrySource.from_bytes(
                             "log-review.json", json.dumps(bad).encode())],
                         kind=PackageKind.LOG_REVIEW)
        with pytest.raises(IntegrityError, match="not valid"):
            log_review_exchange.import_log_review(maria.session, out)
    assert log_review_exchange.received_reviews(maria.session) == []
    log_review_exchange.import_log_review(maria.session, review)  # the real one still does
    assert len(log_review_exchange.received_reviews(maria.session)) == 1
