"""The unit manager's view (a vault with the role ``manager``): the incidents against staff the
unit's caseworkers reported, the unit's high-risk cases as those reports tell them, and the log
reviews the caseworkers sent — each signed here, the signature going back as a package.

Opened from Follow-up → Manager's view; importing a caseworker's package (an incident report or
a log review) is on its toolbar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utvag.services import incident_report, log_review_exchange, person_packages
from utvag.services.session import Session
from utvag.ui.background import wait_off_thread
from utvag.ui.errors import report_error
from utvag.ui.followup_labels import review_reason_label
from utvag.ui.high_risk_labels import ground_label, support_label
from utvag.ui.labels import local_time
from utvag.ui.log_model import action_label
from utvag.ui.logreview_view import entry_subject
from utvag.ui.text_table import set_text_rows, text_table
from utvag.ui.transfer.common import PACKAGE_FILTER, import_file, save_file


class SignReviewDialog(QDialog):
    """The manager's outcome and comment for one caseworker's log review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signReviewDialog")
        self.setWindowTitle(self.tr("Sign the log review"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("No remarks"), "no_remarks")
        self.outcome.addItem(self.tr("Remarks"), "remarks")
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Comment:"), self.comment)
        form.addRow(buttons)


class ManagerView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerView")
        self._session = session
        self.setWindowTitle(self.tr("Manager's view"))
        self.import_button = QPushButton(self.tr("&Import a caseworker's package…"))
        self.import_button.setObjectName("managerImport")
        self.import_button.clicked.connect(lambda: self.import_package())
        self.sign_button = QPushButton(self.tr("&Sign the selected log review…"))
        self.sign_button.setObjectName("managerSign")
        self.sign_button.clicked.connect(lambda: self.sign_selected())
        self.incidents = text_table("managerIncidents", 7, one_row=True)
        self.incidents.setHorizontalHeaderLabels([
            self.tr("Occurred"), self.tr("Case"), self.tr("Caseworker"), self.tr("Kind"),
            self.tr("Support given"), self.tr("Police report"), self.tr("What happened")])
        self.high_risk = text_table("managerHighRisk", 4, one_row=True)
        self.high_risk.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Caseworker"), self.tr("Grounds"), self.tr("Incidents")])
        self.reviews = text_table("managerReviews", 6, one_row=True)
        self.reviews.setHorizontalHeaderLabels([
            self.tr("Month"), self.tr("Caseworker"), self.tr("Accesses"),
            self.tr("Concern reports"), self.tr("Received"), self.tr("Signed")])
        self.review_entries = text_table("managerReviewEntries", 5)
        self.review_entries.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Case or report"),
            self.tr("Why reviewed")])
        self.reviews.itemSelectionChanged.connect(self._show_entries)
        self.status = QLabel()
        self.status.setObjectName("managerStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.sign_button)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        for caption, table in ((self.tr("Incidents against staff reported by the unit:"),
                                self.incidents),
                               (self.tr("High-risk cases of the unit:"), self.high_risk),
                               (self.tr("Log reviews sent by the caseworkers:"), self.reviews),
                               (self.tr("The accesses of the selected log review:"),
                                self.review_entries)):
            box.addWidget(QLabel(caption))
            box.addWidget(table, 1)
        box.addWidget(self.status)
        self._review_ids: list[int] = []
        self._review_entries: list[list[dict[str, Any]]] = []
        self.resize(1000, 680)
        self.reload()

    def reload(self) -> None:
        view = incident_report.manager_view(self._session)
        set_text_rows(self.incidents, [[
            local_time(str(i["occurred_at"])), i["case_number"], i["caseworker"] or "—",
            ground_label(i["kind"]),
            ", ".join(support_label(s) for s in i["support_offered"]) or "—",
            (self.tr("reported (%1)").replace("%1", i["police_report_number"] or "—")
             if i["police_report"] == "reported" else self.tr("not reported")),
            i["description"] or ""] for i in view["incidents"]])
        set_text_rows(self.high_risk, [[
            c["case_number"], c["caseworker"] or "—",
            ", ".join(ground_label(g) for g in c["grounds"]), str(c["incidents"])]
            for c in view["high_risk_cases"]])
        reviews = log_review_exchange.received_reviews(self._session)
        self._review_ids = [int(r["id"]) for r in reviews]
        self._review_entries = [list(r["entries"]) for r in reviews]
        set_text_rows(self.reviews, [[
            r["month"], r["caseworker"], str(len(r["entries"])), str(r["concern_accesses"]),
            local_time(r["received_at"]),
            (local_time(r["signed_at"]) if r["signed_at"] else self.tr("to sign"))]
            for r in reviews])
        self._show_entries()

    def _show_entries(self) -> None:
        """The accesses of the selected review, as the caseworker's vault listed them."""
        row = self.reviews.currentRow()
        entries = self._review_entries[row] if 0 <= row < len(self._review_entries) else []
        set_text_rows(self.review_entries, [[
            local_time(str(e.get("at") or "")), str(e.get("actor") or ""),
            action_label(str(e.get("action") or "")),
            entry_subject(e.get("case_number"), e.get("case_id"), e.get("concern_report_id")),
            review_reason_label(str(e.get("reason") or ""))] for e in entries])

    def import_package(self, path: Path | None = None) -> bool:
        if not import_file(self, self.tr("A caseworker's package"), path, self._import):
            return False
        self.reload()
        return True

    def _import(self, source: Path) -> None:
        if person_packages.package_kind(source) == "log_review":
            log_review_exchange.import_log_review(self._session, source)
        else:
            incident_report.import_incident_report(self._session, source)

    def sign_selected(self, answer: dict[str, Any] | None = None,
                      path: Path | None = None) -> Path | None:
        """Sign the selected review; *answer* and *path* stand in for the dialogs (tests)."""
        row = self.reviews.currentRow()
        if not 0 <= row < len(self._review_ids):
            self.status.setText(self.tr("Choose a log review first."))
            return None
        if answer is None:
            dialog = SignReviewDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            answer = {"outcome": str(dialog.outcome.currentData()),
                      "comment": dialog.comment.toPlainText()}
        target = path or save_file(self, self.tr("Save the signature for the caseworker"),
                                   "loggkontroll-signatur.utvp", PACKAGE_FILTER)
        if target is None:
            return None
        session, review_id = self._session, self._review_ids[row]
        outcome, comment = answer["outcome"], answer["comment"]
        try:
            done, signed = wait_off_thread(
                self, self.tr("Sealing the signature…"),
                lambda: log_review_exchange.sign_log_review(session, review_id, outcome,
                                                            comment, target))
        except Exception as exc:
            report_error(self, exc)
            return None
        if not done or signed is None:
            return None
        self.status.setText(self.tr("Signed; give %1 to %2.").replace("%1", str(target))
                            .replace("%2", signed.party))
        self.reload()
        return target
