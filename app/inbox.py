"""Receiving packets: look inside one (who sent it, to whom, verified or not) and import it.

Nothing is kept unless every check passes: our slot opens, the signed recipient list names us,
the sender is a known contact, the content has the declared shape and size, and the sender's
signature verifies. The import runs in one transaction that is rolled back on any failure.
Importing the same packet twice does nothing the second time.

After a paper, note or revision is stored, an acknowledgement goes back to the sender through
the exchange folder if the user allows it (:mod:`app.ledger`); an incoming acknowledgement
marks our ledger. A card packet speaks for its sender: other keys in it make the sender
"key changed" (:func:`app.contacts.import_card`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app import drafts, ledger
from app.contacts import clean_name, import_card
from app.errors import Cancelled, InvalidInput, UnknownSender, translated
from app.papers import safe_file_name
from app.records import NOTE_KINDS
from app.sharing import CARD_MEDIA_TYPE, NOTE_MEDIA_TYPE
from app.vault import OpenVault
from crypto import packet
from crypto.errors import Message, os_reason
from crypto.identity import PublicIdentity
from storage import audit
from storage import contacts as store
from storage import ledger as ledger_store
from storage import papers as paper_store
from storage import records as rec
from storage.db import Database
from storage.models import Contact, Paper

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
MAX_SMALL_ITEM = 16 * 1024 * 1024


@dataclass(frozen=True)
class Party:
    """A sender or recipient as we know them: our contact, ourselves, or only a fingerprint."""

    name: str
    fingerprint: str
    is_me: bool
    contact_id: int | None
    verified: bool


@dataclass(frozen=True)
class PacketInfo:
    """What a packet says about itself, once its signature has been checked."""

    packet_id: str
    kind: str
    title: str
    file_name: str
    media_type: str
    size: int
    sealed_at: str
    sender: Party
    recipients: tuple[Party, ...]
    already_imported: bool


@dataclass(frozen=True)
class Imported:
    """The outcome of an import: what was stored (or that it already was)."""

    info: PacketInfo
    duplicate: bool
    item_kind: str
    item_id: int | None
    ack_path: Path | None = None  # the acknowledgement written to the exchange folder, if any


def _party(db: Database, me: PublicIdentity, key: PublicIdentity, claimed: str) -> Party:
    if key == me:
        return Party("you", key.fingerprint(), True, None, True)
    found = store.find_contact_by_keys(db, key.x25519, key.ed25519)
    if found is None:
        return Party(clean_name(claimed), key.fingerprint(), False, None, False)
    person = rec.get(db, rec.PEOPLE, found.person_id)
    return Party(person.name, key.fingerprint(), False, found.id, found.verified)


def _info(vault: OpenVault, manifest: packet.Manifest) -> PacketInfo:
    db = vault.storage.db
    me = vault.storage.identity()[1].public
    return PacketInfo(
        packet_id=manifest.packet_id,
        kind=manifest.kind,
        title=clean_name(manifest.title) if manifest.title else "",
        file_name=safe_file_name(manifest.file_name),
        media_type=manifest.media_type,
        size=manifest.size,
        sealed_at=manifest.created_at,
        sender=_party(db, me, manifest.sender, manifest.sender_name),
        recipients=tuple(_party(db, me, r, "(not a contact)") for r in manifest.recipients),
        already_imported=store.packet_known(db, manifest.packet_id),
    )


def _open(vault: OpenVault, source: BinaryIO) -> packet.PacketReader:
    with translated():
        identity = vault.storage.identity()[1]
        return packet.PacketReader(source, identity)


def _guarded(
    chunks: Iterator[bytes], total: int, progress: Progress | None, is_cancelled: IsCancelled | None
) -> Iterator[bytes]:
    done = 0
    with translated():
        for block in chunks:
            if is_cancelled and is_cancelled():
                raise Cancelled("the import was cancelled; nothing was stored")
            done += len(block)
            if progress:
                progress(done, total)
            yield block


def inspect_packet(vault: OpenVault, path: Path, progress: Progress | None = None) -> PacketInfo:
    """Check a packet completely (signature included) and say what it is; store nothing."""
    with _read(path) as source:
        reader = _open(vault, source)
        for _ in _guarded(reader.chunks(), reader.untrusted_manifest.size, progress, None):
            pass
        with translated():
            return _info(vault, reader.untrusted_manifest)


def _read(path: Path) -> BinaryIO:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InvalidInput(
            "cannot read '{name}': {reason}", name=path.name, reason=os_reason(exc)
        ) from None


def _sender_contact(vault: OpenVault, manifest: packet.Manifest) -> Contact:
    db = vault.storage.db
    found = store.find_contact_by_keys(db, manifest.sender.x25519, manifest.sender.ed25519)
    if found is None:
        fingerprint = manifest.sender.fingerprint()
        pending = ledger_store.find_open_change_by_new_keys(
            db, manifest.sender.x25519, manifest.sender.ed25519
        )
        if pending is not None:
            name = rec.get(db, rec.PEOPLE, store.get_contact(db, pending.contact_id).person_id)
            raise UnknownSender(
                Message(
                    "this packet is signed with the new keys of {name}, whose key change "
                    "you have not accepted yet: compare the new fingerprint with them first",
                    name=name.name,
                ),
                clean_name(manifest.sender_name),
                fingerprint,
            )
        raise UnknownSender(
            Message(
                "this packet comes from someone who is not among your contacts (it says "
                "'{name}'); import their card and compare the fingerprint first",
                name=clean_name(manifest.sender_name),
            ),
            clean_name(manifest.sender_name),
            fingerprint,
        )
    return found


def import_packet(
    vault: OpenVault,
    path: Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Imported:
    """Verify and store a packet's item; a second import of the same packet stores nothing."""
    with _read(path) as source:
        reader = _open(vault, source)
        manifest = reader.untrusted_manifest
        with translated():
            me = vault.storage.identity()[1].public
            if store.packet_known(vault.storage.db, manifest.packet_id):
                # Check it completely anyway: an altered copy of a known packet is refused,
                # not reported as "already imported".
                for _ in _guarded(reader.chunks(), manifest.size, progress, is_cancelled):
                    pass
                return Imported(_info(vault, manifest), True, "", None)
            if manifest.sender == me:
                raise InvalidInput("this is a packet you sealed yourself; it is already yours")
            sender = _sender_contact(vault, manifest)
        chunks = _guarded(reader.chunks(), manifest.size, progress, is_cancelled)

        def log(db: Database, item_kind: str, item_id: int | None) -> None:
            rows = [(r.x25519, r.ed25519, _contact_id(db, r)) for r in manifest.recipients]
            store.log_packet(
                db,
                manifest.packet_id,
                "in",
                manifest.kind,
                sender.id,
                item_kind,
                item_id,
                manifest.size,
                manifest.created_at,
                rows,
            )
            audit.append(
                db,
                vault.storage.audit_key,
                "packet.imported",
                subject=manifest.packet_id,
                detail=f"{manifest.kind} from {sender.uid}",
            )

        item_id: int | None
        with translated():
            if manifest.kind == "paper":
                # In batches, hidden until the signature (checked with the last chunk) holds:
                # the window's writes wait for one batch, not for the whole packet.
                paper = _store_paper(
                    vault.storage.db, manifest, chunks, lambda db, p: log(db, "paper", p.id)
                )
                item_kind, item_id = "paper", paper.id
            else:
                with vault.storage.db.transaction() as db:
                    item_kind, item_id = _store_item(vault, db, manifest, chunks)
                    log(db, item_kind, item_id)
            info = _info(vault, manifest)
    ack = ledger.acknowledge(vault, sender, manifest.kind, manifest.packet_id)
    return Imported(info, False, item_kind, item_id, ack)


def _contact_id(db: Database, key: PublicIdentity) -> int | None:
    found = store.find_contact_by_keys(db, key.x25519, key.ed25519)
    return found.id if found else None


def _small(manifest: packet.Manifest, chunks: Iterator[bytes]) -> bytes:
    if manifest.size > MAX_SMALL_ITEM:
        raise InvalidInput("this packet's item is too large for its kind")
    return b"".join(chunks)


def _store_paper(
    db: Database,
    manifest: packet.Manifest,
    chunks: Iterator[bytes],
    finish: paper_store.Finish,
) -> Paper:
    file_name = safe_file_name(manifest.file_name)
    title = clean_name(manifest.title or file_name or "Paper")
    return paper_store.store(db, title, file_name, manifest.media_type, None, chunks, finish=finish)


def _store_item(
    vault: OpenVault, db: Database, manifest: packet.Manifest, chunks: Iterator[bytes]
) -> tuple[str, int | None]:
    if manifest.kind == "note" and manifest.media_type == NOTE_MEDIA_TYPE:
        data = _note_fields(_small(manifest, chunks))
        note = rec.insert(db, rec.NOTES, data)
        return "note", note.id
    if manifest.kind == "card" and manifest.media_type == CARD_MEDIA_TYPE:
        sender = _sender_contact(vault, manifest)
        contact = import_card(vault, _small(manifest, chunks), from_contact_id=sender.id)
        return "contact", contact.contact.id
    if manifest.kind == "ack" and manifest.media_type == ledger.ACK_MEDIA_TYPE:
        row = ledger.import_ack(
            vault, db, manifest.sender, manifest.packet_id, _small(manifest, chunks)
        )
        return "ack", row
    if manifest.kind == "revision" and manifest.media_type == drafts.REVISIONS_MEDIA_TYPE:
        sender = _sender_contact(vault, manifest)
        outcome = drafts.import_revisions(vault, db, sender, _small(manifest, chunks))
        return "proposal", outcome.proposal_id
    raise InvalidInput(
        "this Quietroom cannot import packets of kind '{kind}' yet", kind=manifest.kind
    )


def _clean_title(untrusted: str) -> str:
    return clean_name(untrusted) if untrusted.strip() else ""


def _note_fields(untrusted: bytes) -> dict[str, object]:
    try:
        data = json.loads(untrusted.decode("utf-8"))
        fields: dict[str, object] = {
            "title": _clean_title(str(data["title"])[:500]),
            "body": str(data["body"]),
            "kind": str(data.get("kind", "general")),
            "attributable": 1 if data.get("attributable") is True else 0,
        }
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise InvalidInput("the note inside this packet is malformed") from None
    if fields["kind"] not in NOTE_KINDS:
        fields["kind"] = "general"
    return fields


#: the exchange-folder outcome remembered for a packet the user declined
DECLINED = "declined"


def _seen_key(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError as exc:
        raise InvalidInput(
            "cannot read '{name}': {reason}", name=path.name, reason=os_reason(exc)
        ) from None
    return path.name, stat.st_size, stat.st_mtime_ns


def decline_packet(vault: OpenVault, path: Path) -> None:
    """Remember that the user declined this file (same name, size and time); nothing is
    imported. A changed file counts as a new one."""
    key = _seen_key(path)
    with translated():
        store.remember_seen(vault.storage.db, *key, DECLINED)


def is_declined(vault: OpenVault, path: Path) -> bool:
    key = _seen_key(path)
    with translated():
        return store.seen_outcome(vault.storage.db, *key) == DECLINED
