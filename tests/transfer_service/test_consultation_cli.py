"""Hisingen consults SAV and SAV answers, all through the ``utvag consult`` commands of two real
vaults made by ``utvag init``; and the command line's refusals with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from test_transfer_service_cli import PERSON, CliUnit, _case, pair  # noqa: F401 - the fixture


def test_sav_decides_through_the_command_line(pair: tuple[CliUnit, CliUnit],  # noqa: F811
                                              tmp_path: Path) -> None:
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    preview = hisingen("consult", "preview", case_id)
    assert preview.code == 0 and "the case summary" in preview.out
    out = tmp_path / "k"
    out.mkdir()
    question = tmp_path / "question.txt"
    question.write_text("Bedöms personen som särskild avhoppare?\n", encoding="utf-8")

    sent = hisingen.json("consult", "send", case_id, "--question", "special_defector",
                         "--question-text-file", question, "--out", out / "konsultation.utvp")

    assert sent["content"] == "case_summary" and Path(sent["path"]).is_file()
    assert hisingen.json("case", "show", case_id)["status"] not in ("transferred", "closed")
    looked = sav("consult", "open", sent["path"], "--preview")
    assert looked.code == 0 and "question: special_defector" in looked.out
    opened = sav.json("consult", "open", sent["path"])
    assert opened["summary"]["person"]["name"] == PERSON["name"]
    assert Path(opened["receipt"]).is_file()
    again = sav("consult", "open", sent["path"], "--receipt-out", out / "again.utvp")
    assert again.code == 4 and "already been imported" in again.err
    delivered = hisingen.json("transfer", "receipt", opened["receipt"])
    assert delivered["package_id"] == sent["package_id"]

    reason = tmp_path / "why.txt"
    reason.write_text("Hög och konkret hotbild enligt Polisen.", encoding="utf-8")
    answered = sav.json("consult", "answer", opened["package_id"], "--special", "--text-file",
                        reason, "--out", out / "svar.utvp")
    assert answered["to_unit"] == "Hisingen"
    listed = sav.json("consult", "list")
    assert [r["awaiting_answer"] for r in listed["received"]] == [False]

    wrong = sav("consult", "import", answered["path"])
    assert wrong.code == 4 and "This package is for Hisingen, not for SAV" in wrong.err
    imported = hisingen.json("consult", "import", answered["path"])
    assert imported["special_defector"] is True and imported["case_number"]
    assert sav.json("transfer", "receipt", imported["receipt"])["package_id"] == \
        answered["package_id"]
    shown: dict[str, Any] = hisingen.json("consult", "list", "--case", case_id)
    assert [r["answer_kind"] for r in shown["sent"]] == ["decision"]
    text = hisingen("consult", "list")
    assert "answered: decision" in text.out
    for unit in pair:
        assert unit.json("audit", "verify")["ok"]


def test_refusals_before_and_after_unlocking(pair: tuple[CliUnit, CliUnit],  # noqa: F811
                                             tmp_path: Path) -> None:
    hisingen, sav = pair
    case_id = _case(hisingen, tmp_path, PERSON)
    out = tmp_path / "k"
    out.mkdir()
    for argv in (("consult", "send", case_id, "--question", "special_defector", "--out",
                  out / "none" / "x.utvp"),
                 ("consult", "import", out / "missing.utvp"),
                 ("consult", "answer", "00" * 16, "--advice", "--text", " ", "--out",
                  out / "z.utvp"),
                 ("consult", "answer", "not-an-id", "--special", "--text", "x", "--out",
                  out / "z.utvp")):
        assert hisingen(*argv).code == 2, argv
    sent = hisingen.json("consult", "send", case_id, "--question", "advice", "--out",
                         out / "k.utvp")
    at_district = hisingen("consult", "open", sent["path"])
    assert at_district.code == 6 and "answered by SAV" in at_district.err
    as_case = sav("transfer", "import", sent["path"])
    assert as_case.code == 4 and "This file is a consultation, not a case package" in as_case.err
    data = bytearray(Path(sent["path"]).read_bytes())
    data[-1] ^= 1
    tampered = out / "tampered.utvp"
    tampered.write_bytes(bytes(data))
    bad = sav("consult", "open", tampered)
    assert bad.code == 4 and "changed after it was signed" in bad.err
    assert json.loads(sav("consult", "list", "--json").out)["received"] == []
