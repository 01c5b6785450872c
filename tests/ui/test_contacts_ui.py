"""The Contacts page: cards in (pasted or from a file), fingerprints compared side by side,
verification only by an explicit, confirmed act; one's own card out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

import ui  # noqa: F401  (applies the PySide6 guard before any Qt call)
from app import contacts, identity
from tests.app.sharing_vaults import Member, members
from tests.ui.conftest import save_form, settled
from tests.ui.test_share_ui import Desk
from ui.contacts.page import UNVERIFIED, VERIFIED, ContactsPage
from ui.contacts.verify import DIFFERS, MATCH


@pytest.fixture
def people(qtbot, tmp_path: Path) -> Iterator[tuple[Desk, Member]]:
    """Amira's app open on the Contacts page, and Bashir (another vault) to import."""
    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        desk = Desk(qtbot, amira)
        desk.ws.go("contacts")
        yield desk, bashir
        desk.session.lock("quit")
        QThreadPool.globalInstance().waitForDone(10_000)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, title: str, *_rest: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def import_pasted(page: ContactsPage, text: str) -> None:
    page.import_card()
    dialog = page.import_dialog
    assert dialog is not None
    dialog.text.setPlainText(text)
    save_form(dialog)


def states(page: ContactsPage) -> list[tuple[str, str]]:
    model = page.table.model
    return [
        (model.data(model.index(r, 0)), model.data(model.index(r, 1)))
        for r in range(model.rowCount())
    ]


def test_pasted_card_becomes_a_contact_listed_as_not_verified(people) -> None:
    desk, bashir = people
    page = desk.ws.contacts
    assert page.table.stack.currentWidget() is page.table.empty  # the empty state explains
    import_pasted(page, contacts.my_card_text(bashir.vault))
    assert page.import_dialog is None  # closed
    assert states(page) == [("Bashir", UNVERIFIED)]
    assert page.current is not None and page.current.name == "Bashir"
    assert "Not verified" in page.details.state.text()
    assert page.details.verify_button.isVisibleTo(page)
    groups = identity.whoami(bashir.vault).fingerprint_groups
    assert page.details.fingerprint.text().split() == list(groups)


def test_card_file_is_imported_from_the_dialog(people, tmp_path: Path) -> None:
    desk, bashir = people
    card_file = contacts.export_card_file(bashir.vault, tmp_path / "bashir.qrcard")
    page = desk.ws.contacts
    page.import_card()
    dialog = page.import_dialog
    dialog.use_file(card_file)
    assert dialog.file_label.text() == "Card file: bashir.qrcard"
    save_form(dialog)
    assert states(page) == [("Bashir", UNVERIFIED)]


def test_text_that_is_not_a_card_is_refused_inline_and_nothing_is_imported(people) -> None:
    desk, _bashir = people
    page = desk.ws.contacts
    import_pasted(page, "quietroom-card:AAAAnot-a-real-card")
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()  # stays open to correct
    assert dialog.error.isVisible() and dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert contacts.list_contacts(desk.session.vault) == []
    dialog.reject()


def test_a_huge_file_is_not_taken_for_a_card(people, tmp_path: Path) -> None:
    desk, _bashir = people
    big = tmp_path / "big.qrcard"
    big.write_bytes(b"q" * (1024 * 1024))
    page = desk.ws.contacts
    page.import_card()
    dialog = page.import_dialog
    dialog.use_file(big)
    assert "too large" in dialog.error.text()
    dialog.reject()


def test_verification_needs_every_group_to_match_and_a_confirmation(
    qtbot, people, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk, bashir = people
    page = desk.ws.contacts
    import_pasted(page, contacts.my_card_text(bashir.vault))
    page.details.verify_button.click()
    check = page.verify_dialog
    heard = list(identity.whoami(bashir.vault).fingerprint_groups)

    check.set_heard(" ".join(heard[:6]))  # half read out so far
    assert not check.verify_button.isEnabled()
    assert check.summary.text() == "Fill in all twelve groups to compare."

    wrong = list(heard)
    wrong[2] = f"{(int(wrong[2]) + 1) % 100000:05d}"
    check.set_heard(" ".join(wrong))
    assert not check.verify_button.isEnabled()
    assert check.marks[2].text() == DIFFERS and check.marks[0].text() == MATCH
    assert check.summary.text().startswith("Group 3 does not match. Do not verify")

    check.set_heard("-".join(heard))  # read out with dashes: still the same digits
    assert check.verify_button.isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    check.verify_button.click()
    assert asked == ["Mark as verified"]
    assert check.isVisible()  # said No: nothing changed
    assert not contacts.list_contacts(desk.session.vault)[0].verified

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    check.verify_button.click()
    assert check.is_saving and check.isVisible()  # written on the window's writer thread
    qtbot.waitUntil(lambda: not check.is_saving)
    assert page.verify_dialog is None
    assert contacts.list_contacts(desk.session.vault)[0].verified
    assert states(page) == [("Bashir", VERIFIED)]
    assert page.details.state.text().startswith("✓ Verified on")


def test_withdrawing_verification_is_confirmed_first(qtbot, people, monkeypatch) -> None:
    desk, bashir = people
    view = contacts.import_card(desk.session.vault, contacts.my_card_text(bashir.vault))
    contacts.set_verified(desk.session.vault, view.contact.id)
    page = desk.ws.contacts
    page.reload()
    page.show_contact(view.contact.id)
    assert page.details.unverify_button.isVisibleTo(page)
    answer(monkeypatch, QMessageBox.StandardButton.No)
    page.details.unverify_button.click()
    assert states(page) == [("Bashir", VERIFIED)]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.details.unverify_button.click()
    settled(qtbot, desk.session)
    assert states(page) == [("Bashir", UNVERIFIED)]


def test_own_card_shows_our_fingerprint_and_copies_the_card_text(people) -> None:
    desk, _bashir = people
    page = desk.ws.contacts
    me = identity.whoami(desk.session.vault)
    assert page.own_card.name.text() == me.display_name
    assert page.own_card.fingerprint.text().split() == list(me.fingerprint_groups)
    assert not page.own_card.qr.pixmap().isNull()
    page.own_card.copy_button.click()
    assert QGuiApplication.clipboard().text() == contacts.my_card_text(desk.session.vault)


def test_locking_empties_the_contacts_page(people) -> None:
    desk, bashir = people
    page = desk.ws.contacts
    import_pasted(page, contacts.my_card_text(bashir.vault))
    page.details.verify_button.click()
    assert page.verify_dialog is not None
    desk.session.lock("user")
    assert page.table.model.rowCount() == 0
    assert page.current is None and page.details.name.text() == ""
    assert page.details.fingerprint.text() == ""
    assert page.own_card.fingerprint.text() == "" and page.own_card.qr.pixmap().isNull()
    assert page.verify_dialog is None
