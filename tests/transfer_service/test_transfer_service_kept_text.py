"""Text kept when the vault locked (typed in a dialog or on the High-risk tab, never saved) is
unfinished work like a draft note: it never leaves with the case, and once the case is
transferred away nothing of it stays in the sender's vault either."""

from __future__ import annotations

import secrets
from pathlib import Path

from transfer_service_helpers import Unit, special_defector_case

from utvag.services import kept_text, transfer
from utvag.transfer import MemorySink, open_package


def test_kept_text_stays_out_of_the_package_and_leaves_with_the_case(
        units: tuple[Unit, Unit], tmp_path: Path) -> None:
    hisingen, sav = units
    case_id = special_defector_case(hisingen)
    canary = f"KVARHALLEN-{secrets.token_hex(8)}"
    kept_text.keep(hisingen.session, case_id, "tab:high_risk", {"flag_description": canary})
    kept_text.keep(hisingen.session, case_id, "dialog:DecisionDialog:decisionDialog",
                   {"count": 2, "texts": {"0": f"Beslut {canary}"}})

    sent = transfer.export_case(hisingen.session, case_id, "SAV", tmp_path / "case.utvp")

    sink = MemorySink()
    with Path(sent.path).open("rb") as source:
        open_package(source, identity=sav.identity(), trusted=[hisingen.identity().card],
                     sink=sink)
    plain = b"".join(sink.entries.values())
    assert b"Individen vill l" in plain  # control: the scan reads the decrypted package
    # The case's access history travels as it always does: it says text was kept, never what.
    assert canary.encode() not in plain and b'"kind":"tab:high_risk"' in plain
    assert kept_text.kinds_kept(hisingen.session, case_id) == []  # transferred: gone here
    imported = transfer.import_package(sav.session, Path(sent.path))
    assert kept_text.kinds_kept(sav.session, imported.case_id) == []
