"""Full-text search over notes, people and papers' titles (FTS5, inside the encrypted file)."""

from __future__ import annotations

import re

from storage.db import Database
from storage.models import SearchHit

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 16


def to_match_expression(untrusted_query: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word must appear, as a prefix.

    Quotes, operators and column filters in the input are treated as plain text, so no input
    can make the query fail or reach other columns.
    """
    words = _TOKEN.findall(untrusted_query)[:MAX_QUERY_TERMS]
    return " AND ".join(f'"{w}"*' for w in words)


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    expression = to_match_expression(query)
    if not expression:
        return []
    rows = db.query(
        "SELECT kind, rid, title, snippet(search_index, 3, '[', ']', '…', 12) "
        "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
        (expression, limit),
    )
    return [SearchHit(kind=r[0], id=int(r[1]), title=r[2], snippet=r[3]) for r in rows]
