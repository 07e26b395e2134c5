"""The Retention view (gallring) on real vaults: the preview with its reasons, destruction only
after confirmation and only on today's preview, legal holds, and the destruction record."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from ui_support import destructive_button, wait_read

from conftest import MessageBoxes, UiVault, create_vault
from utvag.errors import NotFoundError
from utvag.services import audit_log, cases, demo, followup, retention
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.due_view import OVERDUE_BACKGROUND
from utvag.ui.retention_view import RetentionView

# Five years after today's entries, plus a margin: the first day those cases may be destroyed.
LATER = date.today() + timedelta(days=6 * 366)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def three(tmp_path: Path, ui_policy: Policy) -> UiVault:
    """A closed case, an open case, and a closed case under a legal hold (none in the research
    sample: everyone is born on the 2nd)."""

    def fill(session: Session) -> None:
        for name in ("Alva Exempelsson", "Bo Påhittad", "Cleo Testberg"):
            cases.new_case(session, {"type": "defector", "person": {
                "name": name, "birth_date": "1990-01-02"}})
        listed = {s.name: s.id for s in cases.list_cases(session)}
        followup.close_case(session, listed["Alva Exempelsson"], "completed")
        followup.close_case(session, listed["Cleo Testberg"], "declined_by_individual")
        retention.place_hold(session, listed["Cleo Testberg"], "Begärd i mål T 123-26")

    return create_vault(tmp_path / "vault", ui_policy, fill=fill)


@pytest.fixture
def session(three: UiVault) -> Any:
    opened = three.open()
    yield opened
    opened.close()


def numbers(session: Session) -> dict[str, str]:
    return {s.name: s.case_number for s in cases.list_cases(session)}


def test_preview_names_each_reason_and_destroys_only_after_confirmation(
        qtbot: Any, qtmodeltester: Any, session: Session) -> None:
    names = numbers(session)
    today = RetentionView(session)
    qtbot.addWidget(today)
    wait_read(qtbot, today)
    assert today.model.rowCount() == 0 and not today.destroy_button.isEnabled()
    assert today.summary.text() == f"Nothing is due for destruction on {date.today()}."

    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    qtmodeltester.check(view.model)
    assert "five years after the last entry" in view.rule_text.text()
    rows = dict(zip(texts(view.model, 0), zip(texts(view.model, 4), texts(view.model, 5),
                                             strict=True), strict=True))
    assert rows == {
        names["Alva Exempelsson"]: ("To be destroyed", rows[names["Alva Exempelsson"]][1]),
        names["Bo Påhittad"]: ("Kept", "Kept: the case is still open"),
        names["Cleo Testberg"]: ("Kept", "Kept: a legal hold is in force")}
    assert rows[names["Alva Exempelsson"]][1].startswith("A person's records are destroyed")
    assert view.summary.text() == "1 case due for destruction (0 overdue), 2 cases kept."

    # Another day than today is for planning only.
    assert view.destroy_button.isEnabled()
    view.as_of.setDate(qdate(LATER + timedelta(days=800)))
    wait_read(qtbot, view)
    assert not view.destroy_button.isEnabled()
    assert view.model.index(0, 4).data() == "Overdue"
    assert view.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color() == \
        OVERDUE_BACKGROUND
    assert view.ask_to_destroy() is None
    view.as_of.setDate(qdate(LATER))
    wait_read(qtbot, view)

    # Cancel (the default button) destroys nothing.
    box = view.ask_to_destroy()
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Destroy for good?"
    assert names["Alva Exempelsson"] in box.text() and "cannot be undone" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert view.status.text() == "Nothing was destroyed."
    assert len(cases.list_cases(session)) == 3

    box = view.ask_to_destroy()
    assert box is not None
    destroy = destructive_button(box)
    assert destroy.text() == "Destroy 1 case"
    destroy.click()
    wait_read(qtbot, view)
    assert view.status.text() == "1 case destroyed; the destruction record lists them."
    assert sorted(s.name for s in cases.list_cases(session)) == ["Bo Påhittad", "Cleo Testberg"]
    assert sorted(texts(view.model, 0)) == sorted([names["Bo Påhittad"], names["Cleo Testberg"]])
    assert not view.destroy_button.isEnabled()
    qtmodeltester.check(view.log_model)
    assert texts(view.log_model, 0) == [names["Alva Exempelsson"]]
    assert texts(view.log_model, 1) == [LATER.isoformat()]
    assert texts(view.log_model, 2)[0].startswith("A person's records are destroyed")
    assert [e.action for e in audit_log.entries(session)].count("retention.destroy") == 1


def test_legal_holds_are_placed_listed_and_lifted(qtbot: Any, qtmodeltester: Any,
                                                  session: Session,
                                                  message_boxes: MessageBoxes) -> None:
    names = numbers(session)
    view = RetentionView(session, today=lambda: LATER)
    qtbot.addWidget(view)
    wait_read(qtbot, view)
    qtmodeltester.check(view.holds_model)
    assert texts(view.holds_model, 0) == [names["Cleo Testberg"]]
    assert texts(view.holds_model, 3) == ["Begärd i mål T 123-26"]

    # An unknown case number or an empty reason: a message naming the field, nothing stored.
    view.hold_case.setText("9999-99-9999")
    view.hold_reason.setText("Tvist")
    qtbot.mouseClick(view.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 1)
    view.hold_case.setText(names["Bo Påhittad"])
    view.hold_reason.setText("   ")
    qtbot.keyClick(view.hold_reason, Qt.Key.Key_Return)
    wait_read(qtbot, view)
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 2)
    seen = message_boxes.expect()
    assert "case_number" in seen[0][1] and "9999-99-9999" in seen[0][1]
    assert "reason" in seen[1][1]
    assert len(retention.holds(session)) == 1

    view.hold_reason.setText("Begärd av JO")
    qtbot.keyClick(view.hold_reason, Qt.Key.Key_Return)
    wait_read(qtbot, view)
    assert view.status.text() == f"Legal hold placed on {names['Bo Påhittad']}."
    assert view.hold_case.text() == "" and view.hold_reason.text() == ""
    assert texts(view.holds_model, 0) == [names["Cleo Testberg"], names["Bo Påhittad"]]
    why = dict(zip(texts(view.model, 0), texts(view.model, 5), strict=True))
    assert why[names["Bo Påhittad"]] == why[names["Cleo Testberg"]] == \
        "Kept: a legal hold is in force"

    view.holds_table.selectRow(0)
    qtbot.mouseClick(view.lift_button, Qt.MouseButton.LeftButton)
    wait_read(qtbot, view)
    assert view.status.text() == f"Legal hold on {names['Cleo Testberg']} lifted."
    assert texts(view.holds_model, 0) == [names["Bo Påhittad"]]
    assert names["Cleo Testberg"] in [view.model.index(r, 0).data()
                                      for r in range(view.model.rowCount())
                                      if view.model.index(r, 4).data() == "To be destroyed"]

    # A hold lifted elsewhere meanwhile: the message says so (not that the vault is missing).
    retention.lift_hold(session, retention.holds(session)[0].id)
    view.holds_table.selectRow(0)
    qtbot.mouseClick(view.lift_button, Qt.MouseButton.LeftButton)
    wait_read(qtbot, view)
    qtbot.waitUntil(lambda: len(message_boxes.seen) == 3)
    assert message_boxes.expect()[2][1].startswith("There is no active legal hold")
    with pytest.raises(NotFoundError):
        retention.lift_hold(session, 10_000)


def test_on_the_demo_data_closed_cases_fall_due_and_open_ones_are_kept(
        qtbot: Any, tmp_path: Path, ui_policy: Policy) -> None:
    demo_vault = create_vault(tmp_path / "demo", ui_policy, fill=demo.fill)
    with demo_vault.open() as opened:
        view = RetentionView(opened, today=lambda: LATER)
        qtbot.addWidget(view)
        wait_read(qtbot, view)
        decided = texts(view.model, 4)
        assert len(decided) == 25  # 24 cases and the concern report received before any case
        closed = [s.case_number for s in cases.list_cases(opened, limit=100)
                  if s.status.value == "closed"]
        assert len(closed) == 3
        due = [view.model.index(r, 0).data() for r in range(view.model.rowCount())
               if view.model.index(r, 4).data() == "To be destroyed"]
        assert sorted(due) == sorted(closed)
        kept = [why for why in texts(view.model, 5) if why.startswith(("Kept", "Research"))]
        assert len(kept) == 22 and set(kept) == {
            "Kept: the case is still open",
            "Kept: the concern report's preliminary assessment is not made",
            "Research sample: records on people born on the 5th, 15th or 25th of a month are "
            "kept."}
