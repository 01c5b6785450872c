"""The search box takes anything a user types or pastes: FTS5 syntax, quotes, NUL, lone
surrogates, other scripts. No query may fail or reach past the words it names."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import records, search
from app import vault as app_vault
from app.vault import OpenVault
from storage.search import MAX_QUERY_TERMS, to_match_expression
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings

FTS_SYNTAX = "\"*^:(){}[]-+.,;\\'\0 \t\nANDORNOTNEARtitlebody"
queries = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=())),
    st.text(alphabet=FTS_SYNTAX),
    st.lists(st.sampled_from(["water", "NEAR", "OR", '"', "*", "body:", "^", "(", ")"])).map(
        " ".join
    ),
)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    folder = tmp_path_factory.mktemp("fuzz-search") / "vault"
    with app_vault.create_vault(folder, PASSPHRASE, "Amira", FAST_KDF).vault as opened:
        records.add_note(opened, "water sharing on the upper river", title="Water")
        records.add_person(opened, "Samir Haddad", notes="mediator")
        yield opened


@fuzz_settings(1000)
@given(queries)
@example("\ud800")
@example('"')
@example("NEAR(water river, 0)")
@example("title:water OR *")
def test_any_query_becomes_a_safe_match_expression(query: str) -> None:
    # Every term is one quoted word with a prefix star: no operator, column filter or quote
    # from the input survives into the FTS5 expression.
    expression = to_match_expression(query)
    terms = expression.split(" AND ") if expression else []
    assert len(terms) <= MAX_QUERY_TERMS
    assert all(re.fullmatch(r'"\w+"\*', term) for term in terms), expression


@fuzz_settings(500)
@given(queries)
def test_any_search_query_returns_hits_and_never_fails(vault: OpenVault, query: str) -> None:
    hits = search.search(vault, query)
    assert all(hit.kind in ("note", "person", "paper") for hit in hits)
