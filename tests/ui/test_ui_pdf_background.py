"""PDFs are laid out and written off the GUI thread: a long document completes (and Qt does not
warn: the ``qt_messages`` guard fails the test otherwise), and a place that cannot be written
shows the known message and leaves nothing behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from utvag.ui.assessment.pdf import write_pdf
from utvag.ui.background import Progress, run_in_background
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.window import MainWindow


def test_a_long_document_is_written_off_the_gui_thread(qtbot: Any, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    html = "<h1>Bedömning</h1>" + "<p>Ett stycke om hotbilden och skyddet.</p>" * 1500
    target = tmp_path / "lang.pdf"
    results: list[bool] = []

    def work(_progress: Progress) -> bool:
        return write_pdf(html, target)

    op = run_in_background(parent, "writing", work, results.append, qt_thread=True)
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    assert results == [True]
    assert target.read_bytes().startswith(b"%PDF")


def test_the_recovery_sheet_to_a_missing_folder_says_so(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    window = make_window(tmp_path / "v")
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.first, "seven quiet owls Sing at dawn")
    qtbot.keyClicks(wizard.passphrase_page.second, "seven quiet owls Sing at dawn")
    wizard.next()
    page = wizard.recovery_page
    target = tmp_path / "saknas" / "sheet.pdf"
    saving = page.save_pdf(target)
    qtbot.waitUntil(saving.done.is_set, timeout=15000)
    assert page.print_note.text() and "only you can read" not in page.print_note.text()
    assert not target.parent.exists()
