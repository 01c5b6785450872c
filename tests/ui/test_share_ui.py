"""Sharing through the desktop app's widgets: contacts, the share dialog, the exchange inbox."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox

import ui  # noqa: F401  (applies the PySide6 guard before any Qt call)
from app import contacts, identity, papers, records, sharing
from tests.app.sharing_vaults import Member, add_paper, introduce, members, paper_bytes
from tests.ui.conftest import save_form, settled
from ui.common.session import VaultSession
from ui.dialogues.groups import GroupDialog
from ui.exchange import incoming
from ui.share.dialog import ShareDialog
from ui.shell.workspace import Workspace


@pytest.fixture
def say_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation; the questions asked are recorded."""
    asked: list[str] = []

    def question(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


class Desk:
    """One person's running app: a vault session and its workspace."""

    def __init__(self, qtbot: object, member: Member) -> None:
        self.member = member
        self.session = VaultSession(idle_minutes=0)
        self.session.open(member.vault)
        self.ws = Workspace(self.session)
        qtbot.addWidget(self.ws)  # type: ignore[attr-defined]
        self.ws.resize(1200, 760)
        self.ws.show()


@pytest.fixture
def pair(qtbot: object, tmp_path: Path) -> Iterator[tuple[Desk, Desk, Path]]:
    folder = tmp_path / "exchange"
    folder.mkdir()
    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        desks = (Desk(qtbot, amira), Desk(qtbot, bashir))
        yield desks[0], desks[1], folder
        for desk in desks:
            desk.session.lock("quit")
        QThreadPool.globalInstance().waitForDone(10_000)


def import_and_verify(qtbot, desk: Desk, other: Member) -> None:
    """Through the Contacts page: paste ``other``'s card, compare the digits they read out."""
    desk.ws.go("contacts")
    page = desk.ws.contacts
    page.import_card()
    dialog = page.import_dialog
    dialog.text.setPlainText(contacts.my_card_text(other.vault))
    save_form(dialog)
    qtbot.waitUntil(lambda: page.current is not None)
    assert page.current.name == other.name and not page.current.verified
    page.details.verify_button.click()
    check = page.verify_dialog
    check.set_heard(" ".join(identity.whoami(other.vault).fingerprint_groups))
    check.verify_button.click()
    qtbot.waitUntil(lambda: page.current is not None and page.current.verified)


def make_group(desk: Desk, name: str, *person_names: str) -> int:
    dialog = GroupDialog(desk.session.vault, desk.ws)
    dialog.name.setText(name)
    model = dialog.members.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data().split(" (")[0] in person_names:
            model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    save_form(dialog)
    return int(dialog.result_record.id)


def who_rows(dialog) -> list[tuple[str, str]]:
    rows = []
    for i in range(dialog.who.count()):
        item = dialog.who.item(i)
        rows.append((item.data(Qt.ItemDataRole.UserRole)[0], item.text()))
    return rows


def test_paper_shared_to_a_group_in_the_dialog_is_accepted_in_a_second_vault_with_same_bytes(
    qtbot, pair, say_yes
) -> None:
    amira, bashir, folder = pair
    data = os.urandom(300 * 1024) + b"water annex"
    paper = add_paper(amira.member, data, "annex.pdf", "Water annex draft")
    import_and_verify(qtbot, amira, bashir.member)
    import_and_verify(qtbot, bashir, amira.member)
    group_id = make_group(amira, "Drafting pair", "Bashir")
    for desk in (amira, bashir):
        desk.ws.go("exchange")
        desk.ws.exchange.set_folder(folder)
        settled(qtbot, desk.session)
    bashir.ws.exchange.inbox.settle_seconds = 0

    amira.ws.go("papers")
    amira.ws.papers.table.select_where(lambda p: p.id == paper.id)
    amira.ws.share_button.click()
    dialog = amira.ws.share_dialog
    assert dialog.item.currentData() == paper.id
    dialog.choose_group(group_id)
    assert who_rows(dialog) == [("contact", "✓  Bashir — verified")]
    assert not dialog.warning.isVisible() and dialog.to_folder.isChecked()
    dialog.seal_button.click()
    qtbot.waitUntil(lambda: dialog.result_packet is not None, timeout=20_000)
    sent = dialog.result_packet.path
    assert sent.parent == folder and sent.exists()
    assert "Sealed for 1 contact" in dialog.status.text()

    bashir.ws.go("exchange")
    inbox = bashir.ws.exchange.inbox
    qtbot.waitUntil(lambda: len(inbox.entries) == 1 and not inbox.busy, timeout=20_000)
    entry = inbox.entries[0]
    assert entry.state == incoming.NEW and entry.info.sender.name == "Amira"
    assert entry.info.sender.verified
    assert papers.list_papers(bashir.session.vault) == []  # found, not imported
    inbox.table.select_where(lambda e: e.path == sent)
    inbox.accept_button.click()
    qtbot.waitUntil(lambda: inbox.entries[0].state == incoming.IMPORTED, timeout=20_000)
    bashir.ws.go("papers")
    received = bashir.ws.papers.table.model.records
    assert [p.title for p in received] == ["Water annex draft"]
    assert paper_bytes(bashir.member, received[0].id) == data
    assert say_yes == ["Mark as verified", "Mark as verified"]  # no warning: sender verified


def test_unverified_contacts_and_members_without_a_card_are_flagged_before_sealing(
    qtbot, tmp_path: Path
) -> None:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as (amira, bashir, chen):
        desk = Desk(qtbot, amira)
        try:
            introduce(amira, bashir)
            introduce(amira, chen)
            contacts.set_verified(amira.vault, contacts.list_contacts(amira.vault)[0].contact.id)
            records.add_person(amira.vault, "Dana")
            add_paper(amira, b"draft", "draft.txt", "Draft")
            group_id = make_group(desk, "Annex", "Bashir", "Chen", "Dana")
            out = tmp_path / "out.qrp"
            dialog = ShareDialog(desk.session, None, desk.ws)
            qtbot.addWidget(dialog)
            dialog.choose_group(group_id)
            dialog.to_file.setChecked(True)
            dialog.file_path.setText(str(out))
            rows = who_rows(dialog)
            assert ("contact", "✓  Bashir — verified") in rows
            assert ("contact", "⚠  Chen — NOT VERIFIED: fingerprint not compared yet") in rows
            assert ("without_card", "✗  Dana — no contact card: will NOT receive it") in rows
            dialog.show()
            assert dialog.warning.isVisible()
            assert "1 recipient is not verified" in dialog.warning.text()
            assert "1 member has no contact card" in dialog.warning.text()
            assert not dialog.seal_button.isEnabled()  # not until the user accepts the risk
            dialog.accept_unverified.setChecked(True)
            assert dialog.seal_button.isEnabled()
            dialog.seal_button.click()
            qtbot.waitUntil(lambda: dialog.result_packet is not None, timeout=20_000)
            names = {c.name for c in dialog.result_packet.recipients.contacts}
            assert names == {"Bashir", "Chen"} and out.exists()
        finally:
            desk.session.lock("quit")
            QThreadPool.globalInstance().waitForDone(10_000)


def test_choosing_contacts_directly_shows_exactly_those_recipients(qtbot, tmp_path: Path) -> None:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as (amira, bashir, chen):
        desk = Desk(qtbot, amira)
        try:
            introduce(amira, bashir)
            chen_view = introduce(amira, chen)
            add_paper(amira, b"draft", "draft.txt", "Draft")
            dialog = ShareDialog(desk.session, None, desk.ws)
            qtbot.addWidget(dialog)
            assert dialog.by_contacts.isChecked()  # no groups yet
            assert [r[0] for r in who_rows(dialog)] == ["none"]
            assert not dialog.seal_button.isEnabled()
            dialog.choose_contacts([chen_view.contact.id])
            assert [r[1] for r in who_rows(dialog)] == [
                "⚠  Chen — NOT VERIFIED: fingerprint not compared yet"
            ]
        finally:
            desk.session.lock("quit")
            QThreadPool.globalInstance().waitForDone(10_000)


def test_cancelled_sealing_writes_no_packet_and_nothing_in_the_outbox(qtbot, pair, say_yes) -> None:
    amira, bashir, folder = pair
    big = add_paper(amira.member, os.urandom(1024 * 1024) * 24, "big.pdf", "Big")
    bashir_view = introduce(amira.member, bashir.member)
    amira.ws.go("exchange")
    amira.ws.exchange.set_folder(folder)
    settled(qtbot, amira.session)
    dialog = ShareDialog(amira.session, big.id, amira.ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_contacts([bashir_view.contact.id])
    dialog.accept_unverified.setChecked(True)
    dialog.seal_button.click()
    assert dialog.jobs.isVisible() and not dialog.seal_button.isEnabled()
    dialog.jobs.cancel.click()
    qtbot.waitUntil(lambda: "Cancelled" in dialog.status.text(), timeout=20_000)
    assert dialog.result_packet is None
    assert list(folder.iterdir()) == []  # not even a hidden .part file
    assert sharing.list_sent(amira.session.vault) == []
    qtbot.waitUntil(dialog.seal_button.isEnabled)  # ready to try again


def test_outbox_lists_what_was_sealed_and_for_whom(qtbot, pair) -> None:
    amira, bashir, folder = pair
    paper = add_paper(amira.member, b"text", "note.txt", "Talking points")
    view = introduce(amira.member, bashir.member)
    chosen = sharing.resolve_recipients(amira.session.vault, contact_ids=[view.contact.id])
    sharing.share_paper(amira.session.vault, paper.id, chosen, folder)
    amira.ws.go("exchange")
    page = amira.ws.exchange
    page.tabs.setCurrentWidget(page.outbox)
    rows = page.outbox.entries
    assert [(s.kind, s.title, s.recipients) for s in rows] == [
        ("paper", "Talking points", ("Bashir",))
    ]
    model = page.outbox.table.model
    assert model.data(model.index(0, 2)) == "Bashir"
