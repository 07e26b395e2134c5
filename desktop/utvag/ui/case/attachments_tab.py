"""Attachments: add, view in the app from memory, and "save as" only on explicit action.

Reading a file into the vault, reading an attachment out of it (and rendering a PDF's pages) and
writing a "save as" copy run off the GUI thread (``ui/background.py``), with progress and Cancel;
a cancelled add leaves the vault as it was. Nothing is written to a temporary file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utvag.files import atomic_write
from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.background import BackgroundOp, Progress, run_in_background
from utvag.ui.errors import report_error
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.layouts import button_row
from utvag.ui.list_items import ID_ROLE, KEPT_ROLE, record_item
from utvag.ui.look import PlainLabel
from utvag.ui.named_action import named_button
from utvag.ui.numbers import data_size
from utvag.ui.pdf_view import PdfRenderError, render_pdf
from utvag.ui.plain_copy import ask_plain_copy_path
from utvag.ui.vault_events import ChangeKind, notify


def neutral_name(name: str) -> str:
    """The name *Save as* suggests for an attachment: "bilaga" with the stored name's extension,
    never the stored name, which can name the person (the operating system's file dialogs
    remember the names chosen in them, outside the vault)."""
    suffix = Path(name).suffix
    if not (1 < len(suffix) <= 10 and suffix[1:].isascii() and suffix[1:].isalnum()):
        suffix = ""
    return f"bilaga{suffix.lower()}"


def is_pdf(media_type: str, data: bytes) -> bool:
    return media_type == "application/pdf" or data[:5] == b"%PDF-"


@dataclass
class Loaded:
    """An attachment read for viewing: its bytes and, for a PDF, its pages (or why not)."""

    data: bytes
    pages: tuple[list[QImage], int] | None = None
    damaged: bool = False


def load_for_viewing(session: Session, case_id: int, attachment_id: int, media_type: str,
                     progress: Progress) -> Loaded:
    """Off the GUI thread: read the attachment and render a PDF's pages into images."""
    data = cases.read_attachment(session, case_id, attachment_id)
    progress.check()
    if not is_pdf(media_type, data):
        return Loaded(data)
    try:
        return Loaded(data, render_pdf(data))
    except PdfRenderError:
        return Loaded(data, damaged=True)


class _Reading:
    """A file being read into the vault: reports how far, and stops on Cancel."""

    def __init__(self, source: IO[bytes], progress: Progress) -> None:
        self._source, self._progress = source, progress
        self._total = os.fstat(source.fileno()).st_size
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        block = self._source.read(size)
        self._done += len(block)
        self._progress.update(self._done, self._total)
        return block


class AttachmentViewer(QDialog):
    """Shows an attachment from memory; nothing is written to disk. ``loaded`` carries pages
    rendered off the GUI thread; without it a PDF is rendered here."""

    def __init__(self, name: str, media_type: str, data: bytes,
                 parent: QWidget | None = None, loaded: Loaded | None = None) -> None:
        super().__init__(parent)
        # A file's name is case data: the window system shows a title to other programs (the
        # task bar, the window switcher, an X11 client reading window names), so it is in the
        # dialog, not in its title.
        self.setWindowTitle(self.tr("Attachment"))
        box = QVBoxLayout(self)
        self.name = PlainLabel(name)
        self.name.setObjectName("attachmentName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.name)
        image = QImage.fromData(data) if media_type.startswith("image/") else QImage()
        if is_pdf(media_type, data):
            box.addWidget(self._pdf_pages(data, loaded))
        elif not image.isNull():
            label = PlainLabel()
            label.setPixmap(QPixmap.fromImage(image))
            scroll = QScrollArea()
            scroll.setWidget(label)
            box.addWidget(scroll)
        elif media_type.startswith("text/"):
            text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
            text.setReadOnly(True)
            box.addWidget(text)
        else:
            box.addWidget(PlainLabel(self.tr("This kind of file cannot be shown inside Utväg. Use "
                                         "\"Save as…\" to open it elsewhere.")))
        self.resize(720, 540)

    def _pdf_pages(self, data: bytes, loaded: Loaded | None) -> QWidget:
        try:
            if loaded is not None and loaded.damaged:
                raise PdfRenderError
            pages, count = loaded.pages if loaded is not None and loaded.pages else (
                render_pdf(data))
        except PdfRenderError:
            return PlainLabel(self.tr("The PDF could not be shown (it is damaged or protected by "
                                  "a password)."))
        holder = QWidget()
        column = QVBoxLayout(holder)
        for page in pages:
            label = PlainLabel()
            label.setObjectName("pdfPage")
            label.setPixmap(QPixmap.fromImage(page))
            column.addWidget(label)
        if count > len(pages):
            column.addWidget(PlainLabel(self.tr("Only the first %1 of %2 pages are shown.")
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
        self.add_button = named_button("addAttachment", self.add_file)
        self.add_button.setEnabled(not read_only)
        self.view_button = named_button("viewAttachment", self.view_selected)
        self.save_button = named_button("saveAttachmentAs", self.save_selected)
        self.retranslate()
        box = QVBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(button_row((self.add_button,), (self.view_button, self.save_button)))
        self.busy: BackgroundOp[Any] | None = None  # the read or write under way
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

    def add_path(self, path: Path) -> BackgroundOp[int]:
        session, case_id = self._session, self._case_id

        def work(progress: Progress) -> int:
            with open(path, "rb") as source:
                reading = cast(IO[bytes], _Reading(source, progress))
                return cases.attach(session, case_id, reading, path.name)

        op = run_in_background(self, self.tr("Adding the file…"), work, self._added,
                               on_error=lambda exc: self._failed(
                                   exc, self.tr("The file could not be read.")))
        self.busy = op
        return op

    def _added(self, _attachment_id: int) -> None:
        self.reload()
        notify(ChangeKind.RECORDS, self._case_id)

    def _failed(self, exc: BaseException, unreadable: str) -> None:
        if isinstance(exc, OSError):
            QMessageBox.warning(self, self.tr("Utväg"), unreadable)
        else:
            report_error(self, exc)

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

    def view_selected(self) -> BackgroundOp[Loaded] | None:
        chosen = self._selected()
        if chosen is None:
            return None
        session, case_id = self._session, self._case_id
        attachment_id, name, media = chosen
        op = run_in_background(
            self, self.tr("Opening the attachment…"),
            lambda progress: load_for_viewing(session, case_id, attachment_id, media, progress),
            lambda loaded: self._show(name, media, loaded))
        self.busy = op
        return op

    def _show(self, name: str, media_type: str, loaded: Loaded) -> None:
        AttachmentViewer(name, media_type, loaded.data, self, loaded).exec()

    def save_selected(self) -> BackgroundOp[None] | None:
        chosen = self._selected()
        if chosen is None:
            return None
        target = ask_plain_copy_path(
            self, self.tr("Save unencrypted copy?"),
            self.tr("The saved file will NOT be encrypted. Anyone with access to where you save "
                    "it can read it. Save anyway?"), self.tr("Save as"), neutral_name(chosen[1]))
        if target is None:
            return None
        session, case_id, attachment_id = self._session, self._case_id, chosen[0]

        def work(progress: Progress) -> None:
            data = cases.read_attachment(session, case_id, attachment_id)
            progress.check()
            atomic_write(target, data)  # owner-only: the copy is not encrypted

        op = run_in_background(self, self.tr("Saving the copy…"), work,
                               on_error=lambda exc: self._failed(
                                   exc, self.tr("The file could not be saved.")))
        self.busy = op
        return op
