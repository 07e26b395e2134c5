"""Error routing: known errors become a message; bugs a crash dialog with no case data; a build
a lock stopped nothing at all."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from utvag.errors import UtvagError
from utvag.ui import message_box
from utvag.ui.lock_guard import BuildStopped, run_modal, unwinding


def report_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(error, BuildStopped) or unwinding():
        # A build a lock stopped, or what failed on the closed vault as Qt went on with the
        # code the lock came into: the lock screen is what the user sees.
        let_go(error.__traceback__)
        return
    if isinstance(error, UtvagError):
        from utvag.ui.messages import known_error_text  # loaded with the first error, not at start

        text = known_error_text(error)
        let_go(error.__traceback__)
        message_box.warning(parent, parent.tr("Utväg") if parent else "Utväg", text)
        return
    show_crash(parent, type(error), error.__traceback__)


def let_go(tb: TracebackType | None) -> None:
    """Empty the finished frames of *tb* and drop the interpreter's last uncaught error: they
    keep the failed call's local variables (typed text, names, keys) alive for as long as the
    error is kept, which for the last uncaught one is until the next, after any lock."""
    if tb is not None:
        traceback.clear_frames(tb)
    for name in ("last_exc", "last_type", "last_value", "last_traceback"):
        if getattr(sys, name, None) is not None:
            setattr(sys, name, None)


def crash_summary(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Where it happened, without values: exception type and code locations only."""
    frames = traceback.extract_tb(tb)[-8:] if tb else []
    lines = [f"{kind.__module__}.{kind.__qualname__}"]
    lines += [f"  {f.filename.rsplit('utvag', 1)[-1]}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)


def show_crash(parent: QWidget | None, kind: type[BaseException],
               tb: TracebackType | None) -> None:
    box = message_box.plain(QMessageBox(parent))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("errors", "Utväg: unexpected error"))
    box.setText(QApplication.translate(
        "errors", "Something unexpected went wrong. Your saved data is safe. The details below "
        "contain no case data and can be given to support."))
    box.setDetailedText(crash_summary(kind, tb))
    let_go(tb)
    run_modal(box)


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        if isinstance(value, UtvagError | BuildStopped) or unwinding():
            report_error(QApplication.activeWindow(), value)
        else:
            show_crash(QApplication.activeWindow(), kind, tb)

    sys.excepthook = hook
