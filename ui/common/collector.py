"""Python's cycle collector, run on the Qt thread between events and never inside Qt's own code.

CPython runs its cycle collector whenever enough objects have been allocated: on whichever
thread, at whatever point, allocated them. With Qt that is unsafe in two ways:

- on a worker thread (sealing a paper, importing a packet) it can destroy a widget that Python
  owned, and a Qt object must be destroyed on its own thread;
- inside Qt's code, for instance in the application-wide event filter (``VaultSession`` watches
  activity for the auto-lock) while a widget tree is being deleted, it can visit a Python
  wrapper that shiboken is half-way through destroying. The test suite crashed there
  (segmentation fault in ``visit_decref``, called from ``QWidget::~QWidget`` through the event
  filter, 2026-12-04).

So the automatic collector is switched off and :class:`QtThreadCollector` runs it from a timer
on the Qt thread instead: every 100 ms it collects the generation CPython would have collected
by then (its own thresholds, oldest first). The Qt thread never stalls for long (goal: 50 ms),
so garbage cycles wait at most a little longer than they would have. Memory held by objects
without cycles is freed at once, as before: reference counting is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100


class QtThreadCollector(QObject):
    """Turns CPython's automatic collection off and runs it on this (the Qt) thread's timer."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        gc.disable()
        self._timer.start()

    # Slots return None: PySide6 6.12 crashes when a slot called by a signal returns a value.
    def _tick(self) -> None:
        self.collect_due()

    def collect_due(self) -> int | None:
        """Collect the oldest generation past its threshold, as CPython would have; which one."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return None

    def stop(self) -> None:
        """Stop the timer and give collection back to CPython."""
        self._timer.stop()
        gc.enable()
