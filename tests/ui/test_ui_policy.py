"""Organisation policy: read from the administrator's file, shown read-only, never overridable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from ui_support import when_modal

from utvag.services.policy import load_policy
from utvag.ui.about import AboutDialog
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.window import MainWindow

KEYS = ("idle_timeout_seconds", "own_unit", "keyring_allowed", "default_language")


def test_policy_values_fix_the_unit_and_the_timeout(
        write_policy: Callable[..., Path], make_window: Callable[..., MainWindow],
        tmp_path: Path) -> None:
    policy = load_policy(write_policy(idle_timeout_seconds=120, own_unit="Hisingen",
                                      keyring_allowed="no"))
    assert (policy.idle_timeout_seconds, policy.own_unit) == (120, "Hisingen")
    window = make_window(tmp_path / "vault", policy)
    assert window.idle.timeout == 120
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    combo = wizard.unit_page.unit
    assert combo.currentData() == "Hisingen" and combo.currentText() == "Hisingen"
    assert not combo.isEnabled()
    texts = [label.text() for label in wizard.unit_page.findChildren(QLabel)]
    assert "Set by your organisation's policy." in texts
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page  # nothing else to choose first
    assert not wizard.quick_page.enable.isEnabled()


def test_user_settings_do_not_override_policy(write_policy: Callable[..., Path],
                                              settings: QSettings) -> None:
    path = write_policy(idle_timeout_seconds=120, own_unit="Hisingen", keyring_allowed="no",
                        default_language="sv")
    before = load_policy(path)
    user_scope = QSettings()  # the user's own settings (kept under tmp by the test app)
    for store in (settings, user_scope):
        for prefix in ("", "policy/", "Policies/Utvag/"):
            store.setValue(prefix + "idle_timeout_seconds", 86400)
            store.setValue(prefix + "own_unit", "Centrum")
            store.setValue(prefix + "keyring_allowed", "yes")
            store.setValue(prefix + "default_language", "en")
        store.sync()
        assert store.status() == QSettings.Status.NoError
    assert load_policy(path) == before
    assert before.idle_timeout_seconds == 120 and before.own_unit == "Hisingen"
    assert not before.keyring_allowed and before.default_language == "sv"


def editable_widgets(dialog: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QAbstractSpinBox, QComboBox, QCheckBox, QTextEdit, QPlainTextEdit)
    found = [w for kind in kinds for w in dialog.findChildren(kind)]
    return [w for w in found if w.isVisible() and w.isEnabled()
            and not getattr(w, "isReadOnly", lambda: False)()]


def test_about_dialog_shows_policy_read_only(
        write_policy: Callable[..., Path], make_window: Callable[..., MainWindow],
        tmp_path: Path, qtbot: Any) -> None:
    path = write_policy(idle_timeout_seconds=120, own_unit="Hisingen", keyring_allowed="no")
    window = make_window(tmp_path / "vault", load_policy(path))
    seen: list[list[str]] = []

    def inspect(dialog: QWidget) -> None:
        assert editable_widgets(dialog) == []
        values = dialog.findChildren(QLabel, "policyValue")
        for label in values:
            flags = label.textInteractionFlags()
            assert not flags & Qt.TextInteractionFlag.TextEditable
        seen.append([label.text() for label in values])
        dialog.close()

    when_modal(inspect, kind=AboutDialog)
    window.about_action.trigger()
    (values,) = seen
    assert "2 minutes" in values and "Hisingen" in values and "no" in values
    assert str(path) in values
