"""The "Concern reports" view: the unit's concern reports about a child (or one case's), newest
first, with the open step and whether it is overdue; the selected report's details below, and
the buttons that record a report and its steps. A protected child's identity is masked.

Reports received before any case are here and nowhere else until they are linked to the child's
case; the Due view opens this view at the report whose step is due."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.display_text import one_line_shown
from utvag.services import concern
from utvag.services.session import Session
from utvag.ui.case.followup_labels import due_kind_label
from utvag.ui.case.record_dialog import RecordDialog
from utvag.ui.concern.concern_dialogs import (
    ConversationDialog,
    FeedbackDialog,
    LinkCaseDialog,
    NewConcernDialog,
    PreliminaryDialog,
    ProtectionDialog,
)
from utvag.ui.concern.concern_labels import (
    participant_label,
    preliminary_label,
    protection_label,
    reporter_label,
)
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.look import wrapped_label
from utvag.ui.named_action import named_button
from utvag.ui.row_table_model import OVERDUE_BACKGROUND, OVERDUE_TEXT, RowTableModel, row_table
from utvag.ui.vault_events import ChangeKind, notify

Report = concern.ConcernReport


def _child_name(report: Report) -> str:
    if report.child.identity_masked:
        return QCoreApplication.translate("concern", "[protected identity]")
    return one_line_shown(report.child.name)


class ConcernModel(RowTableModel[Report]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Received"), self.tr("Case"), self.tr("Child"), self.tr("Reporter"),
                self.tr("Next step"))

    def row_id(self, row: Report) -> Any:
        return row.id

    def case_id(self, row: Report) -> int | None:
        return row.case_id

    def display(self, row: Report, column: int) -> Any:
        if column == 0:
            return local_time(row.received_at)
        if column == 1:
            return row.case_number or self.tr("No case yet")
        if column == 2:
            return _child_name(row)
        if column == 3:
            return reporter_label(row.reporter_type)
        steps = row.open_steps
        if not steps:
            return self.tr("Done")
        first = steps[0]
        text = due_kind_label(first.kind)
        return self.tr("%1 (overdue)").replace("%1", text) if first.overdue else text

    def styled(self, row: Report, column: int, role: int) -> Any:
        if not any(s.overdue for s in row.open_steps):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_TEXT)
        return None


class ConcernReportsView(FollowsLanguage, QWidget):
    """The unit's reports, or those of ``case_id`` only. ``changed`` is emitted after a report
    or a step was recorded here (the case's Follow-up tab shows the same reports)."""

    changed = Signal()

    def __init__(self, session: Session, case_id: int | None = None,
                 parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("concernReportsView")
        self._session, self._case_id = session, case_id
        self._now = now or (lambda: datetime.now(UTC))
        self.shown: concern.ShownReport | None = None
        self._case_number: str | None = None
        self.model = ConcernModel(parent=self)
        self.table = row_table(self.model, "concernTable", 2)
        self.without_case = QCheckBox()
        self.without_case.setVisible(case_id is None)
        self.new_button = named_button("newConcern", self.open_new)
        self.protection_button = named_button(
            "protectionStep", lambda: self.open_step(ProtectionDialog))
        self.preliminary_button = named_button(
            "preliminaryStep", lambda: self.open_step(PreliminaryDialog))
        self.feedback_button = named_button("feedbackStep", lambda: self.open_step(FeedbackDialog))
        self.conversation_button = named_button(
            "conversationStep", lambda: self.open_step(ConversationDialog))
        self.link_button = named_button("linkConcernToCase", lambda: self.open_step(LinkCaseDialog))
        self.details = wrapped_label("concernDetails")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(self.without_case)
        top.addStretch(1)
        top.addWidget(self.new_button)
        steps = QHBoxLayout()
        for button in (self.protection_button, self.preliminary_button, self.feedback_button,
                       self.conversation_button, self.link_button):
            steps.addWidget(button)
        steps.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 2)
        box.addLayout(steps)
        box.addWidget(self.details, 1)
        self.without_case.toggled.connect(lambda _on: self.reload())
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self.resize(900, 560)
        self.retranslate()
        self.reload()

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title()
        self.table.setAccessibleName(self.tr("Concern reports"))
        self.without_case.setText(self.tr("Only reports without a case"))
        self.new_button.setText(self.tr("&New concern report…"))
        self.protection_button.setText(self.tr("&Protection assessment…"))
        self.preliminary_button.setText(self.tr("P&reliminary assessment…"))
        self.feedback_button.setText(self.tr("&Feedback given…"))
        self.conversation_button.setText(self.tr("&Conversation…"))
        self.link_button.setText(self.tr("&Link to case…"))
        self.model.retranslate()
        self._show_details()

    def _title(self) -> None:
        self.setWindowTitle(
            self.tr("Concern reports in case %1").replace("%1", self._case_number)
            if self._case_number else self.tr("Concern reports"))

    # -- rows ------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self.shown.id if self.shown else None
        rows = concern.list_reports(self._session, case_id=self._case_id,
                                    unlinked_only=self.without_case.isChecked(),
                                    now=self._now())
        self.model.set_rows(rows)
        if self._case_id is not None and rows:
            self._case_number = str(rows[0].case_number)
            self._title()
        self.shown = None
        if keep is not None and self.select_report(int(keep)):
            return
        if rows:
            self.table.selectRow(0)
        else:
            self._show_details()

    def select_report(self, report_id: int) -> bool:
        """Select (and show) the report with this id, if the view lists it."""
        for number in range(self.model.rowCount()):
            if self.model.row_at(number).id == report_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return True
        return False

    def selected(self) -> Report | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected()
        self.shown = None if row is None else concern.show_report(self._session, row.id,
                                                                  now=self._now())
        self._show_details()

    def _show_details(self) -> None:
        report = self.shown
        has = report is not None
        for button in (self.protection_button, self.preliminary_button, self.feedback_button,
                       self.conversation_button):
            button.setEnabled(has)
        self.link_button.setEnabled(has and report is not None and report.case_id is None)
        if report is None:
            self.details.setText(self._nothing_shown())
            return
        lines = [
            self.tr("Received: %1").replace("%1", local_time(report.received_at)),
            self.tr("Reporter: %1").replace("%1", reporter_label(report.reporter_type)),
            self.tr("Child: %1").replace("%1", _child_name(report)),
            self.tr("Feedback asked for: %1").replace(
                "%1", self._yes_no(report.feedback_requested)),
            self.tr("Feedback given: %1").replace("%1", self._moment(report.feedback_given_at)),
            self._step(self.tr("Protection assessment: %1"),
                       self.tr("Protection assessment: %1, %2"),
                       report.protection_assessed_at,
                       protection_label(report.protection_outcome)),
            self._step(self.tr("Preliminary assessment: %1"),
                       self.tr("Preliminary assessment: %1, %2"),
                       report.preliminary_assessed_at,
                       preliminary_label(report.preliminary_outcome)),
        ]
        if report.preliminary_reason:
            lines.append(self.tr("Reason: %1").replace("%1", report.preliminary_reason))
        for talk in report.conversation_list:
            line = self.tr("Conversation %1 with %2").replace("%1", talk.held_on).replace(
                "%2", ", ".join(participant_label(w).lower() for w in talk.with_whom))
            if talk.note:
                line += f": {talk.note}"
            lines.append(line)
        if not report.conversation_list:
            lines.append(self.tr("No conversation recorded."))
        for step in report.open_steps:
            label = due_kind_label(step.kind)
            when = local_time(step.deadline)
            lines.append((self.tr("Overdue since %2: %1") if step.overdue
                          else self.tr("Due by %2: %1")).replace("%1", label)
                         .replace("%2", when))
        self.details.setText("\n".join(lines))

    def _nothing_shown(self) -> str:
        """Why no report is shown: none chosen, or none to choose (and how one is recorded)."""
        if self.model.rowCount():
            return self.tr("No concern report selected.")
        if self.without_case.isChecked():
            return self.tr("Every concern report is linked to a case.")
        if self._case_id is not None:
            return self.tr("No concern report about this case's person yet. New concern "
                           "report… records one.")
        return self.tr("No concern report has been recorded yet. New concern report… records "
                       "one.")

    def _yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.tr("Not recorded")
        return self.tr("Yes") if value else self.tr("No")

    def _moment(self, value: str | None) -> str:
        return local_time(value) if value else self.tr("not yet")

    def _step(self, pending: str, done: str, at: str | None, outcome: str) -> str:
        """An assessment's line: "not yet" alone until it is made, then when and the outcome."""
        if not at:
            return pending.replace("%1", self.tr("not yet"))
        return done.replace("%1", local_time(at)).replace("%2", outcome)

    # -- dialogs ---------------------------------------------------------------------------
    def _run(self, dialog: RecordDialog, select: int | None = None) -> RecordDialog:
        dialog.accepted.connect(lambda: self.reload(
            select if select is not None else _new_id(dialog.result_value)))
        dialog.accepted.connect(lambda: notify(ChangeKind.RECORDS, self._case_id))  # Due list
        dialog.open()
        return dialog

    def open_new(self) -> RecordDialog:
        return self._run(NewConcernDialog(self._session, self._case_id, self))

    def open_step(self, kind: type[Any]) -> RecordDialog | None:
        report = self.shown
        if report is None:
            return None
        dialog: RecordDialog = kind(self._session, report, self)
        return self._run(dialog, report.id)


def _new_id(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, concern.ReportChanged):
        return value.record_id
    return None
