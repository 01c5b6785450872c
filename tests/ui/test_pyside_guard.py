"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call; ui's guard
keeps the app from aborting. Both halves are shown in child processes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ui import pyside_guard

_CALLS = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{prelude}
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
for _ in range(200_000):
    QCoreApplication.processEvents()
print("survived")
"""


def _run(prelude: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _CALLS.format(prelude=prelude)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.skipif(not pyside_guard.needed(), reason="None is immortal on Python 3.12+")
def test_many_qt_calls_abort_the_interpreter_without_the_guard() -> None:
    result = _run("")
    assert result.returncode != 0 and "survived" not in result.stdout
    assert "deallocating None" in result.stderr


def test_many_qt_calls_are_harmless_once_ui_is_imported() -> None:
    result = _run("import ui")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
