"""``utvag consult receipt-out`` between two real vaults made by ``utvag init``: SAV keeps a
consultation whose receipt file cannot be written, the command line names the command that
writes it again, and the receipt it writes is registered by Hisingen's ``utvag transfer receipt``.
Refusals: a taken name or a bad id before unlocking (exit 2), a package not imported here as a
consultation (exit 5), with nothing written."""

from __future__ import annotations

import stat
from pathlib import Path

from test_transfer_service_cli import PERSON, CliUnit, _case, pair  # noqa: F401 - the fixture


def test_sav_writes_the_receipt_again_and_hisingen_registers_it(
        pair: tuple[CliUnit, CliUnit], tmp_path: Path) -> None:  # noqa: F811
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    out = tmp_path / "k"
    out.mkdir()
    sent = hisingen.json("consult", "send", case_id, "--question", "advice", "--out",
                         out / "konsultation.utvp")
    lost = out / ("r" * 240 + ".utvp")  # no room for the temporary file beside it

    opened = sav("consult", "open", sent["path"], "--receipt-out", lost)

    assert opened.code == 0, opened.err
    assert not lost.exists()
    assert (f"Write it with 'utvag consult receipt-out {sent['package_id']} FILE'."
            in opened.out)
    again = out / "kvitto.utvp"
    written = sav("consult", "receipt-out", sent["package_id"], again)
    assert written.code == 0, written.err
    assert written.out.strip() == (f"Receipt for package {sent['package_id']} written to "
                                   f"{again}; send it back to Hisingen.")
    assert stat.S_IMODE(again.stat().st_mode) == 0o600
    delivered = hisingen.json("transfer", "receipt", again)
    assert delivered["package_id"] == sent["package_id"]

    taken = sav("consult", "receipt-out", sent["package_id"], again)
    assert taken.code == 2 and "already exists" in taken.err
    bad = sav("consult", "receipt-out", "konsultation", out / "x.utvp")
    assert bad.code == 2 and "32 hexadecimal" in bad.err
    missing = hisingen("consult", "receipt-out", sent["package_id"], out / "x.utvp")
    assert missing.code == 5 and "No consultation or answer with package id" in missing.err
    assert not (out / "x.utvp").exists()
    again_json = sav.json("consult", "receipt-out", sent["package_id"], out / "y.utvp")
    assert (again_json["kind"], again_json["recipient_unit"]) == ("consultation", "Hisingen")
