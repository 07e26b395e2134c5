"""``utvag init --role`` and ``keys show|list|trust`` with roles, through the command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli_people import cli_trust, init_person

from utvag.errors import EXIT_USAGE


def test_init_chooses_the_role_and_keys_show_it(run_cli: Callable[..., Any], tmp_path: Path,
                                                 secret_file: Callable[[str], Path],
                                                 cli_kdf: list[str],
                                                 passphrase: str) -> None:
    pf = secret_file(passphrase)
    anna = init_person(run_cli, tmp_path, "anna", "Hisingen", "caseworker", "Anna Berg", pf,
                       passphrase, cli_kdf)
    maria = init_person(run_cli, tmp_path, "maria", "Hisingen", "manager", "Maria Lind", pf,
                        passphrase, cli_kdf)
    city = init_person(run_cli, tmp_path, "city", "Stadsledningskontoret", "city-office", None, pf,
                       passphrase, cli_kdf)
    shown = anna.json("keys", "show")
    assert (shown["role"], shown["holder"]) == ("caseworker", "Anna Berg")
    assert "Role: caseworker (Anna Berg)" in anna("keys", "show").out
    assert city.json("keys", "show")["role"] == "city-office"
    cli_trust(maria, anna, tmp_path)
    listed = maria.json("keys", "list")["trusted"]
    assert [(t["role"], t["holder"]) for t in listed] == [("caseworker", "Anna Berg")]
    assert "caseworker Anna Berg" in maria("keys", "list").out
    trusted = maria("keys", "trust", tmp_path / "nothing.json", "--fingerprint", "x")
    assert trusted.code != 0


def test_init_refuses_a_person_role_without_a_holder_and_makes_nothing(
        run_cli: Callable[..., Any], tmp_path: Path, secret_file: Callable[[str], Path],
        cli_kdf: list[str], passphrase: str) -> None:
    pf = secret_file(passphrase)
    for extra in (["--role", "manager"], ["--role", "unit", "--holder", "Anna"],
                  ["--role", "caseworker", "--holder", " "]):
        made = run_cli("--vault", tmp_path / "v", "--passphrase-file", pf, "init", "--unit",
                       "Hisingen", *extra, *cli_kdf)
        assert made.code == EXIT_USAGE
        assert not (tmp_path / "v").exists()


def test_init_refuses_a_role_that_does_not_fit_the_unit_and_makes_nothing(
        run_cli: Callable[..., Any], tmp_path: Path, secret_file: Callable[[str], Path],
        cli_kdf: list[str], passphrase: str) -> None:
    """The city-office role is Stadsledningskontoret's alone, and that vault holds no
    caseworker's or manager's keys: a district's vault claiming to be the city office would
    count as a unit and sign statistics as the city."""
    pf = secret_file(passphrase)
    for unit, extra, said in (
            ("Centrum", ["--role", "city-office"], "is for the Stadsledningskontoret vault"),
            ("Stadsledningskontoret", ["--role", "caseworker", "--holder", "Anna Berg"],
             "choose the role city-office")):
        made = run_cli("--vault", tmp_path / "v", "--passphrase-file", pf, "init", "--unit",
                       unit, *extra, *cli_kdf)
        assert made.code == EXIT_USAGE
        assert said in made.err
        assert not (tmp_path / "v").exists()
