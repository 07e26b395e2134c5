"""One step of a form as a page: each question with its editor, its error and its help beside it.

The page is built from the definition alone, so any form renders. Conditional questions appear and
disappear as answers change (the wizard decides which are shown), and a bad answer is named next
to its question.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from utvag.domain.errors import DomainError
from utvag.forms import Field, FormWizard, Step
from utvag.forms.definition import HelpText
from utvag.ui.assessment.fields import FieldEditor, make_editor, plain
from utvag.ui.assessment.rule_text import error_text
from utvag.ui.look import PlainLabel, styled, wrapped_label

translate = QCoreApplication.translate



def help_html(help_text: HelpText, language: str) -> str:
    """The help in ``language`` and, on its own line, the guideline section it rests on."""
    from html import escape

    source = translate("Assessment", "Guideline: %1").replace("%1", help_text.section)
    return f"{escape(help_text.get(language))}<br><i>{escape(source)}</i>"


@dataclass
class FieldRow:
    field: Field
    question: QWidget
    label: QLabel
    editor: FieldEditor
    error: QLabel
    help: QLabel

    def set_shown(self, shown: bool) -> None:
        self.question.setVisible(shown)
        self.help.setVisible(shown)


class StepPage(QWidget):
    """The questions of ``step``; ``base`` holds the answers given on the other steps."""

    changed = Signal()

    def __init__(self, wizard: FormWizard, step: Step, base: Mapping[str, Any], language: str,
                 *, position: tuple[int, int], today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"step_{step.id}")
        self.wizard = wizard
        self.step = step
        self.base = dict(base)
        self.today = today
        self.language = language
        title = PlainLabel(step.title.get(language))
        styled(title, "stepTitle")
        title.setWordWrap(True)
        progress = translate("Assessment",
                             "Step %1 of %2 · Questions marked * must be answered.")
        self.progress = PlainLabel(progress.replace("%1", str(position[0]))
                               .replace("%2", str(position[1])))
        styled(self.progress, "stepProgress")
        intro = PlainLabel(help_html(step.help, language))
        styled(intro, "stepHelp")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.page_error = PlainLabel()
        styled(self.page_error, "errorLabel")
        self.page_error.setWordWrap(True)
        self.page_error.hide()
        # A warning the dialog may set while the step is filled in (e.g. consent vs. route).
        self.notice = wrapped_label("stepNotice")
        self.notice.setStyleSheet("background: #fff3cd; color: #664d03; padding: 8px;"
                                  " border: 1px solid #b58105; border-radius: 4px")
        self.notice.hide()
        self.rows: list[FieldRow] = []
        body = QWidget()
        body.setObjectName("stepBody")
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(18)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        asked = [f for f in step.fields if not f.fact]  # facts come from the case
        for number, field in enumerate(asked):
            self.rows.append(self._row(grid, number, field, language))
        grid.setRowStretch(len(asked), 1)
        scroll = QScrollArea()
        scroll.setObjectName("stepScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self.scroller = scroll
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.progress)
        box.addWidget(title)
        box.addWidget(intro)
        box.addWidget(self.page_error)
        box.addWidget(self.notice)
        box.addWidget(scroll, 1)
        for row in self.rows:
            if row.field.id in self.base:
                row.editor.set_value(self.base[row.field.id])
            row.editor.changed.connect(lambda r=row: self._edited(r))
            row.editor.committed.connect(lambda r=row: self._check(r))
        self.update_visibility()

    def _row(self, grid: QGridLayout, number: int, field: Field, language: str) -> FieldRow:
        text = plain(field.label.get(language)) + (" *" if field.required else "")
        question = QWidget()
        question.setObjectName("question")
        label = PlainLabel(text)
        styled(label, "fieldLabel")
        label.setWordWrap(True)
        editor = make_editor(field, language)
        label.setBuddy(editor.focus_widget())
        error = PlainLabel()
        styled(error, "fieldError")
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout(question)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(label)
        column.addWidget(editor)
        column.addWidget(error)
        help_label = PlainLabel(help_html(field.help, language))
        styled(help_label, "fieldHelp")
        help_label.setWordWrap(True)
        help_label.setTextFormat(Qt.TextFormat.RichText)
        help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        editor.set_accessible(field.label.get(language), field.help.get(language))
        grid.addWidget(question, number, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(help_label, number, 1, Qt.AlignmentFlag.AlignTop)
        return FieldRow(field, question, label, editor, error, help_label)

    # answers ----------------------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """What every editor of the page holds, shown or not."""
        return {row.field.id: row.editor.value() for row in self.rows}

    def merged(self) -> dict[str, Any]:
        """The answers of every step, with this page's editors in place of the stored ones."""
        answers = dict(self.base)
        for field_id, value in self.raw_values().items():
            if value is None:
                answers.pop(field_id, None)
            else:
                answers[field_id] = value
        return answers

    def step_answers(self) -> dict[str, Any]:
        """The answers to send for this step: hidden questions count as unanswered."""
        shown = self.shown_ids()
        return {row.field.id: row.editor.value() if row.field.id in shown else None
                for row in self.rows}

    def valid_answers(self) -> dict[str, Any]:
        """Like :meth:`step_answers`, leaving out answers that are not valid yet (for a draft)."""
        result = {}
        for field_id, value in self.step_answers().items():
            ok = value is None or self.wizard.field_error(field_id, value, today=self.today) is None
            result[field_id] = value if ok else None
        return result

    def shown_ids(self) -> set[str]:
        return {f.id for f in self.wizard.visible_fields(self.step.id, self.merged())}

    # visibility and errors --------------------------------------------------------------------

    def set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def update_visibility(self) -> None:
        shown = self.shown_ids()
        for row in self.rows:
            visible = row.field.id in shown
            row.set_shown(visible)
            if not visible:
                row.error.hide()

    def _edited(self, row: FieldRow) -> None:
        row.error.hide()
        self.update_visibility()
        self.changed.emit()

    def _check(self, row: FieldRow) -> None:
        value = row.editor.value()
        if value is None or row.field.id not in self.shown_ids():
            return
        error = self.wizard.field_error(row.field.id, value, today=self.today)
        if error is not None:
            self._show(row, error)

    def _show(self, row: FieldRow, error: DomainError) -> None:
        row.error.setText("⚠ " + error_text(error, row.field))
        row.error.show()

    def clear_errors(self) -> None:
        self.page_error.hide()
        for row in self.rows:
            row.error.hide()

    def show_errors(self, errors: list[DomainError]) -> None:
        """Put each error next to its question and move the focus to the first one."""
        self.clear_errors()
        by_field = {row.field.id: row for row in self.rows}
        shown = self.shown_ids()
        elsewhere: list[str] = []
        bad: list[FieldRow] = []
        for error in errors:
            row = by_field.get(error.field or "")
            if row is None or row.field.id not in shown:
                field = _field_or_none(self.wizard, error.field)
                where = field.label.get(self.language) if field else (error.field or "")
                elsewhere.append(f"{where}: {error_text(error, field)}")
                continue
            if row not in bad:
                self._show(row, error)
                bad.append(row)
        if elsewhere:
            self.page_error.setText("⚠ " + "\n".join(elsewhere))
            self.page_error.show()
        if bad:
            first = min(bad, key=self.rows.index)
            self.scroller.ensureWidgetVisible(first.error)
            first.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)

    def error_texts(self) -> dict[str, str]:
        """The errors shown, by field id (for tests and screen readers)."""
        return {row.field.id: row.error.text() for row in self.rows if not row.error.isHidden()}

    # keyboard ---------------------------------------------------------------------------------

    def focus_first(self) -> None:
        shown = self.shown_ids()
        for row in self.rows:
            if row.field.id in shown:
                row.editor.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
                return

    def focus_chain(self) -> list[QWidget]:
        """Every focusable widget of the page in reading order."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain.extend(row.editor.focus_widgets())
        return chain

    def set_read_only(self, read_only: bool) -> None:
        for row in self.rows:
            row.editor.set_read_only(read_only)


def _field_or_none(wizard: FormWizard, field_id: str | None) -> Field | None:
    try:
        return wizard.definition.field(field_id or "")
    except KeyError:
        return None
