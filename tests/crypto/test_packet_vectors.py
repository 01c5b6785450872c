"""The test vectors of docs/packet-format.md, read two ways, for every format version.

1. With the reference reader (``crypto.packet``): every listed recipient opens each vector and
   gets exactly the recorded manifest and content; the writer still produces it byte for byte.
2. With ``decode_v1`` and ``decode_stream`` (versions 2 and 3) below, minimal decoders written
   only from docs/packet-format.md (section 8 and appendices A and B) over raw ``nacl.bindings``,
   ``blake3`` and the standard library: they do not import ``crypto``. ``decode_stream`` opens
   the frames with libsodium's
   ChaCha20-Poly1305 and derives the payload key with its own RFC 5869 HKDF, where the reference
   writer uses OpenSSL through ``cryptography``: two implementations agree on every vector. They
   prove the page suffices to read the format, and that both readers refuse the same tampered
   bytes.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import blake3
import nacl.bindings as nb
import nacl.exceptions
import pytest

from crypto import packet
from crypto.errors import BadSignature, CryptoError, NotForMe, PacketDamaged
from crypto.identity import Identity, PublicIdentity
from tests.vectors import make_vectors

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
NAMES = sorted(p.stem for p in VECTORS.glob("*.json"))


def load(name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    return result


STREAM_NAMES = [name for name in NAMES if load(name)["format_version"] in (2, 3)]
"""The vectors of the versions with positional nonces (2 and 3)."""


def packet_bytes(name: str) -> bytes:
    return (VECTORS / str(load(name)["packet_file"])).read_bytes()


def identity(keys: dict[str, str]) -> Identity:
    return Identity(bytes.fromhex(keys["x25519_secret"]), bytes.fromhex(keys["ed25519_seed"]))


def read_with_reference(blob: bytes, keys: dict[str, str]) -> bytes:
    """The reference reader, to the end (so the signature is checked)."""
    content: bytes = packet.PacketReader(io.BytesIO(blob), identity(keys)).read_all()
    return content


def expected_plaintext(recipe: dict[str, Any]) -> bytes:
    """The content, rebuilt from the vector's description (section 11 of the spec)."""
    if recipe["algorithm"] == "literal":
        return str(recipe["utf8"]).encode("utf-8")
    assert recipe["algorithm"] == "sha256-counter"
    label, size = str(recipe["label"]).encode("utf-8"), int(recipe["size"])
    out = bytearray()
    i = 0
    while len(out) < size:
        out += hashlib.sha256(label + struct.pack(">I", i)).digest()
        i += 1
    return bytes(out[:size])


def test_there_are_vectors_of_each_version_for_a_paper_a_tiny_note_and_an_empty_item() -> None:
    for prefix, version in (("", 1), ("v2-", 2), ("v3-", 3)):
        assert {f"{prefix}paper-150k", f"{prefix}note-tiny", f"{prefix}empty"} <= set(NAMES)
        for item in ("paper-150k", "note-tiny", "empty"):
            assert load(f"{prefix}{item}")["format_version"] == version
        assert load(f"{prefix}paper-150k")["chunk_sizes"] == [65536, 65536, 22528]
        assert load(f"{prefix}note-tiny")["slot_count"] == 8
        assert load(f"{prefix}empty")["chunk_sizes"] == []
    assert len(STREAM_NAMES) == 6


def test_reference_constants_are_the_ones_the_spec_names() -> None:
    assert packet.VERSION == 3
    assert packet.READABLE_VERSIONS == (1, 2, 3)
    assert packet.SALT_BYTES == 32 == packet.header_tail_bytes(2) == packet.header_tail_bytes(3)
    assert packet.V1_STREAM_HEADER_BYTES == 24 == packet.header_tail_bytes(1)
    assert packet.ABYTES == 16
    assert packet.MAX_FRAME_BYTES == 65552
    assert STREAM_FORMATS[3][:2] == (packet.SIGNATURE_CONTEXT, packet.PAYLOAD_INFO)
    assert STREAM_FORMATS[2][:2] == (packet.V2_SIGNATURE_CONTEXT, packet.V2_PAYLOAD_INFO)
    assert packet.V1_SIGNATURE_CONTEXT == V1_CONTEXT


def test_blake3_is_the_hash_of_its_specification() -> None:
    """Section 2's BLAKE3: the unkeyed 32-byte hash, whose empty input's value the BLAKE3
    paper's test vectors give (a library that used keyed or derive-key mode would differ)."""
    assert blake3.blake3(b"").hexdigest() == (
        "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"
    )
    assert len(blake3.blake3(b"x" * CHUNK).digest()) == 32


# -- with the reference reader -------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_vector_file_matches_its_recorded_size_and_hash(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    assert len(blob) == vector["packet_size"]
    assert hashlib.sha256(blob).hexdigest() == vector["packet_sha256"]


@pytest.mark.parametrize("name", NAMES)
def test_vector_keys_are_consistent_with_their_public_halves(name: str) -> None:
    vector = load(name)
    for keys in [vector["sender"], *vector["recipients"], vector["non_recipient"]]:
        public = identity(keys).public
        assert public.x25519.hex() == keys["x25519_public"]
        assert public.ed25519.hex() == keys["ed25519_public"]


@pytest.mark.parametrize("name", NAMES)
def test_every_recipient_opens_the_vector_to_the_recorded_manifest_and_content(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    plaintext = expected_plaintext(vector["plaintext"])
    assert len(plaintext) == vector["plaintext_size"]
    assert hashlib.sha256(plaintext).hexdigest() == vector["plaintext_sha256"]
    for keys in vector["recipients"]:
        reader = packet.PacketReader(io.BytesIO(blob), identity(keys))
        assert reader.version == vector["format_version"]
        assert reader.slot_count == vector["slot_count"]
        assert json.loads(reader.manifest_bytes) == vector["manifest"]
        assert hashlib.sha256(reader.manifest_bytes).hexdigest() == vector["manifest_sha256"]
        chunks = list(reader.chunks())
        assert [len(c) for c in chunks] == vector["chunk_sizes"]
        assert b"".join(chunks) == plaintext
        manifest = reader.untrusted_manifest
        assert manifest.sender == PublicIdentity(
            bytes.fromhex(vector["sender"]["x25519_public"]),
            bytes.fromhex(vector["sender"]["ed25519_public"]),
        )
        assert manifest.size == len(plaintext)


@pytest.mark.parametrize("name", NAMES)
def test_vector_is_not_addressed_to_the_non_recipient(name: str) -> None:
    vector = load(name)
    with pytest.raises(NotForMe):
        packet.PacketReader(io.BytesIO(packet_bytes(name)), identity(vector["non_recipient"]))


@pytest.mark.parametrize("spec", make_vectors.SPECS, ids=lambda s: s.name)
def test_writer_still_produces_each_vector_byte_for_byte(spec: make_vectors.VectorSpec) -> None:
    blob, description = make_vectors.build(spec)
    assert blob == packet_bytes(spec.name), "the packet format changed: see docs/packet-format.md"
    assert description == load(spec.name)


def test_seal_by_default_writes_version_3_that_the_independent_decoder_reads() -> None:
    sender, reader = Identity.generate(), Identity.generate()
    # More than one batch of the writer's worker pool (16 chunks), and a short last chunk.
    content = os.urandom(17 * CHUNK + 5)
    manifest = packet.Manifest(
        packet_id=packet.new_packet_id(),
        created_at="2026-11-25T09:30:00+00:00",
        kind="paper",
        title="Draft",
        file_name="draft.pdf",
        media_type="application/pdf",
        size=len(content),
        sender_name="Amira",
        sender=sender.public,
        recipients=(sender.public, reader.public),
    )
    out = io.BytesIO()
    packet.seal(sender, manifest, [content[:1000], content[1000:]], out.write)
    blob = out.getvalue()
    assert blob[8:10] == struct.pack(">H", 3)
    decoded = decode_stream(blob, reader.x25519_secret, reader.public.ed25519)
    assert decoded.version == 3
    assert decoded.chunk_sizes == [CHUNK] * 17 + [5]
    assert decoded.content == content
    opened = packet.PacketReader(io.BytesIO(blob), reader)
    assert opened.version == 3
    assert opened.read_all() == content


# -- independent decoders, from docs/packet-format.md alone ----------------------------------

MAGIC = b"QRPACKET"
CHUNK = 65536
KINDS = {"paper", "note", "card", "revision", "ack"}
HEX = set("0123456789abcdef")
# Versions 3 (sections 3, 4, 7) and 2 (appendix B): signature context, payload key label and
# the hash of the content's leaves and root.
STREAM_FORMATS: dict[int, tuple[bytes, bytes, Any]] = {
    3: (b"quietroom-packet-v3\x00", b"quietroom-packet-v3 payload", blake3.blake3),
    2: (b"quietroom-packet-v2\x00", b"quietroom-packet-v2 payload", hashlib.sha256),
}
V2_TAG = 16
NOT_FINAL, FINAL = b"\x00", b"\x01"
# Version 1 (appendix A)
V1_CONTEXT = b"quietroom-packet-v1\x00"
TAG_MESSAGE, TAG_FINAL = 0, 3


class Rejected(Exception):
    """The independent decoder refuses the packet; ``args[0]`` names the spec's error."""


@dataclass
class Decoded:
    version: int
    file_key: bytes
    slot_index: int
    frame_lengths: list[int]
    manifest_bytes: bytes
    manifest: dict[str, Any]
    content: bytes
    chunk_sizes: list[int]
    content_hash: bytes
    signature: bytes
    payload_key: bytes = b""  # versions 2 and 3


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len({k for k, _ in pairs}) != len(pairs):
        raise Rejected("PacketDamaged")
    return dict(pairs)


def _hexkey(value: Any, chars: int) -> bytes:
    if not isinstance(value, str) or len(value) != chars or not set(value) <= HEX:
        raise Rejected("PacketDamaged")
    return bytes.fromhex(value)


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise Rejected("PacketDamaged")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Rejected("PacketDamaged") from None
    return value


def _check_manifest(raw: bytes) -> dict[str, Any]:
    """Section 6.1."""
    try:
        m = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_pairs, parse_constant=lambda _: 1 / 0
        )
    except (ValueError, ZeroDivisionError, RecursionError):
        raise Rejected("PacketDamaged") from None
    fields = {"v", "packet_id", "created_at", "kind", "title", "file_name", "media_type"}
    fields |= {"size", "sender", "recipients", "links"}
    if not isinstance(m, dict) or set(m) != fields:
        raise Rejected("PacketDamaged")
    if type(m["v"]) is not int or m["v"] != 1:
        raise Rejected("PacketDamaged")
    _hexkey(m["packet_id"], 32)
    _text(m["created_at"], 40)
    if m["kind"] not in KINDS:
        raise Rejected("PacketDamaged")
    _text(m["title"], 1000)
    name = _text(m["file_name"], 255)
    if name in (".", "..") or any(c in "/\\" or ord(c) < 0x20 or ord(c) == 0x7F for c in name):
        raise Rejected("PacketDamaged")
    _text(m["media_type"], 127)
    if type(m["size"]) is not int or not 0 <= m["size"] <= 2**40:
        raise Rejected("PacketDamaged")
    sender = m["sender"]
    if not isinstance(sender, dict) or set(sender) != {"name", "x25519", "ed25519"}:
        raise Rejected("PacketDamaged")
    _text(sender["name"], 200)
    recipients = m["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= 256:
        raise Rejected("PacketDamaged")
    for entry in [sender, *recipients]:
        if not isinstance(entry, dict) or not {"x25519", "ed25519"} <= set(entry):
            raise Rejected("PacketDamaged")
        if set(entry) - {"x25519", "ed25519"} - ({"name"} if entry is sender else set()):
            raise Rejected("PacketDamaged")
        _hexkey(entry["x25519"], 64)
        _hexkey(entry["ed25519"], 64)
    links = m["links"]
    if not isinstance(links, dict) or len(links) > 16:
        raise Rejected("PacketDamaged")
    for key, value in links.items():
        _text(key, 40)
        _text(value, 200)
    return m


def _fixed_header(blob: bytes) -> tuple[int, int]:
    """Section 8, step 1: the version and the slot count ``n``."""
    if blob[:8] != MAGIC:
        raise Rejected("NotAPacket")
    if len(blob) < 12:
        raise Rejected("PacketDamaged")
    version, n = struct.unpack(">HH", blob[8:12])
    if version not in (1, 2, 3):
        raise Rejected("NotAPacket")
    if n < 4 or n > 256 or n % 4:
        raise Rejected("PacketDamaged")
    return version, n


def _open_slot(blob: bytes, n: int, x25519_secret: bytes) -> tuple[bytes, int]:
    """Section 8, step 3: the file key and the index of the slot it came from."""
    x25519_public = nb.crypto_scalarmult_base(x25519_secret)
    for i in range(n):
        try:
            opened = nb.crypto_box_seal_open(
                blob[12 + 80 * i : 92 + 80 * i], x25519_public, x25519_secret
            )
        except nacl.exceptions.CryptoError:
            continue
        if len(opened) == 32:
            return opened, i
    raise Rejected("NotForMe")


def _check_recipient(manifest: dict[str, Any], x25519_secret: bytes, ed25519: bytes) -> None:
    """Section 8, step 7."""
    me = {"x25519": nb.crypto_scalarmult_base(x25519_secret).hex(), "ed25519": ed25519.hex()}
    if me not in manifest["recipients"]:
        raise Rejected("PacketForwarded")


def _check_signature(manifest: dict[str, Any], signature: bytes, signed: bytes) -> None:
    """Section 8, step 10."""
    sender_key = bytes.fromhex(manifest["sender"]["ed25519"])
    try:
        if len(signature) != 64:
            raise nacl.exceptions.BadSignatureError
        nb.crypto_sign_open(signature + signed, sender_key)  # signature || message
    except nacl.exceptions.BadSignatureError:
        raise Rejected("BadSignature") from None


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int) -> bytes:
    """RFC 5869 with HMAC-SHA-256: extract, then expand."""
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, block, counter = b"", b"", 1
    while len(okm) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        okm += block
        counter += 1
    return okm[:length]


def v2_nonce(index: int, final: bool) -> bytes:
    """Section 4: u88 frame index || flag."""
    return index.to_bytes(11, "big") + (FINAL if final else NOT_FINAL)


def decode(blob: bytes, x25519_secret: bytes, ed25519_public: bytes) -> Decoded:
    """Section 8, step 1 picks the version from the header; version 1 goes on as appendix A."""
    version, _ = _fixed_header(blob)
    chosen = decode_v1 if version == 1 else decode_stream
    return chosen(blob, x25519_secret, ed25519_public)


def decode_stream(blob: bytes, x25519_secret: bytes, ed25519_public: bytes) -> Decoded:
    """Section 8, step by step, for format version 3, and version 2 as appendix B changes it
    (refuses any other version)."""
    # 1. fixed header
    version, n = _fixed_header(blob)
    if version not in STREAM_FORMATS:
        raise Rejected("NotAPacket")
    context, payload_info, content_hash_function = STREAM_FORMATS[version]
    # 2. rest of the header: slots and salt
    h = 44 + 80 * n
    if len(blob) < h:
        raise Rejected("PacketDamaged")
    header, salt = blob[:h], blob[h - 32 : h]
    # 3. slot trial
    file_key, slot_index = _open_slot(blob, n, x25519_secret)
    # 4. payload key
    payload_key = hkdf_sha256(file_key, salt, payload_info, 32)
    offset = h
    lengths: list[int] = []

    def next_frame(index: int, ad: bytes | None, final: bool, plaintext: int | None) -> bytes:
        """Frame ``index``; ``plaintext`` is the length it must have (None: the manifest)."""
        nonlocal offset
        if len(blob) - offset < 4:
            raise Rejected("PacketDamaged")  # truncated
        (length,) = struct.unpack(">I", blob[offset : offset + 4])
        if not V2_TAG <= length <= CHUNK + V2_TAG:
            raise Rejected("PacketDamaged")  # impossible length
        if plaintext is not None and length != plaintext + V2_TAG:
            raise Rejected("PacketDamaged")  # out of shape
        if len(blob) - offset - 4 < length:
            raise Rejected("PacketDamaged")  # truncated
        ciphertext = blob[offset + 4 : offset + 4 + length]
        offset += 4 + length
        lengths.append(length)
        try:
            return nb.crypto_aead_chacha20poly1305_ietf_decrypt(
                ciphertext, ad, v2_nonce(index, final), payload_key
            )
        except nacl.exceptions.CryptoError:
            raise Rejected("PacketDamaged") from None  # altered

    # 5. manifest frame, 6. manifest, 7. recipient check
    manifest_bytes = next_frame(0, header, final=False, plaintext=None)
    manifest = _check_manifest(manifest_bytes)
    _check_recipient(manifest, x25519_secret, ed25519_public)
    # 8. content frames, their lengths fixed by the size
    size = manifest["size"]
    k = -(-size // CHUNK)
    content = bytearray()
    leaves: list[bytes] = []
    for j in range(1, k + 1):
        chunk = next_frame(j, None, final=False, plaintext=min(CHUNK, size - CHUNK * (j - 1)))
        leaves.append(content_hash_function(chunk).digest())
        content += chunk
    # 9. final frame and end
    signature = next_frame(k + 1, None, final=True, plaintext=64)
    if offset != len(blob):
        raise Rejected("PacketDamaged")  # extra bytes
    # 10. signature (section 7)
    content_hash = content_hash_function(b"".join(leaves)).digest()
    signed = (
        context
        + hashlib.sha256(header).digest()
        + hashlib.sha256(manifest_bytes).digest()
        + content_hash
    )
    _check_signature(manifest, signature, signed)
    sizes = [min(CHUNK, size - CHUNK * (j - 1)) for j in range(1, k + 1)]
    return Decoded(
        version,
        file_key,
        slot_index,
        lengths,
        manifest_bytes,
        manifest,
        bytes(content),
        sizes,
        content_hash,
        signature,
        payload_key,
    )


def decode_v1(blob: bytes, x25519_secret: bytes, ed25519_public: bytes) -> Decoded:
    """Section 8 as appendix A changes it, for format version 1 (refuses any other version)."""
    # 1. fixed header
    version, n = _fixed_header(blob)
    if version != 1:
        raise Rejected("NotAPacket")
    # 2. rest of the header: slots and stream header
    h = 36 + 80 * n
    if len(blob) < h:
        raise Rejected("PacketDamaged")
    header = blob[:h]
    # 3. slot trial
    file_key, slot_index = _open_slot(blob, n, x25519_secret)
    # 4. stream
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    nb.crypto_secretstream_xchacha20poly1305_init_pull(state, blob[h - 24 : h], file_key)
    offset = h
    lengths: list[int] = []

    def next_frame(ad: bytes | None) -> tuple[bytes, int]:
        nonlocal offset
        if len(blob) - offset < 4:
            raise Rejected("PacketDamaged")
        (length,) = struct.unpack(">I", blob[offset : offset + 4])
        if not 17 <= length <= 65553:
            raise Rejected("PacketDamaged")
        if len(blob) - offset - 4 < length:
            raise Rejected("PacketDamaged")
        ciphertext = blob[offset + 4 : offset + 4 + length]
        offset += 4 + length
        lengths.append(length)
        try:
            message, tag = nb.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, ad)
        except nacl.exceptions.CryptoError:
            raise Rejected("PacketDamaged") from None
        return message, tag

    # 5. manifest frame, 6. manifest, 7. recipient check
    manifest_bytes, tag = next_frame(header)
    if tag != TAG_MESSAGE:
        raise Rejected("PacketDamaged")
    manifest = _check_manifest(manifest_bytes)
    _check_recipient(manifest, x25519_secret, ed25519_public)
    # 8. content frames
    content = bytearray()
    sizes: list[int] = []
    size = manifest["size"]
    while True:
        message, tag = next_frame(None)
        if tag == TAG_FINAL:
            break
        expected = min(CHUNK, size - len(content))
        if tag != TAG_MESSAGE or expected == 0 or len(message) != expected:
            raise Rejected("PacketDamaged")
        content += message
        sizes.append(len(message))
    # 9. end
    if len(content) != size or offset != len(blob):
        raise Rejected("PacketDamaged")
    # 10. signature
    content_hash = hashlib.sha256(bytes(content)).digest()
    signed = (
        V1_CONTEXT
        + hashlib.sha256(header).digest()
        + hashlib.sha256(manifest_bytes).digest()
        + content_hash
    )
    _check_signature(manifest, message, signed)
    return Decoded(
        1,
        file_key,
        slot_index,
        lengths,
        manifest_bytes,
        manifest,
        bytes(content),
        sizes,
        content_hash,
        message,
    )


def _decode_as(blob: bytes, keys: dict[str, str]) -> Decoded:
    return decode(blob, bytes.fromhex(keys["x25519_secret"]), bytes.fromhex(keys["ed25519_public"]))


def test_the_independent_hkdf_is_rfc_5869() -> None:
    """RFC 5869 appendix A, test cases 1 and 3 (the latter: empty salt and info)."""
    ikm = b"\x0b" * 22
    okm_1 = hkdf_sha256(ikm, bytes(range(13)), bytes(range(0xF0, 0xFA)), 42)
    assert okm_1.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )
    okm_3 = hkdf_sha256(ikm, b"", b"", 42)
    assert okm_3.hex() == (
        "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
    )


@pytest.mark.parametrize("name", NAMES)
def test_independent_decoder_reads_every_recorded_fact_of_the_vector(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    version = vector["format_version"]
    plaintext = expected_plaintext(vector["plaintext"])
    for keys in vector["recipients"]:
        decoded = _decode_as(blob, keys)
        assert decoded.version == version
        assert decoded.file_key.hex() == vector["file_key"]
        assert decoded.slot_index == vector["slot_of_recipient"][keys["name"]]
        assert decoded.frame_lengths == vector["frame_lengths"]
        assert decoded.manifest == vector["manifest"]
        assert len(decoded.manifest_bytes) == vector["manifest_length"]
        assert decoded.manifest_bytes.endswith(b" " * vector["manifest_padding_spaces"])
        assert hashlib.sha256(decoded.manifest_bytes).hexdigest() == vector["manifest_sha256"]
        assert decoded.chunk_sizes == vector["chunk_sizes"]
        assert decoded.content == plaintext
        assert decoded.signature.hex() == vector["signature"]
    header = blob[: vector["header_length"]]
    assert len(header) == 12 + 80 * vector["slot_count"] + (24 if version == 1 else 32)
    assert hashlib.sha256(header).hexdigest() == vector["header_sha256"]
    if version in STREAM_FORMATS:
        assert header[-32:].hex() == vector["salt"]
        assert decoded.payload_key.hex() == vector["payload_key"]
        assert decoded.content_hash.hex() == vector["content_hash"]
        context, content_hash = STREAM_FORMATS[version][0], bytes.fromhex(vector["content_hash"])
    else:
        assert header[-24:].hex() == vector["stream_header"]
        context, content_hash = V1_CONTEXT, bytes.fromhex(vector["plaintext_sha256"])
    signed = (
        context
        + hashlib.sha256(header).digest()
        + bytes.fromhex(vector["manifest_sha256"])
        + content_hash
    )
    assert hashlib.sha256(signed).hexdigest() == vector["signed_message_sha256"]


@pytest.mark.parametrize("name", NAMES)
def test_independent_decoder_refuses_the_non_recipient(name: str) -> None:
    with pytest.raises(Rejected, match="NotForMe"):
        _decode_as(packet_bytes(name), load(name)["non_recipient"])


@pytest.mark.parametrize(
    "name", ["empty", "note-tiny", "v2-empty", "v2-note-tiny", "v3-empty", "v3-note-tiny"]
)
def test_both_readers_refuse_every_single_byte_change_of_a_vector(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][-1]
    for position in range(len(blob)):
        changed = bytearray(blob)
        changed[position] ^= 0x04
        with pytest.raises(Rejected):
            _decode_as(bytes(changed), keys)
        with pytest.raises(CryptoError):
            read_with_reference(bytes(changed), keys)


@pytest.mark.parametrize("name", ["paper-150k", "v2-paper-150k", "v3-paper-150k"])
def test_both_readers_refuse_every_truncation_of_the_paper_vector_at_frame_edges(
    name: str,
) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][1]
    edges = [vector["header_length"]]
    for length in vector["frame_lengths"]:
        edges.append(edges[-1] + 4 + length)
    assert edges[-1] == len(blob)
    for edge in edges[:-1]:
        for cut in (edge - 1, edge, edge + 2, edge + 4):
            with pytest.raises(Rejected, match="PacketDamaged"):
                _decode_as(blob[:cut], keys)
            with pytest.raises(PacketDamaged):
                read_with_reference(blob[:cut], keys)


@pytest.mark.parametrize("name", NAMES)
def test_bytes_after_the_final_frame_are_refused_by_both_readers(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][-1]
    final_frame = blob[-(4 + vector["frame_lengths"][-1]) :]
    for extra in (b"\0", final_frame):
        with pytest.raises(Rejected, match="PacketDamaged"):
            _decode_as(blob + extra, keys)
        with pytest.raises(PacketDamaged, match="extra bytes"):
            read_with_reference(blob + extra, keys)


@pytest.mark.parametrize("name", NAMES)
def test_a_version_field_naming_another_format_version_is_refused_by_both_readers(
    name: str,
) -> None:
    """A packet relabelled as an older (or newer) version: the payload key, the header's
    length or the signature's context differ, so neither reader takes it for that version."""
    vector, blob = load(name), packet_bytes(name)
    for other in {1, 2, 3} - {vector["format_version"]}:
        swapped = blob[:8] + struct.pack(">H", other) + blob[10:]
        for keys in vector["recipients"]:
            with pytest.raises(Rejected, match="PacketDamaged"):
                _decode_as(swapped, keys)
            with pytest.raises(PacketDamaged):
                read_with_reference(swapped, keys)


# -- what any recipient can do: re-encrypt the frames under the same key and header ----------


def _reencrypt_v1(vector: dict[str, Any], blob: bytes, signature: bytes) -> bytes:
    """Re-push the secretstream under the same key and stream header."""
    h = vector["header_length"]
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    key, stream_header = bytes.fromhex(vector["file_key"]), bytes.fromhex(vector["stream_header"])
    nb.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
    decoded = _decode_as(blob, vector["recipients"][0])
    messages: list[tuple[bytes, bytes | None, int]] = [
        (decoded.manifest_bytes, blob[:h], TAG_MESSAGE)
    ]
    content = decoded.content
    messages += [(content[i : i + CHUNK], None, TAG_MESSAGE) for i in range(0, len(content), CHUNK)]
    messages.append((signature, None, TAG_FINAL))
    out = blob[:h]
    for message, ad, tag in messages:
        ciphertext = nb.crypto_secretstream_xchacha20poly1305_push(state, message, ad, tag)
        out += struct.pack(">I", len(ciphertext)) + ciphertext
    return out


Frame = tuple[bytes, bytes | None, bool]
"""A frame of version 2 or 3 to seal: plaintext, associated data, final flag."""


def _v2_frames(
    vector: dict[str, Any], blob: bytes, signature: bytes, chunk: int = CHUNK
) -> list[Frame]:
    """The frames of the vector as section 5.2 writes them, content cut every ``chunk`` bytes."""
    decoded = _decode_as(blob, vector["recipients"][0])
    content = decoded.content
    frames: list[Frame] = [(decoded.manifest_bytes, blob[: vector["header_length"]], False)]
    frames += [(content[i : i + chunk], None, False) for i in range(0, len(content), chunk)]
    frames.append((signature, None, True))
    return frames


def _seal_v2(vector: dict[str, Any], blob: bytes, frames: list[Frame]) -> bytes:
    """The vector's header followed by ``frames``, sealed with libsodium under its payload key."""
    key = bytes.fromhex(vector["payload_key"])
    out = blob[: vector["header_length"]]
    for index, (message, ad, final) in enumerate(frames):
        ciphertext = nb.crypto_aead_chacha20poly1305_ietf_encrypt(
            message, ad, v2_nonce(index, final), key
        )
        out += struct.pack(">I", len(ciphertext)) + ciphertext
    return out


def _reencrypt(vector: dict[str, Any], blob: bytes, signature: bytes) -> bytes:
    if vector["format_version"] == 1:
        return _reencrypt_v1(vector, blob, signature)
    return _seal_v2(vector, blob, _v2_frames(vector, blob, signature))


@pytest.mark.parametrize("name", NAMES)
def test_a_recipient_re_encrypting_the_vector_gets_the_same_bytes_or_a_bad_signature(
    name: str,
) -> None:
    vector, blob = load(name), packet_bytes(name)
    assert _reencrypt(vector, blob, bytes.fromhex(vector["signature"])) == blob
    keys = vector["recipients"][-1]
    for bad in (bytes(64), bytes.fromhex(vector["signature"])[:-1] + b"\0"):
        forged = _reencrypt(vector, blob, bad)
        with pytest.raises(Rejected, match="BadSignature"):
            _decode_as(forged, keys)
        with pytest.raises(BadSignature):
            read_with_reference(forged, keys)


@pytest.mark.parametrize("name", NAMES)
def test_a_final_frame_that_is_not_64_bytes_is_refused_by_both_readers(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][-1]
    for short_or_long in (b"short", bytes.fromhex(vector["signature"]) + b"\0"):
        forged = _reencrypt(vector, blob, short_or_long)
        if vector["format_version"] != 1:  # section 8 step 9: L must be 80, out of shape
            with pytest.raises(Rejected, match="PacketDamaged"):
                _decode_as(forged, keys)
            with pytest.raises(PacketDamaged):
                read_with_reference(forged, keys)
        else:  # appendix A: refused at step 10
            with pytest.raises(Rejected, match="BadSignature"):
                _decode_as(forged, keys)
            with pytest.raises(BadSignature):
                read_with_reference(forged, keys)


# -- versions 2 and 3 only ------------------------------------------------------------------


@pytest.mark.parametrize("name", STREAM_NAMES)
def test_v2_and_v3_signature_frame_sealed_without_the_final_flag_is_refused_by_both_readers(
    name: str,
) -> None:
    vector, blob = load(name), packet_bytes(name)
    frames = _v2_frames(vector, blob, bytes.fromhex(vector["signature"]))
    signature, ad, _ = frames[-1]
    frames[-1] = (signature, ad, False)
    forged = _seal_v2(vector, blob, frames)
    assert len(forged) == len(blob) and forged != blob
    for keys in vector["recipients"]:
        with pytest.raises(Rejected, match="PacketDamaged"):
            _decode_as(forged, keys)
        with pytest.raises(PacketDamaged):
            read_with_reference(forged, keys)


@pytest.mark.parametrize("name", STREAM_NAMES)
def test_v2_and_v3_manifest_or_content_frame_sealed_with_the_final_flag_is_refused_by_both_readers(
    name: str,
) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][-1]
    frames = _v2_frames(vector, blob, bytes.fromhex(vector["signature"]))
    for index in range(len(frames) - 1):  # the manifest, then each content frame
        flagged = list(frames)
        message, ad, _ = flagged[index]
        flagged[index] = (message, ad, True)
        forged = _seal_v2(vector, blob, flagged)
        with pytest.raises(Rejected, match="PacketDamaged"):
            _decode_as(forged, keys)
        with pytest.raises(PacketDamaged):
            read_with_reference(forged, keys)
        # The same frame marked final, with nothing after it: the packet still ends early.
        cut = _seal_v2(vector, blob, flagged[: index + 1])
        with pytest.raises(Rejected, match="PacketDamaged"):
            _decode_as(cut, keys)
        with pytest.raises(PacketDamaged):
            read_with_reference(cut, keys)


@pytest.mark.parametrize("name", ["v2-paper-150k", "v2-note-tiny", "v3-paper-150k", "v3-note-tiny"])
def test_v2_and_v3_content_re_cut_into_other_frame_sizes_is_refused_by_both_readers(
    name: str,
) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][-1]
    signature = bytes.fromhex(vector["signature"])
    for chunk in (32, min(CHUNK, vector["plaintext_size"]) - 1):  # 65535 or a byte short
        forged = _seal_v2(vector, blob, _v2_frames(vector, blob, signature, chunk=chunk))
        with pytest.raises(Rejected, match="PacketDamaged"):
            _decode_as(forged, keys)
        with pytest.raises(PacketDamaged):
            read_with_reference(forged, keys)
    # An empty content frame before the signature (a writer never emits one).
    frames = _v2_frames(vector, blob, signature)
    forged = _seal_v2(vector, blob, [*frames[:-1], (b"", None, False), frames[-1]])
    with pytest.raises(Rejected, match="PacketDamaged"):
        _decode_as(forged, keys)
    with pytest.raises(PacketDamaged):
        read_with_reference(forged, keys)


@pytest.mark.parametrize("name", ["v2-paper-150k", "v2-note-tiny", "v3-paper-150k", "v3-note-tiny"])
def test_signature_covers_the_two_level_content_hash_of_its_version_only(name: str) -> None:
    """Version 3 signs BLAKE3 leaves and root, version 2 SHA-256 ones. A signature over a flat
    hash of the content, or over the other version's two-level hash, is refused."""
    vector, blob = load(name), packet_bytes(name)
    plaintext = expected_plaintext(vector["plaintext"])
    header = blob[: vector["header_length"]]
    version = vector["format_version"]
    context = STREAM_FORMATS[version][0]

    def message(content_hash: bytes) -> bytes:
        manifest_hash = bytes.fromhex(vector["manifest_sha256"])
        return context + hashlib.sha256(header).digest() + manifest_hash + content_hash

    def two_level(hash_function: Any) -> bytes:
        leaves = b"".join(
            hash_function(plaintext[i : i + CHUNK]).digest()
            for i in range(0, len(plaintext), CHUNK)
        )
        digest: bytes = hash_function(leaves).digest()
        return digest

    own_hash = STREAM_FORMATS[version][2]
    other_hash = STREAM_FORMATS[5 - version][2]
    assert two_level(own_hash).hex() == vector["content_hash"]
    signing_key = identity(vector["sender"]).signing_key()
    # Ed25519 is deterministic: the sender signing section 7's message gives the vector's bytes.
    assert signing_key.sign(message(two_level(own_hash))).signature.hex() == vector["signature"]
    for wrong in (own_hash(plaintext).digest(), two_level(other_hash)):
        assert wrong.hex() != vector["content_hash"]
        forged = _reencrypt(vector, blob, signing_key.sign(message(wrong)).signature)
        for keys in vector["recipients"]:
            with pytest.raises(Rejected, match="BadSignature"):
                _decode_as(forged, keys)
            with pytest.raises(BadSignature):
                read_with_reference(forged, keys)
