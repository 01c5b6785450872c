"""Deleting a record from the app: asked once (Cancel is the default), then done at once with
secure delete (``app.retention.delete_now``); an error is shown and nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app import retention
from app.errors import AppError
from ui.common.errors import sentence
from ui.common.session import VaultSession
from ui.i18n import isolate, translate


def confirm(parent: QWidget, name: str, also: str = "") -> bool:
    """Ask before deleting the record called ``name``; ``also`` says what goes with it."""
    text = translate(
        "Deleting",
        "Delete “{name}” for good? It is removed from the vault with secure delete and cannot "
        "be brought back; backups made before still hold it.",
    ).format(name=isolate(name))
    if also:
        text += "\n\n" + also
    answer = QMessageBox.warning(
        parent,
        translate("Deleting", "Delete"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete(parent: QWidget, session: VaultSession, kind: str, record_id: int) -> bool:
    """Delete the record (``kind`` as in ``app.retention``); False, after saying why, when it
    could not be."""
    if not session.is_unlocked:
        return False
    try:
        retention.delete_now(session.vault, kind, record_id)
    except AppError as exc:
        not_deleted(parent, exc)
        return False
    return True


def not_deleted(parent: QWidget, error: AppError) -> None:
    """Say why a deletion was refused or stopped."""
    QMessageBox.warning(parent, translate("Deleting", "Not deleted"), sentence(error))
