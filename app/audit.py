"""The vault's audit log: read it, and verify its hash chain."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import translated
from app.vault import OpenVault, check_integrity
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


@dataclass(frozen=True)
class VaultCheck:
    """Every page of the database authenticated (``problems`` empty when none failed) and
    the audit log's chain recomputed (``audit``)."""

    problems: list[str]
    audit: AuditReport

    @property
    def ok(self) -> bool:
        return not self.problems and self.audit.ok


def check_vault(vault: OpenVault) -> VaultCheck:
    """The whole check of an open vault, as after a border crossing: long on a big vault
    (it reads every page), so off the UI thread."""
    return VaultCheck(check_integrity(vault), verify(vault))
