"""Child process for test_crash_safety: commits through the services until it is killed.

Usage: crash_child.py VAULT_DIR PASSPHRASE_FILE POLICY_FILE CASE_IDS SEED   (ids comma-separated)

Prints ``ready`` once the vault is open, then one line per acknowledged commit, flushed before
the next commit starts:
    ``note ID``            a journal note
    ``attachment ID SHA``  an attachment and the SHA-256 of its bytes
    ``reopened``           the vault was closed (audit head written to the key file) and reopened
"""

from __future__ import annotations

import hashlib
import io
import random
import sys
from pathlib import Path

from utvag.services import cases, session
from utvag.services.policy import load_policy


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> None:
    directory, passphrase_file, policy_file, case_args, seed = sys.argv[1:6]
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").splitlines()[0]
    policy = load_policy(Path(policy_file))
    case_ids = [int(c) for c in case_args.split(",")]
    rng = random.Random(int(seed))

    def unlock() -> session.Session:
        return session.unlock(Path(directory), passphrase=passphrase, policy=policy)

    opened = unlock()
    say("ready")
    counter = 0
    while True:
        counter += 1
        roll = rng.random()
        case_id = rng.choice(case_ids)
        if roll < 0.08:
            body = rng.randbytes(rng.randrange(1, 40_000))
            attachment_id = cases.attach(opened, case_id, io.BytesIO(body), f"a{counter}.bin")
            say(f"attachment {attachment_id} {hashlib.sha256(body).hexdigest()}")
        elif roll < 0.11:
            opened.close()
            say("reopened")
            opened = unlock()
        else:
            text = f"note {counter} " + "ö" * rng.randrange(0, 3000)
            note_id = cases.add_note(opened, case_id, text, sign=roll < 0.5)
            say(f"note {note_id}")


if __name__ == "__main__":
    main()
