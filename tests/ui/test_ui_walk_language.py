"""A case opened in one language and the language switched while it is open: the Assessment,
Threat and protection, and Consent pages and the Overview's high-risk warning stayed in the
language the case was opened in (an English line in the Swedish window)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLabel

from utvag.services import cases, high_risk
from utvag.ui import i18n
from utvag.ui.window import MainWindow


def _labels(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def test_an_open_cases_pages_follow_a_language_switch(open_window: MainWindow) -> None:
    workspace, session = open_window.workspace, open_window.session
    assert workspace is not None and session is not None
    case_id = next(s.id for s in cases.list_cases(session) if s.name == "Alva Exempelsson")
    high_risk.flag_case(session, case_id, {"grounds": ["serious_threat"],
                                           "network_linked": False, "description": None})
    view = workspace.open_case(case_id)
    view.setCurrentWidget(view.high_risk)  # built: the Overview says its warnings
    QApplication.processEvents()
    assert i18n.current_language() == "en"
    assert "No consent is recorded." in _labels(view.consent)
    assert "No threat assessment from the Police is recorded." in _labels(view.threat)
    assert "No assessment has been signed yet." in view.assessment.status.text()
    assert "High-risk case" in view.overview.warnings.text()

    open_window.swedish_action.trigger()
    QApplication.processEvents()
    assert "Inget samtycke är registrerat." in _labels(view.consent)
    assert "Ingen hotbildsbedömning från Polisen är registrerad." in _labels(view.threat)
    assert view.assessment.status.text().startswith("Ingen bedömning")
    assert view.assessment.start_button.text() == "Påbörja b&edömning…"
    assert "Högrisk" in view.overview.warnings.text()
    assert "High-risk" not in view.overview.warnings.text()

    open_window.english_action.trigger()
    QApplication.processEvents()
    assert "No consent is recorded." in _labels(view.consent)
    assert "High-risk case" in view.overview.warnings.text()
