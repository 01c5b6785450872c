"""The Qt thread while a big paper is imported and sealed: the longest event-loop stall.

A child process (offscreen Qt) creates a vault and a contact, then runs the same jobs the
Papers page and the share dialog run (``ui.common.workers.Job`` on the global pool): import
an N-byte file, then seal it to the contact. Meanwhile a 2 ms ``QTimer`` on the Qt thread
records the time between its ticks; the longest gap minus the interval is the longest stall a
user could feel. Python threads share the GIL (switch interval 5 ms), so a worker can delay
the Qt thread by about that much at a time; the goal is < 50 ms.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from bench.measure import REPO, Report, Row, percentile, run_measured

_CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
import ui  # noqa: F401  (the PySide6 guard)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from app import contacts, papers, sharing
from app import vault as app_vault
from app.vault import KdfParams
from ui.common import workers

folder, size = Path(sys.argv[1]), int(sys.argv[2])
fast = KdfParams(opslimit=1, memlimit=8 * 1024 * 1024)
passphrase = "lantern orchard basalt quietly 1987"
a = app_vault.create_vault(folder / "a", passphrase, "Amira", fast).vault
b = app_vault.create_vault(folder / "b", passphrase, "Bashir", fast).vault
contact = contacts.import_card(a, contacts.my_card_text(b))
source = folder / "paper.bin"
block = hashlib.sha512(b"x").digest() * (1024 * 1024 // 64)
with source.open("wb") as out:
    for n in range(size // len(block)):
        out.write(n.to_bytes(8, "big") + block[8:])
(folder / "out").mkdir()

app = QApplication([sys.argv[0], "-platform", "offscreen"])
from ui.common.collector import QtThreadCollector
QtThreadCollector(app)  # as ui.main does: cycles are collected on the Qt thread's timer
gaps = []
last = [time.perf_counter()]
phase = {"name": "import"}
timing = {}

def tick():
    now = time.perf_counter()
    gaps.append((phase["name"], now - last[0]))
    last[0] = now

timer = QTimer()
timer.setInterval(2)
timer.timeout.connect(tick)

def sealed(_result):
    timing["seal"] = time.perf_counter() - timing["seal_start"]
    phase["name"] = "done"
    QTimer.singleShot(50, app.quit)

def imported(paper):
    timing["import"] = time.perf_counter() - timing["import_start"]
    phase["name"] = "seal"
    recipients = sharing.resolve_recipients(a, contact_ids=[contact.contact.id])
    job = workers.Job(sharing.share_paper, a, paper.id, recipients, folder / "out")
    job.signals.succeeded.connect(sealed)
    job.signals.failed.connect(lambda e: (print(e, file=sys.stderr), app.exit(1)))
    timing["seal_start"] = time.perf_counter()
    workers.start(job)

def begin():
    timer.start()
    last[0] = time.perf_counter()
    job = workers.Job(papers.add_paper, a, source)
    job.signals.succeeded.connect(imported)
    job.signals.failed.connect(lambda e: (print(e, file=sys.stderr), app.exit(1)))
    timing["import_start"] = time.perf_counter()
    workers.start(job)

QTimer.singleShot(0, begin)
code = app.exec()
workers.wait_all()
a.lock(); b.lock()
print(json.dumps({"code": code, "gaps": gaps, "timing": timing, "interval": 0.002}))
"""


def run(report: Report, scratch: Path, size: int) -> None:
    section = "stall"
    folder = scratch / "stall"
    folder.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    measured = run_measured(
        [sys.executable, "-c", _CHILD, str(folder), str(size)], env=env, timeout=1800
    )
    if measured.returncode != 0:
        raise RuntimeError(f"the stall probe failed:\n{measured.stderr[-2000:]}")
    data = json.loads(measured.stdout.strip().splitlines()[-1])
    interval = data["interval"]
    mib = size // (1024 * 1024)
    for name, label in (("import", "import"), ("seal", "seal")):
        stalls = [max(0.0, gap - interval) for phase, gap in data["gaps"] if phase == name]
        if not stalls:
            continue
        worst = max(stalls) * 1000
        report.add(
            Row(
                section,
                f"Qt thread longest stall during {label} of {mib} MiB",
                worst,
                "ms",
                goal="< 50 ms",
                meets=worst < 50,
            )
        )
        report.add(
            Row(
                section,
                f"Qt thread p99 stall during {label}",
                percentile(stalls, 0.99) * 1000,
                "ms",
            )
        )
        seconds = data["timing"][name]
        report.add(Row(section, f"{label} throughput in the worker", mib / seconds, "MiB/s"))
    report.details["stall"] = {"timing": data["timing"], "ticks": len(data["gaps"])}
