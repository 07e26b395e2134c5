"""Every assessment of a case, oldest first: drafts, the one in force and those it superseded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from utvag.ui.assessment.summary import local_time, verdict_text
from utvag.ui.row_table_model import RowTableModel

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from utvag.services.assessment import AssessmentRow




def status_label(row: AssessmentRow) -> str:
    if row.state == "draft":
        return translate("Assessment", "Draft")
    if row.superseded_by is not None:
        return translate("Assessment", "Superseded")
    return translate("Assessment", "In force")


def outcome_label(row: AssessmentRow) -> str:
    outcome = row.outcome
    if not isinstance(outcome, dict):
        return "—"
    return verdict_text(outcome.get("is_defector") is True,
                        outcome.get("special_defector") is True, str(outcome.get("route_to")))


class AssessmentHistoryModel(RowTableModel["AssessmentRow"]):
    def headers(self) -> tuple[str, ...]:
        return (translate("Assessment", "Started"), translate("Assessment", "Status"),
                translate("Assessment", "Signed"), translate("Assessment", "Signed by"),
                translate("Assessment", "Outcome"))

    def row_id(self, row: AssessmentRow) -> int:
        return row.id

    def display(self, row: AssessmentRow, column: int) -> Any:
        if column == 0:
            return local_time(row.created_at)
        if column == 1:
            return status_label(row)
        if column == 2:
            return local_time(row.signed_at) if row.signed_at else "—"
        if column == 3:
            return row.signed_by or "—"
        return outcome_label(row)
