"""The recovery-key sheet: one readable page in the UI language, on paper by default, a PDF
only on request and then readable by its owner only."""

from __future__ import annotations

import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from utvag.ui import i18n
from utvag.ui.lock.first_run import FirstRunWizard
from utvag.ui.printing import (
    RecoverySheet,
    paper_printer,
    print_dialog,
    print_sheet,
    printers_available,
    save_sheet_pdf,
)
from utvag.ui.window import MainWindow

KEY = "ABCDEFGH-JKLMNPQR-STUVWXYZ-23456789-ABCDEFGH-JKLMNPQR-STUVWXYZ"
SHEET = RecoverySheet(KEY, "Hisingen", "0f3a9c1e-7b2d-4e11-9a55-2c1d0e6f7a88", date(2026, 12, 7))
MM = 72 / 25.4  # PDF points per millimetre


def read_pdf(path: Path) -> tuple[int, str, list[tuple[float, float, float, float]], float]:
    """Pages, text, the box of every character, and the page width (points)."""
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        page = document[0]
        text_page = page.get_textpage()
        text = text_page.get_text_range()
        boxes = [text_page.get_charbox(i) for i in range(text_page.count_chars())]
        return len(document), text, boxes, page.get_width()
    finally:
        document.close()


def key_character_boxes(text: str, boxes: list[Any]) -> list[Any]:
    start = text.replace("\r", "").find("STUVWXYZ")
    clean = text.replace("\r", "")
    assert start >= 0, clean
    offset = len(text[:text.find("STUVWXYZ")])
    assert clean[start:start + 8] == "STUVWXYZ"
    return boxes[offset:offset + 8]


def test_the_sheet_is_one_large_swedish_page_readable_only_by_its_owner(tmp_path: Path) -> None:
    assert i18n.set_language("sv")
    path = tmp_path / "nyckel.pdf"
    path.write_bytes(b"an older file someone else could read")
    path.chmod(0o644)
    save_sheet_pdf(SHEET, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pages, text, boxes, width = read_pdf(path)
    assert pages == 1
    flat = " ".join(text.split())
    assert "Återställningsnyckel" in flat or "återställningsnyckel" in flat
    for fact in ("Hisingen", SHEET.vault_id, "2026-12-07", "Enhet:", "Förvara"):
        assert fact in flat, fact
    for group in KEY.split("-"):
        assert group in flat
    assert "recovery key" not in flat.lower()
    # The key is large (the old sheet printed it about 0.4 mm high in a corner).
    key_boxes = key_character_boxes(text, boxes)
    heights = [top - bottom for (_left, bottom, _right, top) in key_boxes]
    assert min(heights) > 4 * MM
    line = [b for b in boxes if b[3] - b[1] > 4 * MM]
    assert max(b[2] for b in line) - min(b[0] for b in line) > width / 2


def test_printing_goes_to_paper_and_offers_no_file(qtbot: Any, tmp_path: Path,
                                                   monkeypatch: Any) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    parent = QWidget()
    qtbot.addWidget(parent)
    printer = paper_printer()
    if printer is None:  # no print system here: nothing falls back to a file (~/print.pdf)
        assert not printers_available()
        assert print_sheet(parent, SHEET, lambda: None) is None
        assert list(tmp_path.iterdir()) == []
        printer = QPrinter()
    else:
        assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        assert printer.outputFileName() == ""
    dialog = print_dialog(parent, printer)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)


def test_the_wizard_saves_the_pdf_on_request_and_hides_the_key_when_confirming(
        make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Path) -> None:
    window = make_window(tmp_path / "v")
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.first, "seven quiet owls Sing at dawn")
    qtbot.keyClicks(wizard.passphrase_page.second, "seven quiet owls Sing at dawn")
    wizard.next()
    page = wizard.recovery_page
    assert page.print_button.isVisible() and page.pdf_button.isVisible()
    if not printers_available():
        assert not page.print_button.isEnabled() and "No printer" in page.print_note.text()
    assert wizard.vault_id and window.session is not None
    assert wizard.vault_id == window.session.vault.vault_id
    out = tmp_path / "sheet.pdf"
    saving = page.save_pdf(out)  # off the GUI thread
    qtbot.waitUntil(saving.done.is_set, timeout=15000)
    assert "only you can read" in page.print_note.text() or "bara du" in page.print_note.text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    _pages, text, _boxes, _width = read_pdf(out)
    flat = " ".join(text.split())
    assert wizard.vault_id in flat and "Centrum" in flat
    assert all(group in flat for group in wizard.recovery_key.split("-"))
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    shown = " ".join(w.text() for w in wizard.findChildren(QWidget)
                     if w.isVisible() and hasattr(w, "text") and isinstance(w.text(), str))
    assert wizard.recovery_key.split("-")[0] not in shown
