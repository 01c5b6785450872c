"""Several real vaults side by side (fast test KDF), for the contacts and packet tests.

Each member is a person with their own vault in tmp_path: Amira, Bashir, Chen, …
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app import audit, contacts, papers, records
from app import vault as app_vault
from app.contacts import ContactView
from app.vault import OpenVault
from storage import contacts as contact_store
from storage import papers as paper_store
from storage.models import Paper
from tests.conftest import FAST_KDF, PASSPHRASE


@dataclass(frozen=True)
class Member:
    name: str
    folder: Path
    vault: OpenVault


@contextmanager
def members(root: Path, names: Sequence[str]) -> Iterator[list[Member]]:
    """One unlocked vault per name under ``root``; all locked again on exit."""
    made: list[Member] = []
    try:
        for name in names:
            folder = root / name.lower()
            created = app_vault.create_vault(folder, PASSPHRASE, name, FAST_KDF)
            made.append(Member(name, folder, created.vault))
        yield made
    finally:
        for member in made:
            member.vault.lock()


def introduce(holder: Member, other: Member) -> ContactView:
    """``holder`` imports ``other``'s card (pasted text), unverified."""
    return contacts.import_card(holder.vault, contacts.my_card_text(other.vault))


def contact_of(holder: Member, other: Member) -> ContactView:
    keys = other.vault.storage.identity()[1].public
    for view in contacts.list_contacts(holder.vault):
        if (view.contact.x25519, view.contact.ed25519) == (keys.x25519, keys.ed25519):
            return view
    raise AssertionError(f"{holder.name} has no contact for {other.name}")


def group_of(holder: Member, name: str, *others: Member) -> int:
    """A working group in ``holder``'s vault whose members are the contacts for ``others``."""
    person_ids = [contact_of(holder, o).contact.person_id for o in others]
    return records.add_group(holder.vault, name, person_ids).id


def add_paper(member: Member, data: bytes, file_name: str = "paper.txt", title: str = "") -> Paper:
    staging = member.folder.parent / f"staging-{member.name.lower()}"
    staging.mkdir(exist_ok=True)
    source = staging / file_name
    source.write_bytes(data)
    try:
        return papers.add_paper(member.vault, source, title or file_name)
    finally:
        source.unlink()


def paper_bytes(member: Member, paper_id: int) -> bytes:
    return b"".join(papers.iter_paper(member.vault, paper_id))


@dataclass(frozen=True)
class Snapshot:
    """Everything an import could change in a vault."""

    ledger: tuple[object, ...]
    papers: tuple[object, ...]
    notes: tuple[object, ...]
    contacts: tuple[object, ...]
    audit_entries: int
    chunk_rows: int
    paper_rows: int  # hidden ones (an import under way or cut short) included


def snapshot(member: Member) -> Snapshot:
    db = member.vault.storage.db
    chunk_rows = db.query_one("SELECT count(*) FROM paper_chunks")
    assert chunk_rows is not None
    return Snapshot(
        ledger=tuple(contact_store.list_packets(db)),
        papers=tuple(paper_store.list_papers(db)),
        notes=tuple(records.list_notes(member.vault)),
        contacts=tuple(c.contact for c in contacts.list_contacts(member.vault)),
        audit_entries=len(audit.entries(member.vault, limit=100_000)),
        chunk_rows=int(chunk_rows[0]),
        paper_rows=int(db.query("SELECT count(*) FROM papers")[0][0]),
    )
