"""Need-to-know in the desktop app (pytest-qt, real vaults): panic exit, failed-unlock guard,
key changes shown and blocking the share dialog, compartments in the share dialog, ledger."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from app import panic
from app import vault as app_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from ui.shell.root import PANIC_SHORTCUT, RootWindow

WRONG = "not the passphrase at all 0000"


def _visible_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_panic_exit_leaves_no_window_and_an_empty_clipboard_within_200_ms(
    qtbot, window: RootWindow
) -> None:
    unlock(qtbot, window)
    window.session.copy_text("quietroom-card:abc")
    QGuiApplication.clipboard().setText("a name the user copied from a note")
    side = QDialog(window)
    side.setWindowTitle("Some dialog")
    side.show()
    assert window.panic_action.shortcut().toString() == PANIC_SHORTCUT
    assert window.panic_action in window.toolbar.actions()
    window.panic_action.trigger()
    qtbot.waitUntil(
        lambda: not _visible_windows() and QGuiApplication.clipboard().text() == "",
        timeout=200,
    )
    assert not window.session.is_unlocked and window.workspace is None
    assert app_vault.vault_exists(window.folder)  # no erase unless the setting says so


def test_panic_exit_with_the_erase_setting_destroys_the_vault(qtbot, window: RootWindow) -> None:
    unlock(qtbot, window)
    panic.set_panic_erases(window.session.vault, True)
    window.panic_action.trigger()
    qtbot.waitUntil(lambda: not _visible_windows(), timeout=200)
    assert not window.folder.exists()


def _try(qtbot, win: RootWindow, secret: str) -> None:
    win.unlock_screen.secret.setText(secret)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: win.unlock_screen.unlock_button.isEnabled(), timeout=20_000)


def test_failed_unlocks_show_attempts_left_and_erase_at_the_limit(
    qtbot, existing_vault: Path, prefs
) -> None:
    from tests.conftest import FAST_KDF

    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        panic.set_erase_after(vault, existing_vault, 3)
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    assert "3 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    _try(qtbot, win, WRONG)
    assert "2 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    _try(qtbot, win, WRONG)
    assert "1 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    win.unlock_screen.secret.setText(WRONG)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not existing_vault.exists(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_successful_unlock_resets_the_count_and_reports_the_failures(
    qtbot, existing_vault: Path, prefs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import FAST_KDF

    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        panic.set_erase_after(vault, existing_vault, 5)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    _try(qtbot, win, WRONG)
    unlock(qtbot, win)
    assert shown and "1 unlock attempt(s) failed" in shown[0]
    assert panic.guard_status(existing_vault) == panic.Guard(5, 0)
    win.session.lock("user")
    assert "5 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_removing_the_guard_file_while_locked_is_noticed_at_unlock(
    qtbot, existing_vault: Path, prefs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from storage import unlock_guard
    from tests.conftest import FAST_KDF

    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        panic.set_erase_after(vault, existing_vault, 3)
    (existing_vault / unlock_guard.FILE_NAME).unlink()  # an attacker resets the counter
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win)
    assert shown and "removed or changed" in shown[0]
    assert panic.guard_status(existing_vault) == panic.Guard(3, 0)  # restored
    win.session.lock("quit")
    QThreadPool.globalInstance().waitForDone(10_000)
