"""The Due, Statistics and Log review views, the Follow-up menu, and the case list's next-due
column and overdue filter, on real vaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from ui_support import wait_read

from utvag.services import audit_log, cases, demo, due
from utvag.services import session as session_service
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_list_model import CaseListModel
from utvag.ui.concern.concern_view import ConcernReportsView
from utvag.ui.due_view import OVERDUE_BACKGROUND, DueView
from utvag.ui.manager.log_model import AuditLogModel
from utvag.ui.manager.logreview_view import LogReviewView, ReviewQueueModel
from utvag.ui.statistics.statistics_view import StatisticsView
from utvag.ui.window import MainWindow
from utvag.vault.kdf import KdfParams

PASSPHRASE = "correct horse battery staple"


@dataclass
class DemoVault:
    directory: Path
    passphrase: str
    policy: Policy

    def open(self) -> Session:
        return session_service.unlock(self.directory, passphrase=self.passphrase,
                                      policy=self.policy)


@pytest.fixture
def demo_vault(tmp_path: Path, ui_policy: Policy) -> DemoVault:
    """A vault filled with the demo's fictional cases and follow-up records (cheap KDF)."""
    opened, _recovery = session_service.create(
        tmp_path / "vault", "SAV", PASSPHRASE, kdf=KdfParams(iterations=1, memory_kib=1024,
                                                             lanes=1),
        allow_weak_kdf=True, policy=ui_policy)
    with opened:
        demo.fill(opened)
    return DemoVault(tmp_path / "vault", PASSPHRASE, ui_policy)


@pytest.fixture
def session(demo_vault: DemoVault) -> Any:
    opened = demo_vault.open()
    yield opened
    opened.close()


def texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_due_view_lists_and_highlights_overdue(qtbot: Any, qtmodeltester: Any,
                                               session: Session) -> None:
    view = DueView(session)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    qtmodeltester.check(view.model)
    mine = view.model.rowCount()
    assert mine > 0  # the demo's caseworker is the user
    view.scope.setCurrentIndex(1)  # the whole unit
    wait_read(qtbot, view)
    assert view.model.rowCount() >= mine
    what = texts(view.model, 2)
    assert "Protection assessment (24 hours)" in what
    assert "Follow up with the Police" in what
    assert "Follow up whether the needs are met" in what  # a demo need due within the fortnight
    overdue = [row for row in range(view.model.rowCount())
               if view.model.index(row, 4).data() == "Overdue"]
    assert overdue
    brush = view.model.index(overdue[0], 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == OVERDUE_BACKGROUND
    assert "overdue" in view.summary.text()
    opened: list[int] = []
    concerns: list[int] = []
    view.open_case.connect(opened.append)
    view.open_concern.connect(concerns.append)
    kinds = [view.model.row_at(r).item.kind.value for r in range(view.model.rowCount())]
    first_case = next(r for r, k in enumerate(kinds) if not k.startswith("concern_"))
    view.table.activated.emit(view.model.index(first_case, 0))
    assert opened == [view.model.index(first_case, 0).data(view.model.CASE_ID_ROLE)]
    first_concern = kinds.index("concern_protection_assessment")
    view.table.activated.emit(view.model.index(first_concern, 0))
    assert opened == [view.model.index(first_case, 0).data(view.model.CASE_ID_ROLE)]
    assert concerns == [view.model.row_at(first_concern).item.record_id]


def test_the_demo_shows_a_concern_report_about_a_child(qtbot: Any, session: Session) -> None:
    view = ConcernReportsView(session)
    qtbot.addWidget(view)
    children = texts(view.model, 2)
    row = children.index("DEMO Ivar Låtsasson")
    assert texts(view.model, 1)[row] == "No case yet"
    assert texts(view.model, 4)[row] == "Preliminary assessment (14 days)"
    view.select_report(view.model.row_at(row).id)
    assert "Conversation" in view.details.text()
    assert "with the child, guardian" in view.details.text()


def test_statistics_view_charts_and_exports(qtbot: Any, qtmodeltester: Any, session: Session,
                                            tmp_path: Path) -> None:
    view = StatisticsView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None)  # counted off the GUI thread
    qtmodeltester.check(view.model)
    assert view.table_choice.count() == 15  # nine breakdowns and the needs of six areas
    assert view.table_choice.findData("transfers_received") >= 0
    view.table_choice.setCurrentIndex(view.table_choice.findData("needs_safety_housing"))
    assert view.table_choice.currentText() == "Needs: safety and housing"
    assert [view.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount())] == [
        "Met", "Partly met", "Not met", "Not followed up", "Total"]
    qtmodeltester.check(view.model)
    view.table_choice.setCurrentIndex(view.table_choice.findData("gender"))
    assert view.chart.values and view.model.rowCount() == 2
    shown = [view.model.index(r, c).data() for r in range(view.model.rowCount())
             for c in range(view.model.columnCount())]
    assert all(v == "x" or int(v) >= 5 for v in shown)
    view.export_csv(tmp_path / "s.csv")
    qtbot.waitUntil(view.export_pdf(tmp_path / "s.pdf").done.is_set, timeout=30000)
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "s.pdf").stat().st_mode & 0o077 == 0
    exports = [e.detail["format"] for e in audit_log.entries(session)
               if e.action == "statistics.export"]
    assert exports == ["csv", "pdf"]


def test_log_review_view_signs_off(qtbot: Any, qtmodeltester: Any, session: Session) -> None:
    view = LogReviewView(session)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() > 0
    reasons = set(texts(view.model, 4))
    assert "Protected identity: every access" in reasons
    assert "High-risk case: every access" in reasons
    view.queue.selectRow(0)
    assert view.case_log_model.rowCount() > 0
    qtmodeltester.check(view.case_log_model)
    view.comment.setPlainText("Granskat utan anmärkning.")
    qtbot.mouseClick(view.sign_button, Qt.MouseButton.LeftButton)
    wait_read(qtbot, view)
    assert "Signed off by" in view.status.text()


def test_log_review_shows_the_log_of_each_chosen_case_in_one_table(
        qtbot: Any, session: Session) -> None:
    view = LogReviewView(session)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    case_of = [view.model.index(r, 0).data(ReviewQueueModel.CASE_ID_ROLE)
               for r in range(view.model.rowCount())]
    chosen = [case_of.index(case_id) for case_id in dict.fromkeys(case_of)][:2]
    assert len(chosen) == 2
    shown = view.case_log.model()
    for row in chosen:
        view.queue.selectRow(row)
        entries = audit_log.entries(session, int(case_of[row]))
        assert view.case_log.model() is shown and shown.rowCount() == len(entries)
    # One model read again, not one more left behind in the view for every case chosen.
    assert len(view.findChildren(AuditLogModel)) == 1
    view.reload()
    wait_read(qtbot, view)
    assert view.case_log.model() is shown and shown.rowCount() == 0


def test_menu_opens_views_and_lock_closes_them(make_window: Any, qtbot: Any,
                                               demo_vault: DemoVault) -> None:
    from ui_support import unlock_with_keyboard

    window: MainWindow = make_window(demo_vault.directory, demo_vault.policy)
    unlock_with_keyboard(qtbot, window, demo_vault.passphrase)
    menu: Any = window.followup_menu
    assert menu is not None
    views = [menu.show_due(), menu.show_statistics(), menu.show_log_review(),
             menu.show_retention()]
    assert all(v is not None and v.isVisible() for v in views)
    window.lock()
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in QApplication.topLevelWidgets()
                                    if w is not window))


def test_case_list_next_due_column_and_overdue_filter(make_window: Any, qtbot: Any,
                                                      qtmodeltester: Any,
                                                      demo_vault: DemoVault) -> None:
    from ui_support import unlock_with_keyboard

    window: MainWindow = make_window(demo_vault.directory, demo_vault.policy)
    unlock_with_keyboard(qtbot, window, demo_vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    session = window.session
    assert session is not None
    model = CaseListModel(lambda offset, limit: cases.list_cases(session, offset=offset,
                                                                 limit=limit),
                          annotate=lambda ids: due.next_due_for(session, ids))
    qtmodeltester.check(model)  # the model on its own; the tester fetches its pages
    next_due = CaseListModel.COLUMNS.index("next_due")
    assert model.rowCount() == 24 and model.index(0, next_due).data() is not None
    dates = [d for d in texts(workspace.proxy, next_due) if d != "—"]
    assert len(dates) >= 5 and all(len(d) == 10 for d in dates)
    total = workspace.proxy.rowCount()
    workspace.overdue_filter.setChecked(True)
    qtbot.waitUntil(lambda: 0 < workspace.proxy.rowCount() < total)
    overdue = due.overdue_ids(session, datetime.now(UTC))
    assert workspace.proxy.rowCount() == len(overdue)
    red = workspace.proxy.index(0, next_due).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None
    assert workspace.model.canFetchMore(QModelIndex()) is False
    assert date.today() - timedelta(days=400) < date.fromisoformat(
        workspace.proxy.index(0, next_due).data())


def test_tab_leaves_the_log_review_comment(qtbot: Any, session: Session) -> None:
    """Tab in the review's comment wrote a tab character and kept the focus: the keyboard never
    reached Sign."""
    view = LogReviewView(session)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    wait_read(qtbot, view)
    view.comment.setFocus()
    qtbot.waitUntil(view.comment.hasFocus)
    qtbot.keyClicks(view.comment, "Granskat")
    qtbot.keyClick(view.comment, Qt.Key.Key_Tab)
    assert view.comment.toPlainText() == "Granskat"
    assert QApplication.focusWidget() is not view.comment
