"""The note editor: Markdown with a preview, kind and attribution, saved as you type.

Changes are written a moment after typing stops, when another record is opened, and when the
vault is locked (before the database closes), so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import records
from app.errors import AppError
from ui.common.forms import choice_box, select
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.i18n import QT_TRANSLATE_NOOP, Labels, follow_typing_direction, ltr

AUTOSAVE_MS = 800
KIND_LABELS = Labels(
    {
        "general": QT_TRANSLATE_NOOP("Labels", "General"),
        "process": QT_TRANSLATE_NOOP("Labels", "Process observation"),
        "content": QT_TRANSLATE_NOOP("Labels", "Content observation"),
        "option": QT_TRANSLATE_NOOP("Labels", "Option"),
        "agreed": QT_TRANSLATE_NOOP("Labels", "Agreed point"),
        "question": QT_TRANSLATE_NOOP("Labels", "Open question"),
        "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    }
)


class NoteEditor(QWidget):
    #: a note was written to the vault (payload: its id).
    saved = Signal(int)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.note_id: int | None = None
        self._dialogue_id: int | None = None
        self._session_id: int | None = None
        self._loading = False
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self._autosave)

        self.heading = QLabel(self.tr("Note"))
        set_role(self.heading, "muted")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Note title"))
        follow_typing_direction(self.title)
        self.kind = choice_box(records.NOTE_KINDS, KIND_LABELS)
        self.kind.setAccessibleName(self.tr("Kind of note"))
        self.attributable = QCheckBox(self.tr("Attributable (who said what may be quoted)"))
        self.attributable.setToolTip(
            self.tr(
                "Leave unticked under the Chatham House rule: what was said may be used, "
                "not who said it."
            )
        )
        # A QTextEdit holding plain text: unlike QPlainTextEdit it aligns each paragraph to the
        # side its own direction starts from (an Arabic paragraph at the right, an English one
        # at the left), whatever the interface's direction.
        self.body = QTextEdit()
        self.body.setAcceptRichText(False)
        self.body.setTabChangesFocus(True)  # Tab leaves the editor: keyboard-only navigation
        self.body.setPlaceholderText(
            self.tr("Write in Markdown: # headings, - lists, **bold**. Saved as you type.")
        )
        self.body.setAccessibleName(self.tr("Note text"))
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Preview of the note"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.body, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._render_preview)
        self.status = QLabel("")
        set_role(self.status, "muted")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.attributable)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.title.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.attributable.toggled.connect(self._changed)
        session.locked.connect(lambda _reason: self.flush_and_clear())

    # -- loading ---------------------------------------------------------------------------

    def new_note(self, dialogue_id: int | None, session_id: int | None, heading: str) -> None:
        self.flush()
        self._fill(None, "", "", "general", False)
        self._dialogue_id, self._session_id = dialogue_id, session_id
        self.heading.setText(heading)
        self.status.setText(self.tr("New note: it is saved once you type."))
        self.body.setFocus()

    def open_note(self, note_id: int, heading: str | None = None) -> None:
        self.flush()
        note = records.get_note(self.session.vault, note_id)
        self._fill(note.id, note.title, note.body, note.kind, note.attributable)
        self._dialogue_id, self._session_id = note.dialogue_id, note.session_id
        self.heading.setText(heading or self.tr("Note"))
        self.status.setText(
            self.tr("Last saved {time}").format(time=ltr(note.updated_at[:16].replace("T", " ")))
        )

    def _fill(self, note_id: int | None, title: str, body: str, kind: str, attr: bool) -> None:
        self._loading = True
        self.note_id = note_id
        self.title.setText(title)
        self.body.setPlainText(body)
        select(self.kind, kind)
        self.attributable.setChecked(attr)
        self.tabs.setCurrentIndex(0)
        self._loading = False
        self._dirty = False

    # -- saving ----------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def _autosave(self) -> None:
        self.save()

    def save(self) -> bool:
        """Write pending changes now; True when nothing is left unsaved."""
        self.timer.stop()
        if not self._dirty or not self.session.is_unlocked:
            return not self._dirty
        body = self.body.toPlainText()
        title = self.title.text()
        fields = {
            "title": title,
            "body": body,
            "kind": self.kind.currentData(),
            "attributable": self.attributable.isChecked(),
        }
        try:
            if self.note_id is None:
                if not body.strip() and not title.strip():
                    return True
                note = records.add_note(
                    self.session.vault,
                    dialogue_id=self._dialogue_id,
                    session_id=self._session_id,
                    **fields,
                )
                self.note_id = note.id
            else:
                note = records.edit_note(self.session.vault, self.note_id, **fields)
        except AppError as exc:
            self.status.setText(self.tr("Not saved: {exc}").format(exc=exc))
            set_role(self.status, "error")
            return False
        self._dirty = False
        set_role(self.status, "muted")
        self.status.setText(self.tr("Saved {time}").format(time=ltr(note.updated_at[11:16])))
        self.saved.emit(note.id)
        return True

    def flush(self) -> None:
        if self._dirty:
            self.save()

    def flush_and_clear(self) -> None:
        self.flush()
        self._fill(None, "", "", "general", False)
        self.preview.clear()
        self.status.clear()

    def _render_preview(self, index: int) -> None:
        if index == 1:
            self.preview.setMarkdown(self.body.toPlainText())
