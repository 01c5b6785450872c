"""A read-only table model over a list of records, with columns given as (header, getter).

The records are either given whole (``set_rows``) or read a page at a time (``set_pages``): the
view asks for the next page as it is scrolled near the end (Qt's ``canFetchMore`` /
``fetchMore``), so a list of 100,000 notes costs one page to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Column = tuple[str, Callable[[Any], object]]
#: Reads the page after the given record (``None``: the first page), at most ``size`` records.
PageReader = Callable[[Any, int], Sequence[Any]]
_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[T] = []
        self._reader: PageReader | None = None
        self._page_size = 0

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._reader = None
        self._rows = list(rows)
        self.endResetModel()

    def set_pages(self, reader: PageReader, page_size: int) -> None:
        """Show the first page that ``reader`` gives; read the next ones when the view asks."""
        first = list(reader(None, page_size))
        self.beginResetModel()
        self._rows = first
        self._reader = reader if len(first) == page_size else None
        self._page_size = page_size
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._reader is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._reader is None:
            return
        page = list(self._reader(self._rows[-1] if self._rows else None, self._page_size))
        if len(page) < self._page_size:
            self._reader = None
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> T:
        return self._rows[row]

    @property
    def records(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self._columns[index.column()][1](self._rows[index.row()])
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None
