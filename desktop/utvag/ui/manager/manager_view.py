"""The unit manager's view (a vault with the role ``manager``): the incidents against staff the
unit's caseworkers reported, the unit's high-risk cases as those reports tell them, and the log
reviews the caseworkers sent — each signed here, the signature going back as a package.

Opened from Follow-up › Manager's view…; importing a caseworker's package (an incident report or
a log review) is on its toolbar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import RefusedError
from utvag.services import incident_report, log_review_exchange, person_packages
from utvag.services.log_review_exchange import ReceivedLogReview
from utvag.services.session import Session
from utvag.ui.follows_language import FollowsLanguage
from utvag.ui.labels import local_time
from utvag.ui.look import PlainLabel, wrapped_label
from utvag.ui.manager.logreview_view import ReviewQueueModel
from utvag.ui.named_action import named_button
from utvag.ui.row_table_model import row_table
from utvag.ui.staff_safety.high_risk_labels import ground_label, support_label
from utvag.ui.text_table import set_text_rows, text_table
from utvag.ui.transfer.common import (
    import_file,
    refuse,
    seal_into_file,
)
from utvag.ui.typed_text_dialog import TypedTextDialog


class SignReviewDialog(TypedTextDialog):
    """The manager's outcome and comment for one caseworker's log review, naming the review."""

    def __init__(self, review: ReceivedLogReview | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signReviewDialog")
        self.setWindowTitle(self.tr("Sign the log review"))
        self.setMinimumWidth(480)
        self.what = wrapped_label("signReviewWhat")
        if review is not None:
            self.what.setText(self.tr("The log review of %1 from %2: %3 accesses.")
                              .replace("%1", str(review.month))
                              .replace("%2", str(review.caseworker))
                              .replace("%3", str(len(review.entries))))
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
        form.addRow(self.what)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Comment:"), self.comment)
        form.addRow(buttons)


class ManagerView(FollowsLanguage, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerView")
        self._session = session
        self.import_button = named_button("managerImport", self.import_package)
        self.sign_button = named_button("managerSign", self.sign_selected)
        self.incidents = text_table("managerIncidents", 7, one_row=True)
        self.high_risk = text_table("managerHighRisk", 4, one_row=True)
        self.reviews = text_table("managerReviews", 5, one_row=True)
        self.accesses_model = ReviewQueueModel(parent=self)
        self.accesses = row_table(self.accesses_model, "managerReviewAccesses", stretch=2)
        self.status = wrapped_label("managerStatus")
        self._said: Callable[[], str] | None = None  # the status, said again in a new language
        self.captions = [PlainLabel() for _ in range(4)]
        # What an empty table means and what fills it, under its caption while it is empty.
        self.empties = [PlainLabel() for _ in range(4)]
        for empty, name in zip(self.empties, ("managerNoIncidents", "managerNoHighRisk",
                                              "managerNoReviews", "managerNoAccesses"),
                               strict=True):
            empty.setObjectName(name)
            empty.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.sign_button)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        for caption, empty, table in zip(self.captions[:2], self.empties[:2],
                                         (self.incidents, self.high_risk), strict=True):
            box.addWidget(caption)
            box.addWidget(empty)
            box.addWidget(table, 1)
        reviews = QGridLayout()
        for column in (0, 1):
            reviews.addWidget(self.captions[2 + column], 0, column)
            reviews.addWidget(self.empties[2 + column], 1, column)
        reviews.addWidget(self.reviews, 2, 0)
        reviews.addWidget(self.accesses, 2, 1)
        reviews.setColumnStretch(0, 5)  # both tables read whole, side by side
        reviews.setColumnStretch(1, 6)
        box.addLayout(reviews, 2)  # the accesses are read one by one: the most rows
        box.addWidget(self.status)
        self._review_rows: list[ReceivedLogReview] = []
        self._shown_rows: list[ReceivedLogReview] = []
        self._view = incident_report.ManagerView("", (), ())
        self.reviews.itemSelectionChanged.connect(self._review_chosen)
        self.resize(1240, 680)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Manager's view"))
        self.import_button.setText(self.tr("&Import a caseworker's package…"))
        self.sign_button.setText(self.tr("&Sign the selected log review…"))
        self.incidents.setHorizontalHeaderLabels([
            self.tr("Occurred"), self.tr("Case"), self.tr("Caseworker"), self.tr("Kind"),
            self.tr("Support given"), self.tr("Police report"), self.tr("What happened")])
        self.high_risk.setHorizontalHeaderLabels([
            self.tr("Case"), self.tr("Caseworker"), self.tr("Grounds"), self.tr("Incidents")])
        self.reviews.setHorizontalHeaderLabels([
            self.tr("Month"), self.tr("Caseworker"), self.tr("Accesses"), self.tr("Received"),
            self.tr("Signed")])
        for caption, text in zip(self.captions, (
                self.tr("Incidents against staff reported by the unit:"),
                self.tr("High-risk cases of the unit:"),
                self.tr("Log reviews sent by the caseworkers:"),
                self.tr("The accesses in the selected log review:")), strict=True):
            caption.setText(text)
        self.accesses_model.retranslate()
        if self._said is not None:
            self.status.setText(self._said())
        self._show()  # what was read, in the new language (the vault may be locked by now)

    def reload(self) -> None:
        self._view = incident_report.manager_view(self._session)
        self._review_rows = log_review_exchange.received_reviews(self._session)
        self._show()

    def _show(self) -> None:
        view = self._view
        set_text_rows(self.incidents, [[
            local_time(i.occurred_at), i.case_number, i.caseworker or "—",
            ground_label(i.kind),
            ", ".join(support_label(s) for s in i.support_offered) or "—",
            (self.tr("reported (%1)").replace("%1", i.police_report_number or "—")
             if i.police_report == "reported" else self.tr("not reported")),
            i.description or ""] for i in view.incidents])
        set_text_rows(self.high_risk, [[
            c.case_number, c.caseworker or "—",
            ", ".join(ground_label(g) for g in c.grounds), str(c.incidents)]
            for c in view.high_risk_cases])
        chosen = self._chosen
        self._shown_rows = list(self._review_rows)
        self.reviews.clearSelection()
        set_text_rows(self.reviews, [[
            r.month, r.caseworker, str(len(r.entries)), local_time(r.received_at),
            (local_time(r.signed_at) if r.signed_at else self.tr("to sign"))]
            for r in self._review_rows])
        ids = [r.id for r in self._review_rows]
        if chosen is not None and chosen.id in ids:
            self.reviews.selectRow(ids.index(chosen.id))
        self._review_chosen()
        self._show_empty(0, not view.incidents, self.tr(
            "No incident has been reported yet. A caseworker's incident report comes as a "
            "package: Import a caseworker's package… reads it."))
        self._show_empty(1, not view.high_risk_cases, self.tr(
            "No high-risk case yet: the incident reports tell which of the unit's cases are "
            "high-risk."))
        self._show_empty(2, not self._review_rows, self.tr(
            "No log review has been received yet. Each caseworker sends the month's log review "
            "as a package: Import a caseworker's package… reads it."))

    def _say(self, text: Callable[[], str]) -> None:
        self._said = text
        self.status.setText(text())

    def _show_empty(self, which: int, empty: bool, text: str) -> None:
        self.empties[which].setText(text)
        self.empties[which].setVisible(empty)

    def selected_review(self) -> ReceivedLogReview | None:
        """The chosen review as last read (``None`` when none is chosen)."""
        chosen = self._chosen
        if chosen is None:
            return None
        return next((r for r in self._review_rows if r.id == chosen.id), None)

    @property
    def _chosen(self) -> ReceivedLogReview | None:
        row = self.reviews.currentRow()
        shown = self.reviews.selectedItems()
        return self._shown_rows[row] if shown and 0 <= row < len(self._shown_rows) else None

    def _review_chosen(self) -> None:
        review = self.selected_review()
        self.accesses_model.set_rows(list(review.entries) if review else [])
        self._show_empty(3, review is None or not review.entries, self.tr(
            "Choose a log review to see its accesses.") if review is None else self.tr(
            "Nobody opened a case or a concern report this month."))

    def import_package(self, path: Path | None = None) -> bool:
        source: list[Path] = []

        def read(package: Path) -> None:
            source.append(package)
            self._import(package)

        if not import_file(self, self.tr("A caseworker's package"), path, read):
            return False
        self._say(lambda: self.tr("Imported %1.").replace("%1", source[0].name))
        self.reload()
        return True

    def _import(self, source: Path) -> None:
        kind = person_packages.package_kind(source)
        if kind == "log_review":
            log_review_exchange.import_log_review(self._session, source)
        elif kind == "incident_report":
            incident_report.import_incident_report(self._session, source)
        else:
            raise RefusedError(self.tr(
                "This is not a caseworker's package for the manager: choose an incident "
                "report or a log review."))

    def sign_selected(self, answer: dict[str, Any] | None = None,
                      path: Path | None = None) -> Path | None:
        """Sign the selected review; *answer* and *path* stand in for the dialogs (tests)."""
        review = self.selected_review()
        if review is None:
            self._say(lambda: self.tr("Choose a log review first."))
            return None
        if review.signed_at:
            signed_at = review.signed_at
            self._say(lambda: self.tr("The log review of %1 from %2 is already signed (%3).")
                      .replace("%1", str(review.month)).replace("%2", str(review.caseworker))
                      .replace("%3", local_time(signed_at)))
            return None
        if answer is None:
            dialog = SignReviewDialog(review, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            answer = {"outcome": str(dialog.outcome.currentData()),
                      "comment": dialog.comment.toPlainText()}
        session, review_id = self._session, review.id
        outcome, comment = answer["outcome"], answer["comment"]
        try:
            sealed = seal_into_file(
                self, self.tr("Save the signature for the caseworker"),
                f"loggkontroll-{review.month}-signatur.utvp", self.tr("Sealing the signature…"),
                lambda target: log_review_exchange.sign_log_review(
                    session, review_id, outcome, comment, target), path)
        except Exception as exc:
            refuse(self, self.tr("Nothing was signed; nothing was changed."), exc)
            return None
        if sealed is None:
            return None
        target, signed = sealed
        self.reload()
        party = signed.party
        self._say(lambda: self.tr("Signed; give %1 to %2.").replace("%1", str(target))
                  .replace("%2", party))
        return target
