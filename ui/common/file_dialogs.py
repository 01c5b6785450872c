"""File dialogs that leave no trace outside the vault.

Qt's own file dialog writes the folders it visited into its settings
(``~/.config/QtProject.conf``: ``FileDialog/history`` and ``lastVisited``), and a desktop's
native dialog may add the chosen file to a "recently used" list. A folder named after a
dialogue, or a paper's file name, must not sit there for whoever searches the disk. So every
dialog here is Qt's own (never the native one) and forgets its history once it has closed.
Use these instead of ``QFileDialog``'s static functions.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog
_REMEMBERED = ("history", "lastVisited")


def forget_history() -> None:
    """Remove the folders Qt's file dialog remembered (it saves them when it is destroyed)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _REMEMBERED:
        settings.remove(key)
    settings.endGroup()
    settings.sync()


def get_open_file_name(
    parent: QWidget | None, caption: str, folder: str = "", filter: str = ""
) -> tuple[str, str]:
    try:
        return QFileDialog.getOpenFileName(parent, caption, folder, filter, options=_OPTIONS)
    finally:
        forget_history()


def get_open_file_names(
    parent: QWidget | None, caption: str, folder: str = "", filter: str = ""
) -> tuple[list[str], str]:
    try:
        return QFileDialog.getOpenFileNames(parent, caption, folder, filter, options=_OPTIONS)
    finally:
        forget_history()


def get_save_file_name(
    parent: QWidget | None,
    caption: str,
    folder: str = "",
    filter: str = "",
    replace: bool = True,
) -> tuple[str, str]:
    """``replace=False``: the dialog does not offer to replace a file (the caller refuses to)."""
    options = _OPTIONS if replace else _OPTIONS | QFileDialog.Option.DontConfirmOverwrite
    try:
        return QFileDialog.getSaveFileName(parent, caption, folder, filter, options=options)
    finally:
        forget_history()


def get_existing_directory(parent: QWidget | None, caption: str, folder: str = "") -> str:
    options = _OPTIONS | QFileDialog.Option.ShowDirsOnly
    try:
        return QFileDialog.getExistingDirectory(parent, caption, folder, options=options)
    finally:
        forget_history()
