"""One calm look for every screen: Fusion with a muted palette and a small style sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app import fonts

INK = "#1f2933"
MUTED = "#52606d"
LINE = "#d9dee4"
PANEL = "#f5f7f9"
ACCENT = "#2f5d7c"
ACCENT_DARK = "#244a63"
DANGER = "#a61b1b"
OK = "#2d6a3e"
WARN = "#8a5a00"

#: Sizes relative to the system font (its point size times these), so that a user who enlarges
#: the system font gets larger headings too, never fixed sizes.
TITLE_SCALE, HEADING_SCALE, SECRET_SCALE, FINGERPRINT_SCALE = 2.0, 1.3, 1.5, 1.2
MIN_POINT_SIZE = 10.0


def _sheet(base: float) -> str:
    title, heading = base * TITLE_SCALE, base * HEADING_SCALE
    secret, fingerprint = base * SECRET_SCALE, base * FINGERPRINT_SCALE
    # No rule for every QWidget (the text colour is the palette's): any style sheet makes Qt
    # style each widget through QStyleSheetStyle, and a rule that matches every widget made the
    # first build of a page cost about 15% more again (docs/performance.md, "Building pages").
    return f"""
QLabel[role="title"] {{ font-size: {title:.1f}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {heading:.1f}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: 600; }}
QLabel[role="ok"] {{ color: {OK}; }}
QLabel[role="warn"] {{ color: {WARN}; }}
QLabel[role="secret"] {{
    font-family: "DejaVu Sans Mono", monospace; font-size: {secret:.1f}pt; padding: 12px;
    background: {PANEL}; border: 1px solid {LINE}; border-radius: 6px;
}}
QLabel[role="fingerprint"] {{
    font-family: "DejaVu Sans Mono", monospace; font-size: {fingerprint:.1f}pt;
}}
QFrame[role="card"] {{ background: white; border: 1px solid {LINE}; border-radius: 8px; }}
QPushButton {{
    padding: 6px 14px; border-radius: 4px; border: 1px solid {LINE}; background: white;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:disabled {{ color: #9aa5b1; background: {PANEL}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT_DARK}; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #9fb3c2; border-color: #9fb3c2; }}
QPushButton[role="danger"] {{ color: {DANGER}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox {{
    padding: 4px 6px; border: 1px solid {LINE}; border-radius: 4px; background: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {ACCENT}; }}
QTreeWidget, QListWidget, QTableView, QTreeView {{
    border: 1px solid {LINE}; background: white; alternate-background-color: {PANEL};
}}
QTreeWidget:focus, QListWidget:focus, QTableView:focus, QTreeView:focus {{
    border: 2px solid {ACCENT};
}}
QTreeWidget#navigation {{ background: {PANEL}; border: none; border-right: 1px solid {LINE}; }}
QTreeWidget#navigation:focus {{ border-right: 2px solid {ACCENT}; }}
QToolBar {{ border: none; border-bottom: 1px solid {LINE}; padding: 4px; spacing: 6px; }}
QStatusBar {{ color: {MUTED}; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 4px; background: white; height: 10px;
    text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 3px; }}
"""


def apply(app: QApplication) -> None:
    fonts.register()  # Chinese and Japanese on machines without a CJK font
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#fbfcfd"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(PANEL))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Button, QColor("white"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    app.setPalette(palette)
    font = app.font()  # the system's font, as the platform theme reports it
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(QFont(font))
    app.setStyleSheet(_sheet(font.pointSizeF()))


def set_role(widget: object, role: str) -> None:
    """Give a widget a style role (``title``, ``muted``, ``error``, ``primary``…)."""
    from PySide6.QtWidgets import QWidget

    if isinstance(widget, QWidget):
        widget.setProperty("role", role)
        # A widget not yet polished takes its role's rules when it first is: repolishing it
        # here would style it twice.
        if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
