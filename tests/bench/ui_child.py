"""One measured desktop-app process for ``bench_ui.py``: ``python ui_child.py JSON``.

Steps (``step`` in the JSON argument):

- ``bare``: a bare PySide6 main window, shown; prints when it is first painted.
- ``floor``: what any lock screen of ours must have, in plain PySide6: the bare window with a
  menu bar, the lock screen's kinds of widgets (labels, a password field, buttons, a form) and
  Qt's and our Swedish translations loaded; prints when it is first painted.
- ``start``: the app's own start-up as ``utvag gui`` does it (application, policy, language, main
  window on a locked vault); prints when the unlock window is first painted.
- ``open``: the app on a large vault: unlock, first painted case list, then keystrokes in the
  search field, each timed to the painted filtered list; and the process's resident memory.
- ``stalls``: the longest time the GUI thread did not get back to its event loop during each of a
  caseworker's actions on a large vault (unlock, open a case, each of its tabs, the overdue filter,
  a keystroke, lock): while a 2 ms timer is meant to fire, the widest gap between its firings,
  and the time of the action's own synchronous call. The due index is filled first (an unlock
  that finds it unfilled works it out in the background, waited for before the first action).
- ``catch_up``: the same measure on a vault whose due index was never filled (after an upgrade
  or a large import): unlock, the overdue filter turned on and a keystroke while the background
  catch-up works out every case's next due item, and the widest hold until it is done; and how
  long the catch-up took.

Times are ``time.monotonic()`` readings (one clock for every process on the machine), so the
parent can measure from before it started the process.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TYPING_MS = 1000  # between the painted lock screen and Enter: typing a passphrase takes longer


def rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class PaintWatch:
    """The monotonic time of the first paint of a widget once ``ready()`` says so."""

    def __init__(self, widget: Any, ready: Any = None) -> None:
        from PySide6.QtCore import QEvent, QObject

        watch = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if (event.type() == QEvent.Type.Paint and watch.at is None
                        and (watch.ready is None or watch.ready())):
                    watch.at = time.monotonic()
                return False

        self.ready = ready
        self.at: float | None = None
        self._filter = Filter()
        self._widget = widget
        widget.installEventFilter(self._filter)

    def wait(self, app: Any, timeout: float = 30.0) -> float:
        deadline = time.monotonic() + timeout
        while self.at is None:
            if time.monotonic() > deadline:
                raise SystemExit("no paint event within the timeout")
            app.processEvents()
            time.sleep(0.0005)
        self._widget.removeEventFilter(self._filter)
        return self.at


def bare() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    watch = PaintWatch(window)
    window.show()
    painted = watch.wait(app)
    return {"painted": painted, "rss_mib": rss_mib()}


def floor() -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import (
        QApplication,
        QFormLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    root = Path(__file__).resolve().parents[2]
    ours, qt = QTranslator(app), QTranslator(app)
    ours.load(str(root / "resources" / "i18n" / "utvag_sv.qm"))
    qt.load(QLocale("sv"), "qtbase", "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    app.installTranslator(qt)
    app.installTranslator(ours)
    window = QMainWindow()
    window.resize(1100, 720)
    for title in ("&Arkiv", "&Språk", "&Hjälp"):
        window.menuBar().addMenu(title)
    page = QWidget()
    box = QVBoxLayout(page)
    for text in ("Utväg är låst", "Enheten", "", ""):
        box.addWidget(QLabel(text))
    form = QFormLayout()
    secret = QLineEdit()
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    form.addRow(QLabel("&Lösenfras:"), secret)
    box.addLayout(form)
    for text in ("Glömt lösenfrasen?", "&Snabbupplåsning", "&Lås upp"):
        box.addWidget(QPushButton(text))
    window.setCentralWidget(page)
    secret.setFocus()
    watch = PaintWatch(window)
    window.show()
    painted = watch.wait(app)
    return {"painted": painted, "rss_mib": rss_mib()}


def _window(vault_dir: Path) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings

    from utvag.services.policy import load_policy
    from utvag.ui import i18n
    from utvag.ui.application import choose_language, make_application
    from utvag.ui.errors import install_excepthook
    from utvag.ui.window import MainWindow

    app = make_application()
    install_excepthook()
    policy = load_policy()
    settings = QSettings()
    i18n.set_language(choose_language(policy, settings))
    window = MainWindow(vault_dir, policy, settings=settings)
    window.resize(1100, 720)
    return app, window


def start(vault_dir: Path) -> dict[str, Any]:
    app, window = _window(vault_dir)
    watch = PaintWatch(window)
    window.show()
    painted = watch.wait(app)
    assert window.stack.currentWidget() is window.unlock_page
    return {"painted": painted, "rss_mib": rss_mib()}


def open_large(vault_dir: Path, passphrase: str, queries: list[str], pause_ms: int
               ) -> dict[str, Any]:
    from PySide6.QtTest import QTest

    from utvag.vault.kdf import derive
    from utvag.vault.keyslots import KeySlotFile
    from utvag.vault.vault import VaultPaths

    app, window = _window(vault_dir)
    shown = PaintWatch(window)
    window.show()
    shown.wait(app)
    _settle(app, TYPING_MS)  # a person types the passphrase meanwhile

    begin = time.monotonic()
    window.try_unlock("passphrase", passphrase)
    window.wait_for_unlock()
    workspace = window.workspace
    assert workspace is not None, "the vault did not unlock"
    viewport = workspace.table.viewport()
    listed = PaintWatch(viewport)
    painted = listed.wait(app)
    rows = workspace.model.rowCount()
    unlock_ms = (painted - begin) * 1000

    slot = next(KeySlotFile.read(VaultPaths(vault_dir).keys).of_kind("passphrase"))
    assert slot.kdf is not None
    kdf_start = time.monotonic()
    derive(passphrase, slot.salt, slot.kdf)
    kdf_ms = (time.monotonic() - kdf_start) * 1000

    # Each keystroke: from the key press to the first paint of the list after its model reset.
    resets: list[float] = []
    workspace.model.modelReset.connect(lambda: resets.append(time.monotonic()))
    field = workspace.search
    field.setFocus()
    samples: list[float] = []
    for query in queries:
        field.clear()
        _settle(app, pause_ms)
        for char in query:
            resets.clear()
            after_reset = PaintWatch(viewport, ready=lambda: bool(resets))
            pressed = time.monotonic()
            QTest.keyClicks(field, char)
            samples.append((after_reset.wait(app) - pressed) * 1000)
            _settle(app, pause_ms)
    return {"unlock_to_list_ms": unlock_ms, "kdf_ms": kdf_ms, "rows": rows,
            "keystroke_ms": samples, "rss_mib": rss_mib()}


class StallWatch:
    """The widest gap between firings of a 2 ms timer: how long the event loop was held."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.widest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.setInterval(2)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.monotonic()
        self.widest = max(self.widest, now - self._last)
        self._last = now

    def measure(self, app: Any, action: Any, settle_ms: int = 400) -> float:
        """Milliseconds of the longest stall while ``action()`` runs and its effects settle."""
        self.widest = 0.0
        self._last = time.monotonic()
        self._timer.start()
        begin = time.monotonic()
        action()
        self.widest = max(self.widest, time.monotonic() - begin)
        _settle(app, settle_ms)
        self._timer.stop()
        return self.widest * 1000


    def until(self, app: Any, done: Any, timeout: float = 600.0) -> float:
        """Milliseconds of the longest stall while the event loop runs until ``done()``."""
        self.widest = 0.0
        self._last = time.monotonic()
        self._timer.start()
        _serve_until(app, done, timeout)
        self._timer.stop()
        self._tick()
        return self.widest * 1000


def stalls(vault_dir: Path, passphrase: str) -> dict[str, Any]:
    from PySide6.QtTest import QTest

    app, window = _window(vault_dir)
    shown = PaintWatch(window)
    window.show()
    shown.wait(app)
    _settle(app, TYPING_MS)
    watch = StallWatch()
    found: dict[str, float] = {}

    found["unlock (Enter to the shown case list)"] = watch.measure(app, _unlocking(app, window,
                                                                               passphrase))
    workspace = window.workspace
    assert workspace is not None, "the vault did not unlock"
    _caught_up(app, window)  # the rows below are about a filled due index
    first = workspace.model.case_id(0)
    found["open a case"] = watch.measure(app, lambda: workspace.open_case(first))
    view = workspace.case_view
    assert view is not None
    tabs = [watch.measure(app, lambda i=i: view.setCurrentIndex(i), 150)
            for i in range(view.count())]
    found["switch to a case tab (widest of all tabs)"] = max(tabs)
    # A change recorded on another case (another window, a background import) makes the list
    # read again in place: with ten pages scrolled in, it reads all ten.
    from utvag.ui.case.case_list_model import PAGE_SIZE
    from utvag.ui.vault_events import ChangeKind, notify
    from utvag.ui.workspace import KEPT_PAGES

    model = workspace.model
    while model.rowCount() < KEPT_PAGES * PAGE_SIZE and model.canFetchMore():
        model.fetchMore()
    workspace.table.scrollToBottom()
    _settle(app, 150)
    other = model.case_id(model.rowCount() - 1)
    found["a change to another case, ten pages of the list scrolled in"] = watch.measure(
        app, lambda: notify(ChangeKind.RECORDS, other))
    # The first use reads the filled due index cold; later uses read it warm.
    found["overdue filter on, first use (due index filled)"] = watch.measure(
        app, lambda: workspace.overdue_filter.setChecked(True))
    workspace.overdue_filter.setChecked(False)
    _settle(app, 100)
    found["overdue filter on, later uses"] = watch.measure(
        app, lambda: workspace.overdue_filter.setChecked(True))
    found["overdue filter off"] = watch.measure(
        app, lambda: workspace.overdue_filter.setChecked(False))
    menu = window.followup_menu
    views = {"open Due": menu.show_due, "open Statistics": menu.show_statistics,
             "open Concern reports": menu.show_concerns, "open Log review": menu.show_log_review,
             "open Retention": menu.show_retention}
    opened: list[Any] = []
    for name, show in views.items():
        found[name] = watch.measure(app, lambda show=show: opened.append(show()))
        if opened[-1] is not None:
            opened[-1].close()
        _settle(app, 100)
    workspace.search.setFocus()
    found["a keystroke in the search field"] = watch.measure(
        app, lambda: QTest.keyClicks(workspace.search, "a"))
    found["lock"] = watch.measure(app, window.lock)
    return {"stalls_ms": found, "tabs": view.count()}


def _unlocking(app: Any, window: Any, passphrase: str) -> Any:
    def unlock() -> None:
        window.try_unlock("passphrase", passphrase)
        while window.unlocking is not None and window.unlocking.running:
            app.processEvents()
            time.sleep(0.0005)

    return unlock


def _catching_up(window: Any) -> bool:
    return window.background is not None and not window.background.done.is_set()


def _caught_up(app: Any, window: Any) -> None:
    """Wait, serving the event loop, for the due catch-up that unlocking may have started."""
    _serve_until(app, lambda: not _catching_up(window))
    _settle(app, 50)


def _serve_until(app: Any, done: Any, timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("not done within the timeout")
        app.processEvents()
        time.sleep(0.001)


def catch_up(vault_dir: Path, passphrase: str) -> dict[str, Any]:
    """Event-loop holds on a vault whose due index was never filled, while unlocking starts the
    background catch-up of every case's next due item and a caseworker goes on working."""
    from PySide6.QtTest import QTest

    from utvag.services import due

    app, window = _window(vault_dir)
    shown = PaintWatch(window)
    window.show()
    shown.wait(app)
    _settle(app, TYPING_MS)
    watch = StallWatch()
    found: dict[str, float] = {}
    begin = time.monotonic()
    found["unlock, due index never filled (Enter to the shown case list)"] = watch.measure(
        app, _unlocking(app, window, passphrase))
    workspace = window.workspace
    assert workspace is not None, "the vault did not unlock"
    assert window.session is not None
    running = _catching_up(window)
    found["overdue filter on while the due catch-up runs"] = watch.measure(
        app, lambda: workspace.overdue_filter.setChecked(True), 300)
    workspace.search.setFocus()
    found["a keystroke in the search field while the due catch-up runs"] = watch.measure(
        app, lambda: QTest.keyClicks(workspace.search, "a"), 300)
    found["the rest of the due catch-up (widest hold until it is done)"] = watch.until(
        app, lambda: not _catching_up(window))
    _settle(app, 100)
    took = time.monotonic() - begin
    left = due.stale_count(window.session)
    shown_rows = workspace.model.rowCount()
    return {"stalls_ms": found, "catch_up_s": took, "ran_in_background": running,
            "stale_after": left, "overdue_rows": shown_rows}


def _settle(app: Any, pause_ms: int) -> None:
    until = time.monotonic() + pause_ms / 1000
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.001)


def main(raw: str) -> None:
    args = json.loads(raw)
    step = args["step"]
    if step == "bare":
        result = bare()
    elif step == "floor":
        result = floor()
    elif step == "start":
        result = start(Path(args["vault"]))
    elif step == "stalls":
        result = stalls(Path(args["vault"]), args["passphrase"])
    elif step == "catch_up":
        result = catch_up(Path(args["vault"]), args["passphrase"])
    elif step == "open":
        result = open_large(Path(args["vault"]), args["passphrase"], args["queries"],
                            args["pause_ms"])
    else:
        raise SystemExit(f"unknown step {step}")
    print(json.dumps(result), flush=True)
    os._exit(0)  # the measured figures are out; skip Qt's teardown


if __name__ == "__main__":
    main(sys.argv[1])
