"""One search box across the vault; results appear as you type (the query runs in a worker)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app import search
from app.errors import AppError
from storage.models import SearchHit
from ui.common import workers
from ui.common.errors import describe
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.i18n import QT_TRANSLATE_NOOP, Labels, follow_text_direction, isolate

DEBOUNCE_MS = 150
KIND_LABELS = Labels(
    {
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        "person": QT_TRANSLATE_NOOP("Labels", "Person"),
        "paper": QT_TRANSLATE_NOOP("Labels", "Paper"),
    }
)


class SearchPage(QWidget):
    #: a hit was opened (payload: SearchHit).
    open_hit = Signal(object)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.query = ""
        self._generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._run)
        self.heading = QLabel(self.tr("Search"))
        set_role(self.heading, "title")
        self.summary = QLabel("")
        set_role(self.summary, "muted")
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        follow_text_direction(self.results)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._more = False  # the last page read was full: there may be more matches
        self._loading = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        # A bound method: Qt drops the connection when this widget is deleted (a lambda
        # would outlive it and be called on a dead widget at the next lock).
        session.locked.connect(self._vault_locked)

    def set_query(self, text: str) -> None:
        self.query = text
        self.timer.start()

    def _run(self) -> None:
        self._generation += 1
        generation = self._generation
        query = self.query
        self._more = self._loading = False
        if not query.strip():
            self.results.clear()
            self.summary.setText("")
            return
        self.summary.setText(self.tr("Searching…"))
        self._start(generation, query, 0)

    def _start(self, generation: int, query: str, offset: int) -> None:
        self._loading = True
        job = workers.Job(search.search, self.session.vault, query, search.RESULT_LIMIT, offset)
        job.signals.succeeded.connect(lambda hits: self._show(generation, query, offset, hits))
        job.signals.failed.connect(lambda e: self._failed(generation, e))
        self.session.run(job)

    def _scrolled(self, value: int) -> None:
        """Near the end of the results: read the next page of matches, if there may be more."""
        bar = self.results.verticalScrollBar()
        if self._more and not self._loading and value >= bar.maximum() - bar.pageStep() // 2:
            self._start(self._generation, self.query, self.results.count())

    def _show(self, generation: int, query: str, offset: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # an older query finished after a newer one started
        self._loading = False
        if offset == 0:
            self.results.clear()
        for hit in hits:
            title = hit.title or self.tr("(untitled)")
            # The title comes first, so the item reads in the title's direction (no bidi isolate
            # here: Qt's item views then draw only the first line of the item).
            label = f"{title} · {KIND_LABELS.get(hit.kind, hit.kind)}"
            if hit.snippet:
                label += f"\n{hit.snippet}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        self._more = len(hits) >= search.RESULT_LIMIT
        count = self.results.count()
        if self._more:
            text = self.tr(
                "The %n best matches for “{query}”: scroll for more, or add a word to narrow "
                "the search.",
                "",
                count,
            )
        elif count == 1:
            text = self.tr("%n result for “{query}”", "", count)
        elif count:
            text = self.tr("%n results for “{query}”", "", count)
        else:
            text = self.tr("Nothing found for “{query}”. Every word must appear (or start a word).")
        self.summary.setText(text.format(query=isolate(query)))

    def _failed(self, generation: int, error: AppError) -> None:
        if generation == self._generation:
            self._loading = self._more = False
            self.summary.setText(self.tr("Search failed: {error}.").format(error=describe(error)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(item.data(Qt.ItemDataRole.UserRole))

    def _vault_locked(self, _reason: str) -> None:
        self.clear()

    def clear(self) -> None:
        self._generation += 1
        self._more = self._loading = False
        self.timer.stop()
        self.query = ""
        self.results.clear()
        self.summary.clear()
