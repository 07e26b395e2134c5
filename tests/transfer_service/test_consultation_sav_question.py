"""A district's assessment that leaves to SAV whether the defector is a special defector — a low
threat from the Police with a high protection need, or other special circumstances SAV has not
judged — has asking SAV due, on real vaults, until a consultation with that question is sent or
SAV's decision is recorded.

Guideline, "Ärendefördelning utifrån hotbild" (seed 003 l. 253): «Det är Polisens
hotbilsbedömning som i första hand ska beaktas vid bedömning av om någon är särskild avhoppare,
men det kan finnas andra särskilda omständigheter som gör att avhoppare kan betraktas som
särskild avhoppare. Socialförvaltning Centrum genom samlad avhopparverksamhet (SAV) har det
yttersta ansvaret för att bedöma om avhopparen uppfyller dessa kriterier.»"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from transfer_service_helpers import PERSON, Unit, special_defector_case

from utvag.domain.deadlines import SAV_QUESTION_DAYS
from utvag.services import assessment, cases, decisions, due
from utvag.services.consultation import send as consult

KIND = "sav_judgement_to_ask"
LOW_HIGH = {"belonging": "Hisingen", "threat_level": "low", "threat_nature": "latent",
            "protection_need": "high", "relocation": "within", "special_circumstances": False}
SPECIAL = {**LOW_HIGH, "protection_need": "low", "special_circumstances": True,
           "special_circumstances_justification": "Vittne i pågående mål mot nätverket.",
           "special_circumstances_sav_decision": "pending"}
HISINGEN_PERSON = {**PERSON, "district": "Hisingen"}


def _case(unit: Unit, answers: dict[str, Any], name: str | None = None) -> int:
    person = HISINGEN_PERSON if name is None else {
        "name": name, "birth_date": "1989-12-31", "district": "Hisingen"}
    return special_defector_case(unit, person=person, answers=answers)


def _signed_day(unit: Unit, case_id: int) -> date:
    row = max(assessment.history(unit.session, case_id), key=lambda r: r.id)
    assert row.signed_at is not None
    return datetime.fromisoformat(row.signed_at).astimezone(due.local_zone()).date()


def _asking(unit: Unit, now: datetime) -> list[tuple[int | None, str]]:
    return [(r.item.case_id, r.item.due_on.isoformat())
            for r in due.due_list(unit.session, now, scope="unit") if r.item.kind.value == KIND]


def test_a_high_need_with_a_low_threat_has_sav_asked_until_the_consultation_is_sent(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, _ = units
    case_id = _case(hisingen, LOW_HIGH)
    assert cases.get_case(hisingen.session, case_id).status.value == "decided"
    day = _signed_day(hisingen, case_id) + timedelta(days=SAV_QUESTION_DAYS)
    noon = datetime.combine(day, time(12), tzinfo=due.local_zone())
    assert _asking(hisingen, noon) == [(case_id, day.isoformat())]
    out = tmp_path / "packages" / "fråga.utvp"
    out.parent.mkdir()
    consult.send_consultation(hisingen.session, case_id, out, question="special_defector",
                              question_text="Bedöms personen som särskild avhoppare?")
    assert _asking(hisingen, noon) == []
    kinds = {r.item.kind.value for r in due.due_list(hisingen.session, noon, scope="unit")}
    assert "consultation_answer" in kinds  # SAV's answer is awaited instead


def test_special_circumstances_sav_has_not_judged_are_asked_until_its_decision_is_recorded(
        units: tuple[Unit, Unit]) -> None:
    hisingen, _ = units
    case_id = _case(hisingen, SPECIAL)
    later = datetime.combine(_signed_day(hisingen, case_id) + timedelta(days=30), time(12),
                             tzinfo=due.local_zone())
    assert [c for c, _ in _asking(hisingen, later)] == [case_id]
    # SAV's answer to the consultation, as the import of its signed answer records it
    with hisingen.session.vault.transaction() as conn:
        case = cases.get_case(hisingen.session, case_id)
        decisions.record_special(hisingen.session, conn, case, "not_special",
                                 _signed_day(hisingen, case_id),
                                 "Hotbilden är låg; inga särskilda omständigheter.")
    assert _asking(hisingen, later) == []


def test_nothing_to_ask_when_sav_judged_the_routing_is_clear_or_the_case_is_at_sav(
        units: tuple[Unit, Unit]) -> None:
    hisingen, sav = units
    judged = _case(hisingen, {**SPECIAL, "special_circumstances_sav_decision": "rejected",
                              "special_circumstances_decided_on": "2026-10-20"})
    plain = _case(hisingen, {**LOW_HIGH, "protection_need": "low"}, "Annan Person")
    at_sav = _case(sav, LOW_HIGH)
    later = datetime.combine(_signed_day(hisingen, judged) + timedelta(days=30), time(12),
                             tzinfo=due.local_zone())
    assert _asking(hisingen, later) == [] and _asking(sav, later) == []
    loaded = due.load(hisingen.conn, [judged, plain])
    assert {c.sav_question_since for c in loaded.values()} == {None}
    assert due.load(sav.conn, [at_sav])[at_sav].sav_question_since is None
