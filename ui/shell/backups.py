"""Backups from the desktop app: write one, check one, restore one on a new computer.

The same use-cases as ``quietroom backup create|verify|restore`` (``app/backup.py``), each run
on a worker: writing a backup reads the whole database, checking or restoring one derives the
backup's key (Argon2id, about a second) and checks every chunk. A backup opens with the
vault's passphrase or its recovery key, so checking and restoring ask for one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app import audit, backup
from app.errors import AppError
from app.vault import OpenVault
from ui.common import file_dialogs, workers
from ui.common.errors import sentence
from ui.i18n import ltr

SUFFIX = ".qrbackup"


class SecretDialog(QDialog):
    """The passphrase of the vault the backup was made from, or its recovery key."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        explained = QLabel(text)
        explained.setWordWrap(True)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.recovery = QCheckBox(self.tr("This is the recovery key"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.secret)
        form.addRow("", self.recovery)
        layout = QVBoxLayout(self)
        layout.addWidget(explained)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.secret.clear()  # the secret does not stay in a closed dialog
        super().done(result)


class Backups(QObject):
    """The window's backup actions, and checking the vault itself; ``ask_secret`` and
    ``ask_file`` are what tests replace."""

    # a backup was restored into the vault folder (payload: nothing)
    restored = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.job: workers.Job | None = None
        self.ask_secret: Callable[[str, str], tuple[str, bool] | None] = self._ask_secret
        self.ask_file: Callable[[str, bool, str], str] = self._ask_file
        self._progress: QProgressDialog | None = None

    # -- what the user is asked ---------------------------------------------------------------

    def _ask_secret(self, title: str, text: str) -> tuple[str, bool] | None:
        dialog = SecretDialog(title, text, self.window)
        if not dialog.exec() or not dialog.secret.text():
            return None
        answer = (dialog.secret.text(), dialog.recovery.isChecked())
        dialog.secret.clear()
        return answer

    def _ask_file(self, caption: str, saving: bool, suggested: str) -> str:
        file_filter = self.tr("Quietroom backups (*{suffix});;All files (*)").format(suffix=SUFFIX)
        if saving:
            name, _ = file_dialogs.get_save_file_name(self.window, caption, suggested, file_filter)
        else:
            name, _ = file_dialogs.get_open_file_name(self.window, caption, "", file_filter)
        return name

    # -- writing ------------------------------------------------------------------------------

    def back_up(self, vault: OpenVault, run: Callable[[workers.Job], object]) -> None:
        """Ask where, then write the backup on a worker with a progress dialog."""
        if self.job is not None:
            return
        suggested = f"quietroom-{date.today().isoformat()}{SUFFIX}"
        name = self.ask_file(self.tr("Back up the vault to a file"), True, suggested)
        if not name:
            return
        # The file dialog asked before replacing a file: the user chose to.
        job = workers.Job(backup.create_backup, vault, Path(name), True)
        job.signals.succeeded.connect(self._written)
        self._start(job, self.tr("Writing the encrypted backup…"), run)

    def _written(self, info: backup.BackupInfo) -> None:
        self._close_progress()
        QMessageBox.information(
            self.window,
            self.tr("Backup written"),
            self.tr(
                "The backup is written and encrypted ({size} of records, {when} UTC). It opens "
                "with your passphrase or your recovery key. Keep it on a drive stored apart "
                "from this computer, and check it from time to time (Check a backup…)."
            ).format(
                size=QLocale().formattedDataSize(info.db_bytes, 1),
                when=ltr(info.created_at[:16].replace("T", " ")),
            ),
        )

    # -- checking -----------------------------------------------------------------------------

    def check(self) -> None:
        """Prove a backup restores, without restoring it."""
        chosen = self._choose_backup(
            self.tr("Check a backup"),
            self.tr(
                "The passphrase of the vault this backup was made from (as it was then), or "
                "its recovery key."
            ),
        )
        if chosen is None:
            return
        path, secret, recovery_key = chosen
        job = workers.Job(backup.verify_backup, path, secret, recovery_key)
        job.signals.succeeded.connect(self._checked)
        self._start(job, self.tr("Checking every part of the backup…"), workers.start)

    def _checked(self, summary: backup.BackupSummary) -> None:
        self._close_progress()
        counts = summary.counts
        text = self.tr(
            "The backup made {when} UTC restores: every part is authentic and its database "
            "is intact.\n\nDialogues: {dialogues} · Rounds: {sessions} · People: {people} · "
            "Notes: {notes} · Papers: {papers}"
        ).format(
            when=ltr(summary.created_at[:16].replace("T", " ")),
            dialogues=counts.get("dialogues", 0),
            sessions=counts.get("sessions", 0),
            people=counts.get("people", 0),
            notes=counts.get("notes", 0),
            papers=counts.get("papers", 0),
        )
        if not summary.audit_ok:
            text += "\n\n" + self.tr(
                "Its audit log does not verify: records were changed outside Quietroom "
                "before the backup was made."
            )
            QMessageBox.warning(self.window, self.tr("Backup checked"), text)
        else:
            QMessageBox.information(self.window, self.tr("Backup checked"), text)

    # -- checking the vault itself --------------------------------------------------------------

    def check_vault(self, vault: OpenVault, run: Callable[[workers.Job], object]) -> None:
        """Authenticate every page of the open vault and verify its audit log: after a
        border crossing, or a laptop left out of sight."""
        if self.job is not None:
            return
        job = workers.Job(audit.check_vault, vault)
        job.signals.succeeded.connect(self._vault_checked)
        self._start(job, self.tr("Checking every page of the vault…"), run)

    def _vault_checked(self, found: audit.VaultCheck) -> None:
        self._close_progress()
        problems, report = found.problems, found.audit
        if found.ok:
            QMessageBox.information(
                self.window,
                self.tr("Vault checked"),
                self.tr(
                    "Every page of the vault is authentic and its database is intact. The "
                    "audit log's chain of {count} entries verifies: nothing was changed "
                    "outside Quietroom."
                ).format(count=report.entries),
            )
            return
        parts = []
        if problems:
            parts.append(
                self.tr(
                    "The vault's database failed its integrity check ({count} problem(s)): "
                    "restore it from a backup, and keep this copy for inspection."
                ).format(count=len(problems))
            )
        if not report.ok:
            parts.append(
                self.tr(
                    "The audit log does not verify (from entry {seq}): records were changed "
                    "outside Quietroom, or the log was cut."
                ).format(seq=report.bad_seq if report.bad_seq is not None else "?")
            )
        QMessageBox.warning(self.window, self.tr("Vault checked"), "\n\n".join(parts))

    # -- restoring ----------------------------------------------------------------------------

    def restore(self, folder: Path) -> None:
        """Restore a backup into ``folder`` (where no vault is yet): on a new computer."""
        chosen = self._choose_backup(
            self.tr("Restore a backup"),
            self.tr(
                "The passphrase of the vault this backup was made from, or its recovery key. "
                "The restored vault opens with the same ones."
            ),
        )
        if chosen is None:
            return
        path, secret, recovery_key = chosen
        job = workers.Job(backup.restore_backup, path, folder, secret, recovery_key)
        job.signals.succeeded.connect(lambda _summary: self.restored.emit())
        self._start(job, self.tr("Restoring the vault…"), workers.start)

    # -- the job ------------------------------------------------------------------------------

    def _choose_backup(self, title: str, text: str) -> tuple[Path, str, bool] | None:
        """The backup file and the secret that opens it; None when a question was cancelled
        or another backup job is running."""
        if self.job is not None:
            return None
        name = self.ask_file(title, False, "")
        if not name:
            return None
        answer = self.ask_secret(title, text)
        if answer is None:
            return None
        return Path(name), answer[0], answer[1]

    def _start(self, job: workers.Job, label: str, run: Callable[[workers.Job], object]) -> None:
        self.job = job
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setWindowTitle(self.tr("Quietroom"))
        progress.setCancelButton(None)  # a backup is written whole or not at all
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self._progress = progress
        job.signals.progress.connect(self._advanced)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        run(job)

    def _advanced(self, done: int, total: int) -> None:
        if self._progress is not None and total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(min(done, total))

    def _failed(self, error: AppError) -> None:
        self._close_progress()
        QMessageBox.warning(self.window, self.tr("Backups"), sentence(error))

    def _finished(self) -> None:
        self.job = None
        self._close_progress()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
