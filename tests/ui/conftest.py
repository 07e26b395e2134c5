"""Fixtures for the desktop app: real vaults, a private QSettings, a fake wall clock, and guards.

Every vault here is a real SQLCipher vault made through ``utvag.services`` with cheap Argon2
parameters. Settings live in an INI file under the test's ``tmp_path``; the user's own settings are
never read or written. Two guards run around every test in this directory:

* Qt messages of level warning or worse fail the test (except the offscreen plugin's note about
  ``propagateSizeHints``, which says nothing about our code);
* a message box that no test asked for (for example the crash dialog) is recorded, closed so the
  test cannot hang, and fails the test.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from bulk_vault import FAST_KDF, PASSPHRASE
from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import FakeClock, unlock_with_keyboard

from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
HARMLESS_QT_MESSAGES = (
    "This plugin does not support propagateSizeHints()",
    # the offscreen platform, when a menu's popup opens
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Our own handler below owns Qt's message output for these tests, not pytest-qt's."""
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.no_qt_log)


# -- the application ---------------------------------------------------------------------------


def venv_tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    return found or name


@pytest.fixture
def swedish() -> Iterator[None]:
    """The app in Swedish for the test, English again after it."""
    from utvag.ui import i18n

    assert i18n.set_language("sv")
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.fixture(scope="session")
def translations_qm() -> list[Path]:
    """``utvag_sv.qm`` and ``utvag_en.qm`` (English's counts), built from the .ts files as
    ``make translations`` does when missing or stale."""
    built = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([venv_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                           check=True)
        built.append(qm)
    return built


@pytest.fixture(scope="session")
def qsettings_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where every QSettings of the test run lives, user and system scope alike."""
    return tmp_path_factory.mktemp("qsettings")


@pytest.fixture(scope="session", autouse=True)
def ui_app(qapp: QApplication, translations_qm: list[Path], qsettings_root: Path
           ) -> QApplication:
    """The QApplication set up as ``make_application`` does, with settings kept in tmp."""
    from utvag.ui.application import make_application

    scopes = qsettings_root
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scopes / "user"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope,
                      str(scopes / "system"))
    qapp.setOrganizationName("Utvag")
    qapp.setApplicationName("Utvag")
    assert make_application() is qapp
    # What exists now (modules, classes, the application) lives for the whole run: the
    # collection after every test body (pytest_pyfunc_call below) need not walk it each time.
    gc.collect()
    gc.freeze()
    return qapp


@pytest.hookimpl(wrapper=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> Generator[None, object, object]:
    """What the test body dropped is deleted as soon as it returns, before any event is handled.

    A widget a test makes without a parent (``CaseView(session, case_id)``) is owned by Python
    alone, and is nearly always in a reference cycle (its tabs follow the vault's changes with
    their own bound methods; Qt children keep their Python objects alive). Once the test returns
    it is garbage that only Python's cycle collector frees — whenever a collection happens to
    run. pytest-qt handles the pending events right after the body; when a table's delayed
    layout then called a Python method of its model, the allocation there could start that
    collection, which deleted the whole view, that table and its model included, under Qt's
    feet: the next cell read ``multiData`` of a freed model and the run died (SIGSEGV), or not,
    depending on how much earlier tests had allocated. Collecting here, with no Qt code on the
    stack, deletes such a view at once and always at a safe point.
    ``dropped_view_run.py`` (run by ``test_ui_dropped_views.py``) is the case that crashed."""
    try:
        return (yield)
    finally:
        gc.collect()


@pytest.fixture(autouse=True)
def widgets_deleted() -> Iterator[None]:
    """The windows a test showed are gone before the next test starts. pytest-qt closes each and
    asks Qt to delete it later, which no event loop does between two tests: a window, and every
    dialog it keeps as a child (holding a vault that is closed by now), would otherwise still get
    the next test's language change and retranslate against the closed vault."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Tests start in English (the source language) and leave it that way."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


# -- guards ------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def qt_messages() -> Iterator[list[str]]:
    """Fail the test when Qt warns (or worse) at any point of it, teardown included."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and message not in HARMLESS_QT_MESSAGES:
            seen.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    yield seen
    QApplication.processEvents()
    qInstallMessageHandler(previous)
    assert not seen, "Qt warned during the test:\n" + "\n".join(seen)


@dataclass
class MessageBoxes:
    """Message boxes that appeared; ``expect`` lets a test accept (and read) them."""

    seen: list[tuple[str, str]] = field(default_factory=list)
    expected: int = 0
    drawn_as_markup: list[str] = field(default_factory=list)  # a text Qt may draw as rich text

    def expect(self) -> list[tuple[str, str]]:
        self.expected = len(self.seen)
        return list(self.seen)


@pytest.fixture(autouse=True)
def message_boxes(qapp: QApplication) -> Iterator[MessageBoxes]:
    """Close any modal message box (so nothing hangs) and fail unless the test expected it."""
    boxes = MessageBoxes()

    def sweep() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            boxes.seen.append((widget.windowTitle(), widget.text()))
            if widget.textFormat() != Qt.TextFormat.PlainText:
                boxes.drawn_as_markup.append(widget.text())
            widget.done(QMessageBox.StandardButton.Cancel.value)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(sweep)
    timer.start()
    yield boxes
    timer.stop()
    unexpected = boxes.seen[boxes.expected:]
    assert not unexpected, f"unexpected message boxes: {unexpected}"
    # a path the user chose or a name in a sentence is shown as written, never as markup
    assert not boxes.drawn_as_markup, f"message boxes not plain text: {boxes.drawn_as_markup}"


@pytest.fixture
def app_excepthook() -> Iterator[None]:
    """The app's own error routing for what reaches the event loop (a slot that raised): a known
    error's message or the crash dialog, which ``message_boxes`` then sees. A test that uses it
    turns pytest-qt's capture off (``qt_no_exception_capture``) to see what the user would."""
    from utvag.ui.errors import install_excepthook

    before = sys.excepthook
    install_excepthook()
    yield
    sys.excepthook = before


# -- time, settings, policy --------------------------------------------------------------------


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "user-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[..., Path]:
    """Write an administrator's policy file (``[policy]`` section) and return its path."""

    def write(**values: object) -> Path:
        path = tmp_path / "etc-xdg" / "Utvag" / "policy.ini"
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = ["[policy]", *(f"{key} = {value}" for key, value in values.items())]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write


# -- vaults ------------------------------------------------------------------------------------


@dataclass
class UiVault:
    directory: Path
    passphrase: str
    recovery_key: str
    policy: Policy

    def open(self, **method: Any) -> Session:
        method = method or {"passphrase": self.passphrase}
        return session_service.unlock(self.directory, policy=self.policy, **method)


def create_vault(directory: Path, policy: Policy, unit: str = "Centrum",
                 fill: Callable[[Session], object] | None = None) -> UiVault:
    opened, recovery = session_service.create(directory, unit, PASSPHRASE, kdf=FAST_KDF,
                                              allow_weak_kdf=True, policy=policy)
    with opened:
        if fill is not None:
            fill(opened)
    return UiVault(directory, PASSPHRASE, recovery, policy)


def role_vault(directory: Path, policy: Policy, role: str, holder: str,
               cards: dict[str, tuple[Path, str]], unit: str = "Hisingen") -> UiVault:
    """A vault with ``holder``'s key card of ``role`` (caseworker, manager…); its public card is
    written beside the vault folder and kept in ``cards[holder]`` as (path, fingerprint), for
    the others to trust."""
    from utvag.services import transfer

    def fill(session: Session) -> None:
        transfer.create_role_identity(session, role, holder)
        card = directory.parent / f"{holder}.json"
        transfer.export_public_card(session, card)
        cards[holder] = (card, transfer.show_keys(session).fingerprint)

    return create_vault(directory, policy, unit, fill=fill)


@pytest.fixture
def ui_policy() -> Policy:
    """Quick unlock off, so no test reaches for a keyring."""
    return Policy(keyring_allowed=False)


@pytest.fixture
def vault(tmp_path: Path, ui_policy: Policy) -> UiVault:
    """A vault with three cases, one of them for a person with a protected identity."""
    from utvag.services import cases

    def fill(session: Session) -> None:
        for name, protected in (("Alva Exempelsson", "none"),
                                ("Bo Påhittad", "skyddad_folkbokforing"),
                                ("Cleo Testberg", "none")):
            cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1999-05-05", "protected_identity": protected}})

    return create_vault(tmp_path / "vault", ui_policy, fill=fill)


BIG_COUNT = 10_000


@pytest.fixture(scope="session")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> UiVault:
    """10 000 fictional cases (see ``bulk_vault.py``), built in a separate process."""
    directory = tmp_path_factory.mktemp("big") / "vault"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "desktop"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    proc = subprocess.run([sys.executable, str(HERE / "bulk_vault.py"), str(directory),
                           str(BIG_COUNT)], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    return UiVault(directory, PASSPHRASE, proc.stdout.strip(), Policy(keyring_allowed=False))


# -- windows -----------------------------------------------------------------------------------


@pytest.fixture
def make_window(qtbot: Any, settings: QSettings, ui_policy: Policy,
                clock: FakeClock) -> Callable[..., MainWindow]:
    """A shown main window on ``vault_dir`` with the fast KDF, private settings, fake clock."""

    def make(vault_dir: Path, policy: Policy | None = None, **kwargs: Any) -> MainWindow:
        kwargs.setdefault("clock", clock)
        window = MainWindow(vault_dir, policy or ui_policy, kdf=FAST_KDF, allow_weak_kdf=True,
                            settings=settings, **kwargs)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        # The menus, input watching and quick-unlock button follow the lock screen's first paint.
        qtbot.waitUntil(lambda: window.started)
        return window

    return make


@pytest.fixture
def open_window(make_window: Callable[..., MainWindow], qtbot: Any,
                vault: UiVault) -> MainWindow:
    """The main window on ``vault``, unlocked by typing the passphrase."""
    window = make_window(vault.directory, vault.policy)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    assert window.workspace is not None
    return window
