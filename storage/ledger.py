"""SQL for need-to-know (schema version 6): code names, paper compartments, key changes of
contacts, acknowledgement preferences, and the distribution ledger's queries.

The packets themselves are logged by :mod:`storage.contacts` (tables ``packets`` and
``packet_recipients``); this module adds what a packet carried (the head revision of a
proposal packet) and who acknowledged it.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Database, Row
from storage.errors import NotFound, StorageError
from storage.records import now

# -- code names ------------------------------------------------------------------------------


def code_name(db: Database, person_id: int) -> str:
    row = db.query_one("SELECT code_name FROM code_names WHERE person_id = ?", (person_id,))
    return str(row[0]) if row else ""


def code_names(db: Database) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in db.query("SELECT person_id, code_name FROM code_names")}


def set_code_name(db: Database, person_id: int, name: str) -> None:
    """Give a person a code name ("" removes it); unique in the vault, whatever the case."""
    if not name:
        db.execute("DELETE FROM code_names WHERE person_id = ?", (person_id,))
        return
    taken = db.query_one(
        "SELECT person_id FROM code_names WHERE code_name = ? AND person_id != ?",
        (name, person_id),
    )
    if taken is not None:
        raise StorageError("another person already has this code name")
    db.execute(
        "INSERT INTO code_names (person_id, code_name) VALUES (?, ?) "
        "ON CONFLICT (person_id) DO UPDATE SET code_name = excluded.code_name",
        (person_id, name),
    )


def groups_of_person(db: Database, person_id: int) -> set[int]:
    rows = db.query("SELECT group_id FROM group_members WHERE person_id = ?", (person_id,))
    return {int(r[0]) for r in rows}


# -- compartments ----------------------------------------------------------------------------


def compartments(db: Database, paper_id: int) -> list[int]:
    rows = db.query(
        "SELECT group_id FROM paper_compartments WHERE paper_id = ? ORDER BY group_id",
        (paper_id,),
    )
    return [int(r[0]) for r in rows]


def set_compartments(db: Database, paper_id: int, group_ids: list[int]) -> None:
    db.execute("DELETE FROM paper_compartments WHERE paper_id = ?", (paper_id,))
    for gid in dict.fromkeys(group_ids):
        db.execute(
            "INSERT INTO paper_compartments (paper_id, group_id) VALUES (?, ?)", (paper_id, gid)
        )


def papers_restricted_to_only(db: Database, group_id: int) -> int:
    """How many papers may be shared with this working group and no other."""
    row = db.query_one(
        "SELECT count(*) FROM paper_compartments AS mine WHERE mine.group_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM paper_compartments AS other "
        "WHERE other.paper_id = mine.paper_id AND other.group_id != mine.group_id)",
        (group_id,),
    )
    return int(row[0]) if row else 0


def members_of_groups(db: Database, group_ids: list[int]) -> set[int]:
    """Person ids of every member of the given groups."""
    found: set[int] = set()
    for gid in group_ids:
        rows = db.query("SELECT person_id FROM group_members WHERE group_id = ?", (gid,))
        found |= {int(r[0]) for r in rows}
    return found


# -- key changes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyChange:
    """A card that arrived with other keys for a known contact."""

    id: int
    contact_id: int
    old_x25519: bytes
    old_ed25519: bytes
    new_x25519: bytes
    new_ed25519: bytes
    new_card: bytes
    new_card_name: str
    detected_at: str
    resolved_at: str | None
    resolution: str | None


_CHANGE_COLUMNS = (
    "id, contact_id, old_x25519, old_ed25519, new_x25519, new_ed25519, new_card, "
    "new_card_name, detected_at, resolved_at, resolution"
)


def _change(row: Row) -> KeyChange:
    return KeyChange(
        id=row[0],
        contact_id=row[1],
        old_x25519=bytes(row[2]),
        old_ed25519=bytes(row[3]),
        new_x25519=bytes(row[4]),
        new_ed25519=bytes(row[5]),
        new_card=bytes(row[6]),
        new_card_name=row[7],
        detected_at=row[8],
        resolved_at=row[9],
        resolution=row[10],
    )


def open_key_change(db: Database, contact_id: int) -> KeyChange | None:
    row = db.query_one(
        f"SELECT {_CHANGE_COLUMNS} FROM key_changes WHERE contact_id = ? AND resolved_at IS NULL",
        (contact_id,),
    )
    return _change(row) if row else None


def key_changes(db: Database, contact_id: int) -> list[KeyChange]:
    """Every key change of a contact, oldest first (resolved ones keep the old keys)."""
    rows = db.query(
        f"SELECT {_CHANGE_COLUMNS} FROM key_changes WHERE contact_id = ? ORDER BY id",
        (contact_id,),
    )
    return [_change(r) for r in rows]


def find_open_change_by_new_keys(db: Database, x25519: bytes, ed25519: bytes) -> KeyChange | None:
    row = db.query_one(
        f"SELECT {_CHANGE_COLUMNS} FROM key_changes WHERE new_x25519 = ? AND new_ed25519 = ? "
        "AND resolved_at IS NULL",
        (x25519, ed25519),
    )
    return _change(row) if row else None


def record_key_change(
    db: Database,
    contact_id: int,
    old: tuple[bytes, bytes],
    new: tuple[bytes, bytes],
    card: bytes,
    card_name: str,
) -> KeyChange:
    """Record (or replace) the open key change of a contact."""
    db.execute(
        "DELETE FROM key_changes WHERE contact_id = ? AND resolved_at IS NULL", (contact_id,)
    )
    row_id = db.execute(
        "INSERT INTO key_changes (contact_id, old_x25519, old_ed25519, new_x25519, new_ed25519, "
        "new_card, new_card_name, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (contact_id, old[0], old[1], new[0], new[1], card, card_name, now()),
    )
    row = db.query_one(f"SELECT {_CHANGE_COLUMNS} FROM key_changes WHERE id = ?", (row_id,))
    assert row is not None
    return _change(row)


def resolve_key_change(db: Database, change_id: int, resolution: str) -> None:
    if resolution not in ("accepted", "rejected"):
        raise StorageError("a key change is accepted or rejected")
    db.execute(
        "UPDATE key_changes SET resolved_at = ?, resolution = ? WHERE id = ? "
        "AND resolved_at IS NULL",
        (now(), resolution, change_id),
    )


def replace_contact_keys(
    db: Database, contact_id: int, x25519: bytes, ed25519: bytes, card: bytes, card_name: str
) -> None:
    """Give a contact its new keys, verified now (the user just compared them)."""
    if db.query_one("SELECT 1 FROM contacts WHERE id = ?", (contact_id,)) is None:
        raise NotFound("there is no contact number {number}", number=contact_id)
    stamp = now()
    db.execute(
        "UPDATE contacts SET x25519 = ?, ed25519 = ?, card = ?, card_name = ?, verified_at = ?, "
        "updated_at = ? WHERE id = ?",
        (x25519, ed25519, card, card_name, stamp, stamp, contact_id),
    )


# -- acknowledgement preferences ---------------------------------------------------------------


def sends_acks(db: Database, contact_id: int) -> bool:
    row = db.query_one("SELECT send_acks FROM contact_prefs WHERE contact_id = ?", (contact_id,))
    return True if row is None else bool(row[0])


def set_sends_acks(db: Database, contact_id: int, allowed: bool) -> None:
    db.execute(
        "INSERT INTO contact_prefs (contact_id, send_acks) VALUES (?, ?) "
        "ON CONFLICT (contact_id) DO UPDATE SET send_acks = excluded.send_acks",
        (contact_id, 1 if allowed else 0),
    )


# -- the distribution ledger -----------------------------------------------------------------


def record_packet_revision(db: Database, packet_row: int, revision_uid: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO packet_revisions (packet_row, revision_uid) VALUES (?, ?)",
        (packet_row, revision_uid),
    )


@dataclass(frozen=True)
class Delivery:
    """One recipient of one packet we sealed (ourselves excluded)."""

    packet_row: int
    packet_id: str
    sealed_at: str
    item_kind: str
    item_id: int | None
    revision_uid: str  # the head revision a proposal packet carried; "" otherwise
    x25519: bytes
    ed25519: bytes
    contact_id: int | None
    acked_at: str | None


def deliveries(db: Database, item_kind: str, item_id: int) -> list[Delivery]:
    """Every recipient of every packet we sealed of this item, oldest packet first."""
    rows = db.query(
        "SELECT p.id, p.packet_id, p.sealed_at, p.item_kind, p.item_id, "
        "coalesce(v.revision_uid, ''), r.x25519, r.ed25519, r.contact_id, r.acked_at "
        "FROM packets p JOIN packet_recipients r ON r.packet_row = p.id "
        "LEFT JOIN packet_revisions v ON v.packet_row = p.id "
        "WHERE p.item_kind = ? AND p.item_id = ? AND p.direction = 'out' "
        "AND r.contact_id IS NOT NULL ORDER BY p.id, r.contact_id",
        (item_kind, item_id),
    )
    return [
        Delivery(r[0], r[1], r[2], r[3], r[4], r[5], bytes(r[6]), bytes(r[7]), r[8], r[9])
        for r in rows
    ]


def out_packet_row(db: Database, packet_id: str) -> int | None:
    row = db.query_one(
        "SELECT id FROM packets WHERE packet_id = ? AND direction = 'out'", (packet_id,)
    )
    return int(row[0]) if row else None


def mark_acknowledged(
    db: Database, packet_row: int, x25519: bytes, ed25519: bytes, ack_packet_id: str, at: str
) -> bool:
    """Mark one recipient of one of our packets as having acknowledged it; False when that
    key was not among the packet's recipients. A later ack does not move the first time."""
    row = db.query_one(
        "SELECT acked_at FROM packet_recipients WHERE packet_row = ? AND x25519 = ? "
        "AND ed25519 = ?",
        (packet_row, x25519, ed25519),
    )
    if row is None:
        return False
    if row[0] is None:
        db.execute(
            "UPDATE packet_recipients SET acked_at = ?, ack_packet_id = ? WHERE packet_row = ? "
            "AND x25519 = ?",
            (at, ack_packet_id, packet_row, x25519),
        )
    return True
