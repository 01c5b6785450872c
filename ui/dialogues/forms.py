"""Forms for dialogues and their rounds (sessions)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from app import records
from app.vault import OpenVault
from storage.models import Dialogue, Session
from ui.common.forms import RecordDialog, choice_box, select

GOAL_LABELS = {
    "": "Not set",
    "management": "Conflict management",
    "resolution": "Conflict resolution",
    "transformation": "Conflict transformation",
}
MODE_LABELS = {"in_person": "In person", "remote": "Remote", "hybrid": "Hybrid"}


class DialogueDialog(RecordDialog):
    """New dialogue, or edit one when ``dialogue`` is given."""

    def __init__(
        self, vault: OpenVault, dialogue: Dialogue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("Edit dialogue" if dialogue else "New dialogue", parent)
        self.title = QLineEdit(dialogue.title if dialogue else "")
        self.title.setPlaceholderText("e.g. Upper valley water dialogue")
        self.goal = choice_box(records.GOALS, GOAL_LABELS)
        self.status = choice_box(records.DIALOGUE_STATUSES)
        self.description = QPlainTextEdit(dialogue.description if dialogue else "")
        self.description.setPlaceholderText("Who convenes it, the sides, the question it works on")
        self.description.setFixedHeight(90)
        if dialogue:
            select(self.goal, dialogue.goal)
            select(self.status, dialogue.status)
        self.form.addRow("Title", self.title)
        self.form.addRow("Goal", self.goal)
        self.form.addRow("Status", self.status)
        self.form.addRow("Description", self.description)

        def save() -> Dialogue:
            fields = {
                "title": self.title.text(),
                "goal": self.goal.currentData(),
                "status": self.status.currentData(),
                "description": self.description.toPlainText(),
            }
            if dialogue is None:
                return records.add_dialogue(vault, **fields)
            return records.edit_dialogue(vault, dialogue.id, **fields)

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
        super().__init__("Edit round" if session else "New round", parent)
        self.title = QLineEdit(session.title if session else "")
        self.title.setPlaceholderText("optional, e.g. Workshop on water sharing")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        when = QDate.fromString(session.starts_on, "yyyy-MM-dd") if session else QDate()
        self.date.setDate(when if when.isValid() else QDate.currentDate())
        self.place = QLineEdit(session.place if session else "")
        self.mode = choice_box(records.SESSION_MODES, MODE_LABELS)
        if session:
            select(self.mode, session.mode)
        self.people = QListWidget()
        self.people.setAccessibleName("Participants who attended")
        self.people.setFixedHeight(140)
        attending = (
            {p.id for p in records.session_attendance(vault, session.id)} if session else set()
        )
        for person in records.list_people(vault, limit=1000):
            label = person.name + (f" ({person.side})" if person.side else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = person.id in attending
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.form.addRow("Date", self.date)
        self.form.addRow("Place", self.place)
        self.form.addRow("Mode", self.mode)
        self.form.addRow("Title", self.title)
        self.form.addRow("Attended", self.people)

        def save() -> Session:
            chosen = [
                int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked
            ]
            fields = {
                "title": self.title.text(),
                "starts_on": self.date.date().toString("yyyy-MM-dd"),
                "place": self.place.text(),
                "mode": self.mode.currentData(),
            }
            if session is None:
                return records.add_session(vault, dialogue_id, attendee_ids=chosen, **fields)
            return records.edit_session(vault, session.id, attendee_ids=chosen, **fields)

        self.on_save(save)
