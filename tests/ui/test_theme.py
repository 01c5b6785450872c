"""ui/common/theme.py: the palette, the style sheet's roles, a role changed on a shown widget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QVBoxLayout, QWidget

from ui.common import theme


@pytest.fixture
def themed() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_font, saved_sheet, saved_palette = app.font(), app.styleSheet(), app.palette()
    theme.apply(app)
    try:
        yield app
    finally:
        app.setStyleSheet(saved_sheet)
        app.setPalette(saved_palette)
        app.setFont(saved_font)


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Active, widget.foregroundRole())


def _window(qtbot: object, *widgets: QWidget) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    return window


def test_text_without_a_role_is_ink(qtbot: object, themed: QApplication) -> None:
    label, box = QLabel("Round 2"), QCheckBox("Attributable")
    window = _window(qtbot, label, box)
    assert window.isVisible()
    assert _text_colour(label) == QColor(theme.INK)
    assert _text_colour(box) == QColor(theme.INK)


def test_a_role_given_before_the_widget_is_shown_styles_it(
    qtbot: object, themed: QApplication
) -> None:
    muted, title = QLabel("since the last round"), QLabel("Dialogues")
    theme.set_role(muted, "muted")
    theme.set_role(title, "title")
    plain = QLabel("Lake Orta")
    window = _window(qtbot, muted, title, plain)
    assert window.isVisible()
    assert _text_colour(muted) == QColor(theme.MUTED)
    assert title.font().pointSizeF() == pytest.approx(
        plain.font().pointSizeF() * theme.TITLE_SCALE, abs=0.1
    )


def test_a_role_changed_on_a_shown_widget_restyles_it(qtbot: object, themed: QApplication) -> None:
    status = QLabel("Checking the folder…")
    window = _window(qtbot, status)
    assert window.isVisible()
    assert _text_colour(status) == QColor(theme.INK)
    theme.set_role(status, "error")
    assert _text_colour(status) == QColor(theme.DANGER)
    theme.set_role(status, "ok")
    assert _text_colour(status) == QColor(theme.OK)
