"""The per-case access log (who read or changed this case), from the audit chain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from utvag.services.audit_log import AuditEntry
from utvag.ui.action_labels import other_action_label, unknown_action_label
from utvag.ui.case.followup_labels import followup_action_label
from utvag.ui.code_labels import kept_per_language
from utvag.ui.labels import local_time
from utvag.ui.row_table_model import RowTableModel

translate = QCoreApplication.translate


@kept_per_language  # a log asks for a label for each of its rows
def action_label(action: str) -> str:
    return {
        "case.create": translate("AuditLogModel", "created the case"),
        "case.read": translate("AuditLogModel", "opened the case"),
        "note.create": translate("AuditLogModel", "wrote a note"),
        "note.edit": translate("AuditLogModel", "edited a draft note"),
        "note.sign": translate("AuditLogModel", "signed a note"),
        "attachment.add": translate("AuditLogModel", "added an attachment"),
        "attachment.read": translate("AuditLogModel", "viewed an attachment"),
        "identity.reveal": translate("AuditLogModel", "revealed a protected identity"),
        "high_risk.flag": translate("AuditLogModel", "flagged the case high-risk"),
        "high_risk.clear": translate("AuditLogModel", "cleared the high-risk flag"),
        "high_risk.read": translate("AuditLogModel", "read the risk overview"),
        "staff_incident.add": translate("AuditLogModel", "recorded an incident against staff"),
        "staff_incident.read": translate("AuditLogModel", "read the incidents against staff"),
        "incident.police_draft": translate("AuditLogModel", "printed a Police report draft"),
        "risk_assessment.add": translate("AuditLogModel", "wrote a risk assessment"),
        "risk_assessment.update": translate("AuditLogModel", "changed a risk assessment"),
        "risk_assessment.sign": translate("AuditLogModel", "signed a risk assessment"),
        "case.reassign": translate("AuditLogModel", "reassigned the case"),
        "case.handover": translate("AuditLogModel", "handed the case to a colleague"),
        "case.handover_refused": translate("AuditLogModel",
                                           "was refused handing the case to a colleague"),
        "case.handover_received": translate("AuditLogModel",
                                            "took over the case from a colleague"),
        "conflict.add": translate("AuditLogModel", "recorded a conflict of interest"),
        "conflict.resolve": translate("AuditLogModel", "resolved a conflict of interest"),
        "disclosure.add": translate("AuditLogModel", "recorded a disclosure"),
        "disclosure.list": translate("AuditLogModel", "read the disclosure register"),
        "disclosure.export": translate("AuditLogModel", "exported the disclosure register"),
    }.get(action) or other_action_label(action) or _followup_or_unknown(action)


def _followup_or_unknown(action: str) -> str:
    label = followup_action_label(action)
    return unknown_action_label() if label == action else label


class AuditLogModel(RowTableModel[AuditEntry]):
    def headers(self) -> tuple[str, ...]:
        return (translate("AuditLogModel", "When"), translate("AuditLogModel", "Who"),
                translate("AuditLogModel", "What"))

    def display(self, row: AuditEntry, column: int) -> Any:
        if column == 0:
            return local_time(row.at, seconds=True)
        if column == 1:
            return row.actor
        return action_label(row.action)
