"""Small helpers shared by the record forms: a dialog with OK/Cancel and an inline error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
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
from ui.common.errors import sentence
from ui.common.keep_until import KeepUntilField
from ui.common.theme import set_role
from ui.common.writing import DialogWrite, saving_label


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
    """A form dialog whose Save writes the record on the window's writer thread
    (:class:`ui.common.writing.DialogWrite`: Escape and close refused meanwhile, "Saving…" if
    it takes longer than a blink); an AppError is shown inline and the dialog stays."""

    #: a save started by Save has ended: saved (and the dialog accepted) or refused (its
    #: error shown, the dialog still open).
    save_ended = Signal()

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
        self.saving = saving_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.saving)
        layout.addWidget(self.buttons)
        self._gather: Callable[[], Callable[[], Any]] | None = None
        self._keep: tuple[OpenVault, str] | None = None
        self.keep_until: KeepUntilField | None = None
        self._write = DialogWrite(self, (self.fields, self.buttons), self.saving, self._refused)
        self._write.ended.connect(self.save_ended)
        self.buttons.rejected.connect(self._write.cancel)

    @property
    def result_record(self) -> Any:
        """What the save's write returned (None until it has been written)."""
        return self._write.result

    def on_save(self, gather: Callable[[], Callable[[], Any]]) -> None:
        """``gather`` runs on the Qt thread when Save is pressed: it reads the form (and may
        refuse it with an AppError) and returns the write, a callable without arguments that
        runs on the writer thread and returns the saved record (``result_record``). It must
        not touch a widget."""
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
        return self._write.running

    def save(self) -> None:
        """What Save does: read the form, then write it (nothing while a write runs)."""
        if self._write.running:
            return
        if self._gather is None:
            self.accept()
            return
        try:
            write = self._gather()
        except AppError as exc:
            self._refused(exc)
            self.save_ended.emit()
            return
        if self._keep is not None and self.keep_until is not None:
            vault, kind = self._keep
            write = partial(
                retention.save_with_keep_until, vault, kind, write, self.keep_until.day()
            )
        self.error.hide()
        self._write.start(write)

    def _refused(self, error: AppError) -> None:
        self.error.setText(sentence(error))
        self.error.show()
