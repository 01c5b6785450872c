"""Notes of a dialogue, a round, or the whole vault: a list beside the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from app import records
from storage.models import NoteSummary
from ui.common import deleting, pdf_export
from ui.common.list_page import RecordTable
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.notes.editor import KIND_LABELS, NoteEditor


def _note_title(note: NoteSummary) -> str:
    if note.title:
        return note.title
    first = note.preview
    return (first[:60] + "…") if len(first) > 60 else first or "(empty)"


class NotesPanel(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogue_id: int | None = None
        self.session_id: int | None = None
        self._heading = self.tr("Note")
        self.table = RecordTable(
            [
                (self.tr("Note"), _note_title),
                (self.tr("Kind"), lambda n: KIND_LABELS.get(n.kind, n.kind)),
                (self.tr("Updated"), lambda n: n.updated_at[:10]),
            ],
            self.tr(
                "No notes yet. Use “New note” to record observations, options, agreed points and "
                "follow-ups."
            ),
            self.tr("Notes"),
        )
        self.new_button = QPushButton(self.tr("New note"))
        set_role(self.new_button, "primary")
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(self.tr("Delete note…"))
        self.delete_button.clicked.connect(self.delete_note)
        self.export_button = QPushButton(self.tr("Export the note as PDF…"))
        self.export_button.clicked.connect(self.export_note)
        self.editor = NoteEditor(session)
        self.editor.status_row.addWidget(self.export_button)
        self.editor.status_row.addWidget(self.delete_button)
        self.editor.saved.connect(self._saved)
        self.table.chosen.connect(self._chosen)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_button)
        column.addLayout(row)
        column.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_notes(
        self, dialogue_id: int | None, session_id: int | None, heading: str | None = None
    ) -> None:
        self.editor.flush()
        self.dialogue_id, self.session_id = dialogue_id, session_id
        self._heading = heading or self.tr("Note")
        self.reload()
        self.editor.new_note(dialogue_id, session_id, self._heading)

    def reload(self, keep: int | None = None) -> None:
        vault, dialogue_id, session_id = self.session.vault, self.dialogue_id, self.session_id

        def page(after: NoteSummary | None, size: int) -> list[NoteSummary]:
            return records.list_note_summaries(vault, dialogue_id, session_id, after, size)

        self.table.set_pages(page)
        if keep is not None:
            self.table.select_quietly(lambda n: n.id == keep)

    def _chosen(self, note: NoteSummary) -> None:
        if note.id != self.editor.note_id and not self.editor.open_note(note.id, self._heading):
            # The note typed in could not be saved: it stays open, and its row selected once
            # the click that chose another row has been handled.
            QTimer.singleShot(0, self, self._select_current)

    def _select_current(self) -> None:
        current = self.editor.note_id
        self.table.select_quietly(None if current is None else lambda n: n.id == current)

    def open_note(self, note_id: int) -> None:
        self.table.select_where(lambda n: n.id == note_id)
        if self.editor.note_id != note_id and not self.editor.open_note(note_id, self._heading):
            self._select_current()

    def new_note(self) -> None:
        if self.editor.new_note(self.dialogue_id, self.session_id, self._heading):
            self.table.view.clearSelection()

    def delete_note(self) -> None:
        """Delete the note in the editor (asked first, after what was typed is saved)."""
        note_id = self.editor.note_id
        if note_id is None or not self.editor.flush():
            return
        name = self.editor.title.text().strip() or self.tr("this note")
        if deleting.confirm(self, name):
            deleting.delete(self, self.session, "note", note_id, self._note_deleted)

    def _note_deleted(self) -> None:
        self.editor.new_note(self.dialogue_id, self.session_id, self._heading)
        self.reload()

    def export_note(self) -> None:
        """A readable PDF of the note in the editor (saved first) for one named recipient."""
        note_id = self.editor.note_id
        if note_id is None or not self.editor.flush():
            return
        name = self.editor.title.text().strip() or self.tr("Note")
        pdf_export.export_pdf(self, self.session, "note", str(note_id), name)

    def _saved(self, note_id: int) -> None:
        self.reload(keep=note_id)
