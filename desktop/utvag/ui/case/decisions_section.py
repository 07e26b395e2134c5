"""The Overview's *Application and decisions*: what the case started from and what was decided on
it, oldest first, read-only — the application(s) (what was applied for and the written
application, by whom), the board's decisions (granted or refused, by whom, with a refusal's
appeal notice) and SAV's decisions on special-defector status. Recording
is done from the Case menu; this section reads again whenever the case changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QVBoxLayout, QWidget

from utvag.domain.units import Unit
from utvag.services import decisions
from utvag.services.session import Session
from utvag.ui.case.case_life_labels import (
    applicant_label,
    day,
    decision_outcome_label,
    decision_subject_label,
    special_decision_label,
)
from utvag.ui.case.case_record_table import Column, RecordModel, RecordTable
from utvag.ui.case.follow_case import follow_case
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.look import PlainLabel, plain_tooltip
from utvag.ui.unit_labels import unit_label

translate = QCoreApplication.translate
TEXT_COLUMNS = (3, 5)  # what was decided, the appeal notice: read whole in the tooltip


@dataclass(frozen=True)
class DecisionLine:
    """One row: an application, a decision or SAV's decision, as the caseworker reads it.
    ``key`` orders the rows (the day, then the kind, then the record's id); ``id`` is the
    record's own, prefixed by its kind so rows of different kinds never share one."""

    id: str
    day: str
    concerns: str
    outcome: str
    what: str
    by: str
    appeal_notice: str
    key: tuple[str, int, int]


def _applicant(application: decisions.ApplicationRecord) -> str:
    kind = applicant_label(application.applicant_kind)
    return f"{kind}: {application.applicant}" if application.applicant else kind


def _applied_for(application: decisions.ApplicationRecord) -> str:
    """What was applied for, as written, and the attachment holding the written application;
    "—" when neither was recorded."""
    written = application.attachment_name
    if written is None:
        return application.applied_for or "—"
    if application.applied_for:
        part = translate("caselife", "written application: %1").replace("%1", written)
        return f"{application.applied_for} ({part})"
    return translate("caselife", "Written application: %1").replace("%1", written)


def lines(found: decisions.CaseDecisions) -> list[DecisionLine]:
    """The case's applications and decisions as rows, oldest first."""
    received = translate("caselife", "Application received")
    special = translate("caselife", "SAV: special defector?")
    rows = [DecisionLine(f"application:{a.id}", a.received_on, received, "—", _applied_for(a),
                         _applicant(a), "", (a.received_on, 0, a.id))
            for a in found.case_application]
    rows += [DecisionLine(f"decision:{d.id}", d.decided_on, decision_subject_label(d.subject),
                          decision_outcome_label(d.outcome), d.what, d.decided_by_role,
                          d.appeal_notice or "", (d.decided_on, 1, d.id))
             for d in found.case_decision]
    rows += [DecisionLine(f"special:{s.id}", s.decided_on, special,
                          special_decision_label(s.decision), s.justification,
                          unit_label(Unit.SAV.value), "", (s.decided_on, 2, s.id))
             for s in found.special_defector_decision]
    return sorted(rows, key=lambda row: row.key)


class DecisionsModel(RecordModel[DecisionLine]):
    """The rows, a column each for the day, what the decision concerns, its outcome, what was
    decided, by whom and the appeal notice; long texts are read whole in the tooltip."""

    def styled(self, row: DecisionLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in TEXT_COLUMNS:
            return plain_tooltip(self.display(row, column))  # stored text, as written
        return None


class DecisionsSection(FollowsLanguage, QWidget):
    """The heading, and the table of the case's applications and decisions (or a line saying
    there are none yet, and where they are recorded)."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDecisions")
        self._session, self._case_id = session, case_id
        self.heading = PlainLabel()
        self.heading.setStyleSheet("font-weight: bold")
        self.records: RecordTable[DecisionLine] = RecordTable(
            DecisionsModel(self._columns, self), "caseDecisionsTable", TEXT_COLUMNS[1])
        # What was decided gets a reading width (whole in its tooltip); the notice the rest.
        header = self.records.table.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMNS[0], QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TEXT_COLUMNS[0], self.fontMetrics().averageCharWidth() * 40)
        self.records.setMaximumHeight(self.fontMetrics().height() * 12)
        # Right under the case's facts, as tall as its rows need (up to a dozen lines).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.records, 1)
        self.retranslate()
        self.refresh()
        follow_case(self, session, case_id, self.refresh)

    def _columns(self) -> Sequence[Column[DecisionLine]]:
        return ((self.tr("Date"), lambda r: day(r.day)),
                (self.tr("Concerns"), lambda r: r.concerns),
                (self.tr("Outcome"), lambda r: r.outcome),
                (self.tr("What was decided"), lambda r: r.what),
                (self.tr("By"), lambda r: r.by),
                (self.tr("Appeal notice"), lambda r: r.appeal_notice))

    def refresh(self) -> None:
        self.records.set_rows(lines(decisions.records(self._session, self._case_id)))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Application and decisions"))
        self.records.retranslate(self.tr("The case's application and decisions"), self.tr(
            "No application or decision is recorded yet (Case › Record the application… "
            "and Record a decision…)."))
        if self.records.model.rowCount():
            self.refresh()  # the kinds and outcomes are translated text
