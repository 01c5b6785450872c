"""Child process for test_crash_kill9: unlocks a vault and adds notes through ``app.records``.

After each ``add_note`` has returned (the commit is durable: ``synchronous = FULL``), it prints
the record's number and id, ``<n> <id>``, and flushes stdout, so the parent knows which
records it may demand after killing this process with SIGKILL at a random moment.

    python -m tests.functional.crash_writer FOLDER FIRST LAST

The passphrase comes from ``QUIETROOM_PASSPHRASE`` (never an argument). Notes FIRST..LAST-1
get the body ``crash-record-<n>``; ``ready`` is printed once the vault is unlocked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import records
from app import vault as app_vault


def body_of(number: int) -> str:
    return f"crash-record-{number}"


def main(folder: Path, first: int, last: int) -> None:
    vault = app_vault.unlock(folder, os.environ["QUIETROOM_PASSPHRASE"])
    print("ready", flush=True)
    for number in range(first, last):
        note = records.add_note(vault, body_of(number), title=f"record {number}")
        print(number, note.id, flush=True)
    vault.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
