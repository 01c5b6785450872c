"""The one top-level window: onboarding on first run, the unlock screen, or the workspace.

Locking (toolbar button, Ctrl+L, or idle time) closes every dialog, deletes the workspace with
all its views and models, drops the keys and returns to the unlock screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import vault as app_vault
from app import version
from app.vault import KdfParams, OpenVault
from ui.common.session import VaultSession
from ui.onboarding.wizard import OnboardingWizard
from ui.shell.workspace import Workspace
from ui.unlock.screen import UnlockScreen

DEFAULT_IDLE_MINUTES = 10


class Preferences:
    """What the app keeps outside the vault: only the auto-lock delay. Never a name or title."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("Quietroom", "Quietroom")

    @property
    def idle_minutes(self) -> int:
        value = self._settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)
        try:
            return max(0, min(240, int(str(value))))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._settings.setValue("lock/idle_minutes", int(minutes))
        self._settings.sync()


class RootWindow(QMainWindow):
    def __init__(
        self,
        folder: Path,
        preferences: Preferences | None = None,
        kdf_params: KdfParams | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.preferences = preferences or Preferences()
        self.setWindowTitle("Quietroom")
        self.resize(1240, 780)
        self.session = VaultSession(self.preferences.idle_minutes, self)
        self.session.locked.connect(self._on_locked)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.workspace: Workspace | None = None
        self.onboarding: OnboardingWizard | None = None
        self.unlock_screen = UnlockScreen(folder)
        self.unlock_screen.unlocked.connect(self._open)
        self.stack.addWidget(self.unlock_screen)
        self._build_toolbar()
        if app_vault.vault_exists(folder):
            self.stack.setCurrentWidget(self.unlock_screen)
        else:
            self.onboarding = OnboardingWizard(folder, kdf_params, self.session.copy_text)
            self.onboarding.finished.connect(self._onboarded)
            self.stack.addWidget(self.onboarding)
            self.stack.setCurrentWidget(self.onboarding)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar("Main")
        self.toolbar.setMovable(False)
        self.toolbar.setObjectName("main-toolbar")
        self.addToolBar(self.toolbar)
        self.lock_action = QAction("Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip("Lock the vault now (Ctrl+L)")
        self.lock_action.triggered.connect(lambda: self.session.lock("user"))
        self.addAction(self.lock_action)
        self.toolbar.addAction(self.lock_action)
        self.idle_action = QAction("Auto-lock…", self)
        self.idle_action.triggered.connect(self.choose_idle_minutes)
        self.toolbar.addAction(self.idle_action)
        self.about_action = QAction("About", self)
        self.about_action.triggered.connect(self.show_about)
        self.toolbar.addAction(self.about_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.toolbar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search notes, people and papers  (Ctrl+F)")
        self.search_box.setAccessibleName("Search the vault")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.textChanged.connect(self._search)
        self.toolbar.addWidget(self.search_box)
        find = QAction("Find", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        self.lock_state = QLabel("")
        self.statusBar().addPermanentWidget(self.lock_state)
        self.toolbar.hide()

    # -- state changes ---------------------------------------------------------------------

    def _onboarded(self, vault: OpenVault) -> None:
        if self.onboarding is not None:
            self.stack.removeWidget(self.onboarding)
            self.onboarding.deleteLater()
            self.onboarding = None
        self._open(vault)

    def current_screen(self) -> str:
        """``onboarding``, ``unlock`` or ``workspace``."""
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            return "workspace"
        if self.onboarding is not None and self.stack.currentWidget() is self.onboarding:
            return "onboarding"
        return "unlock"

    def show_about(self) -> None:
        QMessageBox.about(self, "About Quietroom", version.about_text())

    def open_vault(self, vault: OpenVault) -> None:
        """Show the workspace on an already unlocked vault (e.g. the demo)."""
        self._open(vault)

    def _open(self, vault: OpenVault) -> None:
        self.session.open(vault)
        self.workspace = Workspace(self.session)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self._show_lock_state()
        self.statusBar().showMessage("Vault unlocked.", 4000)

    def _on_locked(self, reason: str) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.workspace is not None:
            self.workspace.clear()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.toolbar.hide()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.subtitle.setText(
            "Locked after a period without activity."
            if reason == "idle"
            else "Your vault is locked."
        )
        self.statusBar().clearMessage()
        self.lock_state.clear()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search(self, text: str) -> None:
        if self.workspace is not None:
            self.workspace.search_for(text)

    def _show_lock_state(self) -> None:
        minutes = self.preferences.idle_minutes
        self.lock_state.setText(
            f"Locks after {minutes} min idle" if minutes else "Auto-lock is off"
        )

    def choose_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self,
            "Auto-lock",
            "Lock the vault after this many minutes without activity (0 turns it off):",
            self.preferences.idle_minutes,
            0,
            240,
        )
        if ok:
            if minutes == 0:
                answer = QMessageBox.question(
                    self,
                    "Turn auto-lock off?",
                    "An unattended, unlocked laptop exposes everything in the vault. Turn "
                    "auto-lock off anyway?",
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.preferences.idle_minutes = minutes
            self.session.set_idle_minutes(minutes)
            self._show_lock_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.lock("quit")
        event.accept()
