"""Turning known errors into translated, data-free messages for the user (the services' own
English messages through ``service_text``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from utvag.errors import (
    AuthenticationError,
    IntegrityError,
    RolledBackError,
    UtvagError,
    VaultBusyError,
    VaultNotFoundError,
)
from utvag.ui.case.case_flow_labels import case_flow_refusal_text
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
    if isinstance(error, RolledBackError):
        return translate(
            "messages",
            "This vault has been rolled back: an earlier copy of it was put back, and records "
            "of who read protected or high-risk cases may have been erased. This is now noted "
            "in the audit log. Tell your security contact before you go on; unlocking again "
            "opens the vault as it is.",
        )
    if isinstance(error, IntegrityError) and "older copy" in str(error):
        return translate(
            "messages",
            "The vault's key file is an older copy (put back from a backup?) and would let an "
            "old passphrase in. Nothing was opened. Put back the current key file, or ask your "
            "administrator.",
        )
    if isinstance(error, IntegrityError) and "key file has been changed" in str(error):
        return translate(
            "messages",
            "The vault's key file has been changed since Utväg wrote it. Nothing was opened. "
            "Ask your administrator.",
        )
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
