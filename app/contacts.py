"""Contacts: our own card out (file, text, QR code), other people's cards in, verification.

A contact is a person whose keys we hold: importing a card links it to an existing person or
creates one. A contact stays *unverified* until the user compares fingerprints (in person or
by a call) and says so; every view that uses a contact shows that state.

When a card arrives with other keys for a contact we know (docs/need-to-know.md), the contact
becomes *key changed*: its old keys stay in use for nothing but reading, the new ones wait
beside them, and nothing is sealed to it until the user compares the new fingerprint and
accepts the change (:func:`accept_key_change`) or rejects it (:func:`reject_key_change`).
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import segno

from app.errors import AppError, InvalidInput, translated
from app.vault import OpenVault
from crypto import card as cards
from crypto.errors import CryptoError
from crypto.identity import PublicIdentity, fingerprint_groups
from storage import audit
from storage import contacts as store
from storage import ledger as ledger_store
from storage import records as rec
from storage.atomic import atomic_write_bytes
from storage.db import Database
from storage.ledger import KeyChange
from storage.models import Contact

#: contact states, as the UI and the CLI name them
VERIFIED, UNVERIFIED, KEY_CHANGED = "verified", "unverified", "key changed"

__all__ = [
    "Contact",
    "ContactView",
    "KeyChange",
    "accept_key_change",
    "export_card_file",
    "export_card_qr",
    "get_contact",
    "import_card",
    "list_contacts",
    "my_card",
    "my_card_text",
    "reject_key_change",
    "set_verified",
]

CARD_FILE_SUFFIX = ".qrcard"


@dataclass(frozen=True)
class ContactView:
    """A contact with what the UI and the CLI show for it."""

    contact: Contact
    name: str  # the linked person's name in this vault
    fingerprint: str
    fingerprint_groups: tuple[str, ...]
    key_change: KeyChange | None = None  # a card with other keys, waiting for the user

    @property
    def verified(self) -> bool:
        """Verified and no key change waiting: safe to seal to."""
        return self.contact.verified and self.key_change is None

    @property
    def state(self) -> str:
        """``verified``, ``unverified`` or ``key changed``."""
        if self.key_change is not None:
            return KEY_CHANGED
        return VERIFIED if self.contact.verified else UNVERIFIED

    @property
    def new_fingerprint_groups(self) -> tuple[str, ...]:
        """The fingerprint of the keys the new card carries (empty without a key change)."""
        if self.key_change is None:
            return ()
        change = self.key_change
        return tuple(fingerprint_groups(PublicIdentity(change.new_x25519, change.new_ed25519)))


def _view(vault: OpenVault, contact: Contact) -> ContactView:
    db = vault.storage.db
    person = rec.get(db, rec.PEOPLE, contact.person_id)
    public = PublicIdentity(contact.x25519, contact.ed25519)
    return ContactView(
        contact,
        person.name,
        public.fingerprint(),
        tuple(fingerprint_groups(public)),
        ledger_store.open_key_change(db, contact.id),
    )


def my_card(vault: OpenVault) -> bytes:
    """Our signed card (stable: dated by the identity's creation)."""
    with translated():
        name, identity, created = vault.storage.identity_record()
    stamp = int(datetime.fromisoformat(created).timestamp())
    return cards.make_card(identity, name, stamp)


def my_card_text(vault: OpenVault) -> str:
    """Our card as one line of text to paste into a message."""
    return cards.card_to_text(my_card(vault))


def export_card_file(vault: OpenVault, destination: Path) -> Path:
    """Write our card (text form) to a file; a folder gets ``<fingerprint start>.qrcard``."""
    text = my_card_text(vault)
    if destination.is_dir():
        groups = fingerprint_groups(_my_public(vault))
        destination = destination / f"quietroom-card-{groups[0]}{groups[1]}{CARD_FILE_SUFFIX}"
    try:
        with translated():
            atomic_write_bytes(destination, (text + "\n").encode("ascii"), mode=0o644)
    except AppError as exc:
        raise InvalidInput("cannot write the card: {reason}", reason=exc.message) from None
    return destination


def clean_name(untrusted: str) -> str:
    """A name from someone else's card or packet, safe to show: control and format characters
    (terminal escapes, bidirectional overrides that reorder what is displayed) removed."""
    kept = "".join(ch for ch in untrusted if unicodedata.category(ch) not in ("Cc", "Cf"))
    return " ".join(kept.split()) or "(no name)"


def export_card_qr(vault: OpenVault, destination: Path, scale: int = 6) -> Path:
    """Our card as a QR code image (.png or .svg, by the file's suffix)."""
    if destination.suffix.lower() not in (".png", ".svg"):
        raise InvalidInput("the QR code file must end in .png or .svg")
    qr = segno.make(my_card_text(vault), error="m", micro=False)
    image = io.BytesIO()
    qr.save(image, kind=destination.suffix.lower()[1:], scale=scale, border=4)
    try:
        with translated():
            atomic_write_bytes(destination, image.getvalue(), mode=0o644)
    except AppError as exc:
        raise InvalidInput("cannot write the QR code image: {reason}", reason=exc.message) from None
    return destination


def _my_public(vault: OpenVault) -> PublicIdentity:
    with translated():
        return vault.storage.identity()[1].public


def read_card_input(untrusted: bytes | str) -> bytes:
    """A binary card from pasted text, a text file's bytes, or a binary card."""
    if isinstance(untrusted, bytes):
        if untrusted.startswith(cards.MAGIC):
            return untrusted
        try:
            untrusted = untrusted.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput("this file is not a Quietroom contact card") from None
    try:
        return cards.card_from_text(untrusted)
    except CryptoError as exc:
        raise InvalidInput(exc.message) from None


def import_card(
    vault: OpenVault,
    untrusted: bytes | str,
    person_id: int | None = None,
    from_contact_id: int | None = None,
) -> ContactView:
    """Add the card's holder as an unverified contact (linked to ``person_id`` or a new person).

    Importing a card we already hold changes nothing. A card with other keys for a contact we
    know (the contact ``person_id`` or ``from_contact_id`` names, or the one with the same card
    name) makes that contact *key changed*: the new keys are kept beside the old ones until the
    user decides. A card that shares one key with a known contact but not the other is refused:
    a real key change replaces both keys, so such a card can only be forged.
    """
    data = read_card_input(untrusted)
    try:
        card = cards.parse_card(data)
    except CryptoError as exc:
        raise InvalidInput(exc.message) from None
    mine = _my_public(vault)
    if card.public == mine:
        raise InvalidInput("this is your own card")
    if card.public.x25519 == mine.x25519 or card.public.ed25519 == mine.ed25519:
        raise InvalidInput("this card carries one of your own keys with another: it is forged")
    name = clean_name(card.name)
    keys = (card.public.x25519, card.public.ed25519)
    with translated(), vault.storage.db.transaction() as db:
        same = store.find_contact_by_keys(db, *keys)
        if same is not None:
            return _view(vault, same)
        clash = store.find_contact_by_any_key(db, *keys)
        if clash is not None:
            raise InvalidInput(
                "a contact already holds one of this card's keys but not the other; "
                "the keys changed: compare fingerprints before trusting it"
            )
        pending = ledger_store.find_open_change_by_new_keys(db, *keys)
        if pending is not None:
            return _view(vault, store.get_contact(db, pending.contact_id))
        known = _known_holder(db, name, person_id, from_contact_id)
        if known is not None:
            ledger_store.record_key_change(
                db, known.id, (known.x25519, known.ed25519), keys, data, name
            )
            audit.append(db, vault.storage.audit_key, "contact.key_changed", subject=known.uid)
            return _view(vault, known)
        if person_id is None:
            person = rec.insert(db, rec.PEOPLE, {"name": name})
            person_id = person.id
        else:
            rec.get(db, rec.PEOPLE, person_id)
        contact = store.insert_contact(db, person_id, name, *keys, data)
        audit.append(db, vault.storage.audit_key, "contact.imported", subject=contact.uid)
        return _view(vault, contact)


def _known_holder(
    db: Database, name: str, person_id: int | None, from_contact_id: int | None
) -> Contact | None:
    """The contact a card with new keys speaks for, if any."""
    if from_contact_id is not None:
        return store.get_contact(db, from_contact_id)
    if person_id is not None:
        return store.find_contact_by_person(db, person_id)
    for contact in store.list_contacts(db):
        if contact.card_name.casefold() == name.casefold():
            return contact
    return None


def accept_key_change(
    vault: OpenVault, contact_id: int, fingerprint: str | None = None
) -> ContactView:
    """The user compared the NEW fingerprint with the contact: the new keys replace the old
    ones (which stay recorded in the change) and the contact is verified again.

    ``fingerprint``, when given (the digits the contact read out), must match the new keys.
    """
    with translated(), vault.storage.db.transaction() as db:
        contact = store.get_contact(db, contact_id)
        change = ledger_store.open_key_change(db, contact_id)
        if change is None:
            raise InvalidInput("this contact's keys have not changed")
        if fingerprint is not None:
            expected = PublicIdentity(change.new_x25519, change.new_ed25519).fingerprint()
            if _digits(fingerprint) != _digits(expected):
                raise InvalidInput(
                    "that fingerprint does not match the new keys; the change was not accepted"
                )
        ledger_store.replace_contact_keys(
            db,
            contact_id,
            change.new_x25519,
            change.new_ed25519,
            change.new_card,
            change.new_card_name,
        )
        ledger_store.resolve_key_change(db, change.id, "accepted")
        audit.append(db, vault.storage.audit_key, "contact.key_change_accepted", contact.uid)
        return _view(vault, store.get_contact(db, contact_id))


def reject_key_change(vault: OpenVault, contact_id: int) -> ContactView:
    """Discard the new keys; the contact keeps its old keys and its verification state."""
    with translated(), vault.storage.db.transaction() as db:
        contact = store.get_contact(db, contact_id)
        change = ledger_store.open_key_change(db, contact_id)
        if change is None:
            raise InvalidInput("this contact's keys have not changed")
        ledger_store.resolve_key_change(db, change.id, "rejected")
        audit.append(db, vault.storage.audit_key, "contact.key_change_rejected", contact.uid)
        return _view(vault, contact)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def list_contacts(vault: OpenVault) -> list[ContactView]:
    with translated():
        return [_view(vault, c) for c in store.list_contacts(vault.storage.db)]


def get_contact(vault: OpenVault, contact_id: int) -> ContactView:
    with translated():
        return _view(vault, store.get_contact(vault.storage.db, contact_id))


def contact_for_person(vault: OpenVault, person_id: int) -> ContactView | None:
    with translated():
        found = store.find_contact_by_person(vault.storage.db, person_id)
        return _view(vault, found) if found else None


def set_verified(vault: OpenVault, contact_id: int, verified: bool = True) -> ContactView:
    """Record that the user compared this contact's fingerprint (an explicit act only).

    While a key change waits, verifying is refused: the user must compare the NEW fingerprint
    and accept the change (:func:`accept_key_change`)."""
    with translated(), vault.storage.db.transaction() as db:
        if verified and ledger_store.open_key_change(db, contact_id) is not None:
            raise InvalidInput(
                "this contact's keys changed: compare the new fingerprint and accept the "
                "change instead"
            )
        contact = store.set_verified(db, contact_id, verified)
        audit.append(
            db,
            vault.storage.audit_key,
            "contact.verified" if verified else "contact.unverified",
            contact.uid,
        )
        return _view(vault, contact)
