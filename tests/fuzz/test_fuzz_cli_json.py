"""Fields piped to the CLI as JSON (``--stdin``), search queries and pasted cards come from
scripts and users: whatever the bytes, the command ends with an exit status and a message,
never a traceback."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import records
from app import vault as app_vault
from app.cli import inputs, main
from app.errors import AppError
from crypto import card as cards
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings
from tests.fuzz.mutations import mutated
from tests.fuzz.targets import card_seed

ENV = "QUIETROOM_PASSPHRASE"
FIELDS = (
    "title", "description", "goal", "status", "name", "affiliation", "side", "track",
    "proximity", "contact", "attribution", "notes", "body", "kind", "attributable",
    "starts_on", "place", "mode", "summary", "people", "members",
)  # fmt: skip
COMMANDS = (
    ("dialogue", "add", "--stdin"),
    ("person", "add", "--stdin"),
    ("session", "add", "--dialogue", "1", "--stdin"),
    ("note", "add", "--stdin"),
    ("note", "add", "--dialogue", "1", "--stdin"),
    ("group", "add", "--stdin"),
)
SEEDS = (
    b'{"title": "River basin", "goal": "resolution", "description": "Third track"}',
    b'{"name": "Samir Haddad", "track": "1.5", "attribution": "chatham_house"}',
    b'{"title": "Round 2", "starts_on": "2026-05-01", "mode": "remote", "people": [1]}',
    b'{"title": "Agreed", "body": "Meet in June", "kind": "agreed", "attributable": false}',
    b'{"name": "Water", "members": [1], "description": "technical"}',
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
json_objects = st.dictionaries(
    st.sampled_from(FIELDS) | st.text(max_size=8), json_values, max_size=6
).map(lambda d: json.dumps(d).encode())
stdin_bytes = st.one_of(json_objects, *(mutated(seed, head=len(seed)) for seed in SEEDS))


@contextlib.contextmanager
def stdin_holding(data: bytes) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        yield
    finally:
        sys.stdin = saved


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A locked vault holding dialogue 1 and person 1; its passphrase is in the environment."""
    folder = tmp_path_factory.mktemp("fuzz-cli") / "vault"
    with app_vault.create_vault(folder, PASSPHRASE, "Amira", FAST_KDF).vault as vault:
        records.add_dialogue(vault, "River basin")
        records.add_person(vault, "Samir")
    saved = os.environ.get(ENV)
    os.environ[ENV] = PASSPHRASE
    try:
        yield folder
    finally:
        if saved is None:
            del os.environ[ENV]
        else:
            os.environ[ENV] = saved


def run_cli(folder: Path, args: tuple[str, ...], stdin: bytes) -> int:
    with stdin_holding(stdin), contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["--vault", str(folder), *args])
    assert "Traceback" not in err.getvalue()
    return code


@fuzz_settings(1000)
@given(stdin_bytes)
@example(b"")
@example(b"[]")
@example(b"\xff\xfe")
@example(b'{"title": "x", "title": "y"}')
def test_read_stdin_json_raises_only_invalid_input(data: bytes) -> None:
    with stdin_holding(data):
        try:
            value = inputs.read_stdin_json()
        except AppError:
            return
    assert isinstance(value, dict)


@fuzz_settings(300)
@given(args=st.sampled_from(COMMANDS), stdin=stdin_bytes)
def test_record_commands_fed_any_json_on_stdin_end_with_an_exit_status(
    folder: Path, args: tuple[str, ...], stdin: bytes
) -> None:
    assert isinstance(run_cli(folder, args, stdin), int)


@fuzz_settings(200)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet="\"*^:(){}[]-+ANDORNEAR\\'\0 ").map(lambda t: t or "x"),
    ).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
@example(b'"unbalanced')
@example(b"NEAR(a b, -1)")
@example(b"title: secret*")
def test_search_fed_any_query_on_stdin_ends_with_an_exit_status(folder: Path, query: bytes) -> None:
    assert run_cli(folder, ("search", "--stdin"), query) in (0, 1)


@fuzz_settings(200)
@given(
    st.one_of(
        mutated(cards.card_to_text(card_seed()[0]).encode(), head=40),
        mutated(card_seed()[0]),
    )
)
def test_contact_import_fed_any_card_on_stdin_ends_with_an_exit_status(
    folder: Path, card: bytes
) -> None:
    assert isinstance(run_cli(folder, ("contact", "import"), card), int)


def test_deeply_nested_json_on_stdin_is_refused_with_a_clear_error(folder: Path) -> None:
    for args in COMMANDS:
        assert run_cli(folder, args, b"[" * 100_000) == 1
