"""The window's writes on its writer thread: the outcome reaches the page on the Qt thread,
only while the vault is unlocked and the page still there."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from app import records
from app.errors import InvalidInput
from tests.ui.conftest import save_form, settled, unlock
from tests.ui.gate import Gate
from ui.common import workers, writing
from ui.people.forms import PersonDialog


def _page(qtbot) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    return page


def test_the_use_case_runs_on_the_writer_thread_and_its_result_reaches_the_page(
    qtbot, session
) -> None:
    page = _page(qtbot)
    ran_on: list[threading.Thread] = []
    results: list[object] = []

    def add(vault, body):
        ran_on.append(threading.current_thread())
        return records.add_note(vault, body)

    job = writing.write(
        page, session, add, session.vault, "Agreed.", then=results.append, refused=results.append
    )
    assert job is not None
    settled(qtbot, session)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert [n.body for n in results] == ["Agreed."]  # type: ignore[attr-defined]


def test_a_refused_write_is_told_to_the_page_and_nothing_else(qtbot, session) -> None:
    page = _page(qtbot)
    told: list[tuple[str, object]] = []

    def refuse(_vault):
        raise InvalidInput("a title is needed")

    writing.write(
        page,
        session,
        refuse,
        session.vault,
        then=lambda r: told.append(("then", r)),
        refused=lambda e: told.append(("refused", str(e))),
    )
    settled(qtbot, session)
    assert told == [("refused", "a title is needed")]


def test_a_slow_write_greys_the_page_out_until_it_ends(qtbot, session, monkeypatch) -> None:
    page = _page(qtbot)
    page.show()
    gate = Gate(monkeypatch, records, "add_note")
    done: list[object] = []
    writing.write(
        page, session, records.add_note, session.vault, "x", then=done.append, refused=done.append
    )
    assert gate.entered.wait(10)
    assert page.isEnabled()
    qtbot.waitUntil(lambda: not page.isEnabled(), timeout=5_000)
    gate.release.set()
    settled(qtbot, session)
    assert page.isEnabled() and len(done) == 1


def test_nothing_is_told_once_the_vault_is_locked_or_the_page_is_gone(
    qtbot, session, monkeypatch
) -> None:
    gate = Gate(monkeypatch, records, "add_note")
    told: list[object] = []
    page = QWidget()
    writing.write(
        page, session, records.add_note, session.vault, "x", then=told.append, refused=told.append
    )
    assert gate.entered.wait(10)
    page.deleteLater()  # the page closes while the note is written
    qtbot.wait(10)
    gate.release.set()
    assert workers.wait_all(10_000)
    qtbot.wait(20)
    assert told == []

    other = _page(qtbot)
    gate.release.clear()
    gate.entered.clear()
    writing.write(
        other, session, records.add_note, session.vault, "y", then=told.append, refused=told.append
    )
    assert gate.entered.wait(10)
    session.lock("user")
    gate.release.set()
    assert workers.wait_all(10_000)
    qtbot.wait(20)
    assert told == []
    assert (
        writing.write(
            other, session, records.add_note, None, "z", then=told.append, refused=told.append
        )
        is None
    )


def test_the_window_never_writes_on_the_qt_thread(qtbot, window, monkeypatch) -> None:
    # Every write turn taken while a user works in the window, through the real pages and
    # dialogs: none on the Qt thread (a commit there would freeze the window for as long as
    # the disk takes, or an import's batch). Writes made as the vault locks are not counted:
    # the database is closed right after them.
    from PySide6.QtWidgets import QMessageBox

    from app import drafts
    from storage.db import _WriterQueue
    from ui.dialogues.forms import DialogueDialog, SessionDialog

    unlock(qtbot, window)
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Lower Selvan")
    first = records.add_session(vault, dialogue.id, "2026-01-10")
    proposal = drafts.new_proposal(vault, "Water annex", "First text.\n")
    ws = window.workspace
    turns: list[threading.Thread] = []
    original = _WriterQueue.enter

    def enter(self, timeout):
        turns.append(threading.current_thread())
        return original(self, timeout)

    monkeypatch.setattr(_WriterQueue, "enter", enter)
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )

    person = PersonDialog(vault, parent=ws)
    person.name.setText("Leyla Aram")
    save_form(person)
    edit = DialogueDialog(vault, dialogue, parent=ws)
    edit.title.setText("Lower Selvan water dialogue")
    save_form(edit)
    second = SessionDialog(vault, dialogue.id, parent=ws)
    save_form(second)
    ws.go("session", first.id)
    ws.round.delete()
    settled(qtbot, window.session)
    ws.go("drafts")
    page = ws.drafts
    page.reload()
    page.show_proposal(proposal.id)
    page.editor.setPlainText("Second text.\n")
    page.save_revision()
    qtbot.waitUntil(lambda: not page.is_saving)
    page.status.setCurrentIndex((page.status.currentIndex() + 1) % page.status.count())
    settled(qtbot, window.session)
    ws.go("notes")
    ws.notes.editor.new_note(None, None, "Note")
    ws.notes.editor.body.setPlainText("Typed in the window.")
    qtbot.waitUntil(lambda: ws.notes.editor.note_id is not None, timeout=10_000)

    assert len(turns) >= 7  # each of the changes above took a write turn
    assert [t.name for t in turns if t is threading.main_thread()] == []
    assert [p.name for p in records.list_people(vault)] == ["Leyla Aram"]
    assert [s.id for s in records.list_sessions(vault, dialogue.id)] == [second.result_record.id]
    assert drafts.head(vault, proposal.id).body == "Second text.\n"
