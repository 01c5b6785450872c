"""Sealed packets: one item from one sender to a few recipients, in a file that can travel.

Normative spec: docs/packet-format.md. Writers produce format version 3; readers read versions
1, 2 and 3 (a format is never changed without a new version, a migration and new test vectors).
In short, version 3::

    "QRPACKET" | version u16 | slot count u16 | slots (count x 80) | salt (32)
    | frames: u32 length || ChaCha20-Poly1305 ciphertext (RFC 8439, 16-byte tag)
        frame 0      manifest (JSON, space-padded as if it had one recipient per slot),
                     associated data = every header byte before it
        frames 1..k  the plaintext in 64 KiB chunks (the last 1..64 KiB; none if empty)
        frame k+1    the final frame: Ed25519 signature over
                     context || SHA-256(header) || SHA-256(manifest) || content hash
    content hash = BLAKE3(BLAKE3(chunk 1) || ... || BLAKE3(chunk k))
    payload key = HKDF-SHA-256(file key, salt, "quietroom-packet-v3 payload")
    nonce of frame i = u88 i || 0x01 for the final frame, 0x00 for every other

Version 2 is the same with SHA-256 for the content hash (leaves and root) and "-v2" labels.
Version 1 has a libsodium secretstream (XChaCha20-Poly1305) where versions 2 and 3 have the
STREAM construction above: the same chunking, tags and signature, but each frame's nonce comes
from its position rather than from the frame before it, and OpenSSL's ChaCha20-Poly1305 (through
``cryptography``) is about three times as fast as libsodium's on current x86 and ARM cores.
docs/packet-format.md, sections 14 and 15, give the figures and the reasoning.

Each slot is ``crypto_box_seal(recipient X25519 key, file key)``, unlabelled; padding slots are
sealed boxes of random keys to throwaway key pairs. The signed manifest lists every recipient,
so a packet re-sealed by one recipient to someone else is refused (surreptitious forwarding).
The reader follows the order of the spec's section 8. Reading is streaming: memory stays flat
for any size, and nothing is trusted until the final signature verifies, which
:meth:`PacketReader.chunks` checks before it finishes.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import queue
import re
import secrets
import struct
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import BinaryIO

import blake3
import nacl.bindings as sodium
import nacl.exceptions
import nacl.public
import nacl.signing
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
VERSION = 3
"""The format version :func:`seal` writes."""
READABLE_VERSIONS = (1, 2, 3)
MANIFEST_VERSION = 1
"""The manifest's own ``v`` member: the same manifest rules in both packet versions."""
_FIXED = struct.Struct(">8sHH")
SLOT_BYTES = 32 + 32 + 16  # crypto_box_seal of a 32-byte key: ephemeral pk + box + MAC
SLOT_MULTIPLE = 4
MAX_SLOTS = 256
FILE_KEY_BYTES = 32
CHUNK_BYTES = 64 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_TITLE_CHARS = 1000
MAX_PACKET_SIZE = 1 << 40
MAX_LINKS = 16
# One entry of the manifest's "recipients" list, with its comma: ,{"ed25519":"…","x25519":"…"}
RECIPIENT_ENTRY_BYTES = len(b',{"ed25519":"","x25519":""}') + 4 * 32
SIGNATURE_BYTES = 64
KINDS = ("paper", "note", "card", "revision", "ack")

# Format versions 2 and 3: ChaCha20-Poly1305 (RFC 8439) in the STREAM construction.
SALT_BYTES = 32
ABYTES = 16
MAX_FRAME_BYTES = max(CHUNK_BYTES, MAX_MANIFEST_BYTES) + ABYTES
SIGNATURE_CONTEXT = b"quietroom-packet-v3\0"
PAYLOAD_INFO = b"quietroom-packet-v3 payload"
V2_SIGNATURE_CONTEXT = b"quietroom-packet-v2\0"
V2_PAYLOAD_INFO = b"quietroom-packet-v2 payload"
_COUNTER_BYTES = 11
_NOT_FINAL = b"\x00"
_FINAL = b"\x01"

# Format version 1: libsodium secretstream (XChaCha20-Poly1305). Read, and written only for the
# test vectors (``seal(..., _format=1)``).
V1_STREAM_HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
V1_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
V1_MAX_FRAME_BYTES = max(CHUNK_BYTES, MAX_MANIFEST_BYTES) + V1_ABYTES
V1_SIGNATURE_CONTEXT = b"quietroom-packet-v1\0"
_TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
_TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL

_LEN = struct.Struct(">I")
_Bytes = bytes | bytearray
_BATCH_CHUNKS = 16  # one task for the worker pool: 1 MiB of content
_WORKERS = max(1, min(4, os.cpu_count() or 1))
_IN_FLIGHT = 2 * _WORKERS + 2  # batches sealed or opened ahead of the writer or the consumer


def header_tail_bytes(version: int) -> int:
    """Bytes after the slots that still belong to the header: the salt, or v1's stream header."""
    return V1_STREAM_HEADER_BYTES if version == 1 else SALT_BYTES


class _ContentHash:
    """How versions 2 and 3 hash the content: a leaf hash per 64 KiB chunk, then one hash (the
    root) of the leaves concatenated. Version 2 uses SHA-256, version 3 BLAKE3 (a third of the
    CPU time: docs/packet-format.md, section 15); both give 32 bytes and release the GIL."""

    def __init__(self, version: int) -> None:
        self.new = blake3.blake3 if version == 3 else hashlib.sha256

    def leaves(self, blocks: Sequence[_Bytes]) -> bytes:
        """The blocks' leaf hashes, concatenated."""
        new = self.new
        return b"".join(new(block).digest() for block in blocks)


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
            "v": MANIFEST_VERSION,
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
            if type(data["v"]) is not int or data["v"] != MANIFEST_VERSION:
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


def _signed_message(version: int, header: bytes, manifest: bytes, content_hash: bytes) -> bytes:
    context = {1: V1_SIGNATURE_CONTEXT, 2: V2_SIGNATURE_CONTEXT, 3: SIGNATURE_CONTEXT}[version]
    return (
        context + hashlib.sha256(header).digest() + hashlib.sha256(manifest).digest() + content_hash
    )


def _frame(ciphertext: bytes) -> bytes:
    return _LEN.pack(len(ciphertext)) + ciphertext


class _Stream:
    """Format versions 2 and 3's frames: ChaCha20-Poly1305 under the payload key, nonce =
    position, and the content's leaf hashes.

    The nonce of frame ``i`` (the manifest is frame 0) is ``u88 i || 0x00``, or ``|| 0x01`` for
    the final frame: frames cannot be reordered, dropped, duplicated or moved between packets
    (other packets have other keys), and no frame but the last can pass for the end. Because a
    frame's nonce depends only on its position, frames are sealed and opened in parallel.
    """

    def __init__(self, file_key: bytes, salt: bytes, version: int) -> None:
        info = PAYLOAD_INFO if version == 3 else V2_PAYLOAD_INFO
        payload_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(
            file_key
        )
        self._aead = ChaCha20Poly1305(payload_key)
        self.hash = _ContentHash(version)

    @staticmethod
    def _nonce(index: int, final: bool) -> bytes:
        return index.to_bytes(_COUNTER_BYTES, "big") + (_FINAL if final else _NOT_FINAL)

    def seal(self, index: int, message: bytes, ad: bytes | None, *, final: bool = False) -> bytes:
        """Frame ``index`` with its length prefix, encrypted in place (no copy)."""
        frame = bytearray(_LEN.size + len(message) + ABYTES)
        _LEN.pack_into(frame, 0, len(message) + ABYTES)
        target = memoryview(frame)[_LEN.size :]
        self._aead.encrypt_into(self._nonce(index, final), message, ad, target)
        return frame  # type: ignore[return-value]  # a bytearray: every writer takes one

    def open(
        self, index: int, ciphertext: bytes, ad: bytes | None, *, final: bool = False
    ) -> bytes:
        """Frame ``index``'s plaintext; :class:`PacketDamaged` when it fails to authenticate."""
        try:
            return self._aead.decrypt(self._nonce(index, final), ciphertext, ad)
        except InvalidTag:
            raise PacketDamaged("the packet was altered after it was sealed") from None

    def seal_batch(
        self, first: int, blocks: list[_Bytes], buffers: _Buffers
    ) -> tuple[bytearray, bytes, int]:
        """Content frames ``first ...`` for ``blocks``, one after the other in one buffer (so
        they are written with one call), the blocks' leaf hashes, and the plaintext size.

        A full batch is encrypted into a buffer taken from ``buffers``; the blocks go back to it.
        """
        plaintext = sum(len(block) for block in blocks)
        size = plaintext + len(blocks) * (_LEN.size + ABYTES)
        run = buffers.take_run() if size == _Buffers.RUN_BYTES else bytearray(size)
        view = memoryview(run)
        offset = 0
        for i, block in enumerate(blocks):
            length = len(block) + ABYTES
            _LEN.pack_into(run, offset, length)
            offset += _LEN.size
            target = view[offset : offset + length]
            self._aead.encrypt_into(self._nonce(first + i, False), block, None, target)
            offset += length
        leaves = self.hash.leaves(blocks)
        for block in blocks:
            buffers.give_block(block)
        return run, leaves, plaintext

    def open_batch(
        self, first: int, ciphertexts: list[bytes], buffers: _Buffers
    ) -> tuple[list[bytearray], bytes]:
        """Plaintexts of content frames ``first ...`` (in buffers taken from ``buffers``, the
        last one of a content perhaps shorter), and their leaf hashes."""
        blocks = []
        for i, ciphertext in enumerate(ciphertexts):
            size = len(ciphertext) - ABYTES
            block = buffers.take_block() if size == CHUNK_BYTES else bytearray(size)
            try:
                self._aead.decrypt_into(self._nonce(first + i, False), ciphertext, None, block)
            except InvalidTag:
                raise PacketDamaged("the packet was altered after it was sealed") from None
            blocks.append(block)
        return blocks, self.hash.leaves(blocks)


class _Buffers:
    """Free lists of 64 KiB content blocks and of whole batches of frames, reused from batch to
    batch.

    Sealing a large paper used to allocate and free two 64 KiB buffers per chunk on different
    threads; the C allocator then kept returning that memory to the system and faulting it back
    in (page faults took a quarter of the time of a 1 GiB seal). Reusing a bounded set of
    buffers (at most the batches in flight) keeps them mapped. ``list.append`` and ``list.pop``
    are atomic, so the threads share the lists without a lock.
    """

    RUN_BYTES = _BATCH_CHUNKS * (_LEN.size + CHUNK_BYTES + ABYTES)

    def __init__(self) -> None:
        self._blocks: list[bytearray] = []
        self._runs: list[bytearray] = []

    def take_block(self) -> bytearray:
        try:
            return self._blocks.pop()
        except IndexError:
            return bytearray(CHUNK_BYTES)

    def give_block(self, block: _Bytes) -> None:
        if type(block) is bytearray and len(block) == CHUNK_BYTES:
            self._blocks.append(block)

    def take_run(self) -> bytearray:
        try:
            return self._runs.pop()
        except IndexError:
            return bytearray(self.RUN_BYTES)

    def give_run(self, run: _Bytes) -> None:
        if type(run) is bytearray and len(run) == self.RUN_BYTES:
            self._runs.append(run)


def _pool() -> ThreadPoolExecutor:
    """Workers for a packet's frames: OpenSSL and hashlib release the GIL, so they use cores."""
    return ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="packet-frames")


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


def _blocks(pieces: Iterable[bytes], buffers: _Buffers) -> Iterator[_Bytes]:
    """The bytes of ``pieces`` in blocks of exactly 64 KiB, the last one shorter (never empty).

    Full blocks are buffers from ``buffers`` (handed back once sealed); the content is copied
    into them once, so the caller may reuse its own buffers.
    """
    block = buffers.take_block()
    filled = 0
    for piece in pieces:
        view = memoryview(piece).cast("B")
        while view:
            size = min(CHUNK_BYTES - filled, len(view))
            block[filled : filled + size] = view[:size]
            filled += size
            view = view[size:]
            if filled == CHUNK_BYTES:
                yield block
                block = buffers.take_block()
                filled = 0
    if filled:
        yield bytes(block[:filled])
    buffers.give_block(block)


def _batched(blocks: Iterator[_Bytes]) -> Iterator[list[_Bytes]]:
    while batch := list(itertools.islice(blocks, _BATCH_CHUNKS)):
        yield batch


def seal(
    sender: Identity,
    manifest: Manifest,
    chunks: Iterable[bytes],
    write: Callable[[_Bytes], object],
    progress: Callable[[int], None] | None = None,
    *,
    _rng: Randomness | None = None,
    _format: int = VERSION,
) -> None:
    """Write a packet carrying the bytes of ``chunks`` (``manifest.size`` of them in total).

    ``manifest.recipients`` must include the sender if the sender is to read it back. The bytes
    are re-cut into 64 KiB frames; ``progress`` gets the count of plaintext bytes taken in for
    sealing (at most a few MiB ahead of what is written). ``chunks`` is read on the caller's
    thread; ``write`` is called in order, from the caller's thread (header, manifest, signature)
    and from a writer thread (content frames), never from two at once. ``write`` must use or
    copy the bytes before it returns (as a file's ``write`` does): the buffer is reused.

    ``_rng`` and ``_format`` exist only for tests/vectors/make_vectors.py, to make a packet
    reproducible (``_rng`` replaces every random choice: file key, slot ephemeral keys, padding,
    slot order, salt or stream header) and to write the version-1 vectors. Production code passes
    neither: libsodium's own randomness is used and the packet is format version 3 (the
    version-2 vectors are written with ``_format=2``).
    """
    if _format not in READABLE_VERSIONS:
        raise MalformedInput("there is no packet format version {version}", version=_format)
    if manifest.sender != sender.public:
        raise MalformedInput("the manifest's sender is not the sealing identity")
    if not manifest.recipients or len(manifest.recipients) > MAX_SLOTS:
        raise MalformedInput("a packet has 1 to {limit} recipients", limit=MAX_SLOTS)
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
    file_key = secrets.token_bytes(FILE_KEY_BYTES) if _rng is None else _rng(FILE_KEY_BYTES)
    slots = [_slot(file_key, r.x25519, _rng) for r in unique_recipients]
    while len(slots) < slot_count:
        slots.append(_padding_slot(_rng))
    slots = _shuffled(slots, _rng)

    if _format == 1:
        v1 = (file_key, slots, manifest_bytes, manifest.size)
        _v1_seal(sender, v1, chunks, write, progress, _rng)
        return
    salt = secrets.token_bytes(SALT_BYTES) if _rng is None else _rng(SALT_BYTES)
    stream = _Stream(file_key, salt, _format)
    header = _FIXED.pack(MAGIC, _format, len(slots)) + b"".join(slots) + salt
    write(header)
    write(stream.seal(0, manifest_bytes, header))
    content_hash, frames = _seal_content(stream, chunks, write, progress, manifest.size)
    signed = _signed_message(_format, header, manifest_bytes, content_hash)
    signature = sender.signing_key().sign(signed).signature
    write(stream.seal(frames + 1, signature, None, final=True))


class _Writer:
    """Writes the sealed batches in order, and hashes their leaf hashes, on a thread of its own.

    The caller's thread reads the content and hands batches to the worker pool; this thread
    waits for each batch's frames in turn and writes them. Reading, sealing and writing thus
    overlap on every core (file writes, OpenSSL and hashlib release the GIL). At most
    ``_IN_FLIGHT`` batches wait here: :meth:`put` blocks beyond that, so memory stays flat.
    An error of ``write`` (a full disk) is raised in the caller's thread at the next
    :meth:`put` or at :meth:`finish`.
    """

    def __init__(
        self, write: Callable[[_Bytes], object], buffers: _Buffers, content_hash: _ContentHash
    ) -> None:
        self._write = write
        self._buffers = buffers
        self._queue: queue.Queue[Future[tuple[bytearray, bytes, int]] | None] = queue.Queue(
            maxsize=_IN_FLIGHT
        )
        self._outer = content_hash.new()
        self.written = 0
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="packet-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (future := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain without writing after a failure
            try:
                run, leaves, plaintext = future.result()
                self._write(run)
                self.written += plaintext
                self._buffers.give_run(run)
                self._outer.update(leaves)
            except BaseException as exc:  # re-raised in the caller's thread
                self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, future: Future[tuple[bytearray, bytes, int]]) -> None:
        self._check()
        self._queue.put(future)

    def finish(self) -> bytes:
        """Wait until every batch is written; the content hash."""
        self.close()
        self._check()
        return self._outer.digest()

    def abandon(self) -> None:
        """Stop writing (the seal failed elsewhere) and end the thread."""
        if self._error is None:
            self._error = MalformedInput("sealing stopped")
        self.close()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


def _seal_content(
    stream: _Stream,
    chunks: Iterable[bytes],
    write: Callable[[_Bytes], object],
    progress: Callable[[int], None] | None,
    size: int,
) -> tuple[bytes, int]:
    """Seal the content frames on the worker pool and write them in order on the writer thread.

    Returns the content hash and the number of content frames.
    """
    taken = 0
    next_frame = 1
    buffers = _Buffers()
    pool = _pool()
    writer = _Writer(write, buffers, stream.hash)
    try:
        for batch in _batched(_blocks(chunks, buffers)):
            writer.put(pool.submit(stream.seal_batch, next_frame, batch, buffers))
            next_frame += len(batch)
            taken += sum(len(block) for block in batch)
            if progress:
                progress(taken)
        content_hash = writer.finish()
    except BaseException:
        writer.abandon()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        writer.close()
    if writer.written != size:
        raise MalformedInput("the content changed size while it was being sealed")
    return content_hash, next_frame - 1


def _v1_seal(
    sender: Identity,
    packet: tuple[bytes, list[bytes], bytes, int],
    chunks: Iterable[bytes],
    write: Callable[[_Bytes], object],
    progress: Callable[[int], None] | None,
    rng: Randomness | None,
) -> None:
    """Format version 1 (secretstream), kept to reproduce its test vectors byte for byte.

    ``packet`` is (file key, slots, manifest bytes, content size).
    """
    file_key, slots, manifest_bytes, size = packet
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    if rng is None:
        stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, file_key)
    else:
        # init_pull from a chosen header leaves the state init_push would have left.
        stream_header = rng(V1_STREAM_HEADER_BYTES)
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, file_key)
    push = sodium.crypto_secretstream_xchacha20poly1305_push
    header = _FIXED.pack(MAGIC, 1, len(slots)) + b"".join(slots) + stream_header
    write(header)
    write(_frame(push(state, manifest_bytes, header, _TAG_MESSAGE)))
    digest = hashlib.sha256()
    total = 0
    for block in map(bytes, _blocks(chunks, _Buffers())):
        digest.update(block)
        write(_frame(push(state, block, None, _TAG_MESSAGE)))
        total += len(block)
        if progress:
            progress(total)
    if total != size:
        raise MalformedInput("the content changed size while it was being sealed")
    signed = _signed_message(1, header, manifest_bytes, digest.digest())
    signature = sender.signing_key().sign(signed).signature
    write(_frame(push(state, signature, None, _TAG_FINAL)))


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
    vouched for once :meth:`chunks` has run to its end without raising. Reads format versions 1,
    2 and 3 (``version`` says which this packet is).
    """

    def __init__(self, source: BinaryIO, me: Identity) -> None:
        self._source = source
        fixed = _read_up_to(source, _FIXED.size)
        if not fixed.startswith(MAGIC):
            raise NotAPacket("this file is not a Quietroom packet")
        if len(fixed) < _FIXED.size:
            raise PacketDamaged("the packet is cut short (truncated)")
        _, version, count = _FIXED.unpack(fixed)
        if version not in READABLE_VERSIONS:
            raise NotAPacket(
                "this packet uses format version {version}; this Quietroom reads versions "
                "{oldest} to {newest} (a newer Quietroom may read it)",
                version=version,
                oldest=READABLE_VERSIONS[0],
                newest=READABLE_VERSIONS[-1],
            )
        if not SLOT_MULTIPLE <= count <= MAX_SLOTS or count % SLOT_MULTIPLE:
            raise PacketDamaged(
                "the packet's header is malformed: it declares {count} key slots (a packet "
                "has a multiple of {multiple} from {multiple} to {limit})",
                count=count,
                multiple=SLOT_MULTIPLE,
                limit=MAX_SLOTS,
            )
        slots = _read_exact(source, count * SLOT_BYTES)
        tail = _read_exact(source, header_tail_bytes(version))
        self.version = version
        self.header = fixed + slots + tail
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
            if len(file_key) == FILE_KEY_BYTES:
                break
            file_key = None
        if file_key is None:
            raise NotForMe("this packet is not addressed to you")

        if version == 1:
            self._v1_state = sodium.crypto_secretstream_xchacha20poly1305_state()
            try:
                sodium.crypto_secretstream_xchacha20poly1305_init_pull(
                    self._v1_state, tail, file_key
                )
            except nacl.exceptions.CryptoError:
                raise PacketDamaged("the packet's header is damaged") from None
            manifest_bytes, tag = self._v1_pull(self.header)
            if tag != _TAG_MESSAGE:
                raise PacketDamaged("the packet ends before its content")
        else:
            self._stream = _Stream(file_key, tail, version)
            manifest_bytes = self._stream.open(0, self._ciphertext(None), self.header)
        self.manifest_bytes = manifest_bytes
        self.untrusted_manifest = Manifest.parse(manifest_bytes)
        if mine not in self.untrusted_manifest.recipients:
            raise PacketForwarded(
                "this packet was sealed for other people and re-sent to you; it is refused"
            )
        self._done = False

    def _ciphertext(self, expected: int | None) -> bytes:
        """The next version-2 frame's ciphertext, its length checked before it is read.

        ``expected`` is the plaintext length the frame must have (None for the manifest, whose
        length the reader cannot know beforehand).
        """
        (length,) = _LEN.unpack(_read_exact(self._source, _LEN.size))
        if not ABYTES <= length <= MAX_FRAME_BYTES:
            raise PacketDamaged("the packet has a frame of impossible length")
        if expected is not None and length != expected + ABYTES:
            raise PacketDamaged("the packet's content is out of shape")
        return _read_exact(self._source, length)

    def _v1_pull(self, ad: bytes | None) -> tuple[bytes, int]:
        (length,) = _LEN.unpack(_read_exact(self._source, _LEN.size))
        if not V1_ABYTES <= length <= V1_MAX_FRAME_BYTES:
            raise PacketDamaged("the packet has a frame of impossible length")
        ciphertext = _read_exact(self._source, length)
        try:
            message, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                self._v1_state, ciphertext, ad
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
        if self.version == 1:
            signature, content_hash = yield from self._v1_content(manifest)
        else:
            signature, content_hash = yield from self._content(manifest)
        if _read_up_to(self._source, 1):
            raise PacketDamaged("the packet has extra bytes after its end")
        signed = _signed_message(self.version, self.header, self.manifest_bytes, content_hash)
        try:
            nacl.signing.VerifyKey(manifest.sender.ed25519).verify(signed, signature)
        except (nacl.exceptions.BadSignatureError, ValueError):
            raise BadSignature("the sender's signature on this packet does not verify") from None

    def _read_batch(self, remaining: int) -> tuple[list[bytes], PacketDamaged | None]:
        """Up to ``_BATCH_CHUNKS`` content ciphertexts, and the error that stopped it early."""
        ciphertexts: list[bytes] = []
        while remaining and len(ciphertexts) < _BATCH_CHUNKS:
            expected = min(CHUNK_BYTES, remaining)
            try:
                ciphertexts.append(self._ciphertext(expected))
            except PacketDamaged as exc:
                return ciphertexts, exc
            remaining -= expected
        return ciphertexts, None

    def _content(self, manifest: Manifest) -> Generator[bytes, None, tuple[bytes, bytes]]:
        """Versions 2 and 3: yield the content; return the final frame's plaintext and content hash.

        The signed manifest gives the size, so the reader knows every frame's length and which
        frame is the final one before reading it. Frames are read here, in order, and opened on
        the worker pool, a few batches ahead of the consumer; a problem is reported at the frame
        where it is, as a reader going one frame at a time would report it.
        """
        outer = self._stream.hash.new()
        remaining = manifest.size
        next_frame = 1
        # Each batch's ciphertexts stay referenced here until its plaintext is taken, so they
        # are freed on this thread, where they were read: memory freed on another thread makes
        # the C allocator return it to the system and fault it back in, chunk after chunk.
        in_flight: deque[tuple[Future[tuple[list[bytearray], bytes]], list[bytes]]] = deque()
        buffers = _Buffers()
        pool = _pool()
        try:
            while remaining or in_flight:
                while remaining and len(in_flight) < _IN_FLIGHT:
                    ciphertexts, error = self._read_batch(remaining)
                    if ciphertexts:
                        future = pool.submit(
                            self._stream.open_batch, next_frame, ciphertexts, buffers
                        )
                        in_flight.append((future, ciphertexts))
                        next_frame += len(ciphertexts)
                        remaining -= sum(len(c) - ABYTES for c in ciphertexts)
                    if error is not None:
                        for earlier, _ in in_flight:
                            earlier.result()  # a frame before the error failed: report that
                        raise error
                future, ciphertexts = in_flight.popleft()
                blocks, leaves = future.result()
                del ciphertexts
                outer.update(leaves)
                for block in blocks:
                    # A copy the consumer may keep, made on its own thread; the buffer is reused.
                    yield bytes(block)
                    buffers.give_block(block)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        signature = self._stream.open(
            next_frame, self._ciphertext(SIGNATURE_BYTES), None, final=True
        )
        return signature, outer.digest()

    def _v1_content(self, manifest: Manifest) -> Generator[bytes, None, tuple[bytes, bytes]]:
        """Version 1: yield the content; return the final frame's message and the SHA-256."""
        digest = hashlib.sha256()
        total = 0
        while True:
            message, tag = self._v1_pull(None)
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
        return message, digest.digest()

    def read_all(self, limit: int = 64 * 1024 * 1024) -> bytes:
        """The whole (verified) plaintext, for small items such as cards and notes."""
        if self.untrusted_manifest.size > limit:
            raise MalformedInput("this packet is too large to read into memory")
        return b"".join(self.chunks())


def new_packet_id() -> str:
    return secrets.token_hex(16)
