"""One search box across the vault: notes, people and papers' titles."""

from __future__ import annotations

from app.errors import translated
from app.vault import OpenVault
from storage import search as store
from storage.models import SearchHit

__all__ = ["SearchHit", "search"]


def search(vault: OpenVault, query: str, limit: int = 50) -> list[SearchHit]:
    """Every word typed must appear (as a word or the start of one); best matches first."""
    with translated():
        return store.search(vault.storage.db, query, limit)
