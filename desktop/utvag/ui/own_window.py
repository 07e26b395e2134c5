"""A view in a window of its own over the main window (the follow-up views, the unit's windows,
a case's concern reports): deleted when closed, closed with every other window when the vault
locks.

It is built and shown inside ``input_watch.building``: should a lock come while it is built
(from the message box of an error meanwhile), it stops there, unshown, rather than opening
over the lock screen on the closed vault (``BuildStopped``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from utvag.ui.input_watch import building
from utvag.ui.lock_guard import stop_if_locked

W = TypeVar("W", bound=QWidget)


def open_own_window(make: Callable[[], W], parent: QWidget) -> W:
    """The view ``make`` builds, shown as a window of its own over ``parent``."""
    with building():
        view = make()
        stop_if_locked(view)
        view.setParent(parent, Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
    return view
