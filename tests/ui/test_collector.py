"""ui/common/collector.py: Python's cycle collector runs on the Qt thread, never on a worker."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import in_a_fresh_app
from ui.common.collector import QtThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_made_on_a_worker_are_collected_on_the_qt_thread(
    qtbot: QtBot, cycle_collector: QtThreadCollector
) -> None:
    assert not gc.isenabled()
    collected_on: list[str] = []
    made: list[int] = []

    def finalized() -> None:  # runs on the thread that collects the cycle
        collected_on.append(threading.current_thread().name)

    def work() -> None:
        # enough allocations that CPython's automatic collector would have run here, many times
        for _ in range(20_000):
            cycle = _Cycle()
            weakref.finalize(cycle, finalized)
            made.append(1)
            del cycle

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert len(made) == 20_000 and collected_on == []  # nothing collected on the worker
    qtbot.waitUntil(lambda: len(collected_on) == 20_000, timeout=10_000)
    assert set(collected_on) == {"MainThread"}


def test_it_collects_the_generation_cpython_would_have(
    qtbot: QtBot, cycle_collector: QtThreadCollector
) -> None:
    gc.collect()  # every generation's count back to zero
    threshold = gc.get_threshold()[0]
    kept = [[] for _ in range(threshold // 2)]
    assert cycle_collector.collect_due() is None
    kept += [[] for _ in range(threshold)]
    assert cycle_collector.collect_due() == 0
    assert gc.get_count()[0] < threshold and len(kept) > threshold


def test_stop_gives_collection_back_to_cpython(qapp: object) -> None:
    own = QtThreadCollector()
    try:
        assert not gc.isenabled()
        own.stop()
        assert gc.isenabled()
    finally:
        gc.disable()  # the session's collector is still running: leave it in charge


def test_the_app_runs_the_collector_on_its_qt_thread(existing_vault: Path, tmp_path: Path) -> None:
    child = (
        "import gc, json, sys\n"
        "from ui.main import main\n"
        "code = main(['--vault', sys.argv[1]])\n"
        "print(json.dumps({'code': code, 'automatic collection': gc.isenabled()}))\n"
    )
    ran = in_a_fresh_app(tmp_path, child, str(existing_vault), QUIETROOM_SMOKE_TEST="1")
    assert ran == {"code": 0, "automatic collection": False}
