"""Claims of app.inbox: who may open a packet, what is refused, and that a refusal stores nothing.

Three real vaults: Amira (A) seals, Bashir (B) receives, Chen (C) is left out.
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nacl.bindings as sodium
import pytest

from app import contacts, identity, inbox, papers, records, sharing
from app.errors import NotAddressedToYou, PacketRefused, UnknownSender
from crypto import packet
from crypto.identity import Identity
from storage import contacts as contact_store
from storage import papers as paper_store
from tests.app.sharing_vaults import (
    Member,
    add_paper,
    group_of,
    introduce,
    members,
    paper_bytes,
    snapshot,
)
from tests.crypto.test_packet import nonce, payload_aead

CHUNK = packet.CHUNK_BYTES
#: Two full 64 KiB frames and a short one: every kind of frame is present.
CONTENT = bytes(range(256)) * (2 * CHUNK // 256) + b"MARKER-CONTENT-5be1 the tail" * 40
TITLE = "MARKER-TITLE-80c2 non-paper on detainees"


@dataclass(frozen=True)
class Sealed:
    path: Path
    data: bytes
    packet_id: str


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Member]]:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        yield made


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


def seal_paper_to_bashir(amira: Member, bashir: Member, outbox: Path) -> Sealed:
    """A, holding B's card, seals a paper to a working group holding only B."""
    introduce(amira, bashir)
    group = group_of(amira, "Water working group", bashir)
    paper = add_paper(amira, CONTENT, "detainees.txt", TITLE)
    recipients = sharing.resolve_recipients(amira.vault, group)
    shared = sharing.share_paper(amira.vault, paper.id, recipients, outbox)
    return Sealed(shared.path, shared.path.read_bytes(), shared.packet_id)


@pytest.fixture
def sealed(trio: list[Member], outbox: Path) -> Sealed:
    amira, bashir, chen = trio
    result = seal_paper_to_bashir(amira, bashir, outbox)
    introduce(bashir, amira)
    introduce(chen, amira)
    return result


# -- the three-vault story -------------------------------------------------------------------


def test_recipient_imports_the_paper_and_sees_the_sender(
    trio: list[Member], sealed: Sealed
) -> None:
    _, bashir, _ = trio
    result = inbox.import_packet(bashir.vault, sealed.path)
    assert not result.duplicate
    assert result.item_kind == "paper" and result.item_id is not None
    assert paper_bytes(bashir, result.item_id) == CONTENT
    stored = records_paper(bashir, result.item_id)
    assert (stored.title, stored.file_name) == (TITLE, "detainees.txt")
    sender = result.info.sender
    assert (sender.name, sender.is_me, sender.verified) == ("Amira", False, False)
    assert sender.fingerprint == identity.whoami(trio[0].vault).fingerprint
    names = sorted(r.name for r in result.info.recipients)
    assert names == ["Amira", "you"]


def records_paper(member: Member, paper_id: int):  # type: ignore[no-untyped-def]
    from app import papers

    return papers.get_paper(member.vault, paper_id)


def test_verified_sender_is_shown_as_verified(trio: list[Member], sealed: Sealed) -> None:
    amira, bashir, _ = trio
    view = next(c for c in contacts.list_contacts(bashir.vault) if c.name == "Amira")
    contacts.set_verified(bashir.vault, view.contact.id)
    info = inbox.inspect_packet(bashir.vault, sealed.path)
    assert info.sender.verified
    assert inbox.import_packet(bashir.vault, sealed.path).info.sender.verified
    assert amira.name == info.sender.name


def test_outsider_gets_not_addressed_to_you_and_nothing_stored(
    trio: list[Member], sealed: Sealed
) -> None:
    _, _, chen = trio
    before = snapshot(chen)
    with pytest.raises(NotAddressedToYou, match=r"^this packet is not addressed to you$"):
        inbox.inspect_packet(chen.vault, sealed.path)
    with pytest.raises(NotAddressedToYou, match=r"^this packet is not addressed to you$"):
        inbox.import_packet(chen.vault, sealed.path)
    assert snapshot(chen) == before


def test_sender_can_read_its_own_packet(trio: list[Member], sealed: Sealed) -> None:
    amira, _, _ = trio
    info = inbox.inspect_packet(amira.vault, sealed.path)
    assert info.sender.is_me and info.already_imported
    with sealed.path.open("rb") as source:
        reader = packet.PacketReader(source, amira.vault.storage.identity()[1])
        assert reader.read_all() == CONTENT
    again = inbox.import_packet(amira.vault, sealed.path)
    assert again.duplicate


def test_importing_the_same_packet_twice_stores_it_once(trio: list[Member], sealed: Sealed) -> None:
    _, bashir, _ = trio
    first = inbox.import_packet(bashir.vault, sealed.path)
    after_first = snapshot(bashir)
    second = inbox.import_packet(bashir.vault, sealed.path)
    assert second.duplicate and second.item_id is None
    assert snapshot(bashir) == after_first
    assert len(after_first.papers) == 1 and after_first.papers[0].id == first.item_id  # type: ignore[attr-defined]
    assert inbox.inspect_packet(bashir.vault, sealed.path).already_imported


def test_a_copy_under_another_name_is_still_a_duplicate(
    trio: list[Member], sealed: Sealed, tmp_path: Path
) -> None:
    _, bashir, _ = trio
    inbox.import_packet(bashir.vault, sealed.path)
    copy = tmp_path / "renamed.qrp"
    copy.write_bytes(sealed.data)
    before = snapshot(bashir)
    assert inbox.import_packet(bashir.vault, copy).duplicate
    assert snapshot(bashir) == before


def test_unknown_sender_is_refused_until_the_card_is_imported(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    sealed = seal_paper_to_bashir(amira, bashir, outbox)
    before = snapshot(bashir)
    with pytest.raises(UnknownSender) as caught:
        inbox.import_packet(bashir.vault, sealed.path)
    assert caught.value.name == "Amira"
    assert caught.value.fingerprint == identity.whoami(amira.vault).fingerprint
    assert "not among your contacts" in str(caught.value)
    assert snapshot(bashir) == before
    info = inbox.inspect_packet(bashir.vault, sealed.path)
    assert info.sender.contact_id is None and not info.sender.verified

    introduce(bashir, amira)
    result = inbox.import_packet(bashir.vault, sealed.path)
    assert result.item_kind == "paper"
    assert result.info.sender.name == "Amira" and not result.info.sender.verified


def test_own_vault_gets_a_new_unknown_sender_error_per_sender(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, chen = trio
    introduce(chen, bashir)
    paper = add_paper(chen, b"from chen", "c.txt")
    recipients = sharing.resolve_recipients(chen.vault, contact_ids=[chen_contact(chen)])
    shared = sharing.share_paper(chen.vault, paper.id, recipients, outbox)
    with pytest.raises(UnknownSender) as caught:
        inbox.import_packet(bashir.vault, shared.path)
    assert caught.value.name == "Chen"
    assert amira.name not in str(caught.value)


def chen_contact(chen: Member) -> int:
    return contacts.list_contacts(chen.vault)[0].contact.id


# -- tampering: every refusal leaves the vault unchanged ---------------------------------------


def frame_offsets(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every frame after the header, read from the length prefixes."""
    version, count = struct.unpack_from(">HH", data, 8)
    pos = 12 + count * packet.SLOT_BYTES + packet.header_tail_bytes(version)
    frames = []
    while pos < len(data):
        (length,) = struct.unpack_from(">I", data, pos)
        frames.append((pos, pos + 4 + length))
        pos += 4 + length
    return frames


def sample_positions(data: bytes) -> dict[str, int]:
    """Named byte positions across the header, the slots, and every frame."""
    (count,) = struct.unpack_from(">H", data, 10)
    slots_end = 12 + count * packet.SLOT_BYTES
    positions = {f"fixed header byte {i}": i for i in range(12)}
    for s in range(count):
        start = 12 + s * packet.SLOT_BYTES
        for at in (0, 31, 32, 63, 64, packet.SLOT_BYTES - 1):
            positions[f"slot {s} byte {at}"] = start + at
    for i in (0, 7, 23):
        positions[f"stream header byte {i}"] = slots_end + i
    frames = frame_offsets(data)
    names = ["manifest"] + [f"chunk {i}" for i in range(len(frames) - 2)] + ["signature"]
    for name, (start, end) in zip(names, frames, strict=True):
        for label, at in (
            ("length byte 0", start),
            ("length byte 3", start + 3),
            ("first ciphertext byte", start + 4),
            ("middle", (start + end) // 2),
            ("last byte (MAC)", end - 1),
        ):
            positions[f"{name} frame {label}"] = at
    return positions


def _assert_refused(member: Member, path: Path) -> PacketRefused:
    before = snapshot(member)
    with pytest.raises(PacketRefused) as caught:
        inbox.import_packet(member.vault, path)
    assert snapshot(member) == before
    message = str(caught.value)
    assert message and "MARKER" not in message and "Traceback" not in message
    return caught.value


def test_packet_has_the_frames_the_samples_assume(sealed: Sealed) -> None:
    frames = frame_offsets(sealed.data)
    assert len(frames) == 1 + 3 + 1  # manifest, three chunks, signature
    assert frames[-1][1] == len(sealed.data)


def test_every_sampled_single_byte_change_is_refused_and_nothing_stored(
    trio: list[Member], sealed: Sealed, tmp_path: Path
) -> None:
    _, bashir, _ = trio
    target = tmp_path / "tampered.qrp"
    positions = sample_positions(sealed.data)
    assert len(positions) > 60
    for label, at in positions.items():
        for flip in (0x01, 0x80):
            data = bytearray(sealed.data)
            data[at] ^= flip
            target.write_bytes(bytes(data))
            try:
                _assert_refused(bashir, target)
            except BaseException as exc:
                raise AssertionError(f"change at {label} (offset {at}) was accepted") from exc
    assert inbox.import_packet(bashir.vault, sealed.path).item_kind == "paper"


def test_altered_copy_of_an_imported_packet_is_refused_not_called_a_duplicate(
    trio: list[Member], sealed: Sealed, tmp_path: Path
) -> None:
    _, bashir, _ = trio
    inbox.import_packet(bashir.vault, sealed.path)
    start, end = frame_offsets(sealed.data)[2]
    data = bytearray(sealed.data)
    data[(start + end) // 2] ^= 0x04
    target = tmp_path / "altered-copy.qrp"
    target.write_bytes(bytes(data))
    _assert_refused(bashir, target)


def test_truncations_at_and_between_frame_boundaries_are_refused(
    trio: list[Member], sealed: Sealed, tmp_path: Path
) -> None:
    _, bashir, _ = trio
    target = tmp_path / "cut.qrp"
    cuts = {0, 5, 12, 100}
    for start, end in frame_offsets(sealed.data):
        cuts |= {start, start + 2, start + 4, (start + end) // 2, end - 1}
    cuts.discard(len(sealed.data))
    for cut in sorted(cuts):
        target.write_bytes(sealed.data[:cut])
        try:
            _assert_refused(bashir, target)
        except BaseException as exc:
            raise AssertionError(f"a packet cut at {cut} was accepted") from exc


def test_an_appended_byte_is_refused(trio: list[Member], sealed: Sealed, tmp_path: Path) -> None:
    _, bashir, _ = trio
    for extra in (b"\x00", b"\x00" * 4, sealed.data[-85:]):
        target = tmp_path / "longer.qrp"
        target.write_bytes(sealed.data + extra)
        _assert_refused(bashir, target)


def test_a_reordered_chunk_is_refused(trio: list[Member], sealed: Sealed, tmp_path: Path) -> None:
    _, bashir, _ = trio
    frames = frame_offsets(sealed.data)
    (a0, a1), (b0, b1) = frames[1], frames[2]
    data = sealed.data[:a0] + sealed.data[b0:b1] + sealed.data[a0:a1] + sealed.data[b1:]
    target = tmp_path / "reordered.qrp"
    target.write_bytes(data)
    _assert_refused(bashir, target)


def test_slots_swapped_between_two_packets_are_refused(
    trio: list[Member], sealed: Sealed, outbox: Path, tmp_path: Path
) -> None:
    amira, bashir, _ = trio
    paper = add_paper(amira, b"second paper", "second.txt")
    recipients = sharing.resolve_recipients(amira.vault, contact_ids=[amira_contact(amira)])
    other = sharing.share_paper(amira.vault, paper.id, recipients, outbox).path.read_bytes()
    (count,) = struct.unpack_from(">H", sealed.data, 10)
    slots_end = 12 + count * packet.SLOT_BYTES
    assert struct.unpack_from(">H", other, 10) == (count,)
    swapped = sealed.data[:12] + other[12:slots_end] + sealed.data[slots_end:]
    target = tmp_path / "swapped.qrp"
    target.write_bytes(swapped)
    _assert_refused(bashir, target)


def amira_contact(amira: Member) -> int:
    return contacts.list_contacts(amira.vault)[0].contact.id


def reseal(data: bytes, opener: Identity, new_recipient: Identity) -> bytes:
    """What a dishonest recipient can do: open the packet (of the version written today), and
    re-seal the same manifest and signature to someone else under a fresh header
    (surreptitious forwarding)."""
    version, count = struct.unpack_from(">HH", data, 8)
    assert version == packet.VERSION
    slots = data[12 : 12 + count * packet.SLOT_BYTES]
    file_key = None
    for i in range(count):
        try:
            file_key = sodium.crypto_box_seal_open(
                slots[i * 80 : (i + 1) * 80], opener.public.x25519, opener.x25519_secret
            )
            break
        except Exception:  # noqa: S112 (trying each slot)
            continue
    assert file_key is not None
    header = data[: 12 + count * 80 + packet.SALT_BYTES]
    aead = payload_aead(file_key, header[-packet.SALT_BYTES :], version)
    frames = frame_offsets(data)
    messages = [
        aead.decrypt(
            nonce(n, n == len(frames) - 1), data[start + 4 : end], header if n == 0 else None
        )
        for n, (start, end) in enumerate(frames)
    ]

    new_slots = [sodium.crypto_box_seal(file_key, new_recipient.public.x25519)]
    while len(new_slots) < 4:
        new_slots.append(sodium.crypto_box_seal(b"\0" * 32, Identity.generate().public.x25519))
    new_salt = secrets.token_bytes(packet.SALT_BYTES)
    new_header = data[:10] + struct.pack(">H", 4) + b"".join(new_slots) + new_salt
    new_aead = payload_aead(file_key, new_salt, version)
    out = new_header
    for n, message in enumerate(messages):
        final = n == len(messages) - 1
        ct = new_aead.encrypt(nonce(n, final), message, new_header if n == 0 else None)
        out += struct.pack(">I", len(ct)) + ct
    return out


def test_packet_resealed_by_a_recipient_to_someone_else_is_refused(
    trio: list[Member], sealed: Sealed, tmp_path: Path
) -> None:
    _, bashir, chen = trio
    forwarded = reseal(
        sealed.data, bashir.vault.storage.identity()[1], chen.vault.storage.identity()[1]
    )
    target = tmp_path / "forwarded.qrp"
    target.write_bytes(forwarded)
    refused = _assert_refused(chen, target)
    assert "re-sent to you" in str(refused)


def test_resealing_helper_keeps_a_packet_valid_for_a_listed_recipient(
    trio: list[Member], sealed: Sealed, tmp_path: Path
) -> None:
    """Control for the test above: re-sealing to a recipient the manifest names would only
    fail on the signature (the header changed), proving the refusal above is for forwarding."""
    amira, bashir, _ = trio
    resealed = reseal(
        sealed.data, bashir.vault.storage.identity()[1], bashir.vault.storage.identity()[1]
    )
    target = tmp_path / "resealed.qrp"
    target.write_bytes(resealed)
    refused = _assert_refused(bashir, target)
    assert "signature" in str(refused)
    assert amira.name == "Amira"


def test_a_file_that_is_not_a_packet_is_refused(trio: list[Member], tmp_path: Path) -> None:
    _, bashir, _ = trio
    for content in (b"", b"%PDF-1.7 hello", b"QRPACKET"):
        target = tmp_path / "junk.qrp"
        target.write_bytes(content)
        _assert_refused(bashir, target)


def test_a_missing_file_is_a_clear_error(trio: list[Member], tmp_path: Path) -> None:
    from app.errors import InvalidInput

    _, bashir, _ = trio
    with pytest.raises(InvalidInput, match=r"cannot read 'absent\.qrp'"):
        inbox.import_packet(bashir.vault, tmp_path / "absent.qrp")


def test_names_from_a_packet_are_made_safe_to_show_and_save(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    introduce(amira, bashir)
    introduce(bashir, amira)
    paper = add_paper(amira, b"x", "plain.txt")
    db = amira.vault.storage.db
    with db.transaction():
        db.execute(
            "UPDATE papers SET file_name = ?, title = ? WHERE id = ?",
            ("../../.bashrc", "Evil\x1b]0;title\x07", paper.id),
        )
    recipients = sharing.resolve_recipients(amira.vault, contact_ids=[amira_contact(amira)])
    shared = sharing.share_paper(amira.vault, paper.id, recipients, outbox)
    result = inbox.import_packet(bashir.vault, shared.path)
    assert result.item_id is not None
    stored = records_paper(bashir, result.item_id)
    assert stored.file_name == "bashrc"
    assert stored.title == "Evil]0;title"
    assert result.info.title == "Evil]0;title"
    assert records.list_notes(bashir.vault) == []


@pytest.mark.parametrize(
    ("untrusted", "safe"),
    [
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        (".hidden", "hidden"),
        ("..", ""),
        ("a\x00b\u202ec.txt", "abc.txt"),
    ],
)
def test_safe_file_name_keeps_only_a_plain_name(untrusted: str, safe: str) -> None:
    assert papers.safe_file_name(untrusted) == safe


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows and batches of 64 KiB: the test packet's paper (three 64 KiB frames) is then
    written in three transactions, as a large paper is."""
    monkeypatch.setattr(paper_store, "CHUNK_SIZE", 64 * 1024)
    monkeypatch.setattr(paper_store, "BATCH_BYTES", 64 * 1024)


def test_a_paper_written_in_batches_is_kept_whole_with_its_sender(
    trio: list[Member], sealed: Sealed, small_batches: None
) -> None:
    _, bashir, _ = trio
    result = inbox.import_packet(bashir.vault, sealed.path)
    assert result.item_id is not None
    assert paper_bytes(bashir, result.item_id) == CONTENT
    rows = bashir.vault.storage.db.query(
        "SELECT count(*) FROM paper_chunks WHERE paper_id = ?", (result.item_id,)
    )
    assert rows == [(3,)]
    logged = contact_store.list_packets(bashir.vault.storage.db, "in")
    assert [(p.item_kind, p.item_id) for p in logged] == [("paper", result.item_id)]


def test_a_bad_signature_found_after_batches_were_written_keeps_nothing(
    trio: list[Member], sealed: Sealed, small_batches: None, tmp_path: Path
) -> None:
    """The signature is checked with the last chunk, after the first batches of the paper were
    committed: they were hidden, and are removed."""
    _, bashir, _ = trio
    start, end = frame_offsets(sealed.data)[-1]
    for at in (start + 4, (start + end) // 2, end - 1):
        data = bytearray(sealed.data)
        data[at] ^= 0x10
        target = tmp_path / "bad-signature.qrp"
        target.write_bytes(bytes(data))
        _assert_refused(bashir, target)
    assert inbox.import_packet(bashir.vault, sealed.path).item_kind == "paper"


def test_cancelled_import_stores_nothing(trio: list[Member], sealed: Sealed) -> None:
    from app.errors import Cancelled

    _, bashir, _ = trio
    before = snapshot(bashir)
    asked = 0

    def is_cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2  # two 64 KiB frames stored, then the user cancels

    with pytest.raises(Cancelled, match="nothing was stored"):
        inbox.import_packet(bashir.vault, sealed.path, is_cancelled=is_cancelled)
    assert asked == 3
    assert snapshot(bashir) == before
    assert inbox.import_packet(bashir.vault, sealed.path).item_kind == "paper"


def test_a_note_title_from_a_packet_is_made_safe_to_show(trio: list[Member], outbox: Path) -> None:
    amira, bashir, _ = trio
    introduce(amira, bashir)
    introduce(bashir, amira)
    note = records.add_note(amira.vault, "body text", title="Readout\x1b[31m red")
    chosen = sharing.resolve_recipients(amira.vault, contact_ids=[amira_contact(amira)])
    shared = sharing.share_note(amira.vault, note.id, chosen, outbox)
    result = inbox.import_packet(bashir.vault, shared.path)
    assert result.item_id is not None
    got = records.get_note(bashir.vault, result.item_id)
    assert (got.title, got.body) == ("Readout[31m red", "body text")
