"""What the main window starts on an unlocked vault: the workspace (and the case open at the last
lock), the menus and page of the vault's role, the encrypted backup, the due catch-up after a
large import, the periodic vault check, and the unit's own windows (upcoming risk meetings,
incidents at the unit). Each runs its slow part off the GUI thread.

Kept out of ``ui/window.py`` so that the window holds only its pages, menus and locking; the
strings keep the window's translation context.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from utvag.ui.vault_events import ChangeKind, notify

if TYPE_CHECKING:
    from utvag.services.session import Session
    from utvag.services.vault_check import CheckReport
    from utvag.ui.background import Progress
    from utvag.ui.staff_safety.incident_dialog import IncidentDialog
    from utvag.ui.window import MainWindow

# From this many cases waiting for their next due item, they are worked out once after unlock.
DUE_CATCH_UP_FROM = 2000
# The catch-up's work starts this long after unlocking: the case list and the progress window
# are painted first, without its Python work competing with the GUI thread for the interpreter.
DUE_CATCH_UP_DELAY_S = 0.25
translate = QCoreApplication.translate


def build_workspace(window: MainWindow) -> None:
    """The case list, and the case (its tab, its kept draft) open when the vault last locked.
    A lock from a dialog shown meanwhile stops it (``BuildStopped``) with nothing of it shown."""
    from utvag.ui.input_watch import building
    from utvag.ui.lock_guard import stop_if_locked
    from utvag.ui.workspace import Workspace

    assert window.session is not None
    if show_role(window):  # the menus by the vault's role; False: no cases
        with building():
            workspace = Workspace(window.session, demo=window.demo)
            stop_if_locked(workspace)  # not put in place of the lock screen
            window.workspace = workspace
            window.set_page(workspace)
        window.transfers.attach(workspace)
        workspace.search.setFocus()
    resume, window.resume = window.resume, None
    if resume is not None and window.workspace is not None:
        window.workspace.resume(*resume)


def show_risk_meetings(window: MainWindow) -> QWidget | None:
    """The user's upcoming risk meetings in a window of their own (closed on lock)."""

    from utvag.ui.own_window import open_own_window
    from utvag.ui.staff_safety.risk_meetings_view import RiskMeetingsView

    if window.session is None:
        return None
    session = window.session

    def make() -> RiskMeetingsView:
        view = RiskMeetingsView(session)
        if window.workspace is not None:
            view.open_case.connect(window.workspace.open_case)
        return view

    view = open_own_window(make, window)
    view.activateWindow()
    return view


def show_unit_incidents(window: MainWindow) -> QWidget | None:
    from utvag.ui.staff_safety.unit_incidents_view import UnitIncidentsView

    return None if window.session is None else UnitIncidentsView.open_for(window.session, window)


def record_unit_incident(window: MainWindow) -> IncidentDialog | None:
    from utvag.ui.staff_safety.unit_incidents_view import record_without_case

    return None if window.session is None else record_without_case(window.session, window)


def show_role(window: MainWindow) -> bool:
    """Show the screens and menu entries of the vault's role (``ui.role_menus``); a vault that
    holds no cases gets its own page here instead of the case list. True: it holds cases."""
    from utvag.services import vault_roles
    from utvag.services.transfer.keys import own_role
    from utvag.ui import role_menus
    from utvag.ui.role_home import RoleHome

    session = window.session
    assert session is not None
    allowed = vault_roles.duties(session)
    role_menus.show_for(window, allowed)
    if vault_roles.Duty.CASES in allowed:
        return True
    home = RoleHome(vault_roles.vault_role(session), session.vault.unit, own_role(session)[1],
                    role_menus.home_actions(window))
    window.set_page(home)
    window.transfers.refresh()
    window.transfers.finish_interrupted()
    if home.buttons:
        home.buttons[0].setFocus()
    return False


def catch_up_due(window: MainWindow) -> None:
    """After a large import or an upgrade many cases wait for their next due item; working
    them out takes seconds at 100 000 cases, so it is done once here, in the background with
    progress and cancel, rather than the first time someone turns on the overdue filter or
    opens the Due list (both wait for it: ``ui.due_catch_up``). A changed policy counts every
    case as waiting."""
    from utvag.services import due
    from utvag.ui.background import run_in_background
    from utvag.ui.due_catch_up import catch_up_label, catch_up_work

    session = window.session
    if session is None or due.waiting(session) < DUE_CATCH_UP_FROM:
        return

    def back_to_work(*_done: object) -> None:
        if window.workspace is not None and window.session is session:
            notify(ChangeKind.DUE)
            window.activateWindow()
            window.workspace.search.setFocus()

    work = catch_up_work(session)

    def after_the_first_paint(progress: Progress) -> int:
        until = time.monotonic() + DUE_CATCH_UP_DELAY_S
        while time.monotonic() < until:
            progress.check()
            time.sleep(0.01)
        return work(progress)

    window.background = run_in_background(window, catch_up_label(), after_the_first_paint)
    window.background.dialog.destroyed.connect(back_to_work)
    window.background.dialog.show()  # at once: nothing else may use the vault meanwhile


def periodic_check(window: MainWindow) -> None:
    """Check the whole vault in the background when the policy's interval has passed."""
    from utvag.ui import periodic_check as check

    session = window.session
    if session is None or (window.vault_check is not None and window.vault_check.running):
        return

    def reported(report: CheckReport) -> None:
        if window.session is not session:
            return
        if report.ok:
            window.statusBar().showMessage(
                translate("MainWindow", "Vault checked: no damage found."), 8000)
        else:
            window.damage_warning = check.warn_about_damage(window, report)

    window.vault_check = check.start_if_due(
        session, window.policy.check_interval_days, window, reported)


def back_up(window: MainWindow) -> None:
    """Write an encrypted backup off the GUI thread; Cancel interrupts the export."""
    session = window.session
    if session is None:
        return
    from PySide6.QtWidgets import QFileDialog

    from utvag.ui.transfer.common import package_folder

    name, _ = QFileDialog.getSaveFileName(
        window, translate("MainWindow", "Back up the vault"),
        str(package_folder() / "utvag-backup.utvb"))
    if not name:
        return
    from utvag.services import session as session_service
    from utvag.ui.background import run_in_background
    from utvag.ui.errors import report_error
    from utvag.ui.numbers import data_size

    window.idle.stop()

    def finished(size: int) -> None:
        window.idle.start()
        window.statusBar().showMessage(
            translate("MainWindow", "Encrypted backup written (%1).").replace(
                "%1", data_size(size)), 8000)

    def failed(exc: BaseException) -> None:
        window.idle.start()
        report_error(window, exc)

    def cancelled() -> None:
        _interrupt(window, session)

    window.background = run_in_background(
        window, translate("MainWindow", "Writing an encrypted backup…"),
        lambda _progress: session_service.backup(session, Path(name)), finished,
        on_error=failed, on_cancel=cancelled)


def _interrupt(window: MainWindow, session: Session) -> None:
    session.vault.interrupt()  # the main connection, which the backup's copy holds
    window.idle.start()
