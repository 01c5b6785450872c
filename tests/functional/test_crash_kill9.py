"""kill -9 at random moments while 1,000 notes are written (issue 5: offices never lose a record).

A child process (tests/functional/crash_writer.py) adds notes through ``app.records`` and
prints each one's number once ``add_note`` has returned. The parent kills it with SIGKILL
after a random number of records plus a random delay, so the kill lands anywhere: during
start-up and unlock, inside a transaction, during the commit's fsync, between two records.
After every kill the vault must unlock, pass the page-by-page integrity check, and hold every
record whose commit returned, intact; nothing may be half-written or duplicated.
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import records
from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.functional.crash_writer import body_of

RECORDS = 1000
MIN_KILLS = 20
#: Kill phases aimed for beyond the minimum (children finishing early must not leave us short).
SPARE_KILLS = 15
#: The longest a child may take to print its next line before the test gives up on it.
CHILD_DEADLINE_SECONDS = 60.0
ROOT = Path(__file__).resolve().parents[2]


class Child:
    """The writer process, with its stdout read line by line against a deadline."""

    def __init__(self, folder: Path, first: int, last: int) -> None:
        env = dict(os.environ, QUIETROOM_PASSPHRASE=PASSPHRASE)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.functional.crash_writer",
                str(folder),
                str(first),
                str(last),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            bufsize=0,
        )
        assert self.process.stdout is not None
        self._fd = self.process.stdout.fileno()
        self._pending = b""
        self.lines: list[str] = []
        self._eof = False

    def _read_some(self, deadline: float) -> None:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError("the writer printed nothing before the deadline")
        ready, _, _ = select.select([self._fd], [], [], left)
        if not ready:
            return
        chunk = os.read(self._fd, 65536)
        if not chunk:
            self._eof = True
            return
        self._pending += chunk
        *complete, self._pending = self._pending.split(b"\n")
        self.lines += [line.decode() for line in complete]

    def committed(self) -> dict[int, int]:
        """Record number -> note id, for every record the child said was committed."""
        pairs = (line.split() for line in self.lines if line != "ready")
        return {int(number): int(note_id) for number, note_id in pairs}

    def wait_for_records(self, count: int) -> None:
        """Read until ``count`` records were reported or the child ended."""
        deadline = time.monotonic() + CHILD_DEADLINE_SECONDS
        while not self._eof and len(self.committed()) < count:
            self._read_some(deadline)

    def kill(self) -> bool:
        """SIGKILL the child; True if it was still running (the kill interrupted it)."""
        self.process.send_signal(signal.SIGKILL)
        self.finish()
        return self.process.returncode == -signal.SIGKILL

    def finish(self) -> int:
        deadline = time.monotonic() + CHILD_DEADLINE_SECONDS
        while not self._eof:
            self._read_some(deadline)
        assert self.process.stderr is not None
        self.stderr = self.process.stderr.read().decode(errors="replace")
        return self.process.wait(timeout=CHILD_DEADLINE_SECONDS)


def _numbers_in_vault(folder: Path, must_hold: dict[int, int]) -> set[int]:
    """Unlock, check every page, check the committed records; the record numbers present."""
    with app_vault.unlock(folder, PASSPHRASE) as vault:
        assert app_vault.check_integrity(vault) == []
        for number, note_id in must_hold.items():
            assert records.get_note(vault, note_id).body == body_of(number), number
        notes = records.list_notes(vault, limit=RECORDS * 2)
    numbers = [int(note.body.removeprefix("crash-record-")) for note in notes]
    assert all(body_of(n) == note.body for n, note in zip(numbers, notes, strict=True))
    assert len(numbers) == len(set(numbers)), "a record was written twice"
    return set(numbers)


@pytest.mark.slow
def test_kill9_at_random_moments_loses_no_committed_record_and_never_damages_the_vault(
    tmp_path: Path,
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    folder = tmp_path / "vault"
    app_vault.create_vault(folder, PASSPHRASE, "Facilitator", FAST_KDF).vault.lock()

    confirmed: dict[int, int] = {}
    kills = 0
    next_number = 0
    while next_number < RECORDS:
        remaining = RECORDS - next_number
        kills_left = max(MIN_KILLS + SPARE_KILLS - kills, 1)
        child = Child(folder, next_number, RECORDS)
        # Kill after a random number of records (0: during start-up or unlock), then a random
        # extra delay so the kill lands at any point of the next write.
        child.wait_for_records(rng.randint(0, max(2 * remaining // kills_left, 1)))
        time.sleep(rng.uniform(0.0, 0.02))
        if child.kill():
            kills += 1
        else:
            assert child.process.returncode == 0, f"seed {seed}: {child.stderr[-2000:]}"
        confirmed.update(child.committed())
        present = _numbers_in_vault(folder, confirmed)
        assert set(confirmed) <= present, f"seed {seed}: a committed record is missing"
        assert present <= set(range(RECORDS)), f"seed {seed}"
        next_number = max(present, default=-1) + 1
        assert present == set(range(next_number)), f"seed {seed}: a gap in the records"

    assert kills >= MIN_KILLS, f"seed {seed}: only {kills} kills landed on a running writer"
    assert _numbers_in_vault(folder, confirmed) == set(range(RECORDS))
