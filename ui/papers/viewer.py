"""Papers shown inside the app from memory: PDF through QtPdf over a QBuffer, text and
Markdown in a text browser. Nothing is written to a temporary file.

A text paper's document is built in the worker that reads it (:func:`read_for_viewer`;
``QTextDocument`` is reentrant), a part at a time so that the Qt thread gets the GIL between
parts (PySide6 holds it for the whole of each call): building a 20 MB text on the Qt thread
froze the window for a quarter of a second. Once shown, the rest of a long text is laid out a
bounded step at a time (:class:`LayoutInSteps`).
"""

from __future__ import annotations

import codecs
import re
import time
from collections import deque
from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QTimerEvent,
)
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)
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
    if paper.media_type == "application/pdf":
        return papers.read_for_viewing(vault, paper.id, is_cancelled=is_cancelled)
    blocks = papers.iter_for_viewing(vault, paper.id, is_cancelled=is_cancelled)
    return text_document(paper.media_type, blocks, font, is_cancelled)


def text_document(
    media_type: str,
    data: bytes | Iterable[bytes],
    font: QFont,
    is_cancelled: Callable[[], bool],
) -> QTextDocument:
    """A document of the UTF-8 text in ``data`` (bytes, or its pieces as they are read)."""
    blocks = [data] if isinstance(data, bytes) else data
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(font)
    if media_type == "text/markdown":
        text = b"".join(blocks).decode("utf-8", errors="replace")
        _put_markdown(document, text, is_cancelled)
    else:
        _put_plain_text(document, blocks, is_cancelled)
    app = QCoreApplication.instance()
    if app is not None:
        document.moveToThread(app.thread())
    return document


def _put_plain_text(
    document: QTextDocument, blocks: Iterable[bytes], is_cancelled: Callable[[], bool]
) -> None:
    """Decode ``blocks`` a part at a time and put the text in, in parts of at least
    :data:`PART_CHARS` ended at a line's end: neither the whole bytes nor the whole text is
    ever made in one piece (on the bench's machine, memory touched for the first time costs
    page faults, paid while holding the GIL: 30-50 ms for a 5.6 MB text decoded at once)."""
    cursor = QTextCursor(document)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending = ""
    for block in blocks:
        for start in range(0, len(block), PART_CHARS):
            _stop_if(is_cancelled)
            pending += decoder.decode(block[start : start + PART_CHARS])
            if len(pending) >= PART_CHARS:
                cut = pending.rfind("\n") + 1
                if cut:
                    cursor.insertText(pending[:cut])
                    pending = pending[cut:]
    pending += decoder.decode(b"", final=True)
    if pending:
        cursor.insertText(pending)


def _put_markdown(document: QTextDocument, text: str, is_cancelled: Callable[[], bool]) -> None:
    """Markdown parsed a part at a time (:func:`markdown_parts`), each part appended as a
    fragment after a fresh block whose format becomes that of the part's first block: the
    document is the one ``setMarkdown`` makes of the whole text (its HTML is the same)."""
    parts = markdown_parts(text, PART_CHARS)
    if len(parts) == 1:
        document.setMarkdown(text)
        return
    cursor = QTextCursor(document)
    for index, part in enumerate(parts):
        _stop_if(is_cancelled)
        piece = QTextDocument()
        piece.setMarkdown(part)
        if index:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        start = cursor.position()
        cursor.insertFragment(QTextDocumentFragment(piece))
        QTextCursor(document.findBlock(start)).setBlockFormat(piece.firstBlock().blockFormat())


_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
#: What a cut could change the meaning of: link reference definitions (``[name]: url``, used
#: anywhere in the text) and raw HTML blocks that may hold blank lines. A text with any of
#: these is parsed whole. Plain substring tests: a regular expression over 5 MB held the GIL
#: for 0.2 s.
_WHOLE_ONLY = ("]:", "<!", "<?", "<pre", "<script", "<style", "<textarea")


def markdown_parts(text: str, size: int) -> list[str]:
    """``text`` cut into parts of at least ``size`` characters, each cut just before a heading
    (``#`` at the start of a line after a blank line, outside fenced code): such a heading
    closes every list, quote and paragraph, so each part parses as it does in the whole."""
    if len(text) <= size:
        return [text]
    lowered = text.lower()
    if any(mark in lowered for mark in _WHOLE_ONLY):
        return [text]
    parts: list[str] = []
    start = at = 0
    fence = ""
    blank = True
    for line in text.split("\n"):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = "" if not line.strip().strip(fence[0]) else fence
        elif opening and not (opening.group(1)[0] == "`" and "`" in line[opening.end() :]):
            fence = opening.group(1)  # (a backtick in the info string: not a fence)
        elif blank and at - start >= size and _ATX_HEADING.match(line):
            parts.append(text[start:at])
            start = at
        blank = not line.strip()
        at += len(line) + 1
    parts.append(text[start:])
    return parts


def _stop_if(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise Cancelled("opening the paper was cancelled")


class LayoutInSteps(QObject):
    """Lays a long document out a few milliseconds at a time, in place of Qt's own steps.

    After the first paint, Qt lays the rest of a long text out on a 10 ms timer of the
    document's layout, in steps that double up to 200,000 characters: 30-60 ms each on the
    bench's machine for a 5.6 MB paper, the window stuttering for a second or more. Here each
    event of that timer is taken instead by a step of ours: blocks laid out
    :attr:`PROBE_CHARS` at a time until :attr:`BUDGET_S` has passed. The laid-out part is
    always the document's beginning, so the first block without lines is where a step starts;
    a resize lays the text out again from the start, and the steps follow.

    The layout's other timer (it tells the view the document's new size) must go through: a
    timer whose event is taken fires again at once. The steps' timer is the one that fires
    twice with the same id (the other stops at its first event); its first two events are
    Qt's own small steps (1,000 and 2,000 characters). Once the end is laid out, or should a
    step make no progress, everything goes through again. Lives as long as the document.
    """

    PROBE_CHARS = 4_000
    BUDGET_S = 0.006

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._document = document
        self._seen: deque[int] = deque(maxlen=16)  # timers whose events went through
        self._steps_timer: int | None = None
        self.steps = 0
        document.documentLayout().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QTimerEvent):
            return False
        timer = event.timerId()
        if timer != self._steps_timer:
            if timer not in self._seen:
                self._seen.append(timer)
                return False
            self._steps_timer = timer
        return self._step()

    def _step(self) -> bool:
        start = self._first_not_laid_out()
        if start is None:
            return False  # laid out: Qt's event stops its timer
        document = self._document
        layout = document.documentLayout()
        deadline = time.perf_counter() + self.BUDGET_S
        while True:
            end = min(start.position() + self.PROBE_CHARS, document.characterCount() - 1)
            layout.blockBoundingRect(document.findBlock(end))
            after = self._first_not_laid_out()
            if after is None:
                break
            if after.blockNumber() == start.blockNumber():
                layout.removeEventFilter(self)  # no progress: Qt's own way from here
                return False
            start = after
            if time.perf_counter() >= deadline:
                break
        self.steps += 1
        return True

    def _first_not_laid_out(self) -> QTextBlock | None:
        document = self._document
        low, high = 0, document.blockCount() - 1
        if document.findBlockByNumber(high).layout().lineCount() > 0:
            return None
        while low < high:  # laid out: blocks 0 .. low - 1
            middle = (low + high) // 2
            if document.findBlockByNumber(middle).layout().lineCount() > 0:
                low = middle + 1
            else:
                high = middle
        return document.findBlockByNumber(low)


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
            LayoutInSteps(content)
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
