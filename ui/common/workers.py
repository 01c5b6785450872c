"""Run long work off the Qt thread.

A :class:`Job` is a ``QRunnable`` on the global pool. It runs one callable, which receives
``progress(done, total)`` and ``is_cancelled()`` if it asks for them, and reports through
typed signals only: it never touches a widget. Connect to the signals before starting it.
"""

from __future__ import annotations

import inspect
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.errors import AppError, Cancelled
from ui.i18n import translate


class JobSignals(QObject):
    #: (done, total): progress of the work in its own units (bytes, records).
    progress = Signal(int, int)
    #: the callable's return value.
    succeeded = Signal(object)
    #: an AppError (a user-facing message); unexpected errors are wrapped into one.
    failed = Signal(object)
    #: emitted last, whatever happened.
    finished = Signal()


def unexpected(exc: Exception) -> AppError:
    """What a bug that stopped a task is reported as: its kind and place, never its message
    (which could quote content)."""
    name = type(exc).__name__
    detail = traceback.extract_tb(exc.__traceback__)[-1:]  # file:line only
    where = f"{detail[0].filename.rsplit('/', 1)[-1]}:{detail[0].lineno}" if detail else "?"
    return AppError(
        translate("Job", "an unexpected error stopped the task ({name} at {where})").format(
            name=name, where=where
        )
    )


class Job(QRunnable):
    """One unit of long work. ``fn`` may accept keyword arguments ``progress`` and
    ``is_cancelled``; they are passed when its signature names them."""

    def __init__(self, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._fn = fn
        self._args = args
        self._cancel = threading.Event()
        self.done = threading.Event()
        #: set once the callable has returned (before ``done``): its work is complete even
        #: when the job was cancelled after it had begun and is reported as cancelled.
        self.returned = False
        try:
            params = inspect.signature(fn).parameters
        except (TypeError, ValueError):
            params = {}  # type: ignore[assignment]
        self._wants_progress = "progress" in params
        self._wants_cancel = "is_cancelled" in params

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        kwargs: dict[str, Any] = {}
        if self._wants_progress:
            kwargs["progress"] = self.signals.progress.emit
        if self._wants_cancel:
            kwargs["is_cancelled"] = self._cancel.is_set
        try:
            result = self._fn(*self._args, **kwargs)
            self.returned = True
        except AppError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug: report it without content, keep the app alive
            self.signals.failed.emit(unexpected(exc))
        else:
            if self._cancel.is_set():
                self.signals.failed.emit(Cancelled("cancelled"))
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.done.set()
            self.signals.finished.emit()


_running: set[Job] = set()


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    """Start ``job`` on the pool and keep it alive until it has finished."""
    _running.add(job)
    job.signals.finished.connect(lambda: _running.discard(job))
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def take_back(job: Job, pool: QThreadPool | None = None) -> bool:
    """Take ``job`` back from the pool if no thread has started it yet (True: it will not
    run, the caller does its work instead); False when it has started or ended."""
    if (pool or QThreadPool.globalInstance()).tryTake(job):
        _running.discard(job)
        return True
    return False


_WINDOW_WRITES: list[QThreadPool] = []


def window_writes() -> QThreadPool:
    """The pool of the window's own writes (a form's save, a new revision, a deletion): a
    thread of their own, so that they never queue behind an import or a seal holding the
    shared pool's threads for minutes (their commit still waits for the transaction another
    thread holds, a batch at most). One thread: they are written in the order asked."""
    if not _WINDOW_WRITES:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _WINDOW_WRITES.append(pool)
    return _WINDOW_WRITES[0]


def wait_all(timeout_ms: int = 30_000) -> bool:
    """Wait for every job on the global pool and on the window's writes (tests, the bench)."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    return all([done, *(pool.waitForDone(timeout_ms) for pool in _WINDOW_WRITES)])
