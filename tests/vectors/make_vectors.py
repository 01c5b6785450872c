"""Regenerate the sealed-packet test vectors (docs/packet-format.md, section 11).

Run from the repository root::

    .venv/bin/python -m tests.vectors.make_vectors

Three sets from the same three specs: format version 3 (``v3-paper-150k``, ``v3-note-tiny``,
``v3-empty``), format version 2 (``v2-…``, written through ``seal``'s test-only ``_format=2``)
and format version 1 (``paper-150k``, ``note-tiny``, ``empty``, through ``_format=1``); the
files of versions 1 and 2 never change. Everything random in a packet
(file key, slot ephemeral keys, padding slots, slot order, salt or stream header) is drawn from
a fixed SHAKE-256 stream labelled with the vector's name through ``seal``'s test-only ``_rng``
parameter, and every key is derived from a fixed label, so the same bytes come out every time.
``tests/crypto/test_packet_vectors.py`` checks that they still do. These keys are public: they
must never be used for anything but these vectors.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import sys
from dataclasses import dataclass, replace
from pathlib import Path

import blake3
import nacl.bindings as sodium
import nacl.exceptions
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto import packet
from crypto.identity import Identity

HERE = Path(__file__).resolve().parent
CREATED_AT = "2026-03-01T09:30:00+00:00"


class VectorRandomness:
    """Call ``n`` returns SHAKE-256(label || u32 call number) cut to ``n`` bytes."""

    def __init__(self, label: str) -> None:
        self._label = label.encode()
        self._calls = 0

    def __call__(self, size: int) -> bytes:
        out = hashlib.shake_256(self._label + struct.pack(">I", self._calls)).digest(size)
        self._calls += 1
        return out


def vector_identity(name: str) -> Identity:
    """A fixed, public test identity: each secret is SHA-256 of a label."""
    return Identity(
        x25519_secret=hashlib.sha256(f"quietroom test vector/{name}/x25519".encode()).digest(),
        ed25519_seed=hashlib.sha256(f"quietroom test vector/{name}/ed25519".encode()).digest(),
    )


def counter_bytes(label: str, size: int) -> bytes:
    """SHA-256(label || u32 big-endian i) for i = 0, 1, … concatenated, cut to ``size``."""
    blocks = (
        hashlib.sha256(label.encode() + struct.pack(">I", i)).digest()
        for i in range(size // 32 + 1)
    )
    return b"".join(blocks)[:size]


@dataclass(frozen=True)
class VectorSpec:
    name: str
    description: str
    sender: str
    recipients: tuple[str, ...]  # the sender first, as the app writes it
    non_recipient: str
    kind: str
    title: str
    file_name: str
    media_type: str
    links: dict[str, str]
    plaintext: bytes
    plaintext_recipe: dict[str, object]
    format_version: int = 1


NOTE_TEXT = json.dumps(
    {
        "title": "Corridor talk",
        "body": "Both sides open to a joint fact-finding visit.",
        "kind": "general",
    },
    sort_keys=True,
).encode()

V1_SPECS = (
    VectorSpec(
        name="paper-150k",
        description=(
            "A 150 KiB paper from alice to bob and carol: three content chunks (64 KiB, 64 KiB, "
            "22 KiB), three recipients in four slots (one padding slot)."
        ),
        sender="alice",
        recipients=("alice", "bob", "carol"),
        non_recipient="mallory",
        kind="paper",
        title="Framework for a joint commission — draft 3",
        file_name="framework-draft-3.pdf",
        media_type="application/pdf",
        links={"dialogue": "7f0c2a1e", "revision_parent": "3b9d"},
        plaintext=counter_bytes("quietroom vector paper-150k", 150 * 1024),
        plaintext_recipe={
            "algorithm": "sha256-counter",
            "label": "quietroom vector paper-150k",
            "size": 150 * 1024,
            "rule": "SHA-256(label as UTF-8 || i as u32 big-endian) for i = 0, 1, 2, ... "
            "concatenated and cut to size",
        },
    ),
    VectorSpec(
        name="note-tiny",
        description=(
            "A short note from bob to four contacts: one content chunk, five recipients in eight "
            "slots (three padding slots), non-ASCII title."
        ),
        sender="bob",
        recipients=("bob", "alice", "carol", "dave", "erin"),
        non_recipient="mallory",
        kind="note",
        title="Notes — جلسة ٣ / séance 3",
        file_name="",
        media_type="application/vnd.quietroom.note+json",
        links={},
        plaintext=NOTE_TEXT,
        plaintext_recipe={"algorithm": "literal", "utf8": NOTE_TEXT.decode()},
    ),
    VectorSpec(
        name="empty",
        description="An empty item from carol to dave: no content frames at all, one recipient "
        "besides the sender, four slots.",
        sender="carol",
        recipients=("carol", "dave"),
        non_recipient="alice",
        kind="note",
        title="",
        file_name="empty.txt",
        media_type="text/plain",
        links={},
        plaintext=b"",
        plaintext_recipe={"algorithm": "literal", "utf8": ""},
    ),
)

# Version 2: the same items, under other names (so other packet ids and other randomness).
V2_SPECS = tuple(
    replace(
        spec,
        name=f"v2-{spec.name}",
        description=f"Format version 2. {spec.description}",
        format_version=2,
    )
    for spec in V1_SPECS
)
# Version 3: the same items again (BLAKE3 content hash).
V3_SPECS = tuple(
    replace(
        spec,
        name=f"v3-{spec.name}",
        description=f"Format version 3. {spec.description}",
        format_version=3,
    )
    for spec in V1_SPECS
)
SPECS = V3_SPECS + V2_SPECS + V1_SPECS

SIGNATURE_CONTEXTS = {
    1: packet.V1_SIGNATURE_CONTEXT,
    2: packet.V2_SIGNATURE_CONTEXT,
    3: packet.SIGNATURE_CONTEXT,
}
PAYLOAD_INFOS = {2: packet.V2_PAYLOAD_INFO, 3: packet.PAYLOAD_INFO}


@dataclass(frozen=True)
class _Inside:
    file_key: bytes
    slot_of: dict[str, int]
    frame_lengths: list[int]
    signature: bytes
    payload_key: bytes  # versions 2 and 3 (empty for version 1)


def _look_inside(
    blob: bytes, version: int, slot_count: int, recipients: tuple[str, ...]
) -> _Inside:
    """Facts about our own fresh packet, for the description (not a reader: no checks)."""
    header_end = 12 + slot_count * packet.SLOT_BYTES + packet.header_tail_bytes(version)
    tail = blob[header_end - packet.header_tail_bytes(version) : header_end]
    slot_of = {}
    file_key = b""
    for index in range(slot_count):
        slot = blob[12 + index * packet.SLOT_BYTES : 12 + (index + 1) * packet.SLOT_BYTES]
        for name in recipients:
            who = vector_identity(name)
            try:
                file_key = sodium.crypto_box_seal_open(slot, who.public.x25519, who.x25519_secret)
            except nacl.exceptions.CryptoError:
                continue
            slot_of[name] = index
    offset, lengths, messages = header_end, [], []
    while offset < len(blob):
        (length,) = struct.unpack(">I", blob[offset : offset + 4])
        lengths.append(length)
        messages.append(blob[offset + 4 : offset + 4 + length])
        offset += 4 + length
    if version == 1:
        state = sodium.crypto_secretstream_xchacha20poly1305_state()
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, tail, file_key)
        for i, ciphertext in enumerate(messages):
            ad = blob[:header_end] if i == 0 else None
            message, _ = sodium.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, ad)
        return _Inside(file_key, slot_of, lengths, message, b"")
    payload_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=tail, info=PAYLOAD_INFOS[version]
    ).derive(file_key)
    final = len(messages) - 1
    nonce = final.to_bytes(11, "big") + b"\x01"
    signature = ChaCha20Poly1305(payload_key).decrypt(nonce, messages[final], None)
    return _Inside(file_key, slot_of, lengths, signature, payload_key)


def content_hash(version: int, plaintext: bytes) -> bytes:
    """What the signature covers for the content (section 7; versions 1 and 2: appendices)."""
    if version == 1:
        return hashlib.sha256(plaintext).digest()
    hash_function = blake3.blake3 if version == 3 else hashlib.sha256
    leaves = b"".join(
        hash_function(plaintext[i : i + packet.CHUNK_BYTES]).digest()
        for i in range(0, len(plaintext), packet.CHUNK_BYTES)
    )
    return hash_function(leaves).digest()


def build(spec: VectorSpec) -> tuple[bytes, dict[str, object]]:
    """The packet bytes and the JSON description of one vector."""
    sender = vector_identity(spec.sender)
    manifest = packet.Manifest(
        packet_id=hashlib.sha256(f"quietroom vector/{spec.name}/id".encode()).hexdigest()[:32],
        created_at=CREATED_AT,
        kind=spec.kind,
        title=spec.title,
        file_name=spec.file_name,
        media_type=spec.media_type,
        size=len(spec.plaintext),
        sender_name=spec.sender.capitalize(),
        sender=sender.public,
        recipients=tuple(vector_identity(r).public for r in spec.recipients),
        links=spec.links,
    )
    rng = VectorRandomness(f"quietroom vector/{spec.name}/randomness")
    out = io.BytesIO()
    pieces = [spec.plaintext[i : i + 10_000] for i in range(0, len(spec.plaintext), 10_000)]
    packet.seal(sender, manifest, pieces, out.write, _rng=rng, _format=spec.format_version)
    blob = out.getvalue()

    def keys(name: str) -> dict[str, str]:
        who = vector_identity(name)
        return {
            "name": name,
            "x25519_secret": who.x25519_secret.hex(),
            "ed25519_seed": who.ed25519_seed.hex(),
            "x25519_public": who.public.x25519.hex(),
            "ed25519_public": who.public.ed25519.hex(),
        }

    version = spec.format_version
    slot_count = packet.padded_slot_count(len(spec.recipients))
    header_end = 12 + packet.SLOT_BYTES * slot_count + packet.header_tail_bytes(version)
    tail = blob[header_end - packet.header_tail_bytes(version) : header_end]
    inside = _look_inside(blob, version, slot_count, spec.recipients)
    sizes = [
        min(packet.CHUNK_BYTES, len(spec.plaintext) - i)
        for i in range(0, len(spec.plaintext), packet.CHUNK_BYTES)
    ]
    manifest_bytes = manifest.to_bytes()
    padding = packet.RECIPIENT_ENTRY_BYTES * (slot_count - len(spec.recipients))
    context = SIGNATURE_CONTEXTS[version]
    hashed_content = content_hash(version, spec.plaintext)
    # Section 11's members, in its order: salt and payload key (versions 2 and 3) or the stream
    # header (version 1) after the slots; the two-level content hash (versions 2 and 3) before
    # the signature.
    tail_members = (
        {"stream_header": tail.hex()}
        if version == 1
        else {"salt": tail.hex(), "payload_key": inside.payload_key.hex()}
    )
    hash_members = {} if version == 1 else {"content_hash": hashed_content.hex()}
    description: dict[str, object] = {
        "description": spec.description,
        "format_version": version,
        "packet_file": f"{spec.name}.qrpacket",
        "packet_size": len(blob),
        "packet_sha256": hashlib.sha256(blob).hexdigest(),
        "sender": keys(spec.sender),
        "recipients": [keys(r) for r in spec.recipients],
        "non_recipient": keys(spec.non_recipient),
        "file_key": inside.file_key.hex(),
        "slot_count": slot_count,
        "slot_of_recipient": inside.slot_of,
        **tail_members,
        "header_length": header_end,
        "header_sha256": hashlib.sha256(blob[:header_end]).hexdigest(),
        "frame_lengths": inside.frame_lengths,
        "manifest": json.loads(manifest_bytes),
        "manifest_length": len(manifest_bytes) + padding,
        "manifest_padding_spaces": padding,
        "manifest_sha256": hashlib.sha256(manifest_bytes + b" " * padding).hexdigest(),
        "chunk_sizes": sizes,
        "plaintext_size": len(spec.plaintext),
        "plaintext_sha256": hashlib.sha256(spec.plaintext).hexdigest(),
        "plaintext": spec.plaintext_recipe,
        **hash_members,
        "signature": inside.signature.hex(),
        "signed_message_sha256": hashlib.sha256(
            context
            + hashlib.sha256(blob[:header_end]).digest()
            + hashlib.sha256(manifest_bytes + b" " * padding).digest()
            + hashed_content
        ).hexdigest(),
    }
    return blob, description


def main() -> int:
    for spec in SPECS:
        blob, description = build(spec)
        (HERE / f"{spec.name}.qrpacket").write_bytes(blob)
        text = json.dumps(description, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
        (HERE / f"{spec.name}.json").write_text(text, encoding="utf-8")
        print(f"{spec.name}: {len(blob)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
