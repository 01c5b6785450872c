"""Working groups: named subsets of people (often two or three from each side)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app import records
from app.vault import OpenVault
from storage.models import WorkingGroup
from ui.common.forms import RecordDialog
from ui.common.list_page import PageHeader, RecordTable
from ui.common.people_picker import PeoplePicker
from ui.common.session import VaultSession


class GroupDialog(RecordDialog):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New working group"), parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Water annex drafting group"))
        self.picker = PeoplePicker(records.people_to_choose(vault), (), self.tr("Members"), 180)
        self.members = self.picker.list
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Members"), self.picker)

        def save() -> WorkingGroup:
            return records.add_group(vault, self.name.text(), member_ids=self.picker.checked_ids())

        self.on_save(save)


class GroupsPage(QWidget):
    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.header = PageHeader(
            self.tr("Working groups"),
            self.tr("Papers are shared with a working group's members as sealed packets."),
        )
        self.header.add_action(self.tr("New group"), primary=True).clicked.connect(self.new_group)
        self.table = RecordTable(
            [(self.tr("Name"), lambda g: g.name), (self.tr("Members"), self._members)],
            self.tr("No working groups yet. A group names the few people who receive a paper."),
            self.tr("Working groups"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self._names: dict[int, str] = {}

    def _members(self, group: WorkingGroup) -> str:
        return ", ".join(self._names.get(pid, "?") for pid in group.member_ids)

    def reload(self) -> None:
        vault = self.session.vault
        groups = records.list_groups(vault)
        self._names = records.person_names(vault, (pid for g in groups for pid in g.member_ids))
        self.table.set_rows(groups)

    def new_group(self) -> None:
        if GroupDialog(self.session.vault, self).exec():
            self.reload()
