"""Storage of draft proposals: revisions are stored once and never changed."""

from __future__ import annotations

import pytest

from app.vault import OpenVault
from storage import drafts, schema
from storage.db import Database
from storage.errors import NotFound, StorageError

KEY_X = bytes(range(32))
KEY_ED = bytes(range(32, 64))


def _revision(db: Database, proposal_id: int, uid: str, parents: tuple[str, ...] = ()) -> bool:
    _, new = drafts.insert_revision(
        db, uid, proposal_id, parents, len(parents) + 1, "Amira", KEY_X, KEY_ED,
        "2024-05-01T10:00:00+00:00", "first", "Text one.\n",
    )  # fmt: skip
    return new


def test_schema_five_creates_the_drafting_tables(vault: OpenVault) -> None:
    db = vault.storage.db
    assert db.user_version() == schema.CURRENT_VERSION >= 5
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"proposals", "revisions", "revision_known"} <= names


def test_same_revision_inserted_twice_is_stored_once(vault: OpenVault) -> None:
    db = vault.storage.db
    proposal = drafts.insert_proposal(db, "Water annex")
    assert _revision(db, proposal.id, "a" * 64) is True
    assert _revision(db, proposal.id, "a" * 64) is False
    assert [r.uid for r in drafts.list_revisions(db, proposal.id)] == ["a" * 64]


def test_a_stored_revision_cannot_be_changed(vault: OpenVault) -> None:
    db = vault.storage.db
    proposal = drafts.insert_proposal(db, "Water annex")
    _revision(db, proposal.id, "b" * 64)
    with pytest.raises(StorageError):
        db.execute("UPDATE revisions SET body = 'rewritten' WHERE uid = ?", ("b" * 64,))
    revision = drafts.find_revision(db, "b" * 64)
    assert revision is not None and revision.body == "Text one.\n"


def test_revision_of_another_proposal_with_the_same_uid_is_refused(vault: OpenVault) -> None:
    db = vault.storage.db
    first = drafts.insert_proposal(db, "One")
    second = drafts.insert_proposal(db, "Two")
    _revision(db, first.id, "c" * 64)
    with pytest.raises(StorageError):
        _revision(db, second.id, "c" * 64)


def test_revisions_are_found_by_uid_prefix_of_four_or_more_hex_digits(vault: OpenVault) -> None:
    db = vault.storage.db
    proposal = drafts.insert_proposal(db, "Water annex")
    _revision(db, proposal.id, "abcd" + "0" * 60)
    _revision(db, proposal.id, "abce" + "0" * 60, ("abcd" + "0" * 60,))
    assert [r.uid[:4] for r in drafts.revisions_by_prefix(db, "ABCD")] == ["abcd"]
    assert len(drafts.revisions_by_prefix(db, "abc")) == 0  # too short to name one
    assert drafts.revisions_by_prefix(db, "zzzz") == []
    graph = drafts.revision_graph(db, proposal.id)
    assert graph["abce" + "0" * 60] == (("abcd" + "0" * 60,), 2)


def test_known_revisions_are_tracked_per_contact_and_forgotten_on_request(
    vault: OpenVault,
) -> None:
    db = vault.storage.db
    person = db.execute(
        "INSERT INTO people (uid, name, created_at, updated_at) VALUES ('p', 'Bashir', '', '')"
    )
    contact = db.execute(
        "INSERT INTO contacts (uid, person_id, card_name, x25519, ed25519, card, created_at, "
        "updated_at) VALUES ('c', ?, 'Bashir', ?, ?, x'00', '', '')",
        (person, KEY_X, KEY_ED),
    )
    proposal = drafts.insert_proposal(db, "Water annex", contact_id=contact)
    _revision(db, proposal.id, "d" * 64)
    drafts.mark_known(db, contact, ["d" * 64, "e" * 64])  # an unknown uid is ignored
    assert drafts.known_to(db, contact, proposal.id) == {"d" * 64}
    drafts.forget_known(db, contact, proposal.id)
    assert drafts.known_to(db, contact, proposal.id) == set()


def test_proposal_status_outside_the_four_states_is_refused(vault: OpenVault) -> None:
    db = vault.storage.db
    proposal = drafts.insert_proposal(db, "Water annex")
    with pytest.raises(StorageError):
        drafts.update_proposal(db, proposal.id, status="published")
    assert drafts.update_proposal(db, proposal.id, status="agreed").status == "agreed"
    with pytest.raises(NotFound):
        drafts.get_proposal(db, proposal.id + 100)


def test_version_11_keeps_one_working_copy_per_proposal_gone_with_its_proposal(
    vault: OpenVault,
) -> None:
    db = vault.storage.db
    names = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "working_copies" in names
    proposal = drafts.insert_proposal(db, "Water annex")
    other = drafts.insert_proposal(db, "Monitoring annex")
    assert drafts.get_working_copy(db, proposal.id) is None
    drafts.set_working_copy(db, proposal.id, "a" * 64, "typed first")
    drafts.set_working_copy(db, proposal.id, "b" * 64, "typed later")  # replaces
    drafts.set_working_copy(db, other.id, None, "other text")
    kept = drafts.get_working_copy(db, proposal.id)
    assert kept is not None and (kept.base_uid, kept.body) == ("b" * 64, "typed later")
    db.execute("DELETE FROM proposals WHERE id = ?", (proposal.id,))
    assert db.query("SELECT proposal_id FROM working_copies") == [(other.id,)]
    drafts.drop_working_copy(db, other.id)
    assert drafts.get_working_copy(db, other.id) is None


def test_a_vault_at_version_10_gains_working_copies_and_keeps_its_proposals(
    vault: OpenVault,
) -> None:
    db = vault.storage.db
    proposal = drafts.insert_proposal(db, "Water annex")
    _revision(db, proposal.id, "c" * 64)
    db.execute("DROP TABLE working_copies")  # as a version 10 vault is
    db.execute("PRAGMA user_version = 10")
    before = db.query("SELECT * FROM proposals"), db.query("SELECT * FROM revisions")
    assert schema.migrate(db) == 10
    assert db.user_version() == schema.CURRENT_VERSION == 12
    assert (db.query("SELECT * FROM proposals"), db.query("SELECT * FROM revisions")) == before
    assert db.query("SELECT count(*) FROM working_copies") == [(0,)]
    drafts.set_working_copy(db, proposal.id, "c" * 64, "typed after the update")
    assert drafts.get_working_copy(db, proposal.id) is not None
