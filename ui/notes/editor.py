"""The note editor: Markdown with a preview, kind and attribution, saved as you type.

Changes are written a moment after typing stops, when another record is opened, and when the
vault is locked (before the database closes), so nothing typed is lost.

The save after a pause in typing runs in a worker: on a slow disk (a vault on a USB stick)
writing with ``synchronous = FULL`` can take tens of milliseconds, which the user would feel as
a hitch in typing. Saves made because the user leaves the note (another note, a lock) wait for
a save in flight and then write what is left on the Qt thread, so the order of writes and the
note they go to are never in doubt. When that write fails (a full disk), the note stays open
with the error: leaving it would throw the text away.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QThreadPool, QTimer, Signal
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

from app import codenames, records, retention
from app.errors import AppError
from app.vault import OpenVault
from storage.models import Note
from ui.common import workers
from ui.common.errors import describe
from ui.common.forms import choice_box, select
from ui.common.keep_until import KeepUntilField
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


_SAVES: list[QThreadPool] = []


def _saves() -> QThreadPool:
    """The notes' own thread: a save never queues behind an import or a seal on the shared
    pool (though its write still waits for a transaction another thread holds)."""
    if not _SAVES:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _SAVES.append(pool)
    return _SAVES[0]


@dataclass
class _Save:
    """One write of the editor's fields, in a worker or on the Qt thread."""

    vault: OpenVault
    note_id: int | None  # None: a new note, added by this write
    dialogue_id: int | None
    session_id: int | None
    title: str
    body: str
    kind: str
    attributable: bool
    keep_until: str | None  # the last day chosen in the editor
    kept_until: str | None  # the last day the vault held before this write
    note: Note | None = None
    error: AppError | None = None

    def write(self) -> None:
        """Write, and keep the note written or the error; never raises."""
        try:
            if self.note_id is None:
                note = records.add_note(
                    self.vault,
                    self.body,
                    self.title,
                    self.dialogue_id,
                    self.session_id,
                    self.kind,
                    self.attributable,
                )
            else:
                note = records.edit_note(
                    self.vault,
                    self.note_id,
                    title=self.title,
                    body=self.body,
                    kind=self.kind,
                    attributable=self.attributable,
                )
            if self.keep_until != self.kept_until:
                retention.set_keep_until(self.vault, "note", note.id, self.keep_until)
            self.note = note
        except AppError as exc:
            self.error = exc
        except Exception as exc:  # a bug: reported without content, the text stays unsaved
            self.error = workers.unexpected(exc)


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
        self._in_flight: _Save | None = None  # a save running in a worker
        self._job: workers.Job | None = None
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
        self.keep_field = KeepUntilField()
        self.expires = self.keep_field.expires
        self.expires.setToolTip(
            self.tr(
                "After this day the note is purged from the vault (with secure delete) the next "
                "time the vault is unlocked."
            )
        )
        self.keep_until = self.keep_field.date_edit
        self.keep_until.setAccessibleName(self.tr("Last day the note is kept"))
        self._kept_until: str | None = None  # what the vault holds for this note
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
        self.status.setWordWrap(True)
        set_role(self.status, "muted")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        options = QHBoxLayout()
        options.addWidget(self.attributable, 1)
        options.addWidget(self.keep_field)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        # the status line, and room at its end for the panel's actions on the note
        self.status_row = QHBoxLayout()
        self.status_row.addWidget(self.status, 1)
        layout.addLayout(self.status_row)

        self.title.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.attributable.toggled.connect(self._changed)
        self.keep_field.changed.connect(self._changed)
        # A bound method: Qt drops the connection when this widget is deleted (a lambda
        # would outlive it and be called on a dead widget at the next lock).
        session.locked.connect(self._vault_locked)

    # -- loading ---------------------------------------------------------------------------

    def new_note(self, dialogue_id: int | None, session_id: int | None, heading: str) -> bool:
        """Start a new note; False (and the current note kept, its error shown) when what was
        typed in the current one could not be saved."""
        if not self.flush():
            return False
        self._fill(None, "", "", "general", False)
        self._dialogue_id, self._session_id = dialogue_id, session_id
        self.heading.setText(heading)
        self.status.setText(self.tr("New note: it is saved once you type."))
        self.body.setFocus()
        return True

    def open_note(self, note_id: int, heading: str | None = None) -> bool:
        """Show a note; False (and the current note kept, its error shown) when what was typed
        in the current one could not be saved: switching would throw it away."""
        if not self.flush():
            return False
        note = records.get_note(self.session.vault, note_id)
        self._fill(note.id, note.title, note.body, note.kind, note.attributable)
        self._show_keep_until(retention.keep_until(self.session.vault, "note", note.id))
        self._dialogue_id, self._session_id = note.dialogue_id, note.session_id
        self.heading.setText(heading or self.tr("Note"))
        self.status.setText(
            self.tr("Last saved {time}").format(time=ltr(note.updated_at[:16].replace("T", " ")))
        )
        return True

    def _fill(self, note_id: int | None, title: str, body: str, kind: str, attr: bool) -> None:
        self._loading = True
        self.note_id = note_id
        self.title.setText(title)
        self.body.setPlainText(body)
        select(self.kind, kind)
        self.attributable.setChecked(attr)
        self._show_keep_until(None)
        self.tabs.setCurrentIndex(0)
        self._loading = False
        self._dirty = False

    def _show_keep_until(self, day: str | None) -> None:
        loading, self._loading = self._loading, True
        self._kept_until = day
        self.keep_field.set_day(day)
        self._loading = loading

    def _chosen_keep_until(self) -> str | None:
        return self.keep_field.day()

    # -- saving ----------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def _autosave(self) -> None:
        if self._in_flight is not None:
            return  # typed while a save runs: saved again when it ends
        save = self._pending()
        if save is None:
            return
        self._in_flight = save
        self._job = job = workers.Job(save.write)
        # A bound method: Qt drops the connection if the editor is deleted first.
        job.signals.finished.connect(self._save_ended)
        workers.start(job, _saves())

    def _pending(self) -> _Save | None:
        """The write of what is unsaved, or None when there is nothing to write; from now on
        the editor counts as saved, until the next change or a failed write."""
        if not self._dirty or not self.session.is_unlocked:
            return None
        body = self.body.toPlainText()
        title = self.title.text()
        if self.note_id is None and not body.strip() and not title.strip():
            return None  # an empty new note is not added
        self._dirty = False
        return _Save(
            self.session.vault,
            self.note_id,
            self._dialogue_id,
            self._session_id,
            title,
            body,
            str(self.kind.currentData()),
            self.attributable.isChecked(),
            self._chosen_keep_until(),
            self._kept_until,
        )

    def _save_ended(self) -> None:
        # The signal of a save already taken in by a wait is late: the save in flight, if
        # any, is a newer one, not done yet.
        if self._job is not None and self._job.done.is_set():
            self._take_in_flight()

    def _wait_for_save(self) -> None:
        """Let a save in flight end and take in its result (before the next write). A save
        still queued behind other jobs (the pool's threads busy with an import, a seal) is
        taken back and written here rather than waited for."""
        if self._job is None:
            return
        if workers.take_back(self._job, _saves()):
            assert self._in_flight is not None
            self._in_flight.write()
        else:
            self._job.done.wait()
        self._take_in_flight()

    def _take_in_flight(self) -> None:
        save, self._in_flight, self._job = self._in_flight, None, None
        assert save is not None
        typed = self._dirty  # while it was written
        self._took(save)
        if typed:
            self.timer.start()

    def _took(self, save: _Save) -> bool:
        if save.error is not None or save.note is None:
            self._dirty = True  # still unsaved: written again at the next pause or flush
            reason = describe(save.error) if save.error is not None else ""
            self.status.setText(self.tr("Not saved: {exc}").format(exc=reason))
            set_role(self.status, "error")
            return False
        note = save.note
        self.note_id = note.id
        self._kept_until = save.keep_until
        if not self._dirty:
            set_role(self.status, "muted")
            self.status.setText(self.tr("Saved {time}").format(time=ltr(note.updated_at[11:16])))
        self.saved.emit(note.id)
        return True

    def save(self) -> bool:
        """Write pending changes now; True when nothing is left unsaved."""
        self.timer.stop()
        self._wait_for_save()
        save = self._pending()
        if save is None:
            return not self._dirty
        save.write()
        return self._took(save)

    def flush(self) -> bool:
        """Save what is pending now; True when nothing is left unsaved."""
        if self._dirty or self._in_flight is not None:
            return self.save()
        return True

    def _vault_locked(self, _reason: str) -> None:
        self.flush_and_clear()

    def flush_and_clear(self) -> None:
        self.flush()
        self._fill(None, "", "", "general", False)
        self.preview.clear()
        self.status.clear()

    def _render_preview(self, index: int) -> None:
        if index == 1:
            text = self.body.toPlainText()
            if self.session.is_unlocked:  # person links show the real name inside the vault
                text = codenames.render_inside(self.session.vault, text)
            self.preview.setMarkdown(text)
