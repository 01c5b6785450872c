"""Contacts: our own card out (file, text, QR code), other people's cards in, verification.

A contact is a person whose keys we hold: importing a card links it to an existing person or
creates one. A contact stays *unverified* until the user compares fingerprints (in person or
by a call) and says so; every view that uses a contact shows that state.
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
from storage import records as rec
from storage.atomic import atomic_write_bytes
from storage.models import Contact

__all__ = [
    "Contact",
    "ContactView",
    "export_card_file",
    "export_card_qr",
    "get_contact",
    "import_card",
    "list_contacts",
    "my_card",
    "my_card_text",
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

    @property
    def verified(self) -> bool:
        return self.contact.verified


def _view(vault: OpenVault, contact: Contact) -> ContactView:
    person = rec.get(vault.storage.db, rec.PEOPLE, contact.person_id)
    public = PublicIdentity(contact.x25519, contact.ed25519)
    return ContactView(
        contact, person.name, public.fingerprint(), tuple(fingerprint_groups(public))
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
        raise InvalidInput(f"cannot write the card: {exc}") from None
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
        raise InvalidInput(f"cannot write the QR code image: {exc}") from None
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
        raise InvalidInput(str(exc)) from None


def import_card(
    vault: OpenVault, untrusted: bytes | str, person_id: int | None = None
) -> ContactView:
    """Add the card's holder as an unverified contact (linked to ``person_id`` or a new person).

    Importing a card we already hold changes nothing. A card that shares one key with a known
    contact but not the other is refused: keys changed, which needs the user's attention.
    """
    data = read_card_input(untrusted)
    try:
        card = cards.parse_card(data)
    except CryptoError as exc:
        raise InvalidInput(str(exc)) from None
    mine = _my_public(vault)
    if card.public == mine:
        raise InvalidInput("this is your own card")
    if card.public.x25519 == mine.x25519 or card.public.ed25519 == mine.ed25519:
        raise InvalidInput("this card carries one of your own keys with another: it is forged")
    name = clean_name(card.name)
    with translated(), vault.storage.db.transaction() as db:
        same = store.find_contact_by_keys(db, card.public.x25519, card.public.ed25519)
        if same is not None:
            return _view(vault, same)
        clash = store.find_contact_by_any_key(db, card.public.x25519, card.public.ed25519)
        if clash is not None:
            raise InvalidInput(
                "a contact already holds one of this card's keys but not the other; "
                "the keys changed: compare fingerprints before trusting it"
            )
        if person_id is None:
            person = rec.insert(db, rec.PEOPLE, {"name": name})
            person_id = person.id
        else:
            rec.get(db, rec.PEOPLE, person_id)
            existing = store.find_contact_by_person(db, person_id)
            if existing is not None:
                raise InvalidInput("that person already has a contact card with other keys")
        contact = store.insert_contact(
            db, person_id, name, card.public.x25519, card.public.ed25519, data
        )
        audit.append(db, vault.storage.audit_key, "contact.imported", subject=contact.uid)
        return _view(vault, contact)


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
    """Record that the user compared this contact's fingerprint (an explicit act only)."""
    with translated(), vault.storage.db.transaction() as db:
        contact = store.set_verified(db, contact_id, verified)
        audit.append(
            db,
            vault.storage.audit_key,
            "contact.verified" if verified else "contact.unverified",
            contact.uid,
        )
        return _view(vault, contact)
