"""One's own contact card: name, fingerprint in digit groups, QR code, copy and save."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import contacts, identity
from app.errors import AppError
from app.vault import OpenVault
from ui.common import file_dialogs
from ui.common.errors import describe
from ui.common.theme import set_role


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    """A QR code of ``text`` rendered in memory (no file is written)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class CardView(QWidget):
    def __init__(
        self, copy: Callable[[str], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._copy = copy
        self._text = ""
        self._vault: OpenVault | None = None
        self.name = QLabel("")
        set_role(self.name, "heading")
        self.fingerprint = QLabel("")
        set_role(self.fingerprint, "fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code of your contact card"))
        self.qr.setFixedSize(200, 200)
        self.qr.setScaledContents(True)
        self.copy_button = QPushButton(self.tr("Copy card as text"))
        self.copy_button.clicked.connect(self._copy_text)
        self.save_button = QPushButton(self.tr("Save card to a file…"))
        self.save_button.clicked.connect(self._save)
        caption = QLabel(self.tr("Fingerprint"))
        set_role(caption, "muted")
        left = QVBoxLayout()
        left.addWidget(self.name)
        left.addWidget(caption)
        left.addWidget(self.fingerprint)
        left.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(left, 0, 0)
        grid.addWidget(self.qr, 0, 1)

    def show_card(self, card_text: str, vault: OpenVault) -> None:
        self._vault = vault
        self._text = card_text
        me = identity.whoami(vault)
        self.name.setText(me.display_name)
        self.fingerprint.setText(me.fingerprint)  # the same lines as every other screen
        self.qr.setPixmap(qr_pixmap(card_text))

    def clear(self) -> None:
        self._vault = None
        self._text = ""
        self.name.clear()
        self.fingerprint.clear()
        self.qr.clear()

    def _copy_text(self) -> None:
        if not self._text:
            return
        if self._copy is not None:
            self._copy(self._text)
        else:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(self._text)

    def _save(self) -> None:
        if self._vault is None:
            return
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save your contact card"), "my-card.qrcard"
        )
        if not path:
            return
        try:
            contacts.export_card_file(self._vault, Path(path))
        except AppError as exc:
            QMessageBox.critical(
                self,
                self.tr("Card not saved"),
                self.tr("The card was not saved: {exc}.").format(exc=describe(exc)),
            )
