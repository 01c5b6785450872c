"""People to tick (who attended a round, who belongs to a working group), with a filter that
makes a list of thousands usable. People ticked stay ticked while the filter hides them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from storage.models import Person
from ui.i18n import follow_text_direction


class PeoplePicker(QWidget):
    def __init__(
        self,
        people: Sequence[Person],
        checked: Iterable[int],
        name: str,
        height: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        ticked = set(checked)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or side"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setFixedHeight(height)
        follow_text_direction(self.list)
        for person in people:
            item = QListWidgetItem(person.name + (f" ({person.side})" if person.side else ""))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked_state = person.id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked_state else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def checked_ids(self) -> list[int]:
        """Everyone ticked, shown or hidden by the filter."""
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        self.list.setUpdatesEnabled(False)
        for i in range(self.list.count()):
            item = self.list.item(i)
            label = item.text().casefold()
            item.setHidden(not all(word in label for word in words))
        self.list.setUpdatesEnabled(True)
