"""Merging the co-drafter's revision: what does not overlap is merged already; every conflict
is shown side by side and decided by the user (mine, theirs, both, or edited). Nothing is
saved until every conflict is resolved.

A conflict's box costs about 4 ms to build: the first boxes are built with the dialog and the
rest a few at a time on the next turns of the event loop (:attr:`MergeDialog.building` until
then), so that a merge with a hundred conflicts opens at once instead of freezing the window
for half a second."""

from __future__ import annotations

import copy
import time
from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import drafts
from app.errors import AppError
from app.merge import Choice
from app.vault import OpenVault
from storage.models import Revision
from ui.common.errors import describe, sentence
from ui.common.theme import set_role
from ui.common.writing import DialogWrite, saving_label
from ui.i18n import QT_TRANSLATE_NOOP, Labels, isolate

_DONE = Labels(
    {
        "ours": QT_TRANSLATE_NOOP("Labels", "Kept yours"),
        "theirs": QT_TRANSLATE_NOOP("Labels", "Took theirs"),
        "both": QT_TRANSLATE_NOOP("Labels", "Kept both"),
    }
)


class ConflictBox(QGroupBox):
    def __init__(self, dialog: MergeDialog, index: int, number: int, ours: str, theirs: str):
        super().__init__(self.tr("Conflict {number}").format(number=number))
        self.dialog = dialog
        self.index = index
        mine = QPlainTextEdit(ours)
        mine.setReadOnly(True)
        mine.setAccessibleName(self.tr("Conflict {number}: your text").format(number=number))
        other = QPlainTextEdit(theirs)
        other.setReadOnly(True)
        other.setAccessibleName(
            self.tr("Conflict {number}: the co-drafter's text").format(number=number)
        )
        for box in (mine, other):
            box.setMaximumHeight(120)
        self._number = number
        self._starting_text = ours + ("\n" if ours and theirs else "") + theirs
        # The editor for the user's own wording is made when first asked for.
        self.custom: QPlainTextEdit | None = None
        self._custom = False
        self.state = QLabel(self.tr("Not resolved yet"))
        set_role(self.state, "warn")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (
            ("ours", self.tr("Keep mine")),
            ("theirs", self.tr("Take theirs")),
            ("both", self.tr("Keep both")),
            ("custom", self.tr("Write my own…")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.state)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Yours")), 0, 0)
        grid.addWidget(QLabel(self.tr("Theirs")), 0, 1)
        grid.addWidget(mine, 1, 0)
        grid.addWidget(other, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(row)
        # As tall as its contents want: the list scrolls rather than squeezing the texts.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        #: the box's widgets in the order Tab visits them.
        self.focus_order: list[QWidget] = [mine, other, *self.buttons.values()]

    def _custom_editor(self) -> QPlainTextEdit:
        if self.custom is None:
            self.custom = QPlainTextEdit(self._starting_text)
            self.custom.setAccessibleName(
                self.tr("Conflict {number}: your own wording").format(number=self._number)
            )
            self.custom.setMaximumHeight(120)
            self.custom.setTabChangesFocus(True)  # keyboard users move on with Tab
            self.custom.textChanged.connect(self._custom_changed)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.custom)
            # Tab goes from "Write my own…" into the editor, then on to the next conflict.
            QWidget.setTabOrder(self.buttons["custom"], self.custom)
        return self.custom

    def choose(self, key: str) -> None:
        self._custom = key == "custom"
        if self._custom:
            editor = self._custom_editor()
            editor.show()
            editor.setFocus()
            self._custom_changed()
            return
        if self.custom is not None:
            self.custom.hide()
        self.dialog.resolve(self.index, Choice(key))
        self.state.setText(
            {
                "ours": self.tr("Kept yours"),
                "theirs": self.tr("Took theirs"),
                "both": self.tr("Kept both"),
            }[key]
        )
        set_role(self.state, "ok")

    def _custom_changed(self) -> None:
        if self._custom and self.custom is not None:
            self.dialog.resolve(self.index, Choice.CUSTOM, self.custom.toPlainText())
            self.state.setText(self.tr("Your own wording"))
            set_role(self.state, "ok")


class MergeDialog(QDialog):
    #: boxes built with the dialog, and how long later turns may spend building more.
    FIRST_BOXES = 4
    BUDGET_S = 0.006

    def __init__(
        self,
        vault: OpenVault,
        state: drafts.MergeState,
        theirs: Revision,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.state = state
        self.setWindowTitle(self.tr("Merge the co-drafter's revision"))
        self.resize(900, 640)
        conflicts = state.conflicts
        clean_changes = sum(
            1 for h in state.hunks if not h.is_conflict and (h.ours != h.base or h.theirs != h.base)
        )
        intro = QLabel(
            self.tr("{author} changed the text while you did.").format(
                author=isolate(theirs.author_name)
            )
            + " "
            + self.tr("%n change(s) that do not overlap are merged already.", "", clean_changes)
            + " "
            + (
                self.tr(
                    "%n place(s) were changed by both of you: decide each one.", "", len(conflicts)
                )
                if conflicts
                else self.tr("Nothing overlaps.")
            )
        )
        intro.setWordWrap(True)
        inner = QWidget()
        self._column = QVBoxLayout(inner)
        # The list grows to its boxes' height at once: otherwise each box added would first
        # squeeze every box already there into the old height, then let them grow back.
        self._column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._column.addStretch(1)
        self.boxes: list[ConflictBox] = []
        self._to_build = list(enumerate(conflicts))
        self._builder = QTimer(self)
        self._builder.setSingleShot(True)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_more)
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = QLineEdit(
            self.tr("Merge {author_name}'s revision").format(author_name=theirs.author_name)
        )
        self.message.setAccessibleName(self.tr("Merge message"))
        self.progress = QLabel("")
        self.error = QLabel("")
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save the merge"))
        self.buttons.accepted.connect(self.commit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Message")))
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.saving = saving_label()
        layout.addWidget(self.saving)
        layout.addWidget(self.buttons)
        busy = (scroll, self.message, self.buttons)
        self._write = DialogWrite(self, busy, self.saving, self._not_saved)
        self.buttons.rejected.connect(self._write.cancel)
        self._build(self.FIRST_BOXES, None)
        self._update()

    @property
    def building(self) -> bool:
        """True while some conflicts' boxes are still to be built (a box built is shown by its
        layout on the next turn of the event loop)."""
        return bool(self._to_build)

    def _build(self, most: int, deadline: float | None) -> None:
        while self._to_build and most > 0:
            n, index = self._to_build.pop(0)
            hunk = self.state.hunks[index]
            box = ConflictBox(self, index, n + 1, hunk.ours, hunk.theirs)
            self._column.insertWidget(self._column.count() - 1, box)
            # Built after the message and the buttons, the box would come after them when
            # moving with Tab; it belongs after the previous conflict (the first, after the list).
            previous = self.boxes[-1].focus_order[-1] if self.boxes else self._scroll
            for widget in box.focus_order:
                QWidget.setTabOrder(previous, widget)
                previous = widget
            self.boxes.append(box)
            box.ensurePolished()  # styled now, within the budget, not at the next layout
            most -= 1
            if deadline is not None and time.perf_counter() >= deadline:
                break
        if self._to_build:
            self._builder.start()

    def _build_more(self) -> None:
        self._build(len(self._to_build), time.perf_counter() + self.BUDGET_S)

    def resolve(self, index: int, choice: Choice, text: str | None = None) -> None:
        try:
            self.state.resolve(index, choice, text)
        except AppError as exc:
            self.error.setText(sentence(exc))
            self.error.show()
        self._update()

    def _update(self) -> None:
        total = len(self.state.conflicts)
        left = len(self.state.unresolved)
        self.progress.setText(
            self.tr("{resolved} of %n conflict(s) resolved", "", total).format(
                resolved=total - left
            )
            if total
            else self.tr("Ready to save")
        )
        self.save_button.setEnabled(left == 0)

    def commit(self) -> None:
        """Save the merge, written on the window's writer thread from a copy of the choices
        made (the boxes stay clickable for a blink); the dialog closes once it is saved."""
        self.error.hide()
        state = copy.deepcopy(self.state)
        self._write.start(partial(drafts.commit_merge, self.vault, state, self.message.text()))

    @property
    def result_revision(self) -> Revision | None:
        """The merge's revision, once it is saved."""
        return self._write.result  # type: ignore[no-any-return]

    @property
    def is_saving(self) -> bool:
        return self._write.running

    def _not_saved(self, error: AppError) -> None:
        self.error.setText(self.tr("Not saved: {exc}.").format(exc=describe(error)))
        self.error.show()
