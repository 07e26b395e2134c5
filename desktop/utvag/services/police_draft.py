"""The plain-text draft of a Police report of threats or violence against staff.

It follows the City's routine for reporting threats and violence at work to the Police: the
employer (the manager) reports on the staff member's behalf, the workplace's address is given
instead of the staff member's own, and the staff member is named by role or initials in the
board's records. The draft names the case only by its number; the client's identity is added by
whoever files the report, so a protected identity never reaches the draft.
"""

from __future__ import annotations

from typing import Any

from utvag.services.high_risk_records import IncidentRecord

KIND_LABELS = {
    "serious_threat": "Allvarligt hot",
    "subtle_threat": "Subtilt hot / otillåten påverkan",
    "harassment": "Trakasserier",
    "violence": "Våld",
    "stalking": "Förföljelse",
    "threat_against_staff_family": "Hot mot medarbetares familj",
    "property_damage": "Skadegörelse",
}

PLACE_LABELS = {
    "reception": "Receptionen",
    "meeting_room": "Mötesrum",
    "office": "Kontoret",
    "phone_or_digital": "Telefon eller digitalt",
    "outside_work": "Utanför arbetsplatsen",
    "other": "Annan plats",
}

SUPPORT_LABELS = {
    "occupational_health": "Företagshälsovård",
    "process_supervision": "Processhandledning",
    "other": "Annat stöd",
}


def _or_blank(value: Any) -> str:
    return str(value).strip() if value not in (None, "") else "(ej angivet)"


def render_police_draft(incident: IncidentRecord, case_number: str | None, unit: str) -> str:
    """The draft for one incident; without a case number it is the unit's (in the reception,
    or by a person not known in a case), and says where it happened."""
    support = ", ".join(SUPPORT_LABELS.get(s, s) for s in incident.support_offered)
    attachments = incident.attachment_ids
    reported = incident.police_reported_on
    where = (f"   Socialtjänstens ärende: {case_number}" if case_number is not None else
             f"   Plats: {PLACE_LABELS.get(incident.place or '', _or_blank(incident.place))}"
             " (inte kopplad till ett ärende)")
    lines = [
        "UTKAST – POLISANMÄLAN VID HOT OCH VÅLD I TJÄNSTEN",
        "Enligt Göteborgs Stads rutin för polisanmälan vid hot och våld i tjänsten.",
        "Anmälan görs av arbetsgivaren (närmaste chef) för medarbetarens räkning.",
        "",
        "1. Anmälare",
        f"   Arbetsgivare: Göteborgs Stad, socialtjänsten, {unit}",
        "   Kontaktperson (chef): ",
        "   Adress: arbetsplatsens adress (ange aldrig medarbetarens privata adress)",
        "",
        "2. Målsägande",
        f"   Medarbetare (roll eller initialer): {_or_blank(incident.staff)}",
        "",
        "3. Händelsen",
        f"   Tidpunkt: {_or_blank(incident.occurred_at)}",
        f"   Typ: {KIND_LABELS.get(incident.kind, incident.kind)}",
        where,
        "   Händelseförlopp:",
        *(f"     {line}" for line in incident.description.splitlines() or [""]),
        f"   Vittnen: {_or_blank(incident.witnesses)}",
        f"   Bilagor: {len(attachments)} st" + (
            f" (bilaga {', '.join(str(a) for a in attachments)} i ärendet)" if attachments
            else ""),
        "",
        "4. Misstänkt",
        *([f"   Känt om personen: {incident.person}"] if incident.person else []),
        "   Uppgifter om misstänkt gärningsperson fylls i av anmälaren vid anmälan.",
        "",
        "5. Tidigare anmälan",
        f"   Anmäld till Polisen: {_or_blank(reported) if reported else 'nej'}",
        f"   Diarienummer: {_or_blank(incident.police_report_number)}",
        "",
        "6. Uppföljning och stöd",
        f"   Uppföljning: {_or_blank(incident.follow_up)}",
        f"   Erbjudet stöd: {support or '(ej angivet)'}",
        "",
        "Kom ihåg: rapportera även händelsen som arbetsskada eller tillbud enligt stadens rutin,",
        "och informera skyddsombudet.",
    ]
    return "\n".join(lines) + "\n"
