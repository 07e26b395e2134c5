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

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from utvag.domain.high_risk import MAX_STAFF, Ground, IncidentPlace, Support
from utvag.errors import UtvagError
from utvag.services import cases, high_risk, unit_incidents
from utvag.services.session import Session
from utvag.ui.case.kept_dialog import DialogKeeper
from utvag.ui.case.record_dialog import (
    choice_box,
    date_edit,
    date_time_edit,
    iso_day,
    local_moment,
)
from utvag.ui.dialog_buttons import ok_cancel
from utvag.ui.layouts import widget_row
from utvag.ui.list_items import add_checkable, checked_ids
from utvag.ui.look import error_line
from utvag.ui.messages import known_error_text
from utvag.ui.staff_safety.high_risk_labels import ground_label, place_label, support_label
from utvag.ui.typed_text_dialog import TypedTextDialog


class IncidentDialog(TypedTextDialog):
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
        self.occurred_at = date_time_edit()
        self.kind = choice_box([(ground_label(ground), ground.value) for ground in Ground])
        self.place = choice_box([(place_label(place), place.value) for place in IncidentPlace])
        self.place.setObjectName("incidentPlace")
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
        self.reported_on = date_edit()
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
            add_checkable(self.attachments, att.name, att.id)
        self.attachments.setVisible(self.attachments.count() > 0)
        self.follow_up = QLineEdit()
        self.support: dict[str, QCheckBox] = {s.value: QCheckBox(support_label(s))
                                              for s in Support}
        self.error = error_line()
        self.error.setStyleSheet("color: #b02a37")

        police = widget_row(self.reported, self.reported_on, self.report_number)
        support = widget_row(*self.support.values(), None)
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
            form.addRow(label, field)
        if self.attachments.count():
            form.addRow(self.tr("Attachments:"), self.attachments)
        form.addRow(self.tr("Police:"), police)
        form.addRow(self.tr("&Follow-up:"), self.follow_up)
        form.addRow(self.tr("Support offered:"), support)
        form.addRow(self.error)
        self.buttons = ok_cancel(self, self._accept)
        form.addRow(self.buttons)
        if case_id is not None:  # typed text survives a lock (kept with the case)
            self.keeper = DialogKeeper(self, session, case_id)
        self.resize(620, self.sizeHint().height())

    def occurred(self) -> datetime:
        return local_moment(self.occurred_at)

    def data(self) -> dict[str, Any]:
        """The form as the service's input."""
        reported = self.reported.isChecked()
        data: dict[str, Any] = {
            "occurred_at": self.occurred().isoformat(timespec="minutes"),
            "kind": self.kind.currentData(), "staff": self.staff.text(),
            "description": self.description.toPlainText(),
            "witnesses": self.witnesses.text().strip() or None,
            "police_reported_on": iso_day(self.reported_on) if reported else None,
            "police_report_number": (self.report_number.text().strip() or None)
            if reported else None,
            "follow_up": self.follow_up.text().strip() or None,
            "support_offered": [k for k, box in self.support.items() if box.isChecked()],
        }
        if self._case_id is None:
            return {**data, "place": self.place.currentData(),
                    "person": self.person.text().strip() or None}
        return {**data, "attachment_ids": checked_ids(self.attachments)}

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
