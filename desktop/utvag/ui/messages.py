"""Turning known errors into translated, data-free messages for the user (the services' own
English messages through ``service_text``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.errors import (
    AuthenticationError,
    IntegrityError,
    UtvagError,
    VaultBusyError,
    VaultNotFoundError,
)
from utvag.ui.case_flow_labels import case_flow_refusal_text
from utvag.ui.service_text import service_text

translate = QCoreApplication.translate


def known_error_text(error: BaseException) -> str:
    if isinstance(error, VaultBusyError):
        return translate(
            "messages",
            "The vault is open elsewhere (another Utväg window or command). Close it there first.",
        )
    if isinstance(error, AuthenticationError):
        message = str(error)
        if "recovery" in message.lower() and "typo" in message.lower():
            return translate(
                "messages", "The recovery key has a typo. Check every group of characters."
            )
        if "recovery" in message.lower():
            return translate("messages", "Wrong recovery key.")
        if "keyring" in message.lower():
            return translate("messages", "Quick unlock did not work here; use the passphrase.")
        return translate("messages", "Wrong passphrase.")
    if isinstance(error, IntegrityError):
        return translate(
            "messages",
            "This is not a Utväg vault, or it is damaged. Nothing was changed. "
            "Restore from a backup or ask your administrator.",
        )
    if isinstance(error, VaultNotFoundError):
        return translate("messages", "No vault was found at this place.")
    flow = case_flow_refusal_text(error)
    if flow is not None:
        return flow
    if isinstance(error, UtvagError):
        return service_text(str(error))
    return translate("messages", "Something went wrong. No case data was shown or saved.")
