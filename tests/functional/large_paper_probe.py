"""Child process for test_large_paper_memory: a paper of N MiB goes from a file into vault A,
is sealed to B from the vault, and imported into vault B, through the app layer only.
Prints the peak memory before and after, and both papers' SHA-256, as JSON.

    python -m tests.functional.large_paper_probe FOLDER SIZE_MIB
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
from pathlib import Path

from app import contacts, inbox, papers, sharing
from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE

BLOCK = 1024 * 1024


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main(folder: Path, size_mib: int) -> None:
    source = folder / "annex.bin"
    pattern = hashlib.sha512(b"economic annex").digest() * (BLOCK // 64)
    with source.open("wb") as out:
        for n in range(size_mib):
            out.write(n.to_bytes(8, "big") + pattern[8:])
    a = app_vault.create_vault(folder / "a", PASSPHRASE, "Amira", FAST_KDF).vault
    b = app_vault.create_vault(folder / "b", PASSPHRASE, "Bashir", FAST_KDF).vault
    contact_b = contacts.import_card(a, contacts.my_card_text(b))
    contacts.import_card(b, contacts.my_card_text(a))
    outbox = folder / "outbox"
    outbox.mkdir()
    baseline = _peak_kib()

    paper = papers.add_paper(a, source)
    added = _peak_kib()
    recipients = sharing.resolve_recipients(a, contact_ids=[contact_b.contact.id])
    shared = sharing.share_paper(a, paper.id, recipients, outbox)
    sealed = _peak_kib()
    imported = inbox.import_packet(b, shared.path)
    done = _peak_kib()
    assert imported.item_id is not None
    copy = papers.get_paper(b, imported.item_id)
    print(
        json.dumps(
            {
                "baseline_kib": baseline,
                "after_add_kib": added,
                "after_seal_kib": sealed,
                "after_import_kib": done,
                "size": copy.size,
                "sha256_a": (paper.sha256 or b"").hex(),
                "sha256_b": (copy.sha256 or b"").hex(),
                "packet_bytes": shared.path.stat().st_size,
            }
        )
    )
    a.lock()
    b.lock()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
