"""Claims of storage/schema.py: forward-only migrations on real data.

tests/fixtures/vault-v1 is a vault written at schema version 1 (before full-text search), never
regenerated; every test works on a copy in tmp_path.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto.kdf import derive_subkey
from storage import keyslots, papers, schema, search
from storage import records as rec
from storage.db import Database
from storage.errors import StorageError, UnsupportedVersion
from storage.vault import DB_KEY_LABEL, Passphrase, Vault
from tests.conftest import FAST_KDF

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v1"
PASSPHRASE = "lantern orchard basalt quietly 1987"
V1_TABLES = (
    "meta",
    "identity",
    "dialogues",
    "sessions",
    "people",
    "attendance",
    "notes",
    "papers",
    "paper_chunks",
    "working_groups",
    "group_members",
    "audit_log",
)


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, folder)
    return folder


@pytest.fixture
def old_db(old_folder: Path) -> Iterator[Database]:
    """The schema-1 database, opened directly (no migration yet)."""
    slots = keyslots.read(old_folder)
    opened = slots.try_unwrap(slots.passphrase_slot_key(PASSPHRASE))
    assert opened is not None
    db = Database(old_folder / "vault.db", derive_subkey(opened.master_key, DB_KEY_LABEL))
    yield db
    db.close()


def _contents(
    db: Database,
    tables: tuple[str, ...] = V1_TABLES,
    columns: dict[str, list[str]] | None = None,
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of ``tables``: all columns, or those named in ``columns`` (the columns a table
    had before a migration added some)."""
    columns = columns or {}
    return {
        t: db.query(f"SELECT {', '.join(columns.get(t, ['*']))} FROM {t} ORDER BY 1, 2")
        for t in tables
    }


def _columns(db: Database, tables: tuple[str, ...] = V1_TABLES) -> dict[str, list[str]]:
    return {t: [str(r[1]) for r in db.query(f"PRAGMA table_info({t})")] for t in tables}


def _schema_sql(db: Database) -> list[tuple[object, ...]]:
    return db.query("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")


def test_fixture_is_at_schema_1_with_records_in_it(old_db: Database) -> None:
    assert old_db.user_version() == 1
    contents = _contents(old_db)
    for table in ("dialogues", "people", "sessions", "attendance", "notes", "audit_log"):
        assert contents[table], f"the fixture has no {table}"
    assert old_db.query("SELECT name FROM sqlite_master WHERE name = 'search_index'") == []


def test_migrating_from_1_keeps_every_record_unchanged(old_db: Database) -> None:
    before, columns = _contents(old_db), _columns(old_db)
    assert schema.migrate(old_db) == 1
    assert old_db.user_version() == schema.CURRENT_VERSION
    assert _contents(old_db, columns=columns) == before


def test_migrating_from_1_back_fills_the_search_index(old_db: Database) -> None:
    with old_db.transaction():  # a paper stored by a schema-1 vault, before any trigger existed
        paper = papers.store(old_db, "Quota annex", "annex.pdf", "application/pdf", None, [b"%"])
    schema.migrate(old_db)
    notes = rec.list_all(old_db, rec.NOTES)
    people = rec.list_all(old_db, rec.PEOPLE)
    indexed = old_db.query("SELECT kind, rid FROM search_index ORDER BY kind, rid")
    assert sorted(indexed) == sorted(
        [("note", n.id) for n in notes] + [("person", p.id) for p in people] + [("paper", paper.id)]
    )
    assert [(h.kind, h.id) for h in search.search(old_db, "annex")] == [("paper", paper.id)]
    [note] = notes
    assert sorted((h.kind, h.id) for h in search.search(old_db, "quota")) == [
        ("note", note.id),
        ("paper", paper.id),
    ]
    assert [h.title for h in search.search(old_db, "karimo")] == ["Nadia Karimova"]
    # Records made after the migration are indexed by the triggers.
    added = rec.insert(old_db, rec.NOTES, {"body": "Licences for the northern grounds."})
    assert [h.id for h in search.search(old_db, "licences")] == [added.id]


def test_migrating_twice_changes_nothing_the_second_time(old_db: Database) -> None:
    schema.migrate(old_db)
    tables = (*V1_TABLES, "search_index")
    contents, ddl = _contents(old_db, tables), _schema_sql(old_db)
    assert schema.migrate(old_db) == schema.CURRENT_VERSION
    assert old_db.user_version() == schema.CURRENT_VERSION
    assert _contents(old_db, tables) == contents
    assert _schema_sql(old_db) == ddl


def test_opening_an_old_vault_migrates_it_in_place_once(old_folder: Path) -> None:
    vault = Vault.open(old_folder, Passphrase(PASSPHRASE))
    try:
        assert vault.db.user_version() == schema.CURRENT_VERSION
        ddl = _schema_sql(vault.db)
    finally:
        vault.close()
    vault = Vault.open(old_folder, Passphrase(PASSPHRASE))
    try:
        assert _schema_sql(vault.db) == ddl
    finally:
        vault.close()


def test_migrations_only_go_forward(old_db: Database) -> None:
    schema.migrate(old_db)
    ddl = _schema_sql(old_db)
    assert schema.migrate(old_db, target=1) == schema.CURRENT_VERSION
    assert old_db.user_version() == schema.CURRENT_VERSION
    assert _schema_sql(old_db) == ddl


def test_a_failing_migration_leaves_the_vault_at_its_previous_version(
    old_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each migration runs in one transaction with its version bump: a failure half-way
    through version 2 leaves version 1 whole, with no half-made search index."""
    before = _contents(old_db)
    broken = schema.MIGRATIONS[1] + "\nINSERT INTO no_such_table VALUES (1);\n"
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    with pytest.raises(StorageError):
        schema.migrate(old_db, target=2)
    assert old_db.user_version() == 1
    assert old_db.query("SELECT name FROM sqlite_master WHERE name LIKE 'search_index%'") == []
    assert _contents(old_db) == before
    monkeypatch.undo()
    assert schema.migrate(old_db) == 1
    assert old_db.user_version() == schema.CURRENT_VERSION


def test_a_vault_from_a_newer_quietroom_is_refused_clearly_and_left_untouched(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, FAST_KDF, "Facilitator")
    newer = schema.CURRENT_VERSION + 1
    vault.db.execute(f"PRAGMA user_version = {newer}")
    vault.close()
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    with pytest.raises(UnsupportedVersion) as caught:
        Vault.open(folder, Passphrase(PASSPHRASE))
    message = str(caught.value)
    assert f"schema version {newer}" in message
    assert f"up to {schema.CURRENT_VERSION}" in message
    assert "newer version" in message
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_migrate_on_a_newer_database_raises_before_changing_anything(old_db: Database) -> None:
    old_db.execute("PRAGMA user_version = 999")
    with pytest.raises(UnsupportedVersion):
        schema.migrate(old_db)
    assert old_db.user_version() == 999
    assert old_db.query("SELECT name FROM sqlite_master WHERE name = 'search_index'") == []


def test_a_new_vault_has_every_table_the_format_documents(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    try:
        names = {str(r[0]) for r in vault.db.query("SELECT name FROM sqlite_master")}
        assert set(V1_TABLES) | {"search_index"} <= names
        assert vault.db.user_version() == schema.CURRENT_VERSION == len(schema.MIGRATIONS)
    finally:
        vault.close()


def _old_note(db: Database, title: str, body: str) -> int:
    """A note inserted as a version 1-8 vault held it (no list line column yet)."""
    return db.execute(
        "INSERT INTO notes (uid, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (f"uid-{title}-{len(body)}", title, body, "2026-01-01T00:00:00+00:00", "2026-01-02"),
    )


def test_version_4_purges_words_deleted_under_version_3_from_the_search_index(
    old_db: Database,
) -> None:
    schema.migrate(old_db, target=3)
    marker = "Vellichor9071"
    note_id = _old_note(old_db, "", f"soon gone {marker}")
    old_db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    # Under version 3 the deleted words linger in FTS5's segment blobs.
    lingering = old_db.query(
        "SELECT count(*) FROM search_index_data WHERE instr(block, ?) > 0",
        (marker.lower().encode(),),
    )
    assert lingering[0][0] > 0
    schema.migrate(old_db)
    assert old_db.user_version() == schema.CURRENT_VERSION >= 4
    config = old_db.query("SELECT v FROM search_index_config WHERE k = 'secure-delete'")
    assert config == [(1,)]
    gone = old_db.query(
        "SELECT count(*) FROM search_index_data WHERE instr(block, ?) > 0",
        (marker.lower().encode(),),
    )
    assert gone[0][0] == 0
    assert search.search(old_db, marker) == []


def test_version_9_fills_the_list_line_of_untitled_notes_and_serves_the_list_from_indexes(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "vault.db", bytes(range(32)))
    try:
        schema.migrate(db, target=8)
        untitled = _old_note(db, "", "\n   \n  Fishing quotas, first pass.  \nSecond line")
        titled = _old_note(db, "Round 2 summary", "Body that the list never shows")
        empty = _old_note(db, "", "  \n ")
        long = _old_note(db, "", "x" * 500)
        before = db.query("SELECT id, title, body, updated_at FROM notes ORDER BY id")

        assert schema.migrate(db) == 8
        assert db.query("SELECT id, title, body, updated_at FROM notes ORDER BY id") == before
        previews = dict(db.query("SELECT id, preview FROM notes"))
        assert previews == {
            untitled: "Fishing quotas, first pass.",
            titled: "",
            empty: "",
            long: "x" * rec.PREVIEW_CHARS,
        }
        for where in ("", "WHERE dialogue_id = 1", "WHERE session_id = 1"):
            plan = db.query(
                "EXPLAIN QUERY PLAN SELECT id, title, kind, updated_at, preview FROM notes "
                f"{where} ORDER BY updated_at DESC, id DESC LIMIT 50"
            )
            assert "USING COVERING INDEX" in str(plan[-1][-1]), plan
            assert "TEMP B-TREE" not in str(plan), plan  # read in index order, no sort
    finally:
        db.close()


def _paper_row(db: Database, uid: str, created_at: str) -> int:
    return db.execute(
        "INSERT INTO papers (uid, title, chunk_size, complete, created_at, updated_at) "
        "VALUES (?, ?, 1048576, 1, ?, ?)",
        (uid, f"Paper {uid}", created_at, created_at),
    )


def _sent(db: Database, packet_id: str, item_kind: str, item_id: int, logged_at: str) -> None:
    db.execute(
        "INSERT INTO packets (packet_id, direction, kind, item_kind, item_id, size, sealed_at, "
        "logged_at) VALUES (?, 'out', ?, ?, ?, 100, ?, ?)",
        (packet_id, item_kind, item_kind, item_id, logged_at, logged_at),
    )


def _items(db: Database) -> dict[str, int | None]:
    return dict(db.query("SELECT packet_id, item_id FROM packets"))


def test_version_12_unlinks_packets_from_items_deleted_or_replaced_under_a_reused_id(
    tmp_path: Path,
) -> None:
    db = Database(tmp_path / "vault.db", bytes(range(32)))
    try:
        schema.migrate(db, target=11)
        kept = _paper_row(db, "kept", "2026-03-01T09:00:00+00:00")
        _sent(db, "p-kept", "paper", kept, "2026-03-01T09:00:00+00:00")  # the same second
        gone = _paper_row(db, "gone", "2026-03-02T09:00:00+00:00")
        _sent(db, "p-gone", "paper", gone, "2026-03-02T10:00:00+00:00")
        db.execute("DELETE FROM papers WHERE id = ?", (gone,))
        # Under version 11 the next paper takes the deleted one's id and its deliveries.
        newer = _paper_row(db, "newer", "2026-03-05T09:00:00+00:00")
        assert newer == gone
        note = _old_note(db, "", "a note that was sent")
        _sent(db, "n-kept", "note", note, "2026-03-01T00:00:00+00:00")
        _sent(db, "n-gone", "note", note + 1, "2026-03-01T00:00:00+00:00")
        _sent(db, "card", "card", 0, "2026-03-01T00:00:00+00:00")

        assert schema.migrate(db) == 11
        assert _items(db) == {
            "p-kept": kept,
            "p-gone": None,
            "n-kept": note,
            "n-gone": None,
            "card": 0,  # not an item of a table: left alone
        }
    finally:
        db.close()


@pytest.mark.parametrize(
    ("item_kind", "table"), [("paper", "papers"), ("note", "notes"), ("proposal", "proposals")]
)
def test_a_deleted_item_leaves_the_ledger_so_a_reused_id_inherits_no_deliveries(
    tmp_path: Path, item_kind: str, table: str
) -> None:
    db = Database(tmp_path / "vault.db", bytes(range(32)))
    try:
        schema.migrate(db)
        day = "2026-03-01T09:00:00+00:00"
        if table == "papers":
            first = _paper_row(db, "first", day)
        elif table == "notes":
            first = _old_note(db, "first", "body")
        else:
            first = db.execute(
                "INSERT INTO proposals (uid, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                ("first", "Water annex", day, day),
            )
        _sent(db, "sent", item_kind, first, "2026-03-02T09:00:00+00:00")
        _sent(db, "other kind", "card", first, "2026-03-02T09:00:00+00:00")
        db.execute(f"DELETE FROM {table} WHERE id = ?", (first,))
        assert _items(db) == {"sent": None, "other kind": first}
    finally:
        db.close()
