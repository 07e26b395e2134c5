"""A case imported whose receipt file cannot be written: the import stands, the receipt is kept in
the vault, and the warning names what to do (write it again) without a command; the command line
adds its command, and the receipt is written again from the vault."""

from __future__ import annotations

from pathlib import Path

from transfer_service_helpers import Unit, special_defector_case

from utvag.cli.command import warning_lines
from utvag.services import transfer
from utvag.services.results import ServiceWarning
from utvag.services.transfer.files import receipt_not_written
from utvag.ui.service_catalog import TEMPLATES


def test_a_receipt_that_cannot_be_written_warns_and_the_command_line_names_its_command(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    sent = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "case.utvp")
    gone = tmp_path / "receipts"
    gone.mkdir()

    def lose_the_folder(_done: int, _total: int) -> None:
        if gone.exists():
            gone.rmdir()  # the receipt's folder disappears while the case is imported

    result = transfer.import_package(sav.session, Path(sent.path),
                                     receipt_out=gone / "receipt.utvp", progress=lose_the_folder)

    assert result.receipt is None
    assert result.warnings == (ServiceWarning(
        "receipt_not_written", f"The receipt of package {sent.package_id} could not be written "
        f"to {gone / 'receipt.utvp'}; it is kept in the vault: write it again to a file.",
        sent.package_id),)
    assert "utvag" not in result.warnings[0].message
    assert warning_lines(result.warnings) == [
        f"! {result.warnings[0]} Write it with 'utvag transfer receipt-out {sent.package_id} "
        "FILE'."]
    again = transfer.write_receipt(sav.session, sent.package_id, tmp_path / "again.utvp")
    done = transfer.import_receipt(hisingen.session, Path(again.path))
    assert done.case_id == case_id


def test_the_receipt_warnings_are_catalogued_and_other_warnings_get_no_command() -> None:
    package = bytes(range(16))
    for warning in (receipt_not_written(package), receipt_not_written(package, Path("/x/r"))):
        assert warning.message.replace(package.hex(), "%1").replace("/x/r", "%2") in TEMPLATES
        assert warning_lines((warning,)) == [
            f"! {warning} Write it with 'utvag transfer receipt-out {package.hex()} FILE'."]
    other = ServiceWarning("package_not_placed", "The package is sealed and recorded but could "
                           "not be given the name x; later.", package.hex())
    assert warning_lines((other,)) == [f"! {other.message}"]
