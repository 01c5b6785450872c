"""The unlocked workspace: navigation on the left, the page in the centre, details on the right.

It lives only while the vault is unlocked: on lock the root window deletes it, so every view,
model and cached record goes with it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app import records, retention, sharing
from app.errors import AppError
from storage.models import Paper, SearchHit
from ui.common.list_page import RecordTable
from ui.common.session import VaultSession
from ui.contacts.page import ContactsPage
from ui.dialogues.groups import GroupsPage
from ui.dialogues.pages import DialoguePage, DialoguesPage, SessionPage, round_label
from ui.drafts.page import DraftsPage
from ui.exchange.page import ExchangePage
from ui.i18n import follow_text_direction
from ui.notes.panel import NotesPanel
from ui.papers.page import PapersPage
from ui.people.page import PeoplePage
from ui.search.page import SearchPage
from ui.share.dialog import ShareDialog
from ui.shell.details import DetailsPanel

ROLE = Qt.ItemDataRole.UserRole
_P = TypeVar("_P", bound=QWidget)
# Long enough for the paint Qt posts when the workspace is shown to be handled first.
_FIRST_PAGE_DELAY_MS = 10
# The other pages are built ahead of their first visit, one at a time, while the user has
# done nothing for a second (docs/performance.md, "Building pages"): most likely first.
_AHEAD: tuple[str, ...] = ("dialogue", "round", "notes", "people", "papers", "drafts")
_AHEAD += ("groups", "search", "exchange", "contacts")
_AHEAD_IDLE_S = 1.0
_AHEAD_TICK_MS = 250


class Workspace(QWidget):
    def __init__(
        self,
        session: VaultSession,
        parent: QWidget | None = None,
        *,
        first_page_later: bool = False,
    ) -> None:
        """``first_page_later``: show the dialogues page a moment later (10 ms), once the
        workspace has painted, so that the Qt thread never does both in one go."""
        super().__init__(parent)
        self.session = session
        self.nav = QTreeWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMinimumWidth(200)
        follow_text_direction(self.nav)
        self.nav.currentItemChanged.connect(self._navigate)

        self.pages = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        self._blank: QWidget | None = None
        self.details = DetailsPanel(
            keep_until=self._keep_until_of, restricted_to=self._groups_of_paper
        )
        # Parented to the workspace until the papers page takes it into its header: a widget
        # without a parent belongs to Python, whose garbage collector may run on a worker
        # thread, and a widget deleted off the Qt thread crashes the app.
        self.share_button = QPushButton(self.tr("Share…"), self)
        self.share_button.hide()
        self.share_button.setToolTip(
            self.tr("Seal the chosen paper for a working group or contacts")
        )
        self.share_button.clicked.connect(self.share_paper)
        self._shared_paper: Paper | None = None
        self.share_dialog: ShareDialog | None = None

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.nav)
        split.addWidget(self.pages)
        split.addWidget(self.details)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([220, 760, 260])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._before_search: tuple[str, int | None] = ("dialogues", None)
        self._ahead = QTimer(self)
        self._ahead.setInterval(_AHEAD_TICK_MS)
        self._ahead.timeout.connect(self._build_one_ahead)
        self.reload_navigation()
        if first_page_later:
            # An empty page stays current until the first page is shown: a page added to an
            # empty stack would become current, and be laid out and painted, at once.
            self._blank = QWidget()
            self.pages.addWidget(self._blank)
            QTimer.singleShot(_FIRST_PAGE_DELAY_MS, self, self._build_first_page)
        else:
            self.go("dialogues")
            self._ahead.start()

    def _first_page_wanted(self) -> bool:
        # nothing chosen meanwhile, and not locked since (the workspace is deleted later)
        return self.pages.currentWidget() is self._blank and self.session.is_unlocked

    def _build_first_page(self) -> None:
        """Build the dialogues page now and show it on the next turn of the event loop: done
        in one go, the two took the Qt thread for 45-60 ms right after the unlock."""
        if self._first_page_wanted():
            _ = self.dialogues
            QTimer.singleShot(0, self, self._show_first_page)

    def _show_first_page(self) -> None:
        if self._first_page_wanted():
            self.go("dialogues")
        self._ahead.start()

    def _build_one_ahead(self) -> None:
        """Build the next page not built yet, if the user has been idle for a second: its
        first visit then costs what a later one does (its records and its paint)."""
        if not self.session.is_unlocked:
            self._ahead.stop()
            return
        if self.session.seconds_without_activity < _AHEAD_IDLE_S:
            return
        name = next((n for n in _AHEAD if n not in self._built), None)
        if name is None:
            self._ahead.stop()
        else:
            getattr(self, name)  # the property builds the page

    # -- pages, built when first shown -----------------------------------------------------
    # Building all eleven pages took 70-110 ms of the Qt thread right after the unlock, and
    # showing them 35-50 ms more; only the page shown is built now, the others on first use
    # (docs/performance.md, "Unlock to workspace"). Every page reloads its records when
    # shown, so one built late shows the same as one built early.

    def _page(self, name: str, make: Callable[[VaultSession], _P]) -> _P:
        page = self._built.get(name)
        if page is None:
            page = make(self.session)
            self._built[name] = page
            self.pages.addWidget(page)
            self._wire(page)
        return cast(_P, page)

    def _wire(self, page: QWidget) -> None:
        """Connect a page just built to the navigation, the details panel and the others."""
        if isinstance(page, DialoguesPage | DialoguePage | SessionPage | PeoplePage | PapersPage):
            page.changed.connect(self.reload_navigation)
        if isinstance(page, SessionPage):
            page.deleted.connect(lambda i: self.go("dialogue", i))
        if isinstance(page, DialoguesPage):
            page.open_dialogue.connect(lambda i: self.go("dialogue", i))
        elif isinstance(page, DialoguePage):
            page.open_session.connect(lambda i: self.go("session", i))
            page.deleted.connect(lambda: self.go("dialogues"))
        elif isinstance(page, PeoplePage):
            page.chosen.connect(self.details.show_record)
        elif isinstance(page, PapersPage):
            page.chosen.connect(self.details.show_record)
            page.chosen.connect(self._paper_chosen)
            page.header.buttons.insertWidget(0, self.share_button)
            self.share_button.show()
        elif isinstance(page, SearchPage):
            page.open_hit.connect(self.open_hit)
        elif isinstance(page, ExchangePage):
            page.imported.connect(self._packet_imported)

    @property
    def dialogues(self) -> DialoguesPage:
        return self._page("dialogues", DialoguesPage)

    @property
    def dialogue(self) -> DialoguePage:
        return self._page("dialogue", DialoguePage)

    @property
    def round(self) -> SessionPage:
        return self._page("round", SessionPage)

    @property
    def people(self) -> PeoplePage:
        return self._page("people", PeoplePage)

    @property
    def groups(self) -> GroupsPage:
        return self._page("groups", GroupsPage)

    @property
    def papers(self) -> PapersPage:
        return self._page("papers", PapersPage)

    @property
    def notes(self) -> NotesPanel:
        return self._page("notes", NotesPanel)

    @property
    def search(self) -> SearchPage:
        return self._page("search", SearchPage)

    @property
    def contacts(self) -> ContactsPage:
        return self._page("contacts", ContactsPage)

    @property
    def drafts(self) -> DraftsPage:
        return self._page("drafts", DraftsPage)

    @property
    def exchange(self) -> ExchangePage:
        return self._page("exchange", ExchangePage)

    def _keep_until_of(self, kind: str, record_id: int) -> str | None:
        if not self.session.is_unlocked:
            return None
        try:
            return retention.keep_until(self.session.vault, kind, record_id)
        except AppError:
            return None  # the record went meanwhile: nothing to say

    def _groups_of_paper(self, paper_id: int) -> list[str]:
        if not self.session.is_unlocked:
            return []
        try:
            return [name for _, name in sharing.compartments(self.session.vault, paper_id)]
        except AppError:
            return []  # the paper went meanwhile: nothing to say

    # -- navigation ------------------------------------------------------------------------

    def reload_navigation(self) -> None:
        current = self.nav.currentItem()
        key = current.data(0, ROLE) if current else ("dialogues", None)
        self.nav.blockSignals(True)
        self.nav.clear()
        vault = self.session.vault
        top = QTreeWidgetItem([self.tr("Dialogues")])
        top.setData(0, ROLE, ("dialogues", None))
        self.nav.addTopLevelItem(top)
        for d, rounds in records.navigation(vault):
            item = QTreeWidgetItem([d.title])
            item.setData(0, ROLE, ("dialogue", d.id))
            item.setToolTip(0, d.title)
            top.addChild(item)
            for s in rounds:
                child = QTreeWidgetItem([round_label(s)])
                child.setData(0, ROLE, ("session", s.id))
                item.addChild(child)
        for label, section in (
            (self.tr("All notes"), "notes"),
            (self.tr("People"), "people"),
            (self.tr("Working groups"), "groups"),
            (self.tr("Drafts"), "drafts"),
            (self.tr("Papers"), "papers"),
            (self.tr("Exchange"), "exchange"),
            (self.tr("Contacts"), "contacts"),
        ):
            entry = QTreeWidgetItem([label])
            entry.setData(0, ROLE, (section, None))
            self.nav.addTopLevelItem(entry)
        self.nav.expandAll()
        self.nav.blockSignals(False)
        self._select(tuple(key))

    def _select(self, key: tuple[str, int | None]) -> bool:
        root = self.nav.invisibleRootItem()
        pending: list[QTreeWidgetItem | None] = [root.child(i) for i in range(root.childCount())]
        while pending:
            item = pending.pop(0)
            if item is None:
                continue
            if tuple(item.data(0, ROLE)) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentItem(item)
                self.nav.blockSignals(False)
                return True
            pending.extend(item.child(i) for i in range(item.childCount()))
        return False

    def _navigate(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            kind, ident = item.data(0, ROLE)
            self._show(kind, ident)

    def go(self, kind: str, ident: int | None = None) -> None:
        """Show a page: dialogues, dialogue, session, people, groups, papers, notes."""
        if not self._select((kind, ident)) and kind in ("dialogue", "session"):
            self.reload_navigation()
            self._select((kind, ident))
        self._show(kind, ident)

    def _show(self, kind: str, ident: int | None) -> None:
        self._before_search = (kind, ident)
        self.details.show_nothing()  # pages that have a selection fill it again
        if kind == "dialogues":
            self.dialogues.reload()
            self.pages.setCurrentWidget(self.dialogues)
        elif kind == "dialogue" and ident is not None:
            self.dialogue.show_dialogue(ident)
            self.details.show_record(self.dialogue.dialogue)
            self.pages.setCurrentWidget(self.dialogue)
        elif kind == "session" and ident is not None:
            self.round.show_session(ident)
            self.details.show_record(self.round.record)
            self.pages.setCurrentWidget(self.round)
        elif kind == "people":
            self.people.reload()
            self.pages.setCurrentWidget(self.people)
        elif kind == "groups":
            self.groups.reload()
            self.pages.setCurrentWidget(self.groups)
        elif kind == "papers":
            self.papers.reload()
            self.pages.setCurrentWidget(self.papers)
        elif kind == "notes":
            self.notes.show_notes(None, None, self.tr("Note"))
            self.pages.setCurrentWidget(self.notes)
        elif kind == "drafts":
            self.drafts.reload()
            self.pages.setCurrentWidget(self.drafts)
        elif kind == "contacts":
            self.contacts.reload()
            self.pages.setCurrentWidget(self.contacts)
        elif kind == "exchange":
            self.exchange.reload()
            self.pages.setCurrentWidget(self.exchange)

    # -- sharing ---------------------------------------------------------------------------

    def _paper_chosen(self, paper: Paper | None) -> None:
        self._shared_paper = paper

    def share_paper(self) -> None:
        """Open the share dialog for the chosen paper (any paper can be picked in it)."""
        paper = self._shared_paper
        dialog = ShareDialog(self.session, paper.id if paper else None, self)
        self.share_dialog = dialog
        dialog.finished.connect(self._share_closed)
        dialog.open()

    def _share_closed(self, _result: int) -> None:
        self.share_dialog = None

    def _packet_imported(self, _result: object) -> None:
        for page in (self._built.get("papers"), self._built.get("drafts")):
            if isinstance(page, PapersPage | DraftsPage):
                page.reload()  # a page not built yet reads the records when first shown
        self.reload_navigation()

    # -- search ----------------------------------------------------------------------------

    def search_for(self, text: str) -> None:
        if text.strip():
            self.pages.setCurrentWidget(self.search)
            self.search.set_query(text)
        else:
            self.search.clear()
            self._show(*self._before_search)

    def open_hit(self, hit: SearchHit) -> None:
        vault = self.session.vault
        if hit.kind == "note":
            note = records.get_note(vault, hit.id)
            if note.session_id is not None:
                self.go("session", note.session_id)
                self.round.notes.open_note(note.id)
            elif note.dialogue_id is not None:
                self.go("dialogue", note.dialogue_id)
                self.dialogue.notes.open_note(note.id)
            else:
                self.go("notes")
                self.notes.open_note(note.id)
        elif hit.kind == "person":
            self.go("people")
            self.people.show_person(hit.id)
        elif hit.kind == "paper":
            self.go("papers")
            self.papers.table.select_where(lambda p: p.id == hit.id)

    def flush(self) -> None:
        """Save every open note editor (pages never built have none)."""
        for panel in self.findChildren(NotesPanel):
            panel.editor.flush()

    def clear(self) -> None:
        """Empty every model and view (on lock, before the widgets are deleted)."""
        self.flush()
        for table in self.findChildren(RecordTable):
            table.clear()
        self.nav.clear()
        self.details.show_nothing()
