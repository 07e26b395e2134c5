"""A PDF attachment is shown inside the app from memory: pages render, nothing is written."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPainter, QPdfWriter
from PySide6.QtWidgets import QLabel

from utvag.services import cases, session
from utvag.ui.case.attachments_tab import AttachmentViewer
from utvag.ui.pdf_view import PdfRenderError, render_pdf
from utvag.vault.kdf import KdfParams

CHEAP = KdfParams(iterations=1, memory_kib=1024, lanes=1)


def make_pdf(pages: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(300, 300, f"Samtyckesblankett sida {page + 1}")
    painter.end()
    buffer.close()
    return bytes(data.data())


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_pdf_attachment_renders_in_memory(qtbot, tmp_path: Path, monkeypatch) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    opened, _ = session.create(tmp_path / "vault", "SAV", "a long passphrase for tests",
                               kdf=CHEAP, allow_weak_kdf=True)
    with opened:
        case_id = cases.new_case(opened, {"type": "defector",
                                          "person": {"name": "Pdf Person",
                                                     "birth_date": "1990-01-01"}})
        att = cases.attach(opened, case_id, io.BytesIO(make_pdf(3)), "samtycke.pdf")
        before = files_under(tmp_path)
        data = cases.read_attachment(opened, case_id, att)
        viewer = AttachmentViewer("samtycke.pdf", "application/pdf", data)
        qtbot.addWidget(viewer)
        pages = viewer.findChildren(QLabel, "pdfPage")
        assert len(pages) == 3
        assert all(not p.pixmap().isNull() for p in pages)
        assert files_under(tmp_path) - before == set()
        assert not any(scratch.iterdir())
        assert os.listdir(scratch) == []


def test_damaged_pdf_is_explained_not_raised(qtbot) -> None:
    viewer = AttachmentViewer("trasig.pdf", "application/pdf", b"%PDF-1.7\nnot really a pdf")
    qtbot.addWidget(viewer)
    texts = [label.text() for label in viewer.findChildren(QLabel)]
    assert any("could not be shown" in t or "kunde inte visas" in t for t in texts)
    try:
        render_pdf(b"garbage")
    except PdfRenderError:
        pass
    else:
        raise AssertionError("garbage must not render")


def test_long_pdf_is_capped(qtbot) -> None:
    images, count = render_pdf(make_pdf(4), max_pages=2)
    assert count == 4 and len(images) == 2


def test_the_file_s_name_is_in_the_viewer_not_in_its_window_title(qtbot) -> None:
    """Other programs read window titles (the task bar, the window switcher, any X11 client)."""
    name = "Polisanmälan Kanarie Fiktiv.txt"
    viewer = AttachmentViewer(name, "text/plain", b"text")
    qtbot.addWidget(viewer)
    assert "Kanarie" not in viewer.windowTitle()
    assert name in [label.text() for label in viewer.findChildren(QLabel)]
