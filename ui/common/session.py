"""The unlocked vault as the UI holds it: one owner, lock on demand or when idle, clipboard care.

Every view gets the vault from :class:`VaultSession` and listens to :attr:`locked`, on which it
must close itself and empty its models. Locking cancels running jobs, closes the database and
drops the only reference to the keys that the UI held.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QWindow

from app.vault import OpenVault
from ui.common import workers

CLIPBOARD_CLEAR_MS = 30_000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class VaultSession(QObject):
    #: the vault was unlocked (payload: nothing; read :attr:`vault`).
    unlocked = Signal()
    #: the vault was locked (payload: the reason, e.g. "idle" or "user"); views must clear.
    locked = Signal(str)

    def __init__(self, idle_minutes: float = 10.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: OpenVault | None = None
        self._locking = False
        self._jobs: set[workers.Job] = set()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(lambda: self.lock("idle"))
        self.set_idle_minutes(idle_minutes)
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self.clear_clipboard)
        self._copied: str | None = None
        self._last_activity = time.monotonic()
        # User activity is watched on the app's windows, not on the application: a filter on
        # the application is called, in Python, for every event of every widget (thousands
        # while a page is built: 20% of its time), where a window sees input and little else.
        # Every window that takes the focus (the main window, each dialog, each popup) is
        # watched.
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
            for window in app.topLevelWindows():
                self._watch(window)

    # -- the vault -------------------------------------------------------------------------

    @property
    def vault(self) -> OpenVault:
        if self._vault is None:
            raise RuntimeError("no vault is unlocked")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def open(self, vault: OpenVault) -> None:
        self._vault = vault
        self._restart_idle()
        self.unlocked.emit()

    def lock(self, reason: str = "user") -> None:
        """Cancel jobs, close the database, drop the keys, clear what we put on the clipboard."""
        if self._vault is None or self._locking:
            return
        self._locking = True
        for job in list(self._jobs):
            job.cancel()
        self._idle.stop()
        # Views save pending edits and clear themselves while the database is still open.
        self.locked.emit(reason)
        vault, self._vault = self._vault, None
        vault.lock()
        self._locking = False
        self.clear_clipboard()

    # -- jobs ------------------------------------------------------------------------------

    def run(self, job: workers.Job, pool: QThreadPool | None = None) -> workers.Job:
        """Start a job that uses the vault (on ``pool``, else the shared one); it is cancelled
        if the vault gets locked."""
        self._jobs.add(job)
        job.signals.finished.connect(lambda: self._jobs.discard(job))
        return workers.start(job, pool)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    # -- idle lock -------------------------------------------------------------------------

    def set_idle_minutes(self, minutes: float) -> None:
        """0 turns auto-lock off."""
        self._idle_ms = int(minutes * 60_000)
        self._restart_idle()

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def _restart_idle(self) -> None:
        if self._vault is not None and self._idle_ms > 0:
            self._idle.start(self._idle_ms)
        else:
            self._idle.stop()

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installing it twice keeps one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last_activity = time.monotonic()
            if self._vault is not None and self._idle_ms > 0:
                self._idle.start(self._idle_ms)
        return False

    @property
    def seconds_without_activity(self) -> float:
        """Since the user last typed, clicked, moved the mouse or scrolled in a window."""
        return time.monotonic() - self._last_activity

    # -- clipboard -------------------------------------------------------------------------

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard and take it off again after 30 s (if still ours)."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._copied = text
        self._clipboard_timer.start(CLIPBOARD_CLEAR_MS)

    def clear_clipboard(self) -> None:
        self._clipboard_timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text(QClipboard.Mode.Clipboard) == self._copied:
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._copied = None
