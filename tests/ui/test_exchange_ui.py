"""The Exchange page: the inbox lists packets without importing them; accept imports, decline
keeps them out; an unknown sender's packet waits for their card; the outbox; lock clears."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

import ui  # noqa: F401  (applies the PySide6 guard before any Qt call)
from app import contacts, papers, sharing
from app import vault as app_vault
from tests.app.sharing_vaults import (
    Member,
    add_paper,
    contact_of,
    introduce,
    members,
    paper_bytes,
)
from tests.conftest import PASSPHRASE
from tests.ui.conftest import save_form, settled
from tests.ui.test_share_ui import Desk
from ui import i18n
from ui.exchange import incoming
from ui.exchange.inbox import InboxView, sender_state, state_text


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; the questions asked are recorded."""
    asked: list[str] = []

    def question(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def trio(qtbot, tmp_path: Path) -> Iterator[tuple[Desk, Member, Member, Path]]:
    """Bashir's app with an exchange folder; Amira (a contact of his) and Chen (a stranger)."""
    folder = tmp_path / "exchange"
    folder.mkdir()
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as (amira, bashir, chen):
        introduce(bashir, amira)
        for sender in (amira, chen):
            introduce(sender, bashir)
        desk = Desk(qtbot, bashir)
        desk.ws.go("exchange")
        desk.ws.exchange.set_folder(folder)
        settled(qtbot, desk.session)
        desk.ws.exchange.inbox.settle_seconds = 0
        yield desk, amira, chen, folder
        desk.session.lock("quit")
        QThreadPool.globalInstance().waitForDone(10_000)


def send(sender: Member, to: Member, folder: Path, data: bytes, title: str) -> Path:
    paper = add_paper(sender, data, f"{title}.txt", title)
    chosen = sharing.resolve_recipients(
        sender.vault, contact_ids=[contact_of(sender, to).contact.id]
    )
    return sharing.share_paper(sender.vault, paper.id, chosen, folder).path


def look(qtbot, inbox: InboxView, count: int) -> None:
    """Look in the folder and wait for the listing (the status line explains a timeout)."""
    inbox.scan()

    def listed() -> None:
        assert not inbox.busy and len(inbox.entries) == count, inbox.status.text()

    qtbot.waitUntil(listed, timeout=20_000)


def choose(inbox: InboxView, path: Path) -> None:
    inbox.table.select_where(lambda e: e.path == path)
    assert inbox.current is not None and inbox.current.path == path


def imported_titles(desk: Desk) -> list[str]:
    return [p.title for p in papers.list_papers(desk.session.vault)]


def test_unknown_senders_packet_is_imported_only_after_their_card_is_accepted(qtbot, trio) -> None:
    desk, _amira, chen, folder = trio
    data = os.urandom(70_000)
    path = send(chen, desk.member, folder, data, "Chen's options")
    inbox = desk.ws.exchange.inbox
    look(qtbot, inbox, 1)
    entry = inbox.entries[0]
    assert entry.unknown_sender and sender_state(entry) == "⚠ Unknown sender"
    choose(inbox, path)
    assert "not among your contacts" in inbox.detail.text()

    inbox.accept_button.click()
    dialog = inbox.card_dialog
    assert dialog is not None and dialog.isVisible()
    assert chen.vault.storage.identity()[1].public.fingerprint().split()[0] in dialog.intro.text()
    dialog.reject()
    assert "Not imported" in inbox.status.text()
    assert (
        imported_titles(desk) == []
        and contacts.list_contacts(desk.session.vault)[0].name == "Amira"
    )
    assert inbox.entries[0].state == incoming.NEW

    inbox.accept_button.click()
    dialog = inbox.card_dialog
    dialog.text.setPlainText(contacts.my_card_text(chen.vault))
    save_form(dialog)
    qtbot.waitUntil(lambda: inbox.entries[0].state == incoming.IMPORTED, timeout=20_000)
    assert imported_titles(desk) == ["Chen's options"]
    assert paper_bytes(desk.member, papers.list_papers(desk.session.vault)[0].id) == data
    chen_contact = [c for c in contacts.list_contacts(desk.session.vault) if c.name == "Chen"]
    assert len(chen_contact) == 1 and not chen_contact[0].verified  # imported, not verified


def test_a_card_of_someone_else_does_not_let_an_unknown_senders_packet_in(
    qtbot, trio, tmp_path: Path
) -> None:
    desk, _amira, chen, folder = trio
    path = send(chen, desk.member, folder, b"options", "Options")
    with members(tmp_path / "more", ("Dana",)) as (dana,):
        inbox = desk.ws.exchange.inbox
        look(qtbot, inbox, 1)
        choose(inbox, path)
        inbox.accept_button.click()
        inbox.card_dialog.text.setPlainText(contacts.my_card_text(dana.vault))
        save_form(inbox.card_dialog)
        qtbot.waitUntil(lambda: "not to the sender" in inbox.status.text(), timeout=20_000)
        qtbot.waitUntil(lambda: not inbox.busy)
    assert imported_titles(desk) == []
    assert inbox.entries[0].state == incoming.NEW and inbox.entries[0].unknown_sender


def test_declined_packet_stays_unimported_on_every_later_look(qtbot, trio, say_yes) -> None:
    desk, amira, _chen, folder = trio
    path = send(amira, desk.member, folder, b"agenda", "Agenda")
    inbox = desk.ws.exchange.inbox
    look(qtbot, inbox, 1)
    choose(inbox, path)
    assert sender_state(inbox.current) == "⚠ Not verified"
    inbox.decline_button.click()
    assert inbox.entries[0].state == incoming.DECLINED
    assert "nothing was imported" in inbox.status.text()
    look(qtbot, inbox, 1)
    assert inbox.entries[0].state == incoming.DECLINED and imported_titles(desk) == []

    fresh = InboxView(desk.session)  # remembers nothing itself: the vault does
    qtbot.addWidget(fresh)
    fresh.settle_seconds = 0
    look(qtbot, fresh, 1)
    assert state_text(fresh.entries[0]) == "Declined" and imported_titles(desk) == []

    choose(fresh, path)  # the user changes their mind: a declined packet can still be accepted
    fresh.accept_button.click()
    qtbot.waitUntil(lambda: fresh.entries[0].state == incoming.IMPORTED, timeout=20_000)
    assert imported_titles(desk) == ["Agenda"]
    assert say_yes == ["Sender not verified"]


def test_unverified_senders_packet_is_not_imported_when_the_warning_is_refused(
    qtbot, trio, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, amira, _chen, folder = trio
    path = send(amira, desk.member, folder, b"agenda", "Agenda")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    inbox = desk.ws.exchange.inbox
    look(qtbot, inbox, 1)
    choose(inbox, path)
    inbox.accept_button.click()
    assert not inbox.busy and imported_titles(desk) == []
    assert inbox.entries[0].state == incoming.NEW


def test_packet_opened_by_hand_is_listed_and_imported_on_accept(
    qtbot, trio, tmp_path: Path, say_yes
) -> None:
    desk, amira, _chen, _folder = trio
    contacts.set_verified(desk.session.vault, contact_of(desk.member, amira).contact.id)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    path = send(amira, desk.member, elsewhere, b"by hand", "Courier copy")
    inbox = desk.ws.exchange.inbox
    inbox.open_packet(path)
    qtbot.waitUntil(lambda: not inbox.busy and len(inbox.entries) == 1, timeout=20_000)
    assert inbox.current is not None and inbox.current.path == path
    assert sender_state(inbox.current) == "✓ Verified"
    inbox.accept_button.click()
    qtbot.waitUntil(lambda: inbox.entries[0].state == incoming.IMPORTED, timeout=20_000)
    assert imported_titles(desk) == ["Courier copy"]
    assert say_yes == []  # a verified sender needs no warning
    assert "Imported paper “Courier copy” from Amira" in inbox.status.text()
    desk.ws.go("papers")
    assert [p.title for p in desk.ws.papers.table.model.records] == ["Courier copy"]


def test_packets_for_others_and_our_own_are_left_out_of_the_inbox(qtbot, trio) -> None:
    desk, amira, chen, folder = trio
    introduce(amira, chen)
    send(amira, chen, folder, b"for chen", "For Chen")
    mine = add_paper(desk.member, b"mine", "mine.txt", "Mine")
    to_amira = sharing.resolve_recipients(
        desk.session.vault, contact_ids=[contact_of(desk.member, amira).contact.id]
    )
    sharing.share_paper(desk.session.vault, mine.id, to_amira, folder)
    inbox = desk.ws.exchange.inbox
    look(qtbot, inbox, 0)
    assert "0 packets for you; 1 addressed to others (left alone)" in inbox.status.text()
    assert inbox.table.stack.currentWidget() is inbox.table.empty


def test_damaged_packet_is_listed_as_refused_and_cannot_be_accepted(qtbot, trio) -> None:
    desk, amira, _chen, folder = trio
    path = send(amira, desk.member, folder, os.urandom(4096), "Draft")
    data = bytearray(path.read_bytes())
    data[-100] ^= 1
    path.write_bytes(bytes(data))
    inbox = desk.ws.exchange.inbox
    look(qtbot, inbox, 1)
    entry = inbox.entries[0]
    assert entry.state == incoming.REFUSED and state_text(entry).startswith("Refused: ")
    choose(inbox, path)
    assert not inbox.accept_button.isEnabled() and not inbox.decline_button.isEnabled()
    assert imported_titles(desk) == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_why_a_packet_is_refused_is_said_in_the_interfaces_language(
    qapp, qtbot, trio, lang: str
) -> None:
    desk, amira, _chen, folder = trio
    path = send(amira, desk.member, folder, os.urandom(4096), "Draft")
    data = bytearray(path.read_bytes())
    data[-100] ^= 1
    path.write_bytes(bytes(data))
    english = incoming.look_at(desk.session.vault, path).message
    i18n.install(qapp, lang)
    try:
        entry = incoming.look_at(desk.session.vault, path)
    finally:
        i18n.uninstall(qapp)
    assert entry.state == incoming.REFUSED
    assert english == "the packet was altered after it was sealed"
    assert entry.message and entry.message != english and "packet" not in entry.message


def test_file_still_arriving_is_not_read_yet(qtbot, trio) -> None:
    desk, amira, _chen, folder = trio
    path = send(amira, desk.member, folder, b"agenda", "Agenda")
    inbox = desk.ws.exchange.inbox
    inbox.settle_seconds = 3600  # the file was written just now
    look(qtbot, inbox, 1)
    assert inbox.entries[0].state == incoming.ARRIVING and inbox.entries[0].info is None
    choose(inbox, path)
    assert not inbox.accept_button.isEnabled()


def test_a_folder_that_does_not_exist_is_refused_with_a_message(
    qtbot, trio, tmp_path: Path
) -> None:
    desk, _amira, _chen, folder = trio
    page = desk.ws.exchange
    page.set_folder(tmp_path / "nowhere")
    settled(qtbot, desk.session)
    assert page.error.isVisible() and "is not a folder" in page.error.text()
    assert page.folder_label.text() == str(folder)


def test_locking_empties_the_exchange_page(qtbot, trio) -> None:
    desk, amira, chen, folder = trio
    send(amira, desk.member, folder, b"agenda", "Agenda")
    path = send(chen, desk.member, folder, b"options", "Options")
    mine = add_paper(desk.member, b"mine", "mine.txt", "Mine")
    to_amira = sharing.resolve_recipients(
        desk.session.vault, contact_ids=[contact_of(desk.member, amira).contact.id]
    )
    sharing.share_paper(desk.session.vault, mine.id, to_amira, folder)
    page = desk.ws.exchange
    page.reload()
    inbox = page.inbox
    qtbot.waitUntil(lambda: not inbox.busy and len(inbox.entries) == 2, timeout=20_000)
    assert page.outbox.table.model.rowCount() == 1
    choose(inbox, path)
    inbox.accept_button.click()  # Chen is unknown: the card dialog is open
    assert inbox.card_dialog is not None
    desk.session.lock("idle")
    assert inbox.table.model.rowCount() == 0 and inbox.entries == []
    assert inbox.current is None and inbox.detail.text() == ""
    assert inbox.card_dialog is None
    assert page.outbox.table.model.rowCount() == 0
    assert page.folder_label.text() == ""

    again = app_vault.unlock(desk.member.folder, PASSPHRASE)  # nothing was imported meanwhile
    try:
        assert [p.title for p in papers.list_papers(again)] == ["Mine"]
    finally:
        again.lock()


def test_share_dialog_closes_when_the_vault_locks(qtbot, trio) -> None:
    desk, _amira, _chen, _folder = trio
    add_paper(desk.member, b"x", "x.txt", "X")
    desk.ws.go("papers")
    desk.ws.share_button.click()
    dialog = desk.ws.share_dialog
    assert dialog is not None and dialog.isVisible() and dialog.item.count() == 1
    desk.session.lock("user")
    assert not dialog.isVisible() and dialog.item.count() == 0 and dialog.who.count() == 0
