"""Two real units for the transfer screens: Hisingen (with a special-defector case whose signed
assessment routes it to SAV) and SAV, each a real vault, and helpers to drive file dialogs and the
transfer dialogs of a real window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

sys.path.append(str(Path(__file__).resolve().parents[1] / "transfer_service"))

from transfer_service_helpers import PERSON, Unit, special_defector_case

from utvag.services import transfer
from utvag.ui.window import MainWindow

__all__ = ["PERSON", "Unit", "choose_file", "dump_without_audit", "exchange_cards",
           "open_case", "special_defector_case", "wait_idle"]


def choose_file(path: Path) -> None:
    """Answer the next file dialog with *path* (as a user typing the name would)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog) and widget.isVisible():
            widget.selectFile(str(path))
            widget.accept()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def exchange_cards(a: Unit, b: Unit, tmp: Path) -> None:
    """Cards exchanged through the services (for tests about something else than keys)."""
    for one, other in ((a, b), (b, a)):
        card = tmp / f"{one.name}-card.json"
        if not card.exists():
            transfer.export_public_card(one.session, card)
        transfer.trust_card(other.session, card, transfer.show_keys(one.session).fingerprint)


def open_case(window: MainWindow, case_id: int) -> None:
    assert window.workspace is not None
    window.workspace.open_case(case_id)


def wait_idle(qtbot: Any, window: MainWindow) -> None:
    """Until the background step (package, preview, import, receipt) has delivered its result."""
    qtbot.waitUntil(lambda: window.background is None or window.background.done.is_set(),
                    timeout=60_000)
    QApplication.processEvents()


def dump_without_audit(dump: Callable[[Any], dict[str, Any]], conn: Any) -> dict[str, Any]:
    return {k: v for k, v in dump(conn).items() if k != "audit"}


def find(parent: QWidget, kind: type[Any], name: str) -> Any:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found
