"""The drafts screens: history, comparison and conflict resolution, against real vaults."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import drafts, exchange
from app import vault as app_vault
from app.errors import DiskFull
from tests.app.sharing_vaults import Member, contact_of, introduce, members
from tests.conftest import PASSPHRASE
from tests.ui.conftest import save_form, settled
from tests.ui.gate import Gate
from ui.common.session import VaultSession
from ui.drafts.merge_dialog import MergeDialog
from ui.drafts.page import DraftsPage, ProposalDialog

FIRST = "1. Both communities share the river.\n2. Releases follow a drought index.\n"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Member, Member, Path]]:
    folder = tmp_path / "exchange"
    folder.mkdir()
    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        introduce(amira, bashir)
        introduce(bashir, amira)
        for m in (amira, bashir):
            exchange.set_exchange_folder(m.vault, folder)
        yield amira, bashir, folder


@pytest.fixture
def page(qtbot, pair) -> Iterator[DraftsPage]:
    amira = pair[0]
    session = VaultSession(idle_minutes=0)
    session.open(amira.vault)
    widget = DraftsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    session.lock("quit")


def _new_proposal(page: DraftsPage, pair) -> int:
    amira, bashir, _ = pair
    dialog = ProposalDialog(page.session.vault, page)
    dialog.title.setText("Drought-year principles")
    dialog.text.setPlainText(FIRST)
    dialog.co_drafter.setCurrentIndex(
        dialog.co_drafter.findData(contact_of(amira, bashir).contact.id)
    )
    save_form(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    page.reload(keep=dialog.result_record.id)
    return int(dialog.result_record.id)


def test_saving_an_edit_adds_a_revision_to_the_history_newest_first(qtbot, page, pair) -> None:
    proposal_id = _new_proposal(page, pair)
    assert page.proposal is not None and page.proposal.id == proposal_id
    assert page.editor.toPlainText() == FIRST
    assert not page.save_button.isEnabled()
    page.editor.setPlainText(FIRST.replace("share", "jointly share"))
    page.message.setText("Jointly")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.is_saving and page.editor.isReadOnly() and not page.save_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_saving)
    assert not page.editor.isReadOnly()
    messages = [r.message for r in page.history.model.records]
    assert messages == ["Jointly", "First draft"]
    assert drafts.head(page.session.vault, proposal_id).body.startswith(
        "1. Both communities jointly"
    )


def test_saving_the_same_text_again_is_refused_with_a_message(qtbot, page, pair) -> None:
    _new_proposal(page, pair)
    page.editor.setPlainText(FIRST)
    page.save_button.setEnabled(True)
    page.save_revision()
    qtbot.waitUntil(lambda: not page.is_saving)
    assert page.error.isVisibleTo(page) and "same" in page.error.text()
    assert page.save_button.isEnabled() and not page.editor.isReadOnly()
    assert len(page.history.model.records) == 1


def _wait_for_the_comparison(qtbot, page: DraftsPage) -> None:
    qtbot.waitUntil(lambda: bool(page.diff.rows) and not page.diff.filling, timeout=10_000)


def _long_text(paragraphs: int, variant: str) -> str:
    return "".join(
        f"{i + 1}. The parties {variant if i % 7 == 0 else 'agree'} that releases in "
        f"season {i} follow the jointly monitored drought index of the river basin.\n"
        for i in range(paragraphs)
    )


def _on_first_part(page: DraftsPage, monkeypatch, then) -> None:
    """Call ``then()`` right after the view has taken the comparison's first part."""
    shown = page.diff.show_rows

    def show_rows(*args: object) -> None:
        shown(*args)
        then()

    monkeypatch.setattr(page.diff, "show_rows", show_rows)


def test_a_long_comparison_is_worked_out_on_a_worker_and_shown_a_part_at_a_time(
    qtbot, page, pair, monkeypatch
) -> None:
    proposal_id = _new_proposal(page, pair)
    drafts.edit(page.session.vault, proposal_id, _long_text(600, "agree"))
    drafts.edit(page.session.vault, proposal_id, _long_text(600, "accept"))
    page.show_proposal(proposal_id)
    page.left.setCurrentIndex(1)  # the revision before the head
    page.right.setCurrentIndex(0)
    first_part: list[tuple[bool, str]] = []
    _on_first_part(
        page, monkeypatch, lambda: first_part.append((page.diff.filling, page.diff.toPlainText()))
    )
    page.compare()
    assert page.diff.rows == []  # not worked out on the Qt thread
    assert "Comparing" in page.diff.toPlainText()
    _wait_for_the_comparison(qtbot, page)
    [(filling, shown_first)] = first_part
    assert filling  # the first rows were shown at once, the others followed
    assert "season 0 " in shown_first and "season 599 " not in shown_first
    text = page.diff.toPlainText()
    assert "season 599 " in text and "Comparing" not in text
    assert [row.kind for row in page.diff.rows].count("replace") == 86  # every 7th of 600


def test_a_newer_comparison_replaces_one_still_being_worked_out(qtbot, page, pair) -> None:
    proposal_id = _new_proposal(page, pair)
    drafts.edit(page.session.vault, proposal_id, _long_text(600, "accept"))
    drafts.edit(page.session.vault, proposal_id, FIRST.replace("drought", "joint"))
    page.show_proposal(proposal_id)
    page.left.setCurrentIndex(2)
    page.right.setCurrentIndex(1)  # the first draft against the long text
    page.compare()
    page.left.setCurrentIndex(2)
    page.right.setCurrentIndex(0)  # the first draft against the short edit
    page.compare()
    _wait_for_the_comparison(qtbot, page)
    qtbot.wait(100)  # the first comparison's result, if it came late, would show now
    assert len(page.diff.rows) == 2
    assert "season" not in page.diff.toPlainText()


def test_locking_while_a_comparison_is_shown_stops_it_and_leaves_nothing(
    qtbot, page, pair, monkeypatch
) -> None:
    proposal_id = _new_proposal(page, pair)
    drafts.edit(page.session.vault, proposal_id, _long_text(600, "accept"))
    page.show_proposal(proposal_id)
    locked_while_filling: list[bool] = []

    def lock() -> None:
        locked_while_filling.append(page.diff.filling)
        page.session.lock("user")

    _on_first_part(page, monkeypatch, lock)
    page.compare()
    qtbot.waitUntil(lambda: bool(locked_while_filling), timeout=10_000)
    qtbot.wait(100)  # the turns that would have put in the next parts
    assert locked_while_filling == [True]
    assert page.diff.rows == [] and page.diff.toPlainText() == ""
    assert not page.error.isVisible()


def test_comparing_two_revisions_shows_the_changed_line_and_words(qtbot, page, pair) -> None:
    proposal_id = _new_proposal(page, pair)
    drafts.edit(page.session.vault, proposal_id, FIRST.replace("drought index", "joint index"))
    page.show_proposal(proposal_id)
    page.compare()
    assert page.tabs.currentIndex() == 2
    _wait_for_the_comparison(qtbot, page)
    kinds = [row.kind for row in page.diff.rows]
    assert kinds == ["equal", "replace"]
    changed = page.diff.rows[1]
    assert changed.left[slice(*changed.left_spans[0])] == "drought"
    assert changed.right[slice(*changed.right_spans[0])] == "joint"
    assert "joint" in page.diff.toPlainText() and "drought" in page.diff.toPlainText()


def test_a_conflicting_edit_is_shown_and_saved_only_once_every_conflict_is_resolved(
    qtbot, page, pair
) -> None:
    amira, bashir, folder = pair
    proposal_id = _new_proposal(page, pair)
    drafts.send(amira.vault, proposal_id, folder)
    exchange.scan(bashir.vault, folder, settle_seconds=0)
    (theirs_proposal,) = drafts.list_proposals(bashir.vault)
    drafts.edit(
        bashir.vault, theirs_proposal.id, FIRST.replace("drought index", "seasonal quota"), "Quota"
    )
    drafts.edit(
        amira.vault, proposal_id, FIRST.replace("drought index", "joint drought index"), "Joint"
    )
    drafts.send(bashir.vault, theirs_proposal.id, folder)
    exchange.scan(amira.vault, folder, settle_seconds=0)

    page.show_proposal(proposal_id)
    assert page.banner.isVisibleTo(page)
    assert "Bashir" in page.banner_text.text() and "1 place" in page.banner_text.text()
    assert drafts.head(amira.vault, proposal_id).message == "Joint"  # nothing merged silently

    state = drafts.start_merge(amira.vault, proposal_id)
    theirs = drafts.find_revision(amira.vault, state.theirs_uid)
    dialog = MergeDialog(amira.vault, state, theirs, page)
    qtbot.addWidget(dialog)
    dialog.show()
    (box,) = dialog.boxes
    assert not dialog.save_button.isEnabled()
    assert "0 of 1" in dialog.progress.text()
    qtbot.mouseClick(box.buttons["custom"], Qt.MouseButton.LeftButton)
    box.custom.setPlainText("2. Releases follow a joint drought index and a seasonal quota.\n")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.is_saving
    qtbot.waitUntil(lambda: not dialog.is_saving)
    merged = dialog.result_revision
    assert merged is not None and len(merged.parents) == 2
    head = drafts.head(amira.vault, proposal_id)
    assert head.uid == merged.uid
    assert "joint drought index and a seasonal quota" in head.body
    page.show_proposal(proposal_id)
    assert not page.banner.isVisibleTo(page)
    assert page.history.model.records[0].uid == merged.uid


def test_cancelling_a_merge_keeps_both_heads_and_the_banner(qtbot, page, pair) -> None:
    amira, bashir, folder = pair
    proposal_id = _new_proposal(page, pair)
    drafts.send(amira.vault, proposal_id, folder)
    exchange.scan(bashir.vault, folder, settle_seconds=0)
    (theirs_proposal,) = drafts.list_proposals(bashir.vault)
    drafts.edit(bashir.vault, theirs_proposal.id, FIRST + "3. B's clause.\n", "B")
    drafts.edit(amira.vault, proposal_id, FIRST + "3. A's clause.\n", "A")
    drafts.send(bashir.vault, theirs_proposal.id, folder)
    exchange.scan(amira.vault, folder, settle_seconds=0)
    state = drafts.start_merge(amira.vault, proposal_id)
    dialog = MergeDialog(amira.vault, state, drafts.find_revision(amira.vault, state.theirs_uid))
    qtbot.addWidget(dialog)
    dialog.reject()
    page.show_proposal(proposal_id)
    assert page.banner.isVisibleTo(page)
    assert drafts.head(amira.vault, proposal_id).message == "A"


def test_locking_empties_the_drafts_page(qtbot, page, pair) -> None:
    _new_proposal(page, pair)
    page.session.lock("user")
    assert page.table.model.rowCount() == 0 and page.editor.toPlainText() == ""
    assert not page.detail.isEnabled()


def _many_conflicts(page: DraftsPage, pair, count: int) -> drafts.MergeState:
    """A proposal of 2 * count clauses whose even clauses both sides reworded."""
    amira, bashir, folder = pair
    proposal_id = _new_proposal(page, pair)
    clauses = [f"{n}. Clause {n} as first drafted.\n" for n in range(1, 2 * count + 1)]
    drafts.edit(amira.vault, proposal_id, "".join(clauses), "Long")
    drafts.send(amira.vault, proposal_id, folder)
    exchange.scan(bashir.vault, folder, settle_seconds=0)
    (theirs_proposal,) = drafts.list_proposals(bashir.vault)

    def reworded(who: str) -> str:
        return "".join(
            c.replace("as first drafted", f"in {who}'s words") if n % 2 == 0 else c
            for n, c in enumerate(clauses, start=1)
        )

    drafts.edit(bashir.vault, theirs_proposal.id, reworded("Bashir"), "B")
    drafts.edit(amira.vault, proposal_id, reworded("Amira"), "A")
    drafts.send(bashir.vault, theirs_proposal.id, folder)
    exchange.scan(amira.vault, folder, settle_seconds=0)
    state = drafts.start_merge(amira.vault, proposal_id)
    assert len(state.conflicts) == count
    return state


def _merge_dialog(member: Member, state: drafts.MergeState) -> MergeDialog:
    dialog = MergeDialog(member.vault, state, drafts.find_revision(member.vault, state.theirs_uid))
    dialog.show()
    return dialog


def test_a_merge_with_many_conflicts_opens_with_the_first_and_builds_the_rest_in_turns(
    qtbot, page, pair
) -> None:
    amira = pair[0]
    state = _many_conflicts(page, pair, 20)
    dialog = _merge_dialog(amira, state)
    qtbot.addWidget(dialog)
    # Built with the dialog: the first few, the ones a user sees first.
    assert len(dialog.boxes) == MergeDialog.FIRST_BOXES < 20 and dialog.building
    qtbot.waitUntil(lambda: not dialog.building and dialog.boxes[-1].isVisible())
    assert [box.title() for box in dialog.boxes] == [f"Conflict {n}" for n in range(1, 21)]
    for n, box in enumerate(dialog.boxes, start=1):
        mine, theirs = box.focus_order[:2]
        assert mine.toPlainText() == f"{2 * n}. Clause {2 * n} in Amira's words.\n"
        assert theirs.toPlainText() == f"{2 * n}. Clause {2 * n} in Bashir's words.\n"
    # Tab visits the conflicts in order, then the message and the buttons, although the later
    # conflicts were built after them.
    expected = [w for box in dialog.boxes for w in box.focus_order]
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    expected += [dialog.message, dialog.save_button, cancel]
    wanted, visited = set(expected), []
    widget = expected[0]
    for _ in range(10 * len(expected)):
        if widget in wanted and widget not in visited:
            visited.append(widget)
        widget = widget.nextInFocusChain()
    assert visited == expected
    # The editor for one's own wording is made only when asked for.
    assert all(box.custom is None for box in dialog.boxes)
    for box in dialog.boxes[:-1]:
        qtbot.mouseClick(box.buttons["ours"], Qt.MouseButton.LeftButton)
    assert "19 of 20" in dialog.progress.text() and not dialog.save_button.isEnabled()
    last = dialog.boxes[-1]
    qtbot.mouseClick(last.buttons["custom"], Qt.MouseButton.LeftButton)
    assert last.custom is not None and last.custom.hasFocus()
    # Tab leaves the editor for the message (the list itself takes the focus on the way).
    wanted.add(last.custom)
    qtbot.keyClick(last.custom, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not last.custom
    if dialog.focusWidget() not in wanted:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.message
    qtbot.keyClick(dialog.message, Qt.Key.Key_Backtab)
    if dialog.focusWidget() not in wanted:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is last.custom
    last.custom.setPlainText("40. Clause 40 in our joint words.\n")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_saving)
    assert dialog.result_revision is not None
    body = drafts.head(amira.vault, state.proposal_id).body
    assert "38. Clause 38 in Amira's words." in body and "Bashir" not in body
    assert body.endswith("39. Clause 39 as first drafted.\n40. Clause 40 in our joint words.\n")


def test_closing_a_merge_while_its_conflicts_are_being_built_stops_building(
    qtbot, page, pair
) -> None:
    amira = pair[0]
    state = _many_conflicts(page, pair, 12)
    dialog = _merge_dialog(amira, state)
    assert dialog.building
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(50)  # a build step left for the deleted dialog would raise here
    assert len(state.unresolved) == 12
    assert drafts.head(amira.vault, state.proposal_id).message == "A"


def test_sending_seals_in_a_worker_and_the_page_says_so_until_it_is_sent(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, bashir, folder = pair
    proposal_id = _new_proposal(page, pair)
    gate = Gate(monkeypatch, drafts, "send")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    assert gate.threads[0] is not threading.main_thread()
    assert not page.send_button.isEnabled() and page.co_drafter.text().endswith("sending…")
    assert list(folder.iterdir()) == []
    gate.release.set()
    qtbot.waitUntil(page.send_button.isEnabled, timeout=5_000)
    assert page.co_drafter.text().startswith("Co-drafter: Bashir")
    assert page.co_drafter.text().endswith(" — sent")
    exchange.scan(bashir.vault, folder, settle_seconds=0)
    (received,) = drafts.list_proposals(bashir.vault)
    assert drafts.head(bashir.vault, received.id).body == FIRST
    assert drafts.head(amira.vault, proposal_id).body == FIRST


def test_a_send_that_fails_says_why_and_can_be_tried_again(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _amira, _bashir, folder = pair
    _new_proposal(page, pair)
    original = drafts.send

    def full_disk(*_args: object, **_kwargs: object) -> object:
        raise DiskFull("the disk is full: free some space, nothing was lost")

    monkeypatch.setattr(drafts, "send", full_disk)
    before = page.co_drafter.text()
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.send_button.isEnabled, timeout=5_000)
    assert page.error.isVisibleTo(page) and page.error.text().startswith("The disk is full")
    assert page.co_drafter.text() == before  # not "sending…", not "sent"
    monkeypatch.setattr(drafts, "send", original)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.co_drafter.text().endswith(" — sent"), timeout=5_000)
    assert not page.error.isVisibleTo(page) and len(list(folder.iterdir())) == 1


def test_the_merge_is_worked_out_in_a_worker_then_shown(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = _many_conflicts(page, pair, 3)
    page.show_proposal(state.proposal_id)
    assert page.banner.isVisibleTo(page)
    gate = Gate(monkeypatch, drafts, "start_merge")
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    assert gate.threads[0] is not threading.main_thread()
    assert not page.merge_button.isEnabled()
    shown: list[MergeDialog] = []

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(10, look_and_cancel)
            return
        shown.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    gate.release.set()
    qtbot.waitUntil(lambda: len(shown) == 1 and page.merge_button.isEnabled(), timeout=5_000)
    assert len(shown[0].state.conflicts) == 3
    assert page.banner.isVisibleTo(page)  # cancelled: nothing merged


def test_a_merge_that_cannot_start_says_why(qtbot, page, pair) -> None:
    proposal_id = _new_proposal(page, pair)
    page.show_proposal(proposal_id)
    assert not page.banner.isVisibleTo(page)
    page.merge()  # as if the co-drafter's revision had been merged in another window meanwhile
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page), timeout=5_000)
    assert page.error.text() == "There is nothing to merge: no diverged revision is waiting."
    assert page.merge_button.isEnabled()


def test_text_typed_while_the_proposal_is_being_sent_stays_in_the_editor(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_proposal(page, pair)
    gate = Gate(monkeypatch, drafts, "send")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(gate.entered.is_set, timeout=5_000)
    page.editor.setPlainText(FIRST + "3. A third clause, typed while sending.\n")
    gate.release.set()
    qtbot.waitUntil(page.send_button.isEnabled, timeout=5_000)
    assert page.co_drafter.text().endswith(" — sent")
    assert page.editor.toPlainText().endswith("typed while sending.\n")
    assert page.save_button.isEnabled()  # still to be saved as a revision


def _second_proposal(page: DraftsPage) -> int:
    proposal = drafts.new_proposal(page.session.vault, "Monitoring annex", "A. Monitors.\n")
    page.reload()
    return int(proposal.id)


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_choosing_another_proposal_with_unsaved_text_asks_and_keeps_it_on_cancel(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _new_proposal(page, pair)
    other = _second_proposal(page)
    typed = FIRST + "3. Typed and not yet saved.\n"
    page.editor.setPlainText(typed)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.table.select_where(lambda p: p.id == other)
    assert len(asked) == 1 and "Drought-year principles" in asked[0]
    assert page.proposal is not None and page.proposal.id == first
    assert page.editor.toPlainText() == typed and page.save_button.isEnabled()
    qtbot.waitUntil(lambda: _selected_id(page) == first, timeout=5_000)  # the row went back
    assert page.proposal.id == first and page.editor.toPlainText() == typed


def _selected_id(page: DraftsPage) -> int | None:
    index = page.table.view.currentIndex()
    return int(page.table.model.record(index.row()).id) if index.isValid() else None


def test_choosing_another_proposal_and_leaving_the_changes_shows_it(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _new_proposal(page, pair)
    other = _second_proposal(page)
    page.editor.setPlainText(FIRST + "3. Typed and left.\n")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    page.table.select_where(lambda p: p.id == other)
    assert len(asked) == 1
    assert page.proposal is not None and page.proposal.id == other
    assert page.editor.toPlainText() == "A. Monitors.\n"
    assert drafts.head(page.session.vault, first).body == FIRST  # nothing saved on the way


def test_choosing_another_proposal_without_changes_does_not_ask(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    _new_proposal(page, pair)
    other = _second_proposal(page)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.table.select_where(lambda p: p.id == other)
    assert asked == []
    assert page.proposal is not None and page.proposal.id == other


def _unlock_again(page: DraftsPage, member: Member) -> None:
    page.session.open(app_vault.unlock(member.folder, PASSPHRASE))
    page.reload()


def test_text_typed_when_the_vault_locks_is_shown_again_after_the_unlock(qtbot, page, pair) -> None:
    amira = pair[0]
    proposal_id = _new_proposal(page, pair)
    typed = FIRST + "3. Typed when the idle lock came.\n"
    page.editor.setPlainText(typed)
    page.session.lock("idle")
    assert page.editor.toPlainText() == ""
    _unlock_again(page, amira)
    page.table.select_where(lambda p: p.id == proposal_id)
    assert page.editor.toPlainText() == typed
    assert page.save_button.isEnabled()
    assert page.restored.isVisibleTo(page) and "not saved" in page.restored.text()
    assert drafts.head(page.session.vault, proposal_id).body == FIRST  # not a revision
    page.message.setText("Third clause")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_saving)
    assert drafts.head(page.session.vault, proposal_id).body == typed
    assert not page.restored.isVisibleTo(page)
    assert drafts.working_copy(page.session.vault, proposal_id) is None


def test_a_revision_being_written_when_the_vault_locks_is_saved_before_it_closes(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal_id = _new_proposal(page, pair)
    other = _second_proposal(page)
    page.table.select_where(lambda p: p.id == proposal_id)
    typed = FIRST + "3. Saved as the lock came.\n"
    page.editor.setPlainText(typed)
    gate = Gate(monkeypatch, drafts, "edit")
    page.save_revision()
    assert gate.entered.wait(10) and gate.threads[0] is not threading.main_thread()
    assert page.is_saving and page.editor.isReadOnly()
    page.table.select_where(lambda p: p.id == other)  # no other proposal meanwhile
    qtbot.wait(10)
    assert page.proposal is not None and page.proposal.id == proposal_id
    assert page.editor.toPlainText() == typed
    gate.release_in(0.2)
    page.session.lock("idle")  # waits for the write, which commits before the vault closes
    assert not page.is_saving and page.editor.toPlainText() == ""
    _unlock_again(page, pair[0])
    assert drafts.head(page.session.vault, proposal_id).body == typed
    assert drafts.working_copy(page.session.vault, proposal_id) is None
    page.table.select_where(lambda p: p.id == proposal_id)
    assert not page.editor.isReadOnly() and not page.save_button.isEnabled()


def test_a_revision_refused_as_the_vault_locks_is_kept_as_the_text_typed(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal_id = _new_proposal(page, pair)
    typed = FIRST + "3. Refused as the lock came.\n"
    page.editor.setPlainText(typed)
    entered, release = threading.Event(), threading.Event()

    def refused(*args, **kwargs):
        entered.set()
        release.wait(10)
        raise DiskFull("the disk is full")

    monkeypatch.setattr(drafts, "edit", refused)
    page.save_revision()
    assert entered.wait(10)
    threading.Timer(0.2, release.set).start()
    page.session.lock("user")
    monkeypatch.undo()
    _unlock_again(page, pair[0])
    assert drafts.head(page.session.vault, proposal_id).body == FIRST
    kept = drafts.working_copy(page.session.vault, proposal_id)
    assert kept is not None and kept.body == typed
    page.table.select_where(lambda p: p.id == proposal_id)
    assert page.editor.toPlainText() == typed and page.save_button.isEnabled()


def test_leaving_restored_text_for_another_proposal_forgets_it(
    qtbot, page, pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira = pair[0]
    proposal_id = _new_proposal(page, pair)
    other = _second_proposal(page)
    page.table.select_where(lambda p: p.id == proposal_id)
    page.editor.setPlainText(FIRST + "3. Kept at the lock, then left.\n")
    page.session.lock("user")
    _unlock_again(page, amira)
    page.table.select_where(lambda p: p.id == proposal_id)
    assert page.restored.isVisibleTo(page)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    gate = Gate(monkeypatch, drafts, "discard_working_copy")
    page.table.select_where(lambda p: p.id == other)
    assert len(asked) == 1
    assert gate.entered.wait(10) and gate.threads[0] is not threading.main_thread()
    # Back at once, while the copy is still being forgotten: it is not shown again.
    page.table.select_where(lambda p: p.id == proposal_id)
    assert page.editor.toPlainText() == FIRST and not page.restored.isVisibleTo(page)
    gate.release.set()
    settled(qtbot, page.session)
    assert drafts.working_copy(page.session.vault, proposal_id) is None
    page.table.select_where(lambda p: p.id == other)
    page.table.select_where(lambda p: p.id == proposal_id)
    assert page.editor.toPlainText() == FIRST and not page.restored.isVisibleTo(page)


def test_a_newer_revision_than_the_kept_text_is_pointed_out(qtbot, page, pair) -> None:
    amira = pair[0]
    proposal_id = _new_proposal(page, pair)
    page.editor.setPlainText(FIRST + "3. Typed on the first revision.\n")
    page.session.lock("idle")
    vault = app_vault.unlock(amira.folder, PASSPHRASE)
    drafts.edit(vault, proposal_id, FIRST + "3. Saved by another window.\n", "elsewhere")
    page.session.open(vault)
    page.reload()
    page.table.select_where(lambda p: p.id == proposal_id)
    assert page.editor.toPlainText().endswith("Typed on the first revision.\n")
    assert "newer revision" in page.restored.text()
