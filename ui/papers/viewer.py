"""Papers shown inside the app from memory: PDF through QtPdf over a QBuffer, text and
Markdown in a text browser. Nothing is written to a temporary file.

A text paper's document is built in the worker that reads it (:func:`read_for_viewer`;
``QTextDocument`` is reentrant), a part at a time so that the Qt thread gets the GIL between
parts: building a 20 MB text on the Qt thread froze the window for a quarter of a second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QFont, QTextCursor, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from app import papers
from app.errors import Cancelled
from app.vault import OpenVault
from storage.models import Paper
from ui.common.theme import set_role

TEXT_TYPES = ("text/plain", "text/markdown", "text/csv")
#: A plain text is put into its document in parts of about this many characters (ended at a
#: line's end): each part holds the GIL for well under a millisecond.
PART_CHARS = 64 * 1024


def viewable(paper: Paper) -> bool:
    return paper.media_type == "application/pdf" or paper.media_type.startswith("text/")


def read_for_viewer(
    vault: OpenVault, paper: Paper, font: QFont, is_cancelled: Callable[[], bool]
) -> bytes | QTextDocument:
    """In a worker: the paper's bytes (a PDF), or its text laid into a document for the
    viewer's text browser, handed to the Qt thread."""
    data = papers.read_for_viewing(vault, paper.id, is_cancelled=is_cancelled)
    if paper.media_type == "application/pdf":
        return data
    return text_document(paper.media_type, data, font, is_cancelled)


def text_document(
    media_type: str, data: bytes, font: QFont, is_cancelled: Callable[[], bool]
) -> QTextDocument:
    text = data.decode("utf-8", errors="replace")
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(font)
    if media_type == "text/markdown":
        document.setMarkdown(text)
    else:
        cursor = QTextCursor(document)
        start = 0
        while start < len(text):
            if is_cancelled():
                raise Cancelled("opening the paper was cancelled")
            end = text.find("\n", start + PART_CHARS)
            end = len(text) if end < 0 else end + 1
            cursor.insertText(text[start:end])
            start = end
    app = QCoreApplication.instance()
    if app is not None:
        document.moveToThread(app.thread())
    return document


class PaperViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.pdf = QPdfView()
        self.pdf.setDocument(self.document)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        # Ours, not the browser's: the browser deletes a document it made when given another.
        self._blank = QTextDocument(self)
        self.text.setDocument(self._blank)
        self.message = QLabel(self.tr("Choose a paper to read it here."))
        self.message.setWordWrap(True)
        set_role(self.message, "muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.pdf)
        self.stack.addWidget(self.text)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_content(self, content: bytes | QTextDocument) -> None:
        """Show what :func:`read_for_viewer` made: a text's document or a PDF's bytes."""
        self.clear()
        if isinstance(content, QTextDocument):
            content.setParent(self.text)  # deleted with the browser, or when replaced
            self.text.setDocument(content)
            self.stack.setCurrentWidget(self.text)
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Error:
            self.show_message(self.tr("This PDF could not be read; it may be damaged."))
            return
        self.stack.setCurrentWidget(self.pdf)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        shown = self.text.document()
        if shown is not self._blank:  # a paper's text: give its memory back
            self.text.setDocument(self._blank)
            shown.deleteLater()
        self.text.clear()
        self.show_message(self.tr("Choose a paper to read it here."))
