"""Sealed packets: one item from one sender to a few recipients, in a file that can travel.

Normative spec: docs/packet-format.md (format version 1; never changed without a new version,
a migration and new test vectors). In short::

    "QRPACKET" | version u16 | slot count u16 | slots (count x 80) | secretstream header (24)
    | frames: u32 length || secretstream ciphertext
        frame 0      manifest (JSON, space-padded as if it had one recipient per slot),
                     associated data = every header byte before it
        frames 1..k  the plaintext in 64 KiB chunks (the last 1..64 KiB; none if empty)
        last frame   TAG_FINAL: Ed25519 signature over
                     context || SHA-256(header) || SHA-256(manifest) || SHA-256(plaintext)

Each slot is ``crypto_box_seal(recipient X25519 key, file key)``, unlabelled; padding slots are
sealed boxes of random keys to throwaway key pairs. The signed manifest lists every recipient,
so a packet re-sealed by one recipient to someone else is refused (surreptitious forwarding).
The reader follows the order of the spec's section 8. Reading is streaming: memory stays flat
for any size, and nothing is trusted until the final signature verifies, which
:meth:`PacketReader.chunks` checks before it finishes.
"""

from __future__ import annotations

import hashlib
import json
import queue
import re
import secrets
import struct
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions
import nacl.public
import nacl.signing

from crypto.errors import (
    BadSignature,
    MalformedInput,
    NotAPacket,
    NotForMe,
    PacketDamaged,
    PacketForwarded,
)
from crypto.identity import Identity, PublicIdentity

MAGIC = b"QRPACKET"
VERSION = 1
_FIXED = struct.Struct(">8sHH")
SLOT_BYTES = 32 + 32 + 16  # crypto_box_seal of a 32-byte key: ephemeral pk + box + MAC
SLOT_MULTIPLE = 4
MAX_SLOTS = 256
STREAM_HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
STREAM_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
CHUNK_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_FRAME_BYTES = max(CHUNK_BYTES, MAX_MANIFEST_BYTES) + STREAM_ABYTES
MAX_TITLE_CHARS = 1000
MAX_PACKET_SIZE = 1 << 40
MAX_LINKS = 16
# One entry of the manifest's "recipients" list, with its comma: ,{"ed25519":"…","x25519":"…"}
RECIPIENT_ENTRY_BYTES = len(b',{"ed25519":"","x25519":""}') + 4 * 32
SIGNATURE_BYTES = 64
SIGNATURE_CONTEXT = b"quietroom-packet-v1\0"
KINDS = ("paper", "note", "card", "revision", "ack")
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_LEN = struct.Struct(">I")
_HASH_BATCH = 1024 * 1024
_HASH_QUEUE = 8


@dataclass(frozen=True)
class Manifest:
    """What the sender declares about the packet. Trust it only after the signature checks."""

    packet_id: str
    created_at: str
    kind: str
    title: str
    file_name: str
    media_type: str
    size: int
    sender_name: str
    sender: PublicIdentity
    recipients: tuple[PublicIdentity, ...]
    links: dict[str, str] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        body = {
            "v": VERSION,
            "packet_id": self.packet_id,
            "created_at": self.created_at,
            "kind": self.kind,
            "title": self.title,
            "file_name": self.file_name,
            "media_type": self.media_type,
            "size": self.size,
            "sender": {"name": self.sender_name, **_keys_json(self.sender)},
            "recipients": [_keys_json(r) for r in self.recipients],
            "links": dict(sorted(self.links.items())),
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    @classmethod
    def parse(cls, untrusted: bytes) -> Manifest:
        """Parse and check every field; raise :class:`PacketDamaged` on anything odd.

        The rules are those of docs/packet-format.md section 6: exactly the known fields, no
        duplicate keys, lowercase hex keys and id, every string within its limit.
        """
        try:
            data = json.loads(
                untrusted.decode("utf-8"),
                object_pairs_hook=_unique_keys,
                parse_constant=_no_constant,
            )
            if not isinstance(data, dict) or set(data) != _MANIFEST_FIELDS:
                raise ValueError("fields")
            if type(data["v"]) is not int or data["v"] != VERSION:
                raise ValueError("version")
            sender = data["sender"]
            if not isinstance(sender, dict):
                raise ValueError("sender")
            links = data["links"]
            if not isinstance(links, dict) or len(links) > MAX_LINKS:
                raise ValueError("links")
            kind = _str(data["kind"], 20)
            if kind not in KINDS:
                raise ValueError("kind")
            manifest = cls(
                packet_id=_hex(data["packet_id"], 16),
                created_at=_str(data["created_at"], 40),
                kind=kind,
                title=_str(data["title"], MAX_TITLE_CHARS),
                file_name=_file_name(data["file_name"]),
                media_type=_str(data["media_type"], 127),
                size=_int(data["size"]),
                sender_name=_str(sender["name"], 200),
                sender=_keys_parse(sender, _SENDER_FIELDS),
                recipients=tuple(_keys_parse(r) for r in _list(data["recipients"])),
                links={_str(k, 40): _str(v, 200) for k, v in links.items()},
            )
        except (ValueError, KeyError, TypeError, RecursionError, MalformedInput):
            raise PacketDamaged("the packet's manifest is malformed") from None
        return manifest


_MANIFEST_FIELDS = frozenset(
    (
        "v",
        "packet_id",
        "created_at",
        "kind",
        "title",
        "file_name",
        "media_type",
        "size",
        "sender",
        "recipients",
        "links",
    )
)
_SENDER_FIELDS = frozenset(("name", "x25519", "ed25519"))
_KEY_FIELDS = frozenset(("x25519", "ed25519"))
_LOWER_HEX = re.compile(r"[0-9a-f]*")
_FORBIDDEN_IN_FILE_NAME = re.compile(r"[/\\\x00-\x1f\x7f]")


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> object:
    raise ValueError("NaN and Infinity are not JSON")


def _keys_json(key: PublicIdentity) -> dict[str, str]:
    return {"x25519": key.x25519.hex(), "ed25519": key.ed25519.hex()}


def _keys_parse(untrusted: object, fields: frozenset[str] = _KEY_FIELDS) -> PublicIdentity:
    if not isinstance(untrusted, dict) or set(untrusted) != fields:
        raise ValueError("key")
    return PublicIdentity(
        x25519=bytes.fromhex(_hex(untrusted["x25519"], 32)),
        ed25519=bytes.fromhex(_hex(untrusted["ed25519"], 32)),
    )


def _str(value: object, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("string")
    value.encode("utf-8")  # a lone surrogate ("\\ud800" in JSON) raises here
    return value


def _hex(value: object, size: int) -> str:
    text = _str(value, 2 * size)
    if len(text) != 2 * size or not _LOWER_HEX.fullmatch(text):
        raise ValueError("hex")
    return text


def _file_name(value: object) -> str:
    name = _str(value, 255)
    if name in (".", "..") or _FORBIDDEN_IN_FILE_NAME.search(name):
        raise ValueError("file name")
    return name


def _int(value: object) -> int:
    if type(value) is not int or not 0 <= value <= MAX_PACKET_SIZE:
        raise ValueError("int")
    return value


def _list(value: object) -> list[object]:
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_SLOTS:
        raise ValueError("list")
    return value


def padded_slot_count(recipients: int) -> int:
    """Slots for ``recipients``: rounded up to a multiple of 4 so the count says little."""
    return max(SLOT_MULTIPLE, -(-recipients // SLOT_MULTIPLE) * SLOT_MULTIPLE)


def _signed_message(header: bytes, manifest: bytes, plaintext_sha256: bytes) -> bytes:
    return (
        SIGNATURE_CONTEXT
        + hashlib.sha256(header).digest()
        + hashlib.sha256(manifest).digest()
        + plaintext_sha256
    )


def _frame(ciphertext: bytes) -> bytes:
    return _LEN.pack(len(ciphertext)) + ciphertext


# -- sealing ---------------------------------------------------------------------------------

Randomness = Callable[[int], bytes]
"""``n -> n bytes``. Only the test-vector generator passes one (see :func:`seal`)."""


def _slot(file_key: bytes, recipient_x25519: bytes, rng: Randomness | None) -> bytes:
    if rng is None:
        return sodium.crypto_box_seal(file_key, recipient_x25519)
    # What crypto_box_seal does, with the ephemeral key drawn from ``rng`` (test vectors only).
    ephemeral_pk, ephemeral_sk = sodium.crypto_box_seed_keypair(rng(32))
    nonce = sodium.crypto_generichash_blake2b_salt_personal(
        ephemeral_pk + recipient_x25519, digest_size=sodium.crypto_box_NONCEBYTES
    )
    return ephemeral_pk + sodium.crypto_box(file_key, nonce, recipient_x25519, ephemeral_sk)


def _padding_slot(rng: Randomness | None) -> bytes:
    if rng is None:
        throwaway = bytes(nacl.public.PrivateKey.generate().public_key)
        return _slot(secrets.token_bytes(32), throwaway, None)
    throwaway = sodium.crypto_box_seed_keypair(rng(32))[0]
    return _slot(rng(32), throwaway, rng)


def _shuffled(slots: list[bytes], rng: Randomness | None) -> list[bytes]:
    if rng is None:
        order = list(range(len(slots)))
        secrets.SystemRandom().shuffle(order)
        return [slots[i] for i in order]
    return [slot for _, slot in sorted((rng(16), slot) for slot in slots)]


def _init_push(
    file_key: bytes, rng: Randomness | None
) -> tuple[sodium.crypto_secretstream_xchacha20poly1305_state, bytes]:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    if rng is None:
        return state, sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key)
    # init_pull from a chosen header leaves the same state init_push would (test vectors only).
    stream_header = rng(STREAM_HEADER_BYTES)
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, file_key)
    return state, stream_header


def _checked_manifest_bytes(manifest: Manifest) -> bytes:
    try:
        manifest_bytes = manifest.to_bytes()
    except UnicodeEncodeError:
        raise MalformedInput("the manifest holds text that is not valid Unicode") from None
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise MalformedInput("the manifest is too large (too many recipients or too long a title)")
    try:
        Manifest.parse(manifest_bytes)
    except PacketDamaged:
        raise MalformedInput(
            "the manifest has a field no reader would accept (see docs/packet-format.md)"
        ) from None
    return manifest_bytes


class _Hasher:
    """SHA-256 of a stream, computed on a second thread while the caller encrypts or decrypts;
    when sealing, the same thread also writes the encrypted frames, in order.

    hashlib, libsodium and file writes all release the GIL on large buffers, so the work runs
    on two cores. Items are handed over in batches of about 1 MiB through a bounded queue (at
    most ``_HASH_QUEUE`` batches in flight). An error of ``write`` (a full disk) is raised in
    the caller's thread at the next hand-over or at :meth:`digest`.
    """

    def __init__(self, write: Callable[[bytes], object] | None = None) -> None:
        self._sha = hashlib.sha256()
        self._write = write
        self._queue: queue.Queue[list[tuple[bytes, bytes | None]] | None] = queue.Queue(
            maxsize=_HASH_QUEUE
        )
        self._batch: list[tuple[bytes, bytes | None]] = []
        self._batched = 0
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="packet-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain without doing more work after a failure
            try:
                for block, frame in batch:
                    self._sha.update(block)
                    if frame is not None and self._write is not None:
                        self._write(frame)
            except BaseException as exc:  # re-raised in the caller's thread
                self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def update(self, block: bytes, frame: bytes | None = None) -> None:
        self._check()
        self._batch.append((block, frame))
        self._batched += len(block)
        if self._batched >= _HASH_BATCH:
            self._queue.put(self._batch)
            self._batch, self._batched = [], 0

    def digest(self) -> bytes:
        """Wait for every block; the SHA-256 of them all (raises a write error if one came)."""
        if self._batch:
            self._queue.put(self._batch)
            self._batch = []
        self.close()
        self._check()
        return self._sha.digest()

    def close(self) -> None:
        """Stop the thread (safe to call twice, and after an error)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


def seal(
    sender: Identity,
    manifest: Manifest,
    chunks: Iterable[bytes],
    write: Callable[[bytes], object],
    progress: Callable[[int], None] | None = None,
    *,
    _rng: Randomness | None = None,
) -> None:
    """Write a packet carrying the bytes of ``chunks`` (``manifest.size`` of them in total).

    ``manifest.recipients`` must include the sender if the sender is to read it back. The bytes
    are re-cut into 64 KiB frames; ``progress`` gets the count of plaintext bytes sealed.

    ``_rng`` exists only for tests/vectors/make_vectors.py, to make a packet reproducible: it
    replaces every random choice (file key, slot ephemeral keys, padding, slot order, stream
    header). Production code never passes it, and then libsodium's own randomness is used.
    """
    if manifest.sender != sender.public:
        raise MalformedInput("the manifest's sender is not the sealing identity")
    if not manifest.recipients or len(manifest.recipients) > MAX_SLOTS:
        raise MalformedInput(f"a packet has 1 to {MAX_SLOTS} recipients")
    manifest_bytes = _checked_manifest_bytes(manifest)
    unique_recipients = list(dict.fromkeys(manifest.recipients))
    if len(unique_recipients) != len(manifest.recipients):
        raise MalformedInput("the manifest lists a recipient twice")
    slot_count = padded_slot_count(len(unique_recipients))
    # Trailing spaces (JSON whitespace) so the manifest is as long as with `slot_count`
    # recipients: its frame length must not tell how many recipients share a slot bucket.
    manifest_bytes += b" " * (RECIPIENT_ENTRY_BYTES * (slot_count - len(unique_recipients)))
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise MalformedInput("the manifest is too large (too many recipients or too long a title)")
    if _rng is None:
        file_key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    else:
        file_key = _rng(sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES)
    slots = [_slot(file_key, r.x25519, _rng) for r in unique_recipients]
    while len(slots) < slot_count:
        slots.append(_padding_slot(_rng))
    slots = _shuffled(slots, _rng)

    state, stream_header = _init_push(file_key, _rng)
    header = _FIXED.pack(MAGIC, VERSION, len(slots)) + b"".join(slots) + stream_header
    write(header)
    push = sodium.crypto_secretstream_xchacha20poly1305_push
    write(_frame(push(state, manifest_bytes, header, _TAG_MESSAGE)))

    digest = _Hasher(write)
    try:
        _seal_body(state, digest, chunks, progress, manifest.size)
        content_sha256 = digest.digest()
    finally:
        digest.close()
    signature = (
        sender.signing_key().sign(_signed_message(header, manifest_bytes, content_sha256)).signature
    )
    write(_frame(push(state, signature, None, _TAG_FINAL)))


def _seal_body(
    state: sodium.crypto_secretstream_xchacha20poly1305_state,
    digest: _Hasher,
    chunks: Iterable[bytes],
    progress: Callable[[int], None] | None,
    size: int,
) -> None:
    push = sodium.crypto_secretstream_xchacha20poly1305_push
    total = 0
    pending = bytearray()

    def emit(block: bytes) -> None:
        nonlocal total
        total += len(block)
        digest.update(block, _frame(push(state, block, None, _TAG_MESSAGE)))
        if progress:
            progress(total)

    for piece in chunks:
        if len(pending) == 0 and len(piece) == CHUNK_BYTES:
            emit(bytes(piece))
            continue
        pending += piece
        while len(pending) >= CHUNK_BYTES:
            emit(bytes(pending[:CHUNK_BYTES]))
            del pending[:CHUNK_BYTES]
    if pending:
        emit(bytes(pending))
    if total != size:
        raise MalformedInput("the content changed size while it was being sealed")


# -- opening ---------------------------------------------------------------------------------


def _read_up_to(source: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes, fewer only at the end of the file (raw files may return less)."""
    data = source.read(size)
    while len(data) < size:
        more = source.read(size - len(data))
        if not more:
            break
        data += more
    return data


def _read_exact(source: BinaryIO, size: int) -> bytes:
    data = _read_up_to(source, size)
    if len(data) != size:
        raise PacketDamaged("the packet is cut short (truncated)")
    return data


class PacketReader:
    """Opens a packet for ``me``: finds our slot, decrypts the manifest, then streams.

    ``untrusted_manifest`` is available at once (to show who it claims to be from) but is only
    vouched for once :meth:`chunks` has run to its end without raising.
    """

    def __init__(self, source: BinaryIO, me: Identity) -> None:
        self._source = source
        fixed = _read_up_to(source, _FIXED.size)
        if not fixed.startswith(MAGIC):
            raise NotAPacket("this file is not a Quietroom packet")
        if len(fixed) < _FIXED.size:
            raise PacketDamaged("the packet is cut short (truncated)")
        _, version, count = _FIXED.unpack(fixed)
        if version != VERSION:
            raise NotAPacket(
                f"this packet uses format version {version}; this Quietroom reads version "
                f"{VERSION} only"
            )
        if not SLOT_MULTIPLE <= count <= MAX_SLOTS or count % SLOT_MULTIPLE:
            raise PacketDamaged(
                f"the packet's header is malformed: it declares {count} key slots (a packet "
                f"has a multiple of {SLOT_MULTIPLE} from {SLOT_MULTIPLE} to {MAX_SLOTS})"
            )
        slots = _read_exact(source, count * SLOT_BYTES)
        stream_header = _read_exact(source, STREAM_HEADER_BYTES)
        self.header = fixed + slots + stream_header
        self.slot_count = count

        mine = me.public
        secret = me.x25519_secret
        file_key: bytes | None = None
        for i in range(count):
            slot = slots[i * SLOT_BYTES : (i + 1) * SLOT_BYTES]
            try:
                file_key = sodium.crypto_box_seal_open(slot, mine.x25519, secret)
            except nacl.exceptions.CryptoError:
                continue
            if len(file_key) == 32:
                break
            file_key = None
        if file_key is None:
            raise NotForMe("this packet is not addressed to you")

        self._state = sodium.crypto_secretstream_xchacha20poly1305_state()
        try:
            sodium.crypto_secretstream_xchacha20poly1305_init_pull(
                self._state, stream_header, file_key
            )
        except nacl.exceptions.CryptoError:
            raise PacketDamaged("the packet's header is damaged") from None
        manifest_bytes, tag = self._pull(self.header)
        if tag != _TAG_MESSAGE:
            raise PacketDamaged("the packet ends before its content")
        self.manifest_bytes = manifest_bytes
        self.untrusted_manifest = Manifest.parse(manifest_bytes)
        if mine not in self.untrusted_manifest.recipients:
            raise PacketForwarded(
                "this packet was sealed for other people and re-sent to you; it is refused"
            )
        self._done = False

    def _pull(self, ad: bytes | None) -> tuple[bytes, int]:
        (length,) = _LEN.unpack(_read_exact(self._source, _LEN.size))
        if not STREAM_ABYTES <= length <= MAX_FRAME_BYTES:
            raise PacketDamaged("the packet has a frame of impossible length")
        ciphertext = _read_exact(self._source, length)
        try:
            message, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                self._state, ciphertext, ad
            )
        except nacl.exceptions.CryptoError:
            raise PacketDamaged("the packet was altered after it was sealed") from None
        return bytes(message), int(tag)

    def chunks(self) -> Iterator[bytes]:
        """Yield the plaintext in chunks; the last step verifies size and signature.

        Raises :class:`PacketDamaged` or :class:`BadSignature`. A consumer must keep nothing
        unless this iterator finished normally.
        """
        if self._done:
            raise MalformedInput("the packet was already read")
        self._done = True
        manifest = self.untrusted_manifest
        digest = _Hasher()
        try:
            message = yield from self._content(manifest, digest)
            content_sha256 = digest.digest()
        finally:
            digest.close()
        signed = _signed_message(self.header, self.manifest_bytes, content_sha256)
        try:
            nacl.signing.VerifyKey(manifest.sender.ed25519).verify(signed, message)
        except (nacl.exceptions.BadSignatureError, ValueError):
            raise BadSignature("the sender's signature on this packet does not verify") from None

    def _content(self, manifest: Manifest, digest: _Hasher) -> Generator[bytes, None, bytes]:
        """Yield the content frames; return the final frame's message (the signature)."""
        total = 0
        while True:
            message, tag = self._pull(None)
            if tag == _TAG_FINAL:
                break
            # Every chunk but the last is exactly 64 KiB, none is empty: one encoding per content.
            expected = min(CHUNK_BYTES, manifest.size - total)
            if tag != _TAG_MESSAGE or expected == 0 or len(message) != expected:
                raise PacketDamaged("the packet's content is out of shape")
            digest.update(message)
            total += len(message)
            yield message
        if total != manifest.size:
            raise PacketDamaged("the packet's content is shorter than its manifest says")
        if _read_up_to(self._source, 1):
            raise PacketDamaged("the packet has extra bytes after its end")
        return message

    def read_all(self, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole (verified) plaintext, for small items such as cards and notes."""
        if self.untrusted_manifest.size > limit:
            raise MalformedInput("this packet is too large to read into memory")
        return b"".join(self.chunks())


def new_packet_id() -> str:
    return secrets.token_hex(16)
