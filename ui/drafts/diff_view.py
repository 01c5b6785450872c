"""Two revisions side by side, changed lines tinted and changed words highlighted."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.diff import Row, Span

_ROW_COLOURS = {
    "equal": ("#ffffff", "#ffffff"),
    "replace": ("#fdecec", "#e8f5ea"),
    "delete": ("#fdecec", "#f5f7f9"),
    "insert": ("#f5f7f9", "#e8f5ea"),
}
_WORD = {"left": "#f6c4c4", "right": "#b9e2c1"}


def _marked(text: str, spans: tuple[Span, ...], colour: str) -> str:
    if not spans:
        return escape(text) or "&nbsp;"
    out: list[str] = []
    at = 0
    for start, end in spans:
        out.append(escape(text[at:start]))
        out.append(f"<span style='background:{colour}'>{escape(text[start:end])}</span>")
        at = end
    out.append(escape(text[at:]))
    return "".join(out) or "&nbsp;"


_TABLE = "<table width='100%' cellspacing=0 cellpadding=3 style='font-family:monospace'>"

# About this many characters of text go into the view per turn of the event loop. A long
# comparison put in at once (one HTML table) kept the Qt thread for 0.1 s per 10 pages of
# text, half a second for a 40-page paper; in turns of this size, 20-40 ms at most
# (docs/performance.md, "Building pages").
CHARS_PER_TURN = 8_000


def header_html(left_title: str, right_title: str) -> str:
    # The rows' column widths, so that each title stands over its side's text.
    return (
        f"{_TABLE}<tr><th width=28></th><th align=left width='48%'>{escape(left_title)}</th>"
        f"<th width=28></th><th align=left width='48%'>{escape(right_title)}</th></tr></table>"
    )


def row_html(row: Row) -> str:
    """One row as a table of its own, with the header's column widths: Qt lays out a document
    of many small tables a part at a time, where one large table is laid out whole."""
    left_bg, right_bg = _ROW_COLOURS.get(row.kind, ("#ffffff", "#ffffff"))
    left = _marked(row.left, row.left_spans, _WORD["left"]) if row.left_no else "&nbsp;"
    right = _marked(row.right, row.right_spans, _WORD["right"]) if row.right_no else "&nbsp;"
    return (
        f"{_TABLE}<tr><td style='color:#9aa5b1' width=28>{row.left_no or ''}</td>"
        f"<td bgcolor='{left_bg}' width='48%'>{left}</td>"
        f"<td style='color:#9aa5b1' width=28>{row.right_no or ''}</td>"
        f"<td bgcolor='{right_bg}' width='48%'>{right}</td></tr></table>"
    )


class DiffView(QTextBrowser):
    """The comparison, put in a part at a time: the first rows show at once, the rest follow
    on the next turns of the event loop (:attr:`filling` until then)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comparison of two revisions"))
        self.setOpenLinks(False)
        self.rows: list[Row] = []
        self._next = 0
        self._generation = 0

    @property
    def filling(self) -> bool:
        return self._next < len(self.rows)

    def show_rows(self, rows: list[Row], left_title: str, right_title: str) -> None:
        self._generation += 1
        self.rows = rows
        self._next = 0
        self.setHtml(header_html(left_title, right_title))
        self._fill(self._generation)

    def show_message(self, text: str) -> None:
        """A line instead of a comparison (while one is being worked out)."""
        self.clear()
        self.setPlainText(text)

    def clear(self) -> None:
        self._generation += 1  # a fill still under way stops
        self.rows = []
        self._next = 0
        super().clear()

    def _fill(self, generation: int) -> None:
        if generation != self._generation:
            return
        parts: list[str] = []
        size = 0
        while self._next < len(self.rows) and (not parts or size < CHARS_PER_TURN):
            row = self.rows[self._next]
            parts.append(row_html(row))
            size += len(row.left) + len(row.right)
            self._next += 1
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml("".join(parts))
        if self.filling:
            QTimer.singleShot(0, self, partial(self._fill, generation))
