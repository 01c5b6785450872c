"""crypto.recovery: the printed recovery key is the user's last way back into a vault."""

from __future__ import annotations

import base64
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import recovery
from crypto.errors import CryptoError, MalformedInput, RecoveryKeyTypo

SECRET = bytes(range(100, 120))
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

secrets_20 = st.binary(min_size=recovery.SECRET_BYTES, max_size=recovery.SECRET_BYTES)


def _substitute(key: str, index: int, char: str) -> str:
    return key[:index] + char + key[index + 1 :]


def test_generated_secrets_are_20_random_bytes() -> None:
    first, second = recovery.generate(), recovery.generate()
    assert len(first) == len(second) == recovery.SECRET_BYTES
    assert first != second


@given(secret=secrets_20)
def test_formatted_key_parses_back_to_its_secret(secret: bytes) -> None:
    text = recovery.format_key(secret)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}", text)
    assert recovery.parse_key(text) == secret


def test_key_is_crockford_base32_of_secret_and_its_checksum() -> None:
    # An independent decoder: translate to RFC 4648 base32 and use the standard library.
    text = recovery.format_key(SECRET).replace("-", "")
    rfc = text.translate(str.maketrans(_CROCKFORD, _RFC4648))
    raw = base64.b32decode(rfc)
    assert raw[: recovery.SECRET_BYTES] == SECRET
    assert len(raw) == recovery.SECRET_BYTES + recovery.CHECK_BYTES


def test_every_single_character_typo_is_reported_as_a_typo() -> None:
    text = recovery.format_key(SECRET)
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    assert len(positions) == 40
    for index in positions:
        for char in _CROCKFORD:
            if char == text[index]:
                continue
            with pytest.raises(RecoveryKeyTypo, match="typing mistake"):
                recovery.parse_key(_substitute(text, index, char))


@given(secret=secrets_20, data=st.data())
def test_single_typos_in_any_key_are_caught(secret: bytes, data: st.DataObject) -> None:
    text = recovery.format_key(secret).replace("-", "")
    index = data.draw(st.integers(0, len(text) - 1))
    char = data.draw(st.sampled_from(_CROCKFORD).filter(lambda c: c != text[index]))
    with pytest.raises(RecoveryKeyTypo):
        recovery.parse_key(_substitute(text, index, char))


def test_swapping_two_neighbouring_characters_is_reported_as_a_typo() -> None:
    text = recovery.format_key(SECRET).replace("-", "")
    swaps = 0
    for index in range(len(text) - 1):
        if text[index] == text[index + 1]:
            continue
        swapped = text[:index] + text[index + 1] + text[index] + text[index + 2 :]
        with pytest.raises(RecoveryKeyTypo):
            recovery.parse_key(swapped)
        swaps += 1
    assert swaps > 30


def _key_with_ambiguous_characters() -> tuple[bytes, str]:
    """A secret whose key contains 0, 1 and V (the characters I, L, O and U are read as)."""
    for attempt in range(10_000):
        secret = attempt.to_bytes(recovery.SECRET_BYTES, "big")
        text = recovery.format_key(secret)
        if all(ch in text for ch in "01V"):
            return secret, text
    raise AssertionError("no key with 0, 1 and V found")


@pytest.mark.parametrize("one", ["I", "L", "i", "l"])
def test_i_l_o_u_are_read_as_1_1_0_v(one: str) -> None:
    secret, text = _key_with_ambiguous_characters()
    misread = text.replace("1", one).replace("0", "O").replace("V", "U")
    assert misread != text
    assert recovery.parse_key(misread) == secret
    assert recovery.parse_key(misread.lower()) == secret


def test_case_spaces_dashes_and_line_breaks_do_not_matter() -> None:
    text = recovery.format_key(SECRET)
    compact = text.replace("-", "")
    variants = [
        text.lower(),
        compact,
        compact.lower(),
        text.replace("-", " "),
        "  " + text.replace("-", "\t") + "\n",
        text.replace("-", "\r\n"),
        " - ".join(compact[i : i + 4] for i in range(0, 40, 4)),
        "-".join(compact),
    ]
    for variant in variants:
        assert recovery.parse_key(variant) == SECRET


@pytest.mark.parametrize("drop", [1, 5, 39])
def test_a_key_with_missing_characters_is_refused_as_the_wrong_length(drop: int) -> None:
    compact = recovery.format_key(SECRET).replace("-", "")
    with pytest.raises(MalformedInput, match="40 letters and digits"):
        recovery.parse_key(compact[:-drop])


def test_a_key_with_an_extra_character_is_refused_as_the_wrong_length() -> None:
    with pytest.raises(MalformedInput, match="40 letters and digits"):
        recovery.parse_key(recovery.format_key(SECRET) + "7")


@pytest.mark.parametrize("intruder", ["*", "#", "é", "٣", "."])
def test_a_character_outside_the_alphabet_is_refused_clearly(intruder: str) -> None:
    compact = recovery.format_key(SECRET).replace("-", "")
    with pytest.raises(MalformedInput, match="40 letters and digits"):
        recovery.parse_key(_substitute(compact, 7, intruder))


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(MalformedInput):
        recovery.parse_key("")


@given(untrusted=st.text(max_size=80))
def test_arbitrary_text_raises_only_the_modules_errors(untrusted: str) -> None:
    try:
        secret = recovery.parse_key(untrusted)
    except CryptoError:
        return
    assert recovery.parse_key(recovery.format_key(secret)) == secret


def test_typo_message_carries_no_part_of_the_key() -> None:
    text = recovery.format_key(SECRET)
    typo = _substitute(text, 0, "Z" if text[0] != "Z" else "Y")
    with pytest.raises(RecoveryKeyTypo) as failure:
        recovery.parse_key(typo)
    message = str(failure.value)
    for group in text.split("-"):
        assert group not in message and group.lower() not in message


@pytest.mark.parametrize("length", [0, 16, 19, 21, 32])
def test_secret_of_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(MalformedInput, match="20 bytes"):
        recovery.format_key(b"s" * length)
    with pytest.raises(MalformedInput, match="20 bytes"):
        recovery.derive_slot_key(b"s" * length, b"salt")


def test_slot_key_depends_on_secret_and_salt() -> None:
    key = recovery.derive_slot_key(SECRET, b"vault-salt")
    assert len(key) == recovery.KEY_BYTES
    assert key == recovery.derive_slot_key(SECRET, b"vault-salt")
    other_secret = bytes(reversed(SECRET))
    assert key != recovery.derive_slot_key(other_secret, b"vault-salt")
    assert key != recovery.derive_slot_key(SECRET, b"other-salt")
    assert SECRET not in key
