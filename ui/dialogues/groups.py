"""Working groups: named subsets of people (often two or three from each side)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app import records
from app.vault import OpenVault
from storage.models import WorkingGroup
from ui.common import deleting
from ui.common.forms import RecordDialog
from ui.common.list_page import PageHeader, RecordTable
from ui.common.people_picker import PeoplePicker
from ui.common.session import VaultSession


class GroupDialog(RecordDialog):
    """A new working group, or the members of one (``group``): who receives its papers."""

    def __init__(
        self, vault: OpenVault, parent: QWidget | None = None, group: WorkingGroup | None = None
    ) -> None:
        title = self.tr("Members of the working group") if group else self.tr("New working group")
        super().__init__(title, parent)
        self.name = QLineEdit(group.name if group else "")
        self.name.setPlaceholderText(self.tr("e.g. Water annex drafting group"))
        self.name.setReadOnly(group is not None)
        chosen = group.member_ids if group else ()
        self.picker = PeoplePicker(records.people_to_choose(vault), chosen, self.tr("Members"), 180)
        self.members = self.picker.list
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Members"), self.picker)
        if group is not None:
            note = QLabel(
                self.tr(
                    "Who is in the group decides who may receive the papers kept for it: "
                    "someone added here can be sent them from now on."
                )
            )
            note.setWordWrap(True)
            self.form.addRow(note)

        def save() -> Callable[[], WorkingGroup]:
            chosen = self.picker.checked_ids()
            if group is not None:
                return partial(records.set_group_members, vault, group.id, chosen)
            return partial(records.add_group, vault, self.name.text(), member_ids=chosen)

        self.on_save(save)


class GroupsPage(QWidget):
    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.header = PageHeader(
            self.tr("Working groups"),
            self.tr("Papers are shared with a working group's members as sealed packets."),
        )
        self.header.add_action(self.tr("Delete…")).clicked.connect(self.delete_selected)
        self.header.add_action(self.tr("Members…")).clicked.connect(self.edit_selected)
        self.header.add_action(self.tr("New group"), primary=True).clicked.connect(self.new_group)
        self.table = RecordTable(
            [(self.tr("Name"), lambda g: g.name), (self.tr("Members"), self._members)],
            self.tr("No working groups yet. A group names the few people who receive a paper."),
            self.tr("Working groups"),
        )
        self.table.opened.connect(self.edit)
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

    def _selected(self) -> WorkingGroup | None:
        index = self.table.view.currentIndex()
        return self.table.model.record(index.row()) if index.isValid() else None

    def edit_selected(self) -> None:
        if (group := self._selected()) is not None:
            self.edit(group)

    def delete_selected(self) -> None:
        """Delete the chosen group (asked first). Refused, with the reason, while some paper
        may be shared with this group alone: deleting it would lift that restriction."""
        group = self._selected()
        if group is None:
            return
        also = self.tr(
            "Its members stay in People. A paper that may be shared with this group and "
            "others stays restricted to the others."
        )
        if deleting.confirm(self, group.name, also):
            deleting.delete(self, self.session, "group", group.id, self.reload)

    def edit(self, group: WorkingGroup) -> None:
        if GroupDialog(self.session.vault, self, group).exec():
            self.reload()
