"""The window's writes, made on its writer thread (:func:`ui.common.workers.window_writes`).

A commit waits for the disk (``synchronous = FULL``) and for a transaction another thread
holds (an import's batch), so even a one-row change made on the Qt thread could freeze the
window for a moment. :func:`write` runs the use case in a worker and tells the page its
outcome on the Qt thread: ``then(result)``, or ``refused(error)``. A page that waits longer
than a blink is greyed out (busy cursor) so nothing is done twice. A lock meanwhile ends it
quietly: the use case's transaction, if not committed, is rolled back and nothing is said.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStatusBar, QWidget

from app.errors import AppError, Cancelled
from ui.common import workers
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.i18n import translate


def write(
    page: QWidget,
    session: VaultSession,
    fn: Callable[..., Any],
    *args: Any,
    then: Callable[[Any], None],
    refused: Callable[[AppError], None],
    saying: str = "",
) -> workers.Job | None:
    """Run ``fn(*args)`` on the window's writer thread; then ``then(result)`` or
    ``refused(error)`` on the Qt thread while the vault is still unlocked. If it takes longer
    than a blink, the main window's status bar says ``saying`` ("Saving…" when empty) until
    it ends. The job, or None when the vault is locked."""
    if not session.is_unlocked:
        return None
    job = workers.Job(fn, *args)
    _Outcome(page, session, job, then, refused, saying or translate("Writing", "Saving…"))
    return session.run(job, workers.window_writes())


class _Outcome(QObject):
    """One write's outcome, told to its page. A child of the page: if the page goes, so do
    the connections to these slots."""

    SLOW_MS = 200

    def __init__(
        self,
        page: QWidget,
        session: VaultSession,
        job: workers.Job,
        then: Callable[[Any], None],
        refused: Callable[[AppError], None],
        saying: str,
    ) -> None:
        super().__init__(page)
        self._page = page
        self._session = session
        self._then = then
        self._refused = refused
        self._saying = saying
        self._greyed = False
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._grey_out)
        self._slow.start(self.SLOW_MS)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._end)

    def _status_bar(self) -> QStatusBar | None:
        window = self._page.window()
        return window.statusBar() if isinstance(window, QMainWindow) else None

    def _grey_out(self) -> None:
        self._greyed = True
        self._page.setEnabled(False)
        self._page.setCursor(Qt.CursorShape.BusyCursor)
        bar = self._status_bar()
        if bar is not None:
            bar.showMessage(self._saying)

    def _end(self) -> None:
        self._slow.stop()
        if self._greyed:
            self._page.setEnabled(True)
            self._page.unsetCursor()
            bar = self._status_bar()
            if bar is not None and bar.currentMessage() == self._saying:
                bar.clearMessage()
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        if self._session.is_unlocked:
            self._then(result)

    def _failed(self, error: AppError) -> None:
        if self._session.is_unlocked and not isinstance(error, Cancelled):
            self._refused(error)


def saving_label() -> QLabel:
    """The "Saving…" line a dialog shows while its write takes longer than a blink (hidden
    until then: give it to :class:`DialogWrite`)."""
    label = QLabel(translate("Writing", "Saving…"))
    set_role(label, "muted")
    label.hide()
    return label


class DialogWrite(QObject):
    """A dialog's own write (a form's Save, a verification, a merge) on the window's writer
    thread, the dialog accepted once it is written.

    While it runs, :meth:`start` does nothing more, and Cancel (:meth:`cancel`), Escape and
    the window's close button are refused (the write cannot be taken back half way); after
    ``SLOW_MS`` the widgets in ``busy`` are greyed out and ``saying`` (a "Saving…" label)
    shows. A programmatic ``reject()`` (the vault being locked) still closes the dialog: the
    write then ends on its own and its outcome is ignored. ``refused(error)`` is called when
    it was not written."""

    #: a write has ended: written (the dialog accepted) or refused.
    ended = Signal()

    SLOW_MS = 200

    def __init__(
        self,
        dialog: QDialog,
        busy: Sequence[QWidget],
        saying: QWidget | None,
        refused: Callable[[AppError], None],
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._busy = tuple(busy)
        self._saying = saying
        self._refused = refused
        self.result: Any = None
        self._job: workers.Job | None = None
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(self.SLOW_MS)
        self._slow.timeout.connect(self._show_slow)
        dialog.finished.connect(self._closed)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, write: Callable[[], Any]) -> None:
        """Write with ``write`` (no arguments, no widget touched) on the writer thread."""
        if self._job is not None:
            return
        job = workers.Job(write)
        job.signals.succeeded.connect(self._written)
        job.signals.failed.connect(self._not_written)
        self._job = job
        self._slow.start()
        # Only while it runs: a filter left on the dialog is called as it is destroyed,
        # when this object's Python side may be gone already.
        self._dialog.installEventFilter(self)
        workers.start(job, workers.window_writes())

    def cancel(self) -> None:
        """What the dialog's Cancel does: close it, unless a write is running (refused, as
        Escape is: the record would be saved with the dialog said cancelled)."""
        if self._job is None:
            self._dialog.reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if getattr(self, "_job", None) is not None and watched is self._dialog:
            if event.type() == QEvent.Type.Close:
                event.ignore()  # a close event eaten unanswered would count as accepted
                return True
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                return True
        return False

    def _ours(self) -> bool:
        return self._job is not None and self.sender() is self._job.signals

    def _written(self, result: object) -> None:
        if not self._ours():
            return  # the dialog was closed (the vault locked) while it was written
        self._end()
        self.result = result
        self._dialog.accept()
        self.ended.emit()

    def _not_written(self, error: AppError) -> None:
        if not self._ours():
            return
        self._end()
        self._refused(error)
        self.ended.emit()

    def _closed(self, _result: int) -> None:
        if self._job is not None:
            self._end()

    def _show_slow(self) -> None:
        for widget in self._busy:
            widget.setEnabled(False)
        if self._saying is not None:
            self._saying.show()

    def _end(self) -> None:
        self._job = None
        self._dialog.removeEventFilter(self)
        self._slow.stop()
        if self._saying is not None:
            self._saying.hide()
        for widget in self._busy:
            widget.setEnabled(True)
