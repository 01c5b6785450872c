"""crypto.aead: what the key slots and every other sealed blob rely on."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import aead
from crypto.errors import CryptoError, DecryptionFailed, MalformedInput

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def test_sealed_blob_opens_with_its_key_and_aad() -> None:
    blob = aead.seal(KEY, b"minutes of the third round", b"slot-0")
    assert aead.open_sealed(KEY, blob, b"slot-0") == b"minutes of the third round"


@given(plaintext=st.binary(max_size=2048), aad=st.binary(max_size=64))
def test_any_plaintext_and_aad_round_trip_at_the_documented_size(
    plaintext: bytes, aad: bytes
) -> None:
    blob = aead.seal(KEY, plaintext, aad)
    assert len(blob) == aead.sealed_size(len(plaintext))
    assert aead.open_sealed(KEY, blob, aad) == plaintext


def test_ciphertext_does_not_contain_the_plaintext() -> None:
    plaintext = b"confidential: the delegation accepts the ceasefire line" * 4
    blob = aead.seal(KEY, plaintext)
    assert plaintext[:16] not in blob


def test_two_seals_of_the_same_plaintext_use_different_nonces() -> None:
    first = aead.seal(KEY, b"same words")
    second = aead.seal(KEY, b"same words")
    assert first[: aead.NONCE_BYTES] != second[: aead.NONCE_BYTES]
    assert first != second


def test_blob_is_nonce_then_libsodium_xchacha20poly1305_ietf() -> None:
    # draft-irtf-cfrg-xchacha-03, appendix A.3.1: a second implementation can check itself.
    plaintext = (
        b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
        b"the future, sunscreen would be it."
    )
    key = bytes(range(0x80, 0xA0))
    nonce = bytes(range(0x40, 0x58))
    aad = bytes.fromhex("50515253c0c1c2c3c4c5c6c7")
    expected = bytes.fromhex(
        "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
        "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
        "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
        "21f9664c97637da9768812f615c68b13b52e"
        "c0875924c1c7987947deafd8780acf49"
    )
    blob = aead.seal(key, plaintext, aad, nonce=nonce)
    assert blob == nonce + expected
    assert aead.open_sealed(key, blob, aad) == plaintext


def test_wrong_key_is_rejected_as_decryption_failure() -> None:
    blob = aead.seal(KEY, b"secret")
    with pytest.raises(DecryptionFailed):
        aead.open_sealed(OTHER_KEY, blob)


def test_every_single_byte_alteration_of_a_blob_is_rejected() -> None:
    blob = aead.seal(KEY, b"short note", b"aad")
    for position in range(len(blob)):
        for flip in (0x01, 0x80, 0xFF):
            altered = bytearray(blob)
            altered[position] ^= flip
            with pytest.raises(DecryptionFailed):
                aead.open_sealed(KEY, bytes(altered), b"aad")


def test_altered_or_missing_aad_is_rejected() -> None:
    blob = aead.seal(KEY, b"wrapped master key", b"vault-id-1")
    for wrong_aad in (b"vault-id-2", b"", b"vault-id-1\0", b"vault-id"):
        with pytest.raises(DecryptionFailed):
            aead.open_sealed(KEY, blob, wrong_aad)


def test_blob_sealed_without_aad_does_not_open_with_one() -> None:
    blob = aead.seal(KEY, b"text")
    with pytest.raises(DecryptionFailed):
        aead.open_sealed(KEY, blob, b"x")


def test_every_truncation_of_a_blob_is_rejected_with_a_crypto_error() -> None:
    blob = aead.seal(KEY, b"a few bytes of content")
    for length in range(len(blob)):
        with pytest.raises((DecryptionFailed, MalformedInput)):
            aead.open_sealed(KEY, blob[:length])


def test_blob_shorter_than_nonce_and_tag_is_reported_as_malformed() -> None:
    with pytest.raises(MalformedInput, match="too short"):
        aead.open_sealed(KEY, b"\0" * (aead.NONCE_BYTES + aead.TAG_BYTES - 1))


def test_blob_with_an_appended_byte_is_rejected() -> None:
    blob = aead.seal(KEY, b"content")
    with pytest.raises(DecryptionFailed):
        aead.open_sealed(KEY, blob + b"\0")


def test_empty_plaintext_is_still_authenticated() -> None:
    blob = aead.seal(KEY, b"")
    assert aead.open_sealed(KEY, blob) == b""
    with pytest.raises(DecryptionFailed):
        aead.open_sealed(OTHER_KEY, blob)


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_key_of_wrong_length_is_refused_for_seal_and_open(length: int) -> None:
    bad_key = b"k" * length
    with pytest.raises(MalformedInput, match="32 bytes"):
        aead.seal(bad_key, b"text")
    with pytest.raises(MalformedInput, match="32 bytes"):
        aead.open_sealed(bad_key, aead.seal(KEY, b"text"))


@pytest.mark.parametrize("length", [0, 12, 23, 25])
def test_nonce_of_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(MalformedInput, match="nonce"):
        aead.seal(KEY, b"text", nonce=b"n" * length)


def test_error_messages_carry_no_key_or_content() -> None:
    secret_text = b"the-secret-negotiating-position"
    blob = aead.seal(KEY, secret_text)
    with pytest.raises(DecryptionFailed) as failure:
        aead.open_sealed(OTHER_KEY, blob)
    message = str(failure.value)
    assert "secret-negotiating" not in message
    assert KEY.hex() not in message and OTHER_KEY.hex() not in message
    assert failure.value.__cause__ is None


@given(untrusted=st.binary(max_size=200), aad=st.binary(max_size=8))
def test_arbitrary_bytes_never_open_and_raise_only_crypto_errors(
    untrusted: bytes, aad: bytes
) -> None:
    with pytest.raises(CryptoError):
        aead.open_sealed(KEY, untrusted, aad)


def test_random_key_seals_open_only_with_that_key() -> None:
    keys = [secrets.token_bytes(aead.KEY_BYTES) for _ in range(4)]
    blobs = [aead.seal(key, b"same") for key in keys]
    for i, key in enumerate(keys):
        for j, blob in enumerate(blobs):
            if i == j:
                assert aead.open_sealed(key, blob) == b"same"
            else:
                with pytest.raises(DecryptionFailed):
                    aead.open_sealed(key, blob)
