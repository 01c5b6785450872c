"""The append-only, hash-chained audit log inside the vault.

Entry ``n`` carries ``mac_n = HMAC-SHA256(audit key, mac_{n-1} || encode(n, at, event, subject,
detail))`` with ``mac_0`` = 32 zero bytes, and the meta table keeps the newest ``(n, mac_n)``.
Changing, removing or reordering any entry, or cutting the tail, breaks the chain.
Entries name record numbers and events, never titles or content.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass

from storage.db import Database
from storage.models import AuditEntry
from storage.records import now

GENESIS = bytes(32)
_HEAD_KEY = "audit_head"


def _encode(seq: int, at: str, event: str, subject: str, detail: str) -> bytes:
    parts = [p.encode("utf-8") for p in (at, event, subject, detail)]
    return struct.pack(">Q", seq) + b"".join(struct.pack(">I", len(p)) + p for p in parts)


def _mac(
    key: bytes, prev: bytes, seq: int, at: str, event: str, subject: str, detail: str
) -> bytes:
    return hmac.new(key, prev + _encode(seq, at, event, subject, detail), hashlib.sha256).digest()


def _head(db: Database) -> tuple[int, bytes]:
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,))
    if row is None:
        return 0, GENESIS
    value = bytes(row[0])
    return struct.unpack(">Q", value[:8])[0], value[8:]


def append(db: Database, key: bytes, event: str, subject: str = "", detail: str = "") -> AuditEntry:
    """Add an entry; call inside the transaction that makes the change it records."""
    with db.transaction():
        seq, prev = _head(db)
        seq += 1
        at = now()
        mac = _mac(key, prev, seq, at, event, subject, detail)
        db.execute(
            "INSERT INTO audit_log (seq, at, event, subject, detail, mac) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (seq, at, event, subject, detail, mac),
        )
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (_HEAD_KEY, struct.pack(">Q", seq) + mac),
        )
    return AuditEntry(seq, at, event, subject, detail, mac)


def entries(db: Database, limit: int = 1000, offset: int = 0) -> list[AuditEntry]:
    rows = db.query(
        "SELECT seq, at, event, subject, detail, mac FROM audit_log ORDER BY seq LIMIT ? OFFSET ?",
        (limit, offset),
    )
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], bytes(r[5])) for r in rows]


@dataclass(frozen=True)
class AuditReport:
    """The result of checking the chain: ``ok``, how many entries, and the first problem."""

    ok: bool
    entries: int
    problem: str = ""
    bad_seq: int | None = None


def verify(db: Database, key: bytes) -> AuditReport:
    """Recompute the whole chain and compare it with the stored entries and head."""
    prev = GENESIS
    expected_seq = 1
    batch = 1000
    offset = 0
    while True:
        rows = db.query(
            "SELECT seq, at, event, subject, detail, mac FROM audit_log "
            "ORDER BY seq LIMIT ? OFFSET ?",
            (batch, offset),
        )
        if not rows:
            break
        for seq, at, event, subject, detail, mac in rows:
            if seq != expected_seq:
                return AuditReport(
                    False, expected_seq - 1, f"entry {expected_seq} is missing", expected_seq
                )
            want = _mac(key, prev, seq, at, event, subject, detail)
            if not hmac.compare_digest(want, bytes(mac)):
                return AuditReport(
                    False, seq - 1, f"entry {seq} was altered (its MAC does not match)", seq
                )
            prev = want
            expected_seq += 1
        offset += batch
    count = expected_seq - 1
    if count == 0:
        # Every vault's log starts with its creation: an empty log was wiped (with its head).
        return AuditReport(
            False, 0, "the log is empty; entry 1 (the vault's creation) is missing", 1
        )
    head_seq, head_mac = _head(db)
    if head_seq != count or not hmac.compare_digest(head_mac, prev):
        return AuditReport(
            False, count, f"the log ends at entry {count} but its head says {head_seq}", count + 1
        )
    return AuditReport(True, count)
