"""A full disk during a write leaves the vault as it was, with a clear error (issue 5).

The vault lives on a small tmpfs (8 MiB, mounted for the test) that is filled to the last
byte before each write; where mounting is not permitted (not root), a file-size limit
(``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored) makes every write fail with EFBIG instead. The
``file_size_limit`` variant always runs, so both failure modes are covered wherever we can.
Each write must fail with an ``AppError`` (``DiskFull`` on a full disk), and afterwards the
vault opens with the old passphrase only, passes the page-by-page integrity check and holds
exactly what it held before: every table, row for row, and the same key-slot file.
"""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import contacts, papers, records, sharing
from app import vault as app_vault
from app.errors import AppError, DiskFull, WrongSecret
from app.vault import OpenVault
from tests.conftest import FAST_KDF, OTHER_PASSPHRASE, PASSPHRASE

TMPFS_BYTES = 8 * 1024 * 1024
#: Under this file-size limit no vault write fits: a WAL frame is 4 KiB, a key-slot file 920 B.
FILE_SIZE_LIMIT = 512
LARGE_PAPER_BYTES = 4 * 1024 * 1024
MARKER = "cormorant-ledger"  # content that must never show in an error message


@dataclass
class SmallDisk:
    """A folder whose file system can be made full on demand."""

    root: Path
    mechanism: str  # "tmpfs" or "file_size_limit"

    @contextmanager
    def full(self) -> Iterator[None]:
        if self.mechanism == "tmpfs":
            yield from self._fill_tmpfs()
        else:
            yield from self._limit_file_size()

    def _fill_tmpfs(self) -> Iterator[None]:
        filler = self.root / "filler"
        block = b"\0" * 65536
        with filler.open("wb", buffering=0) as out:
            for size in (len(block), 4096, 1):
                try:
                    while True:
                        out.write(block[:size])
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
        try:
            yield
        finally:
            filler.unlink()

    def _limit_file_size(self) -> Iterator[None]:
        previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            signal.signal(signal.SIGXFSZ, previous_handler)


def _mount_tmpfs(mount_point: Path) -> bool:
    mount_point.mkdir()
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_BYTES}", "tmpfs", str(mount_point)],
            capture_output=True,
            timeout=30,
        )
    except OSError:
        return False
    return result.returncode == 0


@pytest.fixture(params=["tmpfs", "file_size_limit"])
def small_disk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SmallDisk]:
    if request.param == "tmpfs":
        mount_point = tmp_path / "tmpfs"
        if _mount_tmpfs(mount_point):
            try:
                yield SmallDisk(mount_point, "tmpfs")
            finally:
                subprocess.run(["umount", str(mount_point)], check=True, timeout=30)
            return
    # Not permitted to mount (or the limit variant): a file-size limit on this process.
    folder = tmp_path / "disk"
    folder.mkdir(exist_ok=True)
    yield SmallDisk(folder, "file_size_limit")


@dataclass(frozen=True)
class Stocked:
    """A vault on the small disk holding a dialogue, notes, a paper and a contact."""

    folder: Path
    outbox: Path
    large_paper: Path  # a source file on the ordinary disk
    paper_id: int
    note_id: int
    contact_id: int


@pytest.fixture
def stocked(small_disk: SmallDisk, tmp_path: Path) -> Stocked:
    folder = small_disk.root / "vault"
    with app_vault.create_vault(tmp_path / "bashir", PASSPHRASE, "Bashir", FAST_KDF).vault as b:
        card = contacts.my_card_text(b)
    with app_vault.create_vault(folder, PASSPHRASE, "Amira", FAST_KDF).vault as vault:
        dialogue = records.add_dialogue(vault, f"River basin {MARKER}")
        note = records.add_note(vault, f"agreed text {MARKER}", dialogue_id=dialogue.id)
        records.add_note(vault, "a second note", kind="question")
        source = tmp_path / "annex.txt"
        source.write_bytes(b"economic annex, draft 3\n" * 200)
        paper = papers.add_paper(vault, source, f"Annex {MARKER}")
        contact = contacts.import_card(vault, card)
    outbox = small_disk.root / "outbox"
    outbox.mkdir()
    large = tmp_path / "large-paper.pdf"
    large.write_bytes(os.urandom(LARGE_PAPER_BYTES))
    return Stocked(folder, outbox, large, paper.id, note.id, contact.contact.id)


def _state(folder: Path) -> tuple[list[str], bytes, dict[str, list[tuple[object, ...]]]]:
    """Unlock with the old passphrase, check every page; the files, key slots and every row."""
    with app_vault.unlock(folder, PASSPHRASE) as vault:
        assert app_vault.check_integrity(vault) == []
        db = vault.storage.db
        # Real tables only: an FTS5 index's rows live in its shadow tables, listed here too.
        tables = db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        rows = {t: sorted(db.query(f'SELECT * FROM "{t}"'), key=repr) for (t,) in tables}
    names = sorted(p.name for p in folder.iterdir())
    return names, (folder / "keyslots").read_bytes(), rows


Operation = Callable[[OpenVault, Stocked], object]


def _add_note(vault: OpenVault, s: Stocked) -> object:
    return records.add_note(vault, "words written when the disk is full " * 200)


def _add_large_paper(vault: OpenVault, s: Stocked) -> object:
    return papers.add_paper(vault, s.large_paper, "Large paper")


def _change_passphrase(vault: OpenVault, s: Stocked) -> None:
    app_vault.change_passphrase(s.folder, PASSPHRASE, OTHER_PASSPHRASE)


def _reset_passphrase_while_unlocked(vault: OpenVault, s: Stocked) -> None:
    app_vault.reset_passphrase(vault, OTHER_PASSPHRASE)


def _seal_paper_packet(vault: OpenVault, s: Stocked) -> object:
    recipients = sharing.resolve_recipients(vault, contact_ids=[s.contact_id])
    return sharing.share_paper(vault, s.paper_id, recipients, s.outbox)


def _seal_note_packet(vault: OpenVault, s: Stocked) -> object:
    recipients = sharing.resolve_recipients(vault, contact_ids=[s.contact_id])
    return sharing.share_note(vault, s.note_id, recipients, s.outbox)


OPERATIONS: dict[str, Operation] = {
    "add_note": _add_note,
    "add_large_paper": _add_large_paper,
    "change_passphrase": _change_passphrase,
    "reset_passphrase_while_unlocked": _reset_passphrase_while_unlocked,
    "seal_paper_packet": _seal_paper_packet,
    "seal_note_packet": _seal_note_packet,
}


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_a_full_disk_during_a_write_fails_clearly_and_leaves_the_vault_as_it_was(
    small_disk: SmallDisk, stocked: Stocked, operation: str
) -> None:
    before = _state(stocked.folder)
    vault = app_vault.unlock(stocked.folder, PASSPHRASE)
    with small_disk.full():
        try:
            with pytest.raises(AppError) as caught:
                OPERATIONS[operation](vault, stocked)
        finally:
            vault.lock()

    if small_disk.mechanism == "tmpfs":
        assert isinstance(caught.value, DiskFull), repr(caught.value)
    message = str(caught.value)
    assert message and "Traceback" not in message and MARKER not in message
    assert _state(stocked.folder) == before
    with pytest.raises(WrongSecret):
        app_vault.unlock(stocked.folder, OTHER_PASSPHRASE)
    assert list(stocked.outbox.iterdir()) == [], "a packet or a partial packet was left behind"


def test_the_vault_accepts_writes_again_once_space_is_freed(
    small_disk: SmallDisk, stocked: Stocked
) -> None:
    vault = app_vault.unlock(stocked.folder, PASSPHRASE)
    try:
        with small_disk.full(), pytest.raises(AppError):
            _add_note(vault, stocked)
        note = records.add_note(vault, "written after space was freed")
    finally:
        vault.lock()
    with app_vault.unlock(stocked.folder, PASSPHRASE) as reopened:
        assert app_vault.check_integrity(reopened) == []
        assert records.get_note(reopened, note.id).body == "written after space was freed"
