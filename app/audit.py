"""The vault's audit log: read it, and verify its hash chain."""

from __future__ import annotations

from app.errors import translated
from app.vault import OpenVault
from storage import audit as store
from storage.audit import AuditReport
from storage.models import AuditEntry

__all__ = ["AuditEntry", "AuditReport", "entries", "verify"]


def verify(vault: OpenVault) -> AuditReport:
    with translated():
        return store.verify(vault.storage.db, vault.storage.audit_key)


def entries(vault: OpenVault, limit: int = 1000, offset: int = 0) -> list[AuditEntry]:
    with translated():
        return store.entries(vault.storage.db, limit, offset)
