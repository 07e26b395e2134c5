"""The first-run wizard chooses whose vault it is, as ``utvag init --role`` does: a caseworker's
vault needs the holder's name, and the key made with the vault carries the role and the name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard
from test_ui_first_run import STRONG, wizard_of

from utvag.services import transfer
from utvag.ui.window import MainWindow
from utvag.vault.vault import VaultPaths


def test_first_run_makes_a_caseworkers_vault(make_window: Callable[..., MainWindow],
                                             qtbot: Any, tmp_path: Path) -> None:
    vault_dir = tmp_path / "anna"
    window = make_window(vault_dir)
    wizard = wizard_of(window)
    page = wizard.unit_page
    page.unit.setCurrentIndex(page.unit.findData("Hisingen"))
    assert not page.holder.isEnabled()
    page.role.setCurrentIndex(page.role.findData("caseworker"))
    assert page.holder.isEnabled()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is page and "holder" in page.role_problem.text()
    page.holder.setText("Anna Berg")
    wizard.button(QWizard.WizardButton.NextButton).click()
    passphrase = wizard.passphrase_page
    assert wizard.currentPage() is passphrase
    passphrase.first.setText(STRONG)
    passphrase.second.setText(STRONG)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert VaultPaths(vault_dir).keys.is_file()
    assert window.session is not None
    shown = transfer.show_keys(window.session)
    assert (shown.unit, shown.role, shown.holder) == ("Hisingen", "caseworker", "Anna Berg")


def test_first_run_refuses_the_city_office_role_for_a_district(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    """Refused on the page where the role is chosen, before any vault is made: the city-office
    role belongs to Stadsledningskontoret's vault alone."""
    vault_dir = tmp_path / "centrum"
    window = make_window(vault_dir)
    wizard = wizard_of(window)
    page = wizard.unit_page
    page.unit.setCurrentIndex(page.unit.findData("Centrum"))
    page.role.setCurrentIndex(page.role.findData("city-office"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is page
    assert "Stadsledningskontoret" in page.role_problem.text()
    assert not vault_dir.exists() or not any(vault_dir.iterdir())
    page.unit.setCurrentIndex(page.unit.findData("Stadsledningskontoret"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.passphrase_page
