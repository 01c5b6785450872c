"""Packets from anyone (a courier, a synced folder): mutated packets and manifests raise only
the project's own errors, and no altered packet is ever accepted."""

from __future__ import annotations

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
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings
from tests.fuzz.mutations import mutated
from tests.fuzz.targets import (
    check_manifest,
    check_packet,
    check_packet_as_stranger,
    manifest_seed,
    packet_seeds,
)

#: The fixed header, four slots, the stream header and the manifest frame's length.
NOTE_HEAD = 12 + 4 * packet.SLOT_BYTES + packet.STREAM_HEADER_BYTES + 4
PAPER_HEAD = 12 + 8 * packet.SLOT_BYTES + packet.STREAM_HEADER_BYTES + 4


def test_the_seed_packets_open_for_their_recipient() -> None:
    seeds = packet_seeds()
    check_packet(seeds.note_packet)
    check_packet(seeds.paper_packet)


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
        yield Exchange(recipient, shared.path.read_bytes(), inbox)
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
