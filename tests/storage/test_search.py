"""Claims of storage/search.py and the search index the schema keeps (storage level).

Whatever a user types becomes a valid FTS5 query (no error, no operator, no column filter);
every word is matched as a prefix; and the index follows every insert, edit and delete.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import papers, search
from storage import records as rec
from storage.db import Database
from storage.search import MAX_QUERY_TERMS, to_match_expression
from storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(scope="module")
def module_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _ = Vault.create(
        tmp_path_factory.mktemp("search") / "vault", PASSPHRASE, FAST_KDF, "Facilitator"
    )
    yield vault
    vault.close()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF, "Facilitator")
    yield vault.db
    vault.close()


def _found(db: Database, query: str) -> set[tuple[str, int]]:
    return {(h.kind, h.id) for h in search.search(db, query)}


def _index_is_consistent(db: Database) -> None:
    """FTS5's own check, plus: exactly one index row per note, person and paper."""
    db.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    indexed = sorted(db.query("SELECT kind, rid FROM search_index"))
    expected = sorted(
        [("note", r[0]) for r in db.query("SELECT id FROM notes")]
        + [("person", r[0]) for r in db.query("SELECT id FROM people")]
        + [("paper", r[0]) for r in db.query("SELECT id FROM papers")]
    )
    assert indexed == expected


HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "^",
    "-",
    "+",
    ":",
    "(",
    ")",
    "()",
    "NOT",
    "AND",
    "OR",
    "NEAR",
    "NEAR(a b, 2)",
    "a OR",
    "OR a",
    "a AND NOT",
    "title:secret",
    "body : x",
    "{title body}: x",
    "rid:1",
    "kind:note",
    '"unterminated',
    'a" OR "b',
    "a* *b",
    "^start",
    "x - y",
    'col:"q"*',
    "_",
    "__init__",
    "a_b",
    "\0",
    "\u200b",
    "\ufeff",
    "é",
    "e\u0301",
    "١٢٣",
    "🙂",
    "a" * 10_000,
    "; DROP TABLE notes; --",
    "%",
    "\\",
    "x" + " y" * 500,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_no_typed_text_makes_the_search_fail(module_vault: Vault, query: str) -> None:
    assert isinstance(search.search(module_vault.db, query), list)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text())
def test_no_random_text_makes_the_search_fail(module_vault: Vault, query: str) -> None:
    assert isinstance(search.search(module_vault.db, query), list)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from('ab "*^:()-+NOTRAEDbody'), max_size=40))
def test_no_mix_of_fts5_syntax_makes_the_search_fail(module_vault: Vault, query: str) -> None:
    assert isinstance(search.search(module_vault.db, query), list)


def test_operators_and_column_filters_are_searched_as_plain_words(db: Database) -> None:
    pears = rec.insert(db, rec.NOTES, {"body": "apples not pears"})
    rec.insert(db, rec.NOTES, {"body": "apples only"})
    titled = rec.insert(db, rec.NOTES, {"title": "harbour", "body": "the title of the harbour"})
    # "NOT pears" would exclude the first note if it were an operator.
    assert _found(db, "apples NOT pears") == {("note", pears.id)}
    # "title:" would restrict to the title column; as a word it must appear in the text.
    assert _found(db, "title:harbour") == {("note", titled.id)}
    assert _found(db, "rid:1") == set()


def test_punctuation_and_quotes_do_not_hide_the_words_around_them(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"body": "The 'quota' question, again."})
    for query in ('"quota"', "'quota'", "quota?!", "(quota)", "quota*", "-quota", "^quota"):
        assert _found(db, query) == {("note", note.id)}, query


def test_every_word_must_appear(db: Database) -> None:
    both = rec.insert(db, rec.NOTES, {"body": "fisheries licences"})
    rec.insert(db, rec.NOTES, {"body": "fisheries only"})
    assert _found(db, "fisheries licences") == {("note", both.id)}


def test_words_match_as_prefixes(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"body": "upstream reservoirs"})
    person = rec.insert(db, rec.PEOPLE, {"name": "Nadia Karimova"})
    assert _found(db, "reserv") == {("note", note.id)}
    assert _found(db, "up res") == {("note", note.id)}
    assert _found(db, "kar") == {("person", person.id)}
    assert _found(db, "arimova") == set()  # a prefix, not any substring


def test_case_and_diacritics_are_ignored_and_other_scripts_work(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"body": "Réunion à São Paulo"})
    arabic = rec.insert(db, rec.NOTES, {"body": "مفاوضات المياه"})
    cyrillic = rec.insert(db, rec.PEOPLE, {"name": "Людмила Петрова"})
    assert _found(db, "sao reunion") == {("note", note.id)}
    assert _found(db, "SÃO") == {("note", note.id)}
    assert _found(db, "مفاوض") == {("note", arabic.id)}
    assert _found(db, "петр") == {("person", cyrillic.id)}


def test_a_query_of_only_punctuation_finds_nothing_without_error(db: Database) -> None:
    rec.insert(db, rec.NOTES, {"body": "anything"})
    for query in ("", "   ", "!!!", '"*"', "—", "\n\t"):
        assert search.search(db, query) == []


def test_the_match_expression_quotes_every_word_and_caps_the_term_count() -> None:
    assert to_match_expression('say "NOT" title:x') == '"say"* AND "NOT"* AND "title"* AND "x"*'
    long_query = " ".join(f"w{i}" for i in range(100))
    assert to_match_expression(long_query).count("AND") == MAX_QUERY_TERMS - 1
    assert to_match_expression("!!") == ""


def test_limit_is_respected(db: Database) -> None:
    for n in range(30):
        rec.insert(db, rec.NOTES, {"body": f"recurring theme number {n}"})
    assert len(search.search(db, "recurring", limit=7)) == 7
    assert len(search.search(db, "recurring")) == 30


# -- the index follows the records -----------------------------------------------------------------


def test_an_edited_note_is_found_by_its_new_words_only(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"title": "draft", "body": "ceasefire line"})
    rec.update(db, rec.NOTES, note.id, {"body": "water sharing", "title": "final"})
    assert _found(db, "ceasefire") == set()
    assert _found(db, "draft") == set()
    assert _found(db, "water") == {("note", note.id)}
    assert _found(db, "final") == {("note", note.id)}
    _index_is_consistent(db)


def test_editing_a_note_field_that_is_not_indexed_keeps_it_findable(db: Database) -> None:
    note = rec.insert(db, rec.NOTES, {"body": "attributable remarks"})
    rec.update(db, rec.NOTES, note.id, {"attributable": True, "kind": "agreed"})
    assert _found(db, "remarks") == {("note", note.id)}
    _index_is_consistent(db)


def test_a_deleted_note_is_no_longer_found(db: Database) -> None:
    kept = rec.insert(db, rec.NOTES, {"body": "shared word alpha"})
    gone = rec.insert(db, rec.NOTES, {"body": "shared word beta"})
    db.execute("DELETE FROM notes WHERE id = ?", (gone.id,))
    assert _found(db, "shared") == {("note", kept.id)}
    assert _found(db, "beta") == set()
    _index_is_consistent(db)


def test_an_edited_person_is_found_by_every_searchable_field(db: Database) -> None:
    person = rec.insert(db, rec.PEOPLE, {"name": "Tomas Lindqvist", "affiliation": "Nordic"})
    rec.update(
        db,
        rec.PEOPLE,
        person.id,
        {"name": "Tomas Berg", "side": "Mediator", "proximity": "envoy", "notes": "fluent Farsi"},
    )
    assert _found(db, "lindqvist") == set()
    assert _found(db, "nordic") == {("person", person.id)}
    for word in ("berg", "mediator", "envoy", "farsi"):
        assert _found(db, word) == {("person", person.id)}, word
    _index_is_consistent(db)


def test_deleting_a_dialogue_removes_its_cascaded_notes_from_the_index(db: Database) -> None:
    dialogue = rec.insert(db, rec.DIALOGUES, {"title": "Coastal fisheries"})
    session = rec.insert(db, rec.SESSIONS, {"dialogue_id": dialogue.id, "round_no": 1})
    rec.insert(db, rec.NOTES, {"dialogue_id": dialogue.id, "body": "cascade one"})
    rec.insert(db, rec.NOTES, {"session_id": session.id, "body": "cascade two"})
    db.execute("DELETE FROM dialogues WHERE id = ?", (dialogue.id,))
    assert _found(db, "cascade") == set()
    _index_is_consistent(db)


def test_papers_are_found_by_title_and_file_name_and_follow_rename_and_delete(
    db: Database,
) -> None:
    with db.transaction():
        paper = papers.store(db, "Irrigation text", "snt-v4.pdf", "application/pdf", None, [b"x"])
    assert _found(db, "irrigation") == {("paper", paper.id)}
    assert _found(db, "snt") == {("paper", paper.id)}
    papers.rename(db, paper.id, "Water annex")
    assert _found(db, "irrigation") == set()
    assert _found(db, "annex") == {("paper", paper.id)}
    _index_is_consistent(db)
    papers.delete(db, paper.id)
    assert _found(db, "annex") == set()
    _index_is_consistent(db)


def test_a_rolled_back_insert_leaves_nothing_in_the_index(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction():
        rec.insert(db, rec.NOTES, {"body": "phantom words"})
        raise RuntimeError("the save failed")
    assert _found(db, "phantom") == set()
    _index_is_consistent(db)


def test_a_paper_whose_import_fails_is_not_found(db: Database) -> None:
    def broken() -> Iterator[bytes]:
        yield b"part"
        raise OSError("the source file vanished")

    with pytest.raises(OSError), db.transaction():
        papers.store(db, "Vanishing memo", "memo.txt", "text/plain", None, broken())
    assert _found(db, "vanishing") == set()
    _index_is_consistent(db)


@pytest.mark.parametrize("query", ["salinity", "水位"])  # ranked word search; infix search
def test_pages_of_results_join_into_the_whole_list(db: Database, query: str) -> None:
    for i in range(23):
        body = f"salinity readings {i} " * (1 + i % 4) + f"水位记录{i}"
        rec.insert(db, rec.NOTES, {"title": f"Station {i}", "body": body})
    whole = [(h.kind, h.id) for h in search.search(db, query, limit=100)]
    assert len(whole) == 23
    pages = [search.search(db, query, limit=5, offset=start) for start in range(0, 25, 5)]
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    assert [(h.kind, h.id) for page in pages for h in page] == whole
