"""Every input of a dialog, read as plain values and put back: the text fields, the dates and
times, the choices, the ticks and the numbers. What ``ui/case/kept_dialog.py`` keeps through a
lock, so that a dialog comes back as it was left, not with its dates at today and its choices
at their first item.

An input is named by its ``signature`` (what kind of input, and its object name); a dialog's
inputs in the order they sit in it are its ``signatures``. A kept value goes back only into the
input of the same signature and the same place among those of that signature, and only where it
still fits (``fits``: a choice whose item has gone, a date that does not read as one, fits
nowhere). ``matched`` pairs them, or finds the dialog no longer the one they were kept from.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from utvag.ui.list_items import ID_ROLE

Value = str | bool | int | float | dict[str, object] | list[object] | None
MOMENT = "yyyy-MM-ddTHH:mm:ss"
# Inputs whose own parts (an editing line, a popup calendar, a list of items) are no inputs.
_WHOLE = (QAbstractSpinBox, QComboBox, QCalendarWidget)


def _kind(widget: QWidget) -> str | None:
    """What kind of input ``widget`` is (None: none)."""
    if isinstance(widget, QLineEdit):
        return "line"
    if isinstance(widget, QPlainTextEdit):
        return "text"
    if isinstance(widget, QDateTimeEdit):  # dates and times too
        return "moment"
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return "number"
    if isinstance(widget, QComboBox):
        return "choice"
    if isinstance(widget, QAbstractButton | QGroupBox) and widget.isCheckable():
        return "check"
    if isinstance(widget, QListWidget) and any(
            widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
            for i in range(widget.count())):
        return "ticks"
    return None


def inputs(dialog: QWidget) -> list[QWidget]:
    """The inputs of ``dialog`` in the order they sit in it (the order they are filled in: a
    search before the choice among what it found, a tick before the date it enables)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if _kind(widget) is None:
            continue
        parent = widget.parentWidget()  # a popup or a question asked over it is no part
        while parent is not None and parent is not dialog and not parent.isWindow() \
                and not isinstance(parent, _WHOLE):
            parent = parent.parentWidget()
        if parent is dialog:
            found.append(widget)
    return found


def signature(widget: QWidget) -> str:
    return f"{_kind(widget)}:{widget.objectName()}"


def signatures(widgets: list[QWidget]) -> list[str]:
    return [signature(widget) for widget in widgets]


def to_keep(widgets: list[QWidget], opened: list[Value]) -> list[Value]:
    """What each input holds, to keep; a text field still as the dialog opened is None: it
    opens so again (in the language then chosen, from the record as it then stands), where a
    date of today or now, or a first choice, would not be what was left."""
    opened = opened + [None] * (len(widgets) - len(opened))
    return [None if isinstance(widget, QLineEdit | QPlainTextEdit) and held == was else held
            for widget, held, was in zip(widgets, map(value, widgets), opened, strict=False)]


def _plain(data: object) -> str | int | float | bool | None:
    """An item's data as JSON holds it (None: it has none, or none JSON can hold)."""
    if isinstance(data, Enum):
        data = data.value
    return data if isinstance(data, str | int | float | bool) else None


def _key(data: object, text: str) -> dict[str, object]:
    plain = _plain(data)
    return {"data": plain} if plain is not None else {"text": text}


def value(widget: QWidget) -> Value:
    """What ``widget`` holds, as JSON holds it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QDateTimeEdit):
        return str(widget.dateTime().toString(MOMENT))
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return {"typed": widget.currentText()}
        index = widget.currentIndex()
        chosen = {} if index < 0 else _key(widget.itemData(index), widget.itemText(index))
        return {"index": index, "count": widget.count(), **chosen}
    if isinstance(widget, QListWidget):
        return [_key(item.data(ID_ROLE), item.text())
                for item in map(widget.item, range(widget.count()))
                if item.checkState() == Qt.CheckState.Checked]
    if isinstance(widget, QAbstractButton | QGroupBox):
        return widget.isChecked()
    return None


def _choice_index(box: QComboBox, kept: object) -> int | None:
    """Where the kept choice is in ``box`` now (None: it is not there any more)."""
    if not isinstance(kept, dict):
        return None
    index = kept.get("index")
    if not isinstance(index, int) or isinstance(index, bool):
        return None
    if index < 0:
        return -1
    if "data" in kept:
        return next((i for i in range(box.count())
                     if _plain(box.itemData(i)) == kept["data"]), None)
    if kept.get("count") == box.count() and 0 <= index < box.count() \
            and box.itemText(index) == kept.get("text"):
        return index
    return None


def _tick_rows(items: QListWidget, kept: object) -> set[int] | None:
    """The rows of ``items`` to tick for the kept ticks (None: one of them is not there)."""
    if not isinstance(kept, list):
        return None
    keys = [_key(item.data(ID_ROLE), item.text()) for item in map(items.item,
                                                                   range(items.count()))]
    rows = set()
    for tick in kept:
        if tick not in keys:
            return None
        rows.add(keys.index(tick))
    return rows


def fits(widget: QWidget, kept: object) -> bool:
    """Whether ``kept`` can go back into ``widget`` as it was."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return kept is None or isinstance(kept, str)  # None: as it opens
    if isinstance(widget, QDateTimeEdit):
        return isinstance(kept, str) and QDateTime.fromString(kept, MOMENT).isValid()
    if isinstance(widget, QSpinBox):
        return isinstance(kept, int) and not isinstance(kept, bool)
    if isinstance(widget, QDoubleSpinBox):
        return isinstance(kept, int | float) and not isinstance(kept, bool)
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return isinstance(kept, dict) and isinstance(kept.get("typed"), str)
        return _choice_index(widget, kept) is not None
    if isinstance(widget, QListWidget):
        return _tick_rows(widget, kept) is not None
    return isinstance(kept, bool)


def put(widget: QWidget, kept: object) -> None:
    """``kept`` back into ``widget`` (one that ``fits``; anything else is left as it is)."""
    if kept is None or not fits(widget, kept):
        return
    if isinstance(widget, QLineEdit):
        widget.setText(str(kept))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(kept))
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(QDateTime.fromString(str(kept), MOMENT))
    elif isinstance(widget, QSpinBox) and isinstance(kept, int):
        widget.setValue(kept)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(kept, int | float):
        widget.setValue(float(kept))
    elif isinstance(widget, QComboBox):
        if widget.isEditable() and isinstance(kept, dict):
            widget.setEditText(str(kept["typed"]))
        else:
            index = _choice_index(widget, kept)
            widget.setCurrentIndex(-1 if index is None else index)
    elif isinstance(widget, QListWidget):
        rows = _tick_rows(widget, kept) or set()
        for row in range(widget.count()):
            item = widget.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if row in rows
                                   else Qt.CheckState.Unchecked)
    elif isinstance(widget, QAbstractButton | QGroupBox):
        widget.setChecked(bool(kept))


def matched(widgets: list[QWidget], kept_signatures: object,
            kept_values: object) -> list[tuple[QWidget, object]] | None:
    """Each kept value with the input it goes back into, in the dialog's order; None when the
    inputs are no longer those it was kept from: an input kept is gone, there are more or fewer
    of a signature (which of them is which is not known then), or a value no longer fits. An
    input that is new since (a list of the case's attachments, a guardian's row) is left as it
    opened."""
    if not isinstance(kept_signatures, list) or not isinstance(kept_values, list) \
            or len(kept_signatures) != len(kept_values) \
            or not all(isinstance(name, str) for name in kept_signatures):
        return None
    kept: dict[tuple[str, int], object] = {}
    counts: Counter[str] = Counter()
    for name, kept_value in zip(kept_signatures, kept_values, strict=True):
        kept[name, counts[name]] = kept_value
        counts[name] += 1
    now = signatures(widgets)
    if any(Counter(now)[name] != count for name, count in counts.items()):
        return None
    pairs: list[tuple[QWidget, object]] = []
    seen: Counter[str] = Counter()
    for widget, name in zip(widgets, now, strict=True):
        if (name, seen[name]) in kept:
            pairs.append((widget, kept[name, seen[name]]))
        seen[name] += 1
    return pairs if all(fits(widget, kept_value) for widget, kept_value in pairs) else None
