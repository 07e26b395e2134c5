"""The main window: first run, lock screen and workspace in one stack.

Locking (idle by wall clock, OS lock or suspend, Ctrl+L) first hides every other window and
covers the workspace (``ui/lock/cover.py``), then closes every other window, destroys the
workspace and everything it showed, closes the vault and drops the key.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from utvag.services.policy import Policy
from utvag.services.vault_place import quick_unlock_configured, vault_exists
from utvag.ui import i18n, message_box, window_tasks
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.input_watch import LOCK_SHORTCUT, InputWatch
from utvag.ui.lock import first_run_flow, unlock_flow
from utvag.ui.lock.cover import LockCover
from utvag.ui.lock.idle import IdleWatcher
from utvag.ui.lock.menu_focus import follow_menus
from utvag.ui.lock.unlock_page import UnlockPage
from utvag.ui.lock_guard import BuildStopped, after_unwound, locking
from utvag.ui.look import PlainLabel
from utvag.ui.session_events import SessionEvents, protect_window

# What the lock screen does not need is imported where it is used, so that the lock screen is
# painted before it loads (the session and the vault, the menus, the workspace: finish_start,
# warm_up); the first unlock waits for none of it either.
if TYPE_CHECKING:
    from utvag.services.session import Session
    from utvag.services.vault_setup import KdfParams
    from utvag.ui.background import BackgroundOp, OffThread
    from utvag.ui.case.case_actions import CaseMenu
    from utvag.ui.clipboard import SensitiveClipboard
    from utvag.ui.lock.first_run import FirstRunWizard
    from utvag.ui.periodic_check import PeriodicCheck
    from utvag.ui.staff_safety.incident_dialog import IncidentDialog
    from utvag.ui.transfer.actions import TransferActions
    from utvag.ui.workspace import Workspace

# The lock screen is painted before the workspace's modules are loaded; they load while the
# user types the passphrase, so neither the start nor the unlock waits for them.
WARM_UP_DELAY_MS = 50
FINISH_START_LATEST_MS = 1000
# The periodic vault check starts this long after unlocking (tests set the window's value to 0).
CHECK_DELAY_MS = 60_000


def warm_up() -> None:
    """What the first unlock needs, made ready while the lock screen waits for a passphrase."""
    from utvag.services.session import prepare_unlock

    prepare_unlock()
    import utvag.ui.workspace  # noqa: F401

    # PySide takes 20-50 ms, once, the first time it is handed an object of a Qt class it has
    # no Python type for (Qt's event dispatcher, the gesture manager made by the first scroll
    # view): otherwise the application's event filter is handed one while the workspace is
    # built on unlocking. Listing the application's children hands it one now, while the
    # passphrase is typed.
    app = QApplication.instance()
    if app is not None:
        app.children()


class MainWindow(FollowsLanguage, QMainWindow):
    # Built by build_menus once the lock screen is painted (or at once when needed before).
    case_menu: CaseMenu
    followup_menu: QMenu
    transfers: TransferActions
    risk_meetings_action: QAction
    unit_incidents_action: QAction
    record_unit_incident_action: QAction

    def __init__(self, vault_dir: Path, policy: Policy, *, kdf: KdfParams | None = None,
                 allow_weak_kdf: bool = False, clock: Callable[[], float] = time.time,
                 demo: bool = False, settings: QSettings | None = None) -> None:
        super().__init__()
        self.vault_dir = Path(vault_dir)
        self.policy = policy
        self.demo = demo
        self._kdf = kdf
        self._allow_weak_kdf = allow_weak_kdf
        self.settings = settings or QSettings()
        self.session: Session | None = None
        self.background: BackgroundOp[Any] | None = None
        self.vault_check: PeriodicCheck | None = None
        self.check_delay_ms = CHECK_DELAY_MS
        self.damage_warning: QMessageBox | None = None
        self.workspace: Workspace | None = None
        self.first_run: FirstRunWizard | None = None
        # Where to return after unlocking: the case that was open, the draft note its unsaved
        # journal text was kept in (the text itself stays only in the vault) and its tab.
        self.resume: tuple[int, int | None, int] | None = None
        self._painted = False
        self.started = False  # finish_start has run
        self.menus_built = False
        # The unlock in progress (its key derivation runs off the GUI thread), and a count that
        # locking moves on, so an unlock that finishes after a lock is closed, not shown.
        self.unlocking: OffThread[Session] | None = None
        self._unlock_round = 0
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.idle = IdleWatcher(policy.idle_timeout_seconds, clock, self)
        self.idle.idle.connect(self.lock)
        self.input_watch = InputWatch(self.idle, self)
        self.input_watch.pressed.connect(self.lock)
        # Made by finish_start, once the lock screen is painted.
        self.os_events: SessionEvents | None = None
        self.clipboard: SensitiveClipboard | None = None
        self._build_actions()
        self.retranslate()
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)
        if vault_exists(self.vault_dir):
            self.show_unlock()
        else:
            self.show_first_run()

    # -- chrome ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.lock_action = QAction(self)
        self.lock_action.triggered.connect(self.lock)
        self.new_case_action = QAction(self)
        self.new_case_action.triggered.connect(self._new_case)
        self.find_action = QAction(self)
        self.find_action.triggered.connect(self._focus_search)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.swedish_action = QAction("Svenska", self)
        self.swedish_action.triggered.connect(lambda: self.switch_language("sv"))
        self.english_action = QAction("English", self)
        self.english_action.triggered.connect(lambda: self.switch_language("en"))
        # One of the two is checked: the language in force (exclusive, as radio items).
        self.languages = QActionGroup(self)
        for action in (self.swedish_action, self.english_action):
            action.setCheckable(True)
            self.languages.addAction(action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.file_menu = self.menuBar().addMenu("")
        for action in (self.new_case_action, self.find_action, self.backup_action,
                       self.lock_action, self.quit_action):
            self.file_menu.addAction(action)
        self.language_menu = self.menuBar().addMenu("")
        self.language_menu.addAction(self.swedish_action)
        self.language_menu.addAction(self.english_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self.addAction(self.lock_action)
        follow_menus(self, (self.file_menu, self.language_menu, self.help_menu))

    def build_menus(self) -> None:
        """The Case, Follow-up and transfer menus, with their shortcuts, hidden until the vault's
        role shows its own (``ui.role_menus``). The lock screen needs none of them, so they are
        built right after it is first painted, or at once when the workspace is shown before
        that."""
        if self.menus_built:
            return
        from utvag.ui.case.case_actions import CaseMenu
        from utvag.ui.case.followup_menu import FollowUpMenu
        from utvag.ui.transfer.actions import TransferActions

        self.menus_built = True
        before_help = self.help_menu.menuAction()
        self.case_menu = CaseMenu(self)
        self.menuBar().insertMenu(before_help, self.case_menu)
        followup = FollowUpMenu(self)
        self.menuBar().insertMenu(before_help, followup)
        self.followup_menu = followup
        self.risk_meetings_action = QAction(self)
        self.risk_meetings_action.triggered.connect(lambda _c=False: self.show_risk_meetings())
        followup.addAction(self.risk_meetings_action)
        self.unit_incidents_action = QAction(self)
        self.unit_incidents_action.triggered.connect(
            lambda _c=False: self.show_unit_incidents())
        followup.addAction(self.unit_incidents_action)
        self.record_unit_incident_action = QAction(self)
        self.record_unit_incident_action.triggered.connect(
            lambda _c=False: self.record_unit_incident())
        followup.addAction(self.record_unit_incident_action)
        followup.aboutToShow.connect(self._enable_unlocked_actions)
        self.transfers = TransferActions(self)
        self.case_menu.addSeparator()
        for action in (self.transfers.transfer_case_action, self.transfers.again.resend_action,
                       self.transfers.again.receipt_out_action,
                       self.transfers.again.answer_receipt_action):
            self.case_menu.addAction(action)
        self.case_menu.aboutToShow.connect(self.transfers.refresh)
        follow_menus(self, (self.case_menu, followup))
        self._retranslate_menus()
        from utvag.ui.role_menus import show_for

        show_for(self, frozenset())  # the vault's role shows its own once it is unlocked
        self._enable_unlocked_actions()

    def _enable_unlocked_actions(self) -> None:
        for action in (self.risk_meetings_action, self.unit_incidents_action,
                       self.record_unit_incident_action, self.new_case_action,
                       self.find_action, self.backup_action):  # locked: nothing to open
            action.setEnabled(self.session is not None)

    def retranslate(self) -> None:
        title = self.tr("Utväg")
        if self.demo:
            title += " — " + self.tr("DEMO (fictional data)")
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_case_action.setText(self.tr("&New case…"))
        self.find_action.setText(self.tr("&Search"))
        self.lock_action.setText(self.tr("&Lock"))
        self.backup_action.setText(self.tr("&Back up…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About and policy…"))
        self._check_language()
        if self.menus_built:
            self._retranslate_menus()

    def _retranslate_menus(self) -> None:
        self.risk_meetings_action.setText(self.tr("My upcoming &risk meetings…"))
        self.unit_incidents_action.setText(self.tr("&Incidents at the unit…"))
        self.record_unit_incident_action.setText(
            self.tr("Record an incident &without a case…"))
        self.transfers.retranslate()

    def switch_language(self, language: str) -> None:
        if i18n.set_language(language):
            self.settings.setValue("ui/language", language)
        self._check_language()  # a language that could not be loaded is not checked

    def _check_language(self) -> None:
        in_force = {"sv": self.swedish_action, "en": self.english_action}
        in_force[i18n.current_language()].setChecked(True)

    def show_about(self) -> None:
        from utvag.ui.about import AboutDialog

        AboutDialog(self.policy, self).exec()

    def show_risk_meetings(self) -> QWidget | None:
        return window_tasks.show_risk_meetings(self)

    def show_unit_incidents(self) -> QWidget | None:
        return window_tasks.show_unit_incidents(self)

    def record_unit_incident(self) -> IncidentDialog | None:
        return window_tasks.record_unit_incident(self)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        protect_window(int(self.winId()))
        # The rest follows the first paint; at the latest this long after showing, should a
        # platform paint no frame of the window itself.
        QTimer.singleShot(FINISH_START_LATEST_MS, self, self._after_first_paint)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the lock screen is on the screen: now the rest
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    def finish_start(self) -> None:
        """What the lock screen does not need to be painted: watching input and the OS for a
        reason to lock, the clipboard guard, the menus and whether quick unlock is set up.
        Done right after the first paint, or at once when a vault is opened before that."""
        if self.started:
            return
        # The Qt namespace is loaded here and where it is used, not with the module: building
        # its enums takes a tenth of a bare window's start, and the lock screen needs none.
        from PySide6.QtCore import Qt

        from utvag.ui.clipboard import guard

        self.started = True
        self.lock_action.setShortcut(LOCK_SHORTCUT)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        # from the app's other windows too (the manager's view, the Due list…), where it did
        # nothing: the app went on with the vault open behind them (a modal dialog still blocks)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        # Idle time and Ctrl+L from anywhere: one filter on every event of the application.
        self.input_watch.watch()
        # Whatever the app copies (names, identity numbers, addresses, keys) is cleared after
        # 10 s, and at once on locking.
        self.clipboard = guard()
        self.clipboard.watch()
        self.os_events = SessionEvents(self)
        self.os_events.lock_requested.connect(self.lock)
        self.build_menus()
        page = self.stack.currentWidget()
        if isinstance(page, UnlockPage):
            page.show_quick_unlock(self.has_quick_unlock())

    def _after_first_paint(self) -> None:
        if self.started or not self.isVisible():  # done, or closed meanwhile (stay so)
            return
        self.finish_start()
        QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)

    def nativeEvent(self, event_type: Any, message: Any) -> Any:
        raw = event_type.data() if isinstance(event_type, QByteArray) else event_type
        if (bytes(raw) == b"windows_generic_MSG"  # pragma: no cover - Windows only
                and self.os_events is not None):
            import ctypes

            msg = ctypes.cast(int(message), ctypes.POINTER(ctypes.c_uint * 8)).contents
            self.os_events.handle_windows_message(int(msg[1]), int(msg[2]))
        return super().nativeEvent(event_type, message)

    # -- pages -------------------------------------------------------------------------
    def set_page(self, widget: QWidget) -> None:
        self.first_run = None
        while self.stack.count():
            old = self.stack.widget(0)
            if old is None:
                break
            self.stack.removeWidget(old)
            after_unwound(old.deleteLater)  # a lock's: what it came into may still use it
        self.stack.addWidget(widget)
        if self.stack.indexOf(widget) >= 0:  # not replaced meanwhile (a lock in its showing)
            self.stack.setCurrentWidget(widget)

    def show_first_run(self) -> None:
        first_run_flow.show_first_run(self)

    def _create_vault(self, unit: str, passphrase: str, before_commit: Callable[[], None]
                      ) -> Callable[[], tuple[str, str]]:
        return first_run_flow.creation(self, unit, passphrase, before_commit)

    def _first_run_done(self, wizard: FirstRunWizard) -> None:
        first_run_flow.finish(self, wizard)

    def has_quick_unlock(self) -> bool:
        return self.policy.keyring_allowed and quick_unlock_configured(
            self.vault_dir)

    def known_unit(self) -> str | None:
        """The unit whose vault this is, as far as it is known before unlocking: the policy's,
        else the one remembered when the vault was last open here."""
        if self.policy.own_unit:
            return self.policy.own_unit
        if self.settings.value("vault/path") == str(self.vault_dir):
            unit = self.settings.value("vault/unit")
            return unit if isinstance(unit, str) and unit else None
        return None

    def remember_unit(self, session: Session) -> None:
        self.settings.setValue("vault/path", str(self.vault_dir))
        self.settings.setValue("vault/unit", session.vault.unit)

    def show_unlock(self) -> None:
        # Before the first paint, finish_start shows the quick-unlock button if it applies.
        quick = self.started and self.has_quick_unlock()
        page = UnlockPage(self.known_unit(), quick, demo=self.demo)
        page.unlock_requested.connect(self.try_unlock)
        self.set_page(page)
        page.secret.setFocus()
        self.unlock_page = page

    def try_unlock(self, method: str, secret: str) -> None:
        """Unlock off the GUI thread; the result arrives in :meth:`_unlock_done`."""
        unlock_flow.start(self, method, secret)

    def wait_for_unlock(self, timeout: float = 60.0) -> None:
        """Block until an unlock in progress has finished and its result is shown."""
        if self.unlocking is not None:
            self.unlocking.wait(timeout)

    def _unlock_done(self, method: str, round_: int, session: Session | None,
                     error: BaseException | None) -> None:
        unlock_flow.done(self, method, round_, session, error)

    def show_workspace(self) -> None:
        assert self.session is not None
        if not self.demo:
            self.remember_unit(self.session)
        self.finish_start()  # opened before the lock screen's first paint had it done
        # The idle clock runs from the moment the vault is open, before anything is built: a
        # build that fails leaves an open vault that must still lock itself.
        self.idle.start()
        self._enable_unlocked_actions()
        try:
            window_tasks.build_workspace(self)
        except BuildStopped:  # locked from a dialog shown while it was built: stay so
            return
        if not self.demo:
            # Not while the list paints and the user starts: a little after unlocking.
            QTimer.singleShot(self.check_delay_ms, self, self._periodic_check)
        self._catch_up_due()

    def _catch_up_due(self) -> None:
        window_tasks.catch_up_due(self)

    def _periodic_check(self) -> None:
        window_tasks.periodic_check(self)

    def _new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()

    def _focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def back_up(self) -> None:
        """Write an encrypted backup off the GUI thread; Cancel interrupts the export."""
        window_tasks.back_up(self)

    # -- locking -----------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.session is None

    def lock(self) -> None:
        """Hide everything at once; then close the vault, drop the key, show the lock screen."""
        self._unlock_round += 1  # an unlock still deriving its key is closed when it finishes
        locking()  # a view being built when a dialog's loop inside it brought this stops
        # Before any wait (work stopping, text kept, a stalled disk): nothing stays on screen.
        cover = LockCover(self, self.stack if self.session is not None
                          and self.first_run is None else None)
        self.idle.stop()
        if self.clipboard is not None:
            self.clipboard.clear()
        from utvag.ui.background import cancel_all_and_wait

        cancel_all_and_wait()  # backup, attachments, PDFs, packages: none outlives the key
        if self.vault_check is not None and self.vault_check.running:
            self.vault_check.cancel_and_wait()
        if self.session is not None:  # what was typed in an open dialog about a case is kept
            from utvag.ui.case.kept_dialog import keep_open_dialogs

            keep_open_dialogs(cover.windows)
        cover.close_windows()
        if self.workspace is not None and self.session is not None:
            self.resume = self.workspace.suspend()
        self.workspace = None
        had_session = self.session is not None
        if self.session is not None:
            session, self.session = self.session, None
            try:
                session.close()
            except Exception as exc:
                from utvag.ui.errors import report_error

                report_error(self, exc)
        if self.menus_built:  # the toolbar stays: its actions must not look usable
            self.transfers.refresh()
            self._enable_unlocked_actions()
        if self.first_run is not None and self.first_run.key_unseen():
            return  # a vault made just as the lock came: the wizard goes on to its recovery key
        if vault_exists(self.vault_dir):
            # Locking the lock screen again must not reset its wrong-passphrase delay.
            if had_session or not isinstance(self.stack.currentWidget(), UnlockPage):
                self.show_unlock()
        elif had_session:
            self.set_page(PlainLabel())
        # Before the vault exists (first run) there is nothing to hide: the wizard stays.

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.lock()
        self.wait_for_unlock()  # its session, if any, is closed before the window goes
        self.input_watch.unwatch()
        event.accept()


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = message_box.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
