"""Sharing: seal a paper, a note or our card to chosen contacts or a working group.

The packet file is written atomically (a hidden ``.part`` file renamed when complete), so an
exchange folder never shows a half-written packet. The sender is always a recipient, so it can
read what it sent. Every packet sealed is written to the ledger with its recipients.

Need-to-know (docs/need-to-know.md): nothing is sealed to a contact whose keys changed until
the user re-verifies it; a paper with compartments (working groups) is sealed beyond them only
with an explicit override, which the audit log records; person links in a note become code
names for recipients outside the linked person's working groups.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from app import codenames
from app.contacts import ContactView, get_contact, my_card
from app.errors import Cancelled, DiskFull, InvalidInput, translated
from app.papers import safe_file_name
from app.vault import OpenVault
from crypto import packet
from crypto.errors import Message, os_reason
from crypto.identity import PublicIdentity
from storage import audit
from storage import contacts as store
from storage import drafts as draft_store
from storage import errors as storage_errors
from storage import ledger as ledger_store
from storage import papers as paper_store
from storage import records as rec
from storage.atomic import fsync_dir
from storage.records import now

PACKET_SUFFIX = ".qrp"
NOTE_MEDIA_TYPE = "application/vnd.quietroom.note+json"
CARD_MEDIA_TYPE = "application/vnd.quietroom.card"

MAX_OVERRIDE_REASON = 500

#: progress(done_bytes, total_bytes)
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class OutsideCompartment(InvalidInput):
    """A paper would go to people outside the working groups allowed to receive it."""

    def __init__(self, message: str | Message, outsiders: tuple[str, ...], groups: tuple[str, ...]):
        super().__init__(message)
        self.outsiders = outsiders  # names of the recipients outside the compartment
        self.groups = groups  # names of the allowed working groups


class KeyChanged(InvalidInput):
    """A recipient's keys changed and the user has not re-verified them."""


_OVERRIDE: ContextVar[str | None] = ContextVar("compartment_override", default=None)


@contextmanager
def compartment_override(reason: str) -> Iterator[None]:
    """Within this block, sharing a paper beyond its compartments is allowed for ``reason``
    (the command line's ``--override-compartment``); each override is audited."""
    token = _OVERRIDE.set(reason)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


@dataclass(frozen=True)
class Recipients:
    """Who a packet will be sealed to, and who was left out for lack of a contact card."""

    contacts: tuple[ContactView, ...]
    without_card: tuple[str, ...]  # names of group members with no card

    @property
    def unverified(self) -> tuple[ContactView, ...]:
        return tuple(c for c in self.contacts if not c.verified)


@dataclass(frozen=True)
class SharedPacket:
    path: Path
    packet_id: str
    recipients: Recipients


def resolve_recipients(
    vault: OpenVault, group_id: int | None = None, contact_ids: Iterable[int] = ()
) -> Recipients:
    """Contacts of a working group's members plus any contacts named directly."""
    chosen: dict[int, ContactView] = {}
    missing: list[str] = []
    with translated():
        db = vault.storage.db
        if group_id is not None:
            group = rec.get_group(db, group_id)
            for person_id in group.member_ids:
                found = store.find_contact_by_person(db, person_id)
                if found is None:
                    missing.append(rec.get(db, rec.PEOPLE, person_id).name)
                else:
                    chosen[found.id] = get_contact(vault, found.id)
    for cid in contact_ids:
        chosen[cid] = get_contact(vault, cid)
    return Recipients(tuple(chosen.values()), tuple(missing))


def _destination(destination: Path, packet_id: str) -> Path:
    if destination.is_dir():
        return destination / f"{packet_id}{PACKET_SUFFIX}"
    if destination.exists():
        raise InvalidInput("'{name}' already exists; choose another name", name=destination.name)
    return destination


def _seal_to_file(
    vault: OpenVault,
    recipients: Recipients,
    destination: Path,
    kind: str,
    title: str,
    file_name: str,
    media_type: str,
    size: int,
    chunks: Iterable[bytes],
    links: dict[str, str],
    item: tuple[str, int | None],
    progress: Progress | None,
    is_cancelled: IsCancelled | None,
) -> SharedPacket:
    if not recipients.contacts:
        raise InvalidInput("choose at least one recipient who has a contact card")
    _refuse_changed_keys(vault, recipients)
    with translated():
        sender_name, identity, _ = vault.storage.identity_record()
    me = identity.public
    keys: list[PublicIdentity] = [me]
    keys += [PublicIdentity(c.contact.x25519, c.contact.ed25519) for c in recipients.contacts]
    manifest = packet.Manifest(
        packet_id=packet.new_packet_id(),
        created_at=now(),
        kind=kind,
        title=title,
        file_name=file_name,
        media_type=media_type,
        size=size,
        sender_name=sender_name,
        sender=me,
        recipients=tuple(dict.fromkeys(keys)),
        links=links,
    )
    final = _destination(destination, manifest.packet_id)
    tmp = final.parent / f".{final.name}.{secrets.token_hex(4)}.part"

    def guarded() -> Iterator[bytes]:
        for block in chunks:
            if is_cancelled and is_cancelled():
                raise Cancelled("sealing was cancelled; no packet was written")
            yield block

    try:
        with translated(), tmp.open("xb") as out:
            packet.seal(
                identity,
                manifest,
                guarded(),
                out.write,
                (lambda done: progress(done, size)) if progress else None,
            )
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull("not enough space for the packet; nothing was written") from None
        raise InvalidInput("cannot write the packet: {reason}", reason=os_reason(exc)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:
        _log_sealed(vault, manifest, recipients, item)
    except BaseException:
        final.unlink(missing_ok=True)  # no packet goes out that the ledger does not list
        raise
    return SharedPacket(final, manifest.packet_id, recipients)


def _refuse_changed_keys(vault: OpenVault, recipients: Recipients) -> None:
    """Read afresh from the vault: a view may predate the card that changed the keys."""
    with translated():
        db = vault.storage.db
        changed = [
            c.name
            for c in recipients.contacts
            if ledger_store.open_key_change(db, c.contact.id) is not None
        ]
    if changed:
        raise KeyChanged(
            "the keys of {names} changed: compare the new fingerprint with them and accept the "
            "change before sharing; nothing was sealed",
            names=", ".join(changed),
        )


def compartments(vault: OpenVault, paper_id: int) -> list[tuple[int, str]]:
    """The working groups (id, name) a paper may be shared with; empty: no restriction."""
    with translated():
        db = vault.storage.db
        paper_store.get(db, paper_id)
        return [
            (gid, rec.get_group(db, gid).name) for gid in ledger_store.compartments(db, paper_id)
        ]


def set_compartments(vault: OpenVault, paper_id: int, group_ids: Iterable[int]) -> None:
    """Restrict a paper to these working groups (none: lift the restriction); audited."""
    chosen = list(dict.fromkeys(group_ids))
    with translated(), vault.storage.db.transaction() as db:
        paper = paper_store.get(db, paper_id)
        for gid in chosen:
            rec.get_group(db, gid)
        ledger_store.set_compartments(db, paper_id, chosen)
        audit.append(
            db,
            vault.storage.audit_key,
            "compartment.set",
            subject=paper.uid,
            detail=f"{len(chosen)} working group(s)",
        )


def compartment_outsiders(
    vault: OpenVault, paper_id: int, recipients: Recipients
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(names of recipients outside the paper's compartments, names of those groups); both
    empty when the paper has no compartments or everyone is inside."""
    with translated():
        db = vault.storage.db
        group_ids = ledger_store.compartments(db, paper_id)
        if not group_ids:
            return (), ()
        allowed = ledger_store.members_of_groups(db, group_ids)
        names = tuple(rec.get_group(db, gid).name for gid in group_ids)
    outsiders = tuple(c.name for c in recipients.contacts if c.contact.person_id not in allowed)
    return (outsiders, names) if outsiders else ((), names)


def _check_compartments(
    vault: OpenVault, paper_id: int, paper_uid: str, recipients: Recipients, override: str | None
) -> None:
    outsiders, groups = compartment_outsiders(vault, paper_id, recipients)
    if not outsiders:
        return
    reason = override if override is not None else _OVERRIDE.get()
    reason = " ".join(reason.split())[:MAX_OVERRIDE_REASON] if reason else ""
    if not reason:
        raise OutsideCompartment(
            Message(
                "this paper may go only to the working group(s) {groups}; outside them: "
                "{outsiders}. Nothing was sealed (an explicit override is needed, and is logged)",
                groups=", ".join(groups),
                outsiders=", ".join(outsiders),
            ),
            outsiders,
            groups,
        )
    outside_ids = sorted(c.contact.uid for c in recipients.contacts if c.name in set(outsiders))
    with translated(), vault.storage.db.transaction() as db:
        audit.append(
            db,
            vault.storage.audit_key,
            "compartment.override",
            subject=paper_uid,
            detail=f"to {len(outsiders)} contact(s) outside: {' '.join(outside_ids)}; "
            f"reason: {reason}",
        )


def _log_sealed(
    vault: OpenVault,
    manifest: packet.Manifest,
    recipients: Recipients,
    item: tuple[str, int | None],
) -> None:
    me = manifest.sender
    kind, size = manifest.kind, manifest.size
    with translated(), vault.storage.db.transaction() as db:
        rows: list[tuple[bytes, bytes, int | None]] = [(me.x25519, me.ed25519, None)]
        rows += [(c.contact.x25519, c.contact.ed25519, c.contact.id) for c in recipients.contacts]
        record = store.log_packet(
            db,
            manifest.packet_id,
            "out",
            kind,
            None,
            item[0],
            item[1],
            size,
            manifest.created_at,
            rows,
        )
        if kind == "revision" and "revision" in manifest.links:
            ledger_store.record_packet_revision(db, record.id, manifest.links["revision"])
        audit.append(
            db,
            vault.storage.audit_key,
            "packet.sealed",
            subject=manifest.packet_id,
            detail=f"{kind} to {len(recipients.contacts)} contact(s); ledger {record.id}",
        )


def share_paper(
    vault: OpenVault,
    paper_id: int,
    recipients: Recipients,
    destination: Path,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
    override: str | None = None,
) -> SharedPacket:
    """Seal a paper, streaming it from the vault (flat memory for any size).

    A paper with compartments goes beyond them only with ``override`` (the user's reason, or
    the one given to :func:`compartment_override`): refused otherwise, audited when used."""
    with translated():
        paper = paper_store.get(vault.storage.db, paper_id)
    _refuse_changed_keys(vault, recipients)
    _check_compartments(vault, paper.id, paper.uid, recipients, override)
    links = {"item_uid": paper.uid}
    return _seal_to_file(
        vault,
        recipients,
        destination,
        "paper",
        paper.title,
        safe_file_name(paper.file_name),
        paper.media_type,
        paper.size,
        _translated_chunks(paper_store.read_chunks(vault.storage.db, paper_id)),
        links,
        ("paper", paper.id),
        progress,
        is_cancelled,
    )


def _translated_chunks(chunks: Iterator[bytes]) -> Iterator[bytes]:
    with translated():
        yield from chunks


def note_payload(title: str, body: str, kind: str, attributable: bool) -> bytes:
    return json.dumps(
        {"title": title, "body": body, "kind": kind, "attributable": attributable},
        ensure_ascii=False,
        sort_keys=True,
    ).encode("utf-8")


def share_note(
    vault: OpenVault, note_id: int, recipients: Recipients, destination: Path
) -> SharedPacket:
    with translated():
        note = rec.get(vault.storage.db, rec.NOTES, note_id)
    readers = [c.contact.person_id for c in recipients.contacts]
    title = codenames.render_outside(vault, note.title, readers)
    body = codenames.render_outside(vault, note.body, readers)
    payload = note_payload(title, body, note.kind, note.attributable)
    return _seal_to_file(
        vault,
        recipients,
        destination,
        "note",
        title or "Note",
        "",
        NOTE_MEDIA_TYPE,
        len(payload),
        [payload],
        {"item_uid": note.uid},
        ("note", note.id),
        None,
        None,
    )


def share_card(vault: OpenVault, recipients: Recipients, destination: Path) -> SharedPacket:
    """Send our own card inside a packet (e.g. after a key change, to known contacts)."""
    data = my_card(vault)
    return _seal_to_file(
        vault,
        recipients,
        destination,
        "card",
        "Contact card",
        "",
        CARD_MEDIA_TYPE,
        len(data),
        [data],
        {},
        ("card", None),
        None,
        None,
    )


@dataclass(frozen=True)
class SentPacket:
    """One packet we sealed, as the ledger remembers it (the outbox)."""

    packet_id: str
    kind: str
    title: str  # the item's title in this vault now; "" when the item was deleted since
    recipients: tuple[str, ...]  # names of the contacts it was sealed for (not us)
    size: int
    sealed_at: str


def _item_title(vault: OpenVault, item_kind: str, item_id: int | None) -> str:
    db = vault.storage.db
    try:
        if item_kind == "paper" and item_id is not None:
            return paper_store.get(db, item_id).title
        if item_kind == "note" and item_id is not None:
            return rec.get(db, rec.NOTES, item_id).title or "Note"
        if item_kind == "proposal" and item_id is not None:
            return f"Draft: {draft_store.get_proposal(db, item_id).title}"
    except storage_errors.NotFound:
        return ""
    return "Your contact card" if item_kind == "card" else ""


def list_sent(vault: OpenVault, limit: int = 200, offset: int = 0) -> list[SentPacket]:
    """Packets we sealed, newest first, with their recipients' names; ``offset`` skips the
    newest ones (pages of the outbox)."""
    sent: list[SentPacket] = []
    with translated():
        db = vault.storage.db
        for record in store.list_packets(db, "out", limit, offset):
            names: list[str] = []
            for _x, _ed, contact_id in store.packet_recipients(db, record.id):
                if contact_id is None:
                    continue  # ourselves
                try:
                    contact = store.get_contact(db, contact_id)
                    names.append(rec.get(db, rec.PEOPLE, contact.person_id).name)
                except storage_errors.NotFound:
                    names.append("(a removed contact)")
            sent.append(
                SentPacket(
                    record.packet_id,
                    record.kind,
                    _item_title(vault, record.item_kind, record.item_id),
                    tuple(sorted(names, key=str.casefold)),
                    record.size,
                    record.sealed_at,
                )
            )
    return sent
