"""The statistics are counted and their PDF report painted off the GUI thread.

The view opens at once and shows the year's tables when they are counted; a year chosen while
counting is counted next; a lock while counting shows nothing. The PDF comes out whole,
owner-only and said below the table, with its audit row; a place that cannot be written is said
in a message and nothing is recorded; a lock while it is painted leaves no half file."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest

from utvag.services import audit_log
from utvag.services.session import Session
from utvag.ui.background import Cancelled, Progress
from utvag.ui.statistics.report_pdf import PdfTable, write_report_pdf
from utvag.ui.statistics.statistics_view import StatisticsView
from utvag.ui.window import MainWindow


def statistics_view(window: MainWindow, qtbot: Any) -> StatisticsView:
    view = window.followup_menu.show_statistics()  # type: ignore[attr-defined]
    assert isinstance(view, StatisticsView)
    qtbot.waitUntil(lambda: view.report is not None)
    return view


def exports(session: Session) -> list[str]:
    return [e.detail["format"] for e in audit_log.entries(session)
            if e.action == "statistics.export"]


def read_pdf(path: Path) -> tuple[int, str]:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        return len(document), " ".join(
            " ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def test_the_view_opens_before_the_count_and_shows_it_when_it_comes(
        open_window: MainWindow, qtbot: Any) -> None:
    view = open_window.followup_menu.show_statistics()  # type: ignore[attr-defined]
    assert isinstance(view, StatisticsView) and view.isVisible()
    assert view.report is None and not view.pdf_button.isEnabled()  # still counting
    year = view.year.value()
    view.year.setValue(year - 1)  # chosen while counting: counted next
    qtbot.waitUntil(lambda: view.report is not None and view.report.year == year - 1)
    assert view.loading is not None and view.loading.done.is_set()
    assert view.pdf_button.isEnabled() and view.table_choice.count() > 0
    assert "shown as x" in view.note.text()


def test_locking_while_counting_shows_nothing(open_window: MainWindow, qtbot: Any,
                                              message_boxes: Any) -> None:
    view = open_window.followup_menu.show_statistics()  # type: ignore[attr-defined]
    assert isinstance(view, StatisticsView) and view.loading is not None
    loading = view.loading
    open_window.lock()  # waits for the count, then closes the view and the vault
    assert not loading.running
    qtbot.wait(100)
    assert open_window.is_locked and message_boxes.seen == []


def test_the_report_is_written_whole_owner_only_and_said(
        open_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    view = statistics_view(open_window, qtbot)
    assert open_window.session is not None
    report = view.report
    assert report is not None
    target = tmp_path / "statistik.pdf"
    target.write_bytes(b"an older export someone else could read")
    target.chmod(0o644)
    op = view.export_pdf(target)
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    pages, text = read_pdf(target)
    assert pages == (len(report.tables) + 1) // 2  # two tables a page
    assert f"Utväg statistics {report.year}" in text and "shown as x" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert view.status.isVisible() and str(target) in view.status.text()
    assert exports(open_window.session) == ["pdf"]


def test_a_place_that_cannot_be_written_is_said_and_nothing_is_recorded(
        open_window: MainWindow, qtbot: Any, tmp_path: Path, message_boxes: Any) -> None:
    view = statistics_view(open_window, qtbot)
    assert open_window.session is not None
    target = tmp_path / "saknas" / "statistik.pdf"
    op = view.export_pdf(target)
    qtbot.waitUntil(op.done.is_set, timeout=30000)
    qtbot.waitUntil(lambda: bool(message_boxes.seen))
    assert message_boxes.expect() == [
        ("Export statistics", "The PDF report could not be written there.")]
    assert not target.parent.exists() and not view.status.isVisible()
    assert exports(open_window.session) == []


def test_locking_while_the_report_is_painted_leaves_no_half_file(
        open_window: MainWindow, qtbot: Any, tmp_path: Path, message_boxes: Any,
        vault: Any) -> None:
    view = statistics_view(open_window, qtbot)
    target = tmp_path / "statistik.pdf"
    op = view.export_pdf(target)
    assert op.running
    open_window.lock()  # cancels and waits for the painting before the vault closes
    assert not op.running
    qtbot.wait(100)  # whatever the finished export queued is delivered (to nothing)
    assert open_window.is_locked and message_boxes.seen == []
    with vault.open() as session:
        recorded = exports(session)
    if target.exists():  # the painting was already done when the lock came: whole, recorded
        assert read_pdf(target)[0] > 0 and recorded == ["pdf"]
    else:
        assert recorded == []


def test_a_cancelled_report_leaves_no_file(qtbot: Any, tmp_path: Path) -> None:
    progress = Progress(lambda _done, _total: None)
    progress.cancelled.set()
    target = tmp_path / "statistik.pdf"
    table = PdfTable("Gender 2026", ["Female", "Male"], [6, None], ["", "Female", "Male"],
                     [["Centrum", "6", "x"]])
    with pytest.raises(Cancelled):
        write_report_pdf(target, "Utväg statistics 2026", "", [table], "x", progress)
    assert list(tmp_path.iterdir()) == []


def test_closing_the_view_while_the_report_is_painted_leaves_no_half_file(
        open_window: MainWindow, qtbot: Any, tmp_path: Path, message_boxes: Any) -> None:
    view = statistics_view(open_window, qtbot)
    assert open_window.session is not None
    target = tmp_path / "statistik.pdf"
    op = view.export_pdf(target)
    view.close()  # before the progress dialog shows (it would block the close)
    assert not op.running
    qtbot.wait(100)
    assert not target.exists() and exports(open_window.session) == []
    assert message_boxes.seen == [] and not open_window.is_locked
