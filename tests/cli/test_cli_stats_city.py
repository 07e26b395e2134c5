"""``utvag stats contribute`` and ``utvag stats merge`` between vaults made by ``utvag init``:
two units contribute, the city office merges; a duplicate or a tampered file is refused with
its exit code and no file is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from utvag.domain.units import CITY_OFFICE
from utvag.services.statistics import GENDERS

YEAR = datetime.now(UTC).year


def _vault(name: str, unit: str, tmp_path: Path, run_cli: Callable[..., Any],
           secret_file: Callable[[str], Path], passphrase: str, cli_kdf: list[str]
           ) -> list[str]:
    base = ["--vault", str(tmp_path / name), "--passphrase-file", str(secret_file(passphrase))]
    assert run_cli(*base, "init", "--unit", unit, *cli_kdf).code == 0
    return base


def _card(base: list[str], path: Path, run_cli: Callable[..., Any]) -> str:
    assert run_cli(*base, "keys", "export-public", path).code == 0
    return str(json.loads(run_cli(*base, "keys", "show", "--json").out)["fingerprint"])


def test_units_contribute_and_the_city_office_merges(
        tmp_path: Path, run_cli: Callable[..., Any], secret_file: Callable[[str], Path],
        passphrase: str, cli_kdf: list[str]) -> None:
    city = _vault("city", CITY_OFFICE, tmp_path, run_cli, secret_file, passphrase, cli_kdf)
    city_fp = _card(city, tmp_path / "city.json", run_cli)
    units = {}
    for unit in ("Hisingen", "Nordost"):
        base = _vault(unit, unit, tmp_path, run_cli, secret_file, passphrase, cli_kdf)
        fp = _card(base, tmp_path / f"{unit}.json", run_cli)
        assert run_cli(*city, "keys", "trust", tmp_path / f"{unit}.json",
                       "--fingerprint", fp).code == 0
        assert run_cli(*base, "keys", "trust", tmp_path / "city.json",
                       "--fingerprint", city_fp).code == 0
        for n, gender in enumerate(["female", "other", None] * 3 + ["male"] * 6):
            person = {"name": f"Cli {unit} {n}", "birth_date": "2001-02-03"}
            if gender:
                person["gender"] = gender
            case = tmp_path / f"{unit}-{n}.json"
            case.write_text(json.dumps({"type": "defector", "person": person}),
                            encoding="utf-8")
            assert run_cli(*base, "case", "new", "--json", case).code == 0
        units[unit] = base
    # a unit's own report still hides its 3 women
    own = json.loads(run_cli(*units["Hisingen"], "stats", "--year", YEAR, "--json").out)
    gender = next(t for t in own["tables"] if t["id"] == "gender")
    assert gender["column_totals"][GENDERS.index("female")] is None

    files = []
    for unit, base in units.items():
        out = tmp_path / f"{unit}-{YEAR}.utvp"
        result = run_cli(*base, "stats", "contribute", "--year", YEAR, "--to",
                         tmp_path / "city.json", "--out", out, "--json")
        assert result.code == 0, result.err
        assert json.loads(result.out)["to_unit"] == CITY_OFFICE
        files.append(out)
    # the output file exists already: refused before the vault is opened
    assert run_cli(*units["Hisingen"], "stats", "contribute", "--year", YEAR, "--to",
                   tmp_path / "city.json", "--out", files[0]).code == 2

    csv_file = tmp_path / "city.csv"
    result = run_cli(*city, "stats", "merge", *files, "--out", csv_file, "--json")
    assert result.code == 0, result.err
    merged = json.loads(result.out)
    assert merged["contributors"] == ["Hisingen", "Nordost"]
    gender = next(t for t in merged["tables"] if t["id"] == "gender")
    assert gender["column_totals"][GENDERS.index("female")] == 6  # 3 + 3, shown combined
    assert gender["total"] == 30
    assert f"{YEAR},gender,total,female,6" in csv_file.read_text(encoding="utf-8")
    assert "not encrypted" in result.err

    again = tmp_path / "again.csv"
    duplicate = run_cli(*city, "stats", "merge", files[0], files[1], files[0], "--out", again)
    assert duplicate.code == 6 and "same contribution" in duplicate.err
    tampered = tmp_path / "tampered.utvp"
    data = bytearray(files[1].read_bytes())
    data[-1] ^= 1
    tampered.write_bytes(bytes(data))
    broken = run_cli(*city, "stats", "merge", files[0], tampered, "--out", again)
    assert broken.code == 4 and "tampered.utvp" in broken.err
    assert not again.exists()
    # a unit's vault does not merge: what was sealed to the city office opens nowhere else
    foreign = run_cli(*units["Nordost"], "stats", "merge", files[0])
    assert foreign.code == 6 and "Only the city office" in foreign.err
    assert run_cli(*city, "stats").code == 2
