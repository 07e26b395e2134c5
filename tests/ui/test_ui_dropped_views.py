"""A view no one holds any more never takes the run, or the app, down with it.

A table's delayed layout once read a model already freed (SIGSEGV): the case view of a test,
made without a parent and left to Python's cycle collector, was deleted by a collection that
began inside that very layout. ``dropped_view_run.py`` is that case, with the collector's timing
forced; it runs in an interpreter of its own so that, should it come back, this test fails
instead of the run dying. The app's own ways of letting a case go — the lock, closing the case,
opening another, a language change — are then tried with tables still to be laid out and a
collection at nearly every allocation; and every table of the window and of the views it opens,
and every model such a table reads, is checked to have a Qt owner, so that none of them is ever
deleted by the collector under Qt's feet.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractProxyModel
from PySide6.QtWidgets import QAbstractItemView, QApplication
from shiboken6 import Shiboken
from ui_support import unlock_with_keyboard

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases, custody, threat
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.vault_events import ChangeKind, notify

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


def test_a_test_s_dropped_case_view_does_not_crash_the_run(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "run"), str(HERE / "dropped_view_run.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-4000:]
    assert "1 passed" in run.stdout


def _fill(session: Session) -> None:
    today = date.today()
    for name in ("Alva Exempelsson", "Dana Distrikt"):
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": name, "birth_date": "1999-05-05", "district": "Hisingen"}})
        assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                                   today=date(2026, 11, 1))
        threat.record(session, case_id, {
            "level": "high", "nature": "concrete", "assessed_on": today.isoformat(),
            "reference": "POL-2026-0099", "review_on": (today + timedelta(days=90)).isoformat(),
            "received_on": today.isoformat()})
        custody.add(session, case_id, {"kind": "prison", "institution": "Kumla",
                                       "expected_release_on": "2030-01-01"})


@pytest.mark.parametrize("leave", ["lock", "close", "other_case", "language"])
def test_letting_a_case_go_with_its_tables_still_to_lay_out_keeps_the_app_running(
        leave: str, make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    made = create_vault(tmp_path / "vault", ui_policy, "Hisingen", fill=_fill)
    window = make_window(made.directory, made.policy)
    unlock_with_keyboard(qtbot, window, made.passphrase)
    workspace = window.workspace
    assert workspace is not None and window.session is not None
    alva, dana = (c.id for c in cases.list_cases(window.session))
    view = workspace.open_case(alva)
    while view.build_rest():  # every tab and its tables
        pass
    notify(ChangeKind.RECORDS, alva)  # every table of the case reads again: layouts pending
    notify(ChangeKind.CASES)
    if leave == "lock":
        window.lock()
    elif leave == "close":
        workspace.close_case()
    elif leave == "other_case":
        workspace.open_case(dana)
    else:
        i18n.set_language("sv")
    del view
    before = gc.get_threshold()
    gc.set_threshold(1)
    try:
        for _ in range(3):
            QApplication.processEvents()
            gc.collect()
    finally:
        gc.set_threshold(*before)
    assert window.isVisible()
    assert window.is_locked == (leave == "lock")
    if leave == "other_case":
        assert workspace.case_view is not None and workspace.case_view.case.id == dana


def test_every_table_of_the_window_and_its_views_lives_as_long_as_its_qt_owner(
        make_window: Any, qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    """No table, and no model a table reads, is kept alive by Python alone: each is deleted with
    the widget that holds it (by Qt, when Qt deletes it), never by a collection at some moment
    while Qt is still using it."""
    made = create_vault(tmp_path / "vault", ui_policy, "Hisingen", fill=_fill)
    window = make_window(made.directory, made.policy)
    unlock_with_keyboard(qtbot, window, made.passphrase)
    workspace = window.workspace
    assert workspace is not None and window.session is not None
    view = workspace.open_case(cases.list_cases(window.session)[0].id)
    while view.build_rest():
        pass
    menu = window.followup_menu  # type: ignore[attr-defined]
    opened = [menu.show_due(), menu.show_concerns(), menu.show_statistics(),
              menu.show_log_review(), menu.show_retention()]
    assert all(w is not None for w in opened)
    tables = window.findChildren(QAbstractItemView)
    assert len(tables) > 20
    for table in tables:
        model = table.model()
        models = [model]
        if isinstance(model, QAbstractProxyModel):
            models.append(model.sourceModel())
        name = table.objectName() or type(table).__name__
        assert not Shiboken.ownedByPython(table), name
        for each in models:
            assert each.parent() is not None, (name, type(each).__name__)
            assert not Shiboken.ownedByPython(each), (name, type(each).__name__)
