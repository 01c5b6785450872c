"""Large vaults: the notes and people lists read a page at a time and every record is reachable
by scrolling, in the vault's order; untitled notes show their first line; a person chosen beyond
the first page is still selected; pickers and lists never stop at a page; a full page of search
results says it holds the best matches, not all of them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import records, search, sharing
from storage import contacts as contact_store
from tests.ui.conftest import save_form, unlock
from ui.common.list_page import PAGE_ROWS
from ui.dialogues.forms import SessionDialog
from ui.exchange.outbox import OutboxView


def test_scrolling_the_notes_list_reads_every_note_a_page_at_a_time(qtbot, window) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    total = PAGE_ROWS * 2 + 17
    for i in range(total - 1):
        records.add_note(vault, f"body {i}", title=f"Note {i:03}")
    untitled = records.add_note(vault, "\n  Fishing licences: a first option\nmore text")
    ws = window.workspace
    ws.go("notes")
    table = ws.notes.table
    assert table.model.rowCount() == PAGE_ROWS  # one page read, not the whole vault
    first = table.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Fishing licences: a first option"

    for _ in range(10):
        if table.model.rowCount() == total:
            break
        table.view.scrollToBottom()
        qtbot.wait(20)
    assert table.model.rowCount() == total
    assert not table.model.canFetchMore()
    expected = [n.id for n in records.list_notes(vault, limit=total + 10)]
    assert [n.id for n in table.model.records] == expected
    assert expected[0] == untitled.id


def test_the_people_list_reads_pages_and_finds_a_person_beyond_the_first(qtbot, window) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    total = PAGE_ROWS * 2 + 5
    for i in range(total):
        records.add_person(vault, f"Person {i:03}", affiliation="Ministry of Water")
    last = records.list_people(vault, limit=total)[-1]
    ws = window.workspace
    ws.go("people")
    table = ws.people.table
    assert table.model.rowCount() == PAGE_ROWS
    ws.people.show_person(last.id)  # as after a search hit or an edit
    chosen = table.view.selectionModel().selectedRows()
    assert [table.model.record(i.row()).id for i in chosen] == [last.id]
    assert [p.id for p in table.model.records] == [
        p.id for p in records.list_people(vault, limit=total)
    ]


def test_editing_a_round_keeps_attendees_who_sort_after_the_first_thousand(qtbot, window) -> None:
    """The attendance picker once listed the first 1,000 people by name: saving a round then
    dropped the attendance of anyone after them."""
    unlock(qtbot, window)
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Lower Selvan river")
    people = [records.add_person(vault, f"Delegate {i:04}") for i in range(1005)]
    last = people[-1]
    session = records.add_session(vault, dialogue.id, attendee_ids=[last.id])
    dialog = SessionDialog(vault, dialogue.id, session, parent=window.workspace)
    assert dialog.people.model().rowCount() == 1005
    save_form(dialog)
    assert [p.id for p in records.session_attendance(vault, session.id)] == [last.id]


def test_every_dialogue_is_listed_and_in_the_navigation_past_two_hundred(qtbot, window) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    for i in range(205):
        records.add_dialogue(vault, f"Dialogue {i:03}")
    ws = window.workspace
    ws.reload_navigation()
    ws.go("dialogues")
    assert ws.dialogues.table.model.rowCount() == 205
    assert ws.nav.topLevelItem(0).childCount() == 205


def test_search_results_read_on_as_they_are_scrolled_and_say_there_may_be_more(
    qtbot, window
) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    total = search.RESULT_LIMIT * 2 + 7
    for i in range(total):
        records.add_note(vault, f"Salinity readings, station {i}")
    for i in range(3):
        records.add_note(vault, f"Turbidity readings, station {i}")
    page = window.workspace.search
    window.search_box.setText("salinity")
    qtbot.waitUntil(lambda: page.results.count() == search.RESULT_LIMIT, timeout=5_000)
    assert page.summary.text() == (
        f"The {search.RESULT_LIMIT} best matches for “\u2068salinity\u2069”: scroll for more, "
        "or add a word to narrow the search."
    )
    for _ in range(20):
        if page.results.count() == total:
            break
        page.results.scrollToBottom()
        qtbot.wait(50)
    assert page.results.count() == total
    found = [page.results.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(total)]
    assert found == [h.id for h in search.search(vault, "salinity", limit=total + 10)]
    assert page.summary.text().startswith(f"{total} results for")

    window.search_box.setText("turbidity")
    qtbot.waitUntil(lambda: page.results.count() == 3, timeout=5_000)
    assert page.summary.text().startswith("3 results for")


def test_the_outbox_reads_sent_packets_a_page_at_a_time_and_reaches_every_one(
    qtbot, window
) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    total = PAGE_ROWS * 2 + 3
    with vault.storage.db.transaction() as db:
        for i in range(total):  # ledger rows as sealing writes them (one logging second)
            contact_store.log_packet(
                db, f"{i:032x}", "out", "paper", None, "paper", None, 100 + i, "2026-11-25", []
            )
    outbox = OutboxView(window.session)
    qtbot.addWidget(outbox)
    outbox.show()
    outbox.reload()
    table = outbox.table
    assert table.model.rowCount() == PAGE_ROWS
    for _ in range(10):
        if table.model.rowCount() == total:
            break
        table.view.scrollToBottom()
        qtbot.wait(20)
    assert [s.packet_id for s in outbox.entries] == [
        s.packet_id for s in sharing.list_sent(vault, limit=total + 10)
    ]
    assert len({s.packet_id for s in outbox.entries}) == total
