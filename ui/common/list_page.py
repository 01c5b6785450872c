"""A page with a heading, actions, and a table of records that shows a helpful empty state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.flow_layout import FlowLayout
from ui.common.table_model import Column, PageReader, RecordTableModel
from ui.common.theme import set_role
from ui.i18n import follow_text_direction

#: Records a paged table reads from the vault at a time (notes, people, sent packets).
PAGE_ROWS = 50
#: The rows a table's columns are sized from (the first ones); a longer value further down
#: is elided, and shown whole in its tooltip.
FIT_ROWS = 100


class RecordTable(QWidget):
    """A table of records, or a sentence saying what to do when there are none."""

    #: a record was chosen (payload: the record).
    chosen = Signal(object)
    #: a record was opened by double-click or Enter (payload: the record).
    opened = Signal(object)

    def __init__(self, columns: Sequence[Column], empty_text: str, name: str) -> None:
        super().__init__()
        self.model: RecordTableModel[Any] = RecordTableModel(columns)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(name)
        self.view.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        follow_text_direction(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        # The first column (title, name) stretches; the others are sized to their contents
        # whenever the rows are replaced (_fit_columns), and the user may widen them. Sizing
        # them with ResizeToContents measured every cell again on each layout of the view:
        # 23 ms to show 50 rows, against 9 (docs/performance.md, "Building pages").
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sized from the first rows only: 1,000 rows took 93 ms to measure, 100 take 13 ms.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._fit_columns)
        self.view.doubleClicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # Slots return None: PySide6 6.12 crashes when a slot called by a signal returns a value.
    def _fit_columns(self) -> None:
        """Every column but the first as wide as its widest cell among the first FIT_ROWS rows,
        or its heading. Rows read later as the table is scrolled (paged lists) keep these
        widths: the columns do not jump while scrolling, and a longer value is elided."""
        for column in range(1, self.model.columnCount()):
            self.view.resizeColumnToContents(column)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(self.model.record(current.row()))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.record(index.row()))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)

    def set_pages(self, reader: PageReader, page_size: int = PAGE_ROWS) -> None:
        """Rows read a page at a time as the table is scrolled (see RecordTableModel)."""
        self.model.set_pages(reader, page_size)
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)

    def clear(self) -> None:
        self.set_rows([])

    def select_quietly(self, predicate: Any | None) -> None:
        """Select the first row ``predicate`` accepts (none when it is None) without emitting
        ``chosen``: to put the selection back where the page still is."""
        selection = self.view.selectionModel()
        blocked = selection.blockSignals(True)
        self.view.clearSelection()
        if predicate is not None:
            self.select_where(predicate)
        selection.blockSignals(blocked)

    def select_where(self, predicate: Any, read_on: bool = False) -> None:
        """Select the first row ``predicate`` accepts; with ``read_on``, read further pages
        until one does (for lists of a few thousand rows, such as people)."""
        row = 0
        while True:
            while row < self.model.rowCount():
                if predicate(self.model.record(row)):
                    # Not view.selectRow: in a right-to-left layout it looks for the column at
                    # the viewport's far edge, finds none, and selects nothing (Arabic).
                    self.view.setCurrentIndex(self.model.index(row, 0))
                    return
                row += 1
            if not (read_on and self.model.canFetchMore()):
                return
            self.model.fetchMore()


class PageHeader(QWidget):
    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.title = QLabel(title)
        set_role(self.title, "title")
        # A long title (a dialogue's, a round's: the user's own words) wraps: unwrapped, its
        # width was the window's minimum, wider than a laptop's screen.
        self.title.setWordWrap(True)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        set_role(self.subtitle, "muted")
        # Wraps onto a second row when the window is narrow (ui/common/flow_layout.py).
        self.buttons = FlowLayout(spacing=6)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        if not subtitle:
            self.subtitle.hide()

    def add_action(self, text: str, primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        if primary:
            set_role(button, "primary")
        self.buttons.addWidget(button)
        return button

    def set_text(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
