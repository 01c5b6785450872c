"""People to tick (who attended a round, who belongs to a working group), with a filter that
makes a list of thousands usable. People ticked stay ticked while the filter hides them.

The list is a view over a model that answers for the rows on screen only: a list widget made
one item per person when the dialog opened (150-200 ms of the Qt thread for 5,000 people) and
visited every item at each keystroke of the filter (docs/performance.md, "Building pages").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from storage.models import PersonChoice
from ui.i18n import follow_text_direction

_Index = QModelIndex | QPersistentModelIndex


def person_label(person: PersonChoice) -> str:
    return person.name + (f" ({person.side})" if person.side else "")


class PeopleModel(QAbstractListModel):
    """Everyone, each with a check box; :meth:`show_matching` narrows the rows shown."""

    def __init__(self, people: Sequence[PersonChoice], checked: Iterable[int]) -> None:
        super().__init__()
        self._people = list(people)
        self._labels = [person_label(p) for p in self._people]
        self._keys = [label.casefold() for label in self._labels]
        self._shown = list(range(len(self._people)))  # indexes into _people
        self._ticked = set(checked)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        person = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._labels[person]
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = self._people[person].id in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return self._people[person].id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        person_id = self._people[self._shown[index.row()]].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(person_id)
        else:
            self._ticked.discard(person_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def show_matching(self, text: str) -> None:
        """Show the people whose name or side holds every word of ``text``, in any case."""
        words = text.casefold().split()
        self.beginResetModel()
        self._shown = [i for i, key in enumerate(self._keys) if all(w in key for w in words)]
        self.endResetModel()

    def checked_ids(self) -> list[int]:
        """Everyone ticked, shown or not, in the order of the list."""
        return [p.id for p in self._people if p.id in self._ticked]


class PeoplePicker(QWidget):
    def __init__(
        self,
        people: Sequence[PersonChoice],
        checked: Iterable[int],
        name: str,
        height: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name or side"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.model = PeopleModel(people, checked)
        self.filter.textChanged.connect(self.model.show_matching)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # one row's size serves for all
        self.list.setAccessibleName(name)
        self.list.setFixedHeight(height)
        follow_text_direction(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def checked_ids(self) -> list[int]:
        """Everyone ticked, shown or hidden by the filter."""
        return self.model.checked_ids()
