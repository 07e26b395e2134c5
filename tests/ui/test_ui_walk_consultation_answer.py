"""What a second walk through SAV's consultation screens under a real display found: the facts
ran off the right edge of a narrow list (a long question cut mid-word); the answer opened with
"Decision: a special defector" already chosen, so OK sent a decision nobody made; and the answer
did not say which question it answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from conftest import create_vault
from utvag.services.consultation.inbox import ReceivedConsultation
from utvag.services.policy import Policy
from utvag.services.session import Session
from utvag.ui import i18n
from utvag.ui.transfer import consultation
from utvag.ui.transfer.consultation import AnswerConsultationDialog, ConsultationPreviewDialog

FACTS: dict[str, Any] = {
    "case_type": "defector", "age_band": "36_plus", "gender": "unknown", "belonging": "Nordost",
    "belongs": True, "wants_to_leave": True, "needs_protection": True, "consent": True,
    "is_defector": True, "route_to": "SAV"}


def _view(question: str = "special_defector") -> ReceivedConsultation:
    return ReceivedConsultation(
        package_id="cd" * 16, from_unit="Hisingen", sender_fingerprint="AAAA BBBB",
        question=question, content="deidentified", sent_at="2026-12-07T08:00:00Z",
        facts=FACTS, summary=None)


@pytest.fixture
def sav(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    documents = tmp_path / "documents"
    documents.mkdir()
    monkeypatch.setattr(consultation, "package_folder", lambda: documents)
    with create_vault(tmp_path / "sav", Policy(keyring_allowed=False), "SAV").open() as session:
        yield session


def test_every_fact_is_read_whole_in_swedish(qtbot: Any) -> None:
    i18n.set_language("sv")
    dialog = ConsultationPreviewDialog(_view())
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    facts = dialog.facts
    assert facts.horizontalScrollBar().maximum() == 0  # nothing to scroll to on the right
    width = facts.viewport().width()
    line = facts.fontMetrics().lineSpacing()
    rows = [facts.visualRect(facts.model().index(i, 0)) for i in range(facts.count())]
    assert all(rect.right() <= width for rect in rows)
    assert max(rect.height() for rect in rows) > line * 1.5  # the longest question wraps
    assert sum(rect.height() for rect in rows) <= facts.viewport().height()  # all in sight


def test_the_answer_names_the_question_and_presets_no_decision(
        qtbot: Any, sav: Session, tmp_path: Path) -> None:
    dialog = AnswerConsultationDialog(sav, _view())
    qtbot.addWidget(dialog)
    assert dialog.question.text() == "Is the person a special defector?"
    assert dialog.kind.currentIndex() == -1 and dialog.kind.placeholderText() == "Choose…"
    dialog.text.setPlainText("Uppfyller kriterierna.")
    assert not dialog.submit()  # OK alone sends nothing
    assert "Decision" in dialog.error.text()
    assert not any((tmp_path / "documents").iterdir())

    advice = AnswerConsultationDialog(sav, _view("advice"))
    qtbot.addWidget(advice)
    assert advice.kind.currentData() == "advice"  # asked for advice, answered with advice


def test_tab_leaves_the_answer_text(qtbot: Any, sav: Session) -> None:
    """Tab in the justification wrote a tab character and kept the focus: the keyboard never
    reached the file or OK."""
    from PySide6.QtCore import Qt

    dialog = AnswerConsultationDialog(sav, _view())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text.setFocus()
    qtbot.waitUntil(dialog.text.hasFocus)
    qtbot.keyClicks(dialog.text, "Uppfyller kriterierna.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "Uppfyller kriterierna."
    assert QApplication.focusWidget() is not dialog.text
