"""Attachments are read, written and rendered off the GUI thread: the action completes and its
result is shown; a file that cannot be read or written shows the known message and changes
nothing; Cancel leaves the vault as it was; no plaintext lands in a temporary file."""

from __future__ import annotations

import os
import stat
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from test_pdf_view import files_under, make_pdf

from utvag.services import cases
from utvag.ui import message_box
from utvag.ui.background import BackgroundOp
from utvag.ui.case.attachments_tab import AttachmentsTab, AttachmentViewer
from utvag.ui.window import MainWindow


@pytest.fixture
def tab(open_window: MainWindow) -> AttachmentsTab:
    workspace = open_window.workspace
    assert workspace is not None
    (cleo,) = [s for s in cases.list_cases(workspace.session) if s.name == "Cleo Testberg"]
    view = workspace.open_case(cleo.id)
    view.setCurrentWidget(view.attachments)
    return view.attachments


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the app's warning boxes (``ui/message_box``, which every warning goes
    through); "Save" is the answer to the unencrypted-copy question."""
    seen: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        seen.append(text)
        return QMessageBox.StandardButton.Save
    monkeypatch.setattr(message_box, "warning", warning)
    return seen


def finish(qtbot: Any, op: BackgroundOp[Any] | None) -> None:
    assert op is not None
    qtbot.waitUntil(op.done.is_set, timeout=15000)


def stored(tab: AttachmentsTab) -> list[str]:
    return [a.name for a in cases.attachments(tab._session, tab._case_id)]


def test_a_pdf_is_added_and_its_pages_rendered_without_temporary_files(
        tab: AttachmentsTab, qtbot: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    source = tmp_path / "samtycke.pdf"
    source.write_bytes(make_pdf(3))
    finish(qtbot, tab.add_path(source))
    assert tab.list.count() == 1 and tab.list.item(0).text().startswith("samtycke.pdf")
    before = files_under(tmp_path)

    pages: list[int] = []

    def look(dialog: AttachmentViewer) -> None:
        pages.append(len([p for p in dialog.findChildren(QLabel, "pdfPage")
                          if not p.pixmap().isNull()]))
        dialog.accept()
    monkeypatch.setattr(AttachmentViewer, "exec", look)
    tab.list.setCurrentRow(0)
    finish(qtbot, tab.view_selected())
    assert pages == [3]
    assert files_under(tmp_path) == before and os.listdir(scratch) == []


def test_a_damaged_pdf_is_explained(tab: AttachmentsTab, qtbot: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "trasig.pdf"
    source.write_bytes(b"%PDF-1.7\nnot really a pdf")
    finish(qtbot, tab.add_path(source))
    texts: list[str] = []

    def look(dialog: AttachmentViewer) -> None:
        texts.extend(label.text() for label in dialog.findChildren(QLabel))
    monkeypatch.setattr(AttachmentViewer, "exec", look)
    tab.list.setCurrentRow(0)
    finish(qtbot, tab.view_selected())
    assert any("could not be shown" in t or "kunde inte visas" in t for t in texts)


def test_an_unreadable_file_is_refused_and_nothing_is_added(
        tab: AttachmentsTab, qtbot: Any, tmp_path: Path, warnings: list[str]) -> None:
    finish(qtbot, tab.add_path(tmp_path / "finns-inte.pdf"))
    assert warnings == [tab.tr("The file could not be read.")]
    assert tab.list.count() == 0 and stored(tab) == []


def test_cancel_while_adding_leaves_the_vault_as_it_was(
        tab: AttachmentsTab, qtbot: Any, tmp_path: Path) -> None:
    pipe = tmp_path / "slow-source"
    os.mkfifo(pipe)  # the read waits until the test writes: cancel comes first, for sure
    op = tab.add_path(pipe)
    op.cancel()

    def feed() -> None:
        try:
            with open(pipe, "wb") as writer:
                writer.write(b"x" * 600_000)
        except BrokenPipeError:  # the add stopped reading at Cancel
            pass
    feeder = threading.Thread(target=feed)
    feeder.start()
    finish(qtbot, op)
    feeder.join(10)
    assert tab.list.count() == 0 and stored(tab) == []


def test_save_as_writes_an_owner_only_copy(tab: AttachmentsTab, qtbot: Any, tmp_path: Path,
                                           warnings: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "beslut.txt"
    source.write_text("Beslut om insats.\n", encoding="utf-8")
    finish(qtbot, tab.add_path(source))
    tab.list.setCurrentRow(0)
    target = tmp_path / "ut" / "kopia.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    finish(qtbot, tab.save_selected())
    assert target.read_text(encoding="utf-8") == "Beslut om insats.\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(warnings) == 1  # the question only, no error


def test_save_as_to_a_missing_folder_says_so_and_writes_nothing(
        tab: AttachmentsTab, qtbot: Any, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "beslut.txt"
    source.write_text("Beslut om insats.\n", encoding="utf-8")
    finish(qtbot, tab.add_path(source))
    tab.list.setCurrentRow(0)
    target = tmp_path / "saknas" / "kopia.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    finish(qtbot, tab.save_selected())
    assert warnings[-1] == tab.tr("The file could not be saved.")
    assert not target.parent.exists()


def test_save_as_suggests_a_neutral_name_not_the_attachment_s(
        tab: AttachmentsTab, qtbot: Any, tmp_path: Path, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The operating system's save dialog remembers the name chosen in it (recent files):
    the suggestion never carries the stored name, which can name the person."""
    source = tmp_path / "Anna Berg 19900101-0017 anmälan.PDF"
    source.write_bytes(b"%PDF-1.4\n")
    finish(qtbot, tab.add_path(source))
    tab.list.setCurrentRow(0)
    suggested: list[str] = []

    def answer(_parent: Any, _title: str, name: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        suggested.append(name)
        return "", ""  # cancelled: nothing written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    assert tab.save_selected() is None
    assert suggested == ["bilaga.pdf"]
