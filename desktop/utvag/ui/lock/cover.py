"""What a lock hides before it waits for anything.

Locking stops the work under way and waits for it (``background.STOP_WAIT_S`` for each
operation, the periodic check's too), has the open dialogs keep their typed text (a write, which
waits while a worker holds the vault: ``vault/closing.py``; a stalled disk holds it for as long
as it stalls), and only then closes the windows and shows the lock screen. The GUI thread is
held all that time, so nothing is painted meanwhile: whatever was on screen — the open case, a
dialog about it, a follow-up window — would stay there after Ctrl+L, the idle clock or the OS
locked.

So the lock covers first (``MainWindow.lock``): every other window of the app is hidden, and
the main window, while the vault is open, shows a page that only says it is locking, painted
at once (``repaint``: the event loop's next turn comes only after the lock). It holds no field:
the lock screen's passphrase field comes once the vault is closed. Nothing is closed yet: the
hidden dialogs still hold their text for ``keep_open_dialogs``, and are closed afterwards as
shown ones are (``lock_guard.close_window``). A dialog hidden inside its ``exec`` loop returns
from it only once the lock has returned to that loop, as one closed by the lock did.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from utvag.ui.lock_guard import close_window
from utvag.ui.look import PlainLabel, styled


class LockCover:
    """Covers the app as a lock begins: ``windows`` are those it hid (open when it began)."""

    def __init__(self, window: QWidget, stack: QStackedWidget | None) -> None:
        """Hide every window but ``window``; put the locking page over ``stack`` (the main
        window's pages, None when they show nothing of the vault); paint ``window`` now."""
        self._window = window
        self.windows = [widget for widget in QApplication.topLevelWidgets()
                        if widget is not window and widget.isVisible()]
        for widget in self.windows:
            widget.hide()
        if stack is not None:
            page = locking_page()
            stack.addWidget(page)
            stack.setCurrentWidget(page)
        window.repaint()

    def close_windows(self) -> None:
        """Once what they held is kept: close the windows the cover hid, and any shown since."""
        shown = [widget for widget in QApplication.topLevelWidgets()
                 if widget is not self._window and widget.isVisible()
                 and widget not in self.windows]
        for widget in [*self.windows, *shown]:
            close_window(widget)


def locking_page() -> QWidget:
    """A page that says the app is locking, and nothing else."""
    from PySide6.QtCore import Qt  # not at import: the lock screen's start path imports this

    label = styled(PlainLabel(QCoreApplication.translate("MainWindow", "Locking…")),
                   "pageTitle")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page = QWidget()
    page.setObjectName("lockingPage")
    box = QVBoxLayout(page)
    box.addWidget(label)
    return page
