"""Papers shown inside the app from memory: PDF through QtPdf over a QBuffer, text and
Markdown in a text browser. Nothing is written to a temporary file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from storage.models import Paper
from ui.common.theme import set_role

TEXT_TYPES = ("text/plain", "text/markdown", "text/csv")


def viewable(paper: Paper) -> bool:
    return paper.media_type == "application/pdf" or paper.media_type.startswith("text/")


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

    def show_bytes(self, paper: Paper, data: bytes) -> None:
        self.clear()
        if paper.media_type == "application/pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() == QPdfDocument.Status.Error:
                self.show_message(self.tr("This PDF could not be read; it may be damaged."))
                return
            self.stack.setCurrentWidget(self.pdf)
            return
        text = data.decode("utf-8", errors="replace")
        if paper.media_type == "text/markdown":
            self.text.setMarkdown(text)
        else:
            self.text.setPlainText(text)
        self.stack.setCurrentWidget(self.text)

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
        self.text.clear()
        self.show_message(self.tr("Choose a paper to read it here."))
