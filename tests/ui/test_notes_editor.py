"""The note editor's saving: the save after a pause in typing runs in a worker; leaving the
note or locking waits for it and writes what is left, to the right note, losing nothing."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QTextCursor

from app import records
from app import vault as app_vault
from app.errors import DiskFull
from tests.conftest import PASSPHRASE
from tests.ui.gate import Gate
from ui.common import workers
from ui.common.session import VaultSession
from ui.notes.editor import NoteEditor


@pytest.fixture
def editor(qtbot: Any, session: VaultSession) -> NoteEditor:
    widget = NoteEditor(session)
    widget.timer.setInterval(100)  # the pause in typing before a save, shortened for speed
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot: Any, editor: NoteEditor, text: str) -> None:
    """Type ``text`` at the end of the note, as a user would."""
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.body, text)


def test_the_save_after_a_pause_runs_in_a_worker_while_the_window_goes_on(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch, records, "add_note")
    editor.new_note(None, None, "Note")
    _type(qtbot, editor, "Both delegations accept the joint survey.")
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)  # the pause in typing has passed
    # The write is held in the worker, and the Qt thread still runs its timers and events.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: ticked == [True], timeout=2_000)
    assert gate.threads[0] is not threading.main_thread()
    assert editor.note_id is None and records.list_notes(session.vault) == []
    gate.release.set()
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5_000)
    (note,) = records.list_notes(session.vault)
    assert note.id == editor.note_id and note.body == "Both delegations accept the joint survey."
    assert editor.status.text().startswith("Saved")


def test_text_typed_while_a_new_note_is_added_is_saved_after_it_into_the_same_note(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch, records, "add_note")
    editor.new_note(None, None, "Note")
    _type(qtbot, editor, "Agreed: a joint survey.")
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    _type(qtbot, editor, " Follow-up: the gauges.")
    assert editor.status.text() == "Editing…"
    # The next pause passes while the first write is still held: nothing starts then ...
    qtbot.waitUntil(lambda: not editor.timer.isActive(), timeout=5_000)
    assert len(gate.threads) == 1
    gate.release.set()  # ... and the rest is written once the first write is done
    full = "Agreed: a joint survey. Follow-up: the gauges."
    qtbot.waitUntil(
        lambda: [n.body for n in records.list_notes(session.vault)] == [full], timeout=5_000
    )
    assert len(gate.threads) == 1  # added once; the rest was an edit of that note
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=5_000)


def test_opening_another_note_waits_for_the_save_in_flight_and_keeps_each_text_in_its_note(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = session.vault
    first = records.add_note(vault, "First round.", "Round 1")
    second = records.add_note(vault, "Second round.", "Round 2")
    gate = Gate(monkeypatch, records, "edit_note")
    editor.open_note(first.id)
    _type(qtbot, editor, " Quiet start.")
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    _type(qtbot, editor, " Then a long break.")  # typed after the worker took the text
    gate.release_in(0.2)
    editor.open_note(second.id)  # waits for the worker, then writes the rest, then switches
    assert records.get_note(vault, first.id).body == "First round. Quiet start. Then a long break."
    assert editor.note_id == second.id and editor.body.toPlainText() == "Second round."
    _type(qtbot, editor, " Closing remarks.")
    editor.flush()
    assert records.get_note(vault, second.id).body == "Second round. Closing remarks."
    assert records.get_note(vault, first.id).body == "First round. Quiet start. Then a long break."


def test_locking_while_a_save_is_in_flight_waits_for_it_and_writes_the_rest(
    qtbot: Any,
    editor: NoteEditor,
    session: VaultSession,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    gate = Gate(monkeypatch, records, "add_note")
    editor.new_note(None, None, "Note")
    _type(qtbot, editor, "Last words before the border.")
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    _type(qtbot, editor, " And after.")
    gate.release_in(0.2)
    session.lock("user")
    assert editor.body.toPlainText() == "" and editor.note_id is None
    with app_vault.unlock(tmp_path / "vault", PASSPHRASE) as vault:
        assert [n.body for n in records.list_notes(vault)] == [
            "Last words before the border. And after."
        ]


def test_a_save_that_fails_in_the_worker_says_why_and_the_text_stays_to_be_saved(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = records.add_note

    def full_disk(*_args: Any, **_kwargs: Any) -> Any:
        raise DiskFull("the disk is full: free some space, nothing was lost")

    monkeypatch.setattr(records, "add_note", full_disk)
    editor.new_note(None, None, "Note")
    _type(qtbot, editor, "Names of the second delegation.")
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=5_000)
    assert "the disk is full" in editor.status.text()
    assert editor.note_id is None and records.list_notes(session.vault) == []
    monkeypatch.setattr(records, "add_note", original)
    editor.flush()  # e.g. on opening another note, after space was freed
    assert [n.body for n in records.list_notes(session.vault)] == [
        "Names of the second delegation."
    ]
    assert editor.status.text().startswith("Saved")


def test_a_bug_in_the_worker_is_reported_without_the_note_text(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError(f"could not store {args[1]!r}")

    monkeypatch.setattr(records, "add_note", broken)
    editor.new_note(None, None, "Note")
    _type(qtbot, editor, "Secret venue: the lake house.")
    qtbot.waitUntil(lambda: editor.status.text().startswith("Not saved"), timeout=5_000)
    assert "RuntimeError" in editor.status.text()
    assert "lake house" not in editor.status.text()
    assert editor.body.toPlainText() == "Secret venue: the lake house."


def test_a_save_runs_while_every_thread_of_the_shared_pool_is_busy(
    qtbot: Any, editor: NoteEditor, session: VaultSession
) -> None:
    # An import and a seal hold the shared pool's threads for minutes: the notes' saves have a
    # thread of their own, so a pause in typing still writes the text at once.
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    started: list[int] = []

    def busy() -> None:
        started.append(1)
        release.wait(10)

    blockers = [workers.start(workers.Job(busy)) for _ in range(pool.maxThreadCount())]
    try:
        qtbot.waitUntil(lambda: len(started) == len(blockers), timeout=5_000)
        editor.new_note(None, None, "Note")
        _type(qtbot, editor, "Typed while a big paper is imported.")
        qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5_000)
        assert [n.body for n in records.list_notes(session.vault)] == [
            "Typed while a big paper is imported."
        ]
        assert not any(job.done.is_set() for job in blockers)
    finally:
        release.set()


def test_leaving_a_note_whose_save_is_still_queued_writes_it_at_once(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One editor's save is held in the notes' thread; another editor's save waits behind it.
    # Leaving that other note takes its save back from the queue and writes it there and then.
    gate = Gate(monkeypatch, records, "edit_note")
    vault = session.vault
    held = records.add_note(vault, "Held back.", "Round 1")
    editor.open_note(held.id)
    _type(qtbot, editor, " More.")
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    other = NoteEditor(session)
    other.timer.setInterval(100)
    qtbot.addWidget(other)
    other.show()
    other.new_note(None, None, "Note")
    _type(qtbot, other, "Queued behind the held save.")
    qtbot.waitUntil(lambda: not other.timer.isActive(), timeout=5_000)  # its save is queued
    assert [n.body for n in records.list_notes(vault)] == ["Held back."]
    other.new_note(None, None, "Note")  # leaves the note: written now, not after the held save
    assert sorted(n.body for n in records.list_notes(vault)) == [
        "Held back.",
        "Queued behind the held save.",
    ]
    assert not gate.release.is_set()
    gate.release.set()
    qtbot.waitUntil(
        lambda: records.get_note(vault, held.id).body == "Held back. More.", timeout=5_000
    )


def test_a_note_whose_text_cannot_be_saved_stays_open_instead_of_being_left(
    qtbot: Any, editor: NoteEditor, session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = session.vault
    first = records.add_note(vault, "First round.", "Round 1")
    second = records.add_note(vault, "Second round.", "Round 2")
    original = records.edit_note

    def full_disk(*_args: Any, **_kwargs: Any) -> Any:
        raise DiskFull("the disk is full: free some space, nothing was lost")

    monkeypatch.setattr(records, "edit_note", full_disk)
    editor.open_note(first.id)
    _type(qtbot, editor, " Names of the mediators.")
    # Opening another note (or a new one) would throw the text away: refused, the note stays.
    assert not editor.open_note(second.id)
    assert not editor.new_note(None, None, "Note")
    assert editor.note_id == first.id
    assert editor.body.toPlainText() == "First round. Names of the mediators."
    assert editor.status.text().startswith("Not saved: the disk is full")
    monkeypatch.setattr(records, "edit_note", original)  # space was freed
    assert editor.open_note(second.id)
    assert records.get_note(vault, first.id).body == "First round. Names of the mediators."
    assert editor.body.toPlainText() == "Second round."
