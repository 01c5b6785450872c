"""Packets from anyone (a courier, a synced folder): mutated packets and manifests raise only
the project's own errors, and no altered packet is ever accepted. The seeds are packets of the
format version the writer produces (2), and a version-1 test vector, which readers still read."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import contacts, inbox, records, sharing
from app import vault as app_vault
from app.errors import AppError
from app.vault import OpenVault
from crypto import packet
from crypto.identity import Identity
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings
from tests.fuzz.mutations import mutated
from tests.fuzz.targets import (
    LOWER_LAYER_ERRORS,
    check_manifest,
    check_packet,
    check_packet_as_stranger,
    manifest_seed,
    packet_seeds,
)

#: The fixed header, the slots (four or eight), the salt and the manifest frame's length.
NOTE_HEAD = 12 + 4 * packet.SLOT_BYTES + packet.header_tail_bytes(packet.VERSION) + 4
PAPER_HEAD = 12 + 8 * packet.SLOT_BYTES + packet.header_tail_bytes(packet.VERSION) + 4

#: A version-1 packet (tests/vectors, docs/packet-format.md appendix A) and one recipient of it.
V1_VECTOR = json.loads(
    (Path(__file__).parents[1] / "vectors" / "note-tiny.json").read_text("utf-8")
)
V1_PACKET = (Path(__file__).parents[1] / "vectors" / V1_VECTOR["packet_file"]).read_bytes()
V1_RECIPIENT = Identity(
    bytes.fromhex(V1_VECTOR["recipients"][1]["x25519_secret"]),
    bytes.fromhex(V1_VECTOR["recipients"][1]["ed25519_seed"]),
)
#: The fixed header, eight slots, the stream header and the manifest frame's length.
V1_HEAD = V1_VECTOR["header_length"] + 4


def test_the_seed_packets_open_for_their_recipient() -> None:
    seeds = packet_seeds()
    assert seeds.note_packet[8:10] == seeds.paper_packet[8:10] == packet.VERSION.to_bytes(2, "big")
    check_packet(seeds.note_packet)
    check_packet(seeds.paper_packet)
    assert V1_PACKET[8:10] == b"\x00\x01"
    opened = packet.PacketReader(io.BytesIO(V1_PACKET), V1_RECIPIENT)
    assert opened.version == 1
    assert opened.read_all() == V1_VECTOR["plaintext"]["utf8"].encode()


def check_v1_packet(untrusted: bytes) -> None:
    """Open and read as a recipient of the version-1 vector: accepted only when unaltered."""
    try:
        packet.PacketReader(io.BytesIO(untrusted), V1_RECIPIENT).read_all()
    except LOWER_LAYER_ERRORS:
        return
    assert untrusted == V1_PACKET, "an altered version-1 packet was accepted"


@fuzz_settings(1000)
@given(mutated(packet_seeds().note_packet, head=NOTE_HEAD))
@example(b"")
@example(packet.MAGIC)
def test_mutated_note_packet_raises_only_project_errors_and_is_never_accepted(
    data: bytes,
) -> None:
    check_packet(data)


@fuzz_settings(300)
@given(mutated(packet_seeds().paper_packet, head=PAPER_HEAD))
def test_mutated_multi_frame_packet_raises_only_project_errors_and_is_never_accepted(
    data: bytes,
) -> None:
    check_packet(data)


@fuzz_settings(300)
@given(mutated(V1_PACKET, head=V1_HEAD))
def test_mutated_version_1_packet_raises_only_project_errors_and_is_never_accepted(
    data: bytes,
) -> None:
    check_v1_packet(data)


@fuzz_settings(300)
@given(
    st.one_of(
        mutated(packet_seeds().note_packet, head=NOTE_HEAD),
        st.just(packet_seeds().note_packet),
    )
)
def test_mutated_packet_never_opens_for_someone_it_was_not_sealed_to(data: bytes) -> None:
    check_packet_as_stranger(data)


@fuzz_settings(1000)
@given(mutated(manifest_seed(), head=len(manifest_seed())))
def test_mutated_manifest_raises_only_packet_damaged(data: bytes) -> None:
    check_manifest(data)


# -- through the app, as the exchange folder and `quietroom packet import` do ---------------


@dataclass(frozen=True)
class Exchange:
    recipient: OpenVault
    packet: bytes
    inbox: Path
    sender: Identity  # a contact of the recipient


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exchange]:
    root = tmp_path_factory.mktemp("fuzz-exchange")
    sender = app_vault.create_vault(root / "a", PASSPHRASE, "Amira", FAST_KDF).vault
    recipient = app_vault.create_vault(root / "b", PASSPHRASE, "Bashir", FAST_KDF).vault
    try:
        contact = contacts.import_card(sender, contacts.my_card_text(recipient))
        contacts.import_card(recipient, contacts.my_card_text(sender))
        note = records.add_note(sender, "Both sides meet again in June.", title="Agreed")
        chosen = sharing.resolve_recipients(sender, contact_ids=[contact.contact.id])
        outbox = root / "outbox"
        outbox.mkdir()
        shared = sharing.share_note(sender, note.id, chosen, outbox)
        inbox = root / "inbox"
        inbox.mkdir()
        identity = sender.storage.identity()[1]
        yield Exchange(recipient, shared.path.read_bytes(), inbox, identity)
    finally:
        sender.lock()
        recipient.lock()


@fuzz_settings(200)
@given(data=st.data())
def test_mutated_packet_in_the_exchange_folder_is_refused_cleanly_and_nothing_stored(
    exchange: Exchange, data: st.DataObject
) -> None:
    untrusted = data.draw(mutated(exchange.packet, head=NOTE_HEAD))
    path = exchange.inbox / "arrived.qrp"
    path.write_bytes(untrusted)
    before = records.list_notes(exchange.recipient)
    try:
        inbox.import_packet(exchange.recipient, path)
    except AppError:
        assert records.list_notes(exchange.recipient) == before
        return
    assert untrusted == exchange.packet, "an altered packet was imported"


def _note_packet_from_contact(exchange: Exchange, payload: bytes) -> Path:
    """A correctly sealed and signed note packet from a known contact, carrying ``payload``."""
    me = exchange.recipient.storage.identity()[1].public
    manifest = packet.Manifest(
        packet_id=packet.new_packet_id(),
        created_at="2026-05-01T09:30:00+00:00",
        kind="note",
        title="",
        file_name="",
        media_type=sharing.NOTE_MEDIA_TYPE,
        size=len(payload),
        sender_name="Amira",
        sender=exchange.sender.public,
        recipients=(exchange.sender.public, me),
    )
    path = exchange.inbox / "from-contact.qrp"
    with path.open("wb") as out:
        packet.seal(exchange.sender, manifest, [payload], out.write)
    return path


NOTE_JSON = b'{"title": "Agreed", "body": "Meet in June", "kind": "agreed", "attributable": true}'
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=8,
)
note_payloads = st.one_of(
    mutated(NOTE_JSON, head=len(NOTE_JSON)),
    st.dictionaries(
        st.sampled_from(["title", "body", "kind", "attributable"]) | st.text(max_size=6),
        json_values,
        max_size=5,
    ).map(lambda d: json.dumps(d).encode()),
)


@fuzz_settings(150)
@given(data=st.data())
def test_note_packet_from_a_contact_with_any_payload_is_stored_or_refused_cleanly(
    exchange: Exchange, data: st.DataObject
) -> None:
    path = _note_packet_from_contact(exchange, data.draw(note_payloads))
    before = records.list_notes(exchange.recipient, limit=10_000)
    try:
        imported = inbox.import_packet(exchange.recipient, path)
    except AppError:
        assert records.list_notes(exchange.recipient, limit=10_000) == before
        return
    assert imported.item_kind == "note" and imported.item_id is not None
    note = records.get_note(exchange.recipient, imported.item_id)
    assert isinstance(note.body, str) and note.kind in records.NOTE_KINDS


def test_note_packet_from_a_contact_holding_deeply_nested_json_is_refused_cleanly(
    exchange: Exchange,
) -> None:
    path = _note_packet_from_contact(exchange, b"[" * 100_000)
    with pytest.raises(AppError):
        inbox.import_packet(exchange.recipient, path)
