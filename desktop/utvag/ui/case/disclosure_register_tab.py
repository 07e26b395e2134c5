"""The case's disclosure register: every time information about the case left the board, on
which legal ground, and to whom; recording one and exporting the register (not encrypted, after
a warning). Reading the register is audited, so it is read when the page is shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError
from utvag.services import disclosures
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.case.disclosure_form import (
    DisclosureForm,
    authority_label,
    category_label,
    channel_label,
)
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.look import plain_tooltip, table_look, wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.plain_copy import ask_plain_copy_path
from utvag.ui.reads_when_shown import ReadsWhenShown
from utvag.ui.vault_events import ChangeKind, notify

PathChooser = Callable[[QWidget], Path | None]


def choose_export_path(parent: QWidget) -> Path | None:
    """Warn that the file is not encrypted, then ask where to save it."""
    return ask_plain_copy_path(
        parent, parent.tr("Save an unencrypted register?"),
        parent.tr("The exported register is NOT encrypted. It names recipients and legal "
                  "grounds but no person data. Save it only where your organisation allows."),
        parent.tr("Export the register"), "utlamnanden.csv", "CSV (*.csv)")


class DisclosureRegisterTab(ReadsWhenShown, FollowsLanguage, QWidget):
    def __init__(self, session: Session, case_id: int, protected: bool,
                 parent: QWidget | None = None,
                 choose_path: PathChooser = choose_export_path) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self._protected = protected
        self._choose_path = choose_path
        self._entries: list[disclosures.DisclosureEntry] = []
        self.form: DisclosureForm | None = None
        self.table = table_look(QTableWidget(0, 7))
        self.table.setObjectName("disclosureTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = wrapped_label()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.open_form)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Channel"), self.tr("Recipient"), self.tr("What left"),
            self.tr("Legal ground"), self.tr("By"), self.tr("Identity revealed")])
        self.add_button.setText(self.tr("Record disclosure…"))
        self.export_button.setText(self.tr("Export…"))
        self._render()

    def reload(self) -> None:
        self._entries = disclosures.list_disclosures(self._session, self._case_id)
        self._render()

    def _render(self) -> None:
        swedish = i18n.current_language() == "sv"
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            label = (e.label_sv if swedish else e.label_en) or e.legal_ref or e.legal_basis
            cells = [local_time(e.disclosed_at), channel_label(e.channel),
                     f"{e.recipient} ({authority_label(e.recipient_authority or 'other')})",
                     ", ".join(category_label(c) for c in e.categories), label, e.disclosed_by,
                     self.tr("Yes") if e.identity_revealed else self.tr("No")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(plain_tooltip(  # the words as typed, never markup
                        e.legal_ground if not e.harm_test else "\n".join((
                            e.legal_ground, self.tr("Harm test: %1").replace(
                                "%1", e.harm_test)))) or "")
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n disclosure(s) recorded.", "", len(self._entries)))

    def open_form(self) -> DisclosureForm:
        form = DisclosureForm(self._session, self._case_id, self._protected, self)
        form.accepted.connect(self.reload)
        form.accepted.connect(lambda: notify(ChangeKind.RECORDS, self._case_id))  # the log
        form.finished.connect(lambda _r: form.deleteLater())
        self.form = form
        form.open()
        return form

    def export(self) -> Path | None:
        target = self._choose_path(self)
        if target is None:
            return None
        try:
            disclosures.write_register(self._session, self._case_id, "csv", target)
        except UtvagError as exc:
            self.status.setText(known_error_text(exc))
            return None
        self.status.setText(self.tr("The register was saved (not encrypted)."))
        return target
