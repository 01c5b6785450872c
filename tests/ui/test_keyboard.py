"""Accessibility: every control has a name a screen reader can say, the whole workflow runs from
the keyboard alone, the colours keep their contrast, and text follows the system font size.

Names are read the way assistive technology reads them, through Qt's accessibility interface
(a button's text, a field's label buddy, or the accessible name set in the code).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget

from app import contacts, papers, records
from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from ui.common import theme
from ui.contacts.import_dialog import ImportCardDialog
from ui.contacts.verify import VerifyDialog
from ui.dialogues.forms import DialogueDialog, SessionDialog
from ui.dialogues.groups import GroupDialog
from ui.drafts.page import ProposalDialog
from ui.ledger.view import LedgerDialog
from ui.people.forms import PersonDialog
from ui.share.dialog import ShareDialog
from ui.shell.root import Preferences, RootWindow
from ui.shell.workspace import Workspace

PAGES = ("dialogues", "notes", "people", "groups", "drafts", "papers", "exchange", "contacts")


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def focusable(top: QWidget) -> list[QWidget]:
    """Widgets inside ``top`` (shown, enabled) that Tab can reach."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not (widget.isVisibleTo(top) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy (e.g. a combo box's line edit) is what gets the focus
        found.append(widget)
    return found


def unnamed(top: QWidget, at_least: int = 1) -> list[str]:
    """The focusable widgets inside ``top`` that a screen reader could not name."""
    widgets = focusable(top)
    assert len(widgets) >= at_least, "the walk found too few controls to mean anything"
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(top).__name__}"
        for w in widgets
        if not _spoken_name(w)
    ]


def test_the_walk_reports_a_field_nobody_named(qtbot: object) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)  # type: ignore[attr-defined]
    layout = QVBoxLayout(top)
    named, anonymous, button = QLineEdit(), QLineEdit(), QPushButton("Go")
    named.setAccessibleName("Title")
    anonymous.setPlaceholderText("a placeholder is not a name")
    for widget in (named, anonymous, button):
        layout.addWidget(widget)
    assert unnamed(top, at_least=3) == ["QLineEdit '' in QWidget"]


def test_every_control_of_the_first_run_screens_has_a_name(
    qtbot: object, tmp_path: Path, prefs: Preferences
) -> None:
    win = RootWindow(tmp_path / "new-vault", prefs, FAST_KDF)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    assert win.onboarding is not None
    assert unnamed(win, at_least=3) == []


def test_every_control_of_the_unlock_screen_has_a_name(window: RootWindow) -> None:
    assert unnamed(window, at_least=3) == []
    window.unlock_screen.mode_button.click()  # the recovery-key variant
    assert unnamed(window, at_least=3) == []


@pytest.fixture
def workspace(qtbot: object, window: RootWindow) -> Iterator[Workspace]:
    window.resize(1280, 800)
    unlock(qtbot, window)
    assert window.workspace is not None
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Upper valley water dialogue")
    records.add_session(vault, dialogue.id, starts_on="2025-10-14", place="Lake Orta")
    records.add_person(vault, "Leyla Aram", side="Side 1")
    records.add_note(vault, "Ground rules were agreed.", title="Ground rules")
    window.workspace.reload_navigation()
    yield window.workspace


@pytest.mark.parametrize("page", PAGES)
def test_every_control_of_each_page_of_the_main_window_has_a_name(
    window: RootWindow, workspace: Workspace, page: str
) -> None:
    workspace.go(page)
    assert unnamed(window, at_least=4) == []


def test_every_control_of_a_dialogue_and_a_round_page_has_a_name(
    window: RootWindow, workspace: Workspace
) -> None:
    dialogue = records.list_dialogues(window.session.vault)[0]
    workspace.go("dialogue", dialogue.id)
    assert unnamed(window) == []
    session = records.list_sessions(window.session.vault, dialogue.id)[0]
    workspace.go("session", session.id)
    assert unnamed(window) == []


def _dialogs(window: RootWindow) -> list[Callable[[], QDialog]]:
    vault = window.session.vault
    contact = contacts.list_contacts(vault)[0]
    return [
        lambda: VerifyDialog(vault, contact, window),
        lambda: LedgerDialog(window.session, window),
        lambda: DialogueDialog(vault, parent=window),
        lambda: SessionDialog(vault, records.list_dialogues(vault)[0].id, parent=window),
        lambda: PersonDialog(vault, parent=window),
        lambda: GroupDialog(vault, window),
        lambda: ProposalDialog(vault, window),
        lambda: ImportCardDialog(vault, window),
        lambda: ShareDialog(window.session, None, window),
    ]


def test_every_control_of_every_dialog_has_a_name(
    qtbot: object, window: RootWindow, workspace: Workspace, tmp_path: Path
) -> None:
    other = app_vault.create_vault(tmp_path / "bashir", PASSPHRASE, "Bashir Nouri", FAST_KDF)
    contacts.import_card(window.session.vault, contacts.my_card_text(other.vault))
    other.vault.lock()
    problems = []
    for make in _dialogs(window):
        dialog = make()
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        dialog.show()
        problems += unnamed(dialog, at_least=2)
        dialog.reject()
    assert problems == []


# -- keyboard only --------------------------------------------------------------------------


def _press(
    qtbot: object, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)  # type: ignore[attr-defined]


def _type(qtbot: object, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)  # type: ignore[attr-defined]


def _tab_to(qtbot: object, predicate: Callable[[QWidget], bool], limit: int = 80) -> QWidget:
    """Press Tab until the focused widget satisfies ``predicate``."""
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is not None and predicate(focused):
            return focused
        _press(qtbot, Qt.Key.Key_Tab)
    seen = []
    for _ in range(12):
        focused = QApplication.focusWidget()
        seen.append(f"{type(focused).__name__}:{_spoken_name(focused) if focused else ''}")
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the control; Tab goes through {seen}")


def _button(text: str) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, QAbstractButton) and w.text().replace("&", "") == text


def test_the_keyboard_alone_creates_a_note_and_shares_a_paper(
    qtbot: object, window: RootWindow, tmp_path: Path
) -> None:
    # What is not done by keyboard here: a paper in the vault, and a colleague's card.
    other = app_vault.create_vault(tmp_path / "bashir", PASSPHRASE, "Bashir Nouri", FAST_KDF)
    card = contacts.my_card_text(other.vault)
    other.vault.lock()
    source = tmp_path / "annex.md"
    source.write_text("# Water annex\n")
    with app_vault.unlock(window.folder, PASSPHRASE) as vault:
        contacts.import_card(vault, card)
        papers.add_paper(vault, source, "Water annex")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    window.unlock_screen.secret.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_screen.secret)  # type: ignore[attr-defined]
    _type(qtbot, PASSPHRASE)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)  # type: ignore[attr-defined]
    workspace = window.workspace
    assert workspace is not None

    # Navigation: Tab into the tree, arrows down to "All notes".
    _tab_to(qtbot, lambda w: w is workspace.nav)
    for _ in range(10):
        current = workspace.nav.currentItem()
        if current is not None and current.text(0) == "All notes":
            break
        _press(qtbot, Qt.Key.Key_Down)
    assert workspace.pages.currentWidget() is workspace.notes

    # New note: Tab to the button, Space; the cursor lands in the body; Tab away saves it.
    _tab_to(qtbot, _button("New note"))
    _press(qtbot, Qt.Key.Key_Space)
    editor = workspace.notes.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.body)  # type: ignore[attr-defined]
    _type(qtbot, "Both sides asked for a second round.")
    _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            [n.body for n in records.list_notes(window.session.vault)]
            == ["Both sides asked for a second round."]
        ),
        timeout=5_000,
    )

    # Share a paper: arrows to "Papers", Tab to the table, Down picks the paper, Tab to
    # "Share…", Space; in the dialog: tick the contact, accept that it is unverified, type
    # where to write the packet, seal.
    _tab_to(qtbot, lambda w: w is workspace.nav)
    for _ in range(10):
        current = workspace.nav.currentItem()
        if current is not None and current.text(0) == "Papers":
            break
        _press(qtbot, Qt.Key.Key_Down)
    assert workspace.pages.currentWidget() is workspace.papers
    _tab_to(qtbot, lambda w: w is workspace.papers.table.view)
    _press(qtbot, Qt.Key.Key_Down)
    _tab_to(qtbot, _button("Share…"))
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: workspace.share_dialog is not None)  # type: ignore[attr-defined]
    dialog = workspace.share_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))  # type: ignore[attr-defined]
    assert dialog.item.currentText() == "Water annex"
    _tab_to(qtbot, lambda w: w is dialog.contact_list)
    _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, lambda w: w is dialog.accept_unverified)
    _press(qtbot, Qt.Key.Key_Space)
    _tab_to(qtbot, lambda w: w is dialog.file_path)
    packet = tmp_path / "annex.qrp"
    _type(qtbot, str(packet))
    _tab_to(qtbot, _button("Seal and write packet"))
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result_packet is not None, timeout=20_000)  # type: ignore[attr-defined]
    assert packet.exists()
    assert [c.name for c in dialog.result_packet.recipients.contacts] == ["Bashir Nouri"]


# -- contrast and font size -----------------------------------------------------------------


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(foreground: str, background: str) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


WINDOW = "#fbfcfd"  # theme.apply's window colour
TEXT_ON = (
    [(theme.INK, bg) for bg in ("white", theme.PANEL, WINDOW)]
    + [
        (colour, bg)
        for colour in (theme.MUTED, theme.DANGER, theme.OK, theme.WARN, theme.ACCENT)
        for bg in ("white", theme.PANEL, WINDOW)
    ]
    + [("white", theme.ACCENT), ("white", theme.ACCENT_DARK)]
)


@pytest.mark.parametrize(("foreground", "background"), TEXT_ON)
def test_text_colours_keep_the_wcag_aa_contrast_of_4_5_to_1(
    foreground: str, background: str
) -> None:
    assert contrast(foreground, background) >= 4.5


def test_the_contrast_check_rejects_pale_grey_on_white() -> None:
    assert contrast("#9aa5b1", "white") < 4.5 <= contrast("black", "white")


@pytest.mark.parametrize("system_points", [10.0, 16.0])
def test_text_and_headings_grow_with_the_system_font(
    qtbot: object, existing_vault: Path, prefs: Preferences, system_points: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_font, saved_sheet = app.font(), app.styleSheet()
    try:
        font = QFont(saved_font)
        font.setPointSizeF(system_points)
        app.setFont(font)  # what the platform reports when the user enlarges the system font
        theme.apply(app)
        win = RootWindow(existing_vault, prefs)
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.show()
        roles = {
            str(label.property("role")): label.font().pointSizeF()
            for label in win.unlock_screen.findChildren(QLabel)
        }
        assert win.unlock_screen.secret.font().pointSizeF() == pytest.approx(system_points)
        assert roles["title"] == pytest.approx(system_points * theme.TITLE_SCALE, abs=0.1)
    finally:
        app.setFont(saved_font)
        app.setStyleSheet(saved_sheet)
