"""A record form's Save: the form is read on the Qt thread, the record written in a worker (a
commit waits for the disk, and for a paper's import holding the write turn), and the dialog
stays usable and honest while it runs."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt, QThreadPool
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app import records
from app.errors import InvalidInput
from tests.ui.conftest import save_form, unlock
from tests.ui.gate import Gate
from ui.common import workers
from ui.common.forms import RecordDialog
from ui.people.forms import PersonDialog


def _escape(dialog: QDialog) -> None:
    QApplication.sendEvent(
        dialog, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    )


def _person_being_saved(qtbot, vault, monkeypatch) -> tuple[Gate, PersonDialog]:
    """A participant's form whose Save was pressed, its write held in the worker."""
    gate = Gate(monkeypatch, records, "add_person")
    dialog = PersonDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Daud Hassani")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert gate.entered.wait(10)
    return gate, dialog


def test_the_record_is_written_off_the_qt_thread_and_the_dialog_then_accepted(
    qtbot, session, monkeypatch
) -> None:
    gate = Gate(monkeypatch, records, "add_person")
    gate.release.set()
    dialog = PersonDialog(session.vault)
    qtbot.addWidget(dialog)
    dialog.name.setText("Daud Hassani")
    save_form(dialog)
    assert gate.threads and gate.threads[0] is not threading.main_thread()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_record.name == "Daud Hassani"
    assert [p.name for p in records.list_people(session.vault)] == ["Daud Hassani"]


def test_while_the_write_waits_the_form_cannot_be_cancelled_saved_twice_or_edited(
    qtbot, session, monkeypatch
) -> None:
    ended: list[int] = []
    gate, dialog = _person_being_saved(qtbot, session.vault, monkeypatch)
    dialog.finished.connect(ended.append)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.is_saving and dialog.isVisible()
    assert gate.threads[0] is not threading.main_thread()

    save.click()  # a second press starts no second write
    # Cancel, Escape and the close button are refused: the write cannot be undone
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    _escape(dialog)
    dialog.close()
    assert dialog.isVisible() and ended == []

    # A slow write says so, and the form can no longer be changed under it.
    assert dialog.fields.isEnabled() and dialog.saving.isHidden()
    qtbot.waitUntil(lambda: not dialog.saving.isHidden(), timeout=5_000)
    assert not dialog.fields.isEnabled() and not dialog.buttons.isEnabled()

    gate.release.set()
    qtbot.waitUntil(lambda: not dialog.is_saving, timeout=10_000)
    assert ended == [QDialog.DialogCode.Accepted.value] and not dialog.isVisible()
    assert len(gate.threads) == 1
    assert [p.name for p in records.list_people(session.vault)] == ["Daud Hassani"]


def test_a_refused_write_shows_why_and_leaves_the_form_to_correct(
    qtbot, session, monkeypatch
) -> None:
    dialog = PersonDialog(session.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    gate = Gate(monkeypatch, records, "add_person")
    gate.release.set()
    save_form(dialog)  # no name: refused by the use case, in the worker
    assert gate.threads and gate.threads[0] is not threading.main_thread()
    assert dialog.isVisible() and dialog.result_record is None
    assert "name" in dialog.error.text().lower() and not dialog.error.isHidden()
    assert dialog.fields.isEnabled() and dialog.buttons.isEnabled()
    assert records.list_people(session.vault) == []

    dialog.name.setText("Daud Hassani")
    save_form(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_record.name == "Daud Hassani"


def test_a_form_refused_while_read_starts_no_write(qtbot) -> None:
    dialog = RecordDialog("A form")
    qtbot.addWidget(dialog)
    dialog.show()
    writes: list[int] = []

    def gather():
        raise InvalidInput("the date is not a day")

    dialog.on_save(gather)
    save_form(dialog)
    assert not dialog.is_saving and not writes
    assert dialog.error.text() == "The date is not a day."
    assert dialog.isVisible()


def test_closing_the_dialog_as_the_vault_locks_ignores_the_write_still_running(
    qtbot, session, monkeypatch
) -> None:
    gate, dialog = _person_being_saved(qtbot, session.vault, monkeypatch)
    dialog.reject()  # what the window does to every dialog when the vault locks
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert not dialog.is_saving and dialog.fields.isEnabled()
    gate.release.set()
    qtbot.waitUntil(lambda: len(records.list_people(session.vault)) == 1)
    qtbot.wait(50)  # the write's outcome arrives and is ignored
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_record is None


def test_locking_the_window_while_a_form_saves_closes_it_and_the_write_is_refused(
    qtbot, window, monkeypatch
) -> None:
    unlock(qtbot, window)
    gate, dialog = _person_being_saved(qtbot, window.session.vault, monkeypatch)
    window.session.lock("user")  # the write has not begun: the locked vault refuses it
    assert not dialog.isVisible() and not dialog.is_saving
    gate.release.set()
    assert workers.wait_all(10_000)
    qtbot.wait(20)
    assert dialog.result_record is None

    unlock(qtbot, window)
    assert records.list_people(window.session.vault) == []


def test_a_form_is_saved_at_once_while_an_import_and_a_seal_hold_the_shared_pool(
    qtbot, session
) -> None:
    # The window's writes have a thread of their own: they never queue behind long work.
    release = threading.Event()
    started: list[int] = []

    def busy() -> None:
        started.append(1)
        release.wait(10)

    pool = QThreadPool.globalInstance()
    blockers = [workers.start(workers.Job(busy)) for _ in range(pool.maxThreadCount())]
    try:
        qtbot.waitUntil(lambda: len(started) == len(blockers), timeout=5_000)
        dialog = PersonDialog(session.vault)
        qtbot.addWidget(dialog)
        dialog.name.setText("Daud Hassani")
        save_form(dialog, timeout_ms=5_000)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert not any(job.done.is_set() for job in blockers)
    finally:
        release.set()


def test_a_form_shown_modally_returns_once_its_record_is_written(qtbot, window) -> None:
    # The real path: the page runs the dialog's own event loop (exec); Save starts the write,
    # and the loop ends when the worker's result has come back: the page then shows the record.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.dialogues.forms import DialogueDialog

    unlock(qtbot, window)
    ws = window.workspace
    ws.go("dialogues")
    page = ws.dialogues
    seen: list[bool] = []

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DialogueDialog)
        dialog.title.setText("Upper valley water dialogue")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen.append(dialog.is_saving)  # the write runs; the dialog is still open

    QTimer.singleShot(200, fill_and_save)
    page.new_dialogue()  # returns when the dialog has ended
    assert seen == [True]
    assert [d.title for d in records.list_dialogues(window.session.vault)] == [
        "Upper valley water dialogue"
    ]
    assert ws.pages.currentWidget() is ws.dialogue
    assert ws.dialogue.dialogue is not None
    assert ws.dialogue.dialogue.title == "Upper valley water dialogue"


def test_forms_dropped_after_their_write_are_destroyed_cleanly(qtbot, session) -> None:
    # Qt calls a dialog's event filters while it is destroyed; one left by its write once
    # found its Python side gone ("no attribute _job", caught by pytest-qt as an error).
    import gc

    for number in range(5):
        dialog = PersonDialog(session.vault)
        dialog.name.setText(f"Participant {number}")
        save_form(dialog)
        assert dialog.result_record is not None
        if number % 2:
            dialog.deleteLater()
        del dialog
        gc.collect()
        qtbot.wait(5)
    assert len(records.list_people(session.vault)) == 5
