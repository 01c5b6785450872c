"""Deleting from the app: a person, a paper, a note, a round and a dialogue; asked once
(Cancel keeps everything), then gone from the vault at once, the views following."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from app import audit, papers, records, retention
from storage import papers as paper_store
from storage.errors import DiskFull
from tests.ui.conftest import unlock
from tests.ui.gate import Gate
from ui.common import workers


class Answers:
    """What to answer to the questions asked before deleting ("yes", else Cancel), in order,
    and the questions asked."""

    def __init__(self) -> None:
        self.planned: list[str] = []
        self.asked: list[str] = []

    def append(self, answer: str) -> None:
        self.planned.append(answer)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def warning(_parent: object, _title: str, text: str, *_rest: object) -> object:
        given.asked.append(text)
        if given.planned and given.planned.pop(0) == "yes":
            return QMessageBox.StandardButton.Yes
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return given


def _wait_for_the_deletion(qtbot, window) -> None:
    """A deletion runs in a worker: wait until it has ended and its page followed."""
    qtbot.waitUntil(lambda: not window.session.busy, timeout=20_000)
    qtbot.wait(5)  # its outcome, queued to the Qt thread


def test_a_person_is_deleted_only_once_confirmed(qtbot, window, answers) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    person = records.add_person(vault, "Leyla Aram")
    ws = window.workspace
    ws.go("people")
    page = ws.people
    page.reload()
    page.table.select_where(lambda p: p.id == person.id)

    answers.append("cancel")
    page.delete_selected()
    _wait_for_the_deletion(qtbot, window)
    assert [p.name for p in records.list_people(vault)] == ["Leyla Aram"]

    answers.append("yes")
    page.delete_selected()
    _wait_for_the_deletion(qtbot, window)
    assert records.list_people(vault) == []
    assert page.table.model.rowCount() == 0
    assert "Leyla Aram" not in ws.details.toPlainText()
    assert audit.entries(vault)[-1].event == "record.deleted"


def _papers_page_with(qtbot, window, *contents: tuple[bytes, str]):
    """The Papers page after unlocking, with papers (bytes, title) added, the first chosen."""
    unlock(qtbot, window)
    vault = window.session.vault
    added = [papers.add_paper_bytes(vault, data, f"{title}.txt", title) for data, title in contents]
    window.workspace.go("papers")
    page = window.workspace.papers
    page.reload()
    page.table.select_where(lambda p: p.id == added[0].id)
    return vault, page, added


def test_a_paper_is_deleted_and_the_viewer_emptied(qtbot, window, answers) -> None:
    vault, page, _ = _papers_page_with(qtbot, window, (b"seating plan", "Seating"))
    answers.append("yes")
    page.delete_paper()
    qtbot.waitUntil(lambda: "deleted" in page.status.text())
    assert papers.list_papers(vault) == []
    assert page.table.model.rowCount() == 0


def test_a_large_paper_is_deleted_in_a_worker_with_progress_and_no_cancel(
    qtbot, window, answers
) -> None:
    vault, page, (_, kept) = _papers_page_with(
        qtbot, window, (b"m" * (9 * 1024 * 1024), "Minutes"), (b"agenda", "Agenda")
    )
    steps: list[tuple[int, int]] = []
    answers.append("yes")
    page.delete_paper()
    assert page.jobs.isVisible() and "Minutes" in page.jobs.label.text()
    assert page.table.model.rowCount() == 1 and page.table.model.record(0).id == kept.id
    assert not page.jobs.cancel.isVisible()  # once begun, a deletion is finished
    page.jobs.bar.valueChanged.connect(lambda value: steps.append((value, page.jobs.bar.maximum())))
    qtbot.waitUntil(lambda: "deleted" in page.status.text())
    assert [p.id for p in papers.list_papers(vault)] == [kept.id]
    assert page.table.model.rowCount() == 1 and not page.jobs.isVisible()
    assert steps and steps[-1] == (1000, 1000)  # the bar went to its end


def test_a_paper_deletion_that_stops_says_why_and_the_paper_stays_out_of_the_list(
    qtbot, window, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, page, _ = _papers_page_with(qtbot, window, (b"m" * (2 * 1024 * 1024), "Minutes"))

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFull("the disk is full or failing; the last change was not saved")

    monkeypatch.setattr(paper_store, "remove_hidden", disk_full)
    answers.append("yes")
    page.delete_paper()
    qtbot.waitUntil(lambda: len(answers.asked) == 2)
    assert "next time the vault is unlocked" in answers.asked[-1]
    assert "disk is full" in answers.asked[-1]
    assert papers.list_papers(vault) == [] and page.table.model.rowCount() == 0


def test_a_note_is_deleted_after_what_was_typed_is_saved_and_the_editor_is_emptied(
    qtbot, window, answers
) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    note = records.add_note(vault, "Ground rules agreed.", "Ground rules")
    ws = window.workspace
    ws.go("notes")
    panel = ws.notes
    panel.reload()
    panel.open_note(note.id)
    panel.editor.body.setPlainText("Ground rules agreed, and typed a moment ago.")
    answers.append("yes")
    panel.delete_note()
    _wait_for_the_deletion(qtbot, window)
    assert records.list_notes(vault) == []
    assert panel.editor.note_id is None and panel.editor.body.toPlainText() == ""
    assert "Ground rules" in answers.asked[-1]
    qtbot.wait(50)
    assert records.list_notes(vault) == []  # no autosave brought it back


def test_a_round_and_then_its_dialogue_are_deleted_and_the_navigation_follows(
    qtbot, window, answers
) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Lower Selvan")
    first = records.add_session(vault, dialogue.id, "2026-01-10")
    records.add_session(vault, dialogue.id, "2026-02-10")
    records.add_note(vault, "round note", session_id=first.id)
    ws = window.workspace
    ws.go("session", first.id)
    answers.append("yes")
    ws.round.delete()
    _wait_for_the_deletion(qtbot, window)
    assert [s.id for s in records.list_sessions(vault, dialogue.id)] != [first.id]
    assert len(records.list_sessions(vault, dialogue.id)) == 1
    assert records.list_notes(vault) == []
    assert ws.pages.currentWidget() is ws.dialogue  # back on its dialogue

    answers.append("yes")
    ws.dialogue.delete()
    _wait_for_the_deletion(qtbot, window)
    assert records.list_dialogues(vault) == []
    assert ws.pages.currentWidget() is ws.dialogues
    assert "Lower Selvan" not in [
        ws.nav.topLevelItem(0).child(i).text(0) for i in range(ws.nav.topLevelItem(0).childCount())
    ]


def test_a_working_group_is_deleted_unless_a_paper_may_be_shared_with_it_alone(
    qtbot, window, answers
) -> None:
    from app import sharing

    unlock(qtbot, window)
    vault = window.session.vault
    water = records.add_group(vault, "Water annex", member_ids=[])
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex")
    sharing.set_compartments(vault, paper.id, [water.id])
    ws = window.workspace
    ws.go("groups")
    page = ws.groups
    page.reload()
    page.table.select_where(lambda g: g.id == water.id)

    answers.append("yes")
    page.delete_selected()
    _wait_for_the_deletion(qtbot, window)
    assert [g.id for g in records.list_groups(vault)] == [water.id]
    assert "shared only with this working group: 1" in answers.asked[-1]  # why, said

    sharing.set_compartments(vault, paper.id, [])
    answers.append("cancel")
    page.delete_selected()
    _wait_for_the_deletion(qtbot, window)
    assert [g.id for g in records.list_groups(vault)] == [water.id]
    answers.append("yes")
    page.delete_selected()
    _wait_for_the_deletion(qtbot, window)
    assert records.list_groups(vault) == []
    assert page.table.model.rowCount() == 0


def test_a_draft_proposal_is_deleted_with_its_history_and_the_page_emptied(
    qtbot, window, answers
) -> None:
    from app import drafts

    unlock(qtbot, window)
    vault = window.session.vault
    proposal = drafts.new_proposal(vault, "Water annex", "First text.\n")
    ws = window.workspace
    ws.go("drafts")
    page = ws.drafts
    page.reload()
    assert not page.delete_button.isEnabled()  # nothing shown yet
    page.show_proposal(proposal.id)
    assert page.delete_button.isEnabled()
    page.editor.setPlainText("typed, not saved")

    answers.append("cancel")
    page.delete_proposal()
    _wait_for_the_deletion(qtbot, window)
    assert [p.id for p in drafts.list_proposals(vault)] == [proposal.id]
    assert page.editor.toPlainText() == "typed, not saved"

    answers.append("yes")
    page.delete_proposal()
    _wait_for_the_deletion(qtbot, window)
    assert drafts.list_proposals(vault) == []
    assert "Every saved revision goes with it" in answers.asked[-1]
    assert page.table.model.rowCount() == 0 and page.proposal is None
    assert page.editor.toPlainText() == "" and not page.delete_button.isEnabled()


def test_locking_while_a_paper_is_deleted_is_quiet_and_the_next_unlock_finishes_it(
    qtbot, window, answers
) -> None:
    vault, page, _ = _papers_page_with(qtbot, window, (b"m" * (9 * 1024 * 1024), "Minutes"))
    answers.append("yes")
    page.delete_paper()
    qtbot.waitUntil(lambda: page.jobs.bar.value() > 0)  # hidden, being overwritten
    window.session.lock("user")
    qtbot.wait(200)  # the job's end (cancelled) arrives after the lock: nothing to say
    assert answers.asked[1:] == []
    unlock(qtbot, window)
    vault = window.session.vault
    assert papers.list_papers(vault) == []
    assert vault.storage.db.query("SELECT count(*) FROM paper_chunks") == [(0,)]


def _dialogue_being_deleted(qtbot, window, answers, monkeypatch):
    """A dialogue with a round and a note, its deletion confirmed and held in the worker."""
    unlock(qtbot, window)
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Lower Selvan")
    first = records.add_session(vault, dialogue.id, "2026-01-10")
    records.add_note(vault, "round note", session_id=first.id)
    ws = window.workspace
    ws.go("dialogue", dialogue.id)
    gate = Gate(monkeypatch, retention, "delete_now")
    answers.append("yes")
    ws.dialogue.delete()
    assert gate.entered.wait(10)
    return vault, ws, dialogue, gate


def test_a_dialogue_is_deleted_in_a_worker_and_a_slow_deletion_greys_its_page_out(
    qtbot, window, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, ws, _, gate = _dialogue_being_deleted(qtbot, window, answers, monkeypatch)
    assert gate.threads[0] is not threading.main_thread()
    assert ws.dialogue.isEnabled()  # a blink: nothing changes on the screen
    qtbot.waitUntil(lambda: not ws.dialogue.isEnabled(), timeout=5_000)
    assert window.statusBar().currentMessage() == "Deleting…"
    assert ws.pages.currentWidget() is ws.dialogue  # shown until it is gone
    gate.release.set()
    _wait_for_the_deletion(qtbot, window)
    assert records.list_dialogues(vault) == [] and records.list_notes(vault) == []
    assert ws.dialogue.isEnabled() and ws.pages.currentWidget() is ws.dialogues
    assert window.statusBar().currentMessage() == ""


def test_locking_while_a_dialogue_is_deleted_is_quiet_and_keeps_it_whole(
    qtbot, window, answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _ws, dialogue, gate = _dialogue_being_deleted(qtbot, window, answers, monkeypatch)
    window.session.lock("user")  # before the deletion began: the locked vault refuses it
    gate.release.set()
    assert workers.wait_all(10_000)
    qtbot.wait(50)
    assert answers.asked[1:] == []  # nothing said after the lock
    unlock(qtbot, window)
    vault = window.session.vault
    assert [d.id for d in records.list_dialogues(vault)] == [dialogue.id]
    assert len(records.list_notes(vault)) == 1
