"""Fixtures for the desktop app's tests: settings in tmp_path, a root window on a real vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDeadlineTimer, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import ui  # noqa: F401  (applies the PySide6 guard before any Qt call)
from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import i18n
from ui.common import workers
from ui.common.collector import QtThreadCollector
from ui.common.forms import RecordDialog
from ui.common.session import VaultSession
from ui.shell.root import Preferences, RootWindow


@pytest.fixture(scope="session", autouse=True)
def cycle_collector(qapp: object) -> Iterator[QtThreadCollector]:
    """The cycle collector on the Qt thread, as ``ui.main`` sets it up for the app."""
    collector = QtThreadCollector(qapp)  # type: ignore[arg-type]
    yield collector
    collector.stop()


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def existing_vault(tmp_path: Path) -> Path:
    """A vault folder created (fast KDF) and closed again."""
    folder = tmp_path / "vault"
    app_vault.create_vault(folder, PASSPHRASE, "Amira Haddad", FAST_KDF).vault.lock()
    return folder


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    """A new vault (fast KDF, in ``tmp_path / "vault"``), unlocked in a session that does not
    lock when idle; locked at the end and its jobs waited for."""
    created = app_vault.create_vault(tmp_path / "vault", PASSPHRASE, "Amira Haddad", FAST_KDF)
    session = VaultSession(idle_minutes=0)
    session.open(created.vault)
    yield session
    if session.is_unlocked:
        session.lock("quit")
    workers.wait_all(10_000)


@pytest.fixture
def window(qtbot: object, existing_vault: Path, prefs: Preferences) -> Iterator[RootWindow]:
    """The app's window on an existing, still locked vault."""
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    yield win
    win.session.lock("quit")
    workers.wait_all(10_000)


def unlock(qtbot: object, win: RootWindow, passphrase: str = PASSPHRASE) -> None:
    win.unlock_screen.secret.setText(passphrase)
    win.unlock_screen.submit()
    qtbot.waitUntil(lambda: win.workspace is not None, timeout=20_000)  # type: ignore[attr-defined]


def save_form(dialog: RecordDialog, timeout_ms: int = 20_000) -> None:
    """Press the form's Save (nothing when it is disabled) and wait until the write it started
    in a worker has ended: saved (the dialog accepted) or refused (the error shown)."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    deadline = QDeadlineTimer(timeout_ms)
    while dialog.is_saving:
        assert not deadline.hasExpired(), "the form's save did not end"
        QTest.qWait(2)


def settled(qtbot: object, session: VaultSession, timeout_ms: int = 20_000) -> None:
    """Wait until the session's jobs (a write of the window's, a deletion) have ended and their
    outcome has reached the page."""
    qtbot.waitUntil(lambda: not session.busy, timeout=timeout_ms)  # type: ignore[attr-defined]


def in_a_fresh_app(tmp_path: Path, code: str, *args: str, **env: str) -> object:
    """Run ``code`` in a new interpreter (offscreen, settings in ``tmp_path``, ``env`` added to
    the environment); the JSON it printed last."""
    environ = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), **env
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install a language for one test; no translator and left to right again afterwards."""

    def use(code: str) -> None:
        i18n.install(qapp, code)

    yield use
    i18n.uninstall(qapp)
