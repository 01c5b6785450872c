"""Participants: who they are, which side and track, and how they may be attributed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import records
from storage.models import Person
from ui.common import deleting
from ui.common.list_page import PageHeader, RecordTable
from ui.common.session import VaultSession
from ui.people.forms import ATTRIBUTION_LABELS, PersonDialog


class PeoplePage(QWidget):
    #: a person was chosen (payload: Person), for the details panel.
    chosen = Signal(object)
    changed = Signal()

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.header = PageHeader(
            self.tr("People"),
            self.tr("Participants, facilitators and observers, with their side and track."),
        )
        self.delete_button = self.header.add_action(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.edit_button = self.header.add_action(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.header.add_action(self.tr("New person"), primary=True).clicked.connect(self.new_person)
        self.table = RecordTable(
            [
                (self.tr("Name"), lambda p: p.name),
                (self.tr("Affiliation"), lambda p: p.affiliation),
                (self.tr("Side"), lambda p: p.side),
                (self.tr("Track"), lambda p: p.track),
                (
                    self.tr("Attribution"),
                    lambda p: ATTRIBUTION_LABELS.get(p.attribution, p.attribution),
                ),
            ],
            self.tr(
                "No people yet. Add the participants of your dialogues: their side, their track "
                "and whether they may be named."
            ),
            self.tr("People"),
        )
        self.table.chosen.connect(self.chosen)
        self.table.opened.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        vault = self.session.vault

        def page(after: Person | None, size: int) -> list[Person]:
            return records.list_people_page(vault, after, size)

        self.table.set_pages(page)

    def show_person(self, person_id: int) -> None:
        self.reload()
        self.table.select_where(lambda p: p.id == person_id, read_on=True)

    def new_person(self) -> None:
        dialog = PersonDialog(self.session.vault, parent=self)
        if dialog.exec():
            self.show_person(dialog.result_record.id)
            self.changed.emit()

    def edit_selected(self) -> None:
        index = self.table.view.currentIndex()
        if index.isValid():
            self.edit(self.table.model.record(index.row()))

    def delete_selected(self) -> None:
        """Delete the chosen person (asked first): their attendance, group memberships and
        code name go with them; notes that name them are not changed."""
        index = self.table.view.currentIndex()
        if not index.isValid():
            return
        person = self.table.model.record(index.row())
        also = self.tr(
            "Their attendance at rounds, their place in working groups, their code name and "
            "their contact card (the keys you hold for them) go too. Notes that mention them "
            "are not changed."
        )
        if deleting.confirm(self, person.name, also):
            deleting.delete(self, self.session, "person", person.id, self._person_deleted)

    def _person_deleted(self) -> None:
        self.reload()
        self.chosen.emit(None)
        self.changed.emit()

    def edit(self, person: Person) -> None:
        if PersonDialog(self.session.vault, person, parent=self).exec():
            self.show_person(person.id)
            self.changed.emit()
