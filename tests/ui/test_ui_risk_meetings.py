"""Risk assessments before risky meetings: the dialog, the case's panel and the "My upcoming
risk meetings" view, on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from ui_support import when_modal

from utvag.domain.high_risk import Mitigation
from utvag.services import cases, high_risk, risk_meetings
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.labels import local_time
from utvag.ui.staff_safety.risk_meeting_dialog import RiskMeetingDialog
from utvag.ui.staff_safety.risk_meetings_panel import RiskMeetingsModel, RiskMeetingsPanel
from utvag.ui.staff_safety.risk_meetings_view import RiskMeetingsView
from utvag.ui.window import MainWindow

PLACE = "Mötesrum 2"


@pytest.fixture
def session(vault: Any) -> Iterator[Session]:
    opened = vault.open()
    yield opened
    opened.close()


def case_ids(session: Session) -> list[int]:
    return sorted(c.id for c in cases.list_cases(session))


def soon(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat(timespec="minutes")


def meeting(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"meeting_at": soon(3), "place": PLACE,
                            "participants": "Klient, två handläggare",
                            "risk_factors": "Tidigare hot mot handläggare."}
    data.update(changes)
    return data


def shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(dialog: RiskMeetingDialog, when: datetime) -> None:
    dialog.meeting_at.setDateTime(QDateTime(QDate(when.year, when.month, when.day),
                                            QTime(when.hour, when.minute)))
    dialog.place.setText(PLACE)
    dialog.participants.setText("Klient, två handläggare")
    dialog.risk_factors.setPlainText("Tidigare hot mot handläggare.")
    dialog.chosen[Mitigation.EXTRA_COLLEAGUE].setChecked(True)
    dialog.comments[Mitigation.EXTRA_COLLEAGUE].setText("Kollega från SAV")
    dialog.comments[Mitigation.ADAPTED_MEETING_ROOM].setText("Rummet är bokat")


def texts(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_draft_then_sign_through_the_dialog(qtbot: Any, session: Session) -> None:
    case_id = case_ids(session)[0]
    when = (datetime.now().astimezone() + timedelta(days=2)).replace(hour=10, minute=30)
    dialog = RiskMeetingDialog(session, case_id)
    shown(qtbot, dialog)
    assert dialog.decision.currentData() is None  # a draft may leave the decision open
    fill(dialog, when)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RiskMeetingDialog.DialogCode.Accepted and not dialog.signed
    [stored] = risk_meetings.risk_assessments(session, case_id)
    assert stored.id == dialog.assessment_id and not stored.signed
    assert local_time(stored.meeting_at) == when.strftime("%Y-%m-%d %H:%M")
    assert (stored.place, stored.decision) == (PLACE, None)
    assert stored.to_json()["mitigations"]["extra_colleague"] == {"chosen": True,
                                                        "comment": "Kollega från SAV"}
    assert stored.to_json()["mitigations"]["adapted_meeting_room"] == {"chosen": False,
                                                             "comment": "Rummet är bokat"}

    draft = RiskMeetingDialog(session, case_id, stored)
    shown(qtbot, draft)
    assert draft.place.text() == PLACE and draft.chosen[Mitigation.EXTRA_COLLEAGUE].isChecked()
    assert draft.meeting_at.dateTime().toString("yyyy-MM-dd HH:mm") == when.strftime(
        "%Y-%m-%d %H:%M")
    qtbot.mouseClick(draft.sign_button, Qt.MouseButton.LeftButton)
    assert "decision" in draft.error.text() and draft.isVisible() and not draft.signed
    assert QApplication.focusWidget() is draft.decision or not draft.isActiveWindow()
    assert risk_meetings.risk_assessments(session, case_id)[0].signed is False

    draft.decision.setCurrentIndex(draft.decision.findData("proceed_with_mitigations"))
    qtbot.mouseClick(draft.sign_button, Qt.MouseButton.LeftButton)
    assert draft.signed and not draft.isVisible()
    [signed] = risk_meetings.risk_assessments(session, case_id)
    assert signed.signed and signed.decision == "proceed_with_mitigations"

    panel = RiskMeetingsPanel(session, case_id)
    shown(qtbot, panel)
    assert panel.model.rowCount() == 1
    assert texts(panel.model, 1) == [PLACE]
    assert texts(panel.model, 2) == ["Hold the meeting with the chosen measures"]
    assert texts(panel.model, 3) == ["Signed"]
    panel.table.selectRow(0)
    assert not panel.edit_button.isEnabled() and not panel.sign_button.isEnabled()


def test_a_refused_form_stores_nothing_and_stays_open(qtbot: Any, session: Session) -> None:
    case_id = case_ids(session)[0]
    dialog = RiskMeetingDialog(session, case_id)
    shown(qtbot, dialog)
    fill(dialog, datetime.now().astimezone() + timedelta(days=1))
    dialog.place.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Place" in dialog.error.text() and dialog.isVisible()  # the field by its label
    assert dialog.assessment_id is None
    place = dialog.place
    place.setText(PLACE)
    dialog.decision.setCurrentIndex(dialog.decision.findData("proceed_with_mitigations"))
    dialog.chosen[Mitigation.EXTRA_COLLEAGUE].setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "mitigations" in dialog.error.text() and dialog.isVisible()
    assert risk_meetings.risk_assessments(session, case_id) == []


def test_signing_a_new_assessment_without_a_decision_keeps_a_draft(qtbot: Any,
                                                                   session: Session) -> None:
    case_id = case_ids(session)[0]
    dialog = RiskMeetingDialog(session, case_id)
    shown(qtbot, dialog)
    fill(dialog, datetime.now().astimezone() + timedelta(days=1))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "decision" in dialog.error.text() and dialog.isVisible() and not dialog.signed
    [stored] = risk_meetings.risk_assessments(session, case_id)
    assert not stored.signed
    dialog.place.setText("Annat rum")
    dialog.decision.setCurrentIndex(dialog.decision.findData("proceed"))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    [stored] = risk_meetings.risk_assessments(session, case_id)  # the same record, signed
    assert stored.signed and stored.place == "Annat rum"


def test_panel_lists_upcoming_first_and_signs(qtbot: Any, qtmodeltester: Any,
                                              session: Session) -> None:
    case_id = case_ids(session)[0]
    past = risk_meetings.add_risk_assessment(session, case_id, meeting(meeting_at=soon(-2)))
    later = risk_meetings.add_risk_assessment(session, case_id, meeting(meeting_at=soon(6),
                                                                        place="Rum B"))
    sooner = risk_meetings.add_risk_assessment(session, case_id, meeting(meeting_at=soon(1)))
    panel = RiskMeetingsPanel(session, case_id)
    shown(qtbot, panel)
    qtmodeltester.check(panel.model)
    ids = [panel.model.index(r, 0).data(RiskMeetingsModel.ID_ROLE) for r in range(3)]
    assert ids == [sooner, later, past]
    assert panel.model.index(2, 0).data(Qt.ItemDataRole.ToolTipRole) == "Past meeting"
    assert panel.summary.text() == "2 upcoming, 1 past"
    assert texts(panel.model, 2) == ["Not decided yet"] * 3
    assert texts(panel.model, 3) == ["Draft"] * 3
    assert not panel.edit_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled() and panel.sign_button.isEnabled()
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert "decision" in panel.status.text()
    assert not any(r.signed for r in risk_meetings.risk_assessments(session, case_id))
    risk_meetings.update_risk_assessment(session, sooner, {"decision": "proceed"})
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert panel.model.index(0, 3).data() == "Signed"
    assert panel.model.index(0, 2).data() == "Hold the meeting"
    assert "can no longer be changed" in panel.status.text()


def test_panel_new_and_edit_open_the_dialog(qtbot: Any, session: Session) -> None:
    case_id = case_ids(session)[1]
    panel = RiskMeetingsPanel(session, case_id)
    shown(qtbot, panel)

    def new(dialog: QWidget) -> None:
        assert isinstance(dialog, RiskMeetingDialog)
        fill(dialog, datetime.now().astimezone() + timedelta(days=4))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(new, kind=RiskMeetingDialog)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1 and panel.status.text() == "Draft saved."

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, RiskMeetingDialog)
        assert dialog.place.text() == PLACE
        dialog.place.setText("Polishuset")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    panel.table.selectRow(0)
    when_modal(edit, kind=RiskMeetingDialog)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert texts(panel.model, 1) == ["Polishuset"]
    assert risk_meetings.risk_assessments(session, case_id)[0].place == "Polishuset"


def test_upcoming_view_lists_my_upcoming_meetings(qtbot: Any, qtmodeltester: Any,
                                                  session: Session) -> None:
    mine, theirs = case_ids(session)[:2]
    upcoming = risk_meetings.add_risk_assessment(session, mine, meeting(meeting_at=soon(2)))
    risk_meetings.add_risk_assessment(session, mine, meeting(meeting_at=soon(-1),
                                                             place="Förra veckan"))
    other = risk_meetings.add_risk_assessment(session, theirs, meeting(place="Någon annans"))
    session.vault.conn.execute("UPDATE risk_assessment SET created_by = 'bertil' WHERE id = ?",
                               (other,))
    high_risk.reassign(session, theirs, "bertil", "Rotation")
    view = RiskMeetingsView(session)
    shown(qtbot, view)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    number = cases.get_case(session, mine).case_number
    assert texts(view.model, 0) == [number]
    assert texts(view.model, 2) == [PLACE]
    assert texts(view.model, 3) == ["Not decided yet"]
    assert view.model.index(0, 0).data(RiskMeetingsModel.ID_ROLE) == upcoming
    shown_text = " ".join(texts(view.model, c)[0] for c in range(view.model.columnCount()))
    assert "Alva" not in shown_text and "Exempelsson" not in shown_text
    assert view.summary.text() == "1 meetings, 1 not signed"
    opened: list[int] = []
    view.open_case.connect(opened.append)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    view.table.activated.emit(view.model.index(0, 2))
    assert opened == [mine, mine]


def test_menu_opens_the_view_and_it_opens_the_case(open_window: MainWindow,
                                                   qtbot: Any) -> None:
    session = open_window.session
    assert session is not None and open_window.workspace is not None
    case_id = case_ids(session)[2]
    risk_meetings.add_risk_assessment(session, case_id, meeting())
    open_window.risk_meetings_action.trigger()
    [view] = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, RiskMeetingsView) and w.isVisible()]
    assert view.windowTitle() == "My upcoming risk meetings"
    view.table.activated.emit(view.model.index(0, 0))
    workspace = open_window.workspace
    assert workspace.case_view is not None
    assert workspace.case_view.case.id == case_id
    open_window.lock()
    qtbot.waitUntil(lambda: not any(isinstance(w, RiskMeetingsView) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
    assert open_window.show_risk_meetings() is None  # locked: nothing to show


def test_panel_and_view_follow_the_language(qtbot: Any, session: Session) -> None:
    case_id = case_ids(session)[0]
    risk_meetings.add_risk_assessment(session, case_id, meeting())
    panel = RiskMeetingsPanel(session, case_id)
    view = RiskMeetingsView(session)
    shown(qtbot, panel)
    shown(qtbot, view)
    assert i18n.set_language("sv")
    QApplication.processEvents()  # Qt posts LanguageChange to each window
    assert panel.new_button.text() == "Ny riskbedömning…"
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Plats"
    assert panel.model.index(0, 3).data() == "Utkast"
    assert view.windowTitle() == "Mina kommande riskmöten"
    assert view.model.index(0, 3).data() == "Inte beslutat ännu"
