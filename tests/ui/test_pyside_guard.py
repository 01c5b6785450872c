"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call and to True on
every Signal.emit(); ui's guard keeps the app from aborting. Both halves are shown in child
processes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import pyside_guard

_CALLS = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{prelude}
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    progress = Signal(int, int)
source = Source()
source.progress.connect(lambda done, total: None)
for n in range(200_000):
    {call}
print("survived")
"""


VOID_CALL = "QCoreApplication.processEvents()"
EMIT = "source.progress.emit(n, 200_000)"


def _run(prelude: str, call: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CALLS.format(prelude=prelude, call=call)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not pyside_guard.needed(), reason="None is immortal on Python 3.12+")
@pytest.mark.parametrize(("call", "singleton"), [(VOID_CALL, "None"), (EMIT, "True or False")])
def test_many_qt_calls_abort_the_interpreter_without_the_guard(call: str, singleton: str) -> None:
    result = _run("", call)
    assert result.returncode != 0 and "survived" not in result.stdout
    assert f"deallocating {singleton}" in result.stderr


@pytest.mark.parametrize("call", [VOID_CALL, EMIT])
def test_many_qt_calls_are_harmless_once_ui_is_imported(call: str) -> None:
    result = _run("import ui", call)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
