"""SQL for the vault's records: dialogues, sessions, people, notes, working groups.

Each record type is a table with the same shape of columns (``id``, ``uid``, …, ``created_at``,
``updated_at``), so one small table description drives insert, update, get and list. Every list
is served by an index (docs/performance notes: a full scan under SQLCipher costs ~10x).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from crypto.errors import Message
from storage.db import Database, Row
from storage.errors import NotFound
from storage.models import (
    Dialogue,
    Note,
    NoteSummary,
    Person,
    PersonChoice,
    Session,
    WorkingGroup,
)

T = TypeVar("T")


def now() -> str:
    """The current time as ISO 8601 UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Table(Generic[T]):
    """How one record type maps onto its table."""

    name: str
    label: Message  # used in messages: "no dialogue 7"
    fields: tuple[str, ...]  # editable columns, in dataclass order after id and uid
    order_by: str
    build: Callable[[Row], T]
    #: columns kept by the vault itself, computed from the record's fields on every write
    derived: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None

    @property
    def columns(self) -> str:
        return ", ".join(("id", "uid", *self.fields, "created_at", "updated_at"))


def _bool_field(index: int) -> Callable[[Row], Row]:
    def convert(row: Row) -> Row:
        return (*row[:index], bool(row[index]), *row[index + 1 :])

    return convert


DIALOGUES: Table[Dialogue] = Table(
    "dialogues",
    Message("dialogue"),
    ("title", "description", "goal", "status"),
    "updated_at DESC, id DESC",
    lambda r: Dialogue(*r),
)
SESSIONS: Table[Session] = Table(
    "sessions",
    Message("session"),
    ("dialogue_id", "round_no", "title", "starts_on", "place", "mode", "summary"),
    "dialogue_id, round_no",
    lambda r: Session(*r),
)
PEOPLE: Table[Person] = Table(
    "people",
    Message("person"),
    ("name", "affiliation", "side", "track", "proximity", "contact", "attribution", "notes"),
    "name COLLATE NOCASE, id",
    lambda r: Person(*r),
)
#: Characters of a note's first line kept for the list (it shows up to 60 and an ellipsis).
PREVIEW_CHARS = 80


def note_preview(title: str, body: str) -> str:
    """What the notes list shows for a note without a title: the first line of its body.

    Empty for a note with a title (the list shows the title), so the list's indexes do not hold
    a second copy of text they never show.
    """
    if title.strip():
        return ""
    for line in body.splitlines():
        if line.strip():
            return line.strip()[:PREVIEW_CHARS]
    return ""


_note_row = _bool_field(7)
NOTES: Table[Note] = Table(
    "notes",
    Message("note"),
    ("dialogue_id", "session_id", "title", "body", "kind", "attributable"),
    "updated_at DESC, id DESC",
    lambda r: Note(*_note_row(r)),
    lambda f: {"preview": note_preview(f.get("title") or "", f.get("body") or "")},
)


def insert(db: Database, table: Table[T], values: Mapping[str, Any]) -> T:
    """Insert a record; unknown keys are a programming error."""
    unknown = set(values) - set(table.fields)
    if unknown:
        raise ValueError(f"unknown {table.label} fields: {sorted(unknown)}")
    stamp = now()
    values = {**values, **(table.derived(values) if table.derived else {})}
    cols = [*values.keys(), "uid", "created_at", "updated_at"]
    params = [*values.values(), str(uuid.uuid4()), stamp, stamp]
    marks = ", ".join("?" for _ in cols)
    rowid = db.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({marks})", params)
    return get(db, table, rowid)


def update(db: Database, table: Table[T], record_id: int, values: Mapping[str, Any]) -> T:
    """Change some fields of a record and bump its ``updated_at``."""
    unknown = set(values) - set(table.fields)
    if unknown:
        raise ValueError(f"unknown {table.label} fields: {sorted(unknown)}")
    current = get(db, table, record_id)
    if values and table.derived:
        fields = {name: getattr(current, name) for name in table.fields}
        values = {**values, **table.derived({**fields, **values})}
    if values:
        sets = ", ".join(f"{key} = ?" for key in values)
        db.execute(
            f"UPDATE {table.name} SET {sets}, updated_at = ? WHERE id = ?",
            [*values.values(), now(), record_id],
        )
    return get(db, table, record_id)


def get(db: Database, table: Table[T], record_id: int) -> T:
    row = db.query_one(f"SELECT {table.columns} FROM {table.name} WHERE id = ?", (record_id,))
    if row is None:
        raise NotFound("there is no {record} number {number}", record=table.label, number=record_id)
    return table.build(row)


def list_all(
    db: Database,
    table: Table[T],
    where: str = "",
    params: tuple[Any, ...] = (),
    limit: int = 200,
    offset: int = 0,
) -> list[T]:
    clause = f"WHERE {where}" if where else ""
    rows = db.query(
        f"SELECT {table.columns} FROM {table.name} {clause} "
        f"ORDER BY {table.order_by} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [table.build(r) for r in rows]


def list_note_summaries(
    db: Database,
    dialogue_id: int | None = None,
    session_id: int | None = None,
    after: NoteSummary | None = None,
    limit: int = 50,
) -> list[NoteSummary]:
    """A page of the notes list, newest first: of a session, else of a dialogue, else all.

    ``after`` is the last row of the previous page; the next page starts below it (by
    ``updated_at`` then ``id``, so rows changed in between are neither skipped nor repeated
    within one listing). Served by the covering indexes of schema version 9: no note body is
    read.
    """
    where: list[str] = []
    params: list[object] = []
    if session_id is not None:
        where.append("session_id = ?")
        params.append(session_id)
    elif dialogue_id is not None:
        where.append("dialogue_id = ?")
        params.append(dialogue_id)
    if after is not None:
        where.append("(updated_at, id) < (?, ?)")
        params.extend((after.updated_at, after.id))
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    rows = db.query(
        f"SELECT id, title, kind, updated_at, preview FROM notes {clause} "
        "ORDER BY updated_at DESC, id DESC LIMIT ?",
        (*params, limit),
    )
    return [NoteSummary(*r) for r in rows]


def people_to_choose(db: Database) -> list[PersonChoice]:
    """Everyone by name, as a picker shows them (a third of the time of whole records)."""
    rows = db.query(f"SELECT id, name, side FROM people ORDER BY {PEOPLE.order_by}")
    return [PersonChoice(*r) for r in rows]


def list_people_page(db: Database, after: Person | None = None, limit: int = 50) -> list[Person]:
    """A page of people by name (case-insensitive), then id; ``after`` is the last row of the
    previous page. Served by ``people_by_name``."""
    where = ""
    params: tuple[object, ...] = ()
    if after is not None:
        # Spelled out rather than as a row value, which SQLite answers by scanning the index.
        where = "WHERE name COLLATE NOCASE >= ?1 AND (name COLLATE NOCASE > ?1 OR id > ?2)"
        params = (after.name, after.id)
    rows = db.query(
        f"SELECT {PEOPLE.columns} FROM people {where} ORDER BY {PEOPLE.order_by} LIMIT ?",
        (*params, limit),
    )
    return [PEOPLE.build(r) for r in rows]


def person_names(db: Database, person_ids: Iterable[int]) -> dict[int, str]:
    """``{id: name}`` of these people; ids of people no longer in the vault are left out."""
    wanted = sorted(set(person_ids))
    names: dict[int, str] = {}
    for start in range(0, len(wanted), 500):  # under SQLite's limit on parameters
        batch = wanted[start : start + 500]
        marks = ", ".join("?" for _ in batch)
        for pid, name in db.query(f"SELECT id, name FROM people WHERE id IN ({marks})", batch):
            names[int(pid)] = str(name)
    return names


def count(db: Database, table: Table[Any]) -> int:
    row = db.query_one(f"SELECT count(*) FROM {table.name}")
    return int(row[0]) if row else 0


def next_round(db: Database, dialogue_id: int) -> int:
    row = db.query_one(
        "SELECT coalesce(max(round_no), 0) + 1 FROM sessions WHERE dialogue_id = ?", (dialogue_id,)
    )
    return int(row[0]) if row else 1


def set_attendance(db: Database, session_id: int, person_ids: list[int]) -> None:
    db.execute("DELETE FROM attendance WHERE session_id = ?", (session_id,))
    for pid in dict.fromkeys(person_ids):
        db.execute(
            "INSERT INTO attendance (session_id, person_id) VALUES (?, ?)", (session_id, pid)
        )


def attendance(db: Database, session_id: int) -> list[int]:
    rows = db.query(
        "SELECT a.person_id FROM attendance a JOIN people p ON p.id = a.person_id "
        "WHERE a.session_id = ? ORDER BY p.name COLLATE NOCASE",
        (session_id,),
    )
    return [int(r[0]) for r in rows]


# Working groups carry a member list, so they are read with their members.

_GROUP_COLUMNS = "id, uid, dialogue_id, name, description, created_at, updated_at"


def _group(db: Database, row: Row) -> WorkingGroup:
    members = db.query(
        "SELECT m.person_id FROM group_members m JOIN people p ON p.id = m.person_id "
        "WHERE m.group_id = ? ORDER BY p.name COLLATE NOCASE",
        (row[0],),
    )
    return WorkingGroup(
        id=row[0],
        uid=row[1],
        dialogue_id=row[2],
        name=row[3],
        description=row[4],
        member_ids=tuple(int(m[0]) for m in members),
        created_at=row[5],
        updated_at=row[6],
    )


def insert_group(
    db: Database, name: str, description: str, dialogue_id: int | None, member_ids: list[int]
) -> WorkingGroup:
    stamp = now()
    gid = db.execute(
        "INSERT INTO working_groups (uid, dialogue_id, name, description, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), dialogue_id, name, description, stamp, stamp),
    )
    set_group_members(db, gid, member_ids)
    return get_group(db, gid)


def set_group_members(db: Database, group_id: int, member_ids: list[int]) -> None:
    db.execute("DELETE FROM group_members WHERE group_id = ?", (group_id,))
    for pid in dict.fromkeys(member_ids):
        db.execute("INSERT INTO group_members (group_id, person_id) VALUES (?, ?)", (group_id, pid))
    db.execute("UPDATE working_groups SET updated_at = ? WHERE id = ?", (now(), group_id))


def get_group(db: Database, group_id: int) -> WorkingGroup:
    row = db.query_one(f"SELECT {_GROUP_COLUMNS} FROM working_groups WHERE id = ?", (group_id,))
    if row is None:
        raise NotFound("there is no working group number {number}", number=group_id)
    return _group(db, row)


def list_groups(db: Database) -> list[WorkingGroup]:
    rows = db.query(f"SELECT {_GROUP_COLUMNS} FROM working_groups ORDER BY name COLLATE NOCASE")
    return [_group(db, r) for r in rows]
