"""Print a signed summary to PDF: only on explicit action, after a warning, with an audit row.

The PDF is the one thing here that leaves the vault unencrypted, so the user is told so first
(Cancel is the default) and chooses the place. The file is written straight to that place by
``QPrinter``; nothing is staged in a temporary file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from utvag.services import assessment as assessment_service
from utvag.services.session import Session
from utvag.ui import message_box
from utvag.ui.background import BackgroundOp, Progress, run_in_background


def write_pdf(html: str, path: Path) -> bool:
    """Render ``html`` to a PDF at ``path``; False when the file could not be written. The
    layout starts timers: off the GUI thread, only in a ``QThread`` (``qt_thread=True``)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setOutputFileName(str(path))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return path.is_file() and path.stat().st_size > 0


class PdfExport(QObject):
    """Warning → choose a file → audit row → PDF. ``written`` carries the path of the PDF.

    The warning and the file dialog are window-modal and do not block, so the app keeps
    responding (and can lock) while they are open.
    """

    written = Signal(str)

    def __init__(self, parent: QWidget, session: Session, assessment_id: int, html: str,
                 suggested_name: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session = session
        self._assessment_id = assessment_id
        self._html = html
        self._suggested = suggested_name
        self.warning: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.writing: BackgroundOp[bool] | None = None

    def start(self) -> QMessageBox:
        box = message_box.plain(QMessageBox(self._parent))
        box.setObjectName("pdfWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Save an unencrypted PDF?"))
        text = self.tr("The PDF will NOT be encrypted. Anyone who can reach the place where "
                       "you save it can read the assessment. Save it only where your "
                       "organisation allows, and delete it when it is no longer needed. "
                       "The printout is recorded in the case log.")
        if assessment_service.concerns_protected_identity(self._session, self._assessment_id):
            text += "\n\n" + self.tr(
                "The person has a protected identity. The summary leaves out the name, "
                "identity number and address, but what it says may still point to the person: "
                "hand it only to someone entitled to it and record the handover in the "
                "disclosure register.")
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._warned(box))
        self.warning = box
        box.open()
        return box

    def _warned(self, box: QMessageBox) -> None:
        self.warning = None
        accepted = box.clickedButton() is box.button(QMessageBox.StandardButton.Save)
        box.deleteLater()
        if not accepted:
            return
        dialog = QFileDialog(self._parent, self.tr("Save the assessment as PDF"))
        dialog.setObjectName("pdfFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self._suggested)
        dialog.fileSelected.connect(self._write)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _write(self, name: str) -> BackgroundOp[bool]:
        """The audit row, then the PDF laid out and written off the GUI thread."""
        self.file_dialog = None
        path = Path(name)
        session, assessment_id, html = self._session, self._assessment_id, self._html

        def work(progress: Progress) -> bool:
            assessment_service.record_print(session, assessment_id, f"pdf:{path}")
            progress.check()
            return write_pdf(html, path)

        self.writing = run_in_background(self._parent, self.tr("Writing the PDF…"), work,
                                         lambda ok: self._written(ok, path), qt_thread=True)
        return self.writing

    def _written(self, ok: bool, path: Path) -> None:
        if not ok:
            message_box.warning(self._parent, self.tr("Utväg"),
                                self.tr("The PDF could not be written there."))
            return
        self.written.emit(str(path))
