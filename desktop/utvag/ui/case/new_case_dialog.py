"""New case: the person and the type of case, validated by the same service as the CLI."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from utvag.domain.case_records import CaseStatus, CaseType, ProtectedIdentity
from utvag.domain.units import DISTRICT_IDS
from utvag.errors import ValidationError
from utvag.services.cases import EarlierCase
from utvag.ui.case.case_flow_labels import case_flow_refusal_text
from utvag.ui.case.record_dialog import error_label, focus_refused
from utvag.ui.dialog_buttons import ok_cancel
from utvag.ui.labels import (
    case_status_label,
    case_type_label,
    protected_identity_label,
    unit_label,
)
from utvag.ui.look import error_line
from utvag.ui.typed_text_dialog import TypedTextDialog

DISTRICTS = DISTRICT_IDS


class NewCaseDialog(TypedTextDialog):
    """``submit(data)`` creates the case and returns its id, or raises ``ValidationError``.
    ``earlier(number)`` lists the cases already in the vault for an identity number: they are
    shown before the case is created (it is linked to the same person), and a second OK
    creates it. ``case_types`` are the types this vault opens (SAV opens no relatives' case)."""

    def __init__(self, submit: Callable[[dict[str, Any]], int],
                 parent: QWidget | None = None,
                 earlier: Callable[[str], list[EarlierCase]] | None = None,
                 case_types: Sequence[CaseType] = tuple(CaseType)) -> None:
        super().__init__(parent)
        self._earlier = earlier
        self._shown_for: str | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(34 * self.fontMetrics().averageCharWidth() + 260)
        self._submit = submit
        self.case_id: int | None = None
        self.type = QComboBox()
        for t in case_types:
            self.type.addItem(case_type_label(t), t.value)
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.number = QLineEdit()
        self.number.setObjectName("personalNumber")
        self.number.setPlaceholderText(self.tr("YYYYMMDD-NNNN"))
        self.birth = QLineEdit()
        self.birth.setObjectName("birthDate")
        self.birth.setPlaceholderText(self.tr("YYYY-MM-DD, when there is no Swedish number"))
        self.gender = QComboBox()
        for value, text in (("", self.tr("Not stated")), ("female", self.tr("Female")),
                            ("male", self.tr("Male")), ("other", self.tr("Other"))):
            self.gender.addItem(text, value)
        self.district = QComboBox()
        self.district.addItem(self.tr("Not known"), "")
        for d in DISTRICTS:
            self.district.addItem(unit_label(d), d)
        self.address = QLineEdit()
        self.address.setObjectName("personAddress")
        self.address.setMaxLength(300)
        self.protected = QComboBox()
        for p in ProtectedIdentity:
            self.protected.addItem(protected_identity_label(p), p.value)
        self.error = error_line()
        error_label(self.error)
        form = QFormLayout(self)
        for label, widget in ((self.tr("&Type of case:"), self.type),
                              (self.tr("&Name:"), self.name),
                              (self.tr("&Identity number:"), self.number),
                              (self.tr("&Birth date:"), self.birth),
                              (self.tr("&Gender:"), self.gender),
                              (self.tr("&District of belonging:"), self.district),
                              (self.tr("&Address:"), self.address),
                              (self.tr("&Protected identity:"), self.protected)):
            form.addRow(label, widget)
        form.addRow(self.error)
        self.field_widgets: dict[str, QWidget] = {
            "person.name": self.name, "person.personal_number": self.number,
            "person.birth_date": self.birth, "person.address": self.address}
        form.addRow(ok_cancel(self, self._accept))

    def data(self) -> dict[str, Any]:
        person: dict[str, Any] = {"name": self.name.text()}
        if self.number.text().strip():
            person["personal_number"] = self.number.text().strip()
        if self.birth.text().strip():
            person["birth_date"] = self.birth.text().strip()
        for key, combo in (("gender", self.gender), ("district", self.district)):
            if combo.currentData():
                person[key] = combo.currentData()
        if self.address.text().strip():
            person["address"] = self.address.text().strip()
        person["protected_identity"] = self.protected.currentData()
        return {"type": self.type.currentData(), "person": person}

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():  # room for the message, however it wraps
            self.resize(self.width(), needed)

    def _earlier_cases(self) -> bool:
        """Show the earlier cases of the identity number once; True when they were shown."""
        number = self.number.text().strip()
        if self._earlier is None or not number or number == self._shown_for:
            return False
        found = self._earlier(number)
        if not found:
            return False
        self._shown_for = number
        lines = [self.tr("This identity number already has cases in the vault; the new case "
                         "will be linked to the same person. Press OK again to create it.")]
        for case in found:
            status = case_status_label(CaseStatus(case.status))
            if case.closed_on:
                status = self.tr("%1, closed %2").replace("%1", status).replace(
                    "%2", case.closed_on)
            lines.append(f"• {case.case_number} — {case_type_label(CaseType(case.type))}"
                         f" — {status}")
        self._show_message("\n".join(lines))
        return True

    def _accept(self) -> None:
        if self._earlier_cases():
            return
        try:
            self.case_id = self._submit(self.data())
        except ValidationError as exc:
            self._show_message(self._explain(exc))
            focus_refused(exc, self.field_widgets, self.error)
            return
        self.accept()

    def _explain(self, exc: ValidationError) -> str:
        field = exc.field or ""
        flow = case_flow_refusal_text(exc)
        if flow is not None:
            return flow
        if field == "person.name":
            return self.tr("Write the person's name.")
        if field == "person.personal_number":
            return self.tr("The identity number is not valid (check the digits and the date).")
        if field == "person.birth_date":
            return self.tr("Give a birth date as YYYY-MM-DD when there is no Swedish number.")
        return self.tr("Check the form: %1").replace("%1", field)
