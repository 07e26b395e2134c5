"""Clearly fictional demo data, so a newcomer can look around without real cases."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

from utvag.domain.personal_number import luhn_check_digit
from utvag.domain.units import DISTRICT_IDS
from utvag.services import cases
from utvag.services.session import Session

DEMO_PASSPHRASE = "demo demo demo demo"  # noqa: S105 - the throw-away demo vault only
_FIRST = ("Alva", "Bo", "Cleo", "Dani", "Elis", "Fanny", "Gustav", "Hedda", "Ivar", "Juni",
          "Kim", "Lo", "Malte", "Nova", "Oskar", "Py")
_LAST = ("Exempelsson", "Påhittad", "Testberg", "Låtsasson", "Fiktivsdotter", "Demoqvist")
_NOTES = (
    "DEMO: First contact at the police station placement. Wants to talk about leaving.",
    "DEMO: Meeting with the Police about the threat assessment; review in three months.",
    "DEMO: Consent form signed for Police and the Prison and Probation Service.",
    "DEMO: Relative informed about support from the district board.",
)


def demo_personal_number(rng: random.Random) -> str:
    born = date(2001, 1, 1) + timedelta(days=rng.randrange(0, 2500))
    serial = f"{rng.randrange(0, 999):03d}"
    nine = born.strftime("%y%m%d") + serial
    return born.strftime("%Y%m%d") + "-" + serial + str(luhn_check_digit(nine))


YOUNG_INDEX = 12  # a defector case whose person is 16: guardians and their positions


def young_personal_number(today: date | None = None) -> str:
    """A fictional 16-year-old's number (turns 18 in about a year and a half)."""
    day = today or date.today()
    born = date(day.year - 16, 1, 1) + timedelta(days=(day - date(day.year, 1, 1)).days // 2)
    nine = born.strftime("%y%m%d") + "990"
    return born.strftime("%Y%m%d") + "-990" + str(luhn_check_digit(nine))


def fill(session: Session, count: int = 24, seed: int = 7) -> list[int]:
    """Add ``count`` fictional cases, each marked DEMO; return their ids."""
    rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
    ids = []
    for i in range(count):
        name = f"DEMO {rng.choice(_FIRST)} {rng.choice(_LAST)}"
        protected = "skyddad_folkbokforing" if i % 9 == 4 else "none"
        case_type = ("defector", "defector", "relative", "high_risk")[i % 4]
        if case_type == "relative" and session.vault.unit == "SAV":
            case_type = "defector"  # SAV handles no relatives' cases (the district boards do)
        number = demo_personal_number(rng)
        if i == YOUNG_INDEX:
            number = young_personal_number()
        person = {"name": name, "personal_number": number,
                  "district": DISTRICT_IDS[i % 4],
                  "gender": ("female", "male")[i % 2], "protected_identity": protected}
        case_id = cases.new_case(session, {"type": case_type, "person": person})
        for j in range(1 + i % 3):
            cases.add_note(session, case_id, _NOTES[(i + j) % len(_NOTES)], sign=j == 0)
        if i % 5 == 0:
            cases.attach(session, case_id, io.BytesIO(
                b"DEMO attachment: fictional consent form.\n"), "DEMO-samtycke.txt")
        ids.append(case_id)
    add_follow_up(session, ids)
    add_young_person(session, ids)
    add_high_risk(session, ids)
    close_some(session, ids)
    return ids


def add_young_person(session: Session, ids: list[int]) -> None:
    """Guardians for the 16-year-old's case — one who may not be contacted, because the Police
    say he is part of the threat — and the positions on the consent."""
    from utvag.services import young_people

    if len(ids) <= YOUNG_INDEX:
        return
    case_id = ids[YOUNG_INDEX]
    mother = young_people.add_guardian(session, case_id, {
        "name": "DEMO Maja Exempelsson", "contact": "DEMO 070-000 00 00"})
    father = young_people.add_guardian(session, case_id, {
        "name": "DEMO Sune Exempelsson", "may_contact": False,
        "no_contact_reason": "DEMO: del av hotbilden enligt Polisen"})
    young_people.record_positions(
        session, case_id, (date.today() - timedelta(days=2)).isoformat(), ("agrees", None),
        {mother: ("agrees", None), father: ("not_asked", "DEMO: får inte kontaktas")})
    cases.add_note(session, case_id, "DEMO: Samtal med den unge och modern; fadern har inte "
                   "kontaktats (del av hotbilden).")


def close_some(session: Session, ids: list[int]) -> None:
    """Three closed demo cases, so that the retention preview (evaluated five years ahead) has
    cases due for destruction next to cases it keeps."""
    from utvag.services import followup

    for index, reason in ((3, "completed"), (10, "declined_by_individual"),
                          (13, "not_defector")):
        if index < len(ids):
            followup.close_case(session, ids[index], reason)


def add_high_risk(session: Session, ids: list[int]) -> None:
    """A flagged demo case with an incident against staff and a signed risk assessment for a
    meeting in a few days, so the high-risk views have something to show."""
    from datetime import UTC, datetime

    from utvag.services import high_risk, risk_meetings

    if len(ids) < 2:
        return
    now = datetime.now(UTC)
    case_id = ids[1]
    high_risk.flag_case(session, case_id, {
        "grounds": ["serious_threat", "stalking"], "network_linked": True,
        "description": "DEMO: hot framförda via ombud, bil sedd utanför kontoret."})
    high_risk.add_incident(session, case_id, {
        "occurred_at": (now - timedelta(days=6)).isoformat(timespec="minutes"),
        "kind": "serious_threat", "staff": "Handläggare AB",
        "description": "DEMO: hotfullt samtal till receptionen.",
        "police_reported_on": (now - timedelta(days=5)).date().isoformat(),
        "police_report_number": "DEMO-5000-K1", "support_offered": ["occupational_health"]})
    assessment_id = risk_meetings.add_risk_assessment(session, case_id, {
        "meeting_at": (now + timedelta(days=3)).isoformat(timespec="minutes"),
        "place": "DEMO mötesrum 2 (anpassat)", "participants": "Klient, två handläggare",
        "risk_factors": "DEMO: tidigare hot mot handläggare.",
        "mitigations": {"extra_colleague": {"chosen": True, "comment": None},
                        "adapted_meeting_room": {"chosen": True, "comment": None},
                        "digital_or_phone": {"chosen": False,
                                             "comment": "Klienten saknar telefon."}},
        "decision": "proceed_with_mitigations"})
    risk_meetings.sign_risk_assessment(session, assessment_id)
    from utvag.services import disclosures

    disclosures.record_disclosure(
        session, case_id, "police_request_answer", "DEMO Polisen region Väst", "police",
        ["case", "journal_notes"], "duty_to_provide_on_request",
        "DEMO begäran dnr 5000-K0-26", disclosed_at=now - timedelta(days=2))


def add_follow_up(session: Session, ids: list[int], today: date | None = None) -> None:
    """Follow-up records on some demo cases, dated around today so that the due list shows
    items that are overdue, due today and due soon."""
    from datetime import UTC, datetime

    from utvag.services import followup

    day = today or date.today()

    def ago(days: int) -> str:
        return (day - timedelta(days=days)).isoformat()

    if len(ids) < 9:
        return
    followup.add_intervention(session, ids[0], {"type": "protected_housing",
                                                "urgency": "time_limited",
                                                "decided_on": ago(100), "ends_on": ago(-10)})
    # decided urgently during the investigation (long-term ones wait for the decision)
    followup.add_intervention(session, ids[4], {"type": "counselling", "urgency": "urgent",
                                                "decided_on": ago(80)})
    followup.add_police_followup(session, ids[4], {"held_on": ago(70), "phase": "during",
                                                   "outcome": "unchanged"})
    followup.add_intervention(session, ids[8], {"type": "mentor", "urgency": "time_limited",
                                                "decided_on": ago(60), "ends_on": ago(-20)})
    now = datetime.now(UTC)
    followup.add_concern_report(session, ids[2], {
        "received_at": (now - timedelta(hours=30)).isoformat(timespec="minutes")})
    followup.add_concern_report(session, ids[6], {
        "received_at": (now - timedelta(hours=3)).isoformat(timespec="minutes")})
    followup.apply_state_funding(session, ids[1], ago(45))
    followup.link_relative(session, ids[5], {"case_id": ids[6], "relation": "sibling",
                                             "linked_on": ago(3)})
