"""A case view the test leaves to Python's cycle collector, with its tables' layout pending.

Not collected with the suite (its name does not start with ``test_``): ``test_ui_dropped_views``
runs it in a pytest of its own, because when what it guards against comes back it does not fail,
it kills the interpreter. The view is made without a parent, as many tests make theirs, so only
Python owns it, and it is in reference cycles, so only a collection frees it. After the body the
collection is held back until Qt next calls a Python method of a table model: the timing that
earlier test files once gave by chance (the threat tests, the application's, then the awaited
transfer's). pytest-qt handles the pending events; a table's delayed layout asks its model for a
cell, the collection deletes the view, that table and its model, and the layout goes on with
them freed — a segmentation fault under ``QTableView::timerEvent`` (``multiData`` of the freed
model when the collection began in ``data``, as the run first showed).
``pytest_pyfunc_call`` in ``conftest.py`` deletes the view right after the body, before any event
is handled.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from conftest import create_vault
from utvag.forms import load_answers
from utvag.services import assessment, cases, custody, threat
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import row_table_model
from utvag.ui.case.case_view import CaseView

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = ROOT / "docs" / "examples" / "answers-district-defector.json"


@pytest.fixture
def collection_inside_a_model() -> Iterator[Callable[[], None]]:
    """Call it to have Python's cycle collection run the next time Qt calls into a table
    model of the app (as an allocation there can start it), and not before, until the test is
    torn down (after pytest-qt has handled the events the test left)."""
    models = row_table_model.__file__

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_code.co_filename == models:
            sys.setprofile(None)
            gc.collect()

    def arm() -> None:
        gc.disable()
        sys.setprofile(profile)

    yield arm
    sys.setprofile(None)
    gc.enable()


def test_a_dropped_case_view_is_gone_before_its_layout_runs(
        collection_inside_a_model: Callable[[], None], qtbot: Any, tmp_path: Path,
        ui_policy: Policy) -> None:
    today = date.today()
    made_case: list[int] = []

    def fill(session: Session) -> None:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "1999-05-05", "district": "Hisingen"}})
        assessment.assess_document(session, case_id, load_answers(DISTRICT), sign=True,
                                   today=date(2026, 11, 1))
        threat.record(session, case_id, {
            "level": "high", "nature": "concrete", "assessed_on": today.isoformat(),
            "reference": "POL-2026-0099", "review_on": (today + timedelta(days=90)).isoformat(),
            "received_on": today.isoformat()})
        custody.add(session, case_id, {"kind": "prison", "institution": "Kumla",
                                       "expected_release_on": "2030-01-01"})
        made_case.append(case_id)

    made = create_vault(tmp_path / "vault", ui_policy, unit="Hisingen", fill=fill)
    with made.open() as session:
        case_view = CaseView(session, made_case[0])
        qtbot.addWidget(case_view)
        assert case_view.police_threat.records.model.rowCount() == 1
        case_view.police_threat.refresh()  # its table reset: a layout is pending
        case_view.close()
    collection_inside_a_model()
