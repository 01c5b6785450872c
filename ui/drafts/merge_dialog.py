"""Merging the co-drafter's revision: what does not overlap is merged already; every conflict
is shown side by side and decided by the user (mine, theirs, both, or edited). Nothing is
saved until every conflict is resolved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import drafts
from app.errors import AppError
from app.merge import Choice
from app.vault import OpenVault
from storage.models import Revision
from ui.common.theme import set_role

_DONE = {"ours": "Kept yours", "theirs": "Took theirs", "both": "Kept both"}


class ConflictBox(QGroupBox):
    def __init__(self, dialog: MergeDialog, index: int, number: int, ours: str, theirs: str):
        super().__init__(f"Conflict {number}")
        self.dialog = dialog
        self.index = index
        mine = QPlainTextEdit(ours)
        mine.setReadOnly(True)
        mine.setAccessibleName(f"Conflict {number}: your text")
        other = QPlainTextEdit(theirs)
        other.setReadOnly(True)
        other.setAccessibleName(f"Conflict {number}: the co-drafter's text")
        for box in (mine, other):
            box.setMaximumHeight(120)
        self.custom = QPlainTextEdit(ours + ("\n" if ours and theirs else "") + theirs)
        self.custom.setAccessibleName(f"Conflict {number}: your own wording")
        self.custom.setMaximumHeight(120)
        self.custom.hide()
        self._custom = False
        self.state = QLabel("Not resolved yet")
        set_role(self.state, "warn")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (
            ("ours", "Keep mine"),
            ("theirs", "Take theirs"),
            ("both", "Keep both"),
            ("custom", "Write my own…"),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, k=key: self.choose(k))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.state)
        grid = QGridLayout()
        grid.addWidget(QLabel("Yours"), 0, 0)
        grid.addWidget(QLabel("Theirs"), 0, 1)
        grid.addWidget(mine, 1, 0)
        grid.addWidget(other, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.custom)
        self.custom.textChanged.connect(self._custom_changed)

    def choose(self, key: str) -> None:
        self._custom = key == "custom"
        if self._custom:
            self.custom.show()
            self.custom.setFocus()
            self._custom_changed()
            return
        self.custom.hide()
        self.dialog.resolve(self.index, Choice(key))
        self.state.setText(
            {"ours": "Kept yours", "theirs": "Took theirs", "both": "Kept both"}[key]
        )
        set_role(self.state, "ok")

    def _custom_changed(self) -> None:
        if self._custom:
            self.dialog.resolve(self.index, Choice.CUSTOM, self.custom.toPlainText())
            self.state.setText("Your own wording")
            set_role(self.state, "ok")


class MergeDialog(QDialog):
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
        self.result_revision: Revision | None = None
        self.setWindowTitle("Merge the co-drafter's revision")
        self.resize(900, 640)
        conflicts = state.conflicts
        clean_changes = sum(
            1 for h in state.hunks if not h.is_conflict and (h.ours != h.base or h.theirs != h.base)
        )
        intro = QLabel(
            f"{theirs.author_name} changed the text while you did. "
            f"{clean_changes} change(s) that do not overlap are merged already. "
            + (
                f"{len(conflicts)} place(s) were changed by both of you: decide each one."
                if conflicts
                else "Nothing overlaps."
            )
        )
        intro.setWordWrap(True)
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.boxes = [
            ConflictBox(self, index, n + 1, state.hunks[index].ours, state.hunks[index].theirs)
            for n, index in enumerate(conflicts)
        ]
        for box in self.boxes:
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = QLineEdit(f"Merge {theirs.author_name}'s revision")
        self.message.setAccessibleName("Merge message")
        self.progress = QLabel("")
        self.error = QLabel("")
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Save the merge")
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel("Message"))
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()

    def resolve(self, index: int, choice: Choice, text: str | None = None) -> None:
        try:
            self.state.resolve(index, choice, text)
        except AppError as exc:
            self.error.setText(f"{exc}.")
            self.error.show()
        self._update()

    def _update(self) -> None:
        total = len(self.state.conflicts)
        left = len(self.state.unresolved)
        self.progress.setText(
            f"{total - left} of {total} conflict(s) resolved" if total else "Ready to save"
        )
        self.save_button.setEnabled(left == 0)

    def commit(self) -> None:
        try:
            self.result_revision = drafts.commit_merge(self.vault, self.state, self.message.text())
        except AppError as exc:
            self.error.setText(f"Not saved: {exc}.")
            self.error.show()
            return
        self.accept()
