"""Claims of ui/shell/root.py about launching: the unlock screen comes up without loading what it
does not show (the workspace and its pages, the onboarding wizard, zxcvbn, package metadata),
which took a third of the launch; the workspace is loaded while the key is derived."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import unlock
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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(existing_vault), json.dumps(LAZY)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"screen": "unlock", "loaded": []}


def test_first_unlock_opens_the_workspace(qtbot: QtBot, window: RootWindow) -> None:
    # The workspace's module is imported when the attempt starts, not at launch: the first
    # unlock of a session must still end on the workspace, with its navigation.
    unlock(qtbot, window)
    assert window.current_screen() == "workspace"
    assert window.workspace is not None
    assert window.workspace.nav.topLevelItemCount() > 0
