"""The desktop application: QApplication, language, policy and the main window."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from utvag import __version__
from utvag.services.policy import Policy, load_policy
from utvag.ui import i18n
from utvag.ui.errors import install_excepthook
from utvag.ui.window import MainWindow

# The demo vault's Argon2 parameters: three passes over 64 MiB (services.vault_setup.KdfParams).
DEMO_KDF_ITERATIONS, DEMO_KDF_MEMORY_KIB = 3, 64 * 1024
# Packaging check (packaging/smoke_test.py): when set to a number of milliseconds, the app prints
# the window's title and current page once it has shown its first window, then closes that window
# and quits. It can only end the program; it opens nothing and unlocks nothing.
SMOKE_EXIT_ENV = "UTVAG_SMOKE_EXIT_AFTER_MS"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Utvag")
    app.setApplicationName("Utvag")
    app.setApplicationDisplayName("Utväg")
    app.setApplicationVersion(__version__)
    # The style sheet's rules are given to the widgets they name (ui/look.py), not to the app.
    return app


def choose_language(policy: Policy, settings: QSettings) -> str:
    chosen = settings.value("ui/language")
    return chosen if chosen in i18n.LANGUAGES else policy.default_language


def create_demo_vault(policy: Policy) -> Path:
    """A throw-away vault of fictional cases in a temp directory, removed at exit."""
    from utvag.services import demo as demo_data
    from utvag.services import session as session_service
    from utvag.services.vault_setup import KdfParams

    root = Path(tempfile.mkdtemp(prefix="utvag-demo-"))
    atexit.register(shutil.rmtree, root, True)
    vault_dir = root / "vault"
    unit = policy.own_unit or "SAV"  # a workstation whose policy fixes the unit refuses others
    kdf = KdfParams(DEMO_KDF_ITERATIONS, DEMO_KDF_MEMORY_KIB)
    opened, _recovery = session_service.create(vault_dir, unit, demo_data.DEMO_PASSPHRASE,
                                               kdf=kdf, policy=policy)
    with opened:
        demo_data.fill(opened)
    return vault_dir


def open_demo(window: MainWindow) -> None:
    from utvag.services import demo as demo_data

    window.try_unlock("passphrase", demo_data.DEMO_PASSPHRASE)


def schedule_smoke_exit(app: QApplication, window: MainWindow) -> None:
    delay = os.environ.get(SMOKE_EXIT_ENV, "")
    if not delay.isdigit():
        return

    def report_and_quit() -> None:
        page = window.stack.currentWidget()
        name = page.objectName() if page is not None else ""
        print(f"smoke-exit: title={window.windowTitle()!r} page={name!r}", flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(int(delay), report_and_quit)


def main(vault_dir: Path | None = None, demo: bool = False) -> int:
    from utvag.hardening import disable_core_dumps

    disable_core_dumps()
    app = make_application()
    install_excepthook()
    policy = load_policy()
    settings = QSettings()
    i18n.set_language(choose_language(policy, settings))
    if demo:
        vault_dir = create_demo_vault(policy)
    elif vault_dir is None:
        from utvag.services.vault_place import default_vault_dir

        vault_dir = default_vault_dir()
    window = MainWindow(vault_dir, policy, demo=demo, settings=settings)
    window.show()
    if demo:
        open_demo(window)
    schedule_smoke_exit(app, window)
    return int(app.exec())
