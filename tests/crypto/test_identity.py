"""crypto.identity: key pairs and the fingerprint users compare aloud."""

from __future__ import annotations

import re

import nacl.exceptions
import nacl.public
import nacl.signing
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crypto import identity
from crypto.errors import MalformedInput
from crypto.identity import Identity, PublicIdentity

FIXED = Identity(x25519_secret=bytes(range(32)), ed25519_seed=bytes(range(32, 64)))
keys_32 = st.binary(min_size=32, max_size=32)


def test_generated_identities_are_distinct() -> None:
    first, second = Identity.generate(), Identity.generate()
    assert first.public.x25519 != second.public.x25519
    assert first.public.ed25519 != second.public.ed25519


def test_the_two_key_pairs_are_independent() -> None:
    fresh = Identity.generate()
    assert fresh.x25519_secret != fresh.ed25519_seed
    assert fresh.public.x25519 != fresh.public.ed25519


def test_public_identity_is_derived_the_same_way_every_time() -> None:
    rebuilt = Identity(FIXED.x25519_secret, FIXED.ed25519_seed)
    assert rebuilt.public == FIXED.public


def test_signing_key_signs_for_the_public_ed25519_key() -> None:
    signed = FIXED.signing_key().sign(b"acknowledgement")
    assert nacl.signing.VerifyKey(FIXED.public.ed25519).verify(signed) == b"acknowledgement"
    other = Identity.generate()
    with pytest.raises(nacl.exceptions.BadSignatureError):
        nacl.signing.VerifyKey(other.public.ed25519).verify(signed)


def test_box_key_opens_what_is_sealed_to_the_public_x25519_key() -> None:
    sealed = nacl.public.SealedBox(nacl.public.PublicKey(FIXED.public.x25519)).encrypt(b"file key")
    assert nacl.public.SealedBox(FIXED.box_key()).decrypt(sealed) == b"file key"
    with pytest.raises(nacl.exceptions.CryptoError):
        nacl.public.SealedBox(Identity.generate().box_key()).decrypt(sealed)


def test_fingerprint_is_twelve_groups_of_five_digits_in_three_lines() -> None:
    text = FIXED.public.fingerprint()
    assert re.fullmatch(r"(\d{5} ){3}\d{5}\n(\d{5} ){3}\d{5}\n(\d{5} ){3}\d{5}", text)
    groups = identity.fingerprint_groups(FIXED.public)
    assert len(groups) == identity.FINGERPRINT_GROUPS == 12
    assert text.split() == groups


def test_fingerprint_of_a_fixed_identity_never_changes_between_releases() -> None:
    # Contacts already verified aloud would all look different if this changed. The value was
    # checked with the `cryptography` package: SHA-512("quietroom-fingerprint-v1\0" || X25519
    # public || Ed25519 public), five bytes per group, modulo 100000.
    assert FIXED.public.fingerprint() == (
        "45124 87159 90499 31826\n48791 39541 54718 92442\n62682 74912 22195 49620"
    )


def test_fingerprint_is_stable_for_the_same_keys() -> None:
    public = Identity.generate().public
    copy = PublicIdentity(bytes(public.x25519), bytes(public.ed25519))
    assert copy.fingerprint() == public.fingerprint()


@given(x25519=keys_32, ed25519=keys_32, which=st.sampled_from(["x25519", "ed25519"]))
def test_changing_either_key_changes_the_fingerprint(
    x25519: bytes, ed25519: bytes, which: str
) -> None:
    original = PublicIdentity(x25519, ed25519)
    if which == "x25519":
        changed = PublicIdentity(bytes([x25519[0] ^ 1]) + x25519[1:], ed25519)
    else:
        changed = PublicIdentity(x25519, ed25519[:-1] + bytes([ed25519[-1] ^ 0x80]))
    assert changed.fingerprint() != original.fingerprint()


def test_swapping_the_two_keys_changes_the_fingerprint() -> None:
    public = FIXED.public
    assert PublicIdentity(public.ed25519, public.x25519).fingerprint() != public.fingerprint()


def test_different_identities_have_different_fingerprints() -> None:
    fingerprints = {Identity.generate().public.fingerprint() for _ in range(50)}
    assert len(fingerprints) == 50


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_public_key_of_wrong_length_is_refused(length: int) -> None:
    good = bytes(32)
    with pytest.raises(MalformedInput, match="32 bytes"):
        PublicIdentity(b"k" * length, good)
    with pytest.raises(MalformedInput, match="32 bytes"):
        PublicIdentity(good, b"k" * length)


@pytest.mark.parametrize("length", [0, 31, 33, 64])
def test_secret_key_of_wrong_length_is_refused(length: int) -> None:
    good = bytes(32)
    with pytest.raises(MalformedInput, match="32 bytes"):
        Identity(b"k" * length, good)
    with pytest.raises(MalformedInput, match="32 bytes"):
        Identity(good, b"k" * length)


def test_printing_an_identity_does_not_reveal_its_secret_keys() -> None:
    # An identity that reaches a log line or an error report must not carry its keys with it.
    shown = repr(FIXED) + str(FIXED)
    for secret in (FIXED.x25519_secret, FIXED.ed25519_seed):
        assert repr(secret) not in shown
        assert secret.hex() not in shown
