"""The whole check of an open vault: every page authenticated, the audit chain recomputed."""

from __future__ import annotations

from app import audit, records
from app.vault import OpenVault


def test_a_fresh_vault_checks_out(vault: OpenVault) -> None:
    records.add_dialogue(vault, "Lower Selvan")
    found = audit.check_vault(vault)
    assert found.ok and found.problems == [] and found.audit.entries >= 1


def test_an_audit_entry_changed_outside_quietroom_fails_the_check(vault: OpenVault) -> None:
    for title in ("One", "Two", "Three"):
        records.add_dialogue(vault, title)
    vault.storage.db.execute("UPDATE audit_log SET event = 'note.edited' WHERE seq = 2")
    found = audit.check_vault(vault)
    assert not found.ok and found.problems == []
    assert not found.audit.ok and found.audit.bad_seq == 2
