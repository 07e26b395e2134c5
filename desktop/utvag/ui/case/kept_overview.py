"""The Overview's line saying that what was typed in the case before the vault locked is kept,
and in which windows: kept text waits in the vault until that very window is opened again for
the case, and nothing else said it was there.

The line names the windows by their titles in the user's language (never the text kept), and
reads again when kept text of the case is put back (``ChangeKind.KEPT``): it goes once there is
none left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from utvag.services import kept_text
from utvag.services.session import Session
from utvag.ui.case.kept_typing import KIND as HIGH_RISK_TAB
from utvag.ui.case.overview_note import OverviewNote
from utvag.ui.vault_events import ChangeKind, VaultChange, subscribe

translate = QCoreApplication.translate


def _titles() -> dict[str, str]:
    """The windows that keep their text, by class, as their titles name them."""
    return {
        "ApplicationDialog": translate("KeptKinds", "The application the case starts from"),
        "DecisionDialog": translate("KeptKinds", "Record a decision"),
        "SpecialDecisionDialog": translate("KeptKinds", "SAV's decision on a special defector"),
        "CloseCaseDialog": translate("KeptKinds", "Close the case"),
        "ReassignDialog": translate("KeptKinds", "Hand the case to a colleague"),
        "InterventionDialog": translate("KeptKinds", "Add an intervention"),
        "NeedDialog": translate("KeptKinds", "Add a need"),
        "CustodyDialog": translate("KeptKinds", "Prison or closed youth care"),
        "FundingDialog": translate("KeptKinds", "State funding applied for"),
        "ThreatRequestDialog": translate("KeptKinds",
                                         "Threat assessment requested from the Police"),
        "PoliceFollowUpDialog": translate("KeptKinds", "Follow-up with the Police"),
        "LinkRelativeDialog": translate("KeptKinds", "Link a relative"),
        "AddGuardianDialog": translate("KeptKinds", "Add a guardian"),
        "ConsentPositionsDialog": translate("KeptKinds", "Positions on the consent"),
        "WithdrawConsentDialog": translate("KeptKinds", "The consent was withdrawn"),
        "PersonNameDialog": translate("KeptKinds", "Correct the person's name"),
        "DisclosureForm": translate("KeptKinds", "Record a disclosure"),
        "IncidentDialog": translate("KeptKinds", "Incident against staff"),
        "RiskMeetingDialog": translate("KeptKinds", "Risk assessment before a meeting"),
    }


def kept_kind_label(kind: str) -> str:
    """Where text filed under ``kind`` was typed, in the user's language."""
    if kind == HIGH_RISK_TAB:
        return translate("KeptKinds", "The High risk tab")
    parts = kind.split(":")
    titles = _titles()
    if len(parts) > 1 and parts[0] == "dialog" and parts[1] in titles:
        return titles[parts[1]]
    return translate("KeptKinds", "Another window")


def _kinds(session: Session, case_id: int) -> tuple[str, ...] | None:
    return tuple(kept_text.kinds_kept(session, case_id)) or None


class KeptTextNote(OverviewNote[tuple[str, ...]]):
    """Shown while the case has text kept through a lock; names where it was typed."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("overviewKeptText", _kinds(session, case_id), parent)
        self._session, self._case_id = session, case_id
        subscribe(self, self._changed)

    def _changed(self, change: VaultChange) -> None:
        if change.kind is ChangeKind.KEPT and change.case_id == self._case_id \
                and self._session.is_open:
            self.show_for(_kinds(self._session, self._case_id))

    def says(self, shown: tuple[str, ...]) -> str:
        self.setAccessibleName(self.tr("Text kept from before the vault locked"))
        labels = list(dict.fromkeys(kept_kind_label(kind) for kind in shown))
        return self.tr("Text typed before the vault locked is kept, not yet saved, for: %1. "
                       "Open the same window again to go on with it or to discard it.").replace(
            "%1", ", ".join(labels))
