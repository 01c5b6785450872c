"""Claims of storage/audit.py: an append-only, hash-chained log that says where it was broken.

Tampering is done with direct SQL on the open database, as a tool holding the database key
(but not the audit key) could.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import papers as app_papers
from app import records as app_records
from app.vault import OpenVault
from storage import audit
from storage.db import Database
from storage.vault import Passphrase, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

#: What an entry may hold: a record uid as subject, a count or version as detail.
UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DETAIL = re.compile(r"|schema \d+|\d+ bytes")
ENTRIES = 6  # "vault.created" plus five appended by the fixture


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Vault]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    for n in range(2, ENTRIES + 1):
        audit.append(vault.db, vault.audit_key, "note.created", subject=f"uid-{n}", detail="")
    yield vault
    vault.close()


def _verify(vault: Vault) -> audit.AuditReport:
    return audit.verify(vault.db, vault.audit_key)


def test_a_fresh_chain_verifies(logged: Vault) -> None:
    report = _verify(logged)
    assert report == audit.AuditReport(ok=True, entries=ENTRIES)
    assert [e.seq for e in audit.entries(logged.db)] == list(range(1, ENTRIES + 1))
    assert audit.entries(logged.db)[0].event == "vault.created"


def test_the_chain_still_verifies_after_close_and_reopen(logged: Vault) -> None:
    folder = logged.folder
    logged.close()
    vault = Vault.open(folder, Passphrase(PASSPHRASE))
    try:
        assert _verify(vault).ok
        audit.append(vault.db, vault.audit_key, "paper.exported", subject="uid-x")
        assert _verify(vault) == audit.AuditReport(ok=True, entries=ENTRIES + 1)
    finally:
        vault.close()


def test_macs_follow_the_documented_construction(logged: Vault) -> None:
    """docs/vault-format.md: mac_n = HMAC-SHA256(key, mac_{n-1} || u64(n) || lp(at) || …)."""

    def lp(text: str) -> bytes:
        data = text.encode()
        return struct.pack(">I", len(data)) + data

    prev = bytes(32)
    for entry in audit.entries(logged.db):
        message = prev + struct.pack(">Q", entry.seq)
        message += b"".join(lp(s) for s in (entry.at, entry.event, entry.subject, entry.detail))
        assert entry.mac == hmac.new(logged.audit_key, message, hashlib.sha256).digest()
        prev = entry.mac
    head = logged.db.query_one("SELECT value FROM meta WHERE key = 'audit_head'")
    assert head is not None and bytes(head[0]) == struct.pack(">Q", ENTRIES) + prev


@pytest.mark.parametrize("column", ["at", "event", "subject", "detail"])
@pytest.mark.parametrize("seq", [1, 3, ENTRIES])
def test_altering_any_field_of_any_entry_is_found_at_that_entry(
    logged: Vault, column: str, seq: int
) -> None:
    logged.db.execute(f"UPDATE audit_log SET {column} = {column} || 'x' WHERE seq = ?", (seq,))
    report = _verify(logged)
    assert not report.ok
    assert report.bad_seq == seq
    assert report.problem == f"entry {seq} was altered (its MAC does not match)"
    assert report.entries == seq - 1


def test_altering_a_mac_is_found_at_that_entry(logged: Vault) -> None:
    logged.db.execute("UPDATE audit_log SET mac = zeroblob(32) WHERE seq = 4")
    report = _verify(logged)
    assert (report.ok, report.bad_seq) == (False, 4)


def test_recomputing_a_mac_without_the_audit_key_does_not_help(logged: Vault) -> None:
    """Someone with the database key but not the audit key rewrites an entry and a MAC."""
    wrong_key = bytes(32)
    entries = audit.entries(logged.db)
    prev = entries[1].mac
    forged = audit._mac(wrong_key, prev, 3, entries[2].at, "vault.erased", "", "")
    logged.db.execute(
        "UPDATE audit_log SET event = 'vault.erased', subject = '', mac = ? WHERE seq = 3",
        (forged,),
    )
    report = _verify(logged)
    assert (report.ok, report.bad_seq) == (False, 3)


@pytest.mark.parametrize("seq", [1, 2, 4])
def test_deleting_an_entry_is_found_as_a_gap(logged: Vault, seq: int) -> None:
    logged.db.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    report = _verify(logged)
    assert not report.ok
    assert report.bad_seq == seq
    assert report.problem == f"entry {seq} is missing"


def test_deleting_an_entry_and_renumbering_the_rest_is_found(logged: Vault) -> None:
    with logged.db.transaction():
        logged.db.execute("DELETE FROM audit_log WHERE seq = 3")
        logged.db.execute("UPDATE audit_log SET seq = -seq WHERE seq > 3")
        logged.db.execute("UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0")
    report = _verify(logged)
    assert (report.ok, report.bad_seq) == (False, 3)
    assert "entry 3" in report.problem


def test_swapping_two_entries_is_found_at_the_first_of_them(logged: Vault) -> None:
    with logged.db.transaction():
        logged.db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 2")
        logged.db.execute("UPDATE audit_log SET seq = 2 WHERE seq = 5")
        logged.db.execute("UPDATE audit_log SET seq = 5 WHERE seq = -1")
    report = _verify(logged)
    assert (report.ok, report.bad_seq) == (False, 2)
    assert report.problem == "entry 2 was altered (its MAC does not match)"


def test_swapping_the_contents_of_two_entries_is_found(logged: Vault) -> None:
    rows = {
        r[0]: r[1:]
        for r in logged.db.query("SELECT seq, at, event, subject, detail, mac FROM audit_log")
    }
    with logged.db.transaction():
        for target, source in ((3, 4), (4, 3)):
            logged.db.execute(
                "UPDATE audit_log SET at = ?, event = ?, subject = ?, detail = ?, mac = ? "
                "WHERE seq = ?",
                (*rows[source], target),
            )
    report = _verify(logged)
    assert (report.ok, report.bad_seq) == (False, 3)


@pytest.mark.parametrize("keep", [0, 1, ENTRIES - 1])
def test_cutting_the_tail_is_found_by_the_head(logged: Vault, keep: int) -> None:
    logged.db.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    report = _verify(logged)
    assert not report.ok
    assert report.bad_seq == keep + 1
    if keep:
        assert report.problem == f"the log ends at entry {keep} but its head says {ENTRIES}"
    else:
        assert report.problem.startswith("the log is empty")


def test_deleting_the_head_is_found(logged: Vault) -> None:
    logged.db.execute("DELETE FROM meta WHERE key = 'audit_head'")
    report = _verify(logged)
    assert not report.ok
    assert report.problem == f"the log ends at entry {ENTRIES} but its head says 0"


def test_wiping_the_whole_log_and_its_head_is_found(logged: Vault) -> None:
    """Every vault's log starts with its creation, so an empty log cannot be genuine."""
    with logged.db.transaction():
        logged.db.execute("DELETE FROM audit_log")
        logged.db.execute("DELETE FROM meta WHERE key = 'audit_head'")
    report = _verify(logged)
    assert (report.ok, report.entries, report.bad_seq) == (False, 0, 1)
    assert "empty" in report.problem


def test_a_forged_extra_entry_at_the_end_is_found(logged: Vault) -> None:
    logged.db.execute(
        "INSERT INTO audit_log (seq, at, event, subject, detail, mac) "
        "VALUES (?, '2030-01-01T00:00:00+00:00', 'vault.erased', '', '', zeroblob(32))",
        (ENTRIES + 1,),
    )
    report = _verify(logged)
    assert (report.ok, report.bad_seq) == (False, ENTRIES + 1)


def test_verify_reads_logs_longer_than_one_batch(logged: Vault) -> None:
    """verify pages through the log 1000 rows at a time; a break after the first page is
    still found, at the right entry."""
    db: Database = logged.db
    with db.transaction():
        for n in range(1200):
            audit.append(db, logged.audit_key, "note.created", subject=f"uid-{n}")
    total = ENTRIES + 1200
    assert _verify(logged) == audit.AuditReport(ok=True, entries=total)
    db.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 1100")
    assert _verify(logged).bad_seq == 1100


def test_a_failed_change_leaves_no_audit_entry(logged: Vault) -> None:
    """append joins the caller's transaction: if the change fails, its entry goes too."""
    with pytest.raises(RuntimeError), logged.db.transaction():
        audit.append(logged.db, logged.audit_key, "paper.imported", subject="uid-fail")
        raise RuntimeError("the import failed half-way")
    assert len(audit.entries(logged.db)) == ENTRIES
    assert _verify(logged).ok


def test_entries_hold_no_titles_names_or_text(vault: OpenVault, tmp_path: Path) -> None:
    """Every use case that writes to the log names events and record uids only."""
    marker = "qrmarkeraudit"
    dialogue = app_records.add_dialogue(vault, f"{marker} dialogue")
    person = app_records.add_person(vault, f"{marker} Person", affiliation=marker)
    app_records.add_note(vault, f"{marker} body", title=f"{marker} title", dialogue_id=dialogue.id)
    app_records.edit_person(vault, person.id, notes=f"{marker} more")
    source = tmp_path / f"{marker}.txt"
    source.write_bytes(f"{marker} paper bytes".encode())
    paper = app_papers.add_paper(vault, source, title=f"{marker} paper")
    app_papers.export_paper(vault, paper.id, tmp_path / "out.txt")
    entries = audit.entries(vault.storage.db)
    assert len(entries) >= 6
    for entry in entries:
        for value in (entry.event, entry.subject, entry.detail):
            assert marker not in value.lower()
        assert entry.subject == "" or UID.fullmatch(entry.subject), entry.subject
        assert DETAIL.fullmatch(entry.detail), entry.detail
    assert audit.verify(vault.storage.db, vault.storage.audit_key).ok
