"""Paper printing lays out and paints off the GUI thread once the print dialog (on the GUI
thread) has chosen a printer. A PDF printer stands in for the chosen one here (there is no
print system offscreen): what it receives is what the print system would.

The Police report draft comes out readable and on as many pages as it needs (it used to be
painted 0.2 mm high on one page); a printer that does not take the document is said in a
message; a lock waits for a job under way, which is never cut short."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from utvag.ui.background import cancel_all_and_wait
from utvag.ui.printing import (
    RecoverySheet,
    plain_document,
    print_off_thread,
    print_text,
    printers_available,
)

MM = 72 / 25.4
DRAFT = "\n".join(["UTKAST – POLISANMÄLAN VID HOT OCH VÅLD I TJÄNSTEN", ""] + [
    f"     Rad {i}: Klienten höjde rösten, slog i disken och sa att han visste var hon bodde."
    for i in range(1, 181)])


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def read_pdf(path: Path) -> tuple[int, str, float]:
    """Pages, the text of all of them, and the height of the first character (mm)."""
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        _left, bottom, _right, top = document[0].get_textpage().get_charbox(0)
        return len(document), " ".join(text.split()), (top - bottom) / MM
    finally:
        document.close()


def parent_widget(qtbot: Any) -> QWidget:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent


def test_a_long_draft_is_laid_out_off_the_gui_thread_readable_on_every_page(
        qtbot: Any, tmp_path: Path) -> None:
    parent = parent_widget(qtbot)
    target = tmp_path / "utkast.pdf"
    laid_out_on: list[threading.Thread] = []
    printed: list[bool] = []

    def layout(_printer: QPrinter) -> QTextDocument:
        laid_out_on.append(threading.current_thread())
        return plain_document(DRAFT)

    op = print_off_thread(parent, pdf_printer(target), layout, lambda: printed.append(True))
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    assert printed == [True] and len(laid_out_on) == 1
    assert laid_out_on[0] is not threading.main_thread()
    pages, text, height = read_pdf(target)
    assert pages >= 3 and height > 1.5  # paginated, at a size that can be read
    assert "Rad 1:" in text and "Rad 180:" in text


def test_the_recovery_sheet_is_printed_off_the_gui_thread(qtbot: Any, tmp_path: Path) -> None:
    parent = parent_widget(qtbot)
    target = tmp_path / "nyckel.pdf"
    sheet = RecoverySheet("ABCDEFGH-JKLMNPQR-STUVWXYZ", "Hisingen", "0f3a9c1e", date(2026, 12, 7))
    printed: list[bool] = []
    op = print_off_thread(parent, pdf_printer(target), sheet.document,
                          lambda: printed.append(True))
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    pages, text, _height = read_pdf(target)
    assert printed == [True] and pages == 1 and "STUVWXYZ" in text and "0f3a9c1e" in text


def test_a_printer_that_does_not_take_the_document_is_said(
        qtbot: Any, tmp_path: Path, message_boxes: Any, qt_messages: list[str]) -> None:
    parent = parent_widget(qtbot)
    target = tmp_path / "saknas" / "utkast.pdf"
    printed: list[bool] = []
    op = print_off_thread(parent, pdf_printer(target), lambda _p: plain_document(DRAFT),
                          lambda: printed.append(True))
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    qtbot.waitUntil(lambda: bool(message_boxes.seen))
    [(_title, text)] = message_boxes.expect()
    assert text.startswith("The printer did not take the document; nothing was printed.")
    assert printed == [] and not target.parent.exists()
    assert any("QPainter::begin" in m for m in qt_messages)  # Qt's own note of the refusal
    qt_messages.clear()


def test_a_lock_waits_for_the_job_under_way(qtbot: Any, tmp_path: Path,
                                            message_boxes: Any) -> None:
    parent = parent_widget(qtbot)
    target = tmp_path / "utkast.pdf"
    printed: list[bool] = []
    op = print_off_thread(parent, pdf_printer(target), lambda _p: plain_document(DRAFT * 3),
                          lambda: printed.append(True))
    assert op.running and op.dialog.findChild(QPushButton) is None  # no Cancel
    cancel_all_and_wait()  # what locking does before the vault closes
    assert not op.running
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    assert read_pdf(target)[0] >= 5  # the whole job, not cut short
    assert printed == [True] and message_boxes.seen == []


def test_without_a_print_system_the_draft_is_refused_in_words(
        qtbot: Any, message_boxes: Any) -> None:
    if printers_available():
        return  # the system's print dialog would open: not for an offscreen test
    parent = parent_widget(qtbot)
    assert print_text(parent, DRAFT) is None
    qtbot.waitUntil(lambda: bool(message_boxes.seen))
    assert message_boxes.expect() == [
        ("Utväg", "No printer is set up on this computer; nothing was printed.")]


def test_closing_the_window_while_printing_lets_the_job_finish(
        qtbot: Any, tmp_path: Path, message_boxes: Any) -> None:
    parent = QWidget()
    target = tmp_path / "utkast.pdf"
    op = print_off_thread(parent, pdf_printer(target), lambda _p: plain_document(DRAFT * 3),
                          lambda: None)
    parent.close()
    parent.deleteLater()  # the case closed, its tab gone, while the job is painted
    qtbot.waitUntil(lambda: not op.running, timeout=30000)
    qtbot.wait(100)
    assert read_pdf(target)[0] >= 5 and message_boxes.seen == []
