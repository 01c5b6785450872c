"""Compare a contact's fingerprint with the digits they read out, side by side, then verify.

Verification is an explicit act: every group must match what the person read out, and the
user confirms once more before the contact is marked verified.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import contacts
from app.contacts import ContactView
from app.errors import AppError
from app.vault import OpenVault
from ui.common.errors import describe
from ui.common.theme import set_role
from ui.common.writing import DialogWrite, saving_label

MATCH = "✓"
DIFFERS = "✗"


class VerifyDialog(QDialog):
    """Their card's digit groups on the left, what they read out on the right."""

    def __init__(self, vault: OpenVault, contact: ContactView, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self.contact = contact
        self.setWindowTitle(self.tr("Compare fingerprints with {name}").format(name=contact.name))
        self.setMinimumWidth(520)
        heading = QLabel(self.tr("Compare fingerprints with {name}").format(name=contact.name))
        set_role(heading, "heading")
        heading.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Ask {name} to open Quietroom and read out their own fingerprint, in person or on "
                "a call where you recognise their voice. Type each group as you hear it. Never "
                "take the digits from the same message that brought the card."
            ).format(name=contact.name)
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for column, text in enumerate(
            ("", self.tr("On the card you hold"), self.tr("What they read out"), "")
        ):
            caption = QLabel(text)
            set_role(caption, "muted")
            grid.addWidget(caption, 0, column)
        digits = QRegularExpressionValidator(r"[0-9]{0,5}")
        self.heard: list[QLineEdit] = []
        self.marks: list[QLabel] = []
        for i, group in enumerate(contact.fingerprint_groups):
            number = QLabel(f"{i + 1}.")
            set_role(number, "muted")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            theirs = QLabel(group)
            set_role(theirs, "fingerprint")
            theirs.setAccessibleName(self.tr("Group {number} on the card").format(number=i + 1))
            field = QLineEdit()
            field.setValidator(digits)
            field.setMaxLength(5)
            field.setFixedWidth(110)
            field.setAccessibleName(self.tr("Group {number} as read out").format(number=i + 1))
            field.setProperty("group", i)
            field.textEdited.connect(self._edited)
            field.setStyleSheet('font-family: "DejaVu Sans Mono", monospace; font-size: 12pt;')
            mark = QLabel("")
            mark.setFixedWidth(24)
            grid.addWidget(number, i + 1, 0)
            grid.addWidget(theirs, i + 1, 1)
            grid.addWidget(field, i + 1, 2)
            grid.addWidget(mark, i + 1, 3)
            self.heard.append(field)
            self.marks.append(mark)
        grid.setColumnStretch(4, 1)

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.verify_button = self.buttons.addButton(
            self.tr("Mark as verified…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        set_role(self.verify_button, "primary")
        self.verify_button.setEnabled(False)
        self.verify_button.clicked.connect(self.confirm_and_verify)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        self.saving = saving_label()
        layout.addWidget(self.saving)
        layout.addWidget(self.buttons)
        busy = (*self.heard, self.buttons)
        self._write = DialogWrite(self, busy, self.saving, self._not_verified)
        self.buttons.rejected.connect(self._write.cancel)
        self._update()

    # Slots return None (PySide6 6.12).
    def _edited(self, _text: str) -> None:
        self._update()

    def set_heard(self, text: str) -> None:
        """Fill the groups from one string of digits (spaces and dashes ignored)."""
        only = "".join(ch for ch in text if ch.isdigit())
        for i, field in enumerate(self.heard):
            field.setText(only[i * 5 : i * 5 + 5])
        self._update()

    @property
    def all_match(self) -> bool:
        return all(
            f.text() == g for f, g in zip(self.heard, self.contact.fingerprint_groups, strict=True)
        )

    def _update(self) -> None:
        differs: list[int] = []
        for i, (field, group) in enumerate(
            zip(self.heard, self.contact.fingerprint_groups, strict=True)
        ):
            mark = self.marks[i]
            text = field.text()
            if len(text) < 5:
                mark.setText("")
            elif text == group:
                mark.setText(MATCH)
                set_role(mark, "ok")
            else:
                mark.setText(DIFFERS)
                set_role(mark, "error")
                differs.append(i + 1)
        if differs:
            listed = ", ".join(str(n) for n in differs)
            self.summary.setText(
                (
                    self.tr(
                        "Group {listed} does not match. Do not verify: check you heard it right, "
                        "and if it still differs, this card may not be theirs."
                    )
                    if len(differs) == 1
                    else self.tr(
                        "Groups {listed} do not match. Do not verify: check you heard it right, "
                        "and if it still differs, this card may not be theirs."
                    )
                ).format(listed=listed)
            )
            set_role(self.summary, "error")
        elif self.all_match:
            self.summary.setText(self.tr("Every group matches."))
            set_role(self.summary, "ok")
        else:
            self.summary.setText(self.tr("Fill in all twelve groups to compare."))
            set_role(self.summary, "muted")
        self.verify_button.setEnabled(self.all_match)

    def confirm_and_verify(self) -> None:
        if not self.all_match:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mark as verified"),
            self.tr(
                "Mark {name} as verified? Do this only if the digits came from {name} directly, "
                "in person or by voice."
            ).format(name=self.contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write.start(partial(contacts.set_verified, self._vault, self.contact.contact.id))

    @property
    def result_contact(self) -> ContactView | None:
        """The contact as verified, once it is written."""
        return self._write.result  # type: ignore[no-any-return]

    @property
    def is_saving(self) -> bool:
        return self._write.running

    def _not_verified(self, error: AppError) -> None:
        self.summary.setText(self.tr("Not verified: {exc}.").format(exc=describe(error)))
        set_role(self.summary, "error")
