"""One editor per field type of a form definition.

Every editor gives its answer as the JSON value the forms engine expects (``None`` for "no
answer"), emits ``changed`` as the answer changes (so conditional fields can follow live) and
``committed`` when the user has finished editing it (so a bad value is pointed out at once).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from utvag.forms import Field, FieldType

translate = QCoreApplication.translate

RADIO_LIMIT = 4
"""Choice fields with at most this many options show them all as radio buttons."""

SHORT_TEXT = 200
"""Text fields whose limit is at most this long are one-line edits."""

_INT_RANGE = 2_000_000_000
_FLOAT_RANGE = 1e12



def plain(text: str) -> str:
    """Form text shown on a button or a label with a buddy: an "&" is a character, never a
    keyboard shortcut of its own."""
    return text.replace("&", "&&")


class FieldEditor(QWidget):
    """Base class: the answer to one field."""

    changed = Signal()
    committed = Signal()

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.language = language
        self.setObjectName(f"field_{field.id}")
        self._held: QWidget | None = None

    def _hold(self, widget: QWidget, *, fill: bool = True) -> None:
        """The editor is this one widget, in a row without margins, taking the width (or, not
        ``fill``, keeping its own) and the focus."""
        self._held = widget
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1 if fill else 0)
        if not fill:
            box.addStretch(1)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """The widget that takes the keyboard focus first (the one held, by default)."""
        if self._held is None:
            raise NotImplementedError
        return self._held

    def focus_widgets(self) -> list[QWidget]:
        """Every widget of this editor in Tab order."""
        return [self.focus_widget()]

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.focus_widgets():
            widget.setEnabled(not read_only)

    def set_accessible(self, name: str, description: str) -> None:
        for widget in self.focus_widgets():
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)


_PREVIOUS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_NEXT = (Qt.Key.Key_Down, Qt.Key.Key_Right)


class _ButtonsEditor(FieldEditor):
    """Exclusive radio buttons: Tab reaches the group, Space chooses the focused option, and
    every arrow key moves to the option before or after and chooses it (in a row or a column
    alike, as Windows radio groups do)."""

    def __init__(self, field: Field, language: str, options: list[tuple[Any, str]],
                 horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._values: list[Any] = []
        box: QHBoxLayout | QVBoxLayout = QHBoxLayout(self) if horizontal else QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for index, (value, label) in enumerate(options):
            button = QRadioButton(plain(label))
            button.setObjectName(f"{field.id}__{value}")
            self.group.addButton(button, index)
            button.installEventFilter(self)
            self._values.append(value)
            box.addWidget(button)
        if horizontal:
            box.addStretch(1)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed.emit()
            self.committed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            buttons = self.buttons()
            if watched in buttons and (key in _PREVIOUS or key in _NEXT) and not (
                    event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                index = buttons.index(watched)
                target = max(0, min(len(buttons) - 1, index + (1 if key in _NEXT else -1)))
                buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                buttons[target].setChecked(True)
                return True
        return super().eventFilter(watched, event)

    def buttons(self) -> list[QAbstractButton]:
        return list(self.group.buttons())

    def value(self) -> Any:
        index = self.group.checkedId()
        return None if index < 0 else self._values[index]

    def set_value(self, value: Any) -> None:
        if value is None:
            checked = self.group.checkedButton()
            if checked is not None:  # an exclusive group cannot be emptied otherwise
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
            return
        for index, candidate in enumerate(self._values):
            # bool is an int: compare types too, so 1 never stands for true
            if type(candidate) is type(value) and candidate == value:
                button = self.group.button(index)
                if button is not None:
                    button.setChecked(True)
                return

    def focus_widget(self) -> QWidget:
        return self.group.checkedButton() or self.buttons()[0]

    def focus_widgets(self) -> list[QWidget]:
        return list(self.buttons())


class BoolEditor(_ButtonsEditor):
    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        options = [(True, translate("Assessment", "Yes")), (False, translate("Assessment", "No"))]
        super().__init__(field, language, options, True, parent)


class ChoiceButtonsEditor(_ButtonsEditor):
    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        options = [(c.value, c.label.get(language)) for c in field.choices]
        super().__init__(field, language, options, False, parent)


class ChoiceComboEditor(FieldEditor):
    """A drop-down for long lists; it starts with no choice made."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.combo = QComboBox()
        self.combo.setPlaceholderText(translate("Assessment", "Choose…"))
        for choice in field.choices:
            self.combo.addItem(choice.label.get(language), choice.value)
        self.combo.setCurrentIndex(-1)
        self.combo.currentIndexChanged.connect(self._picked)
        self._hold(self.combo)

    def _picked(self, _index: int) -> None:
        self.changed.emit()
        self.committed.emit()

    def value(self) -> Any:
        return None if self.combo.currentIndex() < 0 else self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))


class MultiChoiceEditor(FieldEditor):
    """Check boxes, two columns when there are many; Space toggles the focused one."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[str, QCheckBox]] = []
        rows = (len(field.choices) + 1) // 2 if len(field.choices) > RADIO_LIMIT else 0
        for index, choice in enumerate(field.choices):
            box = QCheckBox(plain(choice.label.get(language)))
            box.setObjectName(f"{field.id}__{choice.value}")
            box.toggled.connect(self._toggled)
            self.boxes.append((choice.value, box))
            if rows:
                grid.addWidget(box, index % rows, index // rows)
            else:
                grid.addWidget(box, index, 0)
        grid.setColumnStretch(2, 1)

    def _toggled(self, _checked: bool) -> None:
        self.changed.emit()
        self.committed.emit()

    def value(self) -> Any:
        chosen = [value for value, box in self.boxes if box.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice, box in self.boxes:
            box.setChecked(choice in chosen)

    def focus_widget(self) -> QWidget:
        return self.boxes[0][1]

    def focus_widgets(self) -> list[QWidget]:
        return [box for _value, box in self.boxes]


def _text_answer(text: str) -> str | None:
    """Typed text is the answer as typed; only blanks is no answer."""
    return text if text.strip() else None


def _shown_text(value: Any) -> str:
    return value if isinstance(value, str) else ""


class DateEditor(FieldEditor):
    """A date typed as YYYY-MM-DD; empty means no answer (a date edit cannot be empty)."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("Assessment", "YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9-]{0,10}"),
                                                           self.edit))
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00__") + 16
        self.edit.setMaximumWidth(max(width, 120))
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self.committed.emit)
        self._hold(self.edit, fill=False)

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(_shown_text(value))


class LineTextEditor(FieldEditor):
    """Short text (a reference, a name): one line."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.edit = QLineEdit()
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.editingFinished.connect(self.committed.emit)
        self._hold(self.edit)

    def value(self) -> Any:
        return _text_answer(self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(_shown_text(value))


class _PlainText(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class TextEditor(FieldEditor):
    """Longer text; Tab moves on (it never inserts a tab), Enter starts a new line."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.edit = _PlainText()
        self.edit.setTabChangesFocus(True)
        lines = 4
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 14)
        self.edit.textChanged.connect(self.changed.emit)
        self.edit.left.connect(self.committed.emit)
        self._hold(self.edit)

    def value(self) -> Any:
        return _text_answer(self.edit.toPlainText())

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(_shown_text(value))


class NumberEditor(FieldEditor):
    """A spin box; its lowest position, shown as "–", means no answer."""

    def __init__(self, field: Field, language: str, parent: QWidget | None = None) -> None:
        super().__init__(field, language, parent)
        self.spin: QSpinBox | QDoubleSpinBox
        if field.integer:
            low = int(field.minimum) if field.minimum is not None else -_INT_RANGE
            high = int(field.maximum) if field.maximum is not None else _INT_RANGE
            self.spin = QSpinBox()
            self.spin.setRange(low - 1, high)
            self._none: float = low - 1
        else:
            low_f = field.minimum if field.minimum is not None else -_FLOAT_RANGE
            high_f = field.maximum if field.maximum is not None else _FLOAT_RANGE
            self.spin = QDoubleSpinBox()
            self.spin.setDecimals(2)
            self.spin.setRange(low_f - 1, high_f)
            self._none = low_f - 1
        self.spin.setSpecialValueText("–")
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setValue(self._none)  # type: ignore[arg-type]
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.spin.editingFinished.connect(self.committed.emit)
        self._hold(self.spin, fill=False)

    def value(self) -> Any:
        current = self.spin.value()
        return None if current == self._none else current

    def set_value(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.spin.setValue(value)  # type: ignore[arg-type]
        else:
            self.spin.setValue(self._none)  # type: ignore[arg-type]



def make_editor(field: Field, language: str, parent: QWidget | None = None) -> FieldEditor:
    """The editor for ``field``'s type, with its texts in ``language``."""
    kind = field.type
    if kind is FieldType.BOOL:
        return BoolEditor(field, language, parent)
    if kind is FieldType.CHOICE:
        if len(field.choices) <= RADIO_LIMIT:
            return ChoiceButtonsEditor(field, language, parent)
        return ChoiceComboEditor(field, language, parent)
    if kind is FieldType.MULTI_CHOICE:
        return MultiChoiceEditor(field, language, parent)
    if kind is FieldType.DATE:
        return DateEditor(field, language, parent)
    if kind is FieldType.TEXT:
        if field.max_length <= SHORT_TEXT:
            return LineTextEditor(field, language, parent)
        return TextEditor(field, language, parent)
    return NumberEditor(field, language, parent)
