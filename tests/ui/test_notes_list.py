"""The notes list reads a page at a time: every note of a large vault is reachable by
scrolling, in the vault's order, and untitled notes show their first line."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import records
from tests.ui.conftest import unlock
from ui.notes.panel import PAGE_SIZE


def test_scrolling_the_notes_list_reads_every_note_a_page_at_a_time(qtbot, window) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    total = PAGE_SIZE * 2 + 17
    for i in range(total - 1):
        records.add_note(vault, f"body {i}", title=f"Note {i:03}")
    untitled = records.add_note(vault, "\n  Fishing licences: a first option\nmore text")
    ws = window.workspace
    ws.go("notes")
    table = ws.notes.table
    assert table.model.rowCount() == PAGE_SIZE  # one page read, not the whole vault
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
