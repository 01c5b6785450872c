"""ui/common/flow_layout.py: page buttons wrap instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from ui.common.flow_layout import FlowLayout
from ui.common.list_page import PageHeader


def _holder(qtbot, texts: list[str]) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = FlowLayout(holder, spacing=6)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        layout.addWidget(button)
    return holder, layout, buttons


def _rows(buttons: list[QPushButton]) -> list[list[str]]:
    tops = sorted({b.geometry().top() for b in buttons if b.isVisible()})
    return [
        [b.text() for b in sorted(buttons, key=lambda b: b.x()) if b.geometry().top() == top]
        for top in tops
    ]


def test_buttons_share_one_row_when_there_is_room_aligned_to_the_trailing_edge(qtbot) -> None:
    holder, layout, buttons = _holder(qtbot, ["Share…", "Delete…", "Add paper…"])
    holder.resize(layout.sizeHint().width() + 200, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert _rows(buttons) == [["Share…", "Delete…", "Add paper…"]]
    assert buttons[-1].geometry().right() == holder.width() - 1  # flush right
    assert buttons[0].x() >= 200


def test_narrower_than_the_row_the_buttons_wrap_whole_and_never_overlap(qtbot) -> None:
    holder, layout, buttons = _holder(
        qtbot, ["Share…", "Delete…", "Delete after…", "Restrict sharing…", "Add paper…"]
    )
    widest = max(b.sizeHint().width() for b in buttons)
    assert layout.minimumSize().width() == max(b.minimumSizeHint().width() for b in buttons)
    width = widest + 40
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    rows = _rows(buttons)
    assert len(rows) > 1
    assert [text for row in rows for text in row] == [b.text() for b in buttons]  # order kept
    for button in buttons:
        assert holder.rect().contains(button.geometry())
        assert button.size() == button.sizeHint()
    assert layout.heightForWidth(width) > layout.heightForWidth(layout.sizeHint().width())


def test_right_to_left_the_first_button_is_on_the_right_and_rows_align_left(qtbot) -> None:
    holder, layout, buttons = _holder(qtbot, ["Share…", "Delete…", "Add paper…"])
    holder.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    holder.resize(layout.sizeHint().width() + 200, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert buttons[0].x() > buttons[1].x() > buttons[2].x()
    assert buttons[2].x() == 0


def test_a_hidden_button_takes_no_place_and_one_inserted_first_comes_first(qtbot) -> None:
    holder, layout, buttons = _holder(qtbot, ["Delete…", "Add paper…"])
    buttons[0].hide()
    share = QPushButton("Share…")
    layout.insertWidget(0, share)
    holder.resize(layout.sizeHint().width(), 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert share.x() == 0
    assert buttons[1].x() == share.sizeHint().width() + 6


def test_a_page_header_with_many_actions_lets_the_window_be_narrow(qtbot) -> None:
    header = PageHeader("Papers", "Drafts, non-papers and documents.")
    qtbot.addWidget(header)
    names = ["Share…", "Delete…", "Delete after…", "Restrict sharing…", "Save a copy outside…"]
    buttons = [header.add_action(text) for text in names]
    one_row = sum(b.sizeHint().width() for b in buttons)
    assert header.minimumSizeHint().width() < one_row / 2
