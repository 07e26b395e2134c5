"""Small layout pieces the screens share."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget


def button_row(left: Iterable[QWidget] = (), right: Iterable[QWidget] = ()) -> QHBoxLayout:
    """A row of buttons: ``left`` at the left, ``right`` at the right, the space between."""
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def field_row(field: QWidget, button: QWidget) -> QHBoxLayout:
    """A field taking the width, and its button (say "Choose…") beside it."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


def widget_row(*widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side: text fields and choice boxes share the spare width, None is an
    empty space that takes it instead."""
    row = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            row.addStretch(1)
        else:
            row.addWidget(widget, 1 if isinstance(widget, QLineEdit | QComboBox) else 0)
    return row
