"""crypto.kdf: passphrase keys (Argon2id) and subkeys of the master key."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import types
import unicodedata
from pathlib import Path

import nacl.bindings as sodium
import nacl.pwhash.argon2id as libsodium_argon2id
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app import vault as app_vault
from crypto import kdf
from crypto.errors import MalformedInput, NotEnoughMemory
from storage.vault import AUDIT_KEY_LABEL, DB_KEY_LABEL

SALT = bytes(range(kdf.SALT_BYTES))
MASTER = bytes(range(32))
MIB = 1024 * 1024


# -- production parameters --------------------------------------------------------------------


def test_documented_floors_are_256_mib_and_three_passes() -> None:
    # docs/architecture.md, decision 7.
    assert kdf.DEFAULT_MEMLIMIT >= 256 * MIB
    assert kdf.MIN_OPSLIMIT >= 3


@pytest.mark.slow
def test_production_parameters_use_256_mib_at_least_three_passes_and_derive_a_key() -> None:
    params = app_vault.default_kdf_params()
    assert params.memlimit >= 256 * MIB
    assert params.opslimit >= kdf.MIN_OPSLIMIT
    params.check()  # a vault created with them can be unlocked again
    key = kdf.derive_passphrase_key("lantern orchard basalt", SALT, params)
    assert len(key) == kdf.KEY_BYTES


@pytest.mark.slow
def test_calibration_never_goes_below_the_pass_floor_nor_changes_the_memory() -> None:
    params = kdf.calibrate(target_seconds=0.001)
    assert params == kdf.Argon2Params(opslimit=kdf.MIN_OPSLIMIT, memlimit=kdf.DEFAULT_MEMLIMIT)


class _FakeArgon2:
    """A derivation whose cost is ``seconds_per_pass`` per pass, on a fake clock."""

    def __init__(self, seconds_per_pass: float) -> None:
        self.now = 100.0
        self.seconds_per_pass = seconds_per_pass
        self.probes: list[kdf.Argon2Params] = []

    def clock(self) -> float:
        return self.now

    def derive(self, passphrase: str, salt: bytes, params: kdf.Argon2Params) -> bytes:
        self.probes.append(params)
        self.now += self.seconds_per_pass * params.opslimit
        return bytes(kdf.KEY_BYTES)


@pytest.fixture
def fake_argon2(monkeypatch: pytest.MonkeyPatch) -> _FakeArgon2:
    fake = _FakeArgon2(seconds_per_pass=0.1)
    monkeypatch.setattr(kdf, "time", types.SimpleNamespace(perf_counter=fake.clock))
    monkeypatch.setattr(kdf, "derive_passphrase_key", fake.derive)
    return fake


@pytest.mark.parametrize(("target", "passes"), [(1.0, 10), (2.0, 20), (0.5, 5)])
def test_calibration_picks_the_passes_that_take_the_target_time(
    fake_argon2: _FakeArgon2, target: float, passes: int
) -> None:
    params = kdf.calibrate(target_seconds=target)
    assert params == kdf.Argon2Params(opslimit=passes, memlimit=kdf.DEFAULT_MEMLIMIT)
    assert all(probe.memlimit == kdf.DEFAULT_MEMLIMIT for probe in fake_argon2.probes)


def test_calibration_on_a_fast_machine_stays_openable(fake_argon2: _FakeArgon2) -> None:
    fake_argon2.seconds_per_pass = 0.0001
    params = kdf.calibrate(target_seconds=1.0)
    assert params.opslimit == kdf.UNTRUSTED_MAX_OPSLIMIT
    params.check()


def test_calibration_on_a_slow_machine_keeps_the_pass_floor(fake_argon2: _FakeArgon2) -> None:
    fake_argon2.seconds_per_pass = 5.0
    assert kdf.calibrate(target_seconds=1.0).opslimit == kdf.MIN_OPSLIMIT


# -- passphrase keys --------------------------------------------------------------------------


def test_passphrase_key_is_standard_argon2id() -> None:
    # Reference vectors from the Argon2 reference CLI (argon2 ABCDEFGHIJKLMNOP -id -v 13 ...),
    # so the vault can be opened by another implementation.
    salt = b"ABCDEFGHIJKLMNOP"
    assert kdf.derive_passphrase_key("123", salt, kdf.Argon2Params(5, 1 * MIB)) == bytes.fromhex(
        "3c5d010180ba0cf5b6b858cba23b318e42d33088983c404598599c3b029ecac6"
    )
    assert kdf.derive_passphrase_key("123", salt, kdf.Argon2Params(2, 8 * MIB)) == bytes.fromhex(
        "3ee950488d26ce691657b1d753f562139857b61a58f234d6cb0ce84c4cc27328"
    )


@given(
    passphrase=st.text(max_size=40),
    salt=st.binary(min_size=kdf.SALT_BYTES, max_size=kdf.SALT_BYTES),
    opslimit=st.integers(min_value=1, max_value=4),
    memlimit=st.integers(min_value=libsodium_argon2id.MEMLIMIT_MIN, max_value=2 * MIB),
)
def test_passphrase_keys_are_the_bytes_libsodium_derived_for_vaults_made_before(
    passphrase: str, salt: bytes, opslimit: int, memlimit: int
) -> None:
    # Vaults made before decision 15 (docs/architecture.md) hold slots wrapped with libsodium's
    # crypto_pwhash; OpenSSL must derive the same key for any parameters a key-slot file may
    # hold, memory costs that are not whole KiB included (both round down).
    params = kdf.Argon2Params(opslimit, memlimit)
    expected = libsodium_argon2id.kdf(
        kdf.KEY_BYTES,
        kdf.normalise_passphrase(passphrase),
        salt,
        opslimit=opslimit,
        memlimit=memlimit,
    )
    assert kdf.derive_passphrase_key(passphrase, salt, params) == expected


def test_too_little_free_memory_is_a_clear_error_that_names_no_secret() -> None:
    # A child process whose address space cannot hold the 1 GiB a derivation asks for.
    child = textwrap.dedent(
        """
        import resource, sys
        from crypto import kdf
        from crypto.errors import NotEnoughMemory
        resource.setrlimit(resource.RLIMIT_AS, (768 * 1024 * 1024, resource.RLIM_INFINITY))
        try:
            kdf.derive_passphrase_key(
                "lantern orchard basalt", bytes(16), kdf.Argon2Params(1, 1024 * 1024 * 1024)
            )
        except NotEnoughMemory as exc:
            print(type(exc).__name__, exc)
        else:
            print("derived")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", child],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(NotEnoughMemory.__name__ + " ")
    assert "1024 MiB are needed" in result.stdout
    assert "lantern" not in result.stdout + result.stderr


def test_combining_accent_passphrase_derives_the_reference_key_of_the_precomposed_one() -> None:
    decomposed = "o\u0308"  # o + COMBINING DIAERESIS, as some keyboards type "ö"
    key = kdf.derive_passphrase_key(decomposed, b"ABCDEFGHIJKLMNOP", kdf.Argon2Params(5, 1 * MIB))
    assert key == bytes.fromhex("b113fc7863dbc87b7d1366c3b468d3864a2473ce46e90ed3641fff87ada561f7")


@pytest.mark.parametrize(
    ("precomposed", "combining"),
    [
        ("café délégation", "cafe\u0301 de\u0301le\u0301gation"),
        ("Genève Ωmega", "Gene\u0300ve \u2126mega"),  # OHM SIGN normalises to OMEGA
        ("\u0622\u0634\u062a\u06cc", "\u0627\u0653\u0634\u062a\u06cc"),  # Persian "âshti"
        ("\ud55c\uad6d\uc5b4", "\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165"),  # Hangul
    ],
)
def test_the_same_words_typed_two_ways_derive_the_same_key(
    fast_kdf: kdf.Argon2Params, precomposed: str, combining: str
) -> None:
    assert precomposed != combining
    assert unicodedata.normalize("NFC", combining) == precomposed
    assert kdf.derive_passphrase_key(precomposed, SALT, fast_kdf) == kdf.derive_passphrase_key(
        combining, SALT, fast_kdf
    )


def test_different_passphrases_salts_or_costs_derive_different_keys(
    fast_kdf: kdf.Argon2Params,
) -> None:
    base = kdf.derive_passphrase_key("lantern orchard", SALT, fast_kdf)
    assert base == kdf.derive_passphrase_key("lantern orchard", SALT, fast_kdf)
    others = {
        kdf.derive_passphrase_key("lantern orchard.", SALT, fast_kdf),
        kdf.derive_passphrase_key("Lantern orchard", SALT, fast_kdf),
        kdf.derive_passphrase_key("lantern orchard", bytes(kdf.SALT_BYTES), fast_kdf),
        kdf.derive_passphrase_key(
            "lantern orchard", SALT, kdf.Argon2Params(fast_kdf.opslimit + 1, fast_kdf.memlimit)
        ),
    }
    assert len(others) == 4
    assert base not in others


@pytest.mark.parametrize("length", [0, 8, 15, 17, 32])
def test_salt_of_wrong_length_is_refused(fast_kdf: kdf.Argon2Params, length: int) -> None:
    with pytest.raises(MalformedInput, match="salt"):
        kdf.derive_passphrase_key("words", b"s" * length, fast_kdf)


@pytest.mark.parametrize(
    ("opslimit", "memlimit", "what"),
    [
        (0, 8 * MIB, "time cost"),
        (kdf.UNTRUSTED_MAX_OPSLIMIT + 1, 8 * MIB, "time cost"),
        (10**9, 8 * MIB, "time cost"),
        (1, 1024, "memory cost"),
        (1, kdf.UNTRUSTED_MAX_MEMLIMIT + 1, "memory cost"),
        (1, 1 << 40, "memory cost"),
    ],
)
def test_absurd_costs_from_a_forged_key_slot_file_are_refused_before_any_work(
    opslimit: int, memlimit: int, what: str
) -> None:
    params = kdf.Argon2Params(opslimit=opslimit, memlimit=memlimit)
    with pytest.raises(MalformedInput, match=what):
        params.check()
    with pytest.raises(MalformedInput, match=what):
        kdf.derive_passphrase_key("words", SALT, params)


# -- subkeys ----------------------------------------------------------------------------------


def test_each_label_gives_its_own_subkey_and_none_is_the_master_key() -> None:
    db_key = kdf.derive_subkey(MASTER, DB_KEY_LABEL)
    audit_key = kdf.derive_subkey(MASTER, AUDIT_KEY_LABEL)
    assert len(db_key) == len(audit_key) == kdf.KEY_BYTES
    assert db_key != audit_key
    assert MASTER not in (db_key, audit_key)
    assert kdf.derive_subkey(MASTER, DB_KEY_LABEL) == db_key


def test_subkey_depends_on_the_master_key() -> None:
    other_master = bytes(31) + b"\x01"
    assert kdf.derive_subkey(MASTER, DB_KEY_LABEL) != kdf.derive_subkey(other_master, DB_KEY_LABEL)


def test_subkey_is_libsodium_keyed_blake2b_with_the_label_as_personalisation() -> None:
    # What another implementation needs to derive the database key from the master key.
    expected = sodium.crypto_generichash_blake2b_salt_personal(
        b"", digest_size=32, key=MASTER, person=DB_KEY_LABEL.ljust(16, b"\0")
    )
    assert kdf.derive_subkey(MASTER, DB_KEY_LABEL) == expected


_LABELS = st.binary(min_size=1, max_size=16).filter(lambda label: b"\0" not in label)


@given(first=_LABELS, second=_LABELS)
def test_distinct_labels_never_share_a_subkey(first: bytes, second: bytes) -> None:
    assume(first != second)
    assert kdf.derive_subkey(MASTER, first) != kdf.derive_subkey(MASTER, second)


def test_label_with_a_nul_byte_is_refused_so_padding_cannot_alias_two_labels() -> None:
    # BLAKE2b pads the personalisation with zero bytes: "db" and "db\0" would share a key.
    for label in (DB_KEY_LABEL + b"\0", b"\0", b"qr\0db"):
        with pytest.raises(MalformedInput, match="label"):
            kdf.derive_subkey(MASTER, label)


@pytest.mark.parametrize("label", [b"", b"x" * 17, b"quietroom-database-key-v1"])
def test_label_of_wrong_length_is_refused(label: bytes) -> None:
    with pytest.raises(MalformedInput, match="label"):
        kdf.derive_subkey(MASTER, label)


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_master_key_of_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(MalformedInput, match="master key"):
        kdf.derive_subkey(b"m" * length, DB_KEY_LABEL)


def test_calibration_counts_the_fastest_probe_so_a_busy_moment_does_not_lower_the_cost(
    fake_argon2: _FakeArgon2, monkeypatch: pytest.MonkeyPatch
) -> None:
    slowdowns = iter([4.0, 1.0, 1.5])  # the first probe ran while a backup was being written
    steady = fake_argon2.derive

    def busy_then_idle(passphrase: str, salt: bytes, params: kdf.Argon2Params) -> bytes:
        factor = next(slowdowns)
        fake_argon2.now += fake_argon2.seconds_per_pass * params.opslimit * (factor - 1)
        return steady(passphrase, salt, params)

    monkeypatch.setattr(kdf, "derive_passphrase_key", busy_then_idle)
    params = kdf.calibrate(target_seconds=1.0)
    assert params.opslimit == 10  # 0.1 s a pass when idle, not 0.4
    assert len(fake_argon2.probes) == kdf.CALIBRATION_RUNS


def test_calibration_on_a_slow_machine_stops_after_one_probe(fake_argon2: _FakeArgon2) -> None:
    fake_argon2.seconds_per_pass = 1.0  # the floor alone takes three times the target
    assert kdf.calibrate(target_seconds=1.0).opslimit == kdf.MIN_OPSLIMIT
    assert len(fake_argon2.probes) == 1
