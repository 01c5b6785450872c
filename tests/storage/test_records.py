"""Claims of storage/records.py: the notes list's pages (order, continuation, filters) and the
list line kept for notes without a title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import records as rec
from storage import schema
from storage.db import Database
from storage.models import NoteSummary


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "vault.db", bytes(range(32)))
    schema.migrate(database)
    yield database
    database.close()


def _all_pages(db: Database, size: int, **scope: int) -> list[list[NoteSummary]]:
    pages: list[list[NoteSummary]] = []
    after = None
    while True:
        page = rec.list_note_summaries(db, after=after, limit=size, **scope)
        pages.append(page)
        if len(page) < size:
            return pages
        after = page[-1]


def test_pages_cover_every_note_once_newest_first_even_when_times_tie(db: Database) -> None:
    ids = [rec.insert(db, rec.NOTES, {"title": f"n{i}"}).id for i in range(23)]
    # Many notes share a second: the page boundary must fall between equal times correctly.
    db.execute("UPDATE notes SET updated_at = '2026-03-01T10:00:00+00:00' WHERE id % 3 = 0")
    db.execute("UPDATE notes SET updated_at = '2026-03-01T09:00:00+00:00' WHERE id % 3 != 0")
    pages = _all_pages(db, 5)
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    listed = [n.id for page in pages for n in page]
    full = [n.id for n in rec.list_all(db, rec.NOTES, limit=1000)]
    assert listed == full  # the same order as the whole list, nothing repeated or skipped
    assert sorted(listed) == sorted(ids)
    assert listed[:3] == sorted((i for i in ids if i % 3 == 0), reverse=True)[:3]


def test_a_page_is_the_last_when_it_is_short_and_an_exact_multiple_ends_empty(
    db: Database,
) -> None:
    for i in range(10):
        rec.insert(db, rec.NOTES, {"title": f"n{i}"})
    assert [len(p) for p in _all_pages(db, 5)] == [5, 5, 0]
    assert [len(p) for p in _all_pages(db, 50)] == [10]


def test_pages_are_filtered_by_session_else_by_dialogue(db: Database) -> None:
    talks = rec.insert(db, rec.DIALOGUES, {"title": "Coastal"})
    other = rec.insert(db, rec.DIALOGUES, {"title": "Water"})
    first = rec.insert(db, rec.SESSIONS, {"dialogue_id": talks.id, "round_no": 1})
    in_round = [
        rec.insert(db, rec.NOTES, {"dialogue_id": talks.id, "session_id": first.id}).id
        for _ in range(4)
    ]
    in_dialogue = [rec.insert(db, rec.NOTES, {"dialogue_id": talks.id}).id for _ in range(3)]
    elsewhere = rec.insert(db, rec.NOTES, {"dialogue_id": other.id}).id
    loose = rec.insert(db, rec.NOTES, {"title": "loose"}).id

    def ids(**scope: int) -> set[int]:
        return {n.id for page in _all_pages(db, 2, **scope) for n in page}

    assert ids(session_id=first.id) == set(in_round)
    assert ids(dialogue_id=talks.id) == set(in_round + in_dialogue)
    assert ids(dialogue_id=talks.id, session_id=first.id) == set(in_round)
    assert ids() == set(in_round + in_dialogue + [elsewhere, loose])


def test_a_summary_holds_what_the_list_shows_and_not_the_body(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"title": "Agreed points", "body": "secret", "kind": "agreed"})
    [summary] = rec.list_note_summaries(db)
    assert summary == NoteSummary(note.id, "Agreed points", "agreed", note.updated_at, "")
    assert "secret" not in repr(summary)


def test_the_list_line_follows_every_edit_of_title_and_body(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"body": "\n  Options on licences \r\nmore"})
    assert rec.list_note_summaries(db)[0].preview == "Options on licences"
    rec.update(db, rec.NOTES, note.id, {"body": "Quota swap floated"})
    assert rec.list_note_summaries(db)[0].preview == "Quota swap floated"
    rec.update(db, rec.NOTES, note.id, {"title": "Quotas"})  # a title: the line is not kept
    assert rec.list_note_summaries(db)[0].preview == ""
    rec.update(db, rec.NOTES, note.id, {"kind": "option"})  # other fields leave it alone
    assert rec.list_note_summaries(db)[0].preview == ""
    rec.update(db, rec.NOTES, note.id, {"title": "  "})
    assert rec.list_note_summaries(db)[0].preview == "Quota swap floated"
    rec.update(db, rec.NOTES, note.id, {"body": ""})
    assert rec.list_note_summaries(db)[0].preview == ""


def test_the_list_line_is_cut_to_its_length_and_only_for_untitled_notes() -> None:
    assert rec.note_preview("", "a" * 300) == "a" * rec.PREVIEW_CHARS
    assert rec.note_preview("", " \t\n\u2028 first \n second") == "first"
    assert rec.note_preview("Title", "first line") == ""
    assert rec.note_preview("", "") == ""


def test_people_pages_follow_the_list_order_case_insensitively_with_ties_by_id(
    db: Database,
) -> None:
    names = ["bashir", "Amira", "amira", "Chen", "AMIRA", "dana", "Élodie", "bashir"]
    for name in names:
        rec.insert(db, rec.PEOPLE, {"name": name})
    pages: list[list[int]] = []
    after = None
    while True:
        page = rec.list_people_page(db, after, limit=3)
        pages.append([p.id for p in page])
        if len(page) < 3:
            break
        after = page[-1]
    listed = [pid for page in pages for pid in page]
    assert listed == [p.id for p in rec.list_all(db, rec.PEOPLE, limit=100)]
    assert [len(p) for p in pages] == [3, 3, 2]
    by_id = {p.id: p.name for p in rec.list_all(db, rec.PEOPLE, limit=100)}
    assert [by_id[i] for i in listed[:3]] == ["Amira", "amira", "AMIRA"]  # equal names: by id


def test_people_to_choose_are_everyone_in_the_list_order_with_name_and_side(
    db: Database,
) -> None:
    for i, name in enumerate(
        ["bashir", "Amira", "amira", "Chen"] + [f"Delegate {i:04}" for i in range(1100)]
    ):
        rec.insert(db, rec.PEOPLE, {"name": name, "side": f"Side {i % 2 + 1}"})
    chosen = rec.people_to_choose(db)
    everyone = rec.list_all(db, rec.PEOPLE, limit=10_000)
    assert len(chosen) == len(everyone) == 1104  # past every page size: nobody left out
    assert [(c.id, c.name, c.side) for c in chosen] == [(p.id, p.name, p.side) for p in everyone]
    assert [c.name for c in chosen[:4]] == ["Amira", "amira", "bashir", "Chen"]


def test_person_names_are_looked_up_by_id_in_batches_and_skip_the_missing(db: Database) -> None:
    ids = [rec.insert(db, rec.PEOPLE, {"name": f"P{i}"}).id for i in range(1203)]
    names = rec.person_names(db, [*ids, ids[0], 999_999])
    assert names == {pid: f"P{i}" for i, pid in enumerate(ids)}
    assert rec.person_names(db, []) == {}
