"""Retention: a record may carry a keep-until date; once it has passed, the record is purged.

The dates live in the ``retention`` table (schema version 8). Purging deletes the rows with
``secure_delete`` on (freed pages are zeroed) and FTS5 ``secure-delete`` (the search index
forgets the words), cascades to what the record owns (a dialogue's rounds and notes, a paper's
chunks), then checkpoints the WAL so no old page survives in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.db import Database

#: kind → table; a dialogue's purge takes its rounds and notes with it (ON DELETE CASCADE).
TABLES = {
    "dialogue": "dialogues",
    "session": "sessions",
    "person": "people",
    "note": "notes",
    "paper": "papers",
}
#: What can be deleted at once: the kinds above, and working groups (with their memberships
#: and compartments) and draft proposals (with every revision and the working copy), which
#: carry no keep-until date.
DELETABLE = {**TABLES, "group": "working_groups", "proposal": "proposals"}


@dataclass(frozen=True)
class Kept:
    kind: str
    record_id: int
    keep_until: str  # YYYY-MM-DD: the record is purged once this day has passed


def set_keep_until(db: Database, kind: str, record_id: int, keep_until: str | None) -> None:
    if keep_until is None:
        db.execute("DELETE FROM retention WHERE kind = ? AND record_id = ?", (kind, record_id))
    else:
        db.execute(
            "INSERT INTO retention (kind, record_id, keep_until) VALUES (?, ?, ?) "
            "ON CONFLICT (kind, record_id) DO UPDATE SET keep_until = excluded.keep_until",
            (kind, record_id, keep_until),
        )


def get_keep_until(db: Database, kind: str, record_id: int) -> str | None:
    row = db.query_one(
        "SELECT keep_until FROM retention WHERE kind = ? AND record_id = ?", (kind, record_id)
    )
    return str(row[0]) if row else None


def list_kept(db: Database) -> list[Kept]:
    rows = db.query("SELECT kind, record_id, keep_until FROM retention ORDER BY keep_until, kind")
    return [Kept(str(r[0]), int(r[1]), str(r[2])) for r in rows]


def expired(db: Database, today: str) -> list[Kept]:
    """Records whose keep-until day is before ``today`` (YYYY-MM-DD)."""
    rows = db.query(
        "SELECT kind, record_id, keep_until FROM retention WHERE keep_until < ? "
        "ORDER BY keep_until, kind",
        (today,),
    )
    return [Kept(str(r[0]), int(r[1]), str(r[2])) for r in rows]


def uid_of(db: Database, kind: str, record_id: int) -> str | None:
    row = db.query_one(f"SELECT uid FROM {DELETABLE[kind]} WHERE id = ?", (record_id,))
    return str(row[0]) if row else None


def purge(db: Database, kept: Kept) -> None:
    """Delete one record (inside the caller's transaction) and its retention row."""
    db.execute(f"DELETE FROM {DELETABLE[kept.kind]} WHERE id = ?", (kept.record_id,))
    if kept.kind in TABLES:
        set_keep_until(db, kept.kind, kept.record_id, None)


def checkpoint(db: Database) -> None:
    """Move the WAL into the database file and empty it, so deleted pages leave the WAL too."""
    db.query("PRAGMA wal_checkpoint(TRUNCATE)")
