"""SQL for contacts (people whose keys we hold) and the packet ledger."""

from __future__ import annotations

import uuid

from storage.db import Database, Row
from storage.errors import NotFound, StorageError
from storage.models import Contact, PacketRecord
from storage.records import now

_CONTACT_COLUMNS = (
    "id, uid, person_id, card_name, x25519, ed25519, card, verified_at, created_at, updated_at"
)
_PACKET_COLUMNS = (
    "id, packet_id, direction, kind, contact_id, item_kind, item_id, size, sealed_at, logged_at"
)


def _contact(row: Row) -> Contact:
    return Contact(
        id=row[0],
        uid=row[1],
        person_id=row[2],
        card_name=row[3],
        x25519=bytes(row[4]),
        ed25519=bytes(row[5]),
        card=bytes(row[6]),
        verified_at=row[7],
        created_at=row[8],
        updated_at=row[9],
    )


def insert_contact(
    db: Database, person_id: int, card_name: str, x25519: bytes, ed25519: bytes, card: bytes
) -> Contact:
    stamp = now()
    cid = db.execute(
        "INSERT INTO contacts (uid, person_id, card_name, x25519, ed25519, card, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), person_id, card_name, x25519, ed25519, card, stamp, stamp),
    )
    return get_contact(db, cid)


def get_contact(db: Database, contact_id: int) -> Contact:
    row = db.query_one(f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE id = ?", (contact_id,))
    if row is None:
        raise NotFound("there is no contact number {number}", number=contact_id)
    return _contact(row)


def find_contact_by_keys(db: Database, x25519: bytes, ed25519: bytes) -> Contact | None:
    row = db.query_one(
        f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE x25519 = ? AND ed25519 = ?",
        (x25519, ed25519),
    )
    return _contact(row) if row else None


def find_contact_by_any_key(db: Database, x25519: bytes, ed25519: bytes) -> Contact | None:
    row = db.query_one(
        f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE x25519 = ? OR ed25519 = ?",
        (x25519, ed25519),
    )
    return _contact(row) if row else None


def find_contact_by_person(db: Database, person_id: int) -> Contact | None:
    row = db.query_one(f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE person_id = ?", (person_id,))
    return _contact(row) if row else None


def list_contacts(db: Database) -> list[Contact]:
    rows = db.query(
        f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY card_name COLLATE NOCASE, id"
    )
    return [_contact(r) for r in rows]


def set_verified(db: Database, contact_id: int, verified: bool) -> Contact:
    get_contact(db, contact_id)
    stamp = now()
    db.execute(
        "UPDATE contacts SET verified_at = ?, updated_at = ? WHERE id = ?",
        (stamp if verified else None, stamp, contact_id),
    )
    return get_contact(db, contact_id)


# -- packet ledger ---------------------------------------------------------------------------


def packet_known(db: Database, packet_id: str) -> bool:
    return db.query_one("SELECT 1 FROM packets WHERE packet_id = ?", (packet_id,)) is not None


def log_packet(
    db: Database,
    packet_id: str,
    direction: str,
    kind: str,
    contact_id: int | None,
    item_kind: str,
    item_id: int | None,
    size: int,
    sealed_at: str,
    recipients: list[tuple[bytes, bytes, int | None]],
) -> PacketRecord:
    if direction not in ("in", "out"):
        raise StorageError("a packet goes 'in' or 'out'")
    row_id = db.execute(
        "INSERT INTO packets (packet_id, direction, kind, contact_id, item_kind, item_id, size, "
        "sealed_at, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (packet_id, direction, kind, contact_id, item_kind, item_id, size, sealed_at, now()),
    )
    for x25519, ed25519, rcid in recipients:
        db.execute(
            "INSERT OR IGNORE INTO packet_recipients (packet_row, x25519, ed25519, contact_id) "
            "VALUES (?, ?, ?, ?)",
            (row_id, x25519, ed25519, rcid),
        )
    return get_packet(db, row_id)


def get_packet(db: Database, row_id: int) -> PacketRecord:
    row = db.query_one(f"SELECT {_PACKET_COLUMNS} FROM packets WHERE id = ?", (row_id,))
    if row is None:
        raise NotFound("there is no packet number {number}", number=row_id)
    return PacketRecord(*row)


def list_packets(
    db: Database, direction: str | None = None, limit: int = 200, offset: int = 0
) -> list[PacketRecord]:
    where = "WHERE direction = ?" if direction else ""
    params: tuple[object, ...] = (direction,) if direction else ()
    rows = db.query(
        f"SELECT {_PACKET_COLUMNS} FROM packets {where} "
        "ORDER BY logged_at DESC, id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [PacketRecord(*r) for r in rows]


def packet_recipients(db: Database, row_id: int) -> list[tuple[bytes, bytes, int | None]]:
    rows = db.query(
        "SELECT x25519, ed25519, contact_id FROM packet_recipients WHERE packet_row = ?",
        (row_id,),
    )
    return [(bytes(r[0]), bytes(r[1]), r[2]) for r in rows]


# -- exchange folder memory ------------------------------------------------------------------


def seen_outcome(db: Database, file_name: str, size: int, mtime_ns: int) -> str | None:
    row = db.query_one(
        "SELECT outcome FROM exchange_seen WHERE file_name = ? AND size = ? AND mtime_ns = ?",
        (file_name, size, mtime_ns),
    )
    return str(row[0]) if row else None


def remember_seen(db: Database, file_name: str, size: int, mtime_ns: int, outcome: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO exchange_seen (file_name, size, mtime_ns, outcome) "
        "VALUES (?, ?, ?, ?)",
        (file_name, size, mtime_ns, outcome),
    )


def forget_seen(db: Database, outcome: str) -> None:
    db.execute("DELETE FROM exchange_seen WHERE outcome = ?", (outcome,))
