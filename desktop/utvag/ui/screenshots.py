"""Render each main screen from demo data, offscreen, to PNG files (``make screenshots``).

Usage: ``python -m utvag.ui.screenshots OUTDIR``. Every screen is written in Swedish (the default)
and in English (the same name with ``-en``): the first run page by page, the lock screen with and
without a wrong-passphrase message, the case list with a case open, its journal, attachments and
log, a high-risk case's High risk tab (flag, incidents, risk meetings), the incident and risk
meeting forms, My upcoming risk meetings, the new-case dialog showing a validation error, and
the about/policy dialog. All data comes
from the throw-away demo vault, so every case shown is fictional.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from utvag.domain.case_records import ProtectedIdentity
from utvag.services import cases
from utvag.services.demo import DEMO_PASSPHRASE
from utvag.services.policy import Policy
from utvag.services.vault_setup import KdfParams
from utvag.ui import i18n
from utvag.ui.about import AboutDialog
from utvag.ui.application import create_demo_vault, make_application
from utvag.ui.case.new_case_dialog import NewCaseDialog
from utvag.ui.dialog_buttons import ok_button
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.window import MainWindow

if TYPE_CHECKING:
    from utvag.ui.case.case_view import CaseView
    from utvag.ui.workspace import Workspace

SIZE = (1180, 720)
# Only for the throw-away first-run vault the pictures show; never for a real one.
PICTURE_KDF = KdfParams(iterations=1, memory_kib=1024, lanes=1)
PASSPHRASE = "seven quiet owls sing at dawn"  # noqa: S105 - the throw-away vault only


class Shooter:
    def __init__(self, out: Path, suffix: str) -> None:
        self.out = out
        self.suffix = suffix
        self.written: list[Path] = []

    def __call__(self, widget: QWidget, name: str) -> None:
        settle()
        path = self.out / f"{name}{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        self.written.append(path)


def quiet_offscreen_notes(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on, except the offscreen platform's note that it cannot resize."""
    if message != "This plugin does not support propagateSizeHints()":
        print(message, file=sys.stderr)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def new_window(vault_dir: Path, policy: Policy, settings: QSettings,
               demo: bool = False) -> MainWindow:
    window = MainWindow(vault_dir, policy, kdf=PICTURE_KDF, allow_weak_kdf=True, demo=demo,
                        settings=settings)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    settle()
    window.finish_start()  # as a moment after the first paint: the menus and toolbar are there
    settle()
    return window


def first_run(shoot: Shooter, directory: Path, policy: Policy, settings: QSettings) -> None:
    window = new_window(directory, policy, settings)
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    shoot(window, "first-run-1-unit")
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    shoot(window, "first-run-2-passphrase")
    wizard.next()
    shoot(window, "first-run-3-recovery-key")
    wizard.next()
    wizard.confirm_page.confirm.setText(wizard.recovery_key.rsplit("-", 1)[-1])
    shoot(window, "first-run-3b-confirm-key")
    wizard.next()
    shoot(window, "first-run-4-quick-unlock")
    window.close()


def _open_selected(workspace: Workspace, case_id: int) -> CaseView:
    """The case selected in the list, then opened, as a user would."""
    for row in range(workspace.model.rowCount()):
        if workspace.model.case_id(row) == case_id:
            workspace.table.selectRow(row)
    return workspace.open_case(case_id)


def lock_and_workspace(shoot: Shooter, demo_dir: Path, policy: Policy,
                       settings: QSettings) -> None:
    window = new_window(demo_dir, policy, settings, demo=True)
    shoot(window, "lock")
    window.try_unlock("passphrase", "not the passphrase")
    window.wait_for_unlock()
    shoot(window, "lock-wrong-passphrase")
    window.try_unlock("passphrase", DEMO_PASSPHRASE)
    window.wait_for_unlock()
    workspace = window.workspace
    session = window.session
    assert workspace is not None and session is not None
    chosen = next(s for s in cases.list_cases(session, limit=100)
                  if s.protected_identity is ProtectedIdentity.NONE
                  and cases.attachments(session, s.id) and len(cases.notes(session, s.id)) > 1)
    view = _open_selected(workspace, chosen.id)
    shoot(window, "workspace")
    view.setCurrentWidget(view.journal)
    view.journal.notes.setCurrentRow(0)
    shoot(window, "journal")
    view.setCurrentWidget(view.attachments)
    view.attachments.list.setCurrentRow(0)
    shoot(window, "attachments")
    view.setCurrentWidget(view.log)
    shoot(window, "log")
    high_risk_screens(shoot, window)

    dialog = NewCaseDialog(lambda data: cases.new_case(session, data), window)
    dialog.show()
    dialog.name.setText("DEMO Vera Exempelsson")
    dialog.number.setText("20010230-1234")
    buttons = dialog.findChild(QDialogButtonBox)
    ok = ok_button(buttons) if buttons is not None else None
    assert ok is not None
    ok.click()
    shoot(dialog, "new-case-error")
    dialog.reject()

    about = AboutDialog(policy, window)
    about.show()
    shoot(about, "about")
    about.reject()
    window.close()


def high_risk_screens(shoot: Shooter, window: MainWindow) -> None:
    """The demo's flagged case: its warnings, the High risk pages and their forms."""
    from utvag.services import high_risk
    from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog

    workspace, session = window.workspace, window.session
    assert workspace is not None and session is not None
    listed = cases.list_cases(session, limit=100)
    flagged = high_risk.high_risk_case_ids(session, [s.id for s in listed])
    chosen = next(s for s in listed if s.id in flagged and s.type.value == "defector"
                  and s.protected_identity is ProtectedIdentity.NONE)
    view = _open_selected(workspace, chosen.id)
    shoot(window, "high-risk-warning")
    view.setCurrentWidget(view.high_risk)
    pages = view.high_risk.pages
    for index, name in enumerate(("high-risk-flag", "high-risk-incidents",
                                  "high-risk-meetings")):
        pages.setCurrentIndex(index)
        settle()
        shoot(window, name)
    dialog = view.high_risk.open_incident_dialog()
    settle()
    shoot(dialog, "incident-dialog")
    dialog.reject()
    meeting = RiskMeetingDialog(session, chosen.id, parent=window)
    meeting.show()
    settle()
    shoot(meeting, "risk-meeting-dialog")
    meeting.reject()
    upcoming = window.show_risk_meetings()
    if upcoming is not None:
        upcoming.resize(900, 420)
        settle()
        shoot(upcoming, "my-risk-meetings")
        upcoming.close()
    pages.setCurrentIndex(0)
    view.setCurrentWidget(view.consent_pages)
    view.consent_pages.setCurrentWidget(view.disclosures)
    settle()
    shoot(window, "disclosure-register")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m utvag.ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts
    qInstallMessageHandler(quiet_offscreen_notes)
    make_application()
    policy = Policy(keyring_allowed=True)
    demo_dir = create_demo_vault(policy)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="utvag-screens-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        for language, suffix in (("sv", ""), ("en", "-en")):
            if not i18n.set_language(language):
                print("the translations are missing: run make translations", file=sys.stderr)
                return 1
            shoot = Shooter(out, suffix)
            first_run(shoot, Path(tmp) / f"first-run-{language}", policy, settings)
            lock_and_workspace(shoot, demo_dir, policy, settings)
            written += shoot.written
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
