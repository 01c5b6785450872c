"""Forms for dialogues and their rounds (sessions)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app import records
from app.vault import OpenVault
from storage.models import Dialogue, Session
from ui.common.forms import RecordDialog, choice_box, select
from ui.common.people_picker import PeoplePicker
from ui.i18n import QT_TRANSLATE_NOOP, Labels, numeric_date_field

GOAL_LABELS = Labels(
    {
        "": QT_TRANSLATE_NOOP("Labels", "Not set"),
        "management": QT_TRANSLATE_NOOP("Labels", "Conflict management"),
        "resolution": QT_TRANSLATE_NOOP("Labels", "Conflict resolution"),
        "transformation": QT_TRANSLATE_NOOP("Labels", "Conflict transformation"),
    }
)
STATUS_LABELS = Labels(
    {
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    }
)
MODE_LABELS = Labels(
    {
        "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
        "remote": QT_TRANSLATE_NOOP("Labels", "Remote"),
        "hybrid": QT_TRANSLATE_NOOP("Labels", "Hybrid"),
    }
)


class DialogueDialog(RecordDialog):
    """New dialogue, or edit one when ``dialogue`` is given."""

    def __init__(
        self, vault: OpenVault, dialogue: Dialogue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit dialogue") if dialogue else self.tr("New dialogue"), parent)
        self.title = QLineEdit(dialogue.title if dialogue else "")
        self.title.setPlaceholderText(self.tr("e.g. Upper valley water dialogue"))
        self.goal = choice_box(records.GOALS, GOAL_LABELS)
        self.status = choice_box(records.DIALOGUE_STATUSES, STATUS_LABELS)
        self.description = QPlainTextEdit(dialogue.description if dialogue else "")
        self.description.setPlaceholderText(
            self.tr("Who convenes it, the sides, the question it works on")
        )
        self.description.setFixedHeight(90)
        if dialogue:
            select(self.goal, dialogue.goal)
            select(self.status, dialogue.status)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Goal"), self.goal)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Description"), self.description)
        self.add_keep_until(vault, "dialogue", dialogue.id if dialogue else None)

        def save() -> Callable[[], Dialogue]:
            fields = {
                "title": self.title.text(),
                "goal": self.goal.currentData(),
                "status": self.status.currentData(),
                "description": self.description.toPlainText(),
            }
            if dialogue is None:
                return partial(records.add_dialogue, vault, **fields)
            return partial(records.edit_dialogue, vault, dialogue.id, **fields)

        self.on_save(save)


class SessionDialog(RecordDialog):
    """New round of a dialogue (or edit one): date, place, mode, who attended."""

    def __init__(
        self,
        vault: OpenVault,
        dialogue_id: int,
        session: Session | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit round") if session else self.tr("New round"), parent)
        self.title = QLineEdit(session.title if session else "")
        self.title.setPlaceholderText(self.tr("optional, e.g. Workshop on water sharing"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        numeric_date_field(self.date)
        when = QDate.fromString(session.starts_on, "yyyy-MM-dd") if session else QDate()
        self.date.setDate(when if when.isValid() else QDate.currentDate())
        self.place = QLineEdit(session.place if session else "")
        self.mode = choice_box(records.SESSION_MODES, MODE_LABELS)
        if session:
            select(self.mode, session.mode)
        attending = (
            {p.id for p in records.session_attendance(vault, session.id)} if session else set()
        )
        self.picker = PeoplePicker(
            records.people_to_choose(vault), attending, self.tr("Participants who attended"), 140
        )
        self.people = self.picker.list
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Place"), self.place)
        self.form.addRow(self.tr("Mode"), self.mode)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Attended"), self.picker)
        self.add_keep_until(vault, "session", session.id if session else None)

        def save() -> Callable[[], Session]:
            chosen = self.picker.checked_ids()
            fields = {
                "title": self.title.text(),
                "starts_on": self.date.date().toString("yyyy-MM-dd"),
                "place": self.place.text(),
                "mode": self.mode.currentData(),
            }
            if session is None:
                return partial(
                    records.add_session, vault, dialogue_id, attendee_ids=chosen, **fields
                )
            return partial(records.edit_session, vault, session.id, attendee_ids=chosen, **fields)

        self.on_save(save)
