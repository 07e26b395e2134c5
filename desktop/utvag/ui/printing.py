"""Printing on explicit action only. The recovery key never goes to a file by itself."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def print_recovery_key(parent: QWidget, key: str) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    doc = QTextDocument()
    doc.setHtml(
        "<h2>" + parent.tr("Utväg recovery key") + "</h2><p>"
        + parent.tr("Keep this sheet locked away. It opens the vault without the passphrase.")
        + "</p><pre style='font-size:16pt'>" + "\n".join(key.split("-")) + "</pre>"
    )
    painter = QPainter()
    if painter.begin(printer):
        doc.drawContents(painter)
        painter.end()
