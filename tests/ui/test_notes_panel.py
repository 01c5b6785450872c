"""The notes panel: a list of notes beside the editor, kept in step with it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCursor

from app import records
from app.errors import DiskFull
from ui.common.session import VaultSession
from ui.notes.panel import NotesPanel


def test_choosing_another_note_when_the_text_cannot_be_saved_keeps_the_note_and_its_row(
    qtbot: Any, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = session.vault
    first = records.add_note(vault, "First round.", "Round 1")
    second = records.add_note(vault, "Second round.", "Round 2")
    panel = NotesPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_notes(None, None)
    panel.open_note(first.id)

    def full_disk(*_args: Any, **_kwargs: Any) -> Any:
        raise DiskFull("the disk is full: free some space, nothing was lost")

    monkeypatch.setattr(records, "edit_note", full_disk)
    panel.editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(panel.editor.body, " Quiet start.")
    panel.table.select_where(lambda n: n.id == second.id)  # as a click on its row does
    assert panel.editor.note_id == first.id
    assert panel.editor.body.toPlainText() == "First round. Quiet start."

    def selected() -> list[int]:
        rows = panel.table.view.selectionModel().selectedRows()
        return [panel.table.model.records[r.row()].id for r in rows]

    qtbot.waitUntil(lambda: selected() == [first.id], timeout=2_000)
    assert panel.editor.status.text().startswith("Not saved: the disk is full")
