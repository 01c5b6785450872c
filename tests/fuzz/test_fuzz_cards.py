"""Contact cards arrive as files, pasted text and QR codes from anyone: mutated cards raise
only the project's own errors, and no altered card is ever taken for another."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app import contacts
from app import vault as app_vault
from app.errors import AppError
from app.vault import OpenVault
from crypto import card as cards
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fuzz import fuzz_settings
from tests.fuzz.mutations import mutated, mutated_text
from tests.fuzz.targets import card_seed, check_card, check_card_text

CARD = card_seed()[0]
CARD_TEXT = cards.card_to_text(CARD)


def test_the_seed_card_parses_from_bytes_and_text() -> None:
    check_card(CARD)
    check_card_text(CARD_TEXT)
    assert cards.parse_card(cards.card_from_text(CARD_TEXT)) == card_seed()[1]


@fuzz_settings(1000)
@given(mutated(CARD, head=cards.MAX_CARD_BYTES))
@example(b"")
@example(cards.MAGIC)
def test_mutated_binary_card_raises_only_project_errors_and_is_never_another_card(
    data: bytes,
) -> None:
    check_card(data)


@fuzz_settings(1000)
@given(mutated_text(CARD_TEXT))
@example(cards.TEXT_PREFIX)
@example(cards.TEXT_PREFIX + "=" * 9)
def test_mutated_card_text_raises_only_project_errors_and_is_never_another_card(
    text: str,
) -> None:
    check_card_text(text)


@fuzz_settings(500)
@given(st.one_of(mutated(CARD), mutated(CARD_TEXT.encode()), mutated_text(CARD_TEXT)))
def test_card_input_from_a_file_or_paste_raises_only_invalid_input(
    untrusted: bytes | str,
) -> None:
    try:
        data = contacts.read_card_input(untrusted)
    except AppError:
        return
    assert isinstance(data, bytes)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenVault]:
    folder = tmp_path_factory.mktemp("fuzz-cards") / "vault"
    with app_vault.create_vault(folder, PASSPHRASE, "Bashir", FAST_KDF).vault as opened:
        yield opened


@fuzz_settings(300)
@given(data=st.data())
def test_importing_a_mutated_card_raises_only_app_errors_and_adds_no_other_contact(
    vault: OpenVault, data: st.DataObject
) -> None:
    untrusted = data.draw(st.one_of(mutated(CARD), mutated_text(CARD_TEXT)))
    with contextlib.suppress(AppError):
        contacts.import_card(vault, untrusted)
    # Only the signed card's holder can ever become a contact.
    held = {(c.contact.x25519, c.contact.ed25519) for c in contacts.list_contacts(vault)}
    public = card_seed()[1].public
    assert held <= {(public.x25519, public.ed25519)}
