"""Consultations with SAV in the app.

* A district: **Case › Consult SAV…** opens :class:`ConsultSavDialog`, which says before anything
  is written what the package will carry (the case summary under the consent, or de-identified
  facts only, and why) and seals it through ``consultation.send``.
* SAV: **File › Import transfer…** recognises a consultation by its header and shows it
  (:class:`ConsultationPreviewDialog`, nothing kept until the user says so), keeps it and asks for
  the answer (:class:`AnswerConsultationDialog`: a decision on special-defector status with its
  justification, or advice), sealed through ``consultation.inbox``. A consultation kept without
  an answer is answered later from **File › Received consultations…** (``consultation_inbox``).
* The district imports the answer through the same menu item; the case records it.

The services decide what is allowed and what leaves; refusals are shown as they say them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from utvag.errors import UsageError, ValidationError
from utvag.services.results import Warnings
from utvag.services.session import Session
from utvag.ui.case.record_dialog import RecordDialog, choice_box
from utvag.ui.code_labels import CodeLabels
from utvag.ui.dialog_buttons import ok_cancel, set_ok_text
from utvag.ui.labels import unit_label
from utvag.ui.look import PlainLabel
from utvag.ui.transfer.common import choose_into, free_name, package_folder
from utvag.ui.transfer.consultation_facts import fact_rows

if TYPE_CHECKING:
    from utvag.services.consultation.inbox import ReceivedConsultation
    from utvag.ui.transfer.actions import TransferActions

translate = QCoreApplication.translate


def content_text(content: str, why: str | None = None) -> str:
    """What the package carries, in the user's language."""
    if content == "case_summary":
        return translate("consultation", "The case summary: the person, the case, the "
                         "application and the signed assessment (the consent covers another "
                         "social-services board).")
    reasons = {
        "no_consent": translate("consultation", "no consent covering another social-services "
                                "board is recorded"),
        "consent_withdrawn": translate("consultation", "the consent was withdrawn or does not "
                                       "cover SAV"),
        "protected_identity": translate("consultation", "the person has a protected identity"),
    }
    text = translate("consultation", "De-identified facts only: codes, yes/no answers and an age "
                     "band; no name, identity number, birth date, address, case number, dates, "
                     "references or free text.")
    if why in reasons:
        text += " " + translate("consultation", "Why: %1.").replace("%1", reasons[why])
    return text


question_label = CodeLabels(lambda: {
    "special_defector": translate("consultation", "Is the person a special defector?"),
    "advice": translate("consultation", "Advice"),
})


class _FileRow(QWidget):
    """A file name to write, typed or chosen; a bare name is saved in :func:`package_folder`
    (never in the program's working directory, which the user cannot see)."""

    def __init__(self, name: str, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(str(package_folder() / suggested))
        self.edit.setObjectName(name)
        self.choose = QPushButton(translate("consultation", "C&hoose…"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def _choose(self) -> None:
        choose_into(self, self.edit, translate("consultation", "Save the package"))

    def path(self) -> Path:
        text = self.edit.text().strip()
        if not text:
            raise UsageError("Choose where to save the package.")
        path = Path(text).expanduser()
        return path if path.is_absolute() else package_folder() / path


class ConsultSavDialog(RecordDialog):
    """A district asks SAV: what goes is shown first; the case stays open."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        from utvag.services.consultation import send as consultation_send

        self._session, self._case_id = session, case_id
        self.preview = consultation_send.consultation_preview(session, case_id)
        super().__init__(self.tr("Consult SAV about case %1")
                         .replace("%1", self.preview.case_number), parent)
        self.setObjectName("consultSavDialog")
        self.content = PlainLabel(content_text(self.preview.content, self.preview.why))
        self.content.setObjectName("consultContent")
        self.content.setWordWrap(True)
        self.question = choice_box([(question_label(q), q)
                                    for q in ("special_defector", "advice")])
        self.question.setObjectName("consultQuestion")
        self.question_text = QLineEdit()
        self.question_text.setObjectName("consultQuestionText")
        summary = self.preview.content == "case_summary"
        self.question_text.setEnabled(summary)
        if not summary:
            self.question_text.setPlaceholderText(self.tr(
                "Not with de-identified facts: words may identify the person"))
        self.file = _FileRow("consultFile", free_name("konsultation", ".utvp"))
        self.form.addRow(self.tr("The package carries:"), self.content)
        self.form.addRow(self.tr("&Question:"), self.question)
        self.form.addRow(self.tr("Question in &words:"), self.question_text)
        self.form.addRow(self.tr("&File:"), self.file)
        intro = self.tr("SAV decides whether a defector is a special defector and advises the "
                        "other boards. The case stays here and open while SAV answers.")
        if not self.preview.sav_trusted:
            intro += " " + self.tr("This vault trusts no key card for SAV yet: exchange cards "
                                   "first (File › Unit keys…).")
        self.set_intro(intro)

    def save_off_thread(self) -> Callable[[], object]:
        """Sealing the package runs off the GUI thread (``RecordDialog.submit``)."""
        from utvag.services.consultation import send as consultation_send

        text = self.question_text.text().strip() if self.question_text.isEnabled() else ""
        session, case_id, path = self._session, self._case_id, self.file.path()
        question = str(self.question.currentData())
        return lambda: consultation_send.send_consultation(
            session, case_id, path, question=question, question_text=text or None)


class ConsultationPreviewDialog(QDialog):
    """What a district asks SAV, verified; nothing is kept until Keep and answer."""

    def __init__(self, view: ReceivedConsultation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultationPreviewDialog")
        self.setMinimumWidth(720)
        self.setWindowTitle(self.tr("A consultation from %1")
                            .replace("%1", unit_label(view.from_unit)))
        intro = PlainLabel(self.tr("The consultation is signed by a trusted unit, addressed to "
                                   "SAV, not expired and not opened before. No case is made "
                                   "here."))
        intro.setWordWrap(True)
        self.from_unit = PlainLabel(unit_label(view.from_unit))
        self.from_unit.setObjectName("consultFrom")
        fingerprint = PlainLabel(view.sender_fingerprint)
        fingerprint.setObjectName("consultFingerprint")
        self.question = PlainLabel(question_label(view.question))
        self.question.setObjectName("consultQuestionShown")
        content = PlainLabel(content_text(view.content))
        content.setWordWrap(True)
        self.facts = QListWidget()
        self.facts.setObjectName("consultFacts")
        self.facts.addItems(fact_rows(view.facts))
        # Each fact read whole: a long question wraps instead of running off to the right.
        self.facts.setWordWrap(True)
        self.facts.setResizeMode(QListView.ResizeMode.Adjust)
        self.facts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.facts.setMinimumHeight(self.facts.fontMetrics().lineSpacing() * 20)
        form = QFormLayout()
        form.addRow(self.tr("From:"), self.from_unit)
        form.addRow(self.tr("Sender's fingerprint:"), fingerprint)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Contents:"), content)
        form.addRow(self.tr("Facts:"), self.facts)
        self.person = PlainLabel()
        self.person.setObjectName("consultPerson")
        self.person.setTextFormat(Qt.TextFormat.PlainText)  # the sender's words, not markup
        summary = view.summary
        if summary is not None:
            person: dict[str, Any] = summary.get("person") or {}
            case: dict[str, Any] = summary.get("case") or {}
            self.person.setText(f"{person.get('name') or ''} ({case.get('case_number') or ''})")
            form.addRow(self.tr("Person:"), self.person)
            if summary.get("question_text"):
                words = PlainLabel(str(summary["question_text"]))
                words.setTextFormat(Qt.TextFormat.PlainText)
                words.setWordWrap(True)
                form.addRow(self.tr("Question in words:"), words)
        self.buttons = ok_cancel(self)
        set_ok_text(self.buttons, self.tr("&Keep and answer…"))
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.buttons)


class AnswerConsultationDialog(RecordDialog):
    """SAV's answer: a decision with its justification, or advice."""

    def __init__(self, session: Session, view: ReceivedConsultation,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Answer %1").replace("%1", unit_label(view.from_unit)), parent)
        self.setObjectName("answerConsultationDialog")
        self._session, self._package_id = session, view.package_id
        self.kind = choice_box([
            (self.tr("Decision: a special defector"), "special"),
            (self.tr("Decision: not a special defector"), "not_special"),
            (self.tr("Advice"), "advice")])
        self.kind.setObjectName("consultAnswerKind")
        # Asked for advice, the answer is advice; a decision is chosen, never preset, so that
        # Enter never sends a decision nobody made.
        self.kind.setPlaceholderText(self.tr("Choose…"))
        self.kind.setCurrentIndex(2 if view.question == "advice" else -1)
        self.question = PlainLabel(question_label(view.question))
        self.question.setObjectName("consultAnswerQuestion")
        self.form.addRow(self.tr("Question:"), self.question)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab goes on to the file, not into the text
        self.text.setObjectName("consultAnswerText")
        self.file = _FileRow("consultAnswerFile", f"svar-{view.package_id[:8]}.utvp")
        self.form.addRow(self.tr("&Answer:"), self.kind)
        self.form.addRow(self.tr("&Justification or advice:"), self.text)
        self.form.addRow(self.tr("&File:"), self.file)
        self.field_widgets["decision"] = self.kind
        self.set_intro(self.tr("The answer is signed by SAV and sealed for %1; they import it "
                               "and their case records it.")
                       .replace("%1", unit_label(view.from_unit)))

    def save_off_thread(self) -> Callable[[], object]:
        """Signing and sealing the answer runs off the GUI thread (``RecordDialog.submit``)."""
        from utvag.services.consultation import inbox as consultation_inbox

        if self.kind.currentIndex() < 0:
            raise ValidationError("decision: is required", field="decision", rule="required")
        kind = str(self.kind.currentData())
        answer = "advice" if kind == "advice" else "decision"
        session, package_id, path = self._session, self._package_id, self.file.path()
        text = self.text.toPlainText()
        return lambda: consultation_inbox.answer_consultation(
            session, package_id, path, answer=answer, text=text,
            special_defector=None if answer == "advice" else kind == "special")


def consulted(window: QWidget, dialog: ConsultSavDialog, reopen: Any) -> None:
    """After a consultation was written: the case again, and where the file is."""
    from PySide6.QtWidgets import QMessageBox

    reopen()
    sent: Any = dialog.result_value
    QMessageBox.information(window, translate("consultation", "Consultation written"), translate(
        "consultation", "The consultation is saved in:\n%1\n\n%2\n\nHand the file to SAV the "
        "way your units agreed, and import SAV's answer with File › Import transfer… when it "
        "comes. The case stays open and awaits the answer (due in %3 days).")
        .replace("%1", str(sent.path)).replace("%2", content_text(str(sent.content)))
        .replace("%3", str(sent.answer_due_days)))


# -- the import screen's other kinds ----------------------------------------------------------


def handle_package(actions: TransferActions, package: Path) -> bool:
    """Open *package* if it is a consultation or an answer (True), else leave it (False)."""
    from utvag.services.consultation.files import package_kind

    kind = package_kind(package)
    if kind == "consultation":
        _open_consultation(actions, package)
        return True
    if kind == "consultation_answer":
        _import_answer(actions, package)
        return True
    return False


def _open_consultation(actions: TransferActions, package: Path) -> None:
    from utvag.services.consultation import inbox as consultation_inbox

    session = actions.window.session
    assert session is not None
    actions.run(translate("consultation", "Checking the consultation…"),
                lambda _progress: consultation_inbox.preview_consultation(session, package),
                lambda view: _previewed(actions, view, package),
                translate("consultation", "The consultation was not opened; nothing was "
                          "changed."), read_only=True)


def _previewed(actions: TransferActions, view: ReceivedConsultation, package: Path) -> None:
    from utvag.services.consultation import inbox as consultation_inbox

    session = actions.window.session
    assert session is not None
    if not ConsultationPreviewDialog(view, actions.window).exec():
        return
    actions.run(translate("consultation", "Keeping the consultation…"),
                lambda _progress: consultation_inbox.receive_consultation(session, package),
                lambda kept: _answer(actions, kept),
                translate("consultation", "The consultation was not kept; nothing was changed."))


def _answer(actions: TransferActions, view: ReceivedConsultation) -> None:
    from PySide6.QtWidgets import QMessageBox

    session = actions.window.session
    if session is None:
        return
    dialog = AnswerConsultationDialog(session, view, actions.window)
    if not dialog.exec():
        text = translate("consultation", "The consultation is kept here; answer it later from "
                         "File › Received consultations…")
        QMessageBox.information(actions.window, translate("consultation", "Consultation kept"),
                                text + _receipt_text(view.receipt, view.warnings))
        return
    answer_written(actions.window, dialog.result_value, view.receipt, view.warnings)


def answer_written(window: QWidget, sent: Any, receipt: str | None,
                   receipt_warnings: Warnings = ()) -> None:
    """Where SAV's answer (and the consultation's receipt, when written now) is saved; a
    receipt that could not be written says where to write it again."""
    from PySide6.QtWidgets import QMessageBox

    text = (translate("consultation", "The answer is saved in:\n%1\n\nHand it to %2 the way "
                      "your units agreed.")
            .replace("%1", str(sent.path)).replace("%2", unit_label(str(sent.to_unit))))
    QMessageBox.information(window, translate("consultation", "Answer written"),
                            text + _receipt_text(receipt, receipt_warnings))


def _receipt_text(receipt: str | None, warnings: Warnings) -> str:
    """Where the consultation's receipt was written at keeping (the district awaits it either
    way), then what the service warns of (a receipt kept in the vault, not written)."""
    from utvag.ui.service_text import service_text

    text = "" if receipt is None else "\n\n" + translate(
        "consultation", "The receipt for the consultation is saved in:\n%1").replace(
        "%1", receipt)
    return text + "".join("\n\n" + service_text(w.message) for w in warnings)


def _import_answer(actions: TransferActions, package: Path) -> None:
    from utvag.services.consultation import send as consultation_send

    session = actions.window.session
    assert session is not None
    actions.run(translate("consultation", "Importing SAV's answer…"),
                lambda _progress: consultation_send.import_answer(session, package),
                lambda result: _imported(actions, result),
                translate("consultation", "The answer was not imported; nothing was changed."))


def _imported(actions: TransferActions, result: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from utvag.ui.service_text import service_text

    actions.reopen(int(result.case_id))
    if result.answer == "decision":
        text = (translate("consultation", "SAV decided that the person in case %1 is a special "
                          "defector.") if result.special_defector else
                translate("consultation", "SAV decided that the person in case %1 is not a "
                          "special defector."))
    else:
        text = translate("consultation", "SAV's advice is recorded on case %1.")
    text = text.replace("%1", str(result.case_number)) + "\n\n" + translate(
        "consultation", "The case stays open; the answer is in its journal.")
    if result.receipt is not None:
        text += "\n\n" + translate("consultation", "Send the receipt back to SAV:\n%1").replace(
            "%1", str(result.receipt))
    text += "".join("\n\n" + service_text(w.message) for w in result.warnings)
    QMessageBox.information(actions.window, translate("consultation", "SAV's answer"), text)
