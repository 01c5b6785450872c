"""Small helpers shared by the record forms: a dialog with OK/Cancel and an inline error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import retention
from app.errors import AppError
from app.vault import OpenVault
from ui.common import workers
from ui.common.errors import sentence
from ui.common.keep_until import KeepUntilField
from ui.common.theme import set_role


def choice_box(choices: tuple[str, ...], labels: Mapping[str, str] | None = None) -> QComboBox:
    """A combo box whose item data are the app's choice values."""
    box = QComboBox()
    for value in choices:
        box.addItem((labels or {}).get(value, value.replace("_", " ").capitalize() or "—"), value)
    return box


def select(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


class RecordDialog(QDialog):
    """A form dialog whose Save writes the record in a worker, so that a slow disk (a commit
    waits for it) never freezes the window; an AppError is shown inline and the dialog stays.

    While the write runs, Save does nothing more, Cancel, Escape and the window's close button
    are refused (the write cannot be taken back half way); after ``SLOW_MS`` the form is
    greyed out and says "Saving…". A programmatic :meth:`reject` (the vault being locked)
    still closes the dialog: the write then ends on its own and its outcome is ignored."""

    #: a save started by Save has ended: saved (and the dialog accepted) or refused (its
    #: error shown, the dialog still open).
    save_ended = Signal()

    SLOW_MS = 200

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.saving = QLabel(self.tr("Saving…"))
        set_role(self.saving, "muted")
        self.saving.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.saving)
        layout.addWidget(self.buttons)
        self.result_record: Any = None
        self._gather: Callable[[], Callable[[], Any]] | None = None
        self._keep: tuple[OpenVault, str] | None = None
        self.keep_until: KeepUntilField | None = None
        self._job: workers.Job | None = None
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(self.SLOW_MS)
        self._slow.timeout.connect(self._show_saving)

    def on_save(self, gather: Callable[[], Callable[[], Any]]) -> None:
        """``gather`` runs on the Qt thread when Save is pressed: it reads the form (and may
        refuse it with an AppError) and returns the write, a callable without arguments that
        runs in a worker and returns the saved record (``result_record``). It must not touch
        a widget."""
        self._gather = gather

    def add_keep_until(self, vault: OpenVault, kind: str, record_id: int | None) -> None:
        """A "Delete after" row: the record's keep-until date, saved with the record in one
        transaction (``kind`` as in :mod:`app.retention`; ``record_id`` None: a new record)."""
        self.keep_until = KeepUntilField()
        if record_id is not None:
            self.keep_until.set_day(retention.keep_until(vault, kind, record_id))
        self._keep = (vault, kind)
        self.form.addRow("", self.keep_until)

    @property
    def is_saving(self) -> bool:
        return self._job is not None

    def save(self) -> None:
        """What Save does: read the form, then write it in a worker (nothing when a save is
        already running)."""
        if self._job is not None:
            return
        if self._gather is None:
            self.accept()
            return
        try:
            write = self._gather()
        except AppError as exc:
            self._refused(exc)
            return
        if self._keep is not None and self.keep_until is not None:
            vault, kind = self._keep
            write = partial(
                retention.save_with_keep_until, vault, kind, write, self.keep_until.day()
            )
        job = workers.Job(write)
        job.signals.succeeded.connect(self._saved)
        job.signals.failed.connect(self._not_saved)
        self._job = job
        self._slow.start()
        workers.start(job, workers.window_writes())

    def _saved(self, record: object) -> None:
        if self._job is None or self.sender() is not self._job.signals:
            return  # the dialog was closed (the vault locked) while the write ran
        self._end_saving()
        self.result_record = record
        self.accept()
        self.save_ended.emit()

    def _not_saved(self, error: AppError) -> None:
        if self._job is None or self.sender() is not self._job.signals:
            return
        self._end_saving()
        self._refused(error)

    def _refused(self, error: AppError) -> None:
        self.error.setText(sentence(error))
        self.error.show()
        self.save_ended.emit()

    def _show_saving(self) -> None:
        self.fields.setEnabled(False)
        self.buttons.setEnabled(False)
        self.error.hide()
        self.saving.show()

    def _end_saving(self) -> None:
        self._job = None
        self._slow.stop()
        self.saving.hide()
        self.fields.setEnabled(True)
        self.buttons.setEnabled(True)

    def done(self, result: int) -> None:
        # Closed while the write runs (only a programmatic reject gets here then): its outcome
        # is ignored.
        if self._job is not None:
            self._end_saving()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._job is not None and event.key() == Qt.Key.Key_Escape:
            event.accept()  # the write cannot be taken back
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job is not None:
            event.ignore()
            return
        super().closeEvent(event)
