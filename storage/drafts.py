"""SQL for draft proposals and their immutable revisions (schema version 5), and the text
typed into a proposal and not yet saved (working copies, version 11).

A proposal row changes (title, status, head); a revision row never does: it is inserted once,
and a trigger refuses any UPDATE. Inserting a revision whose uid is already stored does nothing,
so the same revision arriving twice (or made identically in two vaults) is kept once.
"""

from __future__ import annotations

import uuid
from typing import Any

from storage.db import Database, Row
from storage.errors import NotFound, StorageError
from storage.models import Proposal, Revision, WorkingCopy
from storage.records import now

_PROPOSAL_COLUMNS = (
    "id, uid, dialogue_id, title, status, contact_id, head_uid, incoming_uid, "
    "created_at, updated_at"
)
_REVISION_COLUMNS = (
    "id, uid, proposal_id, parent1, parent2, generation, author_name, author_x25519, "
    "author_ed25519, created_at, message, body"
)
_PROPOSAL_FIELDS = ("title", "status", "dialogue_id", "contact_id", "head_uid", "incoming_uid")
#: a uid prefix must be at least this long to name a revision
MIN_PREFIX = 4


def _proposal(row: Row) -> Proposal:
    return Proposal(*row)


def _revision(row: Row) -> Revision:
    parents = tuple(p for p in (row[3], row[4]) if p)
    return Revision(
        id=row[0],
        uid=row[1],
        proposal_id=row[2],
        parents=parents,
        generation=row[5],
        author_name=row[6],
        author_x25519=bytes(row[7]),
        author_ed25519=bytes(row[8]),
        created_at=row[9],
        message=row[10],
        body=row[11],
    )


# -- proposals -------------------------------------------------------------------------------


def insert_proposal(
    db: Database,
    title: str,
    dialogue_id: int | None = None,
    contact_id: int | None = None,
    status: str = "draft",
    uid: str | None = None,
) -> Proposal:
    """A new proposal; ``uid`` is given when the proposal arrived from a co-drafter."""
    stamp = now()
    pid = db.execute(
        "INSERT INTO proposals (uid, dialogue_id, title, status, contact_id, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (uid or str(uuid.uuid4()), dialogue_id, title, status, contact_id, stamp, stamp),
    )
    return get_proposal(db, pid)


def get_proposal(db: Database, proposal_id: int) -> Proposal:
    row = db.query_one(f"SELECT {_PROPOSAL_COLUMNS} FROM proposals WHERE id = ?", (proposal_id,))
    if row is None:
        raise NotFound("there is no draft proposal number {number}", number=proposal_id)
    return _proposal(row)


def find_proposal(db: Database, uid: str) -> Proposal | None:
    row = db.query_one(f"SELECT {_PROPOSAL_COLUMNS} FROM proposals WHERE uid = ?", (uid,))
    return _proposal(row) if row else None


def list_proposals(db: Database, limit: int = 200, offset: int = 0) -> list[Proposal]:
    rows = db.query(
        f"SELECT {_PROPOSAL_COLUMNS} FROM proposals ORDER BY updated_at DESC, id DESC "
        "LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [_proposal(r) for r in rows]


def update_proposal(db: Database, proposal_id: int, **values: Any) -> Proposal:
    """Change a proposal's mutable fields (title, status, co-drafter, head, incoming head)."""
    unknown = set(values) - set(_PROPOSAL_FIELDS)
    if unknown:
        raise ValueError(f"unknown proposal fields: {sorted(unknown)}")
    get_proposal(db, proposal_id)
    if values:
        sets = ", ".join(f"{key} = ?" for key in values)
        db.execute(
            f"UPDATE proposals SET {sets}, updated_at = ? WHERE id = ?",
            [*values.values(), now(), proposal_id],
        )
    return get_proposal(db, proposal_id)


# -- revisions -------------------------------------------------------------------------------


def insert_revision(
    db: Database,
    uid: str,
    proposal_id: int,
    parents: tuple[str, ...],
    generation: int,
    author_name: str,
    author_x25519: bytes,
    author_ed25519: bytes,
    created_at: str,
    message: str,
    body: str,
) -> tuple[Revision, bool]:
    """Store a revision once; return it and whether it was new."""
    if len(parents) > 2:
        raise StorageError("a revision has at most two parents")
    existing = find_revision(db, uid)
    if existing is not None:
        if existing.proposal_id != proposal_id:
            raise StorageError("that revision belongs to another proposal")
        return existing, False
    padded = (*parents, None, None)[:2]
    rid = db.execute(
        f"INSERT INTO revisions ({_REVISION_COLUMNS.removeprefix('id, ')}, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            proposal_id,
            padded[0],
            padded[1],
            generation,
            author_name,
            author_x25519,
            author_ed25519,
            created_at,
            message,
            body,
            now(),
        ),
    )
    return get_revision(db, rid), True


def get_revision(db: Database, revision_id: int) -> Revision:
    row = db.query_one(f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE id = ?", (revision_id,))
    if row is None:
        raise NotFound("there is no revision number {number}", number=revision_id)
    return _revision(row)


def find_revision(db: Database, uid: str) -> Revision | None:
    row = db.query_one(f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE uid = ?", (uid,))
    return _revision(row) if row else None


def revisions_by_prefix(db: Database, prefix: str, limit: int = 2) -> list[Revision]:
    """Revisions whose uid starts with ``prefix`` (lowercase hex), served by the uid index."""
    prefix = prefix.lower()
    if len(prefix) < MIN_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
        return []
    rows = db.query(
        f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE uid >= ? AND uid < ? "
        "ORDER BY uid LIMIT ?",
        (prefix, prefix + "g", limit),
    )
    return [_revision(r) for r in rows]


def list_revisions(db: Database, proposal_id: int) -> list[Revision]:
    """Every revision of a proposal, oldest generation first."""
    rows = db.query(
        f"SELECT {_REVISION_COLUMNS} FROM revisions WHERE proposal_id = ? ORDER BY generation, id",
        (proposal_id,),
    )
    return [_revision(r) for r in rows]


def revision_graph(db: Database, proposal_id: int) -> dict[str, tuple[tuple[str, ...], int]]:
    """uid -> (parent uids, generation) for every revision of a proposal, without the texts."""
    rows = db.query(
        "SELECT uid, parent1, parent2, generation FROM revisions WHERE proposal_id = ? "
        "ORDER BY generation, id",
        (proposal_id,),
    )
    return {r[0]: (tuple(p for p in (r[1], r[2]) if p), int(r[3])) for r in rows}


# -- what each contact is known to hold ------------------------------------------------------


def mark_known(db: Database, contact_id: int, revision_uids: list[str]) -> None:
    for uid in revision_uids:
        db.execute(
            "INSERT OR IGNORE INTO revision_known (contact_id, revision_id) "
            "SELECT ?, id FROM revisions WHERE uid = ?",
            (contact_id, uid),
        )


def known_to(db: Database, contact_id: int, proposal_id: int) -> set[str]:
    rows = db.query(
        "SELECT r.uid FROM revision_known k JOIN revisions r ON r.id = k.revision_id "
        "WHERE k.contact_id = ? AND r.proposal_id = ?",
        (contact_id, proposal_id),
    )
    return {str(r[0]) for r in rows}


def forget_known(db: Database, contact_id: int, proposal_id: int) -> None:
    """Forget what a contact holds of a proposal (the next send carries everything)."""
    db.execute(
        "DELETE FROM revision_known WHERE contact_id = ? AND revision_id IN "
        "(SELECT id FROM revisions WHERE proposal_id = ?)",
        (contact_id, proposal_id),
    )


# -- working copies (schema version 11) ------------------------------------------------------


def set_working_copy(db: Database, proposal_id: int, base_uid: str | None, body: str) -> None:
    """Keep ``body``, typed on revision ``base_uid`` and not saved as a revision (one per
    proposal: a newer one replaces it)."""
    db.execute(
        "INSERT INTO working_copies (proposal_id, base_uid, body, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (proposal_id) DO UPDATE SET base_uid = excluded.base_uid, "
        "body = excluded.body, saved_at = excluded.saved_at",
        (proposal_id, base_uid, body, now()),
    )


def get_working_copy(db: Database, proposal_id: int) -> WorkingCopy | None:
    row = db.query_one(
        "SELECT proposal_id, base_uid, body, saved_at FROM working_copies WHERE proposal_id = ?",
        (proposal_id,),
    )
    return WorkingCopy(*row) if row is not None else None


def drop_working_copy(db: Database, proposal_id: int) -> None:
    db.execute("DELETE FROM working_copies WHERE proposal_id = ?", (proposal_id,))
