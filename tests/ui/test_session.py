"""ui/common/session.py: what a user's activity does to the idle lock.

Activity is sent as the window system sends it, to the window (``QTest`` with a ``QWindow``),
not straight to a widget: the session watches the app's windows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from tests.ui.conftest import unlock
from ui.shell.root import RootWindow

IDLE_MINUTES = 0.01  # 600 ms
ACTIVE_FOR_MS = 1_500  # well past the idle delay
EVERY_MS = 100


def _active(qtbot: object, act: Callable[[int], None]) -> None:
    """Act every 100 ms for 1.5 s."""
    for step in range(ACTIVE_FOR_MS // EVERY_MS):
        act(step)
        qtbot.wait(EVERY_MS)  # type: ignore[attr-defined]


def _main_window(win: RootWindow) -> QWindow:
    handle = win.windowHandle()
    assert handle is not None
    return handle


def test_typing_keeps_the_vault_unlocked_and_it_locks_once_the_user_stops(
    qtbot: object, window: RootWindow
) -> None:
    unlock(qtbot, window)
    window.session.set_idle_minutes(IDLE_MINUTES)
    _active(qtbot, lambda _: QTest.keyClick(_main_window(window), Qt.Key.Key_Shift))
    assert window.session.is_unlocked
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=5_000)  # type: ignore[attr-defined]
    assert window.workspace is None


def test_moving_the_mouse_keeps_the_vault_unlocked(qtbot: object, window: RootWindow) -> None:
    unlock(qtbot, window)
    window.session.set_idle_minutes(IDLE_MINUTES)
    _active(
        qtbot,
        lambda step: QTest.mouseMove(_main_window(window), QPoint(100 + 10 * (step % 2), 200)),
    )
    assert window.session.is_unlocked


def test_typing_in_a_dialog_keeps_the_vault_unlocked(qtbot: object, window: RootWindow) -> None:
    unlock(qtbot, window)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: QGuiApplication.focusWindow() is dialog.windowHandle() is not None
    )
    window.session.set_idle_minutes(IDLE_MINUTES)
    handle = dialog.windowHandle()
    _active(qtbot, lambda _: QTest.keyClick(handle, Qt.Key.Key_A))
    assert window.session.is_unlocked
    dialog.close()


# -- pages built ahead while the user is idle (ui/shell/workspace.py) ------------------------


def _pages_built_ahead(window: RootWindow) -> set[str]:
    from ui.contacts.page import ContactsPage
    from ui.dialogues.pages import DialoguePage, SessionPage
    from ui.drafts.page import DraftsPage
    from ui.exchange.page import ExchangePage
    from ui.papers.page import PapersPage

    ws = window.workspace
    assert ws is not None
    kinds = (DialoguePage, SessionPage, PapersPage, DraftsPage, ExchangePage, ContactsPage)
    return {kind.__name__ for kind in kinds if ws.findChildren(kind)}


def test_pages_are_built_ahead_while_the_user_is_idle_and_the_page_shown_stays(
    qtbot: object, window: RootWindow
) -> None:
    unlock(qtbot, window)
    ws = window.workspace
    assert ws is not None
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: len(_pages_built_ahead(window)) == 6, timeout=15_000
    )
    assert ws.pages.currentWidget() is ws.dialogues
    assert ws.nav.currentItem() is not None and ws.nav.currentItem().text(0) == "Dialogues"


def test_no_page_is_built_ahead_while_the_user_is_active(qtbot: object, window: RootWindow) -> None:
    unlock(qtbot, window)
    _active(
        qtbot,
        lambda step: QTest.mouseMove(_main_window(window), QPoint(300 + 10 * (step % 2), 300)),
    )
    assert _pages_built_ahead(window) == set()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: len(_pages_built_ahead(window)) == 6, timeout=15_000
    )  # and once the user stops, they are
