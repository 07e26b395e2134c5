"""About and policy: the organisation's settings, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from utvag import __version__
from utvag.services.policy import Policy
from utvag.ui.labels import unit_label
from utvag.ui.look import PlainLabel


class AboutDialog(QDialog):
    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Utväg"))
        form = QFormLayout(self)
        form.addRow(PlainLabel(self.tr("Utväg %1 — encrypted case handling for defector and "
                                   "high-risk cases.").replace("%1", __version__)))
        form.addRow(PlainLabel(self.tr("Organisation policy (set by your administrator; it cannot "
                                   "be changed here):")))
        yes, no = self.tr("yes"), self.tr("no")
        languages = {"sv": self.tr("Swedish"), "en": self.tr("English")}
        source = (self.tr("built-in defaults (no policy installed)")
                  if policy.source == "defaults" else policy.source)
        rows = (
            (self.tr("Auto-lock after idle time:"),
             self.tr("%1 minutes").replace("%1", str(policy.idle_timeout_seconds // 60))),
            (self.tr("Quick unlock allowed:"), yes if policy.keyring_allowed else no),
            (self.tr("Own unit:"),
             unit_label(policy.own_unit) if policy.own_unit else self.tr("not set")),
            (self.tr("Default language:"),
             languages.get(policy.default_language, policy.default_language)),
            (self.tr("Statistics suppression threshold:"), str(policy.statistics_threshold)),
            (self.tr("Policy source:"), source),
        )
        for label, value in rows:
            field = PlainLabel(value)
            field.setObjectName("policyValue")
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        form.addRow(buttons)
