"""The city-wide statistics in the app: a unit contributes from its statistics view, the city
office adds the contributions up in the merge view, sees the combined table and exports the PDF
report; a tampered contribution is refused with a message and the view keeps what it showed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from conftest import create_vault
from utvag.domain.units import CITY_OFFICE
from utvag.services import audit_log, cases, transfer
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.services.statistics import GENDERS
from utvag.services.statistics_contribution import city_office_cards
from utvag.ui.statistics.statistics_merge_view import MergeView
from utvag.ui.statistics.statistics_view import StatisticsView
from utvag.ui.transfer.common import package_folder

YEAR = datetime.now(UTC).year


def _fill(session: Session) -> None:
    for n, gender in enumerate(["female", "other", None] * 3 + ["male"] * 6):
        person = {"name": f"Ui Person {n}", "birth_date": "2001-02-03"}
        if gender:
            person["gender"] = gender
        cases.new_case(session, {"type": "defector", "person": person})


@pytest.fixture
def sessions(tmp_path: Path, ui_policy: Policy) -> Iterator[dict[str, Session]]:
    opened = {
        "Hisingen": create_vault(tmp_path / "h", ui_policy, "Hisingen", _fill).open(),
        "Nordost": create_vault(tmp_path / "n", ui_policy, "Nordost", _fill).open(),
        "city": create_vault(tmp_path / "c", ui_policy, CITY_OFFICE).open(),
    }
    city = opened["city"]
    for name in ("Hisingen", "Nordost"):
        for one, other in ((opened[name], city), (city, opened[name])):
            card = tmp_path / f"card-{id(one)}.json"
            if not card.exists():
                transfer.export_public_card(one, card)
            transfer.trust_card(other, card, transfer.show_keys(one).fingerprint)
    yield opened
    for session in opened.values():
        session.close()


def test_units_contribute_and_the_city_office_merges_in_the_app(
        qtbot: Any, qtmodeltester: Any, sessions: dict[str, Session], tmp_path: Path,
        message_boxes: Any) -> None:
    files = []
    for name in ("Hisingen", "Nordost"):
        view = StatisticsView(sessions[name])
        qtbot.addWidget(view)
        assert view.loading is not None
        qtbot.waitUntil(view.loading.done.is_set)  # counted off the GUI thread
        assert not view.contribute_button.isHidden() and view.merge_button.isHidden()
        card = city_office_cards(sessions[name])[0]
        target = tmp_path / f"{name}.utvp"
        view.contribute_to(card, target)
        assert target.exists() and str(target) in view.status.text()
        assert "shown as x" in view.note.text()  # the explanation stays, for the PDF too
        files.append(target)

    city_view = StatisticsView(sessions["city"])
    qtbot.addWidget(city_view)
    qtbot.waitUntil(lambda: city_view.report is not None)
    assert city_view.contribute_button.isHidden() and not city_view.merge_button.isHidden()
    merge = MergeView(sessions["city"])
    qtbot.addWidget(merge)
    assert merge.report is None and not merge.pdf_button.isEnabled()
    assert merge.add_files(files)
    qtmodeltester.check(merge.model)
    assert merge.contributions.count() == 2
    assert "Hisingen, Nordost" in merge.note.text()
    merge.table_choice.setCurrentIndex(merge.table_choice.findData("gender"))
    last = merge.model.rowCount() - 1
    female = merge.model.index(last, GENDERS.index("female")).data()
    assert female == "6"  # 3 + 3, shown only in the combined table
    assert merge.model.index(0, GENDERS.index("female")).data() == "x"
    qtbot.waitUntil(merge.export_pdf(tmp_path / "city.pdf").done.is_set, timeout=30000)
    assert (tmp_path / "city.pdf").read_bytes().startswith(b"%PDF")

    tampered = tmp_path / "tampered.utvp"
    data = bytearray(files[0].read_bytes())
    data[300] ^= 1
    tampered.write_bytes(bytes(data))
    assert not merge.add_files([tampered])
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1)
    [(_title, text)] = message_boxes.expect()
    assert "tampered.utvp" in text
    assert merge.contributions.count() == 2 and merge.files == files
    actions = [e.action for e in audit_log.entries(sessions["city"])]
    assert actions[-1] == "statistics.merge_refused"


def test_the_contribution_is_suggested_in_the_documents_folder(
        qtbot: Any, sessions: dict[str, Session]) -> None:
    """Not in the program's working directory, which the user cannot see (as other packages)."""
    view = StatisticsView(sessions["Hisingen"])
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.report is not None)
    suggested: list[Path] = []

    def answer() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QInputDialog) and widget.isVisible():
            widget.accept()
        elif isinstance(widget, QFileDialog) and widget.isVisible():
            suggested.extend(Path(name) for name in widget.selectedFiles())
            widget.reject()
            return
        QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    view.contribute_button.click()
    assert suggested == [package_folder() / f"utvag-bidrag-Hisingen-{YEAR}.utvp"]
    assert view.status.text() == ""  # cancelled: nothing written
