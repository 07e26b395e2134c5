"""Screenshots of the wizard and the summary, rendered offscreen from fictional cases.

``save_screens(session, directory, suffix)`` adds four fictional defector cases to an open,
throw-away vault and writes ``wizard-criteria``, ``wizard-error``, ``summary-district`` and
``summary-special`` (``.png``, with ``suffix`` before the extension) in the current language.
The answers are the documented examples in ``docs/examples`` (a source checkout is needed).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from utvag.forms import FormWizard, WizardState
from utvag.forms.evaluation import facts_of
from utvag.services import assessment as assessment_service
from utvag.services import cases
from utvag.services.session import Session
from utvag.ui.assessment.wizard_dialog import AssessmentDialog

EXAMPLES = Path(__file__).resolve().parents[4] / "docs" / "examples"
SIZE = (1100, 760)


def example_answers(kind: str, examples: Path = EXAMPLES) -> dict[str, Any]:
    """The answers of ``docs/examples/answers-<kind>.json`` (nulls left out)."""
    data = json.loads((examples / f"answers-{kind}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data["answers"].items() if v is not None}


def _belonging(answers: Mapping[str, Any]) -> str:
    """The district of belonging the example answers name (the fictional person lives there)."""
    belonging = facts_of(assessment_service.definition(), answers).belonging
    assert belonging is not None
    return belonging.value


def draft_until(session: Session, case_id: int, answers: Mapping[str, Any],
                stop_at: str | None, today: date | None = None) -> WizardState:
    """Answer the steps in order with ``answers`` until ``stop_at`` (None: to the end) and store
    that as the case's draft."""
    row, state = assessment_service.start_or_resume(session, case_id)
    wizard = FormWizard(assessment_service.definition(row.form_id, row.form_version))
    while state.current_step is not None and state.current_step != stop_at:
        step = wizard.definition.step(state.current_step)
        given = {f.id: answers[f.id] for f in step.fields if f.id in answers}
        state = wizard.resolve_next(state, given, today=today)
    assessment_service.save_draft(session, row.id, state)
    return state


def _grab(widget: QWidget, path: Path) -> Path:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def _new_case(session: Session, name: str, district: str) -> int:
    return cases.new_case(session, {"type": "defector", "person": {
        "name": name, "birth_date": "2001-04-12", "district": district}})


def fill_page(dialog: AssessmentDialog, answers: Mapping[str, Any]) -> None:
    """Put ``answers`` into the editors of the dialog's current page."""
    assert dialog.page is not None
    for row in dialog.page.rows:
        if row.field.id in answers:
            row.editor.set_value(answers[row.field.id])


def save_screens(session: Session, directory: Path, suffix: str = "") -> list[Path]:
    """Write the four pictures to ``directory`` (``suffix`` goes before ``.png``, e.g. "-en")
    in the current language; returns their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    district = example_answers("district-defector")

    case_id = _new_case(session, "Alva Exempelsson", _belonging(district))
    draft_until(session, case_id, district, "belongs")
    dialog = AssessmentDialog.open_for_case(session, case_id)
    written.append(_grab(dialog, directory / f"wizard-criteria{suffix}.png"))
    dialog.close()

    case_id = _new_case(session, "Cleo Testberg", _belonging(district))
    draft_until(session, case_id, district, "protection")
    dialog = AssessmentDialog.open_for_case(session, case_id)
    fill_page(dialog, {**district, "needs_protection_evidence": None,
                       "needs_protection_assessed_on": "2099-01-31"})
    dialog.resize(*SIZE)
    dialog.show()
    dialog.go_next()
    written.append(_grab(dialog, directory / f"wizard-error{suffix}.png"))
    dialog.close()

    case_id = _new_case(session, "Dani Låtsasson", _belonging(district))
    draft_until(session, case_id, district, None)
    dialog = AssessmentDialog.open_for_case(session, case_id)
    written.append(_grab(dialog, directory / f"summary-district{suffix}.png"))
    dialog.close()

    special = example_answers("special-defector")
    case_id = _new_case(session, "Bo Påhittad", _belonging(special))
    draft_until(session, case_id, special, None)
    row, _state = assessment_service.start_or_resume(session, case_id)
    assessment_service.sign(session, row.id)
    current = assessment_service.current(session, case_id)
    assert current is not None
    dialog = AssessmentDialog(session, current[0])
    written.append(_grab(dialog, directory / f"summary-special{suffix}.png"))
    dialog.close()
    return written
