"""Two revisions side by side, changed lines tinted and changed words highlighted."""

from __future__ import annotations

from html import escape

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


def rows_html(rows: list[Row], left_title: str, right_title: str) -> str:
    cells = [
        "<table width='100%' cellspacing=0 cellpadding=3 style='font-family:monospace'>",
        f"<tr><th colspan=2 align=left>{escape(left_title)}</th>"
        f"<th colspan=2 align=left>{escape(right_title)}</th></tr>",
    ]
    for row in rows:
        left_bg, right_bg = _ROW_COLOURS.get(row.kind, ("#ffffff", "#ffffff"))
        left = _marked(row.left, row.left_spans, _WORD["left"]) if row.left_no else "&nbsp;"
        right = _marked(row.right, row.right_spans, _WORD["right"]) if row.right_no else "&nbsp;"
        cells.append(
            f"<tr><td style='color:#9aa5b1' width=28>{row.left_no or ''}</td>"
            f"<td bgcolor='{left_bg}' width='48%'>{left}</td>"
            f"<td style='color:#9aa5b1' width=28>{row.right_no or ''}</td>"
            f"<td bgcolor='{right_bg}' width='48%'>{right}</td></tr>"
        )
    cells.append("</table>")
    return "".join(cells)


class DiffView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Comparison of two revisions"))
        self.setOpenLinks(False)
        self.rows: list[Row] = []

    def show_rows(self, rows: list[Row], left_title: str, right_title: str) -> None:
        self.rows = rows
        self.setHtml(rows_html(rows, left_title, right_title))
