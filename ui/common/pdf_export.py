"""Export a record as a readable PDF for one named recipient (``app.export.export_pdf``).

Asked as the command line's ``quietroom export pdf`` asks: the copy is NOT encrypted, its
recipient is stamped on every page, and a record that is not attributable has its
participants' names replaced by neutral labels ("Participant A, Side 1"); code names always
replace real names. The PDF's own words (banner, field names, page numbers, labels) are in the
interface's language. It is laid out in a worker; the window stays responsive.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from app import export
from app.errors import AppError
from app.papers import safe_file_name
from ui.common import file_dialogs, workers
from ui.common.errors import sentence, worded
from ui.common.forms import RecordDialog
from ui.common.session import VaultSession
from ui.i18n import isolate, ltr, translate


class RecipientDialog(RecordDialog):
    """Who the copy is for; Save checks the name (``export.checked_recipient``)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export “{title}” as a PDF").format(title=isolate(title)), parent)
        warning = QLabel(
            self.tr(
                "The PDF is NOT encrypted: anyone who gets the file can read it. Every page "
                "says it is confidential and names the person the copy is for. In a record "
                "that is not attributable, participants' names are replaced by neutral labels; "
                "code names always replace real names."
            )
        )
        warning.setWordWrap(True)
        self.form.addRow(warning)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("e.g. Dr Samir Khoury"))
        self.form.addRow(self.tr("Copy for"), self.recipient)
        # The next step is the choice of a file, not a save into the vault.
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Export…"))
        self.on_save(lambda: partial(export.checked_recipient, self.recipient.text()))


def export_pdf(
    parent: QWidget, session: VaultSession, kind: str, ref: str, title: str
) -> workers.Job | None:
    """Ask who the copy is for and where to write it, then write it in a worker; the outcome
    is said in a message box. ``kind`` and ``ref`` as ``app.export.document`` takes them.
    The job, or None when the user cancelled."""
    if not session.is_unlocked:
        return None
    dialog = RecipientDialog(title, parent)
    if not dialog.exec():
        return None
    recipient = str(dialog.result_record)
    suggested = safe_file_name(f"{title}.pdf") or "export.pdf"
    name, _ = file_dialogs.get_save_file_name(
        parent,
        translate("PdfExport", "Export a PDF"),
        suggested,
        translate("PdfExport", "PDF (*.pdf)"),
        replace=False,
    )
    if not name:
        return None
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    job = workers.Job(
        partial(export.export_pdf, words=worded, right_to_left=right_to_left),
        session.vault,
        kind,
        ref,
        Path(name),
        recipient,
    )
    job.signals.succeeded.connect(lambda result: _exported(parent, result))
    job.signals.failed.connect(lambda error: _failed(parent, error))
    return session.run(job)


def _exported(parent: QWidget, result: export.Exported) -> None:
    text = translate(
        "PdfExport", "Wrote a readable PDF of %n page(s): {path}", None, result.pages
    ).format(path=ltr(str(result.path)))
    if result.labels:
        text += "\n\n" + translate(
            "PdfExport", "%n participant(s) named by neutral labels.", None, len(result.labels)
        )
    text += "\n\n" + translate("PdfExport", "Delete it when it is no longer needed.")
    QMessageBox.information(parent, translate("PdfExport", "PDF exported"), text)


def _failed(parent: QWidget, error: AppError) -> None:
    QMessageBox.warning(parent, translate("PdfExport", "Not exported"), sentence(error))
