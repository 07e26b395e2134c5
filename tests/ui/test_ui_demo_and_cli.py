"""``utvag --demo``'s throw-away vault in the window, and the CLI starting without Qt."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from utvag import __version__
from utvag.services.policy import Policy
from utvag.ui import application
from utvag.ui.window import MainWindow


def test_demo_vault_opens_with_banner_and_fictional_cases(
        make_window: Callable[..., MainWindow], private_tmpdir: Path) -> None:
    policy = Policy(keyring_allowed=False)
    vault_dir = application.create_demo_vault(policy)
    assert private_tmpdir in vault_dir.parents
    window = make_window(vault_dir, policy, demo=True)
    assert "DEMO" in window.windowTitle()
    assert window.unlock_page.subtitle.text() == "DEMO (fictional data)"
    application.open_demo(window)
    window.wait_for_unlock()  # the key is derived off the GUI thread
    workspace = window.workspace
    assert workspace is not None
    banner = workspace.findChild(QLabel, "demoBanner")
    assert banner is not None and banner.isVisible() and banner.text().startswith("DEMO")
    proxy = workspace.proxy
    names = [proxy.index(row, 1).data() for row in range(proxy.rowCount())]
    assert len(names) == 24
    assert all(n.startswith("DEMO ") or n == "Protected identity" for n in names)
    assert names.count("Protected identity") == 3


def test_demo_vault_respects_a_policy_that_fixes_the_unit(private_tmpdir: Path) -> None:
    from utvag.services import session as session_service
    from utvag.services.demo import DEMO_PASSPHRASE

    policy = Policy(own_unit="Hisingen", keyring_allowed=False)
    vault_dir = application.create_demo_vault(policy)
    with session_service.unlock(vault_dir, passphrase=DEMO_PASSPHRASE, policy=policy) as s:
        assert s.vault.unit == "Hisingen"


def run_python(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_version_from_the_command_line(utvag_child_env: Callable[..., dict[str, str]]) -> None:
    proc = run_python(utvag_child_env(), "-m", "utvag", "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"utvag {__version__}"


def test_cli_does_not_import_qt(utvag_child_env: Callable[..., dict[str, str]]) -> None:
    proc = run_python(utvag_child_env(), "-c",
                      "import sys, utvag.cli.main; print('PySide6' in sys.modules)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"


def test_settings_of_the_tests_stay_in_tmp(qsettings_root: Path, qapp: Any) -> None:
    from PySide6.QtCore import QSettings

    assert qsettings_root in Path(QSettings().fileName()).parents
