"""Seal a large packet and open it again, streaming, and report the peak memory used.

Run by a slow test in tests/crypto/test_packet.py, in a fresh process (its peak is its own)::

    python -m tests.crypto.packet_memory_probe --mib 1024

The content is generated on the fly (1 MiB blocks), sealed by one thread into a pipe and
opened from the other end by ``PacketReader`` as it arrives: nothing is written to disk and the
whole packet never exists anywhere at once. Prints one JSON line: sizes, SHA-256 of the content
sealed and of the content opened, and ``ru_maxrss`` (KiB) before and after.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import threading
from collections.abc import Iterator

from crypto import packet
from crypto.identity import Identity

BLOCK = 1024 * 1024


def peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, required=True)
    args = parser.parse_args()
    size = args.mib * BLOCK

    alice, bob = Identity.generate(), Identity.generate()
    block = os.urandom(BLOCK)
    manifest = packet.Manifest(
        packet_id=packet.new_packet_id(),
        created_at="2026-03-01T09:30:00+00:00",
        kind="paper",
        title="memory probe",
        file_name="probe.bin",
        media_type="application/octet-stream",
        size=size,
        sender_name="Alice",
        sender=alice.public,
        recipients=(alice.public, bob.public),
    )
    sealed_hash = hashlib.sha256()

    def content() -> Iterator[bytes]:
        for i in range(args.mib):
            piece = i.to_bytes(8, "big") + block[8:]  # every block differs from the last
            sealed_hash.update(piece)
            yield piece

    read_end, write_end = os.pipe()
    failure: list[BaseException] = []
    packet_bytes = 0

    def sealer() -> None:
        nonlocal packet_bytes
        try:
            with os.fdopen(write_end, "wb") as sink:

                def write(data: bytes) -> None:
                    nonlocal packet_bytes
                    packet_bytes += len(data)
                    sink.write(data)

                packet.seal(alice, manifest, content(), write)
        except BaseException as exc:  # reported below, in the main thread
            failure.append(exc)

    baseline = peak_rss_kib()
    thread = threading.Thread(target=sealer)
    thread.start()
    opened_hash = hashlib.sha256()
    opened = 0
    with os.fdopen(read_end, "rb") as source:
        reader = packet.PacketReader(source, bob)
        for chunk in reader.chunks():
            opened_hash.update(chunk)
            opened += len(chunk)
    thread.join()
    if failure:
        raise failure[0]
    print(
        json.dumps(
            {
                "content_bytes": size,
                "packet_bytes": packet_bytes,
                "opened_bytes": opened,
                "sealed_sha256": sealed_hash.hexdigest(),
                "opened_sha256": opened_hash.hexdigest(),
                "baseline_rss_kib": baseline,
                "peak_rss_kib": peak_rss_kib(),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
