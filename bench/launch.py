"""Launch to unlock screen: a fresh ``python -c`` builds the app's window for an existing vault.

The parent notes the time, starts the child (``QT_QPA_PLATFORM=offscreen``) and the child prints
the time at which the unlock screen first painted, plus when its imports finished. Both clocks
are ``time.time()`` on the same machine, so the difference is the launch time a user would wait,
interpreter start-up included. The first run is reported on its own: it may find the Qt libraries
out of the page cache (a cold start after boot is slower still).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.measure import REPO, Report, Row, median, run_measured

# Mirrors ui.main.main() up to window.show(), then waits for the unlock screen's first paint.
_CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
imported_qt = time.time()
from ui.common import theme
from ui.shell.root import RootWindow
imported_ui = time.time()

app = QApplication([sys.argv[0], "-platform", "offscreen"])
app.setApplicationName("Quietroom")
app.setOrganizationName("Quietroom")
app.setDesktopFileName("quietroom")
theme.apply(app)
window = RootWindow(Path(sys.argv[1]))
window.show()
built = time.time()
times = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "shown" not in times:
            times["shown"] = time.time()
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstPaint()
window.unlock_screen.installEventFilter(probe)
QTimer.singleShot(10_000, app.quit)
app.exec()
print(json.dumps({
    "imported_qt": imported_qt, "imported_ui": imported_ui, "built": built,
    "shown": times.get("shown"),
    "on_unlock_screen": window.stack.currentWidget() is window.unlock_screen,
}))
"""


def _one(folder: Path, config: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config),  # QSettings: leave the user's own settings alone
        "PYTHONPATH": str(REPO),
    }
    start = time.time()
    measured = run_measured([sys.executable, "-c", _CHILD, str(folder)], env=env, timeout=120)
    if measured.returncode != 0:
        raise RuntimeError(f"the launch probe failed:\n{measured.stderr[-2000:]}")
    data = json.loads(measured.stdout.strip().splitlines()[-1])
    if not data["on_unlock_screen"] or data["shown"] is None:
        raise RuntimeError("the window did not show the unlock screen")
    return {
        "shown": data["shown"] - start,
        "imported_qt": data["imported_qt"] - start,
        "imported_ui": data["imported_ui"] - start,
        "built": data["built"] - start,
        "peak_rss_mb": measured.peak_rss_mb,
    }


def run(report: Report, folder: Path, reps: int) -> None:
    section = "launch"
    with tempfile.TemporaryDirectory(prefix="qr-bench-config-") as config:
        runs = [_one(folder, Path(config)) for _ in range(reps)]
    first, rest = runs[0], runs[1:] or runs
    shown = median([r["shown"] for r in rest])
    report.add(
        Row(
            section,
            "launch to unlock screen (median)",
            shown * 1000,
            "ms",
            goal="< 1000 ms",
            meets=shown < 1.0,
            note=f"median of runs 2..{reps}",
        )
    )
    report.add(
        Row(
            section,
            "launch to unlock screen (first run)",
            first["shown"] * 1000,
            "ms",
            goal="< 1000 ms",
            meets=first["shown"] < 1.0,
        )
    )
    for key, label in (
        ("imported_qt", "of which: start + import PySide6"),
        ("imported_ui", "of which: + import ui"),
        ("built", "of which: + QApplication, theme, window"),
    ):
        report.add(Row(section, label, median([r[key] for r in rest]) * 1000, "ms"))
    report.add(Row(section, "launch peak RSS", max(r["peak_rss_mb"] for r in runs), "MB"))
    report.details["launch"] = {"runs": runs}
