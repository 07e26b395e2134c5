"""The import preview names whose vault sent the case, as the sender's key card says: a
caseworker's vault by the holder's name and role, a unit's vault as the unit's (in Swedish, as
the receiving caseworker reads it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from transfer_ui_support import Unit, exchange_cards, special_defector_case

from utvag.services import transfer
from utvag.ui.transfer.import_dialog import ImportPreviewDialog


@pytest.fixture
def vaults(make_vault: Callable[..., Any]) -> Iterator[Callable[..., Unit]]:
    opened: list[Unit] = []

    def make(name: str, unit: str, holder: str | None = None) -> Unit:
        handle = make_vault(name, unit=unit)
        made = Unit(name, handle.directory, handle.open())
        opened.append(made)
        if holder is not None:
            transfer.create_role_identity(made.session, "caseworker", holder)
        return made

    yield make
    for unit in opened:
        unit.session.close()


def _sender_shown(qtbot: Any, sender: Unit, sav: Unit, tmp_path: Path) -> str:
    exchange_cards(sender, sav, tmp_path)
    package = tmp_path / f"{sender.name}.utvp"
    transfer.export_case(sender.session, special_defector_case(sender), "SAV", package)
    dialog = ImportPreviewDialog(transfer.preview_package(sav.session, package), package)
    qtbot.addWidget(dialog)
    return dialog.sender_unit.text()


def test_a_caseworker_s_package_names_the_caseworker(
        qtbot: Any, vaults: Callable[..., Unit], tmp_path: Path, swedish: None) -> None:
    anna, sav = vaults("anna", "Hisingen", "Anna Berg"), vaults("sav", "SAV")
    assert _sender_shown(qtbot, anna, sav, tmp_path) == "Hisingen — Anna Berg (handläggare)"


def test_a_unit_s_package_names_the_unit_s_vault(
        qtbot: Any, vaults: Callable[..., Unit], tmp_path: Path, swedish: None) -> None:
    nordost, sav = vaults("nordost", "Nordost"), vaults("sav", "SAV")
    assert _sender_shown(qtbot, nordost, sav, tmp_path) == "Nordost — enhetens valv"


def _drawn_width(label: Any) -> int:
    return int(label.sizeHint().width())


def test_markup_in_the_holder_s_name_is_shown_as_written_not_drawn(
        qtbot: Any, vaults: Callable[..., Unit], tmp_path: Path, swedish: None) -> None:
    """A key card's holder is whatever its maker typed: a tag in it must not draw the preview
    (here it would shrink 'enhetschef' out of sight, the role the receiver reads)."""
    holder = 'Anna Berg<span style="font-size:1px"> hides this</span>'
    anna, sav = vaults("anna", "Hisingen", holder), vaults("sav", "SAV")
    exchange_cards(anna, sav, tmp_path)
    package = tmp_path / "anna.utvp"
    transfer.export_case(anna.session, special_defector_case(anna), "SAV", package)
    dialog = ImportPreviewDialog(transfer.preview_package(sav.session, package), package)
    qtbot.addWidget(dialog)
    label = dialog.sender_unit
    assert label.text() == f"Hisingen — {holder} (handläggare)"
    written = label.fontMetrics().horizontalAdvance(label.text())
    assert _drawn_width(label) >= written  # every character drawn, the tag too
