"""A full desktop session with a marker in every field leaves it in no file outside the
vault's encrypted files: not in the vault folder's files, settings, caches, or temp files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.functional.test_cli_vault import _env

MARKER = "Quintessa-5c8e2d"


def _files_with(root: Path, needles: tuple[bytes, ...]) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


@pytest.mark.slow
def test_gui_session_with_markers_everywhere_leaves_none_on_disk(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = _env(home, passphrase=None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    folder = tmp_path / "vault"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "paper.md").write_text(f"# Paper\n\nContent {MARKER}\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tests.functional.gui_marker_session", str(folder), MARKER],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "session complete" in result.stdout
    needles = (MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), MARKER.encode("utf-16-be"))
    assert _files_with(tmp_path, needles) == []
    written = {p.name for p in folder.iterdir()}
    assert written <= {"keyslots", "vault.db", "vault.db-wal", "vault.db-shm", "decoy.db"}
    # The session really wrote where a leak would show: settings exist and were scanned.
    settings = list((home / "xdg_config_home").rglob("Quietroom.conf"))
    assert settings and b"idle_minutes" in settings[0].read_bytes()
