"""The desktop app driven through its real widgets against real vaults in tmp_path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app import records
from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import save_form, unlock
from ui.common import session as session_module
from ui.dialogues.forms import DialogueDialog, SessionDialog
from ui.people.forms import PersonDialog
from ui.shell.root import Preferences, RootWindow

MARKER = "Zephyrine-7731"


def test_onboarding_creates_a_vault_shows_the_recovery_key_once_and_opens_the_workspace(
    qtbot, tmp_path: Path, prefs: Preferences
) -> None:
    folder = tmp_path / "vault"
    win = RootWindow(folder, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    wizard = win.onboarding
    assert wizard is not None and win.stack.currentWidget() is wizard

    wizard.name.setText("Amira Haddad")
    wizard.passphrase.setText("password123")
    wizard.confirm.setText("password123")
    assert wizard._assess() is False
    assert not wizard.create_button.isEnabled()
    assert "12 characters" in wizard.meter_label.text()

    wizard.passphrase.setText(PASSPHRASE)
    wizard.confirm.setText(PASSPHRASE + "x")
    assert wizard._assess() is False
    assert wizard.choose_error.isVisibleTo(wizard)
    wizard.confirm.setText(PASSPHRASE)
    assert wizard._assess() is True
    assert wizard.create_button.isEnabled()

    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=20_000)
    key = wizard.recovery_key.text()
    assert re.fullmatch(r"([0-9A-Z]{5}-){7}[0-9A-Z]{5}", key)
    assert wizard.passphrase.text() == "" and wizard.confirm.text() == ""
    assert not wizard.recovery_next.isEnabled()
    wizard.written_down.setChecked(True)
    qtbot.mouseClick(wizard.recovery_next, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 3
    assert wizard.recovery_key.text() == ""  # shown once, then gone from the screen
    shown = wizard.card_view.fingerprint.text().split()
    assert len(shown) == 12 and all(len(g) == 5 and g.isdigit() for g in shown)
    assert not wizard.card_view.qr.pixmap().isNull()

    wizard._finish()
    qtbot.waitUntil(lambda: win.workspace is not None)
    assert win.session.is_unlocked
    assert win.session.vault.folder == folder
    win.session.lock("user")
    # The key shown during onboarding really opens the vault.
    app_vault.unlock_with_recovery_key(folder, key).lock()


def test_wrong_passphrase_shows_a_clear_message_then_the_right_one_unlocks(qtbot, window) -> None:
    assert window.stack.currentWidget() is window.unlock_screen
    window.unlock_screen.secret.setText("meridian copper thistle wander 4412")
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.unlock_screen.error.isVisibleTo(window), timeout=20_000)
    assert "does not open this vault" in window.unlock_screen.error.text()
    assert window.workspace is None and not window.session.is_unlocked
    assert window.unlock_screen.secret.isEnabled()

    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert window.toolbar.isVisible()


def test_too_little_memory_for_the_key_says_what_to_do_and_a_later_try_unlocks(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The allocation itself failing is shown in tests/crypto/test_kdf.py (a child process
    # with a small address space); here the derivation reports it as OpenSSL does.
    from crypto import kdf

    class NoMemory:
        def __init__(self, **_params: object) -> None:
            pass

        def derive(self, _key: bytes) -> bytes:
            raise MemoryError("Not enough memory to derive key.")

    real = kdf.Argon2id
    monkeypatch.setattr(kdf, "Argon2id", NoMemory)
    window.unlock_screen.secret.setText(PASSPHRASE)
    window.unlock_screen.submit()
    qtbot.waitUntil(lambda: window.unlock_screen.error.isVisibleTo(window), timeout=20_000)
    message = window.unlock_screen.error.text()
    assert "not enough free memory" in message and "close other programs" in message
    assert "unexpected" not in message
    assert window.workspace is None and window.unlock_screen.secret.isEnabled()

    monkeypatch.setattr(kdf, "Argon2id", real)
    unlock(qtbot, window)
    assert window.session.is_unlocked


def test_recovery_key_mode_unlocks_and_a_typo_is_reported_as_such(
    qtbot, tmp_path: Path, prefs: Preferences
) -> None:
    folder = tmp_path / "vault"
    created = app_vault.create_vault(folder, PASSPHRASE, "Amira", FAST_KDF)
    created.vault.lock()
    win = RootWindow(folder, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    screen = win.unlock_screen
    screen.toggle_mode()
    typo = ("1" if created.recovery_key[0] != "1" else "2") + created.recovery_key[1:]
    screen.secret.setText(typo)
    screen.submit()
    qtbot.waitUntil(lambda: screen.error.isVisibleTo(win), timeout=20_000)
    assert "typ" in screen.error.text().lower() or "mistake" in screen.error.text().lower()
    screen.secret.setText(created.recovery_key.lower().replace("-", " "))
    screen.submit()
    qtbot.waitUntil(lambda: win.workspace is not None, timeout=20_000)
    win.session.lock("quit")


def test_create_dialogue_round_person_and_note_then_search_finds_the_note(qtbot, window) -> None:
    unlock(qtbot, window)
    ws = window.workspace
    vault = window.session.vault

    dialog = DialogueDialog(vault, parent=ws)
    qtbot.keyClicks(dialog.title, "Upper valley water dialogue")
    save_form(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    dialogue = dialog.result_record
    ws.reload_navigation()
    ws.go("dialogues")
    assert [d.title for d in ws.dialogues.table.model.records] == ["Upper valley water dialogue"]

    person_dialog = PersonDialog(vault, parent=ws)
    qtbot.keyClicks(person_dialog.name, "Participant One")
    qtbot.keyClicks(person_dialog.side, "Side 1")
    save_form(person_dialog)
    ws.go("people")
    assert [p.name for p in ws.people.table.model.records] == ["Participant One"]
    assert records.get_person(vault, person_dialog.result_record.id).attribution == (
        "chatham_house"
    )

    round_dialog = SessionDialog(vault, dialogue.id, parent=ws)
    qtbot.keyClicks(round_dialog.place, "Geneva")
    first = round_dialog.people.model().index(0, 0)
    round_dialog.people.model().setData(
        first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    save_form(round_dialog)
    session = round_dialog.result_record
    assert session.round_no == 1
    ws.go("session", session.id)
    assert ws.pages.currentWidget() is ws.round
    assert "Participant One" in ws.round.attendance.text()

    editor = ws.round.notes.editor
    qtbot.keyClicks(editor.title, "Coffee break")
    qtbot.keyClicks(editor.body, f"Side 2 floated a {MARKER} drought index.")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5_000)  # autosave
    note = records.get_note(vault, editor.note_id)
    assert MARKER in note.body and note.session_id == session.id and not note.attributable
    assert [n.id for n in ws.round.notes.table.model.records] == [note.id]

    window.search_box.setText(MARKER.lower()[:6])
    qtbot.waitUntil(lambda: ws.search.results.count() == 1, timeout=5_000)
    assert ws.pages.currentWidget() is ws.search
    hit = ws.search.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert (hit.kind, hit.id) == ("note", note.id)
    results = ws.search.results
    rect = results.visualItemRect(results.item(0))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.pages.currentWidget() is ws.round
    assert ws.round.notes.editor.note_id == note.id


def test_invalid_form_input_is_shown_in_the_dialog_and_nothing_is_stored(qtbot, window) -> None:
    unlock(qtbot, window)
    dialog = DialogueDialog(window.session.vault, parent=window.workspace)
    save_form(dialog)  # empty title
    assert dialog.error.isVisibleTo(dialog)
    assert "title" in dialog.error.text().lower()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert records.list_dialogues(window.session.vault) == []


def test_auto_lock_after_idle_time_clears_every_view_and_drops_the_vault(qtbot, window) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    records.add_person(vault, "Participant One", side="Side 1")
    ws = window.workspace
    ws.go("people")
    assert ws.people.table.model.rowCount() == 1
    seen: dict[str, int] = {}
    window.session.locked.connect(
        lambda _r: seen.update(
            people=ws.people.table.model.rowCount(), nav=ws.nav.topLevelItemCount()
        )
    )
    window.session.set_idle_minutes(0.003)  # about 0.2 s
    qtbot.waitUntil(lambda: window.workspace is None, timeout=5_000)
    assert seen == {"people": 0, "nav": 0}
    assert not vault.is_open
    assert window.stack.currentWidget() is window.unlock_screen
    assert "without activity" in window.unlock_screen.subtitle.text()
    assert not window.toolbar.isVisible()
    assert window.search_box.text() == ""


def test_typed_note_text_is_saved_when_the_vault_is_locked_before_autosave(
    qtbot, window, existing_vault: Path
) -> None:
    unlock(qtbot, window)
    ws = window.workspace
    ws.go("notes")
    qtbot.keyClicks(ws.notes.editor.body, f"Last words {MARKER}")
    window.lock_action.trigger()
    assert window.workspace is None
    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        assert [n.body for n in records.list_notes(vault)] == [f"Last words {MARKER}"]


def test_ctrl_l_locks_the_vault(qtbot, window) -> None:
    unlock(qtbot, window)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    assert not window.session.is_unlocked and window.workspace is None


def test_clipboard_text_the_app_copied_is_cleared_after_the_delay(
    qtbot, window, monkeypatch
) -> None:
    assert session_module.CLIPBOARD_CLEAR_MS == 30_000  # the production delay
    monkeypatch.setattr(session_module, "CLIPBOARD_CLEAR_MS", 100)
    clipboard = QGuiApplication.clipboard()
    window.session.copy_text("quietroom-card:abc")
    assert clipboard.text() == "quietroom-card:abc"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    # Something the user copied afterwards is left alone.
    window.session.copy_text("quietroom-card:def")
    clipboard.setText("the user's own text")
    qtbot.wait(300)
    assert clipboard.text() == "the user's own text"


def test_locking_clears_what_the_app_put_on_the_clipboard(qtbot, window) -> None:
    unlock(qtbot, window)
    window.session.copy_text("quietroom-card:abc")
    window.session.lock("user")
    assert QGuiApplication.clipboard().text() == ""


def test_settings_file_holds_no_title_name_or_note_text(qtbot, window, tmp_path: Path) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    records.add_dialogue(vault, f"Dialogue {MARKER}")
    records.add_person(vault, f"Person {MARKER}")
    records.add_note(vault, f"Note {MARKER}", f"Title {MARKER}")
    window.workspace.reload_navigation()
    window.preferences.idle_minutes = 5
    window.session.lock("user")
    settings = (tmp_path / "settings.ini").read_bytes()
    assert b"idle_minutes" in settings
    assert MARKER.encode() not in settings


@pytest.mark.parametrize(
    ("minutes", "label"), [(5, "Locks after 5 min idle"), (0, "Auto-lock is off")]
)
def test_auto_lock_preference_is_kept_and_shown(
    qtbot, tmp_path, existing_vault, minutes, label
) -> None:
    from PySide6.QtCore import QSettings

    path = str(tmp_path / "settings.ini")
    Preferences(QSettings(path, QSettings.Format.IniFormat)).idle_minutes = minutes
    win = RootWindow(
        existing_vault, Preferences(QSettings(path, QSettings.Format.IniFormat)), FAST_KDF
    )
    qtbot.addWidget(win)
    unlock(qtbot, win)
    assert win.session.idle_ms == minutes * 60_000
    assert win.lock_state.text() == label
    win.session.lock("quit")


def test_the_app_started_as_users_start_it_shows_the_unlock_screen(existing_vault: Path) -> None:
    """``python -m ui.main --vault FOLDER`` (what ``make run`` does), in a child process."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QUIETROOM_SMOKE_TEST": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--vault", str(existing_vault)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-1000:]
    assert "quietroom-gui: smoke test: showing unlock" in result.stdout


def test_about_names_the_version_and_the_formats(window) -> None:
    from app import version

    text = version.about_text()
    assert "Quietroom" in text and version.collect().app in text
    assert window.about_action.text() == "About"


def test_a_note_given_a_last_day_is_kept_until_then_and_purged_after(
    qtbot, window, existing_vault: Path
) -> None:
    from PySide6.QtCore import QDate

    from app import retention

    unlock(qtbot, window)
    ws = window.workspace
    ws.go("notes")
    editor = ws.notes.editor
    qtbot.keyClicks(editor.body, f"Short-lived {MARKER}")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5_000)
    note_id = editor.note_id
    assert retention.keep_until(window.session.vault, "note", note_id) is None
    editor.expires.setChecked(True)
    editor.keep_until.setDate(QDate(2020, 1, 31))
    assert editor.save()
    assert retention.keep_until(window.session.vault, "note", note_id) == "2020-01-31"
    ws.notes.open_note(note_id)
    assert editor.expires.isChecked() and editor.keep_until.date() == QDate(2020, 1, 31)
    window.session.lock("user")
    unlock(qtbot, window)  # the day has passed: purged at unlock
    assert records.list_notes(window.session.vault) == []


def test_the_preview_shows_real_names_for_person_links(qtbot, window) -> None:
    unlock(qtbot, window)
    person = records.add_person(window.session.vault, "Participant Farida")
    ws = window.workspace
    ws.go("notes")
    editor = ws.notes.editor
    editor.body.setPlainText(f"[[person:{person.id}]] proposed a joint index.")
    editor.tabs.setCurrentIndex(1)
    assert "Participant Farida proposed" in editor.preview.toPlainText()
