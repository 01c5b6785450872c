"""The app's file dialogs leave no folder or file name outside the vault (Qt's own dialog
otherwise keeps the folders it visited in ~/.config/QtProject.conf)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

MARKER = "Vesperline Water Dialogue"


def test_choosing_a_file_and_a_folder_leaves_their_names_in_no_settings_file(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    folder = tmp_path / MARKER
    folder.mkdir()
    (folder / "annex.txt").write_text("draft")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.file_dialog_probe", str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-1000:]
    picked = result.stdout.splitlines()
    assert picked == [str(folder / "annex.txt"), str(folder)]  # the dialogs really ran
    written = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "QtProject.conf" for p in written)  # Qt did save its settings...
    for path in written:  # ...but no trace of where the user went
        data = path.read_bytes()
        assert MARKER.encode() not in data and b"Vesperline%20Water" not in data, path


def test_every_file_dialog_of_the_app_goes_through_the_traceless_wrapper() -> None:
    ui_folder = Path(__file__).resolve().parents[2] / "ui"
    direct = [
        str(path.relative_to(ui_folder))
        for path in ui_folder.rglob("*.py")
        if path.name != "file_dialogs.py" and "QFileDialog.get" in path.read_text("utf-8")
    ]
    assert direct == []
