"""Messages of the services and the domain in the user's language.

The layers below ui/ stay free of Qt and raise their errors in English. Every message they can
raise is listed in ``service_catalog`` (collected from the code by tools/i18n.py; an f-string's
values there become %1, %2 …), so it is translated like any other text of the app, with the
English as the source. At run time a message is matched against that list: the whole message as
is, or a message with values (a file name, a case number, a limit) against its template, the values
put back into the translated sentence. Field names inside a message (``person.name``) are shown
by their label. A message nothing matches is shown as it came: better English than nothing.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from utvag.domain.case_records import CaseStatus
from utvag.domain.evidence import Authority
from utvag.ui import i18n
from utvag.ui.case.case_flow_labels import rule_refusal_text
from utvag.ui.labels import case_status_label
from utvag.ui.service_catalog import TEMPLATES

translate = QCoreApplication.translate
PLACEHOLDER = re.compile(r"%(\d+)")
MORE = re.compile(r"^(?P<first>.*) \(and (?P<count>\d+) more problems?\)$", re.DOTALL)
STATUSES = frozenset(status.value for status in CaseStatus)
# A refusal passed on inside another message keeps its rule's name at the end.
RULE = re.compile(r"^.* \(rule: (?P<rule>[a-z_]+)\)$", re.DOTALL)
ANOTHER_UNIT = re.compile(r"^another unit \(key (?P<key>[0-9A-Z ]+)\)$")
# Refusals whose remedy is done in the Unit keys dialog. The services name the action, never a
# command (the command line adds its own); the app adds where the action is.
UNIT_KEYS_REMEDIES = frozenset({
    "This vault trusts no key card for %1: exchange key cards, confirm the fingerprint by phone "
    "and trust the card first.",
    "This vault trusts no key card of a caseworker %1 at %2: exchange person cards, confirm the "
    "fingerprint by phone and trust the card first.",
    "Nothing can be sent to %1: %2. Trust the unit's new card after confirming its fingerprint by "
    "phone.",
    "The rotation is signed by a key that is refused: %1. Trust the unit's new card only after "
    "confirming it by phone, as a new card that unit exports.",
    "The key card %1 (%2, %3) is not trusted here; confirm its fingerprint with the city office "
    "by phone and trust it first.",
    "This vault has no transfer key yet (showing the unit's own key card makes one); there is "
    "nothing to rotate or revoke.",
    "This revocation is for a key of this vault's own unit; revoke the unit's own key instead.",
    "No trusted key card has that fingerprint or key id (the list of trusted cards shows them).",
})
# An imported case's receipt (Case › Write the receipt again…) and an expired package, which the
# sending unit resends (Case › Resend the package…). A consultation's receipt: see _in_app.
RECEIPT_NOT_WRITTEN_TO = ("The receipt of package %1 could not be written to %2; it is kept in "
                          "the vault: write it again to a file.")
EXPIRED = ("The package expired on %1; ask the sending unit to resend the case as a new "
           "package.")


def _app_wording() -> dict[str, str]:
    """Refusals that name a command for the command line's user (who runs it there), in the
    app's own words: where the app does it, or who does it when the app does not."""
    rekey = "A rekey is unfinished; run 'utvag rekey' "
    return {
        rekey + "before changing passphrase.": translate(
            "service", "A rekey is unfinished; ask your administrator to finish it before "
            "changing the passphrase."),
        rekey + "before making a backup.": translate(
            "service", "A rekey is unfinished; ask your administrator to finish it before making "
            "a backup."),
        rekey + "before setting up quick unlock.": translate(
            "service", "A rekey is unfinished; ask your administrator to finish it before "
            "setting up quick unlock."),
        rekey + "first.": translate(
            "service", "A rekey is unfinished; ask your administrator to finish it first."),
        "In a caseworker's vault the unit manager signs the log review, so that nobody signs off "
        "their own accesses: send it to the manager ('utvag logreview send') and import the "
        "signature that comes back.": translate(
            "service", "In a caseworker's vault the unit manager signs the log review, so that "
            "nobody signs off their own accesses: send it to the manager (Follow-up › Log "
            "review…) and import the signature that comes back."),
    }


def _field_labels() -> dict[str, str]:
    """Labels for the field names the services put in front of a message."""
    return {
        "person.name": translate("service", "Name"),
        "name": translate("service", "Name"),
        "person.personal_number": translate("service", "Identity number"),
        "person.birth_date": translate("service", "Birth date"),
        "person.address": translate("service", "Address"),
        "person.gender": translate("service", "Gender"),
        "person.district": translate("service", "District of belonging"),
        "belonging": translate("service", "District of belonging"),
        "person.protected_identity": translate("service", "Protected identity"),
        "attachment_ids": translate("service", "Attachments"),
        # the application: what was applied for, as a refusal at entry and at sending names it
        "applied_for": translate("service", "What was applied for"),
        "application.applied_for": translate("service", "What was applied for"),
        "application.attachment": translate("service", "The written application"),
        "case_number": translate("service", "Case number"),
        "categories": translate("service", "Data categories"),
        # an incident against staff
        "staff": translate("service", "Staff member"),
        "description": translate("service", "Description"),
        "witnesses": translate("service", "Witnesses"),
        "follow_up": translate("service", "Follow-up"),
        "police_report_number": translate("service", "The Police's report number"),
        "police_reported_on": translate("service", "Reported to the Police on"),
        "place": translate("service", "Place"),
        "person": translate("service", "Person"),
        # a concern report and its steps
        "received_at": translate("service", "Received at"),
        "concern_report.received_at": translate("service", "Received at"),
        "reporter_type": translate("service", "Reporter"),
        "with_whom": translate("service", "With whom"),
        "concern_conversation.with_whom": translate("service", "With whom"),
        "concern_conversation.held_on": translate("service", "Held on"),
        "protection_assessed_at": translate("service", "The protection assessment's time"),
        "concern_report.protection_assessed_at": translate(
            "service", "The protection assessment's time"),
        "preliminary_assessed_at": translate("service", "The preliminary assessment's time"),
        "concern_report.preliminary_assessed_at": translate(
            "service", "The preliminary assessment's time"),
        "concern_report.preliminary_reason": translate("service", "Reason"),
        "feedback_given_at": translate("service", "The feedback's time"),
        "concern_report.feedback_given_at": translate("service", "The feedback's time"),
        "channel": translate("service", "Channel"),
        "comment": translate("service", "Comment"),
        "decision": translate("service", "Decision"),
        "disclosed_at": translate("service", "Date of disclosure"),
        "grounds": translate("service", "Grounds"),
        "harm_test": translate("service", "Harm test"),
        "area": translate("service", "Area"),
        "identified_on": translate("service", "Identified on"),
        "held_on": translate("service", "Held on"),
        "intervention_id": translate("service", "Intervention"),
        "need.description": translate("service", "Description"),
        "need_followup.held_on": translate("service", "Held on"),
        "need_followup.note": translate("service", "Note"),
        "kind": translate("service", "Kind"),
        "legal_ground": translate("service", "Legal ground"),
        "legal_ref": translate("service", "Legal ground"),
        "legal_text": translate("service", "Legal ground in words"),
        "milieu.network_category": translate("service", "Kind of criminal network"),
        "milieu.extremist_milieu": translate("service", "Violent-extremist milieu"),
        "milieu.honour_perpetrator": translate(
            "service", "Whether the person commits honour-related violence"),
        "mitigations": translate("service", "Measures"),
        "occurred_at": translate("service", "When it happened"),
        "outcome": translate("service", "Outcome"),
        "reason": translate("service", "Reason"),
        "reasons": translate("service", "Reasons"),
        "recipient": translate("service", "Recipient"),
        "recipient_authority": translate("service", "Receiving authority"),
        "recorded_on": translate("service", "Date recorded"),
        "status": translate("service", "Status"),
        "text": translate("service", "Text"),
        "to_caseworker": translate("service", "New caseworker"),
        "type": translate("service", "Type of case"),
    }


@cache
def _domain_names() -> dict[str, str]:
    """Authorities, by code or English name, with their Swedish names."""
    names: dict[str, str] = {}
    for member in Authority:
        names[member.value] = names[member.name_en] = member.name_sv
    return names


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Templates with values, most specific (longest fixed text) first."""
    found = []
    for template in TEMPLATES:
        if not PLACEHOLDER.search(template):
            continue
        pieces = PLACEHOLDER.split(template)
        regex = "".join(re.escape(piece) if index % 2 == 0 else f"(?P<p{piece}>.+?)"
                        for index, piece in enumerate(pieces))
        fixed = len(PLACEHOLDER.sub("", template))
        found.append((fixed, re.compile(regex + r"\Z", re.DOTALL), template))
    found.sort(key=lambda item: -item[0])
    return tuple((pattern, template) for _fixed, pattern, template in found)


_EXACT = frozenset(t for t in TEMPLATES if not PLACEHOLDER.search(t))


def _value(text: str) -> str:
    """A value inside a message: a field name by its label, a case status by its name, a nested
    message translated; anything else (a number, a file name, a unit) as it is."""
    if text in _field_labels():
        return _field_labels()[text]
    if text in STATUSES:
        return case_status_label(CaseStatus(text)).lower()
    rule = RULE.match(text)
    if rule is not None and (known := rule_refusal_text(rule.group("rule"))) is not None:
        return known
    other = ANOTHER_UNIT.match(text)
    if other is not None:
        return translate("service", "another unit (key %1)").replace("%1", other.group("key"))
    named = _domain_names().get(text)
    if named is not None and i18n.current_language() == "sv":
        return named  # the English text already names it in English
    return service_text(text) if " " in text else text


def service_text(message: str) -> str:
    """``message`` (raised by a service or the domain) in the current language."""
    if message in _app_wording():
        return _app_wording()[message]
    if message in _EXACT:
        return _in_app(message, translate("service", message))
    more = MORE.match(message)
    if more is not None:
        return service_text(more.group("first")) + " " + translate(
            "service", "(and %1 more)").replace("%1", more.group("count"))
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match is None:
            continue
        values = {name[1:]: _value(value) for name, value in match.groupdict().items()}
        return _in_app(template, _fill(translate("service", template), values))
    if message and not message.endswith("."):
        # A sentence inside another ("x: <sentence>.") loses its full stop to the outer one.
        whole = service_text(message + ".")
        if whole != message + ".":
            return whole.removesuffix(".")
    return message


def _fill(sentence: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), sentence)


def _consultation_receipts() -> dict[str, str]:
    """Where the app writes a consultation's receipt again: at SAV, which keeps no case, in the
    list of received consultations; at a district on the case the answer was recorded on."""
    from utvag.services.consultation.files import (  # loaded by then: a warning came from it
        ANSWER_RECEIPT_NOT_WRITTEN,
        CONSULTATION_RECEIPT_NOT_WRITTEN,
    )

    return {
        CONSULTATION_RECEIPT_NOT_WRITTEN: translate(
            "service", "%1 (File › Received consultations… › Write the receipt again…)."),
        ANSWER_RECEIPT_NOT_WRITTEN: translate(
            "service", "%1 (Case › Write the receipt for SAV again…)."),
    }


def _in_app(template: str, text: str) -> str:
    """``text`` (the translated ``template``) with where the app does what it asks."""
    if template in UNIT_KEYS_REMEDIES:
        where = translate("service", "%1 (File › Unit keys…).")
    elif template == RECEIPT_NOT_WRITTEN_TO:  # an imported case's receipt
        where = translate("service", "%1 (Case › Write the receipt again…).")
    elif template == EXPIRED:
        where = translate("service", "%1 (At the sending unit: Case › Resend the package…).")
    else:
        found = _consultation_receipts().get(template)
        if found is None:
            return text
        where = found
    return where.replace("%1", text.removesuffix("."))
