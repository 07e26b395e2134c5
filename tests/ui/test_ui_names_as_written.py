"""A name is shown as written. A label left to Qt's automatic format draws text that begins
like a tag as rich text: a name (typed, or received in a package) could then shrink part of
itself out of sight or draw words that read as the app's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from utvag.services import cases
from utvag.services import session as session_service
from utvag.services.session import Session
from utvag.ui.case.case_view import CaseView
from utvag.vault.kdf import KdfParams

NAME = 'Anna<span style="font-size:1px"> Kanarie</span> Berg'


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened:
        yield opened


def _every_character_drawn(label: QLabel) -> bool:
    return label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_the_overview_draws_every_character_of_the_name(qtbot: Any, session: Session) -> None:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": NAME, "birth_date": "1990-03-04", "district": "Hisingen"}})
    view = CaseView(session, case_id)
    qtbot.addWidget(view)
    name = view.findChild(QLabel, "overviewName")
    assert name is not None and name.text() == NAME
    assert _every_character_drawn(name)
