"""Claims of app/search.py: one search box over notes, people and papers' titles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import papers, records, search
from app.vault import OpenVault


@pytest.fixture
def filled(vault: OpenVault, tmp_path: Path) -> OpenVault:
    dialogue = records.add_dialogue(vault, "Water sharing")
    records.add_note(
        vault,
        "Both delegations discussed the ceasefire line and upstream reservoirs.",
        title="Round 2 observations",
        dialogue_id=dialogue.id,
    )
    records.add_note(vault, "Agreed to meet again in Oslo after the elections.", kind="agreed")
    records.add_person(
        vault,
        "Farida Haddad",
        affiliation="Institute for Regional Studies",
        side="A",
        proximity="advises the foreign minister",
    )
    records.add_person(vault, "Tomas Lindqvist", affiliation="Nordic Peace Foundation")
    source = tmp_path / "snt-v4.pdf"
    source.write_bytes(b"%PDF-1.7\n")
    papers.add_paper(vault, source, title="Single negotiating text on irrigation")
    return vault


def _hits(vault: OpenVault, query: str) -> set[tuple[str, str]]:
    return {(h.kind, h.title) for h in search.search(vault, query)}


def test_finds_a_note_by_a_word_of_its_body(filled: OpenVault) -> None:
    hits = search.search(filled, "ceasefire")
    assert [(h.kind, h.title) for h in hits] == [("note", "Round 2 observations")]
    note = records.get_note(filled, hits[0].id)
    assert "ceasefire" in note.body
    assert "ceasefire" in hits[0].snippet


def test_finds_a_note_by_the_prefix_of_a_word(filled: OpenVault) -> None:
    assert _hits(filled, "reserv") == {("note", "Round 2 observations")}
    assert _hits(filled, "Osl") == {("note", "")}


def test_search_ignores_case(filled: OpenVault) -> None:
    assert _hits(filled, "CEASEFIRE") == _hits(filled, "ceasefire") != set()


def test_finds_people_by_name(filled: OpenVault) -> None:
    assert _hits(filled, "Farida") == {("person", "Farida Haddad")}
    assert _hits(filled, "lindq") == {("person", "Tomas Lindqvist")}


def test_finds_people_by_affiliation(filled: OpenVault) -> None:
    assert _hits(filled, "Nordic Foundation") == {("person", "Tomas Lindqvist")}
    assert _hits(filled, "Regional") == {("person", "Farida Haddad")}


def test_finds_papers_by_title(filled: OpenVault) -> None:
    hits = search.search(filled, "negotiating irrigation")
    assert [(h.kind, h.title) for h in hits] == [("paper", "Single negotiating text on irrigation")]
    assert papers.get_paper(filled, hits[0].id).title == "Single negotiating text on irrigation"


def test_every_word_must_match(filled: OpenVault) -> None:
    assert _hits(filled, "ceasefire reservoirs") == {("note", "Round 2 observations")}
    assert _hits(filled, "ceasefire Oslo") == set()
    assert _hits(filled, "Farida Lindqvist") == set()


def test_a_changed_note_is_found_by_its_new_words_only(filled: OpenVault) -> None:
    note = records.add_note(filled, "The word is sovereignty.")
    records.edit_note(filled, note.id, body="The word is dignity.")
    assert _hits(filled, "sovereignty") == set()
    assert [h.id for h in search.search(filled, "dignity")] == [note.id]


def test_limit_caps_the_number_of_hits(vault: OpenVault) -> None:
    for i in range(5):
        records.add_note(vault, f"security guarantee {i}")
    assert len(search.search(vault, "security", limit=3)) == 3
    assert len(search.search(vault, "security")) == 5


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"ceasefire',
        'ceasefire"',
        "ceasefire OR Oslo",
        "OR",
        "AND",
        "NOT ceasefire",
        "NEAR(",
        "NEAR(ceasefire Oslo, 3)",
        "*",
        "cease*",
        "^ceasefire",
        ":",
        "title:ceasefire",
        "body : Oslo",
        "{title body}: x",
        "(",
        ")",
        "-ceasefire",
        "+",
        "'; DROP TABLE notes; --",
        "\\",
        "\x00",
        "الاتفاق 水 🕊️",
    ],
)
def test_query_syntax_and_punctuation_never_raise(filled: OpenVault, query: str) -> None:
    hits = search.search(filled, query)
    assert isinstance(hits, list)


def test_operators_are_plain_words_not_fts_syntax(filled: OpenVault) -> None:
    """'OR' is a word to find, so 'ceasefire OR Oslo' finds nothing rather than both notes."""
    assert _hits(filled, "ceasefire OR Oslo") == set()
    assert _hits(filled, '"ceasefire"') == {("note", "Round 2 observations")}
    assert _hits(filled, "title:ceasefire") == set()


@pytest.mark.parametrize("query", ["", "   ", "\n\t", '"" ()', "*:^-"])
def test_empty_query_returns_nothing(filled: OpenVault, query: str) -> None:
    assert search.search(filled, query) == []


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=60))
def test_no_typed_query_makes_search_fail(filled: OpenVault, query: str) -> None:
    hits = search.search(filled, query)
    assert all(h.kind in {"note", "person", "paper"} for h in hits)
