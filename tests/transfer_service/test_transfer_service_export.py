"""The rules of an export, and that a refused, failed or cancelled export changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from transfer_service_helpers import (
    Unit,
    audit_rows,
    dump_without_audit,
    special_defector_case,
    trust_identity,
)

from utvag.errors import EXIT_INTEGRITY, EXIT_REFUSED, EXIT_USAGE, UtvagError
from utvag.services import cases, disclosures, transfer
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.transfer import UnitIdentity
from utvag.vault import repo_transfer

Dump = Callable[[Any], dict[str, Any]]


def refused_export(unit: Unit, table_dump: Dump, out: Path, case_id: int, to_unit: str, *,
                   rule: str | None, exit_code: int = EXIT_REFUSED, **kwargs: Any) -> str:
    """The export must fail, leave every table but the audit log as it was, write one audit row
    for a refusal by a rule (none otherwise), and leave no file behind."""
    before = dump_without_audit(table_dump, unit.conn)
    rows = audit_rows(unit.conn)
    files = sorted(out.parent.iterdir())
    with pytest.raises(UtvagError) as info:
        transfer.export_case(unit.session, case_id, to_unit, out, **kwargs)
    assert info.value.exit_code == exit_code, info.value
    assert dump_without_audit(table_dump, unit.conn) == before
    new = audit_rows(unit.conn)[len(rows):]
    if rule is None:
        assert new == []
    else:
        assert [(r[1], json.loads(r[3])["rule"]) for r in new] == [
            ("transfer.export_refused", rule)]
    assert sorted(out.parent.iterdir()) == files  # no package, no partial file
    return str(info.value)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    directory = tmp_path / "exports"
    directory.mkdir()
    return directory / "case.utvp"


def test_consent_must_cover_another_board_unless_a_legal_ground_is_recorded(
        units: tuple[Unit, Unit], out: Path, table_dump: Dump) -> None:
    hisingen, _ = units
    # (A withdrawn consent cannot be part of a signed assessment: signing refuses it.)
    narrow = special_defector_case(hisingen, answers={"consent_authorities": ["police"]})
    message = refused_export(hisingen, table_dump, out, narrow, "SAV",
                             rule="consent_or_legal_ground_required")
    assert "legal ground" in message
    result = transfer.export_case(hisingen.session, narrow, "SAV", out,
                                  legal_ground="OSL 10 kap. 2 §")
    assert result.legal_basis == "other"
    [record] = repo_transfer.disclosures_for_case(hisingen.conn, narrow)
    assert (record.legal_basis, record.legal_ref) == ("other", "other")
    assert record.legal_ground == "Annan sekretessbrytande bestämmelse — OSL 10 kap. 2 §"


def test_the_recipient_must_be_trusted_and_supported_by_the_routing(
        units: tuple[Unit, Unit], out: Path, tmp_path: Path, table_dump: Dump) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    refused_export(hisingen, table_dump, out, case_id, "Centrum", rule="recipient_untrusted")
    refused_export(hisingen, table_dump, out, case_id, "Hisingen", rule="own_unit")
    trust_identity(hisingen, UnitIdentity.generate("Nordost"), tmp_path)
    message = refused_export(hisingen, table_dump, out, case_id, "Nordost",
                             rule="routing_reason_required")
    assert "routes it to SAV" in message
    relative = cases.new_case(hisingen.session, {"type": "relative", "person": {
        "name": "Anhörig Person", "birth_date": "1970-01-01"}})
    refused_export(hisingen, table_dump, out, relative, "SAV", rule="routing_reason_required")
    refused_export(hisingen, table_dump, out, relative, "SAV", reason="Anhörig till ärende",
                   rule="consent_or_legal_ground_required")

    result = transfer.export_case(hisingen.session, case_id, "Nordost", out,
                                  reason="Individen har flyttat till Nordost")
    assert result.to_unit == "Nordost"
    [record] = repo_transfer.disclosures_for_case(hisingen.conn, case_id)
    assert record.reason == "Individen har flyttat till Nordost"
    again = out.with_name("again.utvp")
    out.unlink()
    refused_export(hisingen, table_dump, again, case_id, "SAV", rule="case_closed")


def test_bad_arguments_are_refused_before_the_vault_is_touched(
        units: tuple[Unit, Unit], out: Path, table_dump: Dump) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    before = table_dump(hisingen.conn)
    for to, path, kwargs in (("Malmö", out, {}), ("SAV", out.parent / "no" / "x.utvp", {}),
                             ("SAV", out, {"reason": "   "}),
                             ("SAV", out, {"legal_ground": "x" * 5000})):
        with pytest.raises(UtvagError) as info:
            transfer.export_case(hisingen.session, case_id, to, path,
                                 **cast(dict[str, Any], kwargs))
        assert info.value.exit_code == EXIT_USAGE
    out.write_bytes(b"keep me")
    with pytest.raises(UtvagError):
        transfer.export_case(hisingen.session, case_id, "SAV", out)
    assert out.read_bytes() == b"keep me"
    assert table_dump(hisingen.conn) == before


def test_a_cancelled_or_failed_export_changes_nothing(units: tuple[Unit, Unit], out: Path,
                                                      table_dump: Dump) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > 70_000:
            raise Cancelled

    before = table_dump(hisingen.conn)
    with pytest.raises(Cancelled):
        transfer.export_case(hisingen.session, case_id, "SAV", out, progress=cancel)
    assert table_dump(hisingen.conn) == before
    assert list(out.parent.iterdir()) == []

    # Stored bytes that no longer match their recorded hash (only a write with the vault's key
    # can do that: SQLCipher authenticates every page) are not hashed again by the sender, whose
    # stored hash goes into the signed manifest; the receiver checks every entry against it and
    # imports nothing.
    hisingen.conn.execute(
        "UPDATE attachment_chunk SET data = zeroblob(length(data)) WHERE attachment_id ="
        " (SELECT min(id) FROM attachment WHERE case_id = ?) AND seq = 0", (case_id,))
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    received = dump_without_audit(table_dump, sav.conn)
    with pytest.raises(UtvagError, match="does not match the hash") as refused:
        transfer.import_package(sav.session, out)
    assert refused.value.exit_code == EXIT_INTEGRITY
    assert dump_without_audit(table_dump, sav.conn) == received


def test_cards_provisioned_by_policy_are_trusted_while_provided(
        units: tuple[Unit, Unit], make_vault: Callable[..., Any], tmp_path: Path,
        policy_file: Callable[..., Policy], out: Path, table_dump: Dump) -> None:
    _, sav = units
    cards = tmp_path / "provisioned"
    cards.mkdir()
    transfer.export_public_card(sav.session, cards / "sav.json")
    (cards / "broken.json").write_text("{}", encoding="utf-8")
    policy = policy_file(trusted_cards_dir=str(cards))
    handle = make_vault("centrum", unit="Centrum")
    with session_service.unlock(handle.directory, passphrase=handle.passphrase,
                                policy=policy) as session:
        centrum = Unit("Centrum", handle.directory, session)
        keys = transfer.show_keys(session)
        assert [(t.card.unit, t.how) for t in keys.trusted] == [("SAV", "policy")]
        assert keys.policy_problems == ("broken.json: not a valid key card",)
        case_id = special_defector_case(centrum)
        transfer.export_case(session, case_id, "SAV", out)
        [row] = repo_transfer.trusted_cards(session.vault.conn)
        assert (row.unit, row.how) == ("SAV", "policy")

        (cards / "sav.json").unlink()  # the administrator withdraws the card
        other = special_defector_case(centrum, person={"name": "Annan", "birth_date":
                                                       "1980-02-02"})
        refused_export(centrum, table_dump, out.with_name("b.utvp"), other, "SAV",
                       rule="recipient_untrusted")


def test_the_package_records_its_legal_ground_from_the_table(
        units: tuple[Unit, Unit], out: Path, table_dump: Dump) -> None:
    hisingen, _ = units
    case_id = special_defector_case(hisingen)
    transfer.export_case(hisingen.session, case_id, "SAV", out)
    [record] = repo_transfer.disclosures_for_case(hisingen.conn, case_id)
    assert (record.legal_ref, record.recipient_authority) == ("consent", "other_social_services")
    assert record.consent_assessment_id is not None and record.channel == "transfer_package"

    narrow = special_defector_case(hisingen, answers={"consent_authorities": ["police"]})
    second = out.with_name("second.utvp")
    refused_export(hisingen, table_dump, second, narrow, "SAV", legal_ref="sol_14_1",
                   rule="unknown")
    refused_export(hisingen, table_dump, second, narrow, "SAV", legal_ref="consent",
                   rule="consent_not_covering")
    refused_export(hisingen, table_dump, second, narrow, "SAV", legal_ref="other",
                   rule="required")
    transfer.export_case(hisingen.session, narrow, "SAV", second,
                         legal_ref="duty_to_provide_on_request",
                         legal_ground="Begäran från SAV enligt 6 kap. 5 § OSL")
    [record] = repo_transfer.disclosures_for_case(hisingen.conn, narrow)
    assert record.legal_ref == "duty_to_provide_on_request" and record.legal_basis == "other"
    assert record.consent_assessment_id is None
    assert record.legal_ground.startswith("6 kap. 5 § offentlighets- och sekretesslagen")


def test_a_ground_for_the_police_only_is_refused_for_a_transfer(
        units: tuple[Unit, Unit], out: Path, table_dump: Dump) -> None:
    """OSL 10:18 a and the crime-related grounds let the board inform the Police, not another
    board: a transfer on one is refused as a disclosure to another board would be."""
    hisingen, _ = units
    adult = special_defector_case(hisingen, answers={"consent_authorities": ["police"]})
    for key in ("person_under_21", "serious_crime", "crime_against_child"):
        message = refused_export(hisingen, table_dump, out, adult, "SAV", legal_ref=key,
                                 rule="recipient_not_allowed")
        assert f"legal_ref: the ground '{key}' does not allow information to leave to " \
               "other_social_services; it allows only police" in message
    assert repo_transfer.disclosures_for_case(hisingen.conn, adult) == []
    offered = [g.key for g in disclosures.transfer_grounds()]
    assert offered == ["consent", "duty_to_report", "duty_to_provide_on_request", "other"]


def test_a_protected_identity_leaves_in_a_package_only_when_revealed(
        units: tuple[Unit, Unit], out: Path, table_dump: Dump) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen, person={
        "name": "Skyddad Avhoppare", "personal_number": "19900101-0017",
        "protected_identity": "fingerade_personuppgifter", "address": "Hemlig gatan 1"})
    message = refused_export(hisingen, table_dump, out, case_id, "SAV",
                             rule="identity_reveal_required")
    assert "protected identity" in message and "Skyddad" not in message
    transfer.export_case(hisingen.session, case_id, "SAV", out, reveal_identity=True)
    [record] = repo_transfer.disclosures_for_case(hisingen.conn, case_id)
    assert record.identity_revealed is True
    reveals = [json.loads(r[3]) for r in audit_rows(hisingen.conn)
               if r[1] == "identity.reveal" and r[2] == case_id]
    assert reveals == [{"purpose": "transfer"}]

    arrived = transfer.import_package(sav.session, out).case_id
    person = cases.get_case(sav.session, arrived).person
    assert (person.name, person.address) == ("Skyddad Avhoppare", "Hemlig gatan 1")
    assert person.protected_identity.value == "fingerade_personuppgifter"
    shown = cases.show_case(sav.session, arrived)  # masked again at the receiver
    assert shown.identity_masked is True
    printed = json.dumps(shown.to_json()["person"])
    assert "Skyddad" not in printed and "Hemlig" not in printed
