"""Text that looks like markup is shown as written wherever a user sees stored or received text.
A label left to Qt's automatic format would draw ``<b>X</b>`` bold and ``<a href>`` as a link
(a name could draw what the screen seems to say, or offer a link to a local file): every label
of the app draws its text as plain text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from transfer_ui_support import Unit, exchange_cards, special_defector_case
from ui_support import unlock_with_keyboard

from conftest import create_vault
from utvag.services import cases, young_people
from utvag.services import session as session_service
from utvag.services.consultation import inbox
from utvag.services.consultation import send as consult
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui.case.case_actions import ReassignDialog
from utvag.ui.case.consent_positions import ConsentPositionsDialog
from utvag.ui.case.guardian_reveal import GuardianDetailsDialog
from utvag.ui.look import PlainLabel, plain_tooltip
from utvag.ui.transfer.consultation import ConsultationPreviewDialog
from utvag.ui.window import MainWindow
from utvag.vault.kdf import KdfParams

MARKUP = '<b>X</b><a href="file:///etc">y</a>'
NAME = f"Anna {MARKUP}"
USER = f"Handläggare {MARKUP}"
POLICY = Policy(keyring_allowed=False)


def _drawn_as_written(label: QLabel) -> bool:
    """Plain text, and wide enough for every character (rich text would draw ``X`` and ``y``
    only, and offer the link); a label that wraps is checked for its format only."""
    wide = label.wordWrap() or (
        label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(label.text()))
    return label.textFormat() is Qt.TextFormat.PlainText and wide \
        and not label.openExternalLinks()


def _showing(widget: QWidget, text: str) -> list[QLabel]:
    """Every label under *widget* whose text holds *text*."""
    return [label for label in widget.findChildren(QLabel) if text in label.text()]


def _assert_all_as_written(widget: QWidget, text: str, expected: int) -> None:
    labels = _showing(widget, text)
    assert len(labels) >= expected, [label.objectName() for label in labels]
    bad = [label.objectName() or label.text() for label in labels
           if not _drawn_as_written(label)]
    assert bad == []


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened:
        yield opened


def _young_case(session: Session) -> tuple[int, int]:
    case_id = cases.new_case(session, {"type": "defector", "person": {
        "name": NAME, "birth_date": "2012-03-04", "district": "Hisingen"}})
    with session.vault.transaction() as conn:  # a caseworker's name as received
        conn.execute("UPDATE case_record SET caseworker = ? WHERE id = ?", (USER, case_id))
    guardian = young_people.add_guardian(session, case_id, {
        "name": f"Mamma {MARKUP}", "contact": f"031 {MARKUP}"})
    return case_id, guardian


def test_the_case_header_and_overview_show_the_name_as_written(
        tmp_path: Path, qtbot: Any, make_window: Callable[..., MainWindow]) -> None:
    made: dict[str, int] = {}
    vault = create_vault(tmp_path / "v", POLICY, "Hisingen",
                         fill=lambda s: made.update(case=_young_case(s)[0]))
    window = make_window(vault.directory, POLICY)
    unlock_with_keyboard(qtbot, window, vault.passphrase)
    workspace = window.workspace
    assert workspace is not None
    workspace.open_case(made["case"])
    assert workspace.case_view is not None
    header = workspace.case_header
    assert NAME in header.text() and _drawn_as_written(header)
    # the overview's name and caseworker, and any other label naming them
    _assert_all_as_written(workspace.case_view, MARKUP, 2)
    name = workspace.case_view.findChild(QLabel, "overviewName")
    assert name is not None and name.text() == NAME


def test_guardian_labels_show_names_and_contacts_as_written(qtbot: Any,
                                                            session: Session) -> None:
    case_id, guardian = _young_case(session)
    [shown] = young_people.guardians(session, case_id)
    details = GuardianDetailsDialog(shown)
    qtbot.addWidget(details)
    _assert_all_as_written(details, MARKUP, 2)  # the name and the contact
    positions = ConsentPositionsDialog(session, case_id)
    qtbot.addWidget(positions)
    _assert_all_as_written(positions, f"Mamma {MARKUP}", 1)
    reassign = ReassignDialog(session, case_id, USER)
    qtbot.addWidget(reassign)
    _assert_all_as_written(reassign, USER, 1)  # "Caseworker now:"
    assert guardian


def test_a_received_consultation_shows_the_person_and_question_as_written(
        tmp_path: Path, qtbot: Any) -> None:
    sessions = []
    for name in ("Hisingen", "SAV"):
        opened, _ = session_service.create(
            tmp_path / name.lower(), name, "a long passphrase here",
            kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
        sessions.append(opened)
    try:
        hisingen = Unit("Hisingen", tmp_path / "hisingen", sessions[0])
        sav = Unit("SAV", tmp_path / "sav", sessions[1])
        exchange_cards(hisingen, sav, tmp_path)
        case_id = special_defector_case(hisingen, person={
            "name": NAME, "personal_number": "19900101-0017", "protected_identity": "none",
            "district": "Nordost"})
        question = f"Är {MARKUP} en särskild avhoppare?\nSe bedömningen."
        sent = consult.send_consultation(hisingen.session, case_id, tmp_path / "k.utvp",
                                         question="special_defector", question_text=question)
        view = inbox.preview_consultation(sav.session, Path(sent.path))
        dialog = ConsultationPreviewDialog(view)
        qtbot.addWidget(dialog)
        _assert_all_as_written(dialog, MARKUP, 2)  # the person and the question in words
        assert any(label.text() == question for label in _showing(dialog, MARKUP))
    finally:
        for opened in sessions:
            opened.close()


def test_every_label_of_the_app_is_plain_and_tooltips_are_escaped(qtbot: Any) -> None:
    label = PlainLabel(MARKUP)
    qtbot.addWidget(label)
    assert _drawn_as_written(label) and label.text() == MARKUP
    tip = plain_tooltip(f"{MARKUP}\nrad två")
    assert tip is not None and "<b>" not in tip
    drawn = QTextDocument()
    drawn.setHtml(tip)  # as a tooltip draws it: the text, every character, on its lines
    assert drawn.toPlainText() == f"{MARKUP}\nrad två"
    assert plain_tooltip("") is None
