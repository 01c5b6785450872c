"""Contacts: the people whose keys you hold, their verification state, and your own card."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import contacts
from app.contacts import ContactView
from app.errors import AppError
from ui.common import writing
from ui.common.card_view import CardView
from ui.common.errors import describe
from ui.common.list_page import PageHeader, RecordTable
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.contacts.import_dialog import ImportCardDialog
from ui.contacts.verify import VerifyDialog
from ui.i18n import QT_TRANSLATE_NOOP, ltr, translate

VERIFIED = QT_TRANSLATE_NOOP("Labels", "Verified")
UNVERIFIED = QT_TRANSLATE_NOOP("Labels", "Not verified")
KEY_CHANGED = QT_TRANSLATE_NOOP("Labels", "⚠ Keys changed")


def state_text(contact: ContactView) -> str:
    if contact.key_change is not None:
        return translate("Labels", KEY_CHANGED)
    if contact.verified:
        return translate("Labels", VERIFIED)
    return translate("Labels", UNVERIFIED)


def _fingerprint_lines(groups: tuple[str, ...]) -> str:
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def short_fingerprint(contact: ContactView) -> str:
    return " ".join(contact.fingerprint_groups[:2])


class ContactDetails(QFrame):
    """The chosen contact: state, full fingerprint, and the verification actions."""

    def __init__(self) -> None:
        super().__init__()
        set_role(self, "card")
        self.setMinimumWidth(300)
        self.name = QLabel("")
        set_role(self.name, "heading")
        self.name.setWordWrap(True)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        caption = QLabel(self.tr("Fingerprint on their card"))
        set_role(caption, "muted")
        self.fingerprint = QLabel("")
        set_role(self.fingerprint, "fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Contact fingerprint"))
        self.verify_button = QPushButton(self.tr("Compare fingerprints…"))
        set_role(self.verify_button, "primary")
        self.unverify_button = QPushButton(self.tr("Withdraw verification…"))
        # a key change: the new fingerprint beside the old one, like a safety-number change
        self.new_caption = QLabel(self.tr("NEW fingerprint on the card that just arrived"))
        set_role(self.new_caption, "warn")
        self.new_fingerprint = QLabel("")
        set_role(self.new_fingerprint, "fingerprint")
        self.new_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_fingerprint.setAccessibleName(self.tr("New contact fingerprint"))
        self.accept_keys_button = QPushButton(self.tr("New fingerprint matches: accept…"))
        set_role(self.accept_keys_button, "primary")
        self.reject_keys_button = QPushButton(self.tr("Keep the old keys"))
        self.caption = caption
        self.empty = QLabel(self.tr("Choose a contact to see their fingerprint and verify it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        set_role(self.empty, "muted")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name)
        body.addWidget(self.state)
        body.addSpacing(8)
        body.addWidget(caption)
        body.addWidget(self.fingerprint)
        body.addWidget(self.new_caption)
        body.addWidget(self.new_fingerprint)
        body.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.unverify_button)
        buttons.addWidget(self.accept_keys_button)
        buttons.addWidget(self.reject_keys_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)
        self.show_contact(None)

    def show_contact(self, contact: ContactView | None) -> None:
        self.body.setVisible(contact is not None)
        self.empty.setVisible(contact is None)
        if contact is None:
            self.name.clear()
            self.state.clear()
            self.fingerprint.clear()
            self.new_fingerprint.clear()
            return
        self.name.setText(contact.name)
        self.fingerprint.setText(_fingerprint_lines(contact.fingerprint_groups))
        changed = contact.key_change is not None
        self.caption.setText(
            self.tr("OLD fingerprint (the keys you had)")
            if changed
            else self.tr("Fingerprint on their card")
        )
        self.new_caption.setVisible(changed)
        self.new_fingerprint.setVisible(changed)
        self.new_fingerprint.setText(_fingerprint_lines(contact.new_fingerprint_groups))
        self.accept_keys_button.setVisible(changed)
        self.reject_keys_button.setVisible(changed)
        if changed:
            self.state.setText(
                self.tr(
                    "⚠ Keys changed. A card with other keys arrived for this contact. Nothing is "
                    "sealed to them until you compare the NEW fingerprint with them (in person or "
                    "by voice) and accept it. If they did not change keys, keep the old ones."
                )
            )
            set_role(self.state, "warn")
            self.verify_button.hide()
            self.unverify_button.hide()
            return
        if contact.verified:
            stamp = (contact.contact.verified_at or "")[:10]
            self.state.setText(
                self.tr("✓ Verified on {stamp}: you compared this fingerprint.").format(
                    stamp=ltr(stamp)
                )
            )
            set_role(self.state, "ok")
        else:
            self.state.setText(
                self.tr(
                    "⚠ Not verified. Compare this fingerprint with them (in person or by voice) "
                    "before you trust packets from them or send them anything sensitive."
                )
            )
            set_role(self.state, "warn")
        self.verify_button.setVisible(not contact.verified)
        self.unverify_button.setVisible(contact.verified)


class ContactsPage(QWidget):
    #: contacts were added or their state changed (payload: nothing).
    changed = Signal()

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.header = PageHeader(
            self.tr("Contacts"),
            self.tr(
                "People whose keys you hold. A contact stays unverified until you compare "
                "fingerprints with them."
            ),
        )
        self.header.add_action(self.tr("Import a card…"), primary=True).clicked.connect(
            self.import_card
        )
        self.table = RecordTable(
            [
                (self.tr("Name"), lambda c: c.name),
                (self.tr("State"), state_text),
                (self.tr("Fingerprint starts"), short_fingerprint),
                (self.tr("Added"), lambda c: c.contact.created_at[:10]),
            ],
            self.tr(
                "No contacts yet. Import the card of someone you work with (a file or pasted "
                "text), then compare fingerprints with them."
            ),
            self.tr("Contacts"),
        )
        self.table.chosen.connect(self._chosen)
        self.details = ContactDetails()
        self.details.verify_button.clicked.connect(self.verify_current)
        self.details.unverify_button.clicked.connect(self.unverify_current)
        self.details.accept_keys_button.clicked.connect(self.accept_new_keys)
        self.details.reject_keys_button.clicked.connect(self.keep_old_keys)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        own_heading = QLabel(self.tr("Your card"))
        set_role(own_heading, "heading")
        own_hint = QLabel(
            self.tr(
                "Give this to the people you work with: as a file, as text, or as the QR code. "
                "They compare the fingerprint with you before trusting it."
            )
        )
        own_hint.setWordWrap(True)
        set_role(own_hint, "muted")
        self.own_card = CardView(copy=session.copy_text)
        own = QFrame()
        set_role(own, "card")
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(14, 12, 14, 12)
        own_layout.addWidget(own_heading)
        own_layout.addWidget(own_hint)
        own_layout.addWidget(self.own_card)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addWidget(own)
        self.current: ContactView | None = None
        self.import_dialog: ImportCardDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        session.locked.connect(self._locked)

    # Slots return None (PySide6 6.12).
    def _locked(self, _reason: str) -> None:
        self.clear()

    def clear(self) -> None:
        for dialog in (self.import_dialog, self.verify_dialog):
            if dialog is not None:
                dialog.reject()
        self.table.clear()
        self.details.show_contact(None)
        self.own_card.clear()
        self.current = None
        self.status.clear()
        self.status.hide()

    def reload(self) -> None:
        vault = self.session.vault
        chosen = self.current.contact.id if self.current else None
        rows = contacts.list_contacts(vault)
        self.table.set_rows(rows)
        self.current = None
        self.details.show_contact(None)
        if chosen is not None:
            self.show_contact(chosen)
        self.own_card.show_card(contacts.my_card_text(vault), vault)

    def show_contact(self, contact_id: int) -> None:
        self.table.select_where(lambda c: c.contact.id == contact_id)

    def _chosen(self, contact: ContactView) -> None:
        self.current = contact
        self.details.show_contact(contact)

    def _say(self, text: str, role: str = "muted") -> None:
        self.status.setText(text)
        set_role(self.status, role)
        self.status.show()

    # -- actions ---------------------------------------------------------------------------

    def import_card(self) -> None:
        """Open the import dialog (window-modal; the page updates when it is accepted)."""
        dialog = ImportCardDialog(self.session.vault, self)
        self.import_dialog = dialog
        dialog.accepted.connect(self._import_accepted)
        dialog.finished.connect(self._import_closed)
        dialog.open()

    def _import_accepted(self) -> None:
        if self.import_dialog is not None and self.import_dialog.result_record is not None:
            self.after_import(self.import_dialog.result_record)

    def _import_closed(self, _result: int) -> None:
        self.import_dialog = None

    def after_import(self, contact: ContactView) -> None:
        self.reload()
        self.show_contact(contact.contact.id)
        if contact.key_change is not None:
            self._say(
                self.tr(
                    "⚠ {name}'s keys changed. Nothing will be sealed to them until you compare "
                    "the new fingerprint with them and accept it."
                ).format(name=contact.name),
                "warn",
            )
            self.changed.emit()
            return
        self._say(
            self.tr(
                "{name} is a contact now, not verified yet. Compare fingerprints with them before "
                "you rely on it."
            ).format(name=contact.name),
            "warn" if not contact.verified else "ok",
        )
        self.changed.emit()

    def verify_current(self) -> None:
        if self.current is None:
            return
        dialog = VerifyDialog(self.session.vault, self.current, self)
        self.verify_dialog = dialog
        dialog.accepted.connect(self._verify_accepted)
        dialog.finished.connect(self._verify_closed)
        dialog.open()

    def _verify_accepted(self) -> None:
        if self.verify_dialog is not None and self.verify_dialog.result_contact is not None:
            self.after_verify(self.verify_dialog.result_contact)

    def _verify_closed(self, _result: int) -> None:
        self.verify_dialog = None

    def after_verify(self, contact: ContactView) -> None:
        self.reload()
        self.show_contact(contact.contact.id)
        self._say(self.tr("{name} is verified.").format(name=contact.name), "ok")
        self.changed.emit()

    def accept_new_keys(self) -> None:
        contact = self.current
        if contact is None or contact.key_change is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Accept the new keys"),
            self.tr(
                "Did {name} read you the NEW fingerprint, digit for digit, in person or by a "
                "voice you recognise? Only then accept it."
            ).format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._resolve_key_change(contact, accept=True)

    def keep_old_keys(self) -> None:
        contact = self.current
        if contact is None or contact.key_change is None:
            return
        self._resolve_key_change(contact, accept=False)

    def _resolve_key_change(self, contact: ContactView, accept: bool) -> None:
        resolve = contacts.accept_key_change if accept else contacts.reject_key_change
        then = partial(self._key_change_resolved, contact, accept)
        writing.write(
            self,
            self.session,
            resolve,
            self.session.vault,
            contact.contact.id,
            then=then,
            refused=self._not_changed,
        )

    def _not_changed(self, error: AppError) -> None:
        self._say(self.tr("Not changed: {exc}.").format(exc=describe(error)), "error")

    def _key_change_resolved(self, contact: ContactView, accept: bool, _result: object) -> None:
        self.reload()
        self.show_contact(contact.contact.id)
        if accept:
            self._say(
                self.tr("{name}'s new keys are accepted and verified.").format(name=contact.name),
                "ok",
            )
        else:
            self._say(
                self.tr("{name} keeps the old keys; the new card was discarded.").format(
                    name=contact.name
                ),
                "ok",
            )
        self.changed.emit()

    def unverify_current(self) -> None:
        contact = self.current
        if contact is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw verification"),
            self.tr(
                "Mark {name} as not verified? Do this if you doubt the card is theirs; you can "
                "compare fingerprints again later."
            ).format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        writing.write(
            self,
            self.session,
            contacts.set_verified,
            self.session.vault,
            contact.contact.id,
            False,
            then=partial(self._unverified, contact),
            refused=self._not_changed,
        )

    def _unverified(self, contact: ContactView, _result: object) -> None:
        self.reload()
        self.show_contact(contact.contact.id)
        self._say(self.tr("{name} is no longer verified.").format(name=contact.name), "warn")
        self.changed.emit()
