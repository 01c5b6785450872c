"""Child process for test_gui_leaves_no_traces: a whole desktop session, driven through the
real widgets (offscreen), with a marker in every field a user types.

    python -m tests.functional.gui_marker_session VAULT_FOLDER MARKER
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool
from PySide6.QtWidgets import QApplication

import ui  # noqa: F401  (the PySide6 guard)
from app import papers, records
from app.vault import KdfParams
from ui.common import theme
from ui.common.allocator import fix_mmap_threshold
from ui.common.collector import QtThreadCollector
from ui.dialogues.forms import DialogueDialog, SessionDialog
from ui.people.forms import PersonDialog
from ui.shell.root import RootWindow

PASSPHRASE = "lantern orchard basalt quietly 1987"


def until(predicate: object, ms: int = 30_000) -> None:
    deadline = QDeadlineTimer(ms)
    while not predicate() and not deadline.hasExpired():  # type: ignore[operator]
        QCoreApplication.processEvents()
    if not predicate():  # type: ignore[operator]
        raise SystemExit("timed out")


def main(folder: Path, marker: str) -> None:
    app = QApplication([sys.argv[0]])
    QtThreadCollector(app)  # as ui.main does
    fix_mmap_threshold()  # as ui.main does
    theme.apply(app)
    window = RootWindow(folder, kdf_params=KdfParams(opslimit=1, memlimit=8 * 1024 * 1024))
    window.show()
    wizard = window.onboarding
    assert wizard is not None
    wizard.name.setText(f"Name {marker}")
    wizard.passphrase.setText(PASSPHRASE)
    wizard.confirm.setText(PASSPHRASE)
    wizard.create_vault()
    until(lambda: wizard.pages.currentIndex() == 2)
    wizard.written_down.setChecked(True)
    wizard.recovery_next.click()
    wizard.card_view._copy_text()  # the card on the clipboard, as a user would copy it
    wizard._finish()
    until(lambda: window.workspace is not None)
    ws = window.workspace
    assert ws is not None
    vault = window.session.vault

    dialogue = DialogueDialog(vault, parent=ws)
    dialogue.title.setText(f"Dialogue {marker}")
    dialogue.description.setPlainText(f"About {marker}")
    dialogue.save()
    until(lambda: dialogue.result_record is not None)
    person = PersonDialog(vault, parent=ws)
    person.name.setText(f"Person {marker}")
    person.affiliation.setText(f"Affiliation {marker}")
    person.notes.setPlainText(f"Notes {marker}")
    person.save()
    until(lambda: person.result_record is not None)
    round_dialog = SessionDialog(vault, dialogue.result_record.id, parent=ws)
    round_dialog.place.setText(f"Place {marker}")
    round_dialog.save()
    until(lambda: round_dialog.result_record is not None)
    ws.reload_navigation()
    ws.go("session", round_dialog.result_record.id)
    editor = ws.round.notes.editor
    editor.title.setText(f"Title {marker}")
    editor.body.setPlainText(f"Body {marker}")
    until(lambda: editor.note_id is not None)

    paper = folder.parent / "outside" / "paper.md"
    ws.go("papers")
    ws.papers.add_files([paper])
    until(lambda: ws.papers.table.model.rowCount() == 1)
    ws.papers.table.view.selectRow(0)
    until(lambda: marker in ws.papers.viewer.text.toPlainText())
    paper.unlink()  # the user's own copy is theirs; the vault's must leave no trace

    window.preferences.idle_minutes = 15  # the one setting kept outside the vault
    window.search_box.setText(marker[:8])
    until(lambda: ws.search.results.count() > 0)
    assert records.list_notes(vault) and papers.list_papers(vault)
    window.session.lock("user")
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.submit()
    until(lambda: window.workspace is not None)
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    print("session complete")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
