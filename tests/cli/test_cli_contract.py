"""The ``utvag`` command-line contract: every documented command, its JSON, its exit codes, and
where passphrases come from (a file, or standard input when it is not a terminal)."""

from __future__ import annotations

import io
import json
import re
import sys

import pytest

from utvag.services import session as session_service
from utvag.vault.migrations import LATEST

EXIT_USAGE, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_REFUSED = 2, 3, 5, 6
RECOVERY = re.compile(r"[0-9A-Z]{8}(?:-[0-9A-Z]{8}){6}")


@pytest.fixture
def write(tmp_path):
    """Write an input file for a command (outside the vault)."""
    directory = tmp_path / "inputs"
    directory.mkdir()

    def make(name, content):
        path = directory / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(json.dumps(content), encoding="utf-8")
        return path

    return make


def _json(result):
    assert result.code == 0, result.err
    return json.loads(result.out)


def _new_case(run_cli, cli_vault, write, **person):
    person = {"name": "Nora Berg", "birth_date": "1992-03-04", **person}
    path = write("case.json", {"type": "defector", "person": person})
    return _json(run_cli(*cli_vault.args(), "case", "new", "--json", path))["case_id"]


# -- init and status -------------------------------------------------------------------------


def test_init_prints_the_recovery_key_once_and_it_works(cli_vault, run_cli, secret_file):
    result = run_cli("--vault", cli_vault.directory, "--recovery-key-file",
                     cli_vault.recovery_file, "status", "--json")
    assert result.code == 0
    assert cli_vault.recovery_key not in result.out  # shown at creation only
    # Creating again over it is refused, and no recovery key is printed.
    again = run_cli(*cli_vault.args(), "init", "--unit", "Hisingen", "--kdf-iterations", "3",
                    "--kdf-memory-mib", "64")
    assert again.code == EXIT_REFUSED and "already a vault" in again.err
    assert not RECOVERY.search(again.out + again.err)


def test_init_refuses_key_derivation_below_the_floor(tmp_path, run_cli, secret_file):
    for weak in (["--kdf-iterations", "2", "--kdf-memory-mib", "64"],
                 ["--kdf-iterations", "3", "--kdf-memory-mib", "32"]):
        result = run_cli("--vault", tmp_path / "v", "--passphrase-file",
                         secret_file("correct horse battery staple"), "init", "--unit", "SAV",
                         *weak)
        assert result.code == EXIT_USAGE and "refused" in result.err
        assert not (tmp_path / "v").exists()


def test_init_refuses_an_unknown_unit(tmp_path, run_cli, secret_file, capsys):
    with pytest.raises(SystemExit) as usage:
        run_cli("--vault", tmp_path / "v", "--passphrase-file", secret_file("x" * 20), "init",
                "--unit", "Malmö")
    assert usage.value.code == EXIT_USAGE
    assert not (tmp_path / "v").exists()


def test_status_json_shape(cli_vault, run_cli, write):
    status = _json(run_cli(*cli_vault.args(), "status", "--json"))
    assert status["unit"] == "Hisingen"
    assert status["schema_version"] == LATEST
    assert status["cases"] == 0
    assert status["key_slots"] == ["passphrase", "recovery"]
    _new_case(run_cli, cli_vault, write)
    assert _json(run_cli(*cli_vault.args(), "status", "--json"))["cases"] == 1
    text = run_cli(*cli_vault.args(), "status")
    assert text.code == 0 and "unit: Hisingen" in text.out


# -- cases -----------------------------------------------------------------------------------


def test_case_commands(cli_vault, run_cli, write):
    args = cli_vault.args()
    case_id = _new_case(run_cli, cli_vault, write, name="Åsa Öberg",
                        personal_number="19811218-9876", district="Sydvast",
                        protected_identity="fingerade_personuppgifter")
    other = _new_case(run_cli, cli_vault, write, name="Tor Ek")

    listed = _json(run_cli(*args, "case", "list", "--json"))
    assert {row["id"] for row in listed} == {case_id, other}
    found = _json(run_cli(*args, "case", "list", "--query", "asa", "--json"))
    assert [row["id"] for row in found] == [case_id]
    # A protected identity is found by its name but listed masked.
    assert found[0]["name"] == "[protected identity]" and found[0]["identity_masked"] is True
    assert found[0]["protected_identity"] == "fingerade_personuppgifter"
    plain = run_cli(*args, "case", "list")
    assert plain.code == 0 and "Åsa Öberg" not in plain.out and "Tor Ek" in plain.out
    assert "[protected identity]" in plain.out

    note = _json(run_cli(*args, "case", "note", case_id, "--text-file",
                         write("note.txt", "Första samtalet.\nFlera rader.\n"), "--sign"))
    correction = _json(run_cli(*args, "case", "note", case_id, "--text-file",
                               write("fix.txt", "Rättelse."), "--corrects", note["note_id"]))
    body = bytes(range(256)) * 2000
    attached = _json(run_cli(*args, "case", "attach", case_id, write("Intyg åäö.pdf", body)))

    masked = _json(run_cli(*args, "case", "show", case_id))
    assert masked["person"]["personal_number"] == "[protected identity]"
    assert "Öberg" not in json.dumps(masked, ensure_ascii=False)
    shown = _json(run_cli(*args, "case", "show", case_id, "--reveal-identity"))
    assert shown["id"] == case_id and shown["case_number"].startswith("HI-")
    assert shown["person"]["personal_number"] == "19811218-9876"
    assert shown["person"]["name"] == "Åsa Öberg" and shown["person"]["identity_masked"] is False
    assert shown["person"]["district"] == "Sydvast"
    notes = {n["id"]: n for n in shown["notes"]}
    assert notes[note["note_id"]]["text"] == "Första samtalet.\nFlera rader.\n"
    assert notes[note["note_id"]]["signed_at"]
    assert notes[correction["note_id"]]["corrects_note_id"] == note["note_id"]
    (attachment,) = shown["attachments"]
    assert attachment["id"] == attached["attachment_id"]
    assert (attachment["name"], attachment["size"]) == ("Intyg åäö.pdf", len(body))
    assert attachment["media_type"] == "application/pdf"

    audit = _json(run_cli(*args, "audit", "log", "--case", case_id, "--json"))
    assert {row["case_id"] for row in audit} == {case_id}
    assert [row["action"] for row in audit] == ["case.create", "note.create", "note.create",
                                                "attachment.add", "case.read", "case.read",
                                                "identity.reveal"]
    assert set(audit[0]) == {"seq", "at", "actor", "action", "case_id", "detail"}
    everything = _json(run_cli(*args, "audit", "log", "--json"))
    assert [row["seq"] for row in everything] == list(range(1, len(everything) + 1))
    assert "vault.create" in [row["action"] for row in everything]
    verified = _json(run_cli(*args, "audit", "verify", "--json"))
    assert verified["ok"] is True and verified["rows"] == len(everything) + 1
    # Audit details never carry case content.
    assert "Åsa" not in json.dumps(everything) and "Intyg" not in json.dumps(everything)


def test_case_errors_have_their_exit_codes(cli_vault, run_cli, write):
    args = cli_vault.args()
    case_id = _new_case(run_cli, cli_vault, write)
    cases = [
        (["case", "show", "999"], EXIT_NOT_FOUND, "no case with id 999"),
        (["case", "note", "999", "--text-file", write("n.txt", "x")], EXIT_NOT_FOUND, "999"),
        (["case", "note", str(case_id), "--text-file", write("e.txt", "  \n")], EXIT_REFUSED,
         "text"),
        (["case", "note", str(case_id), "--text-file", write("b.txt", b"\xff\xfe\x00")],
         EXIT_USAGE, "UTF-8"),
        (["case", "note", str(case_id), "--text-file", "/nonexistent/n.txt"], EXIT_USAGE,
         "Cannot read"),
        (["case", "attach", str(case_id), "/nonexistent/file.pdf"], EXIT_USAGE,
         "not a readable file"),
        (["case", "new", "--json", write("bad.json", "{not json")], EXIT_USAGE,
         "not valid JSON"),
        (["case", "new", "--json", "/nonexistent/case.json"], EXIT_USAGE, "Cannot read"),
    ]
    for argv, code, words in cases:
        result = run_cli(*args, *argv)
        assert (result.code, result.out) == (code, ""), (argv, result.err)
        assert words in result.err, (argv, result.err)


def test_an_invalid_identity_number_stores_nothing(cli_vault, run_cli, write, raw_connect,
                                                   policy):
    args = cli_vault.args()
    _new_case(run_cli, cli_vault, write)
    with session_service.unlock(cli_vault.directory, passphrase=cli_vault.passphrase,
                                policy=policy) as opened:
        key = opened.vault.data_key()

    def counts():
        conn = raw_connect(cli_vault.directory / "vault.db", key)
        try:
            return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                    for table in ("person", "case_record", "audit", "search_index")}
        finally:
            conn.close()

    before = counts()
    path = write("bad.json", {"type": "defector", "person": {
        "name": "Nora Berg", "personal_number": "19811218-9875"}})
    result = run_cli(*args, "case", "new", "--json", path)
    assert result.code == EXIT_REFUSED and result.out == ""
    assert "person.personal_number" in result.err
    assert "9875" not in result.err  # the number is not echoed
    assert counts() == before


# -- passphrases, rekey, backup, restore -------------------------------------------------------


def test_passwd_with_a_new_passphrase_file(cli_vault, run_cli, write, secret_file, cli_kdf):
    case_id = _new_case(run_cli, cli_vault, write)
    new = secret_file("ett nytt och långt lösenord")
    result = run_cli(*cli_vault.args(), "passwd", "--new-passphrase-file", new, *cli_kdf)
    assert result.code == 0 and "Passphrase changed" in result.out
    old = run_cli(*cli_vault.args(), "status", "--json")
    assert old.code == EXIT_AUTH and "Wrong passphrase" in old.err
    shown = _json(run_cli("--vault", cli_vault.directory, "--passphrase-file", new, "case",
                          "show", case_id))
    assert shown["person"]["name"] == "Nora Berg"
    too_short = run_cli("--vault", cli_vault.directory, "--passphrase-file", new, "passwd",
                        "--new-passphrase-file", secret_file("kort"), *cli_kdf)
    assert too_short.code == EXIT_REFUSED and "too short" in too_short.err


def test_rekey_prints_a_new_recovery_key(cli_vault, run_cli, write, secret_file, cli_kdf):
    case_id = _new_case(run_cli, cli_vault, write)
    result = run_cli(*cli_vault.args(), "rekey", *cli_kdf)
    assert result.code == 0
    (new_key,) = RECOVERY.findall(result.out)
    assert new_key != cli_vault.recovery_key
    old = run_cli("--vault", cli_vault.directory, "--recovery-key-file", cli_vault.recovery_file,
                  "status")
    assert old.code == EXIT_AUTH and "Wrong recovery key" in old.err
    shown = _json(run_cli("--vault", cli_vault.directory, "--recovery-key-file",
                          secret_file(new_key), "case", "show", case_id))
    assert shown["id"] == case_id
    assert _json(run_cli(*cli_vault.args(), "audit", "verify", "--json"))["ok"] is True


def test_backup_and_restore(cli_vault, run_cli, write, tmp_path):
    case_id = _new_case(run_cli, cli_vault, write)
    out = tmp_path / "backup.utvb"
    result = run_cli(*cli_vault.args(), "backup", out)
    assert result.code == 0 and out.exists() and str(out.stat().st_size) in result.out
    target = tmp_path / "restored"
    result = run_cli("--passphrase-file", cli_vault.passphrase_file, "restore", out, "--to",
                     target)
    assert result.code == 0 and "verified" in result.out
    shown = _json(run_cli("--vault", target, "--passphrase-file", cli_vault.passphrase_file,
                          "case", "show", case_id))
    assert shown["person"]["name"] == "Nora Berg"


# -- where secrets come from -------------------------------------------------------------------


def test_the_passphrase_is_read_from_stdin_when_it_is_not_a_terminal(cli_vault, run_cli,
                                                                      monkeypatch):
    base = ["--vault", str(cli_vault.directory)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the passphrase\n"))
    assert run_cli(*base, "status", "--json").code == EXIT_AUTH
    # A second command in the same process reads its own standard input, not the first one's.
    monkeypatch.setattr(sys, "stdin", io.StringIO(cli_vault.passphrase + "\n"))
    assert _json(run_cli(*base, "status", "--json"))["unit"] == "Hisingen"
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    empty = run_cli(*base, "status", "--json")
    assert empty.code == EXIT_USAGE and "standard input" in empty.err


def test_passwd_reads_both_passphrases_from_stdin(cli_vault, run_cli, monkeypatch, cli_kdf):
    base = ["--vault", str(cli_vault.directory)]
    monkeypatch.setattr(sys, "stdin",
                        io.StringIO(f"{cli_vault.passphrase}\nett annat långt lösenord\n"))
    assert run_cli(*base, "passwd", *cli_kdf).code == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("ett annat långt lösenord\n"))
    assert run_cli(*base, "status").code == 0


@pytest.mark.slow
def test_a_separate_process_reads_stdin_and_honours_utvag_vault(cli_vault, run_utvag):
    result = run_utvag("status", "--json", input=cli_vault.passphrase + "\n",
                       extra_env={"UTVAG_VAULT": str(cli_vault.directory)})
    assert result.code == 0, result.err
    assert json.loads(result.out)["unit"] == "Hisingen"
    wrong = run_utvag("--vault", cli_vault.directory, "status", input="fel lösenord\n")
    assert wrong.code == EXIT_AUTH and wrong.err == "utvag: Wrong passphrase.\n"


def test_secrets_are_never_taken_from_argv(cli_vault, run_cli, capsys):
    """There is no option that takes the passphrase itself: ``--passphrase`` at most names a
    file, and a passphrase given there opens nothing."""
    with pytest.raises(SystemExit) as stop:
        run_cli("--vault", cli_vault.directory, "--passphrase", cli_vault.passphrase, "status")
    assert stop.value.code == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and cli_vault.passphrase not in err


@pytest.mark.parametrize("content", ["", "\n"])
def test_an_empty_passphrase_file_is_a_usage_error(content, cli_vault, run_cli, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text(content, encoding="utf-8")
    result = run_cli("--vault", cli_vault.directory, "--passphrase-file", path, "status")
    assert result.code == EXIT_USAGE and "empty" in result.err


def test_a_missing_passphrase_file_is_a_usage_error(cli_vault, run_cli, tmp_path):
    result = run_cli("--vault", cli_vault.directory, "--passphrase-file", tmp_path / "nope",
                     "status")
    assert result.code == EXIT_USAGE and "Cannot read the passphrase file" in result.err


def test_files_saved_with_a_byte_order_mark_work(cli_vault, run_cli, write, tmp_path):
    """Windows editors may start UTF-8 files with a BOM; it is not part of what was typed."""
    bom = b"\xef\xbb\xbf"
    passphrase = tmp_path / "bom-passphrase.txt"
    passphrase.write_bytes(bom + cli_vault.passphrase.encode() + b"\r\n")
    args = ["--vault", cli_vault.directory, "--passphrase-file", passphrase]
    case = write("bom.json", bom + json.dumps({"type": "relative", "person": {
        "name": "Ebba Ås", "birth_date": "2010-10-10"}}).encode())
    case_id = _json(run_cli(*args, "case", "new", "--json", case))["case_id"]
    note = write("bom-note.txt", bom + "Anteckning från Anteckningar.\r\n".encode())
    assert run_cli(*args, "case", "note", case_id, "--text-file", note).code == 0
    shown = _json(run_cli(*args, "case", "show", case_id))
    assert shown["notes"][0]["text"] == "Anteckning från Anteckningar.\n"


def test_a_passphrase_file_that_is_not_text_is_a_usage_error(cli_vault, run_cli, tmp_path):
    path = tmp_path / "binary"
    path.write_bytes(b"\xff\xfe\x00\x01")
    result = run_cli("--vault", cli_vault.directory, "--passphrase-file", path, "status")
    assert result.code == EXIT_USAGE and "UTF-8" in result.err
