"""The one top-level window: onboarding on first run, the unlock screen, or the workspace.

Locking (toolbar button, Ctrl+L, or idle time) closes every dialog, deletes the workspace with
all its views and models, drops the keys and returns to the unlock screen.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtGui import QAction, QClipboard, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from app import panic
from app import vault as app_vault
from app.errors import AppError, WrongSecret
from app.vault import KdfParams, OpenVault
from ui import i18n
from ui.common.errors import sentence
from ui.common.session import VaultSession
from ui.shell.backups import Backups
from ui.unlock.screen import UnlockScreen

if TYPE_CHECKING:
    # Imported when first needed: the workspace with all its pages, the onboarding wizard
    # (zxcvbn, segno) and the version's package metadata took a third of the launch to the
    # unlock screen, which shows none of them (docs/performance.md, "Launch").
    from ui.onboarding.wizard import OnboardingWizard
    from ui.shell.workspace import Workspace

DEFAULT_IDLE_MINUTES = 10
#: panic exit: lock, clear the clipboard, close every window (docs/need-to-know.md)
PANIC_SHORTCUT = "Ctrl+Shift+L"
ERASE_SHORTCUT = "Ctrl+Shift+Del"
_WORKSPACE = "ui.shell.workspace"


def _import_workspace() -> None:
    """Import the workspace's modules (on a pool thread, while the passphrase is typed)."""
    with contextlib.suppress(Exception):  # the Qt thread's own import raises it, if it recurs
        importlib.import_module(_WORKSPACE)


class Preferences:
    """What the app keeps outside the vault: only the auto-lock delay. Never a name or title."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("Quietroom", "Quietroom")

    @property
    def settings(self) -> QSettings:
        """The settings store (also holds the interface language's code, see ui/i18n.py)."""
        return self._settings

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
        self._attempt_counted: bool = False
        self.setWindowTitle(self.tr("Quietroom"))
        self.resize(1240, 780)
        self.session = VaultSession(self.preferences.idle_minutes, self)
        self.session.locked.connect(self._on_locked)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.workspace: Workspace | None = None
        self.onboarding: OnboardingWizard | None = None
        self.unlock_screen = UnlockScreen(folder)
        self.unlock_screen.unlocked.connect(self._open)
        self._guard_unlock_attempts()
        self.stack.addWidget(self.unlock_screen)
        self.backups = Backups(self)
        self.backups.restored.connect(self._restored)
        self._build_toolbar()
        self._kdf_params = kdf_params
        if app_vault.vault_exists(folder):
            self._show_unlock_screen()
        else:
            self._show_onboarding()

    def _show_unlock_screen(self) -> None:
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.secret.textEdited.connect(self._preload_workspace)
        self.unlock_screen.before_unlock = _import_workspace

    def _show_onboarding(self) -> None:
        from ui.onboarding.wizard import OnboardingWizard

        self.onboarding = OnboardingWizard(self.folder, self._kdf_params, self.session.copy_text)
        self.onboarding.finished.connect(self._onboarded)
        # while the recovery key is read and written down (no key derivation runs then)
        self.onboarding.vault_created.connect(self._preload_workspace)
        self.onboarding.restore_requested.connect(lambda: self.backups.restore(self.folder))
        self.stack.addWidget(self.onboarding)
        self.stack.setCurrentWidget(self.onboarding)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setMovable(False)
        self.toolbar.setObjectName("main-toolbar")
        self.addToolBar(self.toolbar)
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(lambda: self.session.lock("user"))
        self.addAction(self.lock_action)
        self.toolbar.addAction(self.lock_action)
        self.idle_action = QAction(self.tr("Auto-lock…"), self)
        self.idle_action.triggered.connect(self.choose_idle_minutes)
        self.toolbar.addAction(self.idle_action)
        self.panic_action = QAction(self.tr("Panic exit"), self)
        self.panic_action.setShortcut(QKeySequence(PANIC_SHORTCUT))
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action.setToolTip(
            self.tr("Lock at once, clear the clipboard and close every window ({shortcut})").format(
                shortcut=PANIC_SHORTCUT
            )
        )
        self.panic_action.triggered.connect(self._panic_triggered)
        self.addAction(self.panic_action)  # the shortcut works on every screen
        self.toolbar.addAction(self.panic_action)
        self.erase_action = QAction(self.tr("Emergency erase…"), self)
        self.erase_action.setShortcut(QKeySequence(ERASE_SHORTCUT))
        self.erase_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.erase_action.setToolTip(
            self.tr(
                "Destroy the vault for good: its keys first, then its files ({shortcut})"
            ).format(shortcut=ERASE_SHORTCUT)
        )
        self.erase_action.triggered.connect(self.emergency_erase)
        self.addAction(self.erase_action)
        self.toolbar.addAction(self.erase_action)
        self.backup_action = QAction(self.tr("Back up…"), self)
        self.backup_action.setToolTip(
            self.tr("Write the whole vault, encrypted, to one file (for a drive kept elsewhere)")
        )
        self.backup_action.triggered.connect(self.back_up)
        self.check_backup_action = QAction(self.tr("Check a backup…"), self)
        self.check_backup_action.setToolTip(
            self.tr("Prove that a backup file restores, without restoring it")
        )
        self.check_backup_action.triggered.connect(self.backups.check)
        self._add_split_action(self.backup_action, self.check_backup_action, self.tr("Back up"))
        self.passphrase_action = QAction(self.tr("Passphrase…"), self)
        self.passphrase_action.setToolTip(self.tr("Change the vault's passphrase"))
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.duress_action = QAction(self.tr("Duress passphrase…"), self)
        self.duress_action.setToolTip(
            self.tr("A passphrase that destroys the vault and opens an empty one instead")
        )
        self.duress_action.triggered.connect(self.set_duress_passphrase)
        self._add_split_action(self.passphrase_action, self.duress_action, self.tr("Passphrase"))
        self.safety_action = QAction(self.tr("Safety…"), self)
        self.safety_action.setToolTip(self.tr("Panic exit and failed-unlock settings"))
        self.safety_action.triggered.connect(self.choose_safety)
        self.check_vault_action = QAction(self.tr("Check the vault…"), self)
        self.check_vault_action.setToolTip(
            self.tr("Authenticate every page of the vault and verify its audit log")
        )
        self.check_vault_action.triggered.connect(self.check_vault)
        self._add_split_action(self.safety_action, self.check_vault_action, self.tr("Safety"))
        self.language_action = QAction(self.tr("Language…"), self)
        self.language_action.setToolTip(self.tr("Choose the language of the interface"))
        self.language_action.triggered.connect(self.choose_language)
        self.toolbar.addAction(self.language_action)
        self.about_action = QAction(self.tr("About"), self)
        self.about_action.triggered.connect(self.show_about)
        self.toolbar.addAction(self.about_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        self.toolbar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search notes, people and papers  (Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search the vault"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self.search_box.textChanged.connect(self._search)
        self.toolbar.addWidget(self.search_box)
        find = QAction(self.tr("Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        self.lock_state = QLabel("")
        self.statusBar().addPermanentWidget(self.lock_state)
        self.toolbar.hide()

    def _add_split_action(self, action: QAction, other: QAction, name: str) -> None:
        """A toolbar button that runs ``action``, with an arrow offering ``other``."""
        menu = QMenu(self)
        menu.addAction(other)
        action.setMenu(menu)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.setAccessibleName(name)

    # -- state changes ---------------------------------------------------------------------

    def _onboarded(self, vault: OpenVault) -> None:
        if self.onboarding is not None:
            self.stack.removeWidget(self.onboarding)
            self.onboarding.deleteLater()
            self.onboarding = None
        self._open(vault)

    def _restored(self) -> None:
        """A backup was restored into the vault folder: unlock it as usual."""
        if self.onboarding is not None:
            self.stack.removeWidget(self.onboarding)
            self.onboarding.deleteLater()
            self.onboarding = None
        self._show_unlock_screen()
        self._show_attempts_left()
        self.statusBar().showMessage(
            self.tr(
                "The backup was restored. Unlock it with the passphrase or the recovery key of "
                "the vault it was made from."
            ),
            15_000,
        )

    def change_passphrase(self) -> None:
        from ui.shell.passphrases import ChangePassphraseDialog

        if self.session.is_unlocked and ChangePassphraseDialog(self.session, self).exec():
            self.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)

    def set_duress_passphrase(self) -> None:
        from ui.shell.passphrases import DuressDialog

        if self.session.is_unlocked and DuressDialog(self.session, self).exec():
            self.statusBar().showMessage(self.tr("The duress passphrase is set."), 8000)

    def check_vault(self) -> None:
        if self.session.is_unlocked:
            self.backups.check_vault(self.session.vault, self.session.run)

    def back_up(self) -> None:
        if self.session.is_unlocked:
            self.backups.back_up(self.session.vault, self.session.run)

    def current_screen(self) -> str:
        """``onboarding``, ``unlock`` or ``workspace``."""
        if self.workspace is not None and self.stack.currentWidget() is self.workspace:
            return "workspace"
        if self.onboarding is not None and self.stack.currentWidget() is self.onboarding:
            return "onboarding"
        return "unlock"

    def choose_language(self) -> None:
        setting = i18n.LanguageSetting(self.preferences.settings)
        codes = [i18n.SYSTEM, *i18n.LANGUAGES]
        system = i18n.LANGUAGES[i18n.system_language()]
        names = [self.tr("As the system ({language})").format(language=system)]
        names += list(i18n.LANGUAGES.values())
        current = codes.index(setting.choice)
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Language"),
            self.tr("Language of the interface (used from the next start of Quietroom):"),
            names,
            current,
            False,
        )
        if ok and name in names:
            setting.choice = codes[names.index(name)]
            self.statusBar().showMessage(
                self.tr("The new language is used when Quietroom next starts."), 6000
            )

    def show_about(self) -> None:
        from app import version

        QMessageBox.about(self, self.tr("About Quietroom"), version.about_text())

    def open_vault(self, vault: OpenVault) -> None:
        """Show the workspace on an already unlocked vault (e.g. the demo)."""
        self._open(vault)

    def _open(self, vault: OpenVault) -> None:
        try:
            warnings = panic.after_unlock(vault, self.folder, self._attempt_counted)
        except AppError:
            warnings = panic.UnlockWarnings()
        self._attempt_counted = False
        self.session.open(vault)
        from ui.shell.workspace import Workspace

        # The workspace paints first, its dialogues page a moment later: two short stalls of
        # the Qt thread rather than one long (docs/performance.md, "Unlock to workspace").
        self.workspace = Workspace(self.session, first_page_later=True)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.toolbar.show()
        self.workspace.nav.setFocus()  # keyboard users start in the navigation
        self._show_lock_state()
        self.statusBar().showMessage(self.tr("Vault unlocked."), 4000)
        if warnings:
            QMessageBox.warning(self, self.tr("Unlock attempts"), self._warning_text(warnings))

    def _warning_text(self, warnings: panic.UnlockWarnings) -> str:
        parts = []
        if warnings.failed:
            parts.append(
                self.tr(
                    "%n unlock attempt(s) failed since the vault was last opened.",
                    "",
                    warnings.failed,
                )
            )
        if warnings.guard_restored:
            parts.append(
                self.tr(
                    "The failed-unlock guard was removed or changed while the vault was locked; "
                    "it has been restored. Someone may have tried to guess your passphrase."
                )
            )
        return "\n\n".join(parts)

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
        self.unlock_screen.secret.setFocus()
        self.unlock_screen.subtitle.setText(
            self.tr("Locked after a period without activity.")
            if reason == "idle"
            else self.tr("Your vault is locked.")
        )
        self.statusBar().clearMessage()
        self.lock_state.clear()
        self._show_attempts_left()

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search(self, text: str) -> None:
        if self.workspace is not None:
            self.workspace.search_for(text)

    def _show_lock_state(self) -> None:
        minutes = self.preferences.idle_minutes
        self.lock_state.setText(
            self.tr("Locks after %n min idle", "", minutes)
            if minutes
            else self.tr("Auto-lock is off")
        )

    def choose_idle_minutes(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Auto-lock"),
            self.tr("Lock the vault after this many minutes without activity (0 turns it off):"),
            self.preferences.idle_minutes,
            0,
            240,
        )
        if ok:
            if minutes == 0:
                answer = QMessageBox.question(
                    self,
                    self.tr("Turn auto-lock off?"),
                    self.tr(
                        "An unattended, unlocked laptop exposes everything in the vault. Turn "
                        "auto-lock off anyway?"
                    ),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.preferences.idle_minutes = minutes
            self.session.set_idle_minutes(minutes)
            self._show_lock_state()

    # -- panic exit and failed unlocks (docs/need-to-know.md) -------------------------------

    def _panic_triggered(self) -> None:
        self.panic_exit()

    def panic_exit(self) -> None:
        """Lock at once, empty the clipboard (whatever put it there), close every window;
        with the vault's setting on, erase the vault too."""
        erase = False
        if self.session.is_unlocked:
            try:
                erase = panic.panic_erases(self.session.vault)
            except AppError:
                erase = False
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self.session.lock("panic")
        if erase:
            # the windows close anyway; the key slots are the first thing the erase destroys
            with contextlib.suppress(AppError):
                panic.erase_now(self.folder)
        for widget in QApplication.topLevelWidgets():
            widget.close()

    def _guard_unlock_attempts(self) -> None:
        """Count each unlock attempt before its result (app/panic.py) and show what remains."""
        self._attempt_counted = False  # the attempt in progress was counted beforehand
        screen = self.unlock_screen
        screen.unlock_button.clicked.connect(self._attempt_started)
        screen.secret.returnPressed.connect(self._attempt_started)
        shown_failure = screen._failed  # the screen looks the slot up when it starts a job

        def failed(error: AppError) -> None:
            shown_failure(error)
            self._attempt_failed(error)

        screen._failed = failed  # type: ignore[method-assign]
        self._show_attempts_left()

    def _attempt_started(self) -> None:
        if self.unlock_screen.unlock_button.isEnabled():
            return  # the screen did not start an attempt (e.g. nothing typed)
        with contextlib.suppress(AppError):
            panic.attempt_started(self.folder)
            self._attempt_counted = True

    def _preload_workspace(self, _text: str = "") -> None:
        """Load the workspace's code on a worker while the passphrase is typed.

        150 ms here: on the Qt thread (where it used to run while the key was derived) it froze
        the window. It starts at the first keystroke; the unlocking worker also imports it
        before it derives the key (``UnlockScreen.before_unlock``), which waits for this import
        if it is still running: an import running while Argon2id sets up its 256 MiB waited
        ~100 ms for the process's memory map, holding the interpreter lock, and the Qt thread
        waited for that lock (docs/performance.md, "Unlock to workspace"). The modules only
        define classes and constants; `_open` imports the module again, or raises what the
        import raised.
        """
        if _WORKSPACE not in sys.modules:
            QThreadPool.globalInstance().start(_import_workspace)

    def _attempt_failed(self, error: AppError) -> None:
        if not self._attempt_counted:
            with contextlib.suppress(AppError):
                panic.attempt_started(self.folder)  # started without the button or Enter
        self._attempt_counted = False
        try:
            outcome = panic.attempt_failed(self.folder, isinstance(error, WrongSecret))
        except AppError:
            return
        if outcome.erased:
            for widget in QApplication.topLevelWidgets():
                widget.close()
            return
        self._show_attempts_left()

    def _show_attempts_left(self) -> None:
        guard = panic.guard_status(self.folder)
        base = self.unlock_screen.subtitle.text().split("\n")[0]
        if guard is not None:
            base += "\n" + self.tr(
                "%n unlock attempt(s) left before the vault is erased.", "", guard.remaining
            )
        self.unlock_screen.subtitle.setText(base)

    def emergency_erase(self) -> None:
        """Ask once (No is the default), then erase: no passphrase needed, no undo."""
        answer = QMessageBox.warning(
            self,
            self.tr("Emergency erase"),
            self.tr(
                "Destroy this vault now? Its keys are destroyed first, then its files. Nobody, "
                "you included, can open it again: only a backup kept elsewhere survives."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase_vault()

    def erase_vault(self) -> None:
        """Lock, clear the clipboard, destroy the vault; then the app looks freshly installed."""
        QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self.session.lock("erase")
        try:
            panic.erase_now(self.folder)
        except AppError as exc:
            QMessageBox.critical(self, self.tr("Emergency erase"), sentence(exc))
            return
        self._show_onboarding()

    def choose_safety(self) -> None:
        if not self.session.is_unlocked:
            return
        vault = self.session.vault
        try:
            current = panic.erase_after(vault) or 0
            limit, ok = QInputDialog.getInt(
                self,
                self.tr("Erase after failed unlocks"),
                self.tr(
                    "Erase the vault after this many failed unlock attempts in a row "
                    "(0 turns it off):"
                ),
                current,
                0,
                panic.MAX_LIMIT,
            )
            if ok and limit != current:
                panic.set_erase_after(vault, self.folder, limit or None)
            answer = QMessageBox.question(
                self,
                self.tr("Panic exit"),
                self.tr(
                    "Should the panic exit ({shortcut}) also ERASE the vault, with no undo?"
                ).format(shortcut=PANIC_SHORTCUT),
                defaultButton=QMessageBox.StandardButton.No,
            )
            panic.set_panic_erases(vault, answer == QMessageBox.StandardButton.Yes)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Safety settings"), sentence(exc))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.lock("quit")
        event.accept()
