"""crypto.card: contact cards are untrusted input pasted, scanned or opened from files."""

from __future__ import annotations

import re
import string
import struct
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import card as cards
from crypto import identity as identity_module
from crypto import packet
from crypto.errors import BadSignature, CryptoError, MalformedInput
from crypto.identity import Identity

ALICE = Identity(x25519_secret=bytes(range(32)), ed25519_seed=bytes(range(32, 64)))
MALLORY = Identity(x25519_secret=bytes(range(64, 96)), ed25519_seed=bytes(range(96, 128)))
CREATED = 1_714_000_000
SIGNATURE_BYTES = 64
_BASE64_ISH = string.ascii_letters + string.digits + "-_=+/ \n"


def _body(
    x25519: bytes,
    ed25519: bytes,
    name: bytes,
    *,
    magic: bytes = b"QRCARD",
    version: int = 1,
    created: int = CREATED,
    name_length: int | None = None,
) -> bytes:
    """The card body as docs describe it, encoded here independently of crypto.card."""
    length = len(name) if name_length is None else name_length
    return struct.pack(">6sB32s32sQH", magic, version, x25519, ed25519, created, length) + name


def _signed(signer: Identity, body: bytes, context: bytes = cards.SIGNATURE_CONTEXT) -> bytes:
    return body + signer.signing_key().sign(context + body).signature


def _alice_body(
    name: bytes = b"Alice",
    *,
    magic: bytes = b"QRCARD",
    version: int = 1,
    name_length: int | None = None,
) -> bytes:
    public = ALICE.public
    return _body(
        public.x25519, public.ed25519, name, magic=magic, version=version, name_length=name_length
    )


# -- round trips ------------------------------------------------------------------------------


def test_card_parses_back_to_its_name_keys_time_and_fingerprint() -> None:
    parsed = cards.parse_card(cards.make_card(ALICE, "Alice Mbeki", CREATED))
    assert parsed.name == "Alice Mbeki"
    assert parsed.public == ALICE.public
    assert parsed.created == CREATED
    assert parsed.fingerprint == ALICE.public.fingerprint()


def test_binary_card_has_the_documented_layout() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    assert made == _signed(ALICE, _alice_body(b"Alice"))


def test_text_form_is_url_safe_and_round_trips() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    text = cards.card_to_text(made)
    assert re.fullmatch(r"quietroom-card:[A-Za-z0-9_-]+", text)
    assert cards.card_from_text(text) == made


def test_text_form_survives_line_breaks_and_white_space_from_a_paste() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    text = cards.card_to_text(made)
    wrapped = "\n".join(text[i : i + 20] for i in range(0, len(text), 20))
    pastes = [
        f"  {text}  \n",
        wrapped,
        wrapped.replace("\n", "\r\n    "),
        "\t" + text.replace("-card:", "-card:\n\n"),
        text[:30] + "\u00a0" + text[30:],  # a non-breaking space from a word processor
    ]
    for paste in pastes:
        assert cards.parse_card(cards.card_from_text(paste)).public == ALICE.public


@pytest.mark.parametrize(
    "name",
    [
        "محمد عبد الله",  # Arabic
        "王小明",  # Chinese
        "Zoë Ørsted-Ñúñez",
        "Đặng Thị Ngọc Thịnh",  # Vietnamese, several stacked marks
        "אבי כהן",  # Hebrew
    ],
)
def test_names_in_any_script_survive_as_nfc(name: str) -> None:
    decomposed = unicodedata.normalize("NFD", name)
    parsed = cards.parse_card(cards.make_card(ALICE, f"  {decomposed}\n", CREATED))
    assert parsed.name == unicodedata.normalize("NFC", name)


def test_name_of_exactly_the_limit_is_accepted_and_one_byte_more_is_refused() -> None:
    at_limit = "ع" * (cards.MAX_NAME_BYTES // 2)  # two UTF-8 bytes each
    assert cards.parse_card(cards.make_card(ALICE, at_limit, CREATED)).name == at_limit
    with pytest.raises(MalformedInput, match=f"1 to {cards.MAX_NAME_BYTES} bytes"):
        cards.make_card(ALICE, at_limit + "a", CREATED)
    with pytest.raises(MalformedInput, match="bytes"):
        cards.make_card(ALICE, "王" * 134, CREATED)  # 402 bytes


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_empty_name_is_refused(name: str) -> None:
    with pytest.raises(MalformedInput, match="name"):
        cards.make_card(ALICE, name, CREATED)


@pytest.mark.parametrize("created", [-1, 2**64])
def test_creation_time_outside_the_format_is_refused_clearly(created: int) -> None:
    with pytest.raises(MalformedInput, match="time"):
        cards.make_card(ALICE, "Alice", created)


# -- tampering --------------------------------------------------------------------------------


def test_every_single_byte_alteration_of_a_card_is_rejected() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    for position in range(len(made)):
        for flip in (0x01, 0x80, 0xFF):
            altered = bytearray(made)
            altered[position] ^= flip
            with pytest.raises((BadSignature, MalformedInput)):
                cards.parse_card(bytes(altered))


def test_every_truncation_of_a_card_is_rejected() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    for length in range(len(made)):
        with pytest.raises((BadSignature, MalformedInput)):
            cards.parse_card(made[:length])


def test_a_card_with_a_byte_appended_is_rejected() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    for extra in (b"\0", b"A", made[-1:]):
        with pytest.raises(MalformedInput, match="length"):
            cards.parse_card(made + extra)


def test_a_card_signed_by_another_key_is_rejected() -> None:
    forged = _signed(MALLORY, _alice_body(b"Alice"))
    with pytest.raises(BadSignature, match="altered"):
        cards.parse_card(forged)


def test_a_name_changed_by_someone_else_is_rejected() -> None:
    made = cards.make_card(ALICE, "Alice", CREATED)
    renamed = _alice_body(b"Alicf") + made[-SIGNATURE_BYTES:]
    with pytest.raises(BadSignature):
        cards.parse_card(renamed)


def test_a_packet_signature_cannot_be_replayed_as_a_card_signature() -> None:
    body = _alice_body(b"Alice")
    replayed = _signed(ALICE, body, context=packet.SIGNATURE_CONTEXT)
    with pytest.raises(BadSignature):
        cards.parse_card(replayed)
    # An unprefixed signature over the same bytes is refused as well.
    bare = body + ALICE.signing_key().sign(body).signature
    with pytest.raises(BadSignature):
        cards.parse_card(bare)


def test_signature_contexts_are_distinct_and_none_is_a_prefix_of_another() -> None:
    contexts = [
        cards.SIGNATURE_CONTEXT,
        packet.SIGNATURE_CONTEXT,
        identity_module._FINGERPRINT_CONTEXT,
    ]
    for first in contexts:
        assert first.endswith(b"\0")
        for second in contexts:
            if first is not second:
                assert not second.startswith(first)


def test_wrong_magic_is_rejected_as_not_a_card() -> None:
    untrusted = _signed(ALICE, _alice_body(magic=b"QRPACK"))
    with pytest.raises(MalformedInput, match="not a Quietroom contact card"):
        cards.parse_card(untrusted)


@pytest.mark.parametrize("version", [0, 2, 255])
def test_other_format_versions_are_rejected_with_the_version_named(version: int) -> None:
    untrusted = _signed(ALICE, _alice_body(version=version))
    with pytest.raises(MalformedInput, match=f"format {version}"):
        cards.parse_card(untrusted)


@pytest.mark.parametrize("name_length", [0, 4, 6, 400])
def test_a_name_length_that_disagrees_with_the_card_size_is_rejected(name_length: int) -> None:
    untrusted = _signed(ALICE, _alice_body(b"Alice", name_length=name_length))
    with pytest.raises(MalformedInput, match="length is inconsistent"):
        cards.parse_card(untrusted)


def test_a_signed_name_that_is_not_utf8_is_rejected() -> None:
    untrusted = _signed(ALICE, _alice_body(b"Al\xffce"))
    with pytest.raises(MalformedInput, match="not valid text"):
        cards.parse_card(untrusted)


def test_an_oversized_card_is_rejected_before_its_signature_is_checked() -> None:
    untrusted = _signed(ALICE, _alice_body(b"A" * (cards.MAX_NAME_BYTES + 1)))
    with pytest.raises(MalformedInput, match="wrong size"):
        cards.parse_card(untrusted)


@pytest.mark.parametrize(
    "x25519",
    [
        bytes(32),  # the point 0
        b"\x01" + bytes(31),  # the point 1
        bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
        bytes.fromhex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    ],
)
def test_a_card_whose_encryption_key_cannot_be_sealed_to_is_refused(x25519: bytes) -> None:
    # A self-signed card with a low-order X25519 key would be accepted as a contact and then
    # make every share that includes it fail.
    untrusted = _signed(ALICE, _body(x25519, ALICE.public.ed25519, b"Alice"))
    with pytest.raises(MalformedInput, match="encryption key"):
        cards.parse_card(untrusted)


# -- pasted text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "hello", "quietroom-packet:AAAA", "QUIETROOM-CARD:AAAA", "card:quietroom-card:AAAA"],
)
def test_text_without_the_card_prefix_is_refused(text: str) -> None:
    with pytest.raises(MalformedInput, match="quietroom-card:"):
        cards.card_from_text(text)


@pytest.mark.parametrize("payload", ["A", "AAAAA", "ab=c", "Zm9v\u00e9"])
def test_garbled_pasted_text_is_refused_clearly(payload: str) -> None:
    with pytest.raises(MalformedInput, match="garbled"):
        cards.card_from_text(cards.TEXT_PREFIX + payload)


def test_a_pasted_text_far_too_long_for_a_card_is_refused() -> None:
    with pytest.raises(MalformedInput, match="too long"):
        cards.card_from_text(cards.TEXT_PREFIX + "A" * (cards.MAX_CARD_BYTES * 2 + 4))


def test_a_pasted_card_cut_short_is_refused() -> None:
    text = cards.card_to_text(cards.make_card(ALICE, "Alice", CREATED))
    for cut in (1, 2, 3, 10, len(text) - len(cards.TEXT_PREFIX)):
        with pytest.raises(MalformedInput):
            cards.parse_card(cards.card_from_text(text[:-cut]))


@given(untrusted=st.text(max_size=300))
def test_arbitrary_pasted_text_raises_only_the_modules_errors(untrusted: str) -> None:
    with pytest.raises(CryptoError):
        cards.parse_card(cards.card_from_text(untrusted))


@given(
    payload=st.text(
        alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ \n"
    )
)
def test_arbitrary_base64_after_the_prefix_raises_only_the_modules_errors(payload: str) -> None:
    with pytest.raises(CryptoError):
        cards.parse_card(cards.card_from_text(cards.TEXT_PREFIX + payload))


@given(untrusted=st.binary(max_size=cards.MAX_CARD_BYTES + 10))
def test_arbitrary_bytes_raise_only_the_modules_errors(untrusted: bytes) -> None:
    with pytest.raises(CryptoError):
        cards.parse_card(untrusted)


@given(name=st.text(min_size=1, max_size=60).filter(lambda n: n.strip()))
def test_any_name_a_user_can_type_round_trips_through_text(name: str) -> None:
    text = cards.card_to_text(cards.make_card(ALICE, name, CREATED))
    parsed = cards.parse_card(cards.card_from_text(text))
    assert parsed.name == unicodedata.normalize("NFC", name.strip())
    assert parsed.public == ALICE.public
