"""The workspace: the pages are built when first shown, and behave as if they had always been."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

import ui  # noqa: F401  (applies the PySide6 guard before any Qt call)
from app import records
from ui.common.session import VaultSession
from ui.dialogues.pages import DialoguesPage
from ui.notes.panel import NotesPanel
from ui.papers.page import PapersPage
from ui.shell.root import RootWindow
from ui.shell.workspace import ROLE, Workspace


def _workspace(qtbot: object, session: VaultSession) -> Workspace:
    ws = Workspace(session)
    qtbot.addWidget(ws)  # type: ignore[attr-defined]
    ws.show()
    return ws


def _click_nav(ws: Workspace, kind: str, ident: int | None = None) -> None:
    """Choose an entry of the navigation tree as a user does (not through ``go``)."""
    root = ws.nav.invisibleRootItem()
    pending = [root.child(i) for i in range(root.childCount())]
    while pending:
        item = pending.pop(0)
        if tuple(item.data(0, ROLE)) == (kind, ident):
            ws.nav.setCurrentItem(item)
            return
        pending.extend(item.child(i) for i in range(item.childCount()))
    raise AssertionError(f"no navigation entry {kind} {ident}")


def test_only_the_page_shown_is_built_when_the_vault_opens(
    qtbot: object, session: VaultSession
) -> None:
    ws = _workspace(qtbot, session)
    assert ws.pages.count() == 1
    assert isinstance(ws.pages.currentWidget(), DialoguesPage)
    assert ws.findChildren(PapersPage) == []
    assert ws.findChildren(NotesPanel) == []
    # the share button waits inside the workspace, not as a widget of its own that Python's
    # garbage collector could delete on a worker thread
    assert ws.share_button.parent() is ws and not ws.share_button.isVisible()


def test_a_page_is_built_once_on_first_visit_with_its_buttons_and_records(
    qtbot: object, session: VaultSession
) -> None:
    vault = session.vault
    dialogue = records.add_dialogue(vault, title="Riverside water talks")
    ws = _workspace(qtbot, session)
    _click_nav(ws, "papers")
    papers = ws.pages.currentWidget()
    assert isinstance(papers, PapersPage)
    # the share button moved into the papers page's header when it was built
    assert papers.header.isAncestorOf(ws.share_button)
    assert ws.share_button.isVisibleTo(papers)
    _click_nav(ws, "dialogues")
    _click_nav(ws, "papers")
    assert ws.pages.currentWidget() is papers
    assert len(ws.findChildren(PapersPage)) == 1
    # a page built late wires its signals: opening a dialogue from the list navigates there
    _click_nav(ws, "dialogues")
    ws.dialogues.open_dialogue.emit(dialogue.id)
    assert ws.pages.currentWidget() is ws.dialogue
    assert ws.nav.currentItem().data(0, ROLE) == ("dialogue", dialogue.id)


def test_lock_saves_a_note_typed_in_a_page_built_after_the_unlock(
    qtbot: object, session: VaultSession
) -> None:
    vault = session.vault
    dialogue = records.add_dialogue(vault, title="Riverside water talks")
    ws = _workspace(qtbot, session)
    ws.reload_navigation()
    _click_nav(ws, "dialogue", dialogue.id)
    panel = ws.dialogue.notes
    panel.new_note()
    panel.editor.body.setPlainText("Both delegations accept the joint survey.")
    ws.flush()  # what the root window does on lock, before the autosave timer fires
    saved = records.list_notes(vault, dialogue_id=dialogue.id)
    assert [n.body for n in saved] == ["Both delegations accept the joint survey."]


def test_after_the_unlock_the_workspace_paints_before_its_first_page_is_built(
    qtbot: object, session: VaultSession
) -> None:
    records.add_dialogue(session.vault, title="Riverside water talks")
    ws = Workspace(session, first_page_later=True)
    qtbot.addWidget(ws)  # type: ignore[attr-defined]
    ws.show()
    assert ws.findChildren(DialoguesPage) == [] and ws.nav.topLevelItemCount() > 0
    qtbot.waitUntil(lambda: isinstance(ws.pages.currentWidget(), DialoguesPage))  # type: ignore[attr-defined]
    assert ws.dialogues.table.model.rowCount() == 1


def test_the_first_page_given_up_when_the_user_went_elsewhere_or_locked_first(
    qtbot: object, session: VaultSession
) -> None:
    moved = Workspace(session, first_page_later=True)
    qtbot.addWidget(moved)  # type: ignore[attr-defined]
    moved.go("papers")
    locked = Workspace(session, first_page_later=True)
    qtbot.addWidget(locked)  # type: ignore[attr-defined]
    session.lock("user")
    qtbot.wait(100)  # type: ignore[attr-defined]
    assert isinstance(moved.pages.currentWidget(), PapersPage)
    assert moved.findChildren(DialoguesPage) == []
    assert locked.findChildren(DialoguesPage) == []  # and no error for reading a locked vault


def test_a_page_chosen_between_building_the_first_page_and_showing_it_stays_shown(
    qtbot: object, session: VaultSession
) -> None:
    ws = Workspace(session, first_page_later=True)
    qtbot.addWidget(ws)  # type: ignore[attr-defined]
    ws.show()
    ws._build_first_page()  # the first turn: the dialogues page is built, not yet shown
    assert len(ws.findChildren(DialoguesPage)) == 1
    assert not ws.dialogues.isVisible()
    ws.go("papers")
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert isinstance(ws.pages.currentWidget(), PapersPage)


LAPTOP_WIDTH = 1280  # a common small laptop screen: 1280 x 800


def test_long_titles_names_and_messages_never_make_the_window_wider_than_a_laptop_screen(
    qtbot: object, window: RootWindow
) -> None:
    """A window whose minimum width is wider than the screen cannot be used on it. Titles,
    names and revision messages are the user's own words, of any length."""
    from app import drafts as app_drafts
    from tests.ui.conftest import unlock
    from ui.common import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_sheet = app.styleSheet()
    theme.apply(app)  # the real sizes: title fonts come from the style sheet
    try:
        unlock(qtbot, window)
        vault = window.session.vault
        long = "Consultations on the Lower Selvan water-sharing arrangements and the upstream dams"
        dialogue = records.add_dialogue(vault, title=long + " (second track)")
        session = records.add_session(vault, dialogue.id, title=long, place="Lake Orta")
        proposal = app_drafts.new_proposal(vault, long, "1. Text.\n", message=long)
        app_drafts.edit(vault, proposal.id, "1. Text, amended.\n", message=long + " again")
        ws = window.workspace
        assert ws is not None
        ws.reload_navigation()
        for kind, ident in (("dialogue", dialogue.id), ("session", session.id), ("drafts", None)):
            ws.go(kind, ident)
        ws.drafts.show_proposal(proposal.id)
        qtbot.wait(50)  # type: ignore[attr-defined]
        assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
    finally:
        app.setStyleSheet(saved_sheet)
