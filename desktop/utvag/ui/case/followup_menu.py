"""The "Follow-up" menu of the main window: the Due, Concern reports, Statistics, Log review and
Retention views.

Each view opens as its own window (closed with everything else when the vault locks); asked for
again while it is open, the window already open comes to the front rather than a second one.
Ctrl+W closes one, and Escape the Due view (a list, nothing typed in it). The menu translates
itself, so the main window only has to add it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from utvag.services.session import Session
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.named_action import menu_action
from utvag.ui.own_window import open_own_window


class FollowUpMenu(FollowsLanguage, QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._views: dict[object, QWidget] = {}  # the open windows, by what they show
        self.due_action = menu_action(self, window, "", self.show_due, "Ctrl+D")
        self.concern_action = menu_action(self, window, "", self.show_concerns)
        self.statistics_action = menu_action(self, window, "", self.show_statistics)
        self.log_review_action = menu_action(self, window, "", self.show_log_review)
        self.retention_action = menu_action(self, window, "", self.show_retention)
        self.manager_action = menu_action(self, window, "", self.show_manager_view)
        self.aboutToShow.connect(self._enable)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Follo&w-up"))
        self.due_action.setText(self.tr("&Due and overdue…"))
        self.concern_action.setText(self.tr("&Concern reports…"))
        self.statistics_action.setText(self.tr("&Statistics…"))
        self.log_review_action.setText(self.tr("&Log review…"))
        self.retention_action.setText(self.tr("Re&tention (gallring)…"))
        self.manager_action.setText(self.tr("&Manager's view…"))

    def _session(self) -> Session | None:
        session: Any = getattr(self._window, "session", None)
        return session if isinstance(session, Session) else None

    def _enable(self) -> None:
        unlocked = self._session() is not None
        for action in (self.due_action, self.concern_action, self.statistics_action,
                       self.log_review_action, self.retention_action):
            action.setEnabled(unlocked)
        self.manager_action.setEnabled(unlocked and self._is_manager())

    def _is_manager(self) -> bool:
        from utvag.services.vault_roles import Duty, may

        session = self._session()
        return session is not None and may(session, Duty.MANAGE)

    def show_manager_view(self) -> QWidget | None:
        from utvag.ui.manager.manager_view import ManagerView

        if not self._is_manager():
            return None
        return self._window_of("ManagerView", ManagerView)

    def _window_of(self, key: object, make: Callable[[Session], QWidget]) -> QWidget | None:
        """The window kept under ``key``, brought forward, or the one ``make`` builds on the
        open vault; None while the vault is locked."""
        session = self._session()
        if session is None:
            return None
        return self._shown(key) or self._open(lambda: make(session), key)

    def _shown(self, key: object) -> QWidget | None:
        """The window open for ``key``, brought to the front; None when there is none."""
        view = self._views.get(key)
        if view is None or not view.isVisible():  # none, or closed (a lock) not yet deleted
            self._views.pop(key, None)
            return None
        if view.isMinimized():
            view.showNormal()
        view.activateWindow()  # the window manager brings it to the front
        return view

    def _forget(self, key: object, view: QWidget) -> None:
        if self._views.get(key) is view:  # not a later window opened for the same
            del self._views[key]

    def _open(self, make: Callable[[], QWidget], key: object = None) -> QWidget:
        """The view ``make`` builds, shown as a window of its own and kept under ``key`` (its
        class's name unless given) so that asking again brings it forward; the input watch is
        lifted while it is built and shown (``ui/own_window.py``)."""

        def made() -> QWidget:
            view = make()
            kept = type(view).__name__ if key is None else key
            self._views[kept] = view
            view.destroyed.connect(lambda _obj=None: self._forget(kept, view))
            QShortcut(QKeySequence("Ctrl+W"), view, view.close)
            return view

        view = open_own_window(made, self._window)
        view.activateWindow()
        return view

    def show_due(self) -> QWidget | None:
        from utvag.ui.due_view import DueView

        def make(session: Session) -> QWidget:
            view = DueView(session)
            QShortcut(QKeySequence(Qt.Key.Key_Escape), view, view.close)
            workspace = getattr(self._window, "workspace", None)
            if workspace is not None:
                view.open_item.connect(
                    lambda case_id, kind, record: workspace.open_case(case_id).show_due_item(
                        kind, record))
            view.open_concern.connect(lambda report_id: self.show_concerns(report_id))
            return view

        return self._window_of("DueView", make)

    def show_concerns(self, report_id: int | None = None,
                      case_id: int | None = None) -> QWidget | None:
        """The concern reports (the unit's, or one case's), at ``report_id`` when given."""
        from utvag.ui.concern.concern_view import ConcernReportsView

        session = self._session()
        if session is None:
            return None
        shown = self._shown(("concerns", case_id))
        view = shown if isinstance(shown, ConcernReportsView) else None
        if view is None:
            built = self._open(lambda: ConcernReportsView(session, case_id), ("concerns", case_id))
            assert isinstance(built, ConcernReportsView)
            view = built
        if report_id is not None:
            view.select_report(report_id)
        return view

    def show_statistics(self) -> QWidget | None:
        from utvag.services.statistics_contribution import vault_is_city_office
        from utvag.ui.statistics.statistics_merge_view import MergeView
        from utvag.ui.statistics.statistics_view import StatisticsView

        def make(session: Session) -> QWidget:
            if vault_is_city_office(session):  # it has no cases: its statistics are the merge
                return MergeView(session)
            return StatisticsView(session)

        return self._window_of("statistics", make)

    def show_log_review(self) -> QWidget | None:
        from utvag.ui.manager.logreview_view import LogReviewView

        return self._window_of("LogReviewView", LogReviewView)

    def show_retention(self) -> QWidget | None:
        from utvag.ui.retention_view import RetentionView

        return self._window_of("RetentionView", RetentionView)
