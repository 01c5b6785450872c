"""Small helpers shared by the record forms: a dialog with OK/Cancel and an inline error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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
    """A form dialog whose OK runs ``save``; an AppError is shown inline and the dialog stays."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_record: Any = None
        self._save_fn: Callable[[], Any] | None = None
        self._keep: tuple[OpenVault, str] | None = None
        self.keep_until: KeepUntilField | None = None

    def on_save(self, fn: Callable[[], Any]) -> None:
        self._save_fn = fn

    def add_keep_until(self, vault: OpenVault, kind: str, record_id: int | None) -> None:
        """A "Delete after" row: the record's keep-until date, saved with the record in one
        transaction (``kind`` as in :mod:`app.retention`; ``record_id`` None: a new record)."""
        self.keep_until = KeepUntilField()
        if record_id is not None:
            self.keep_until.set_day(retention.keep_until(vault, kind, record_id))
        self._keep = (vault, kind)
        self.form.addRow("", self.keep_until)

    def _save(self) -> None:
        if self._save_fn is None:
            self.accept()
            return
        try:
            if self._keep is None or self.keep_until is None:
                self.result_record = self._save_fn()
            else:
                vault, kind = self._keep
                self.result_record = retention.save_with_keep_until(
                    vault, kind, self._save_fn, self.keep_until.day()
                )
        except AppError as exc:
            self.error.setText(sentence(exc))
            self.error.show()
            return
        self.accept()
