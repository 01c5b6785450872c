"""Claims of app.sharing: what can be sealed to whom, and that a failed seal leaves nothing."""

from __future__ import annotations

import errno
import io
import pathlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app import contacts, inbox, records, sharing
from app.errors import Cancelled, DiskFull, InvalidInput
from storage import papers as paper_store
from tests.app.sharing_vaults import (
    Member,
    add_paper,
    contact_of,
    group_of,
    introduce,
    members,
    snapshot,
)

BIG = paper_store.CHUNK_SIZE * 3 + 123  # several stored chunks, so a seal can stop midway


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Member]]:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        for holder in made:
            for other in made:
                if holder is not other:
                    introduce(holder, other)
        yield made


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


def test_note_shared_to_a_contact_arrives_with_its_fields(trio: list[Member], outbox: Path) -> None:
    amira, bashir, _ = trio
    note = records.add_note(
        amira.vault,
        "The delegations agreed to a second round.",
        title="Round 1 readout",
        kind="agreed",
        attributable=True,
    )
    to_bashir = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, bashir).contact.id]
    )
    shared = sharing.share_note(amira.vault, note.id, to_bashir, outbox)
    result = inbox.import_packet(bashir.vault, shared.path)
    assert result.item_kind == "note" and result.item_id is not None
    got = records.get_note(bashir.vault, result.item_id)
    assert (got.title, got.body, got.kind, got.attributable) == (
        "Round 1 readout",
        "The delegations agreed to a second round.",
        "agreed",
        True,
    )


def test_own_card_shared_to_a_contact_is_recognised_not_duplicated(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    to_bashir = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, bashir).contact.id]
    )
    shared = sharing.share_card(amira.vault, to_bashir, outbox)
    contacts_before = snapshot(bashir).contacts
    result = inbox.import_packet(bashir.vault, shared.path)
    assert result.item_kind == "contact"
    assert result.item_id == contact_of(bashir, amira).contact.id
    assert snapshot(bashir).contacts == contacts_before
    assert result.info.kind == "card"


def test_group_members_without_a_card_are_named_and_unverified_are_flagged(
    trio: list[Member],
) -> None:
    amira, bashir, chen = trio
    stranger = records.add_person(amira.vault, "Dana")
    person_ids = [contact_of(amira, bashir).contact.person_id, stranger.id]
    group = records.add_group(amira.vault, "Mixed", person_ids)
    contacts.set_verified(amira.vault, contact_of(amira, bashir).contact.id)
    chosen = sharing.resolve_recipients(amira.vault, group.id, [contact_of(amira, chen).contact.id])
    assert sorted(c.name for c in chosen.contacts) == ["Bashir", "Chen"]
    assert chosen.without_card == ("Dana",)
    assert [c.name for c in chosen.unverified] == ["Chen"]


def test_sealing_to_nobody_is_refused(trio: list[Member], outbox: Path) -> None:
    amira, _, _ = trio
    paper = add_paper(amira, b"text")
    with pytest.raises(InvalidInput, match="at least one recipient"):
        sharing.share_paper(amira.vault, paper.id, sharing.Recipients((), ()), outbox)
    assert list(outbox.iterdir()) == []


def test_an_existing_file_is_never_overwritten(trio: list[Member], outbox: Path) -> None:
    amira, bashir, _ = trio
    paper = add_paper(amira, b"text")
    target = outbox / "taken.qrp"
    target.write_bytes(b"someone else's file")
    to_bashir = sharing.resolve_recipients(amira.vault, group_of(amira, "G", bashir))
    with pytest.raises(InvalidInput, match="already exists"):
        sharing.share_paper(amira.vault, paper.id, to_bashir, target)
    assert target.read_bytes() == b"someone else's file"


def test_sealed_packet_is_listed_in_the_ledger_with_its_recipients(
    trio: list[Member], outbox: Path
) -> None:
    from storage import contacts as store

    amira, bashir, chen = trio
    paper = add_paper(amira, b"text")
    chosen = sharing.resolve_recipients(amira.vault, group_of(amira, "G", bashir, chen))
    shared = sharing.share_paper(amira.vault, paper.id, chosen, outbox)
    [row] = store.list_packets(amira.vault.storage.db, "out")
    assert (row.packet_id, row.item_kind, row.item_id) == (shared.packet_id, "paper", paper.id)
    listed = store.packet_recipients(amira.vault.storage.db, row.id)
    assert len(listed) == 3  # Bashir, Chen, and Amira herself


def test_cancelling_midway_leaves_no_file_and_no_ledger_row(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    paper = add_paper(amira, b"\x5a" * BIG, "big.bin")
    to_bashir = sharing.resolve_recipients(amira.vault, group_of(amira, "G", bashir))
    before = snapshot(amira)
    asked = 0
    sealed_bytes: list[int] = []

    def is_cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2  # two stored chunks sealed, then the user cancels

    with pytest.raises(Cancelled, match="no packet was written"):
        sharing.share_paper(
            amira.vault,
            paper.id,
            to_bashir,
            outbox,
            progress=lambda done, total: sealed_bytes.append(done),
            is_cancelled=is_cancelled,
        )
    assert sealed_bytes and 0 < sealed_bytes[-1] < BIG  # it really stopped midway
    assert list(outbox.iterdir()) == []
    assert snapshot(amira) == before


class _FullDisk(io.RawIOBase):
    """A file that accepts ``room`` bytes, then fails like a full disk."""

    def __init__(self, real: Any, room: int) -> None:
        self._real = real
        self._room = room

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return int(self._real.write(data))

    def fileno(self) -> int:
        return int(self._real.fileno())

    def close(self) -> None:
        self._real.close()
        super().close()


@pytest.mark.parametrize("room", [0, 200, 70_000, 1_000_000])
def test_a_full_disk_leaves_no_partial_packet_and_no_ledger_row(
    trio: list[Member], outbox: Path, monkeypatch: pytest.MonkeyPatch, room: int
) -> None:
    amira, bashir, _ = trio
    paper = add_paper(amira, b"\xa5" * BIG, "big.bin")
    to_bashir = sharing.resolve_recipients(amira.vault, group_of(amira, "G", bashir))
    before = snapshot(amira)
    real_open = pathlib.Path.open

    def cramped_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(self, mode, *args, **kwargs)
        if self.parent == outbox and "b" in mode and ("x" in mode or "w" in mode):
            return _FullDisk(handle, room)
        return handle

    monkeypatch.setattr(pathlib.Path, "open", cramped_open)
    with pytest.raises(DiskFull, match="nothing was written"):
        sharing.share_paper(amira.vault, paper.id, to_bashir, outbox)
    monkeypatch.undo()
    assert list(outbox.iterdir()) == []
    assert snapshot(amira) == before


def test_while_sealing_only_a_hidden_part_file_exists(trio: list[Member], outbox: Path) -> None:
    amira, bashir, _ = trio
    paper = add_paper(amira, b"\x33" * BIG, "big.bin")
    to_bashir = sharing.resolve_recipients(amira.vault, group_of(amira, "G", bashir))
    seen: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        seen.append(sorted(p.name for p in outbox.iterdir()))

    shared = sharing.share_paper(amira.vault, paper.id, to_bashir, outbox, progress=progress)
    assert seen
    for names in seen:
        assert len(names) == 1
        assert names[0].startswith(".") and names[0].endswith(".part")
    assert [p.name for p in outbox.iterdir()] == [shared.path.name]
    assert shared.path.name == f"{shared.packet_id}{sharing.PACKET_SUFFIX}"
