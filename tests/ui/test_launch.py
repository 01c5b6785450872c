"""Claims of ui/shell/root.py about launching: the unlock screen comes up without loading what it
does not show (the workspace and its pages, the onboarding wizard, zxcvbn, package metadata),
which took a third of the launch; the workspace is loaded on a worker once the passphrase is
being typed, and the unlocking worker waits for it before it derives the key."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import in_a_fresh_app, unlock
from ui.shell.root import RootWindow

LAZY = ("ui.shell.workspace", "ui.onboarding.wizard", "zxcvbn", "segno", "app.version")

_CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ui.shell.root import RootWindow
app = QApplication([sys.argv[0], "-platform", "offscreen"])
window = RootWindow(Path(sys.argv[1]))
window.show()
app.processEvents()
print(json.dumps({
    "screen": window.current_screen(),
    "loaded": [name for name in json.loads(sys.argv[2]) if name in sys.modules],
}))
"""


def test_unlock_screen_shows_without_loading_the_workspace_or_the_wizard(
    existing_vault: Path, tmp_path: Path
) -> None:
    shown = in_a_fresh_app(tmp_path, _CHILD, str(existing_vault), json.dumps(LAZY))
    assert shown == {"screen": "unlock", "loaded": []}


def test_first_unlock_opens_the_workspace(qtbot: QtBot, window: RootWindow) -> None:
    # The workspace's module is imported when the attempt starts, not at launch: the first
    # unlock of a session must still end on the workspace, with its navigation.
    unlock(qtbot, window)
    assert window.current_screen() == "workspace"
    assert window.workspace is not None
    assert window.workspace.nav.topLevelItemCount() > 0


_TYPING_CHILD = """
import json, sys, threading, time
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui.shell.root import RootWindow

importers = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "ui.shell.workspace":
            importers.append(threading.current_thread() is threading.main_thread())
        return None

sys.meta_path.insert(0, Watch())
app = QApplication([sys.argv[0], "-platform", "offscreen"])
window = RootWindow(Path(sys.argv[1]))
window.show()
app.processEvents()
before = "ui.shell.workspace" in sys.modules
QTest.keyClicks(window.unlock_screen.secret, "l")  # one keystroke, no Enter
deadline = time.monotonic() + 20
while not hasattr(sys.modules.get("ui.shell.workspace"), "Workspace"):
    if time.monotonic() > deadline:
        break
    app.processEvents()
    time.sleep(0.01)
print(json.dumps({
    "before": before,
    "loaded": hasattr(sys.modules.get("ui.shell.workspace"), "Workspace"),
    "on_main_thread": importers,
    "screen": window.current_screen(),
}))
"""


def test_the_workspace_loads_on_a_worker_from_the_first_keystroke(
    existing_vault: Path, tmp_path: Path
) -> None:
    # 150 ms of imports: on the Qt thread they froze the unlock screen; started at Enter they
    # met the key derivation's memory set-up (docs/performance.md, "Unlock to workspace").
    result = in_a_fresh_app(tmp_path, _TYPING_CHILD, str(existing_vault))
    assert result == {
        "before": False,
        "loaded": True,
        "on_main_thread": [False],
        "screen": "unlock",
    }


def test_the_unlocking_worker_loads_the_workspace_before_deriving_the_key(
    qtbot: QtBot, window: RootWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Never both at once: an import running while Argon2id sets up its memory held the Qt
    # thread up to 120 ms (docs/performance.md, "Unlock to workspace").
    from app import vault as app_vault
    from ui.shell import root

    assert window.unlock_screen.before_unlock is root._import_workspace
    calls: list[tuple[str, bool]] = []
    real_unlock = app_vault.unlock

    def derive(folder: Path, secret: str, progress: object = None) -> object:
        calls.append(("derive the key", threading.current_thread() is threading.main_thread()))
        return real_unlock(folder, secret, progress)  # type: ignore[arg-type]

    def before() -> None:
        calls.append(("load the workspace", threading.current_thread() is threading.main_thread()))
        root._import_workspace()

    monkeypatch.setattr(app_vault, "unlock", derive)
    window.unlock_screen.before_unlock = before
    unlock(qtbot, window)
    assert calls == [("load the workspace", False), ("derive the key", False)]
    assert window.current_screen() == "workspace"


def test_after_onboarding_creates_the_vault_the_workspace_loads_on_a_worker(
    qtbot: QtBot, tmp_path: Path, prefs: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import FAST_KDF, PASSPHRASE
    from ui.shell import root

    loaded_on_main_thread: list[bool] = []
    monkeypatch.setattr(root, "_WORKSPACE", "tests.ui.not_imported_yet")  # as in a fresh app
    monkeypatch.setattr(
        root,
        "_import_workspace",
        lambda: loaded_on_main_thread.append(threading.current_thread() is threading.main_thread()),
    )
    win = RootWindow(tmp_path / "vault", prefs, FAST_KDF)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show()
    wizard = win.onboarding
    assert wizard is not None
    wizard.name.setText("Amira Haddad")
    wizard.passphrase.setText(PASSPHRASE)
    wizard.confirm.setText(PASSPHRASE)
    assert wizard._assess() is True  # the meter's check, without waiting for its timer
    assert loaded_on_main_thread == []
    wizard.create_button.click()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: loaded_on_main_thread == [False])  # while the key is written down
    wizard.written_down.setChecked(True)
    wizard.recovery_next.click()
    wizard._finish()
    qtbot.waitUntil(lambda: win.workspace is not None)
    win.session.lock("quit")
