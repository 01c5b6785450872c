"""Papers in the desktop app: imported in a worker, viewed from memory, exported only on purpose."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtPdf import QPdfDocument

from app import papers
from tests.ui.conftest import unlock

MARKER = "Quillmarrow-5519"


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF drawn with QPdfWriter (Qt's own), so the viewer has a real file."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawText(200, 200, text)
    painter.end()
    buffer.close()
    return bytes(data.data())


def test_dropped_markdown_paper_is_imported_and_shown_without_any_temp_file(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    source = tmp_path / "non-paper.md"
    source.write_text(f"# Options\n\nA joint {MARKER} index.\n", encoding="utf-8")
    unlock(qtbot, window)
    ws = window.workspace
    ws.go("papers")
    page = ws.papers
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=10_000)
    paper = page.table.model.record(0)
    assert paper.title == "non-paper" and paper.media_type == "text/markdown"
    assert source.exists()  # the original is left where it was
    qtbot.waitUntil(lambda: MARKER in page.viewer.text.toPlainText(), timeout=10_000)
    assert page.viewer.stack.currentWidget() is page.viewer.text
    assert list(temp.iterdir()) == []


def test_pdf_paper_is_rendered_by_qtpdf_from_memory(qtbot, window, tmp_path: Path) -> None:
    source = tmp_path / "draft.pdf"
    source.write_bytes(_minimal_pdf(MARKER))
    unlock(qtbot, window)
    ws = window.workspace
    ws.go("papers")
    ws.papers.add_files([source])
    qtbot.waitUntil(lambda: ws.papers.table.model.rowCount() == 1, timeout=10_000)
    ws.papers.table.view.selectRow(0)
    viewer = ws.papers.viewer
    qtbot.waitUntil(lambda: viewer.stack.currentWidget() is viewer.pdf, timeout=10_000)
    assert viewer.document.status() == QPdfDocument.Status.Ready
    assert viewer.document.pageCount() == 1
    assert MARKER in viewer.document.getAllText(0).text()


def test_adding_a_missing_file_shows_the_error_and_stores_nothing(
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    page = window.workspace.papers
    page.add_files([tmp_path / "nowhere.pdf"])
    qtbot.waitUntil(lambda: "Not done" in page.status.text(), timeout=10_000)
    assert "nowhere.pdf" in page.status.text()
    assert papers.list_papers(window.session.vault) == []


def test_locking_empties_the_papers_list_and_the_viewer(qtbot, window, tmp_path: Path) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(MARKER)
    unlock(qtbot, window)
    page = window.workspace.papers
    window.workspace.go("papers")
    page.add_files([source])
    qtbot.waitUntil(lambda: page.table.model.rowCount() == 1, timeout=10_000)
    page.table.view.selectRow(0)
    qtbot.waitUntil(lambda: MARKER in page.viewer.text.toPlainText(), timeout=10_000)
    window.session.lock("user")
    assert page.table.model.rowCount() == 0
    assert page.viewer.text.toPlainText() == ""
    assert os.environ.get("QT_QPA_PLATFORM") == "offscreen"
