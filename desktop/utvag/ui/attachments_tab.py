"""Attachments: add, view in the app from memory, and "save as" only on explicit action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utvag.files import atomic_write
from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.errors import report_error
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.layouts import button_row
from utvag.ui.list_items import ID_ROLE, KEPT_ROLE, record_item
from utvag.ui.numbers import data_size
from utvag.ui.pdf_view import PdfRenderError, render_pdf
from utvag.ui.plain_copy import ask_plain_copy_path


class AttachmentViewer(QDialog):
    """Shows an attachment from memory; nothing is written to disk."""

    def __init__(self, name: str, media_type: str, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        box = QVBoxLayout(self)
        image = QImage.fromData(data) if media_type.startswith("image/") else QImage()
        if media_type == "application/pdf" or data[:5] == b"%PDF-":
            box.addWidget(self._pdf_pages(data))
        elif not image.isNull():
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea()
            scroll.setWidget(label)
            box.addWidget(scroll)
        elif media_type.startswith("text/"):
            text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
            text.setReadOnly(True)
            box.addWidget(text)
        else:
            box.addWidget(QLabel(self.tr("This kind of file cannot be shown inside Utväg. Use "
                                         "\"Save as…\" to open it elsewhere.")))
        self.resize(720, 540)

    def _pdf_pages(self, data: bytes) -> QWidget:
        try:
            pages, count = render_pdf(data)
        except PdfRenderError:
            return QLabel(self.tr("The PDF could not be shown (it is damaged or protected by "
                                  "a password)."))
        holder = QWidget()
        column = QVBoxLayout(holder)
        for page in pages:
            label = QLabel()
            label.setObjectName("pdfPage")
            label.setPixmap(QPixmap.fromImage(page))
            column.addWidget(label)
        if count > len(pages):
            column.addWidget(QLabel(self.tr("Only the first %1 of %2 pages are shown.")
                                    .replace("%1", str(len(pages))).replace("%2", str(count))))
        scroll = QScrollArea()
        scroll.setWidget(holder)
        return scroll


class AttachmentsTab(FollowsLanguage, QWidget):
    def __init__(self, session: Session, case_id: int, read_only: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._case_id = case_id
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self.add_button = QPushButton()
        self.add_button.setEnabled(not read_only)
        self.view_button = QPushButton()
        self.save_button = QPushButton()
        self.retranslate()
        self.add_button.clicked.connect(self.add_file)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_selected)
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(button_row((self.add_button,), (self.view_button, self.save_button)))
        self.reload()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add file…"))
        self.list.setAccessibleName(self.tr("Attachments"))
        self.view_button.setText(self.tr("&View"))
        self.save_button.setText(self.tr("Sav&e as…"))

    def reload(self) -> None:
        self.list.clear()
        for att in cases.attachments(self._session, self._case_id):
            self.list.addItem(record_item(f"{att.name}  ({att.media_type}, {data_size(att.size)})",
                                          att.id, (att.name, att.media_type)))

    def add_path(self, path: Path) -> None:
        try:
            with open(path, "rb") as source:
                cases.attach(self._session, self._case_id, source, path.name)
        except OSError:
            QMessageBox.warning(self, self.tr("Utväg"), self.tr("The file could not be read."))
            return
        except Exception as exc:
            report_error(self, exc)
            return
        self.reload()

    def add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if name:
            self.add_path(Path(name))

    def _selected(self) -> tuple[int, str, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        name, media = item.data(KEPT_ROLE)
        return int(item.data(ID_ROLE)), str(name), str(media)

    def view_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            data = cases.read_attachment(self._session, self._case_id, chosen[0])
        except Exception as exc:
            report_error(self, exc)
            return
        AttachmentViewer(chosen[1], chosen[2], data, self).exec()

    def save_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        target = ask_plain_copy_path(
            self, self.tr("Save unencrypted copy?"),
            self.tr("The saved file will NOT be encrypted. Anyone with access to where you save "
                    "it can read it. Save anyway?"), self.tr("Save as"), chosen[1])
        if target is None:
            return
        try:
            data = cases.read_attachment(self._session, self._case_id, chosen[0])
            atomic_write(target, data)  # owner-only: the copy is not encrypted
        except OSError:
            QMessageBox.warning(self, self.tr("Utväg"), self.tr("The file could not be saved."))
        except Exception as exc:
            report_error(self, exc)
