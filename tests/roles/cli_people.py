"""Vaults made by ``utvag init --role``, driven through the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from utvag.services import session as session_service

Run = Callable[..., Any]


class CliPerson:
    def __init__(self, run: Run, directory: Path, passphrase_file: Path, passphrase: str) -> None:
        self.run_cli, self.directory = run, directory
        self.passphrase_file, self.passphrase = passphrase_file, passphrase

    def __call__(self, *argv: object) -> Any:
        return self.run_cli("--vault", self.directory, "--passphrase-file",
                            self.passphrase_file, *argv)

    def json(self, *argv: object) -> Any:
        result = self(*argv, "--json")
        assert result.code == 0, result.err
        return json.loads(result.out)

    def open(self) -> Any:
        return session_service.unlock(self.directory, passphrase=self.passphrase)


def init_person(run: Run, tmp: Path, name: str, unit: str, role: str, holder: str | None,
                passphrase_file: Path, passphrase: str, kdf: list[str]) -> CliPerson:
    person = CliPerson(run, tmp / name, passphrase_file, passphrase)
    extra = ["--role", role] + (["--holder", holder] if holder else [])
    made = person("init", "--unit", unit, *extra, *kdf)
    assert made.code == 0, made.err
    return person


def cli_trust(receiver: CliPerson, sender: CliPerson, tmp: Path) -> None:
    shown = sender.json("keys", "show")
    card = tmp / f"card-{shown['fingerprint'][:4]}-for-{receiver.directory.name}.json"
    if not card.exists():
        assert sender("keys", "export-public", card).code == 0
    typed = shown["fingerprint"].replace(" ", "").lower()
    trusted = receiver("keys", "trust", card, "--fingerprint", typed)
    assert trusted.code == 0, trusted.err
