"""Background operations: the result comes back on the GUI thread; cancel changes nothing and
shows nothing; a known error is routed to the error handler, never raised into Qt."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget

from utvag.errors import RefusedError
from utvag.ui.background import Cancelled, Progress, run_in_background


def test_result_is_delivered_on_the_gui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, bool]] = []
    gui_thread = threading.current_thread()

    def work(progress: Progress) -> int:
        for i in range(5):
            progress.update(i, 5)
        return 42

    op = run_in_background(parent, "working", work,
                           lambda r: seen.append((r, threading.current_thread() is gui_thread)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)]
    assert op.error is None


def test_cancel_stops_the_work_and_calls_neither_callback(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    calls: list[str] = []
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        while True:
            progress.update(1, 10)
            time.sleep(0.01)

    op = run_in_background(parent, "working", work, lambda _r: calls.append("success"),
                           on_error=lambda _e: calls.append("error"))
    assert started.wait(5)
    op.cancel_and_wait()
    assert not op.running
    qtbot.waitUntil(op.done.is_set, timeout=5000)
    assert isinstance(op.error, Cancelled)
    assert calls == []


def test_known_error_is_routed_to_the_handler(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work(_progress: Progress) -> None:
        raise RefusedError("refused by a rule")

    run_in_background(parent, "working", work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], RefusedError)


def test_a_finished_operation_never_shows_its_progress_over_the_next_dialog(qtbot) -> None:
    """A fast operation whose result opens a dialog (as opening a consultation does): the
    progress of the finished operation must not appear over that dialog once its minimum
    duration has passed, where it blocked the dialog's buttons."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    shown_later: list[bool] = []

    def nested_dialog(_result: None) -> None:
        qtbot.wait(op.dialog.minimumDuration() + 400)  # a nested event loop, like exec()
        shown_later.append(op.dialog.isVisible())

    op = run_in_background(parent, "checking", lambda _progress: None, nested_dialog)
    qtbot.waitUntil(lambda: bool(shown_later), timeout=5000)
    assert shown_later == [False]


def test_a_long_operation_shows_its_progress_after_the_minimum_duration(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    op = run_in_background(parent, "working", lambda _progress: release.wait(10))
    try:
        qtbot.waitUntil(op.dialog.isVisible, timeout=op.dialog.minimumDuration() + 1500)
    finally:
        release.set()
    qtbot.waitUntil(op.done.is_set, timeout=5000)
