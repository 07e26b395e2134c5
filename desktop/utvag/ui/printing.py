"""Printing on paper, and the recovery-key sheet: one page in the UI language, printed on paper
by default.

The key is set in large monospace groups with the unit, the vault id, the date and how to keep
the sheet. Printing goes to a printer (the print dialog offers no "print to file"); a PDF is
written only when the user chooses "Save as PDF…", and then only readable by its owner.

The print dialog runs on the GUI thread; once a printer is chosen, the document is laid out,
painted and handed to the print system off it (``print_off_thread``), since that is where the
time goes: painting a page on the printer takes 7-13 ms here against 0.1-2 ms for the layout,
and the hand-over waits for the print system.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from utvag.ui import message_box
from utvag.ui.background import BackgroundOp, Progress, run_in_background
from utvag.ui.errors import report_error
from utvag.ui.labels import unit_label

GROUPS_PER_LINE = 3
KEY_POINT_SIZE = 22
MARGIN_POINTS = 48.0


translate = QCoreApplication.translate


@dataclass(frozen=True)
class RecoverySheet:
    key: str
    unit: str
    vault_id: str
    created: date

    def key_lines(self) -> list[str]:
        groups = self.key.split("-")
        return [" ".join(groups[i:i + GROUPS_PER_LINE])
                for i in range(0, len(groups), GROUPS_PER_LINE)]

    def html(self) -> str:
        rows = "".join(f"<p style='margin:6pt 0'>{html.escape(line)}</p>"
                       for line in self.key_lines())
        facts = [(translate("Sheet", "Unit:"), unit_label(self.unit)),
                 (translate("Sheet", "Vault id:"), self.vault_id),
                 (translate("Sheet", "Created:"), self.created.isoformat())]
        table = "".join(f"<tr><td style='padding-right:12pt'><b>{html.escape(k)}</b></td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in facts)
        advice = [
            translate("Sheet", "Keep this sheet locked away, for example in the unit's safe, "
                               "apart from the computer."),
            translate("Sheet", "Do not photograph it, scan it or keep a copy on any computer."),
            translate("Sheet", "Anyone holding this key can open the vault without the "
                               "passphrase."),
            translate("Sheet", "If the sheet is lost or seen by someone else, ask the "
                               "administrator to make a new key (utvag rekey); the old key then "
                               "stops working.")]
        items = "".join(f"<li>{html.escape(a)}</li>" for a in advice)
        title = translate("Sheet", "Utväg recovery key")
        intro = translate("Sheet", "If the passphrase is forgotten, only this key "
                          "opens the vault.")
        keep = translate("Sheet", "How to keep it")
        return (
            "<html><body style='font-family:sans-serif; font-size:12pt'>"
            f"<h1 style='font-size:20pt'>{html.escape(title)}</h1>"
            f"<p>{html.escape(intro)}</p>"
            f"<table>{table}</table>"
            "<div style=\"font-family:'DejaVu Sans Mono',monospace; "
            f"font-size:{KEY_POINT_SIZE}pt; font-weight:bold; margin-top:18pt; "
            f"margin-bottom:18pt\">{rows}</div>"
            f"<h2 style='font-size:14pt'>{html.escape(keep)}</h2>"
            f"<ul>{items}</ul></body></html>")

    def document(self, printer: QPrinter) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(MARGIN_POINTS)
        doc.setHtml(self.html())
        rect = printer.pageLayout().paintRect(QPageLayout.Unit.Point)
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
        return doc


def _a4(printer: QPrinter) -> QPrinter:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def paper_printer() -> QPrinter | None:
    """A printer for paper (the system's default), or None where there is no print system:
    Qt would silently fall back to a PDF file in the home folder there."""
    printer = _a4(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or not printers_available():
        return None
    return printer


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def print_dialog(parent: QWidget, printer: QPrinter) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


class PrintFailed(Exception):
    """The print system did not take the document."""


def choose_paper_printer(parent: QWidget) -> QPrinter | None:
    """The system's print dialog (GUI thread): the printer chosen, or None when there is no
    print system, the user cancelled, or a file was chosen after all (that is "Save as PDF…")."""
    printer = paper_printer()
    if printer is None or print_dialog(parent, printer).exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        return None
    return printer


def print_off_thread(parent: QWidget, printer: QPrinter,
                     layout: Callable[[QPrinter], QTextDocument],
                     printed: Callable[[], None]) -> BackgroundOp[None]:
    """Lay out ``layout(printer)``, paint it page by page and hand it to the print system in
    the background helper's Qt thread (the layout starts timers). A job under way cannot be
    taken back, so there is no Cancel and a lock waits for it; ``printer`` is not touched on the
    GUI thread meanwhile. ``printed`` once the print system has it; a refusal is a message."""

    def work(_progress: Progress) -> None:
        layout(printer).print_(printer)
        if printer.printerState() == QPrinter.PrinterState.Error:
            raise PrintFailed

    return run_in_background(parent, translate("Printing", "Printing…"), work,
                             lambda _none: printed(), on_error=lambda exc: _not_printed(
                                 parent, exc), qt_thread=True, cancellable=False)


def _not_printed(parent: QWidget, exc: BaseException) -> None:
    if not isinstance(exc, PrintFailed):
        report_error(parent, exc)
        return
    message_box.warning(parent, translate("Printing", "Utväg"), translate(
        "Printing", "The printer did not take the document; nothing was printed. Check the "
                    "printer and try again."))


def print_sheet(parent: QWidget, sheet: RecoverySheet,
                printed: Callable[[], None]) -> BackgroundOp[None] | None:
    """The sheet on paper after the system's print dialog; None when nothing is printed."""
    printer = choose_paper_printer(parent)
    return None if printer is None else print_off_thread(parent, printer, sheet.document,
                                                         printed)


def plain_document(text: str) -> QTextDocument:
    """Plain text as it is printed: ``print_`` paginates it and sets it at the printer's size."""
    document = QTextDocument()
    document.setPlainText(text)
    return document


def print_text(parent: QWidget, text: str) -> BackgroundOp[None] | None:
    """Plain text on paper after the system's print dialog, never to a file; None when nothing
    is printed (no printer, or cancelled)."""
    if not printers_available():
        message_box.warning(parent, translate("Printing", "Utväg"), translate(
            "Printing", "No printer is set up on this computer; nothing was printed."))
        return None
    printer = choose_paper_printer(parent)
    if printer is None:
        return None
    return print_off_thread(parent, printer, lambda _printer: plain_document(text),
                            lambda: None)


def owner_only(path: Path) -> None:
    """Create (or empty) ``path`` readable by its owner only, before Qt's PDF writer opens it
    (it keeps the mode of a file that exists). ``OSError`` when the place cannot be written."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an existing file chosen to be replaced loses wider rights first
    finally:
        os.close(fd)


def save_sheet_pdf(sheet: RecoverySheet, path: Path) -> None:
    """Write the sheet as a one-page PDF that only its owner can read. Paints on a PDF printer
    only (no widgets), so it runs off the GUI thread (``first_run.RecoveryPage.save_pdf``)."""
    owner_only(path)
    printer = _a4(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    sheet.document(printer).print_(printer)
    os.chmod(path, 0o600)
