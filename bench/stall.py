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
from app import contacts, papers, records, sharing
from app import vault as app_vault
from app.vault import KdfParams
from ui.common import workers

folder, size = Path(sys.argv[1]), int(sys.argv[2])
PEER_IMPORT_BYTES = 256 * 1024 * 1024
VIEW_BYTES = min(5_000_000, size)
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
from ui.common.allocator import fix_mmap_threshold
fix_mmap_threshold()  # as ui.main does
gaps = []
last = [time.perf_counter()]
phase = {"name": "import"}
timing = {}
# What the longest gap of each phase met: its end, the cycle collections (which run on the Qt
# thread's timer) and the window's saves in flight, as spans of perf_counter time.
worst_gap = {}
collections, save_spans, collecting = [], [], {}

def collection(stage, info):
    if stage == "start":
        collecting["at"] = time.perf_counter()
    elif "at" in collecting:
        collections.append((collecting.pop("at"), time.perf_counter(), info["generation"]))

import gc
gc.callbacks.append(collection)

def in_worker(name, then, fn, *args):
    # As the app's pages do: a job on the global pool; its start is timed as name + "_start".
    job = workers.Job(fn, *args)
    job.signals.succeeded.connect(then)
    job.signals.failed.connect(lambda e: (print(e, file=sys.stderr), app.exit(1)))
    timing[name + "_start"] = time.perf_counter()
    workers.start(job)

def tick():
    now = time.perf_counter()
    gap = now - last[0]
    gaps.append((phase["name"], gap))
    if gap > worst_gap.get(phase["name"], (0.0, 0.0))[0]:
        worst_gap[phase["name"]] = (gap, now)
    last[0] = now

timer = QTimer()
timer.setInterval(2)
timer.timeout.connect(tick)

# While a paper goes in, the window saves a record every 150 ms as its forms, a new revision
# and a deletion do: read on the Qt thread, written on the window's writer thread
# (workers.window_writes). Timed from the press to the result back on the Qt thread, where
# the dialog then closes: how long the user waits for the vault's write turn and the disk.
# One at a time, as a user saves (a form stays open until it is written): saves must not
# pile up behind the one-transaction import and then run into the next phases.
writes = {"import": [], "import_at_once": []}
writing = {"now": False}

def window_write():
    if phase["name"] in writes and not writing["now"]:
        start, name = time.perf_counter(), phase["name"]
        writing["now"] = True

        def written(_record):
            writes[name].append(time.perf_counter() - start)
            save_spans.append((start, time.perf_counter()))
            writing["now"] = False

        line = "A line written while a paper was going in."
        job = workers.Job(records.add_note, a, line, "Aside")
        job.signals.succeeded.connect(written)
        job.signals.failed.connect(lambda e: (print(e, file=sys.stderr), app.exit(1)))
        workers.start(job, workers.window_writes())

writer = QTimer()
writer.setInterval(150)
writer.timeout.connect(window_write)

def sealed(_result):
    timing["seal"] = time.perf_counter() - timing["seal_start"]
    phase["name"] = "compare"
    compare()

# Two revisions of a 40-page proposal (800 paragraphs, 230 KiB), a third of the paragraphs
# rewritten: compared as the Drafts page does (the rows worked out by a Job, then put into
# the view a part at a time), until the view is full.
import random
from app import drafts
from ui.drafts.diff_view import DiffView
words = ("water river drought season committee upstream downstream release gauge data "
         "index share claim joint monitor facilitator article shall parties agree").split()
rng = random.Random(7)
def paragraph():
    return " ".join(rng.choice(words) for _ in range(rng.randint(20, 60)))
first = [paragraph() for _ in range(800)]
second = [paragraph() if rng.random() < 0.33 else p for p in first]
proposal = drafts.new_proposal(a, "Drought-year principles", "\n".join(first))
old_uid = drafts.head(a, proposal.id).uid
new_uid = drafts.edit(a, proposal.id, "\n".join(second)).uid
view = DiffView()
view.resize(1000, 700)
view.show()

def filled():
    if view.filling:
        QTimer.singleShot(5, filled)
        return
    timing["compare"] = time.perf_counter() - timing["compare_start"]
    phase["name"] = "compare_at_once"
    QTimer.singleShot(20, compare_at_once)

def compare_at_once():
    # The peer: what the Drafts page did before 2026-12-04 night, on the Qt thread: the rows
    # worked out there, then shown as one HTML table.
    from PySide6.QtWidgets import QTextBrowser
    from ui.drafts import diff_view
    start = time.perf_counter()
    rows = drafts.compare(a, old_uid, new_uid)
    cells = "".join(
        diff_view.row_html(row)[len(diff_view._TABLE) : -len("</table>")] for row in rows
    )
    peer = QTextBrowser()
    peer.resize(1000, 700)
    peer.show()
    peer.setHtml(diff_view._TABLE + cells + "</table>")
    app.processEvents()
    timing["compare_at_once"] = time.perf_counter() - start
    peer.close()
    phase["name"] = "settle"  # the peer's clean-up is nobody's stall
    QTimer.singleShot(20, merge)

# Merging: the co-drafter rewrote every fourth paragraph of the first revision while the
# second revision was written, so where both rewrote the same paragraph there is a conflict.
# The dialog opens with its first conflicts and builds the rest a few at a time; the peer
# builds every conflict's box before the dialog is shown, as it did before 2026-12-05.
from app.merge import merge3
from ui.drafts.merge_dialog import MergeDialog
third = [paragraph() if i % 4 == 0 else p for i, p in enumerate(first)]
theirs_uid = drafts.edit(a, proposal.id, "\n".join(third)).uid
merge_state = drafts.MergeState(
    proposal.id, new_uid, theirs_uid, old_uid,
    merge3("\n".join(first), "\n".join(second), "\n".join(third)),
)
theirs_revision = drafts.head(a, proposal.id)
timing["merge_conflicts"] = len(merge_state.conflicts)
dialogs = []

def merge():
    phase["name"] = "merge"
    timing["merge_start"] = time.perf_counter()
    dialog = MergeDialog(a, merge_state, theirs_revision)
    dialogs.append(dialog)
    dialog.show()
    QTimer.singleShot(0, merged)

def merged():
    dialog = dialogs[-1]
    if dialog.building or not dialog.boxes[-1].isVisible():
        QTimer.singleShot(0, merged)
        return
    timing["merge"] = time.perf_counter() - timing["merge_start"]
    dialog.close()
    phase["name"] = "settle"
    QTimer.singleShot(20, merge_at_once)

def merge_at_once():
    phase["name"] = "merge_at_once"
    start = time.perf_counter()
    MergeDialog.FIRST_BOXES = len(merge_state.conflicts)
    dialog = MergeDialog(a, merge_state, theirs_revision)
    dialog.show()
    app.processEvents()
    timing["merge_at_once"] = time.perf_counter() - start
    dialog.close()
    phase["name"] = "settle"
    QTimer.singleShot(20, note_typed)

# A note of 40 paragraphs typed into: a word, then the pause after which the editor saves,
# 20 times. The editor saves in a worker; the peer saves on the Qt thread, as it did before
# 2026-12-05. The vault is on disk (synchronous = FULL: each save waits for the disk).
from ui.common.session import VaultSession
from ui.notes.editor import NoteEditor
note_session = VaultSession(idle_minutes=0)
note_session.open(a)
note_editor = NoteEditor(note_session)
note_editor.timer.setInterval(1)  # the pause in typing, shortened
note_editor.resize(800, 600)
note_editor.show()
note_editor.new_note(None, None, "Note")
note_editor.body.setPlainText("\n\n".join(paragraph() for _ in range(40)))
NOTE_SAVES = 20
saves = {"typed": 0, "saved": 0, "peer": []}
note_editor.saved.connect(lambda _id: saves.__setitem__("saved", saves["saved"] + 1))

def note_typed():
    phase["name"] = "notes"
    if saves["typed"] == NOTE_SAVES:
        if saves["saved"] < NOTE_SAVES:
            QTimer.singleShot(5, note_typed)
            return
        phase["name"] = "settle"
        QTimer.singleShot(20, note_typed_at_once)
        return
    saves["typed"] += 1
    note_editor.body.insertPlainText(" gauge")
    QTimer.singleShot(60, note_typed)

def note_typed_at_once():
    phase["name"] = "notes_at_once"
    if len(saves["peer"]) == NOTE_SAVES:
        phase["name"] = "settle"
        QTimer.singleShot(20, send)
        return
    note_editor.timer.stop()
    note_editor.body.insertPlainText(" gauge")
    note_editor.timer.stop()
    start = time.perf_counter()
    note_editor.save()  # what the pause in typing did before: the write on the Qt thread
    saves["peer"].append(time.perf_counter() - start)
    QTimer.singleShot(60, note_typed_at_once)

# Sending the proposal to the co-drafter with its whole history (the first revision, the
# rewrite and 30 more revisions, each rewriting a tenth of the paragraphs: 7 MB of text), as
# the Drafts page does (a job), then as it did before 2026-12-05 (on the Qt thread).
history = list(second)
for n in range(30):
    history = [paragraph() if rng.random() < 0.1 else p for p in history]
    drafts.edit(a, proposal.id, "\n".join(history), f"revision {n}")
(folder / "exchange").mkdir()

def send():
    phase["name"] = "send"
    out = folder / "exchange"
    in_worker("send", sent, drafts.send, a, proposal.id, out, contact.contact.id, True)

def sent(packet):
    timing["send"] = time.perf_counter() - timing["send_start"]
    timing["send_bytes"] = packet.path.stat().st_size
    phase["name"] = "settle"
    QTimer.singleShot(20, send_at_once)

def send_at_once():
    phase["name"] = "send_at_once"
    start = time.perf_counter()
    drafts.send(a, proposal.id, folder / "exchange", contact.contact.id, True)
    timing["send_at_once"] = time.perf_counter() - start
    app.processEvents()  # the probe's next tick, late by the send, counts for this phase
    phase["name"] = "settle"
    QTimer.singleShot(50, import_at_once)

# The peer of the window's writes during an import: the import in one transaction, as it was
# before 2026-12-05 (each write waited for the whole import). A smaller paper: a write gives
# up after 10 s.
peer_source = source
if size > PEER_IMPORT_BYTES:
    peer_source = folder / "peer-paper.bin"
    with source.open("rb") as whole, peer_source.open("wb") as out:
        for _ in range(PEER_IMPORT_BYTES // len(block)):
            out.write(whole.read(len(block)))

def in_one_transaction(path):
    with a.storage.db.transaction():
        return papers.add_paper(a, path)

def import_at_once():
    phase["name"] = "import_at_once"
    in_worker("import_at_once", imported_at_once, in_one_transaction, peer_source)
    window_write()

def imported_at_once(paper):
    timing["import_at_once"] = time.perf_counter() - timing["import_at_once_start"]
    timing["import_at_once_bytes"] = paper.size
    # The phase ends later: the probe's tick, late by the write that waited, counts for it.
    QTimer.singleShot(50, open_text)

# A 5 MB text paper (minutes of many rounds, a fifth of the paragraphs in Arabic) opened in the
# Papers page's viewer: the document built in the worker that reads it, then (the peer) the
# text set on the Qt thread, as before 2026-12-05.
from PySide6.QtGui import QFont
from ui.papers.viewer import PaperViewer, read_for_viewer
arabic = "اقترح الوفد وقف إطلاق النار على طول النهر مع مراقبين من الجانبين".split()
minutes_text = []
while sum(len(p) + 2 for p in minutes_text) < VIEW_BYTES:
    in_arabic = rng.random() < 0.2
    minutes_text.append(
        " ".join(rng.choice(arabic) for _ in range(40)) if in_arabic else paragraph()
    )
minutes = folder / "minutes.txt"
minutes.write_text("\n\n".join(minutes_text), encoding="utf-8")
minutes_paper = papers.add_paper(a, minutes)
paper_viewer = PaperViewer()
paper_viewer.resize(800, 600)
paper_viewer.show()

# Qt lays a long text out after its first paint, a step at a time on a 10 ms timer of the
# document's layout (steps that double up to 200,000 characters): the phase lasts until those
# timer events have stopped for 100 ms, so the steps' stalls count for it.
from PySide6.QtCore import QEvent, QObject
class LayoutSteps(QObject):
    def __init__(self):
        super().__init__()
        self.last = 0.0
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Timer:
            self.last = time.perf_counter()
        return False
layout_steps = LayoutSteps()

def when_laid_out(then):
    layout = paper_viewer.text.document().documentLayout()
    layout.installEventFilter(layout_steps)
    layout_steps.last = time.perf_counter()
    def check():
        if time.perf_counter() - layout_steps.last < 0.1:
            QTimer.singleShot(10, check)
        else:
            layout.removeEventFilter(layout_steps)
            then(layout_steps.last)
    QTimer.singleShot(10, check)

def open_text():
    phase["name"] = "view"
    font = QFont(paper_viewer.text.font())
    in_worker("view", text_shown, read_for_viewer, a, minutes_paper, font)

def text_shown(document):
    paper_viewer.show_content(document)
    app.processEvents()
    timing["view_shown"] = time.perf_counter() - timing["view_start"]
    timing["view_bytes"] = minutes_paper.size
    when_laid_out(text_laid_out)

def text_laid_out(last_step):
    timing["view"] = last_step - timing["view_start"]
    phase["name"] = "settle"
    QTimer.singleShot(50, open_text_at_once)

def open_text_at_once():
    data = papers.read_for_viewing(a, minutes_paper.id)
    paper_viewer.clear()
    app.processEvents()
    phase["name"] = "view_at_once"
    start = time.perf_counter()
    paper_viewer.text.setPlainText(data.decode("utf-8"))  # as the viewer did before
    paper_viewer.stack.setCurrentWidget(paper_viewer.text)
    app.processEvents()
    timing["view_at_once"] = time.perf_counter() - start
    when_laid_out(lambda _last: QTimer.singleShot(50, done))

def done():
    phase["name"] = "done"
    app.quit()

def compared(rows):
    view.show_rows(rows, "before", "after")
    filled()

def compare():
    in_worker("compare", compared, drafts.compare, a, old_uid, new_uid)

def imported(paper):
    timing["import"] = time.perf_counter() - timing["import_start"]
    phase["name"] = "seal"
    recipients = sharing.resolve_recipients(a, contact_ids=[contact.contact.id])
    in_worker("seal", sealed, sharing.share_paper, a, paper.id, recipients, folder / "out")

def begin():
    timer.start()
    writer.start()
    last[0] = time.perf_counter()
    in_worker("import", imported, papers.add_paper, a, source)
    window_write()  # at least one save in each phase, however short the import

# The probe starts once the windows this script showed for later phases (the comparison
# view, the note editor) have painted: their first paint is not the import's stall.
QTimer.singleShot(300, begin)
code = app.exec()
workers.wait_all()
a.lock(); b.lock()
timing["note_save_on_qt_thread"] = sorted(saves["peer"])[len(saves["peer"]) // 2]
timing["writes"] = writes

def met(begin, end):
    # What overlapped [begin, end]: the collections (generation, ms), the saves in flight.
    def overlaps(span):
        return span[0] < end and span[1] > begin
    return {
        "collections": [
            (g, round((e - s) * 1000, 2)) for s, e, g in collections if overlaps((s, e))
        ],
        "saves": sum(1 for span in save_spans if overlaps(span)),
    }

timing["worst_gap"] = {name: met(end - gap, end) for name, (gap, end) in worst_gap.items()}
print(json.dumps({"code": code, "gaps": gaps, "timing": timing, "interval": 0.002}))
"""


#: Phases reported as durations with the size of what they worked on: for each, the timing's
#: key, the row, the size's key, the note.
_SIZED = {
    "view": (
        (
            "view_shown",
            "text paper read, built and shown",
            "view_bytes",
            "{megabytes:.1f} MB, a fifth of it Arabic; built in the worker",
        ),
        (
            "view",
            "text paper laid out to its end",
            "view_bytes",
            "after the first paint, in steps of at most 6 ms on the Qt thread",
        ),
    ),
    "send": (
        (
            "send",
            "sending in a worker, until sent",
            "send_bytes",
            "a {megabytes:.1f} MB packet: 32 revisions of 40 pages",
        ),
    ),
}


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
    for name, label in (
        ("import", f"import of {mib} MiB"),
        ("seal", f"seal of {mib} MiB"),
        ("compare", "a 40-page comparison"),
        ("compare_at_once", "it done at once (peer)"),
        ("merge", "a merge with {n} conflicts"),
        ("merge_at_once", "its boxes built at once (peer)"),
        ("notes", "20 saves of a note being typed"),
        ("notes_at_once", "them on the Qt thread (peer)"),
        ("send", "a draft's sending, whole history"),
        ("send_at_once", "it on the Qt thread (peer)"),
        ("import_at_once", "an import in one transaction (peer)"),
        ("view", "a text paper's opening"),
        ("view_at_once", "its text set on the Qt thread (peer)"),
    ):
        label = label.format(n=data["timing"].get("merge_conflicts"))
        stalls = [max(0.0, gap - interval) for phase, gap in data["gaps"] if phase == name]
        if not stalls:
            continue
        worst = max(stalls) * 1000
        peer = name.endswith("_at_once")
        report.add(
            Row(
                section,
                f"Qt thread longest stall during {label}",
                worst,
                "ms",
                goal="" if peer else "< 50 ms",
                meets=None if peer else worst < 50,
                note="" if peer else _what_it_met(data["timing"].get("worst_gap", {}).get(name)),
            )
        )
        if peer:
            if name == "import_at_once":
                continue
            if name == "view_at_once":
                seconds = data["timing"]["view_at_once"]
                report.add(Row(section, "text set on the Qt thread", seconds * 1000, "ms"))
                continue
            if name == "send_at_once":
                seconds = data["timing"]["send_at_once"]
                report.add(Row(section, "sending on the Qt thread", seconds * 1000, "ms"))
                continue
            if name == "notes_at_once":
                seconds = data["timing"]["note_save_on_qt_thread"]
                report.add(
                    Row(section, "a note's save on the Qt thread, median", seconds * 1000, "ms")
                )
                continue
            what = "comparison done at once" if name == "compare_at_once" else "merge built at once"
            report.add(Row(section, what, data["timing"][name] * 1000, "ms"))
            continue
        report.add(
            Row(
                section,
                f"Qt thread p99 stall during {label.split(' of ')[0]}",
                percentile(stalls, 0.99) * 1000,
                "ms",
            )
        )
        if name == "notes":
            continue
        if name in _SIZED:
            for key, what, size_key, note in _SIZED[name]:
                megabytes = data["timing"][size_key] / 1e6
                report.add(
                    Row(
                        section,
                        what,
                        data["timing"][key] * 1000,
                        "ms",
                        note=note.format(megabytes=megabytes),
                    )
                )
            continue
        seconds = data["timing"][name]
        if name == "compare":
            report.add(
                Row(
                    section,
                    "comparison worked out and shown",
                    seconds * 1000,
                    "ms",
                    note="800 paragraphs, a third rewritten; rows on a worker, the view in parts",
                )
            )
        elif name == "merge":
            report.add(
                Row(
                    section,
                    "merge dialog opened with every conflict shown",
                    seconds * 1000,
                    "ms",
                    note="800 paragraphs; the first conflicts at once, the rest in parts",
                )
            )
        else:
            report.add(Row(section, f"{name} throughput in the worker", mib / seconds, "MiB/s"))
    for name, what in (
        ("compare", "comparison"),
        ("merge", "merge"),
        ("notes", "note saves"),
        ("send", "sending"),
        ("view", "text paper opening"),
    ):
        parts = [g for phase, g in data["gaps"] if phase == name]
        at_once = [g for phase, g in data["gaps"] if phase == f"{name}_at_once"]
        if parts and at_once:
            report.add(
                Row(
                    section,
                    f"{what} stall, at once / in parts",
                    (max(at_once) - interval) / max(max(parts) - interval, 1e-4),
                    "x",
                )
            )
    _window_writes(report, section, data["timing"])
    report.details["stall"] = {"timing": data["timing"], "ticks": len(data["gaps"])}


def _what_it_met(met: dict[str, object] | None) -> str:
    """The longest stall's company: the cycle collections made in it (on the Qt thread's timer,
    as in the app) and the window's saves in flight then; empty when there was none."""
    if not met:
        return ""
    said = [
        f"in it: cycle collection of generation {generation}, {ms:.1f} ms"
        for generation, ms in met.get("collections", [])  # type: ignore[attr-defined]
    ]
    saves = met.get("saves", 0)
    if saves:
        said.append("a window save in flight")
    return "; ".join(said)


def _window_writes(report: Report, section: str, timing: dict[str, object]) -> None:
    """Rows for the records the window saved (by its writer thread) while a paper went in."""
    writes = timing["writes"]
    assert isinstance(writes, dict)
    during, peer = writes["import"], writes["import_at_once"]
    if not during or not peer:
        return
    worst = max(during) * 1000
    report.add(
        Row(
            section,
            "a record saved during the import, longest wait",
            worst,
            "ms",
            goal="< 50 ms",
            meets=worst < 50,
            note=f"{len(during)} saves by the window's writer; the paper in batches",
        )
    )
    report.add(
        Row(
            section,
            "a record saved during the import, median",
            percentile(during, 0.5) * 1000,
            "ms",
        )
    )
    peer_mib = int(timing["import_at_once_bytes"]) // (1024 * 1024)  # type: ignore[call-overload]
    report.add(
        Row(
            section,
            f"it during an import of {peer_mib} MiB in one transaction (peer), longest",
            max(peer) * 1000,
            "ms",
            note="as before 2026-12-05: each save waited for the whole import",
        )
    )
    report.add(
        Row(
            section,
            "record save during an import, one transaction / batches",
            max(peer) / max(during),
            "x",
        )
    )
