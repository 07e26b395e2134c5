"""An incident against staff: when, what kind, which staff member (a role or initials: staff
safety data is itself sensitive), what happened, witnesses, whether it was reported to the
Police, follow-up and the support offered. A refused record is explained in the dialog, which
stays open; the service stores nothing it refuses.

Without a case the incident is recorded against the unit (in the reception, or by a person not
known in a case): the dialog then asks where it happened and what is known of the person, and
has no attachments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from utvag.domain.high_risk import MAX_STAFF, Ground, IncidentPlace, Support
from utvag.errors import UtvagError
from utvag.services import cases, high_risk, unit_incidents
from utvag.services.session import Session
from utvag.ui.high_risk_labels import ground_label, place_label, support_label
from utvag.ui.look import styled
from utvag.ui.messages import known_error_text

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class IncidentDialog(QDialog):
    """``record_id`` is the stored incident after OK; ``case_id`` None records it against the
    unit."""

    def __init__(self, session: Session, case_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self.record_id: int | None = None
        self.setWindowTitle(self.tr("Incident against staff") if case_id is not None
                            else self.tr("Incident against staff at the unit"))
        now = datetime.now()
        self.occurred_at = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day),
                                                   QTime(now.hour, now.minute)))
        self.occurred_at.setDisplayFormat(DATE_TIME_FORMAT)
        self.occurred_at.setCalendarPopup(True)
        self.kind = QComboBox()
        for ground in Ground:
            self.kind.addItem(ground_label(ground), ground.value)
        self.place = QComboBox()
        self.place.setObjectName("incidentPlace")
        for place in IncidentPlace:
            self.place.addItem(place_label(place), place.value)
        self.person = QLineEdit()
        self.person.setObjectName("incidentPerson")
        self.person.setPlaceholderText(self.tr("What is known of the person, if anything"))
        self.staff = QLineEdit()
        self.staff.setMaxLength(MAX_STAFF + 10)  # the service names the limit when it is passed
        self.staff.setPlaceholderText(self.tr("A role or initials, never a full name"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(90)
        self.witnesses = QLineEdit()
        self.reported = QCheckBox(self.tr("Reported to the Police"))
        self.reported_on = QDateEdit(QDate(now.year, now.month, now.day))
        self.reported_on.setDisplayFormat("yyyy-MM-dd")
        self.reported_on.setCalendarPopup(True)
        self.report_number = QLineEdit()
        self.report_number.setPlaceholderText(self.tr("The Police's report number"))
        for widget in (self.reported_on, self.report_number):
            widget.setEnabled(False)
            self.reported.toggled.connect(widget.setEnabled)
        self.attachments = QListWidget()
        self.attachments.setObjectName("incidentAttachments")
        self.attachments.setMaximumHeight(80)
        known = cases.attachments(session, case_id) if case_id is not None else []
        for att in known:  # names only; nothing is opened
            item = QListWidgetItem(att.name)
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attachments.addItem(item)
        self.attachments.setVisible(self.attachments.count() > 0)
        self.follow_up = QLineEdit()
        self.support: dict[str, QCheckBox] = {s.value: QCheckBox(support_label(s))
                                              for s in Support}
        self.error = QLabel()
        styled(self.error, "errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37")

        police = QHBoxLayout()
        police.addWidget(self.reported)
        police.addWidget(self.reported_on)
        police.addWidget(self.report_number, 1)
        support = QHBoxLayout()
        for box in self.support.values():
            support.addWidget(box)
        support.addStretch(1)
        form = QFormLayout(self)
        rows: list[tuple[str, QWidget]] = [(self.tr("&When:"), self.occurred_at)]
        if case_id is None:
            rows.append((self.tr("Pla&ce:"), self.place))
        rows += [(self.tr("&Kind:"), self.kind), (self.tr("&Staff member:"), self.staff)]
        if case_id is None:
            rows.append((self.tr("Pe&rson:"), self.person))
        rows += [(self.tr("What &happened:"), self.description),
                 (self.tr("W&itnesses:"), self.witnesses)]
        for label, field in rows:
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        if self.attachments.count():
            form.addRow(self.tr("Attachments:"), self.attachments)
        form.addRow(self.tr("Police:"), police)
        caption = QLabel(self.tr("&Follow-up:"))
        caption.setBuddy(self.follow_up)
        form.addRow(caption, self.follow_up)
        form.addRow(self.tr("Support offered:"), support)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(620, self.sizeHint().height())

    def occurred(self) -> datetime:
        value = self.occurred_at.dateTime()
        day, time = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(),
                        time.minute()).astimezone()

    def data(self) -> dict[str, Any]:
        """The form as the service's input."""
        reported = self.reported.isChecked()
        day = self.reported_on.date()
        data: dict[str, Any] = {
            "occurred_at": self.occurred().isoformat(timespec="minutes"),
            "kind": self.kind.currentData(), "staff": self.staff.text(),
            "description": self.description.toPlainText(),
            "witnesses": self.witnesses.text().strip() or None,
            "police_reported_on": (f"{day.year():04d}-{day.month():02d}-{day.day():02d}"
                                   if reported else None),
            "police_report_number": (self.report_number.text().strip() or None)
            if reported else None,
            "follow_up": self.follow_up.text().strip() or None,
            "support_offered": [k for k, box in self.support.items() if box.isChecked()],
        }
        if self._case_id is None:
            return {**data, "place": self.place.currentData(),
                    "person": self.person.text().strip() or None}
        return {**data, "attachment_ids": [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.attachments.item(i) for i in range(self.attachments.count()))
            if item.checkState() == Qt.CheckState.Checked]}

    def _accept(self) -> None:
        try:
            if self._case_id is None:
                self.record_id = unit_incidents.add_unit_incident(self._session, self.data())
            else:
                self.record_id = high_risk.add_incident(self._session, self._case_id,
                                                        self.data())
        except UtvagError as exc:
            self.error.setText(self.tr("Not saved: %1").replace("%1", known_error_text(exc)))
            return
        self.accept()
