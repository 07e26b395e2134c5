"""Screenshots of a case's life in the real app under an X server (Xvfb in CI): the
Interventions tab with the dialog adding one, the Relatives tab, the case's follow-up with the
Police, concern reports and state funding, and closing a case.

Usage (an X server on $DISPLAY, ImageMagick's ``import`` on PATH):
    QT_QPA_PLATFORM=xcb python tools/screenshots_case_life.py [DIR] [--lang=en]
The app runs on a throw-away vault with the demo's fictional cases; it is driven through the
same window, tabs and dialogs a caseworker uses, and each picture is the X screen as shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from utvag.services import cases, demo, followup  # noqa: E402
from utvag.services import session as session_service  # noqa: E402
from utvag.services.policy import Policy  # noqa: E402
from utvag.ui import i18n  # noqa: E402
from utvag.ui.application import make_application  # noqa: E402
from utvag.vault.kdf import KdfParams  # noqa: E402

KDF = KdfParams(iterations=1, memory_kib=1024, lanes=1)  # the throw-away vault only


def settle(rounds: int = 20) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
    loop_wait(150)


def loop_wait(ms: int) -> None:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window: QWidget, target: Path) -> None:
    """The screen area of the main window (dialogs over it included), as X shows it."""
    settle()
    geometry = window.frameGeometry()
    crop = f"{geometry.width()}x{geometry.height()}+{geometry.x()}+{geometry.y()}"
    subprocess.run(["import", "-window", "root", "-crop", crop, "+repage", str(target)],
                   check=True)
    print(target)


def fill(session: session_service.Session) -> int:
    """The demo's cases, and on one defector case a life to show; returns that case's id."""
    demo.fill(session, count=12)
    alva = cases.new_case(session, {"type": "defector", "person": {
        "name": "DEMO Alva Exempelsson", "birth_date": "1998-04-12", "district": "Hisingen"}})
    parent = cases.new_case(session, {"type": "relative", "person": {
        "name": "DEMO Berit Exempelsson", "birth_date": "1969-09-01", "district": "Hisingen"}})
    today = date.today()
    followup.add_intervention(session, alva, {
        "type": "protected_housing", "urgency": "urgent",
        "decided_on": (today - timedelta(days=20)).isoformat(),
        "starts_on": (today - timedelta(days=19)).isoformat()})
    followup.add_intervention(session, alva, {
        "type": "mentor", "urgency": "time_limited",
        "decided_on": (today - timedelta(days=12)).isoformat(),
        "ends_on": (today + timedelta(days=60)).isoformat()})
    followup.link_relative(session, alva, {
        "case_id": parent, "relation": "parent", "responsible_unit": "Hisingen",
        "informed_about_support_on": (today - timedelta(days=5)).isoformat(),
        "contact_path": "DEMO: via mottagningen Hisingen"})
    followup.link_relative(session, alva, {
        "person": {"name": "DEMO Cleo Exempelsson", "birth_date": "2004-02-02"},
        "relation": "sibling", "contact_path": "DEMO: genom modern"})
    followup.add_police_followup(session, alva, {
        "held_on": (today - timedelta(days=7)).isoformat(), "phase": "during",
        "outcome": "threat_lowered"})
    concern = followup.add_concern_report(session, alva, {
        "received_at": (today - timedelta(days=4)).isoformat() + "T08:30"})
    followup.concern_step_done(session, concern, "protection",
                               (today - timedelta(days=4)).isoformat() + "T15:10")
    funding = followup.apply_state_funding(session, alva,
                                           (today - timedelta(days=18)).isoformat())
    followup.state_funding_decided(session, funding, "granted",
                                   (today - timedelta(days=3)).isoformat())
    return alva


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    language = "en" if "--lang=en" in sys.argv else "sv"
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    suffix = "-en" if language == "en" else ""
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    make_application()
    if not i18n.set_language(language):
        print("the translations are missing: run make translations", file=sys.stderr)
        return 1
    from utvag.ui.window import MainWindow

    policy = Policy(keyring_allowed=False)
    with tempfile.TemporaryDirectory(prefix="utvag-shots-") as tmp:
        vault_dir = Path(tmp) / "vault"
        opened, _recovery = session_service.create(vault_dir, "Hisingen", demo.DEMO_PASSPHRASE,
                                                   kdf=KDF, allow_weak_kdf=True, policy=policy)
        with opened as session:
            alva = fill(session)
        window = MainWindow(vault_dir, policy, kdf=KDF, allow_weak_kdf=True)
        window.resize(1180, 720)
        window.move(0, 0)
        window.show()
        settle()
        window.try_unlock("passphrase", demo.DEMO_PASSPHRASE)
        workspace = window.workspace
        assert workspace is not None
        view = workspace.open_case(alva)

        window.case_menu.enable()
        window.case_menu.add_intervention_action.trigger()
        dialog = view.interventions.dialog
        assert dialog is not None
        dialog.urgency.setCurrentIndex(dialog.urgency.findData("long_term"))  # type: ignore
        dialog.kind.setCurrentIndex(dialog.kind.findData("employment_education"))  # type: ignore
        dialog.submit()  # during the investigation: the service refuses, the dialog says why
        dialog.move(window.x() + 560, window.y() + 250)
        shoot(window, out / f"interventions{suffix}.png")
        dialog.reject()

        view.setCurrentWidget(view.relatives)
        view.relatives.records.table.selectRow(1)
        shoot(window, out / f"relatives{suffix}.png")

        view.setCurrentWidget(view.intervention_pages)
        view.intervention_pages.setCurrentWidget(view.followup)
        view.followup.concerns.table.selectRow(0)
        shoot(window, out / f"case-followup{suffix}.png")

        view.setCurrentWidget(view.overview)
        window.case_menu.enable()
        window.case_menu.close_action.trigger()
        closing = view.dialog
        assert closing is not None
        closing.reason.setCurrentIndex(closing.reason.findData("completed"))  # type: ignore
        closing.move(window.x() + 560, window.y() + 230)
        shoot(window, out / f"close-case{suffix}.png")
        closing.reject()
        window.lock()
        window.close()
        settle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
