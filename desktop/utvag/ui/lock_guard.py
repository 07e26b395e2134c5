"""A lock that comes inside an event loop run by other code: Ctrl+L, the idle clock or the OS in
the message box of an error shown while a view is built or shown (the crash dialog of a slot
that raised, a known error's message, any modal dialog of the build).

The lock closes the vault and deletes the workspace and every other window. When the box's loop
returns, the code that showed it goes on: Qt's own (a tab being shown, a page being made
current) with the widgets it was working on, and Python's against the closed vault. So:

- What a lock deletes meanwhile is deleted once that code has unwound (``after_unwound``):
  after the outermost ``build`` block and the outermost box run through ``run_modal`` have
  ended. Deleted inside the box's loop (Qt deletes there what a ``deleteLater`` in that loop
  asks for), the widgets would be gone under the code still using them: a crash.
- A build a lock came into stops (``BuildStopped``): the ``build`` block ends in it whatever the
  build then did on the closed vault, so no code after the block runs. Before what would be
  seen outside the view being built (a page in place of the lock screen, a window of its own),
  ``stop_if_locked`` stops it there.
- Until the event loop runs again (``unwinding``), what Qt goes on showing reads nothing
  (``ReadsWhenShown``) and the app shows no error (``ui/errors.py``): whatever fails then failed
  on the closed vault, and the lock screen is what the user sees.

No project module is imported here: the message boxes (``message_box``) and the error routing
(``errors``), both on the lock screen's start path, use it.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QWidget


class BuildStopped(Exception):
    """A lock came while a view was being built (in the event loop of a dialog shown meanwhile)
    and closed the vault under it: the build stopped. Nothing is shown for it."""


class _Under:
    """The ``build`` blocks and ``run_modal`` boxes under way on the GUI thread (nested), whether
    a lock came into them, and what a lock let go of meanwhile."""

    builds: ClassVar[int] = 0
    boxes: ClassVar[int] = 0
    stopped: ClassVar[bool] = False
    afterwards: ClassVar[list[Callable[[], object]]] = []


@contextmanager
def build() -> Iterator[None]:
    """Around a view's build (``input_watch.building`` is this and the input watch lifted): a
    lock inside it makes it end in ``BuildStopped``."""
    _Under.builds += 1
    try:
        yield
        stop_if_locked()
    except BuildStopped:
        raise
    except Exception as exc:
        if not _Under.stopped:
            raise
        # What failed on the closed vault is neither shown nor kept: its frames may hold what
        # the build had read before the lock.
        traceback.clear_frames(exc.__traceback__)
        raise BuildStopped from None
    finally:
        _Under.builds -= 1
        _settle()


def locking() -> None:
    """A lock: the builds under way stop (it came from an event loop inside them), and until
    they and the boxes under way have ended, a view shown reads nothing (``unwinding``)."""
    if _Under.builds or _Under.boxes:
        _Under.stopped = True


def unwinding() -> bool:
    """A lock came into code that is still finishing: what Qt goes on showing must not read the
    closed vault. (An error raised there could not be stopped: PySide 6.11 keeps the error of a
    Python method Qt called for the Python code that called Qt, and crashes once three pile
    up.)"""
    return _Under.stopped


def stop_if_locked(*made: QObject) -> None:
    """Inside ``build``, before what is seen outside the view being built: ``BuildStopped`` if a
    lock came meanwhile, the objects ``made`` so far deleted once the build has unwound."""
    if _Under.stopped:
        for thing in made:
            after_unwound(thing.deleteLater)
        raise BuildStopped


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, with what a lock deletes meanwhile deleted after it has returned."""
    _Under.boxes += 1
    try:
        return dialog.exec()
    finally:
        _Under.boxes -= 1
        _settle()


def after_unwound(action: Callable[[], object]) -> None:
    """``action`` now, or once the builds and boxes under way have ended (a lock deletes the
    workspace and closes the windows through this)."""
    if _Under.builds or _Under.boxes:
        _Under.afterwards.append(action)
    else:
        action()


def close_window(window: QWidget) -> None:
    """Close ``window`` (a lock closes every other window); one deleted when closed is deleted
    through ``after_unwound``. A dialog the lock hid first (``ui/lock/cover.py``) is closed as a
    shown one is: rejected, which keeps an assessment's draft and sends ``finished``
    (``QDialog.closeEvent`` rejects only a dialog that is shown)."""
    from PySide6.QtCore import Qt  # not at import: the lock screen's start path imports this

    reject = _RejectOnClose(window) if isinstance(window, QDialog) and not window.isVisible() \
        else None
    if window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose) and (
            _Under.builds or _Under.boxes):
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.close()
        after_unwound(window.deleteLater)
    else:
        window.close()
    if reject is not None:  # a window deleted when closed is deleted later: still here
        window.removeEventFilter(reject)


class _RejectOnClose(QObject):
    """The ``reject`` a hidden dialog's ``closeEvent`` leaves out, made on its close event
    (inside the close, as ``closeEvent`` makes it: ``done`` then closes nothing again)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__()
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and isinstance(watched, QDialog):
            watched.reject()
        return False


def _settle() -> None:
    if _Under.builds or _Under.boxes:
        return
    afterwards, _Under.afterwards = _Under.afterwards, []
    for action in afterwards:
        action()
    if _Under.stopped:  # Qt may still be finishing what the lock came into: till the loop runs
        QTimer.singleShot(0, _back_in_the_loop)


def _back_in_the_loop() -> None:
    if not (_Under.builds or _Under.boxes):
        _Under.stopped = False
