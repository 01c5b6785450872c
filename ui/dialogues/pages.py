"""Dialogues, one dialogue (its rounds and notes), one round (attendance and notes)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app import records
from storage.models import Dialogue, Session
from ui.common import deleting, pdf_export
from ui.common.list_page import PageHeader, RecordTable
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.dialogues.forms import (
    GOAL_LABELS,
    MODE_LABELS,
    STATUS_LABELS,
    DialogueDialog,
    SessionDialog,
)
from ui.i18n import ltr, translate
from ui.notes.panel import NotesPanel


def round_label(session: Session) -> str:
    if session.starts_on:
        return translate("Pages", "Round {round_no} · {date}").format(
            round_no=session.round_no, date=ltr(session.starts_on)
        )
    return translate("Pages", "Round {round_no}").format(round_no=session.round_no)


class DialoguesPage(QWidget):
    #: open a dialogue (payload: its id).
    open_dialogue = Signal(int)
    #: records changed; navigation should reload.
    changed = Signal()

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.header = PageHeader(
            self.tr("Dialogues"), self.tr("Each dialogue is a process that runs over many rounds.")
        )
        self.header.add_action(self.tr("New dialogue"), primary=True).clicked.connect(
            self.new_dialogue
        )
        self.table = RecordTable(
            [
                (self.tr("Title"), lambda d: d.title),
                (self.tr("Goal"), lambda d: GOAL_LABELS.get(d.goal, d.goal)),
                (self.tr("Status"), lambda d: STATUS_LABELS.get(d.status, d.status)),
                (self.tr("Updated"), lambda d: d.updated_at[:10]),
            ],
            self.tr(
                "No dialogues yet. Create one for each process you facilitate; its rounds, "
                "participants' notes and papers are kept with it."
            ),
            self.tr("Dialogues"),
        )
        self.table.opened.connect(self._opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)

    def _opened(self, dialogue: Dialogue) -> None:
        self.open_dialogue.emit(dialogue.id)

    def reload(self) -> None:
        self.table.set_rows(records.list_dialogues(self.session.vault, limit=records.NO_LIMIT))

    def new_dialogue(self) -> None:
        dialog = DialogueDialog(self.session.vault, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit()
            self.open_dialogue.emit(dialog.result_record.id)


class DialoguePage(QWidget):
    open_session = Signal(int)
    changed = Signal()
    # the dialogue shown was deleted
    deleted = Signal()

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.dialogue: Dialogue | None = None
        self.header = PageHeader("")
        self.header.add_action(self.tr("Delete…")).clicked.connect(self.delete)
        self.header.add_action(self.tr("Edit")).clicked.connect(self.edit)
        self.header.add_action(self.tr("New round"), primary=True).clicked.connect(self.new_round)
        self.rounds = RecordTable(
            [
                (self.tr("Round"), lambda s: s.round_no),
                (self.tr("Date"), lambda s: s.starts_on),
                (self.tr("Place"), lambda s: s.place),
                (self.tr("Mode"), lambda s: MODE_LABELS.get(s.mode, s.mode)),
                (self.tr("Title"), lambda s: s.title),
            ],
            self.tr(
                "No rounds yet. Add the first round (a workshop or a meeting) with “New round”."
            ),
            self.tr("Rounds"),
        )
        self.rounds.opened.connect(self._round_opened)
        rounds_label = QLabel(self.tr("Rounds"))
        set_role(rounds_label, "heading")
        notes_label = QLabel(self.tr("Notes on the whole dialogue"))
        set_role(notes_label, "heading")
        self.notes = NotesPanel(session)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(rounds_label)
        top_layout.addWidget(self.rounds)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(notes_label)
        bottom_layout.addWidget(self.notes)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)

    def _round_opened(self, record: Session) -> None:
        self.open_session.emit(record.id)

    def show_dialogue(self, dialogue_id: int) -> None:
        self.dialogue = records.get_dialogue(self.session.vault, dialogue_id)
        d = self.dialogue
        goal = GOAL_LABELS.get(d.goal, "")
        status = STATUS_LABELS.get(d.status, d.status)
        self.header.set_text(d.title, " · ".join(x for x in (goal, status) if x))
        self.rounds.set_rows(records.list_sessions(self.session.vault, dialogue_id))
        self.notes.show_notes(dialogue_id, None, self.tr("Note on {title}").format(title=d.title))

    def edit(self) -> None:
        if self.dialogue is None:
            return
        if DialogueDialog(self.session.vault, self.dialogue, parent=self).exec():
            self.show_dialogue(self.dialogue.id)
            self.changed.emit()

    def delete(self) -> None:
        """Delete the dialogue (asked first), with its rounds and their notes."""
        if self.dialogue is None or not self.notes.editor.flush():
            return
        also = self.tr(
            "Its rounds and all their notes go too. Its papers stay in the vault, no longer "
            "linked to it."
        )
        if deleting.confirm(self, self.dialogue.title, also):
            dialogue_id = self.dialogue.id
            then = partial(self._dialogue_deleted, dialogue_id)
            deleting.delete(self, self.session, "dialogue", dialogue_id, then)

    def _dialogue_deleted(self, dialogue_id: int) -> None:
        shown = self.dialogue is not None and self.dialogue.id == dialogue_id
        if shown:
            self.dialogue = None
            self.notes.editor.flush_and_clear()
        self.changed.emit()
        if shown:
            self.deleted.emit()

    def new_round(self) -> None:
        if self.dialogue is None:
            return
        dialog = SessionDialog(self.session.vault, self.dialogue.id, parent=self)
        if dialog.exec():
            self.changed.emit()
            self.open_session.emit(dialog.result_record.id)


class SessionPage(QWidget):
    changed = Signal()
    # the round shown was deleted (payload: its dialogue's id)
    deleted = Signal(int)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.record: Session | None = None
        self.header = PageHeader("")
        self.header.add_action(self.tr("Delete round…")).clicked.connect(self.delete)
        self.header.add_action(self.tr("Export the round as PDF…")).clicked.connect(self.export_pdf)
        self.header.add_action(self.tr("Edit round")).clicked.connect(self.edit)
        self.attendance = QLabel("")
        self.attendance.setWordWrap(True)
        self.notes = NotesPanel(session)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.attendance)
        layout.addWidget(self.notes, 1)

    def show_session(self, session_id: int) -> None:
        vault = self.session.vault
        s = records.get_session(vault, session_id)
        self.record = s
        dialogue = records.get_dialogue(vault, s.dialogue_id)
        details = [x for x in (s.place, MODE_LABELS.get(s.mode, s.mode), s.title) if x]
        self.header.set_text(f"{dialogue.title} — {round_label(s)}", " · ".join(details))
        people = records.session_attendance(vault, s.id)
        names = ", ".join(p.name for p in people) if people else self.tr("nobody recorded yet")
        self.attendance.setText(self.tr("Attended: {names}").format(names=names))
        self.notes.show_notes(
            s.dialogue_id, s.id, self.tr("Note on round {round_no}").format(round_no=s.round_no)
        )

    def delete(self) -> None:
        """Delete the round (asked first), with its notes; the later rounds keep numbers."""
        if self.record is None or not self.notes.editor.flush():
            return
        record = self.record
        name = self.tr("Round {round_no}").format(round_no=record.round_no)
        also = self.tr("Its notes go too.")
        if deleting.confirm(self, name, also):
            then = partial(self._round_deleted, record)
            deleting.delete(self, self.session, "session", record.id, then)

    def _round_deleted(self, record: Session) -> None:
        shown = self.record is not None and self.record.id == record.id
        if shown:
            self.record = None
            self.notes.editor.flush_and_clear()
        self.changed.emit()
        if shown:
            self.deleted.emit(record.dialogue_id)

    def export_pdf(self) -> None:
        """A readable PDF of the round's record (who came, its notes) for one recipient; what
        is being typed in a note is saved first, so the copy holds it."""
        if self.record is None or not self.notes.editor.flush():
            return
        name = self.tr("Round {round_no}").format(round_no=self.record.round_no)
        pdf_export.export_pdf(self, self.session, "session", str(self.record.id), name)

    def edit(self) -> None:
        if self.record is None:
            return
        dialog = SessionDialog(self.session.vault, self.record.dialogue_id, self.record, self)
        if dialog.exec():
            self.show_session(self.record.id)
            self.changed.emit()
