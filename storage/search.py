"""Full-text search over notes, people and papers' titles (FTS5, inside the encrypted file).

Two indexes, kept current by the triggers of schema version 7 (``storage/schema.py``):

- ``search_index``, a word index (``unicode61``), holds each record's title and body as written
  (for snippets) and *folded* (``ftitle``, ``fbody``): Arabic harakat, Hebrew points and the
  tatweel removed, alef, yeh and kaf variants unified, Arabic-Indic digits made ASCII,
  Cyrillic yo made ie. ``unicode61`` treats combining marks as separators, so without folding
  a vowelled Arabic word is cut into letters; with it, a word typed without its diacritics
  finds one written with them, and the other way round.
- ``search_grams``, a ``trigram`` index of the folded text, answers terms in scripts written
  without spaces between words (Chinese, Japanese, Thai…) and Arabic terms, whose prefixes
  (``ال``, ``و``, ``ب``…) attach to the word: such a term is found anywhere inside the text.

A record's row in both indexes has the same rowid: ``id * 4 + kind code``, so an edit or a delete
touches one row by key rather than scanning the index.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from storage.db import Database
from storage.models import SearchHit

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 16
SNIPPET_CONTEXT = 40

KIND_CODES = {"note": 1, "person": 2, "paper": 3}

# -- folding -------------------------------------------------------------------------------------
# Part of schema version 7: its trigger carries the same pairs as nested replace() calls, so the
# database folds exactly as fold() does (tested). Never change a pair: add a migration that
# re-indexes with the new table.
_ARABIC_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
_HEBREW_POINTS = (
    "\u05b0\u05b1\u05b2\u05b3\u05b4\u05b5\u05b6\u05b7\u05b8\u05b9\u05ba\u05bb\u05bc\u05bd"
    "\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
)
FOLD_PAIRS: tuple[tuple[str, str], ...] = (
    *((mark, "") for mark in _ARABIC_MARKS),
    *((point, "") for point in _HEBREW_POINTS),
    ("\u0640", ""),  # tatweel (kashida), a stretching stroke
    ("\u0623", "\u0627"),  # alef with hamza above -> alef
    ("\u0625", "\u0627"),  # alef with hamza below -> alef
    ("\u0622", "\u0627"),  # alef with madda -> alef
    ("\u0671", "\u0627"),  # alef wasla -> alef
    ("\u0649", "\u064a"),  # alef maksura -> yeh
    ("\u06cc", "\u064a"),  # Farsi/Urdu yeh -> Arabic yeh
    ("\u06a9", "\u0643"),  # keheh (Farsi/Urdu kaf) -> kaf
    ("\u0629", "\u0647"),  # teh marbuta -> heh
    *((chr(0x0660 + d), str(d)) for d in range(10)),  # Arabic-Indic digits
    *((chr(0x06F0 + d), str(d)) for d in range(10)),  # Extended (Persian, Urdu) digits
    ("\u0451", "\u0435"),  # Cyrillic small yo -> ie
    ("\u0401", "\u0415"),  # Cyrillic capital yo -> ie
)
_FOLD_TABLE = {ord(a): b for a, b in FOLD_PAIRS}


def fold(text: str) -> str:
    """The text as the word and trigram indexes see it (see FOLD_PAIRS)."""
    return text.translate(_FOLD_TABLE)


# -- queries -------------------------------------------------------------------------------------
_SPACELESS = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x31BF),  # Bopomofo
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3134F),  # CJK extensions B-G
)
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF))
#: An Arabic-script term this long is looked for inside words too (attached prefixes).
ARABIC_INFIX_MIN = 3


def _in(ranges: Iterable[tuple[int, int]], ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in ranges)


#: Scripts whose terms are matched on the trigram index; since schema version 10 it holds only
#: records with a character of these (its trigger carries the same ranges as a GLOB class).
GRAM_SCRIPTS = (*_ARABIC, *_SPACELESS)


def in_trigram_index(folded_text: str) -> bool:
    """Whether a record with this folded text is kept in the trigram index: no other record can
    contain an infix term, every one of which has a character of GRAM_SCRIPTS."""
    return any(_in(GRAM_SCRIPTS, ch) for ch in folded_text)


def _is_infix_term(term: str) -> bool:
    """Terms found anywhere inside the text (trigram index) rather than as a word prefix."""
    if any(_in(_SPACELESS, ch) for ch in term):
        return True
    return len(term) >= ARABIC_INFIX_MIN and any(_in(_ARABIC, ch) for ch in term)


def query_terms(untrusted_query: str) -> tuple[list[str], list[str]]:
    """Split what a user typed into (word terms, infix terms), folded, at most MAX_QUERY_TERMS."""
    text = fold(unicodedata.normalize("NFC", untrusted_query.replace("\0", " ")))
    words: list[str] = []
    infixes: list[str] = []
    for term in _TOKEN.findall(text)[:MAX_QUERY_TERMS]:
        (infixes if _is_infix_term(term) else words).append(term)
    return words, infixes


def to_match_expression(untrusted_query: str) -> str:
    """The word terms of a query as a safe FTS5 expression: every word must appear, as a prefix.

    Quotes, operators and column filters in the input are treated as plain text, so no input
    can make the query fail or reach other columns. Infix terms (see query_terms) are left out:
    they are matched on the trigram index.
    """
    words, _infixes = query_terms(untrusted_query)
    return " AND ".join(f'"{w}"*' for w in words)


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(db: Database, query: str, limit: int = 50, offset: int = 0) -> list[SearchHit]:
    """Every term must appear: a word term as a word or the start of one, an infix term
    (Chinese, Japanese, Thai, Arabic of three letters or more) anywhere; best matches first.
    ``offset`` skips that many of the best (the next page of results)."""
    words, infixes = query_terms(query)
    if not words and not infixes:
        return []
    grams_filter = " AND ".join("grams LIKE ? ESCAPE '\\'" for _ in infixes)
    grams_params = [_like_pattern(t) for t in infixes]
    if words:
        sql = (
            "SELECT kind, rid, title, body, snippet(search_index, 3, '[', ']', '…', 12) "
            "FROM search_index WHERE search_index MATCH ?"
        )
        params: list[object] = [" AND ".join(f'"{w}"*' for w in words)]
        if infixes:
            sql += f" AND rowid IN (SELECT rowid FROM search_grams WHERE {grams_filter})"
            params += grams_params
        sql += " ORDER BY rank LIMIT ? OFFSET ?"
    else:
        sql = (
            "SELECT kind, rid, title, body, NULL FROM search_index WHERE rowid IN "
            f"(SELECT rowid FROM search_grams WHERE {grams_filter} "
            "ORDER BY rowid DESC LIMIT ? OFFSET ?) ORDER BY rowid DESC"
        )
        params = list(grams_params)
    params += [limit, offset]
    hits = []
    for kind, rid, title, body, snippet in db.query(sql, params):
        if infixes and (snippet is None or "[" not in snippet):
            snippet = infix_snippet(body or "", infixes)
        hits.append(SearchHit(kind=kind, id=int(rid), title=title, snippet=snippet or ""))
    return hits


def infix_snippet(body: str, terms: list[str]) -> str:
    """A few words of ``body`` around the first of ``terms`` found in it (folded), bracketed.

    Folding keeps the length of most text but removes marks, so the search runs on a folded copy
    that maps each of its characters back to the body's.
    """
    folded_chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(body):
        for out in fold(ch).casefold():
            folded_chars.append(out)
            origin.append(index)
    folded = "".join(folded_chars)
    for term in terms:
        needle = term.casefold()
        at = folded.find(needle)
        if at < 0:
            continue
        start, end = origin[at], origin[at + len(needle) - 1] + 1
        while end < len(body) and unicodedata.category(body[end]).startswith("M"):
            end += 1  # keep the term's trailing marks inside the brackets
        before = body[max(0, start - SNIPPET_CONTEXT) : start]
        after = body[end : end + SNIPPET_CONTEXT]
        return (
            ("…" if start > SNIPPET_CONTEXT else "")
            + f"{before}[{body[start:end]}]{after}"
            + ("…" if end + SNIPPET_CONTEXT < len(body) else "")
        )
    return body[: SNIPPET_CONTEXT * 2] + ("…" if len(body) > SNIPPET_CONTEXT * 2 else "")
