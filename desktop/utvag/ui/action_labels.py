"""What an audit row says in the access logs, for the actions of the assessment, the transfer,
the vault and the follow-up reports (the case's own actions are in ``log_model``; why a case was
closed is ``case_life_labels.closure_label``).

An action this version does not know (written by a newer one) is shown as such, never as its code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.ui.code_labels import kept_per_language

translate = QCoreApplication.translate


@kept_per_language
def other_action_label(action: str) -> str | None:
    return {
        "assessment.start": translate("actions", "started an assessment"),
        "assessment.draft": translate("actions", "saved an assessment draft"),
        "assessment.evaluate": translate("actions", "evaluated an assessment"),
        "assessment.sign": translate("actions", "signed an assessment"),
        "assessment.discard": translate("actions", "discarded an assessment draft"),
        "assessment.print": translate("actions", "printed an assessment"),
        "transfer.export": translate("actions", "sent the case in a transfer package"),
        "transfer.export_refused": translate("actions", "was refused a transfer"),
        "transfer.import": translate("actions", "received the case in a transfer package"),
        "transfer.import_refused": translate("actions", "refused a transfer package"),
        "transfer.preview": translate("actions", "previewed a transfer package"),
        "transfer.receipt": translate("actions", "received a transfer receipt"),
        "transfer.receipt_refused": translate("actions", "refused a transfer receipt"),
        "transfer.key_created": translate("actions", "created the unit's transfer key"),
        "transfer.card_exported": translate("actions", "exported the unit's key card"),
        "transfer.card_trusted": translate("actions", "trusted another unit's key card"),
        "vault.create": translate("actions", "created the vault"),
        "vault.unlock": translate("actions", "unlocked the vault"),
        "vault.lock": translate("actions", "locked the vault"),
        "kept_text.keep": translate("actions", "kept unsaved typed text as the vault locked"),
        "kept_text.take_back": translate("actions", "took back kept typed text"),
        "vault.backup": translate("actions", "made a backup"),
        "vault.restore": translate("actions", "restored a backup"),
        "vault.rekey": translate("actions", "re-encrypted the vault"),
        "vault.passphrase_changed": translate("actions", "changed the passphrase"),
        "vault.passphrase_reset": translate("actions",
                                            "set a new passphrase with the recovery key"),
        "vault.keyring_enabled": translate("actions", "turned on quick unlock"),
        "vault.keyring_disabled": translate("actions", "turned off quick unlock"),
        "logreview.queue": translate("actions", "drew the log review sample"),
        "logreview.sign": translate("actions", "signed off a log review"),
        "statistics.report": translate("actions", "made a statistics report"),
        "statistics.export": translate("actions", "exported statistics"),
        "statistics.contribution": translate("actions",
                                             "wrote the contribution to the city office"),
        "statistics.merge": translate("actions", "added up the units' contributions"),
        "statistics.merge_refused": translate("actions", "was refused a contribution"),
        "consultation.send": translate("actions", "sent a consultation to SAV"),
        "consultation.send_refused": translate("actions", "was refused a consultation"),
        "consultation.preview": translate("actions", "looked at a consultation"),
        "consultation.receive": translate("actions", "kept a consultation to answer"),
        "consultation.read": translate("actions", "read a consultation"),
        "consultation.open_refused": translate("actions", "was refused a consultation package"),
        "consultation.answer_send": translate("actions", "wrote SAV's answer to a consultation"),
        "consultation.answer": translate("actions", "recorded SAV's answer to a consultation"),
        "consultation.answer_refused": translate("actions", "was refused SAV's answer"),
        "consultation.receipt_out": translate("actions", "wrote a consultation's receipt again"),
        "incident.report_sent": translate("actions", "sent an incident report to the manager"),
        "incident.report_received": translate("actions", "received an incident report"),
        "manager.view": translate("actions", "read the unit's incident reports"),
        "logreview.exported": translate("actions", "sent the log review to the manager"),
        "logreview.received": translate("actions", "received a caseworker's log review"),
        "logreview.signed_for": translate("actions", "signed a caseworker's log review"),
        "logreview.signature_imported": translate("actions",
                                                  "received the manager's log-review signature"),
        "retention.preview": translate("actions", "previewed the cases due for destruction"),
        "retention.holds": translate("actions", "listed the legal holds"),
        "guardian.add": translate("actions", "added a guardian"),
        "guardian.correct": translate("actions", "corrected a guardian's name and contact"),
        "guardian.correct_name": translate("actions", "corrected a guardian's name"),
        "guardian.correct_contact": translate("actions", "corrected a guardian's contact"),
        "consent_position.record": translate("actions", "recorded where the young person and "
                                             "the guardians stand on consent"),
        "person.correct_name": translate("actions", "corrected the person's name"),
        "police_threat.request": translate("actions",
                                           "asked the Police for a threat assessment"),
        "police_threat.receive": translate("actions",
                                           "recorded the Police's threat assessment"),
        "police_threat.add": translate("actions", "recorded a threat assessment from the Police"),
        "roles.import_refused": translate("actions", "refused a person package"),
        "staff_safety.summary": translate("actions",
                                          "read the yearly summary of incidents against staff"),
        "unit_incident.add": translate("actions", "recorded an incident at the unit"),
        "unit_incident.read": translate("actions", "read the unit's incidents"),
        "unit_incident.police_draft": translate("actions",
                                                "printed a Police report draft of a unit incident"),
        "transfer.resend": translate("actions", "sent the case again in a new transfer package"),
        "transfer.receipt_out": translate("actions", "wrote a transfer receipt again"),
        "transfer.card_untrusted": translate("actions", "stopped trusting another unit's key card"),
        "transfer.key_rotated": translate("actions", "replaced the unit's transfer key"),
        "transfer.key_revoked": translate("actions", "revoked the unit's transfer key"),
        "transfer.key_revocation_imported": translate("actions",
                                                      "took in another unit's key revocation"),
        "vault.check": translate("actions", "checked the vault for damage"),
        "vault.page_format_notice": translate("actions",
                                              "was told the vault's page format is older"),
        "vault.rollback_detected": translate("actions",
                                             "found the vault replaced by an older copy"),
    }.get(action)


def unknown_action_label() -> str:
    return translate("actions", "an action this version does not know")

