"""Deleting a record from the app: asked once (Cancel is the default), then done with secure
delete (``app.retention.delete_now``) in a worker: a dialogue with years of notes takes tenths
of a second, more while a paper is being imported. An error is shown and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QMessageBox, QWidget

from app import retention
from app.errors import AppError
from ui.common import workers, writing
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


def delete(
    parent: QWidget,
    session: VaultSession,
    kind: str,
    record_id: int,
    then: Callable[[], None],
) -> workers.Job | None:
    """Delete the record (``kind`` as in ``app.retention``) on the window's writer thread,
    then call ``then`` on the Qt thread; when it could not be, say why instead
    (:func:`ui.common.writing.write`: ``parent`` greyed out if it takes longer than a blink,
    a lock meanwhile quiet). The job, or None when the vault is locked."""
    if not session.is_unlocked:
        return None
    return writing.write(
        parent,
        session,
        retention.delete_now,
        session.vault,
        kind,
        record_id,
        then=lambda _result: then(),
        refused=partial(not_deleted, parent),
        saying=translate("Deleting", "Deleting…"),
    )


def not_deleted(parent: QWidget, error: AppError) -> None:
    """Say why a deletion was refused or stopped."""
    QMessageBox.warning(parent, translate("Deleting", "Not deleted"), sentence(error))
