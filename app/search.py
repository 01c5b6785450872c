"""One search box across the vault: notes, people and papers' titles, in any script.

Arabic and Hebrew are matched with or without their vowel marks, Chinese, Japanese and Thai
words inside a sentence, Arabic words behind attached prefixes (docs/languages.md)."""

from __future__ import annotations

from app.errors import translated
from app.vault import OpenVault
from storage import search as store
from storage.models import SearchHit

__all__ = ["RESULT_LIMIT", "SearchHit", "search"]

#: Hits a search returns, best first: a full page means there may be more.
RESULT_LIMIT = 50


def search(
    vault: OpenVault, query: str, limit: int = RESULT_LIMIT, offset: int = 0
) -> list[SearchHit]:
    """Every word typed must appear (as a word or the start of one; a Chinese, Japanese, Thai or
    Arabic term anywhere inside the text); best matches first. ``offset`` skips that many of the
    best: the next page of results."""
    with translated():
        return store.search(vault.storage.db, query, limit, offset)
