"""The window's writes on its writer thread: the outcome reaches the page on the Qt thread,
only while the vault is unlocked and the page still there."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from app import records
from app.errors import InvalidInput
from tests.ui.conftest import settled
from tests.ui.gate import Gate
from ui.common import workers, writing


def _page(qtbot) -> QWidget:
    page = QWidget()
    qtbot.addWidget(page)
    return page


def test_the_use_case_runs_on_the_writer_thread_and_its_result_reaches_the_page(
    qtbot, session
) -> None:
    page = _page(qtbot)
    ran_on: list[threading.Thread] = []
    results: list[object] = []

    def add(vault, body):
        ran_on.append(threading.current_thread())
        return records.add_note(vault, body)

    job = writing.write(
        page, session, add, session.vault, "Agreed.", then=results.append, refused=results.append
    )
    assert job is not None
    settled(qtbot, session)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert [n.body for n in results] == ["Agreed."]  # type: ignore[attr-defined]


def test_a_refused_write_is_told_to_the_page_and_nothing_else(qtbot, session) -> None:
    page = _page(qtbot)
    told: list[tuple[str, object]] = []

    def refuse(_vault):
        raise InvalidInput("a title is needed")

    writing.write(
        page,
        session,
        refuse,
        session.vault,
        then=lambda r: told.append(("then", r)),
        refused=lambda e: told.append(("refused", str(e))),
    )
    settled(qtbot, session)
    assert told == [("refused", "a title is needed")]


def test_a_slow_write_greys_the_page_out_until_it_ends(qtbot, session, monkeypatch) -> None:
    page = _page(qtbot)
    page.show()
    gate = Gate(monkeypatch, records, "add_note")
    done: list[object] = []
    writing.write(
        page, session, records.add_note, session.vault, "x", then=done.append, refused=done.append
    )
    assert gate.entered.wait(10)
    assert page.isEnabled()
    qtbot.waitUntil(lambda: not page.isEnabled(), timeout=5_000)
    gate.release.set()
    settled(qtbot, session)
    assert page.isEnabled() and len(done) == 1


def test_nothing_is_told_once_the_vault_is_locked_or_the_page_is_gone(
    qtbot, session, monkeypatch
) -> None:
    gate = Gate(monkeypatch, records, "add_note")
    told: list[object] = []
    page = QWidget()
    writing.write(
        page, session, records.add_note, session.vault, "x", then=told.append, refused=told.append
    )
    assert gate.entered.wait(10)
    page.deleteLater()  # the page closes while the note is written
    qtbot.wait(10)
    gate.release.set()
    assert workers.wait_all(10_000)
    qtbot.wait(20)
    assert told == []

    other = _page(qtbot)
    gate.release.clear()
    gate.entered.clear()
    writing.write(
        other, session, records.add_note, session.vault, "y", then=told.append, refused=told.append
    )
    assert gate.entered.wait(10)
    session.lock("user")
    gate.release.set()
    assert workers.wait_all(10_000)
    qtbot.wait(20)
    assert told == []
    assert (
        writing.write(
            other, session, records.add_note, None, "z", then=told.append, refused=told.append
        )
        is None
    )
