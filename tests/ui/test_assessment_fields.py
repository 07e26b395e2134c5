"""Field editors for every type a form definition may use, and the wizard's screenshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from utvag.forms import FieldType
from utvag.forms.definition import Choice, Field, HelpText, LocalizedText
from utvag.services import cases
from utvag.services import session as session_service
from utvag.ui import i18n
from utvag.ui.assessment import AssessmentDialog
from utvag.ui.assessment.fields import (
    BoolEditor,
    ChoiceButtonsEditor,
    ChoiceComboEditor,
    DateEditor,
    LineTextEditor,
    MultiChoiceEditor,
    NumberEditor,
    TextEditor,
    make_editor,
)
from utvag.ui.assessment.screens import draft_until, example_answers, save_screens
from utvag.vault.kdf import KdfParams

TODAY = date(2026, 11, 1)
CHOICES = tuple(Choice(v, LocalizedText(v.upper() + "-sv", v.upper())) for v in "abcdef")


def field(kind: FieldType, **extra: Any) -> Field:
    return Field(f"f_{kind.value}", kind, LocalizedText("Fråga", "Question"),
                 HelpText("Hjälp", "Help", "Avsnitt"), **extra)


def test_each_type_gets_its_editor_and_round_trips_its_answer(qtbot: Any) -> None:
    cases_ = [
        (field(FieldType.BOOL), BoolEditor, False),
        (field(FieldType.CHOICE, choices=CHOICES[:3]), ChoiceButtonsEditor, "b"),
        (field(FieldType.CHOICE, choices=CHOICES), ChoiceComboEditor, "e"),
        (field(FieldType.MULTI_CHOICE, choices=CHOICES), MultiChoiceEditor, ["a", "f"]),
        (field(FieldType.DATE), DateEditor, "2026-10-02"),
        (field(FieldType.TEXT, max_length=200), LineTextEditor, "POL-2026-0001"),
        (field(FieldType.TEXT), TextEditor, "Två rader\noch en till"),
        (field(FieldType.NUMBER, minimum=0, maximum=10, integer=True), NumberEditor, 7),
        (field(FieldType.NUMBER, minimum=0.5, maximum=2.5), NumberEditor, 1.25),
    ]
    for definition, kind, value in cases_:
        editor = make_editor(definition, "sv")
        qtbot.addWidget(editor)
        assert type(editor) is kind
        assert editor.value() is None, definition.type
        editor.set_value(value)
        assert editor.value() == value, definition.type
        editor.set_value(None)
        assert editor.value() is None, definition.type
    labels = make_editor(field(FieldType.CHOICE, choices=CHOICES[:2]), "sv")
    qtbot.addWidget(labels)
    assert [b.text() for b in labels.buttons()] == ["A-sv", "B-sv"]  # type: ignore[attr-defined]


def test_number_and_drop_down_by_keyboard(qtbot: Any) -> None:
    choices = CHOICES
    number = make_editor(field(FieldType.NUMBER, minimum=0, maximum=10, integer=True), "en")
    assert isinstance(number, NumberEditor) and number.value() is None
    combo = make_editor(field(FieldType.CHOICE, choices=choices), "en")
    assert isinstance(combo, ChoiceComboEditor) and combo.value() is None
    holder = QWidget()
    qtbot.addWidget(holder)
    for editor in (number, combo):
        editor.setParent(holder)
    holder.show()
    qtbot.keyClick(number.spin, Qt.Key.Key_Up)
    qtbot.keyClick(number.spin, Qt.Key.Key_Up)
    assert number.value() == 1
    number.set_value(None)
    assert number.value() is None
    qtbot.keyClick(combo.combo, Qt.Key.Key_Down)
    assert combo.value() == "a"
    combo.set_value("e")
    assert combo.value() == "e"


def test_screens_render(tmp_path: Path) -> None:
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    with opened as session:
        assert cases.list_cases(session) == []
        paths = save_screens(session, tmp_path / "shots")
    assert [p.name for p in paths] == ["wizard-criteria.png", "wizard-error.png",
                                       "summary-district.png", "summary-special.png"]
    assert all(p.stat().st_size > 10_000 for p in paths)


def _mnemonics(top: QWidget) -> list[str]:
    texts = [b.text() for b in top.findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in top.findChildren(QLabel)
              if label.isVisible() and label.buddy() is not None]
    letters = []
    for text in texts:
        index = text.replace("&&", "").find("&")
        if index != -1:
            letters.append(text.replace("&&", "")[index + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["en", "sv"])
def test_each_alt_letter_of_the_wizard_has_one_target(language: str, qtbot: Any,
                                                     tmp_path: Path) -> None:
    assert i18n.set_language(language)
    opened, _recovery = session_service.create(
        tmp_path / "vault", "Hisingen", "a long passphrase here",
        kdf=KdfParams(iterations=1, memory_kib=1024, lanes=1), allow_weak_kdf=True)
    answers = example_answers("district-defector")
    with opened as session:
        case_id = cases.new_case(session, {"type": "defector", "person": {
            "name": "Alva Exempelsson", "birth_date": "2001-04-12"}})
        seen = []
        for stop in ("belongs", "consent", None):
            draft_until(session, case_id, answers, stop, today=TODAY)
            dialog = AssessmentDialog.open_for_case(session, case_id, today=lambda: TODAY)
            qtbot.addWidget(dialog)
            dialog.show()
            if stop is None:
                seen.append(_mnemonics(dialog))
                dialog.sign()
            seen.append(_mnemonics(dialog))
            dialog.close()
    assert len(seen) == 4
    for letters in seen:
        assert len(letters) == len(set(letters)) >= 2, letters
