"""Child process for test_file_dialogs: pick a file and a folder through the app's dialogs,
as a user would (the dialog is answered by a timer), with HOME pointing into a temp folder.

    python -m tests.ui.file_dialog_probe FOLDER_TO_PICK_FROM
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

import ui  # noqa: F401  (the PySide6 guard)
from ui.common import file_dialogs


def _answer(path: Path) -> None:
    """Type ``path`` into the dialog's name field and accept, as a user would."""

    def accept() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                edit = widget.findChild(QLineEdit, "fileNameEdit")
                edit.setText(str(path))
                widget.accept()
                if widget.isVisible():  # the folder listing was not ready yet
                    QTimer.singleShot(50, accept)
                return
        QTimer.singleShot(50, accept)

    QTimer.singleShot(50, accept)


def main(folder: Path) -> None:
    app = QApplication([sys.argv[0]])
    paper = folder / "annex.txt"
    _answer(paper)
    name, _ = file_dialogs.get_open_file_name(None, "Add a paper", str(folder))
    _answer(folder)
    chosen = file_dialogs.get_existing_directory(None, "Exchange folder", str(folder.parent))
    print(name)
    print(chosen)
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
