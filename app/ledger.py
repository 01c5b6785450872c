"""The distribution ledger: who was sent a paper or a proposal revision, when, under which of
their keys, and whether they acknowledged it.

Every packet we seal is logged with its recipients' keys (:mod:`app.sharing`). A proposal
packet carries its head and every ancestor the co-drafter lacked, so a revision has reached
everyone who was sent it or any of its descendants.

Acknowledgements: when a recipient imports a paper, note or revision, their app seals a small
packet of kind ``ack`` back to the sender into the exchange folder, if they allow it (a vault
setting, on by default, and a per-contact switch). Its payload names the packet acknowledged;
the packet layer's signature (context ``quietroom-packet-v1``) authenticates it, and the sender
accepts it only from a key the acknowledged packet was sealed to (docs/need-to-know.md).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from app import drafts
from app.contacts import ContactView, get_contact
from app.errors import AppError, InvalidInput, translated
from app.sharing import Recipients, _seal_to_file
from app.vault import OpenVault
from crypto.identity import PublicIdentity
from storage import audit
from storage import contacts as contact_store
from storage import drafts as draft_store
from storage import errors as storage_errors
from storage import ledger as store
from storage import papers as paper_store
from storage import records as rec
from storage.db import Database
from storage.models import Contact
from storage.records import now

ACK_MEDIA_TYPE = "application/vnd.quietroom.ack+json"
ACK_FORMAT = "quietroom.ack"
ACK_VERSION = 1
MAX_ACK_BYTES = 1024
ACKS_SETTING = "send_acknowledgements"
#: kinds of packet an acknowledgement is sent for
ACKED_KINDS = ("paper", "note", "revision")
_PACKET_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class LedgerRow:
    """One recipient of one packet that carried the item."""

    name: str  # the contact's person's name now ("(a removed contact)" if deleted)
    contact_id: int | None
    fingerprint: str  # of the keys the packet was sealed to
    key_current: bool  # those keys are still the contact's keys
    sealed_at: str
    packet_id: str
    acknowledged_at: str | None
    via_revision: str  # for a revision: the head uid of the packet that carried it


@dataclass(frozen=True)
class ItemLedger:
    title: str
    rows: tuple[LedgerRow, ...]

    @property
    def recipients(self) -> tuple[str, ...]:
        """Distinct names of everyone who was sent the item."""
        return tuple(sorted({r.name for r in self.rows}, key=str.casefold))


def _row(db: Database, delivery: store.Delivery) -> LedgerRow:
    contact: Contact | None = None
    if delivery.contact_id is not None:
        try:
            contact = contact_store.get_contact(db, delivery.contact_id)
        except storage_errors.NotFound:
            contact = None
    name = rec.get(db, rec.PEOPLE, contact.person_id).name if contact else "(a removed contact)"
    current = contact is not None and (contact.x25519, contact.ed25519) == (
        delivery.x25519,
        delivery.ed25519,
    )
    return LedgerRow(
        name=name,
        contact_id=contact.id if contact else None,
        fingerprint=PublicIdentity(delivery.x25519, delivery.ed25519).fingerprint(),
        key_current=current,
        sealed_at=delivery.sealed_at,
        packet_id=delivery.packet_id,
        acknowledged_at=delivery.acked_at,
        via_revision=delivery.revision_uid,
    )


def paper_ledger(vault: OpenVault, paper_id: int) -> ItemLedger:
    with translated():
        db = vault.storage.db
        paper = paper_store.get(db, paper_id)
        rows = tuple(_row(db, d) for d in store.deliveries(db, "paper", paper_id))
    return ItemLedger(paper.title, rows)


def revision_ledger(vault: OpenVault, ref: str) -> ItemLedger:
    """Who was sent this revision (uid or unique prefix): every packet whose head was it or
    one of its descendants."""
    revision = drafts.find_revision(vault, ref)
    with translated():
        db = vault.storage.db
        proposal = draft_store.get_proposal(db, revision.proposal_id)
        graph = draft_store.revision_graph(db, proposal.id)
        rows = tuple(
            _row(db, d)
            for d in store.deliveries(db, "proposal", proposal.id)
            if d.revision_uid
            and d.revision_uid in graph
            and revision.uid in drafts.ancestors(graph, d.revision_uid) | {d.revision_uid}
        )
    return ItemLedger(f"{proposal.title}, version {revision.generation}", rows)


def proposal_versions(vault: OpenVault, proposal_id: int) -> list[drafts.Revision]:
    """The revisions of a proposal, oldest first (version n = generation n)."""
    return list(reversed(drafts.history(vault, proposal_id)))


# -- acknowledgements ------------------------------------------------------------------------


def acks_enabled(vault: OpenVault) -> bool:
    with translated():
        return vault.storage.setting(ACKS_SETTING) != "off"


def set_acks_enabled(vault: OpenVault, enabled: bool) -> None:
    with translated():
        vault.storage.set_setting(ACKS_SETTING, None if enabled else "off")


def acks_allowed_for(vault: OpenVault, contact_id: int) -> bool:
    with translated():
        return store.sends_acks(vault.storage.db, contact_id)


def set_acks_allowed_for(vault: OpenVault, contact_id: int, allowed: bool) -> None:
    with translated(), vault.storage.db.transaction() as db:
        contact = contact_store.get_contact(db, contact_id)
        store.set_sends_acks(db, contact_id, allowed)
        audit.append(
            db,
            vault.storage.audit_key,
            "contact.acks_on" if allowed else "contact.acks_off",
            subject=contact.uid,
        )


def ack_payload(packet_id: str, received_at: str) -> bytes:
    body = {"format": ACK_FORMAT, "v": ACK_VERSION, "packet": packet_id, "received_at": received_at}
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")


def _exchange_folder(vault: OpenVault) -> Path | None:
    from app.exchange import exchange_folder  # app.exchange imports the inbox, which imports us

    return exchange_folder(vault)


def send_ack(vault: OpenVault, sender: ContactView, packet_id: str) -> Path | None:
    """Seal an acknowledgement of ``packet_id`` to its sender into the exchange folder; None
    when acknowledgements are off (for everyone or this contact), no exchange folder is set,
    or the sender's keys changed."""
    if not acks_enabled(vault) or not acks_allowed_for(vault, sender.contact.id):
        return None
    if sender.key_change is not None:
        return None
    folder = _exchange_folder(vault)
    if folder is None or not folder.is_dir():
        return None
    data = ack_payload(packet_id, now())
    shared = _seal_to_file(
        vault,
        Recipients((sender,), ()),
        folder,
        "ack",
        "Acknowledgement",
        "",
        ACK_MEDIA_TYPE,
        len(data),
        [data],
        {},
        ("ack", None),
        None,
        None,
    )
    return shared.path


def acknowledge(vault: OpenVault, sender: Contact, kind: str, packet_id: str) -> Path | None:
    """After an import: send an acknowledgement if allowed. Never fails the import."""
    if kind not in ACKED_KINDS:
        return None
    try:
        return send_ack(vault, get_contact(vault, sender.id), packet_id)
    except AppError:
        return None  # no ack is not an error: the sender's ledger shows "not acknowledged"


def _parse_ack(untrusted: bytes) -> tuple[str, str]:
    if len(untrusted) > MAX_ACK_BYTES:
        raise InvalidInput("the acknowledgement inside this packet is malformed")
    try:
        data = json.loads(untrusted.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("the acknowledgement inside this packet is malformed") from None
    if (
        not isinstance(data, dict)
        or set(data) != {"format", "v", "packet", "received_at"}
        or data["format"] != ACK_FORMAT
        or type(data["v"]) is not int
        or data["v"] != ACK_VERSION
        or not isinstance(data["packet"], str)
        or not _PACKET_ID.fullmatch(data["packet"])
        or not isinstance(data["received_at"], str)
        or len(data["received_at"]) > 40
    ):
        raise InvalidInput("the acknowledgement inside this packet is malformed")
    return data["packet"], data["received_at"]


def import_ack(
    vault: OpenVault, db: Database, sender: PublicIdentity, ack_packet_id: str, untrusted: bytes
) -> int:
    """Mark the ledger row of the packet acknowledged (inside the inbox's transaction); return
    the acknowledged packet's ledger row. Refused for a packet we did not seal, or from a key
    that packet was not sealed to."""
    packet_id, received_at = _parse_ack(untrusted)
    row = store.out_packet_row(db, packet_id)
    if row is None:
        raise InvalidInput("this acknowledgement is for a packet you did not send")
    if not store.mark_acknowledged(
        db, row, sender.x25519, sender.ed25519, ack_packet_id, received_at
    ):
        raise InvalidInput("this acknowledgement comes from someone the packet was not sealed to")
    audit.append(
        db, vault.storage.audit_key, "packet.acknowledged", subject=packet_id, detail=ack_packet_id
    )
    return row
