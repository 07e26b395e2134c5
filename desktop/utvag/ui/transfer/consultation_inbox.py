"""SAV's received consultations: **File › Received consultations…** lists every consultation kept
here (``consultation.inbox.received_list``), who asked and what, and SAV's answer once given. A
kept consultation not yet answered — the answer dialog was cancelled at import — is answered
here with **Answer…**, through the same dialog and service as at import; an answered one shows
its answer and cannot be answered again (the service refuses a second answer as well).
**Write the receipt again…** writes the receipt for the district, as sealed when the
consultation was kept (``consultation.receipts``), to a file the user chooses: the way to the
receipt when its file could not be written at the import, or was lost on the way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services.consultation import inbox, receipts
from utvag.services.consultation.inbox import InboxEntry
from utvag.services.session import Session
from utvag.ui.labels import unit_label
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.row_table_model import RowTableModel, row_table
from utvag.ui.transfer.common import refuse, seal_into_file, when_text
from utvag.ui.transfer.consultation import AnswerConsultationDialog, answer_written, question_label

translate = QCoreApplication.translate


def answer_text(entry: InboxEntry) -> str:
    """SAV's answer in short: the decision or advice, or that it is still awaited."""
    answer = entry.answer
    if answer is None:
        return translate("consultation", "Awaiting SAV's answer")
    if answer.answer == "advice":
        return translate("consultation", "Advice given")
    if answer.special_defector:
        return translate("consultation", "Decision: a special defector")
    return translate("consultation", "Decision: not a special defector")


class ReceivedConsultationsModel(RowTableModel[InboxEntry]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Received"), self.tr("From"), self.tr("Question"), self.tr("Answer"))

    def row_id(self, row: InboxEntry) -> Any:
        return row.package_id

    def display(self, row: InboxEntry, column: int) -> Any:
        cells = (when_text(row.received_at), unit_label(row.from_unit),
                 question_label(row.question), answer_text(row))
        return cells[column]


class ReceivedConsultationsDialog(QDialog):
    """The consultations kept here, oldest first; Answer… for one still awaiting its answer."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("receivedConsultationsDialog")
        self.setWindowTitle(self.tr("Received consultations"))
        self.setMinimumSize(720, 420)
        intro = PlainLabel(self.tr("The consultations the districts sent SAV and kept here. Select "
                               "one still awaiting its answer and press Answer…; an answered "
                               "one shows its answer."))
        intro.setWordWrap(True)
        self.model = ReceivedConsultationsModel(parent=self)
        self.table = row_table(self.model, "receivedConsultations", 3)
        self.table.setAccessibleName(self.tr("Received consultations"))
        self.shown = wrapped_label("consultationAnswerShown")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.answer_button = QPushButton(self.tr("&Answer…"))
        self.answer_button.setObjectName("answerConsultation")
        self.buttons.addButton(self.answer_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.answer_button.clicked.connect(self.answer)
        self.receipt_button = QPushButton(self.tr("Write the &receipt again…"))
        self.receipt_button.setObjectName("writeConsultationReceipt")
        self.receipt_button.setToolTip(self.tr(
            "Write the receipt for the district again, as it was sealed when the consultation "
            "was kept here"))
        self.buttons.addButton(self.receipt_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.receipt_button.clicked.connect(lambda _checked=False: self.write_receipt())
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.shown)
        box.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _index: self.answer())
        self.reload()

    def reload(self, package_id: str | None = None) -> None:
        """Read the list again and select *package_id* (else the first awaiting an answer)."""
        rows = inbox.received_list(self._session)
        self.model.set_rows(rows)
        wanted = next((n for n, r in enumerate(rows) if r.package_id == package_id), None)
        if wanted is None:
            wanted = next((n for n, r in enumerate(rows) if r.awaiting_answer), 0)
        if rows:
            self.table.selectRow(wanted)
        self._selected()

    def selected(self) -> InboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        entry = self.selected()
        self.answer_button.setEnabled(entry is not None and entry.awaiting_answer)
        self.receipt_button.setEnabled(entry is not None)
        if entry is None:
            self.shown.setText(self.tr("No consultation is kept here."))
        elif entry.answer is None:
            self.shown.setText(self.tr("Not answered yet: press Answer… to write SAV's answer."))
        else:
            self.shown.setText(self.tr("%1, %2: %3").replace("%1", answer_text(entry))
                               .replace("%2", when_text(entry.answer.answered_at))
                               .replace("%3", entry.answer.text))

    def answer(self) -> None:
        """The answer dialog of the import, for the selected consultation awaiting one."""
        entry = self.selected()
        if entry is None or not entry.awaiting_answer:
            return
        try:
            view = inbox.received(self._session, entry.package_id)
        except UtvagError as exc:
            refuse(self, self.tr("The consultation could not be read."), exc)
            return
        dialog = AnswerConsultationDialog(self._session, view, self)
        if dialog.exec():
            self.reload(entry.package_id)
            answer_written(self, dialog.result_value, view.receipt)

    def write_receipt(self, target: Path | None = None) -> None:
        """The selected consultation's receipt for the district, written again into *target* (by
        default a file the user chooses) off the GUI thread; a refusal is shown and writes
        nothing."""
        entry = self.selected()
        if entry is None:
            return
        session, package_id = self._session, entry.package_id
        try:
            done = seal_into_file(
                self, self.tr("Save the receipt"), f"konsultation-{package_id[:8]}-receipt.utvp",
                self.tr("Writing the receipt…"),
                lambda path: receipts.write_receipt(session, package_id, path), target)
        except UtvagError as exc:
            refuse(self, self.tr("The receipt file was not written."), exc)
            return
        if done is not None:
            written = done[1]
            QMessageBox.information(self, self.tr("Receipt written"), self.tr(
                "The receipt for the consultation is saved in:\n%1\n\nSend it back to %2 the "
                "same way the consultation came.").replace("%1", written.path)
                .replace("%2", unit_label(written.recipient_unit)))
