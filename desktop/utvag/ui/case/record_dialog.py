"""The base of the small dialogs that record something on a case (an intervention, a relative, a
follow-up, a closing, a withdrawal): fields in a form, OK and Cancel, and the service's refusal
shown inside the dialog, which stays open so the user can correct what they typed.

A dialog never checks the guideline's rules itself; ``save`` calls the service, and whatever the
service refuses is shown as it says it (translated through :func:`known_error_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UtvagError, ValidationError
from utvag.ui.background import wait_off_thread
from utvag.ui.case.case_life_labels import refusal_text
from utvag.ui.dialog_buttons import ok_cancel
from utvag.ui.look import wrapped_label
from utvag.ui.messages import known_error_text
from utvag.ui.typed_text_dialog import TypedTextDialog

ERROR_STYLE = ("background: #fbe9eb; color: #7a1c26; padding: 6px; border: 1px solid #b02a37;"
               " border-radius: 4px")


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def iso_day(edit: QDateEdit) -> str:
    return str(edit.date().toString("yyyy-MM-dd"))


def date_time_edit() -> QDateTimeEdit:
    """Now, in local time, to the minute."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setDateTime(QDateTime.currentDateTime())
    return edit


def local_moment(edit: QDateTimeEdit) -> datetime:
    """The typed wall-clock time, to the minute, in the computer's time zone."""
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute()).astimezone()


def local_date_time(stored: str) -> QDateTime:
    """A stored moment as the wall-clock time here, to the minute (what ``local_moment`` reads
    back)."""
    moment = datetime.fromisoformat(stored).astimezone()
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute))


def iso_local_time(edit: QDateTimeEdit) -> str:
    """The local wall-clock time typed, as the services read it (no zone: local time)."""
    return str(edit.dateTime().toString("yyyy-MM-ddTHH:mm"))


def choice_box(items: Sequence[tuple[str, object]]) -> QComboBox:
    """A combo box of (label, value) pairs; ``currentData()`` is the value."""
    box = QComboBox()
    for label, value in items:
        box.addItem(label, value)
    return box


def error_label(label: QLabel) -> None:
    """A refusal's label as a screen reader meets it: named, reachable and read when focused."""
    label.setAccessibleName(QCoreApplication.translate("RecordDialog", "Why it was not saved"))
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)


def focus_refused(exc: UtvagError, field_widgets: dict[str, QWidget], message: QLabel) -> None:
    """Focus the widget of the field the refusal names, its text selected for typing over;
    the message itself (described by its text) when the field is not one of the dialog's."""
    message.setAccessibleDescription(message.text())
    field = exc.field if isinstance(exc, ValidationError) else None
    widget = field_widgets.get(field or "")
    if widget is None or not widget.isEnabled():
        message.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    target = next((w for w in (widget, *widget.findChildren(QWidget))
                   if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus), widget)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(target, QLineEdit | QAbstractSpinBox | QPlainTextEdit):
        target.selectAll()


class RecordDialog(TypedTextDialog):
    """Subclasses add rows to ``form`` and implement ``save`` (call the service, return what it
    returned). A refusal is shown in ``error`` and nothing else happens; focus goes to the
    widget registered in ``field_widgets`` under the field the refusal names (the service's
    ``ValidationError.field``), else to the message. ``name`` is the object name tests and the
    keyboard walk find the dialog by."""

    def __init__(self, title: str, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.result_value: object = None
        self.field_widgets: dict[str, QWidget] = {}
        self._focus_ordered = False
        self.intro = wrapped_label()
        self.intro.setVisible(False)
        self.form = QFormLayout()
        self.error = wrapped_label("recordError")
        self.error.setStyleSheet(ERROR_STYLE)
        error_label(self.error)
        self.error.setVisible(False)
        self.buttons = ok_cancel(self, self.submit)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._focus_ordered:
            self._focus_ordered = True
            self._order_focus()
        super().showEvent(event)  # the text fields as first shown are taken after the order

    def _order_focus(self) -> None:
        """OK and Cancel last in the Tab order (they were made before the subclass's fields),
        and the first field focused: typing goes into the form, not onto OK."""
        layout = self.layout()
        assert layout is not None
        layout.removeWidget(self.buttons)
        self.buttons.setParent(None)  # back in: at the end of the window's focus chain
        layout.addWidget(self.buttons)
        self.buttons.show()
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                row, QFormLayout.ItemRole.SpanningRole)
            field = item.widget() if item is not None else None
            if field is None:
                continue
            target = next((w for w in (field, *field.findChildren(QWidget))
                           if w.isEnabled() and not w.isHidden()
                           and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def save(self) -> object:
        raise NotImplementedError

    def save_off_thread(self) -> Callable[[], object] | None:
        """A dialog whose save is slow (sealing a package) reads its fields here and returns
        the service call, which ``submit`` runs off the GUI thread; None: ``save`` it is."""
        return None

    def submit(self) -> bool:
        """Save through the service; on a refusal show its message and stay open. Slow work
        runs off the GUI thread behind a progress dialog while this waits in an event loop (the
        window keeps painting); a lock meanwhile ends it without a result."""
        try:
            work = self.save_off_thread()
            if work is None:
                self.result_value = self.save()
            else:
                done, self.result_value = wait_off_thread(self, QCoreApplication.translate(
                    "RecordDialog", "Writing the package…"), work)
                if not done:
                    return False
        except UtvagError as exc:
            self.error.setText(refusal_text(exc) or known_error_text(exc))
            self.error.setVisible(True)
            self.adjustSize()
            focus_refused(exc, self.field_widgets, self.error)
            return False
        self.accept()
        return True


class OptionalDate(QWidget):
    """A date that may be left out: a check box and the date beside it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit()
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda on: self.setFocusProxy(self.edit if on else self.check))
        self.setFocusProxy(self.check)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def set_day(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))

    def iso(self) -> str | None:
        return iso_day(self.edit) if self.check.isChecked() else None
