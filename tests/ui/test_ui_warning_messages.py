"""Warnings of the services (a receipt kept in the vault but not written, a package refused as
expired) reach a Swedish screen whole and in Swedish, naming the menu where the app does what
they ask, never a command."""

from __future__ import annotations

from pathlib import Path

from utvag.errors import ExpiredPackageError
from utvag.services.transfer import files
from utvag.services.transfer.files import receipt_not_written
from utvag.ui import service_text as app_text
from utvag.ui.service_catalog import TEMPLATES
from utvag.ui.service_text import service_text

PACKAGE = bytes(range(16))


def test_an_imported_case_s_unwritten_receipt_reads_in_swedish_with_the_menu(
        swedish: None) -> None:
    warning = receipt_not_written(PACKAGE, Path("/media/usb/kvitto.utvp"))
    assert service_text(warning.message) == (
        f"Kvittot för paket {PACKAGE.hex()} kunde inte skrivas till /media/usb/kvitto.utvp; det "
        "finns sparat i valvet: skriv det till en fil igen (Ärende › Skriv kvittot igen…).")


def test_a_consultation_s_unwritten_receipt_reads_in_swedish_without_a_command(
        swedish: None) -> None:
    text = service_text(receipt_not_written(PACKAGE).message)
    assert text == (f"Kvittot för paket {PACKAGE.hex()} kunde inte skrivas; det finns sparat i "
                    "valvet: skriv det till en fil igen.")


def test_an_expired_package_reads_in_swedish_and_points_to_the_sender_s_menu(
        swedish: None) -> None:
    refusal = ExpiredPackageError("The package expired on 2026-01-01 12:00 UTC; ask the "
                                  "sending unit to resend the case as a new package.")
    assert service_text(str(refusal)) == (  # as the transfer actions show a refusal
        "Paketet gick ut 2026-01-01 12:00 UTC; be den sändande enheten att skicka om ärendet som "
        "ett nytt paket (hos den sändande enheten: Ärende › Skicka om paketet…).")


def test_in_english_the_app_names_the_menu_and_no_command() -> None:
    text = service_text(receipt_not_written(PACKAGE, Path("/x/r.utvp")).message)
    assert text.endswith("write it again to a file (Case › Write the receipt again…).")
    assert "utvag" not in text


def test_the_app_s_templates_are_the_services_own() -> None:
    assert app_text.RECEIPT_NOT_WRITTEN_TO == files.RECEIPT_NOT_WRITTEN_TO
    assert {app_text.RECEIPT_NOT_WRITTEN_TO, app_text.EXPIRED,
            files.RECEIPT_NOT_WRITTEN} <= set(TEMPLATES)
