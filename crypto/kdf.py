"""Key derivation: Argon2id for passphrases, keyed BLAKE2b for subkeys.

Argon2id runs in OpenSSL (through ``cryptography``), not in libsodium: both compute RFC 9106
Argon2id version 1.3 with one lane, so keys are the same bytes (tested against libsodium's
``crypto_pwhash``, with which vaults were created before), but libsodium maps its 256 MiB with
``MAP_POPULATE``. Filling the memory inside ``mmap`` holds the process's memory-map lock for
about 120 ms, and the Qt thread stalls on its next allocation; OpenSSL's pages are faulted in
one at a time as they are first written (docs/architecture.md, decision 15).

Passphrases are normalised to Unicode NFC before hashing, so the same words typed on two
keyboards (precomposed or combining accents, Arabic or Latin input methods) give the same key.
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from dataclasses import dataclass

import nacl.pwhash.argon2id as argon2id
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from crypto.errors import MalformedInput, NotEnoughMemory

KEY_BYTES = 32
SALT_BYTES = argon2id.SALTBYTES  # 16
_MIB = 1024 * 1024

#: Production defaults: at least 256 MiB of memory, time cost calibrated near one second.
DEFAULT_MEMLIMIT = 256 * 1024 * 1024
DEFAULT_TARGET_SECONDS = 1.0
MIN_OPSLIMIT = 3

#: Limits applied to parameters read from an untrusted key-slot file, so that a forged file
#: cannot make an unlock allocate absurd memory or spin for hours.
UNTRUSTED_MAX_MEMLIMIT = 4 * 1024 * 1024 * 1024
UNTRUSTED_MAX_OPSLIMIT = 64


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters: ``opslimit`` passes over ``memlimit`` bytes."""

    opslimit: int
    memlimit: int

    def check(self) -> None:
        """Raise :class:`MalformedInput` unless the parameters are within sane bounds."""
        if not argon2id.OPSLIMIT_MIN <= self.opslimit <= UNTRUSTED_MAX_OPSLIMIT:
            raise MalformedInput("Argon2id time cost out of range")
        if not argon2id.MEMLIMIT_MIN <= self.memlimit <= UNTRUSTED_MAX_MEMLIMIT:
            raise MalformedInput("Argon2id memory cost out of range")


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes hashed for a passphrase: NFC-normalised UTF-8."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id(passphrase, salt) -> 32-byte key. Slow on purpose."""
    if len(salt) != SALT_BYTES:
        raise MalformedInput("an Argon2id salt must be {size} bytes", size=SALT_BYTES)
    params.check()
    argon2 = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.opslimit,
        lanes=1,
        memory_cost=params.memlimit // 1024,  # KiB, rounded down as libsodium does
    )
    try:
        return argon2.derive(normalise_passphrase(passphrase))
    except MemoryError:
        needed = -(-params.memlimit // _MIB)
        raise NotEnoughMemory(
            "there is not enough free memory to derive the key ({needed} MiB are needed); "
            "close other programs and try again",
            needed=needed,
        ) from None


#: Probes of the calibration (the fastest counts).
CALIBRATION_RUNS = 3


def calibrate(
    target_seconds: float = DEFAULT_TARGET_SECONDS, memlimit: int = DEFAULT_MEMLIMIT
) -> Argon2Params:
    """Pick the time cost that makes one derivation take about ``target_seconds`` here.

    Memory stays at ``memlimit`` (the production default is 256 MiB); the time cost never goes
    below :data:`MIN_OPSLIMIT`. The machine's speed is the fastest of up to
    :data:`CALIBRATION_RUNS` probes: one probe timed while something else ran (a backup, an
    update, the first allocation of the memory) made the vault's cost too low for good.
    """
    probe = Argon2Params(opslimit=MIN_OPSLIMIT, memlimit=memlimit)
    elapsed = float("inf")
    for _ in range(CALIBRATION_RUNS):
        start = time.perf_counter()
        derive_passphrase_key("calibration", b"\0" * SALT_BYTES, probe)
        elapsed = min(elapsed, max(time.perf_counter() - start, 1e-3))
        if elapsed >= 2 * target_seconds:
            break  # a slow machine: the floor takes twice the target, busy or not
    ops = round(MIN_OPSLIMIT * target_seconds / elapsed)
    return Argon2Params(
        opslimit=max(MIN_OPSLIMIT, min(ops, UNTRUSTED_MAX_OPSLIMIT)), memlimit=memlimit
    )


def derive_subkey(master_key: bytes, label: bytes) -> bytes:
    """A 32-byte subkey of ``master_key`` for one purpose, named by ``label`` (<= 16 bytes).

    Keyed BLAKE2b with the label as personalisation: the same construction as libsodium's
    ``crypto_kdf``. Different labels give independent keys. BLAKE2b pads the personalisation
    with zero bytes, so a label may not contain one (``b"db"`` and ``b"db\\0"`` would alias).
    """
    if len(master_key) != KEY_BYTES:
        raise MalformedInput("a master key must be {size} bytes", size=KEY_BYTES)
    if not 0 < len(label) <= 16 or b"\0" in label:
        raise MalformedInput("a subkey label must be 1 to 16 bytes, none of them zero")
    return hashlib.blake2b(b"", digest_size=KEY_BYTES, key=master_key, person=label).digest()
