"""Changing the passphrase and setting a duress passphrase from the unlocked app.

The same use-cases as ``quietroom passwd`` and ``quietroom duress set``. Each derives keys
with Argon2id (about a second each), so it runs on a worker while the dialog waits; a new
passphrase must be as strong as at creation (12+ characters, zxcvbn 3+), which the dialog
says as it is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import passphrase
from app import vault as app_vault
from app.errors import AppError
from ui.common import workers
from ui.common.errors import sentence, worded
from ui.common.session import VaultSession
from ui.common.theme import set_role


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class _NewPassphraseDialog(QDialog):
    """A new passphrase typed twice, judged as it is typed; OK runs :meth:`_work` on a
    worker, and the dialog closes when it succeeded or shows why it did not."""

    def __init__(self, session: VaultSession, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.job: workers.Job | None = None
        self.intro = QLabel("")
        self.intro.setWordWrap(True)
        self.new = _secret_field(self.tr("New passphrase"))
        self.confirm = _secret_field(self.tr("New passphrase again"))
        self.advice = QLabel("")
        self.advice.setWordWrap(True)
        set_role(self.advice, "muted")
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.advice)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._judge)
        self.confirm.textChanged.connect(self._judge)
        self._judge()

    def _add_new_fields(self) -> None:
        self.form.addRow(self.tr("New passphrase"), self.new)
        self.form.addRow(self.tr("Again"), self.confirm)

    def _judge(self) -> None:
        text = self.new.text()
        strength = passphrase.assess(text)
        if not text:
            self.advice.setText(self.tr("At least 12 characters and a “strong” rating."))
        elif not strength.acceptable:
            advice = worded(strength.warning) if strength.warning else ""
            self.advice.setText(self.tr("Too weak. {advice}").format(advice=advice).strip())
        elif self.confirm.text() and self.confirm.text() != text:
            self.advice.setText(self.tr("The two passphrases differ."))
        else:
            self.advice.setText(self.tr("Strong enough."))
        ready = strength.acceptable and self.confirm.text() == text and self._ready()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready and self.job is None)

    def _ready(self) -> bool:
        return True

    def submit(self) -> None:
        if self.job is not None or not self.session.is_unlocked:
            return
        self.error.hide()
        job = self._job()
        job.signals.succeeded.connect(self._done)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        self.job = job
        self._set_busy(True)
        self.session.run(job)

    def _job(self) -> workers.Job:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.new, self.confirm, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.advice.setText(self.tr("Deriving the new key (a few seconds)…"))

    def _done(self, _result: object) -> None:
        self.new.clear()
        self.confirm.clear()
        self.accept()

    def _failed(self, error: AppError) -> None:
        self.error.setText(sentence(error))
        self.error.show()

    def _finished(self) -> None:
        self.job = None
        self._set_busy(False)
        self._judge()

    def reject(self) -> None:
        if self.job is None:  # a key slot being written is finished, not abandoned
            super().reject()

    def done(self, result: int) -> None:
        for field in self.findChildren(QLineEdit):
            field.clear()  # no secret stays in a closed dialog
        super().done(result)


class ChangePassphraseDialog(_NewPassphraseDialog):
    """The current passphrase (or the recovery key), then the new one twice."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Change the passphrase"), parent)
        self.intro.setText(
            self.tr(
                "Only the passphrase's key slot is rewritten: the records are not touched, and "
                "backups made before keep opening with the old passphrase."
            )
        )
        self.current = _secret_field(self.tr("Current passphrase"))
        self.use_recovery = QCheckBox(self.tr("I give the recovery key instead"))
        self.form.addRow(self.tr("Current passphrase"), self.current)
        self.form.addRow("", self.use_recovery)
        self._add_new_fields()
        self.current.textChanged.connect(self._judge)

    def _ready(self) -> bool:
        return bool(self.current.text())

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.current.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)

    def _job(self) -> workers.Job:
        return workers.Job(
            app_vault.change_passphrase_unlocked,
            self.session.vault,
            self.current.text(),
            self.new.text(),
            self.use_recovery.isChecked(),
        )


class DuressDialog(_NewPassphraseDialog):
    """A duress passphrase, typed twice, after saying plainly what it does."""

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Duress passphrase"), parent)
        self.intro.setText(
            self.tr(
                "If someone forces you to unlock Quietroom, type this passphrase instead of "
                "yours: it destroys this vault for good, with no undo, and opens an empty vault "
                "with your name, which from then on looks like an ordinary one. Keep a backup "
                "somewhere safe. Setting it again replaces the previous one; the vault's files "
                "do not show whether one is set."
            )
        )
        set_role(self.intro, "warn")
        self.form.addRow(self.tr("Duress passphrase"), self.new)
        self.form.addRow(self.tr("Again"), self.confirm)
        self.new.setAccessibleName(self.tr("Duress passphrase"))
        self.confirm.setAccessibleName(self.tr("Duress passphrase again"))

    def _job(self) -> workers.Job:
        return workers.Job(app_vault.set_duress_passphrase, self.session.vault, self.new.text())
