"""The test vectors of docs/packet-format.md, read two ways.

1. With the reference reader (``crypto.packet``): every listed recipient opens each vector and
   gets exactly the recorded manifest and content; the writer still produces it byte for byte.
2. With ``decode_v1`` below, a minimal decoder written only from docs/packet-format.md over raw
   ``nacl.bindings`` (it does not import ``crypto``): it proves the page suffices to read the
   format, and that both readers refuse the same tampered bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.bindings as nb
import nacl.exceptions
import pytest

from crypto import packet
from crypto.errors import BadSignature, CryptoError, NotForMe
from crypto.identity import Identity, PublicIdentity
from tests.vectors import make_vectors

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
NAMES = sorted(p.stem for p in VECTORS.glob("*.json"))


def load(name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    return result


def packet_bytes(name: str) -> bytes:
    return (VECTORS / load(name)["packet_file"]).read_bytes()


def identity(keys: dict[str, str]) -> Identity:
    return Identity(bytes.fromhex(keys["x25519_secret"]), bytes.fromhex(keys["ed25519_seed"]))


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


def test_there_are_vectors_for_a_multi_chunk_paper_and_a_tiny_note() -> None:
    assert {"paper-150k", "note-tiny", "empty"} <= set(NAMES)
    assert len(load("paper-150k")["chunk_sizes"]) == 3
    assert load("note-tiny")["slot_count"] == 8


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


# -- an independent decoder, from docs/packet-format.md alone --------------------------------

MAGIC = b"QRPACKET"
TAG_MESSAGE, TAG_FINAL = 0, 3
CHUNK = 65536
CONTEXT = b"quietroom-packet-v1\x00"
KINDS = {"paper", "note", "card", "revision", "ack"}
HEX = set("0123456789abcdef")


class Rejected(Exception):
    """The independent decoder refuses the packet; ``args[0]`` names the spec's error."""


@dataclass
class Decoded:
    file_key: bytes
    slot_index: int
    frame_lengths: list[int]
    manifest_bytes: bytes
    manifest: dict[str, Any]
    content: bytes
    signature: bytes


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


def decode_v1(blob: bytes, x25519_secret: bytes, ed25519_public: bytes) -> Decoded:
    """Section 8, step by step."""
    x25519_public = nb.crypto_scalarmult_base(x25519_secret)
    # 1. fixed header
    if blob[:8] != MAGIC:
        raise Rejected("NotAPacket")
    if len(blob) < 12:
        raise Rejected("PacketDamaged")
    version, n = struct.unpack(">HH", blob[8:12])
    if version != 1:
        raise Rejected("NotAPacket")
    if n < 4 or n > 256 or n % 4:
        raise Rejected("PacketDamaged")
    # 2. rest of the header
    h = 36 + 80 * n
    if len(blob) < h:
        raise Rejected("PacketDamaged")
    header = blob[:h]
    # 3. slot trial
    file_key, slot_index = None, -1
    for i in range(n):
        try:
            opened = nb.crypto_box_seal_open(
                blob[12 + 80 * i : 92 + 80 * i], x25519_public, x25519_secret
            )
        except nacl.exceptions.CryptoError:
            continue
        if len(opened) == 32:
            file_key, slot_index = opened, i
            break
    if file_key is None:
        raise Rejected("NotForMe")
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
    me = {"x25519": x25519_public.hex(), "ed25519": ed25519_public.hex()}
    if me not in manifest["recipients"]:
        raise Rejected("PacketForwarded")
    # 8. content frames
    content = bytearray()
    size = manifest["size"]
    while True:
        message, tag = next_frame(None)
        if tag == TAG_FINAL:
            break
        expected = min(CHUNK, size - len(content))
        if tag != TAG_MESSAGE or expected == 0 or len(message) != expected:
            raise Rejected("PacketDamaged")
        content += message
    # 9. end
    if len(content) != size or offset != len(blob):
        raise Rejected("PacketDamaged")
    # 10. signature
    signed = (
        CONTEXT
        + hashlib.sha256(header).digest()
        + hashlib.sha256(manifest_bytes).digest()
        + hashlib.sha256(bytes(content)).digest()
    )
    sender_key = bytes.fromhex(manifest["sender"]["ed25519"])
    try:
        if len(message) != 64:
            raise nacl.exceptions.BadSignatureError
        nb.crypto_sign_open(message + signed, sender_key)  # signature || message
    except nacl.exceptions.BadSignatureError:
        raise Rejected("BadSignature") from None
    return Decoded(file_key, slot_index, lengths, manifest_bytes, manifest, bytes(content), message)


def _decode_as(blob: bytes, keys: dict[str, str]) -> Decoded:
    return decode_v1(
        blob, bytes.fromhex(keys["x25519_secret"]), bytes.fromhex(keys["ed25519_public"])
    )


@pytest.mark.parametrize("name", NAMES)
def test_independent_decoder_reads_every_recorded_fact_of_the_vector(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    plaintext = expected_plaintext(vector["plaintext"])
    for keys in vector["recipients"]:
        decoded = _decode_as(blob, keys)
        assert decoded.file_key.hex() == vector["file_key"]
        assert decoded.slot_index == vector["slot_of_recipient"][keys["name"]]
        assert decoded.frame_lengths == vector["frame_lengths"]
        assert decoded.manifest == vector["manifest"]
        assert len(decoded.manifest_bytes) == vector["manifest_length"]
        assert decoded.manifest_bytes.endswith(b" " * vector["manifest_padding_spaces"])
        assert decoded.content == plaintext
        assert decoded.signature.hex() == vector["signature"]
    header = blob[: vector["header_length"]]
    assert hashlib.sha256(header).hexdigest() == vector["header_sha256"]
    assert header[-24:].hex() == vector["stream_header"]
    signed = (
        CONTEXT
        + hashlib.sha256(header).digest()
        + bytes.fromhex(vector["manifest_sha256"])
        + bytes.fromhex(vector["plaintext_sha256"])
    )
    assert hashlib.sha256(signed).hexdigest() == vector["signed_message_sha256"]


@pytest.mark.parametrize("name", NAMES)
def test_independent_decoder_refuses_the_non_recipient(name: str) -> None:
    with pytest.raises(Rejected, match="NotForMe"):
        _decode_as(packet_bytes(name), load(name)["non_recipient"])


@pytest.mark.parametrize("name", ["empty", "note-tiny"])
def test_both_readers_refuse_every_single_byte_change_of_a_vector(name: str) -> None:
    vector, blob = load(name), packet_bytes(name)
    keys = vector["recipients"][-1]
    for position in range(len(blob)):
        changed = bytearray(blob)
        changed[position] ^= 0x04
        with pytest.raises(Rejected):
            _decode_as(bytes(changed), keys)
        with pytest.raises(CryptoError):
            reader = packet.PacketReader(io.BytesIO(bytes(changed)), identity(keys))
            for _ in reader.chunks():
                pass


def test_both_readers_refuse_every_truncation_of_the_paper_vector_at_frame_edges() -> None:
    vector, blob = load("paper-150k"), packet_bytes("paper-150k")
    keys = vector["recipients"][1]
    edges = [vector["header_length"]]
    for length in vector["frame_lengths"]:
        edges.append(edges[-1] + 4 + length)
    assert edges[-1] == len(blob)
    for edge in edges[:-1]:
        for cut in (edge - 1, edge, edge + 2, edge + 4):
            with pytest.raises(Rejected, match="PacketDamaged"):
                _decode_as(blob[:cut], keys)
            with pytest.raises(CryptoError):
                reader = packet.PacketReader(io.BytesIO(blob[:cut]), identity(keys))
                for _ in reader.chunks():
                    pass


def _reencrypt(vector: dict[str, Any], blob: bytes, signature: bytes) -> bytes:
    """What any recipient can do: re-push the stream under the same key and header."""
    h = vector["header_length"]
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    key, stream_header = bytes.fromhex(vector["file_key"]), bytes.fromhex(vector["stream_header"])
    nb.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
    decoded = _decode_as(blob, vector["recipients"][0])
    messages = [(decoded.manifest_bytes, blob[:h], TAG_MESSAGE)]
    content = decoded.content
    messages += [(content[i : i + CHUNK], None, TAG_MESSAGE) for i in range(0, len(content), CHUNK)]
    messages.append((signature, None, TAG_FINAL))
    out = blob[:h]
    for message, ad, tag in messages:
        ciphertext = nb.crypto_secretstream_xchacha20poly1305_push(state, message, ad, tag)
        out += struct.pack(">I", len(ciphertext)) + ciphertext
    return out


@pytest.mark.parametrize("name", NAMES)
def test_a_recipient_re_encrypting_the_vector_gets_the_same_bytes_or_a_bad_signature(
    name: str,
) -> None:
    vector, blob = load(name), packet_bytes(name)
    assert _reencrypt(vector, blob, bytes.fromhex(vector["signature"])) == blob
    keys = vector["recipients"][-1]
    for bad in (bytes(64), bytes.fromhex(vector["signature"])[:-1] + b"\0", b"short"):
        forged = _reencrypt(vector, blob, bad)
        with pytest.raises(Rejected, match="BadSignature"):
            _decode_as(forged, keys)
        with pytest.raises(BadSignature):
            packet.PacketReader(io.BytesIO(forged), identity(keys)).read_all()
