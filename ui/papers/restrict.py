"""Need-to-know for one paper: the working groups it may be shared with (its compartments).

With groups ticked, sharing it with anyone outside them asks for an explicit override that is
written to the audit log (the share dialog); with none ticked, it may be shared with any
contact. The rule itself is ``app.sharing``'s; this dialog only chooses the groups.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from app import records, sharing
from app.vault import OpenVault
from storage.models import Paper
from ui.common.forms import RecordDialog
from ui.i18n import follow_text_direction, isolate

_GROUP_ID = Qt.ItemDataRole.UserRole


class RestrictDialog(RecordDialog):
    """Tick the working groups ``paper`` may be shared with; Save writes them (audited)."""

    def __init__(self, vault: OpenVault, paper: Paper, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who may receive “{title}”").format(title=isolate(paper.title)), parent
        )
        explained = QLabel(
            self.tr(
                "Tick the working groups this paper may be shared with. Sharing it with "
                "anyone outside them then needs an explicit override, written to the audit "
                "log. With none ticked, it may be shared with any contact."
            )
        )
        explained.setWordWrap(True)
        self.form.addRow(explained)
        current = {gid for gid, _ in sharing.compartments(vault, paper.id)}
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Working groups"))
        follow_text_direction(self.groups)
        for group in records.list_groups(vault):
            item = QListWidgetItem(group.name)
            item.setData(_GROUP_ID, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group.id in current
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        if self.groups.count():
            self.form.addRow(self.tr("Working groups"), self.groups)
        else:
            none = QLabel(
                self.tr(
                    "There are no working groups yet. Create one under Working groups, "
                    "then come back to restrict this paper to it."
                )
            )
            none.setWordWrap(True)
            self.form.addRow(none)
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
        self.on_save(lambda: partial(sharing.set_compartments, vault, paper.id, self.checked_ids()))

    def checked_ids(self) -> list[int]:
        items = (self.groups.item(row) for row in range(self.groups.count()))
        ticked = Qt.CheckState.Checked
        return [int(item.data(_GROUP_ID)) for item in items if item.checkState() == ticked]
