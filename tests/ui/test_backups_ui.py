"""Backups from the desktop app: write one from the toolbar, check one, and restore one on the
first-run screen of a new computer; each on a worker, the result or a clear error shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from app import backup, panic, records
from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.shell.root import Preferences, RootWindow


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the window told the user: (kind, text) of each information or warning box."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: shown.append(("info", text))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(("warning", text))
    )
    return shown


def _wait(qtbot, win: RootWindow) -> None:
    qtbot.waitUntil(lambda: win.backups.job is None, timeout=20_000)


def test_back_up_from_the_toolbar_writes_a_backup_that_restores(
    qtbot, window: RootWindow, tmp_path: Path, said
) -> None:
    unlock(qtbot, window)
    records.add_dialogue(window.session.vault, "Lower Selvan")
    target = tmp_path / "usb" / "vault.qrbackup"
    target.parent.mkdir()
    window.backups.ask_file = lambda _caption, saving, suggested: (
        str(target) if saving and suggested.endswith(".qrbackup") else ""
    )
    assert window.backup_action.isVisible() or window.toolbar.isVisible()
    window.backup_action.trigger()
    _wait(qtbot, window)
    assert said and said[0][0] == "info" and "passphrase" in said[0][1]
    summary = backup.verify_backup(target, PASSPHRASE)
    assert summary.counts["dialogues"] == 1


def test_checking_a_backup_says_what_it_holds_and_a_wrong_passphrase_is_refused(
    qtbot, window: RootWindow, tmp_path: Path, said
) -> None:
    unlock(qtbot, window)
    for title in ("Lower Selvan", "Upper valley"):
        records.add_dialogue(window.session.vault, title)
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(window.session.vault, target)
    window.backups.ask_file = lambda *_a: str(target)
    window.backups.ask_secret = lambda *_a: (PASSPHRASE, False)
    window.check_backup_action.trigger()
    _wait(qtbot, window)
    assert said[-1][0] == "info" and "Dialogues: 2" in said[-1][1]

    window.backups.ask_secret = lambda *_a: ("not the passphrase at all", False)
    window.check_backup_action.trigger()
    _wait(qtbot, window)
    assert said[-1][0] == "warning" and "does not open" in said[-1][1]


def test_a_damaged_backup_is_reported_and_nothing_is_said_to_be_fine(
    qtbot, window: RootWindow, tmp_path: Path, said
) -> None:
    unlock(qtbot, window)
    target = tmp_path / "vault.qrbackup"
    backup.create_backup(window.session.vault, target)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 1
    target.write_bytes(bytes(data))
    window.backups.ask_file = lambda *_a: str(target)
    window.backups.ask_secret = lambda *_a: (PASSPHRASE, False)
    window.check_backup_action.trigger()
    _wait(qtbot, window)
    assert [kind for kind, _text in said] == ["warning"]
    assert "damaged" in said[0][1]


def test_a_new_computer_restores_a_backup_from_the_first_run_screen(
    qtbot, tmp_path: Path, prefs: Preferences, said
) -> None:
    old = app_vault.create_vault(tmp_path / "old", PASSPHRASE, "Amira Haddad", FAST_KDF).vault
    records.add_dialogue(old, "Lower Selvan")
    panic.set_erase_after(old, old.folder, 5)
    target = tmp_path / "usb.qrbackup"
    backup.create_backup(old, target)
    old.lock()

    win = RootWindow(tmp_path / "new", prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    assert win.current_screen() == "onboarding" and win.onboarding is not None
    win.backups.ask_file = lambda *_a: str(target)
    win.backups.ask_secret = lambda *_a: (PASSPHRASE, False)
    win.onboarding.restore_button.click()
    qtbot.waitUntil(lambda: win.current_screen() == "unlock", timeout=20_000)
    assert "restored" in win.statusBar().currentMessage()
    assert "5 unlock attempt" in win.unlock_screen.subtitle.text()  # guarded from the start
    unlock(qtbot, win)
    assert [d.title for d in records.list_dialogues(win.session.vault)] == ["Lower Selvan"]
    assert said == []  # no alarm about the guard file
    win.session.lock("quit")
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_restore_with_the_wrong_passphrase_stays_on_the_first_run_screen(
    qtbot, tmp_path: Path, prefs: Preferences, said
) -> None:
    old = app_vault.create_vault(tmp_path / "old", PASSPHRASE, "Amira Haddad", FAST_KDF).vault
    target = tmp_path / "usb.qrbackup"
    backup.create_backup(old, target)
    old.lock()
    win = RootWindow(tmp_path / "new", prefs, FAST_KDF)
    qtbot.addWidget(win)
    assert win.onboarding is not None
    win.backups.ask_file = lambda *_a: str(target)
    win.backups.ask_secret = lambda *_a: ("wrong wrong wrong wrong", False)
    win.onboarding.restore_button.click()
    _wait(qtbot, win)
    assert win.current_screen() == "onboarding"
    assert said and said[0][0] == "warning"
    assert not app_vault.vault_exists(tmp_path / "new")


def test_checking_the_vault_says_it_is_intact(qtbot, window: RootWindow, said) -> None:
    unlock(qtbot, window)
    records.add_dialogue(window.session.vault, "Lower Selvan")
    window.check_vault_action.trigger()
    _wait(qtbot, window)
    assert said and said[-1][0] == "info" and "verifies" in said[-1][1]


def test_checking_the_vault_reports_an_audit_log_changed_outside_quietroom(
    qtbot, window: RootWindow, said
) -> None:
    unlock(qtbot, window)
    for title in ("One", "Two", "Three"):
        records.add_dialogue(window.session.vault, title)
    window.session.vault.storage.db.execute(
        "UPDATE audit_log SET event = 'note.edited' WHERE seq = 2"
    )
    window.check_vault_action.trigger()
    _wait(qtbot, window)
    assert said and said[-1][0] == "warning"
    assert "audit log does not verify" in said[-1][1] and "entry 2" in said[-1][1]
