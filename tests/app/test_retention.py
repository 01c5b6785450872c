"""Retention: a record with a keep-until day that has passed is purged with secure delete."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from app import audit, papers, records, retention, search, sharing
from app import vault as app_vault
from app.errors import DeletionUnfinished, InvalidInput, RecordNotFound
from app.vault import OpenVault
from storage import papers as paper_store
from tests.conftest import PASSPHRASE
from tests.storage.test_vault import _db_key, _decrypted

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
TOMORROW = (date.today() + timedelta(days=1)).isoformat()


def test_an_expired_note_is_purged_at_the_next_unlock_and_gone_from_the_decrypted_file(
    created_vault, vault_dir: Path
) -> None:
    vault = created_vault.vault
    gone, kept = "Obsidianwren4471", "Marigoldfinch2290"
    doomed = records.add_note(vault, f"expires {gone}", "Old note")
    records.add_note(vault, f"stays {kept}", "New note")
    retention.set_keep_until(vault, "note", doomed.id, YESTERDAY)
    vault.lock()
    key = _db_key(vault_dir)
    assert gone.encode() in _decrypted(vault_dir, key)

    with app_vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert [n.body for n in records.list_notes(reopened)] == [f"stays {kept}"]
        assert search.search(reopened, gone) == []
        events = [e.event for e in audit.entries(reopened)]
        assert "retention.purged" in events
        assert audit.verify(reopened).ok
    after = _decrypted(vault_dir, key)
    assert gone.encode() not in after
    assert kept.encode() in after
    assert (
        not Path(f"{vault_dir}/vault.db-wal").exists()
        or gone.encode() not in Path(f"{vault_dir}/vault.db-wal").read_bytes()
    )


def test_a_record_kept_until_today_or_later_is_not_purged(vault: OpenVault) -> None:
    today = records.add_note(vault, "today")
    later = records.add_note(vault, "later")
    retention.set_keep_until(vault, "note", today.id, date.today().isoformat())
    retention.set_keep_until(vault, "note", later.id, TOMORROW)
    assert retention.purge_expired(vault).count == 0
    assert len(records.list_notes(vault)) == 2
    report = retention.purge_expired(vault, today=date.today() + timedelta(days=2))
    assert {k.record_id for k in report.purged} == {today.id, later.id}
    assert records.list_notes(vault) == []


def test_purging_a_dialogue_takes_its_rounds_and_notes_and_their_dates(vault: OpenVault) -> None:
    d = records.add_dialogue(vault, "Closed dialogue")
    s = records.add_session(vault, d.id, "2025-01-01")
    n = records.add_note(vault, "round note", session_id=s.id)
    retention.set_keep_until(vault, "dialogue", d.id, YESTERDAY)
    retention.set_keep_until(vault, "note", n.id, TOMORROW)
    assert retention.purge_expired(vault).count == 1
    assert records.list_dialogues(vault) == [] and records.list_notes(vault) == []
    assert retention.list_kept(vault) == []  # the note's date went with the note


def test_an_expired_paper_loses_its_chunks(vault: OpenVault, tmp_path: Path) -> None:
    source = tmp_path / "annex.txt"
    source.write_bytes(b"annex " * 100_000)
    paper = papers.add_paper(vault, source)
    retention.set_keep_until(vault, "paper", paper.id, YESTERDAY)
    retention.purge_expired(vault)
    assert papers.list_papers(vault) == []
    chunks = vault.storage.db.query("SELECT count(*) FROM paper_chunks")
    assert chunks == [(0,)]


def test_clearing_the_date_keeps_the_record(vault: OpenVault) -> None:
    p = records.add_person(vault, "Participant One")
    retention.set_keep_until(vault, "person", p.id, YESTERDAY)
    assert retention.keep_until(vault, "person", p.id) == YESTERDAY
    retention.set_keep_until(vault, "person", p.id, None)
    assert retention.purge_expired(vault).count == 0
    assert [x.name for x in records.list_people(vault)] == ["Participant One"]


@pytest.mark.parametrize(
    ("kind", "day", "error"),
    [
        ("note", "31/12/2026", InvalidInput),
        ("contact", "2026-12-31", InvalidInput),
        ("note", "2026-12-31", RecordNotFound),
    ],
)
def test_bad_kinds_dates_and_records_are_refused(
    vault: OpenVault, kind: str, day: str, error: type[Exception]
) -> None:
    with pytest.raises(error):
        retention.set_keep_until(vault, kind, 999, day)
    assert retention.list_kept(vault) == []


def test_cli_sets_a_date_and_the_record_is_gone_at_the_next_command(
    created_vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from app.cli import main

    note = records.add_note(created_vault.vault, "to be purged")
    created_vault.vault.lock()
    monkeypatch.setenv("QUIETROOM_PASSPHRASE", PASSPHRASE)
    v = ["--vault", str(vault_dir)]
    assert main([*v, "retention", "set", "note", str(note.id), "--until", YESTERDAY]) == 0
    assert main([*v, "retention", "list"]) == 0
    assert "No record has a keep-until date." in capsys.readouterr().out
    assert main([*v, "note", "show", str(note.id)]) == 5
    assert main([*v, "retention", "set", "note", "1", "--until", "tomorrow"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_purge_that_fails_never_locks_the_user_out_and_is_tried_again(
    created_vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import DiskFull

    vault = created_vault.vault
    note = records.add_note(vault, "expired")
    retention.set_keep_until(vault, "note", note.id, YESTERDAY)
    vault.lock()

    def full_disk(_vault: OpenVault, today: date | None = None) -> retention.PurgeReport:
        raise DiskFull("the disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(retention, "purge_expired", full_disk)
        with app_vault.unlock(vault_dir, PASSPHRASE) as reopened:
            assert [n.id for n in records.list_notes(reopened)] == [note.id]
    with app_vault.unlock(vault_dir, PASSPHRASE) as reopened:  # tried again, and done
        assert records.list_notes(reopened) == []


def test_a_record_saved_with_its_date_gets_both_in_one_write(vault: OpenVault) -> None:
    person = retention.save_with_keep_until(
        vault, "person", lambda: records.add_person(vault, "Daud Hassani"), TOMORROW
    )
    assert retention.keep_until(vault, "person", person.id) == TOMORROW
    edited = retention.save_with_keep_until(
        vault, "person", lambda: records.edit_person(vault, person.id, side="Side 2"), None
    )
    assert edited.side == "Side 2" and retention.keep_until(vault, "person", person.id) is None


def test_a_refused_date_writes_no_record(vault: OpenVault) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        retention.save_with_keep_until(
            vault, "dialogue", lambda: records.add_dialogue(vault, "Upper valley"), "next spring"
        )
    assert records.list_dialogues(vault) == []


def test_a_refused_record_writes_no_date(vault: OpenVault) -> None:
    dialogue = records.add_dialogue(vault, "Upper valley")
    with pytest.raises(InvalidInput, match="title"):
        retention.save_with_keep_until(
            vault,
            "dialogue",
            lambda: records.edit_dialogue(vault, dialogue.id, title=""),
            TOMORROW,
        )
    assert retention.keep_until(vault, "dialogue", dialogue.id) is None


def test_a_date_written_again_unchanged_is_not_audited_again(vault: OpenVault) -> None:
    paper = papers.add_paper_bytes(vault, b"minutes", "minutes.txt", "Minutes")
    for _ in range(3):
        retention.save_with_keep_until(vault, "paper", lambda: paper, TOMORROW)
    events = [e.event for e in audit.entries(vault)]
    assert events.count("retention.set") == 1
    assert retention.keep_until(vault, "paper", paper.id) == TOMORROW


# -- deleting now --------------------------------------------------------------------------------


def test_a_participant_deleted_now_is_gone_from_the_decrypted_file_at_once(
    created_vault, vault_dir: Path
) -> None:
    vault = created_vault.vault
    gone = "Thistlecombe7785"
    person = records.add_person(vault, f"Withdrawn {gone}")
    records.add_person(vault, "Stays")
    dialogue = records.add_dialogue(vault, "Lower Selvan")
    session = records.add_session(vault, dialogue.id, attendee_ids=[person.id])
    group = records.add_group(vault, "Drafting", member_ids=[person.id])
    retention.delete_now(vault, "person", person.id)

    assert [p.name for p in records.list_people(vault)] == ["Stays"]
    assert records.session_attendance(vault, session.id) == []
    assert search.search(vault, gone) == []
    assert group.id  # the group stays, without them
    events = [(e.event, e.subject) for e in audit.entries(vault)]
    assert ("record.deleted", person.uid) in events
    assert all(gone not in (e.detail or "") for e in audit.entries(vault))
    key = _db_key(vault_dir)
    vault.lock()
    assert gone.encode() not in _decrypted(vault_dir, key)
    wal = vault_dir / "vault.db-wal"
    assert not wal.exists() or gone.encode() not in wal.read_bytes()


def _paper_of_chunks(vault: OpenVault, tmp_path: Path, marker: str, chunks: int) -> int:
    """A paper of ``chunks`` stored rows, each holding ``marker``; its id."""
    source = tmp_path / "minutes.txt"
    row = (marker + " ").encode() * (paper_store.CHUNK_SIZE // (len(marker) + 1) + 1)
    source.write_bytes(row[: paper_store.CHUNK_SIZE] * chunks)
    return papers.add_paper(vault, source, title=f"Minutes {marker}").id


def test_a_large_paper_is_deleted_a_few_rows_per_transaction_and_gone_from_the_file(
    created_vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created_vault.vault
    gone = "Quillwhistle5521"
    paper_id = _paper_of_chunks(vault, tmp_path, gone, 9)
    group = records.add_group(vault, "Drafting", member_ids=[])
    sharing.set_compartments(vault, paper_id, [group.id])
    retention.set_keep_until(vault, "paper", paper_id, TOMORROW)
    steps: list[tuple[int, int]] = []
    retention.delete_now(vault, "paper", paper_id, progress=lambda *step: steps.append(step))

    # 9 rows, 4 per transaction: three transactions, each reported.
    assert steps == [(4, 9), (8, 9), (9, 9)]
    assert papers.list_papers(vault) == [] and search.search(vault, gone) == []
    db = vault.storage.db
    assert db.query("SELECT count(*) FROM paper_chunks") == [(0,)]
    assert db.query("SELECT count(*) FROM papers") == [(0,)]
    assert retention.list_kept(vault) == []
    assert db.query("SELECT count(*) FROM paper_compartments") == [(0,)]
    retention.delete_now(vault, "group", group.id)  # no paper is restricted to it any more
    assert [e.event for e in audit.entries(vault)][-1] == "record.deleted"
    key = _db_key(vault_dir)
    vault.lock()
    assert gone.encode() not in _decrypted(vault_dir, key)


def test_a_paper_deletion_cut_short_is_hidden_at_once_and_finished_at_the_next_unlock(
    created_vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault = created_vault.vault
    gone = "Bramblecrest8830"
    paper_id = _paper_of_chunks(vault, tmp_path, gone, 9)

    def lock_after_the_first_batch(_done: int, _total: int) -> None:
        vault.lock()  # the user locks while the worker overwrites

    with pytest.raises(DeletionUnfinished, match="next time the vault is unlocked"):
        retention.delete_now(vault, "paper", paper_id, progress=lock_after_the_first_batch)
    key = _db_key(vault_dir)
    with app_vault.unlock(vault_dir, PASSPHRASE) as reopened:
        assert papers.list_papers(reopened) == []
        db = reopened.storage.db
        assert db.query("SELECT count(*) FROM paper_chunks") == [(0,)]
        assert db.query("SELECT count(*) FROM papers") == [(0,)]
        assert audit.verify(reopened).ok
    assert gone.encode() not in _decrypted(vault_dir, key)


def test_a_paper_being_deleted_cannot_be_deleted_again(vault: OpenVault, tmp_path: Path) -> None:
    paper_id = _paper_of_chunks(vault, tmp_path, "Saltmarsh", 2)
    with vault.storage.db.transaction():
        paper_store.hide_for_deletion(vault.storage.db, paper_id)
    with pytest.raises(RecordNotFound):
        retention.delete_now(vault, "paper", paper_id)


def test_deleting_a_dialogue_takes_its_rounds_and_notes_and_leaves_its_papers(
    vault: OpenVault,
) -> None:
    d = records.add_dialogue(vault, "Closed dialogue")
    s = records.add_session(vault, d.id, "2025-01-01")
    records.add_note(vault, "round note", session_id=s.id)
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex", dialogue_id=d.id)
    retention.delete_now(vault, "dialogue", d.id)
    assert records.list_dialogues(vault) == [] and records.list_notes(vault) == []
    assert [p.id for p in papers.list_papers(vault)] == [paper.id]


def test_deleting_what_is_not_there_says_so_and_deletes_nothing(vault: OpenVault) -> None:
    note = records.add_note(vault, "stays")
    with pytest.raises(RecordNotFound):
        retention.delete_now(vault, "note", note.id + 1)
    with pytest.raises(InvalidInput):
        retention.delete_now(vault, "contact", note.id)
    assert [n.id for n in records.list_notes(vault)] == [note.id]


def test_cli_deletes_a_record_only_with_yes(
    created_vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from app.cli import main

    person = records.add_person(created_vault.vault, "Withdrawn participant")
    created_vault.vault.lock()
    monkeypatch.setenv("QUIETROOM_PASSPHRASE", PASSPHRASE)
    v = ["--vault", str(vault_dir)]
    assert main([*v, "delete", "person", str(person.id)]) == 1
    assert "--yes" in capsys.readouterr().err
    assert main([*v, "person", "show", str(person.id)]) == 0
    assert main([*v, "delete", "person", str(person.id), "--yes"]) == 0
    assert "Deleted person" in capsys.readouterr().out
    assert main([*v, "person", "show", str(person.id)]) == 5
    assert main([*v, "delete", "person", str(person.id), "--yes"]) == 5


def test_deleting_a_person_removes_the_contact_card_held_for_them(
    vault: OpenVault, tmp_path: Path
) -> None:
    from app import contacts
    from tests.conftest import FAST_KDF

    other = app_vault.create_vault(tmp_path / "other", PASSPHRASE, "Karim Sadeq", FAST_KDF)
    card = contacts.my_card(other.vault)
    other.vault.lock()
    held = contacts.import_card(vault, card)
    assert [c.name for c in contacts.list_contacts(vault)] == ["Karim Sadeq"]
    retention.delete_now(vault, "person", held.contact.person_id)
    assert contacts.list_contacts(vault) == []


def test_deleting_a_working_group_keeps_its_members_and_narrows_papers_it_shared(
    vault: OpenVault,
) -> None:
    from app import sharing

    amira = records.add_person(vault, "Amira")
    water = records.add_group(vault, "Water annex", member_ids=[amira.id])
    security = records.add_group(vault, "Security annex", member_ids=[amira.id])
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex")
    sharing.set_compartments(vault, paper.id, [water.id, security.id])
    retention.delete_now(vault, "group", water.id)
    assert [g.name for g in records.list_groups(vault)] == ["Security annex"]
    assert [p.name for p in records.list_people(vault)] == ["Amira"]
    # Still restricted, to the group that is left: deleting never widens who may receive it.
    assert sharing.compartments(vault, paper.id) == [(security.id, "Security annex")]
    assert ("record.deleted", water.uid) in [(e.event, e.subject) for e in audit.entries(vault)]


def test_the_only_group_a_paper_may_be_shared_with_is_not_deleted(vault: OpenVault) -> None:
    from app import sharing

    water = records.add_group(vault, "Water annex", member_ids=[])
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex")
    sharing.set_compartments(vault, paper.id, [water.id])
    with pytest.raises(InvalidInput, match=r"shared only with this working group: 1\b"):
        retention.delete_now(vault, "group", water.id)
    assert [g.id for g in records.list_groups(vault)] == [water.id]
    assert sharing.compartments(vault, paper.id) == [(water.id, "Water annex")]
    sharing.set_compartments(vault, paper.id, [])  # the restriction lifted first: now it may go
    retention.delete_now(vault, "group", water.id)
    assert records.list_groups(vault) == []


def test_deleting_a_draft_proposal_takes_every_revision_and_its_words(
    created_vault, vault_dir: Path
) -> None:
    from app import drafts

    vault = created_vault.vault
    marker = "Quillomere4410"
    proposal = drafts.new_proposal(vault, "Water annex", f"First text {marker}\n")
    drafts.edit(vault, proposal.id, f"Second text {marker}\n", "more")
    drafts.keep_working_copy(vault, proposal.id, f"typed {marker}")
    other = drafts.new_proposal(vault, "Security annex", "Stays.\n")
    retention.delete_now(vault, "proposal", proposal.id)
    assert [p.id for p in drafts.list_proposals(vault)] == [other.id]
    with pytest.raises(RecordNotFound):
        drafts.get_proposal(vault, proposal.id)
    assert [r.body for r in drafts.history(vault, other.id)] == ["Stays.\n"]
    key = _db_key(vault_dir)
    vault.lock()
    assert marker.encode() not in _decrypted(vault_dir, key)


def test_cli_deletes_a_working_group_and_refuses_the_only_group_of_a_paper(
    created_vault, vault_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from app import sharing
    from app.cli import main

    vault = created_vault.vault
    water = records.add_group(vault, "Water annex", member_ids=[])
    spare = records.add_group(vault, "Spare", member_ids=[])
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex")
    sharing.set_compartments(vault, paper.id, [water.id])
    vault.lock()
    monkeypatch.setenv("QUIETROOM_PASSPHRASE", PASSPHRASE)
    v = ["--vault", str(vault_dir)]
    assert main([*v, "delete", "group", str(water.id), "--yes"]) != 0
    assert "shared only with this working group: 1" in capsys.readouterr().err
    assert main([*v, "delete", "group", str(spare.id), "--yes"]) == 0
    assert "Deleted group" in capsys.readouterr().out
