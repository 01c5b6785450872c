"""Deleting a record from the app: asked once (Cancel is the default), then done with secure
delete (``app.retention.delete_now``) in a worker: a dialogue with years of notes takes tenths
of a second, more while a paper is being imported. An error is shown and nothing is lost."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app import retention
from app.errors import AppError, Cancelled
from ui.common import workers
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
    """Delete the record (``kind`` as in ``app.retention``) in a worker, then call ``then``
    on the Qt thread; when it could not be, say why instead. ``parent`` (the page) is greyed
    out if the deletion takes longer than a blink. The job, or None when the vault is locked.
    A lock meanwhile ends it quietly: a deletion not committed is rolled back."""
    if not session.is_unlocked:
        return None
    job = workers.Job(retention.delete_now, session.vault, kind, record_id)
    _Deletion(parent, session, job, then)
    return session.run(job, workers.window_writes())


class _Deletion(QObject):
    """One deletion's outcome, told to its page. A child of the page: if the page goes, so
    do the connections to these slots."""

    SLOW_MS = 200

    def __init__(
        self,
        page: QWidget,
        session: VaultSession,
        job: workers.Job,
        then: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._session = session
        self._then = then
        self._greyed = False
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._grey_out)
        self._slow.start(self.SLOW_MS)
        job.signals.succeeded.connect(self._deleted)
        job.signals.failed.connect(self._not_deleted)
        job.signals.finished.connect(self._end)

    def _grey_out(self) -> None:
        self._greyed = True
        self._page.setEnabled(False)
        self._page.setCursor(Qt.CursorShape.BusyCursor)

    def _end(self) -> None:
        self._slow.stop()
        if self._greyed:
            self._page.setEnabled(True)
            self._page.unsetCursor()
        self.deleteLater()

    def _deleted(self, _result: object) -> None:
        if self._session.is_unlocked:
            self._then()

    def _not_deleted(self, error: AppError) -> None:
        if self._session.is_unlocked and not isinstance(error, Cancelled):
            not_deleted(self._page, error)


def not_deleted(parent: QWidget, error: AppError) -> None:
    """Say why a deletion was refused or stopped."""
    QMessageBox.warning(parent, translate("Deleting", "Not deleted"), sentence(error))
