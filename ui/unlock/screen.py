"""The unlock screen: passphrase (or recovery key), a clear message when it is wrong.

The key derivation (Argon2id, about a second at 256 MiB) runs in a worker; the window stays
responsive and shows that it is working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import vault as app_vault
from app.errors import AppError, InvalidInput, VaultDamaged, WrongSecret
from app.vault import OpenVault
from ui.common import workers
from ui.common.errors import describe, sentence
from ui.common.theme import set_role
from ui.i18n import ltr


class UnlockScreen(QWidget):
    #: the vault opened (payload: the OpenVault).
    unlocked = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        #: called on the unlocking worker before the key derivation starts (the root window
        #: loads the workspace's code there: docs/performance.md, "Unlock to workspace").
        self.before_unlock: Callable[[], None] | None = None
        self._job: workers.Job | None = None
        self._recovery = False

        card = QFrame()
        set_role(card, "card")
        card.setMaximumWidth(460)
        title = QLabel(self.tr("Quietroom"))
        set_role(title, "title")
        self.subtitle = QLabel(self.tr("Your vault is locked."))
        set_role(self.subtitle, "muted")
        self.prompt = QLabel(self.tr("Passphrase"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.setPlaceholderText(self.tr("Type your passphrase"))
        self.secret.returnPressed.connect(self.submit)
        self.prompt.setBuddy(self.secret)
        self.error = QLabel("")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()
        self.status = QLabel("")
        set_role(self.status, "muted")
        self.status.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        set_role(self.unlock_button, "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.mode_button = QPushButton(self.tr("Use the recovery key instead"))
        self.mode_button.setFlat(True)
        self.mode_button.clicked.connect(self.toggle_mode)
        where = QLabel(self.tr("Vault: {folder}").format(folder=ltr(str(folder))))
        set_role(where, "muted")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 28, 28, 28)
        inner.setSpacing(10)
        inner.addWidget(title)
        inner.addWidget(self.subtitle)
        inner.addSpacing(8)
        inner.addWidget(self.prompt)
        inner.addWidget(self.secret)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        inner.addSpacing(6)
        inner.addWidget(where)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def showEvent(self, event: object) -> None:
        self.secret.setFocus()

    def toggle_mode(self) -> None:
        self._recovery = not self._recovery
        if self._recovery:
            self.prompt.setText(self.tr("Recovery key"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setAccessibleName(self.tr("Recovery key"))
            self.secret.setPlaceholderText(
                self.tr("XXXXX-XXXXX-…  (case, spaces and dashes do not matter)")
            )
            self.mode_button.setText(self.tr("Use the passphrase instead"))
        else:
            self.prompt.setText(self.tr("Passphrase"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.secret.setPlaceholderText(self.tr("Type your passphrase"))
            self.mode_button.setText(self.tr("Use the recovery key instead"))
        self.secret.clear()
        self.error.hide()
        self.secret.setFocus()

    def submit(self) -> None:
        if self._job is not None:
            return
        secret = self.secret.text()
        if not secret:
            self._show_error(
                self.tr("Type your passphrase first.")
                if not self._recovery
                else self.tr("Type your recovery key first.")
            )
            return
        fn = app_vault.unlock_with_recovery_key if self._recovery else app_vault.unlock
        before = self.before_unlock

        def attempt(folder: Path, secret: str, progress: app_vault.Progress) -> OpenVault:
            if before is not None:
                before()
            return fn(folder, secret, progress)

        self._set_busy(True)
        job = workers.Job(attempt, self.folder, secret)
        job.signals.progress.connect(self._converting)
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job = workers.start(job)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.status.setText(self.tr("Deriving the key from your passphrase…") if busy else "")
        self.secret.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.mode_button.setEnabled(not busy)
        if busy:
            self.error.hide()

    def _converting(self, done: int, total: int) -> None:
        """The vault's database is being rewritten: converted or updated after an update of
        Quietroom, or without the space of deleted records."""
        self.status.setText(
            self.tr(
                "Updating how this vault is stored (after an update of Quietroom, or to give back "
                "the space of deleted records). A large vault can take a minute or two…"
            )
        )

    def _done(self, vault: OpenVault) -> None:
        self._job = None
        self._set_busy(False)
        self.secret.clear()
        self.unlocked.emit(vault)

    def _failed(self, error: AppError) -> None:
        self._job = None
        self._set_busy(False)
        if isinstance(error, WrongSecret):
            self._show_error(
                self.tr(
                    "That recovery key does not open this vault. Check the keyboard layout and "
                    "Caps Lock, then try again."
                )
                if self._recovery
                else self.tr(
                    "That passphrase does not open this vault. Check the keyboard layout and "
                    "Caps Lock, then try again."
                )
            )
        elif isinstance(error, VaultDamaged):
            self._show_error(
                self.tr("The vault is damaged: {error}. Restore it from a backup.").format(
                    error=describe(error)
                )
            )
        elif isinstance(error, InvalidInput):
            self._show_error(sentence(error))
        else:
            self._show_error(
                self.tr("The vault could not be opened: {error}.").format(error=describe(error))
            )
        self.secret.selectAll()
        self.secret.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
