"""Panic exit and erase-after-failed-unlocks (docs/need-to-know.md).

Panic exit: the UI locks at once, clears the clipboard and closes every window; with the
vault setting ``panic_erases`` on, it then destroys the vault (:func:`app.emergency.erase`).

Erase after N failed unlocks (off by default): a counter in ``unlock-guard`` beside the key
slots counts each attempt *before* its result is known (so killing the app mid-attempt does
not save the guess) and a successful unlock resets it. When it reaches N the vault is erased.
The vault keeps the limit too, so :func:`after_unlock` notices a guard file that was removed or
changed while the vault was locked, and reports attempts that failed since the last unlock.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from app import emergency
from app.errors import InvalidInput, translated
from app.vault import OpenVault
from storage import audit
from storage import unlock_guard as guard_file
from storage.unlock_guard import Guard, GuardDamaged

PANIC_ERASES = "panic_erases"
GUARD_LIMIT = "unlock_guard_limit"
MAX_LIMIT = guard_file.MAX_LIMIT


@dataclass(frozen=True)
class AttemptOutcome:
    """After a counted attempt: how many remain (None: no guard) and whether it erased."""

    remaining: int | None
    erased: bool = False


@dataclass(frozen=True)
class UnlockWarnings:
    """What the user is told after an unlock (the interface words it, in their language):
    attempts that ``failed`` since the vault was last opened, and whether the failed-unlock
    guard was removed or changed while the vault was locked (``guard_restored``)."""

    failed: int = 0
    guard_restored: bool = False

    def __bool__(self) -> bool:
        return bool(self.failed or self.guard_restored)


def guard_status(folder: Path) -> Guard | None:
    """The guard before unlock (None: off). A damaged file counts as one attempt left, so
    tampering with it cannot buy an attacker more guesses."""
    try:
        return guard_file.read(folder)
    except GuardDamaged:
        return Guard(limit=1, failures=0)


def attempt_started(folder: Path) -> int | None:
    """Count an unlock attempt before its result is known; return the attempts left after it
    (None when the guard is off)."""
    guard = guard_status(folder)
    if guard is None:
        return None
    counted = Guard(guard.limit, guard.failures + 1)
    with translated():
        guard_file.write(folder, counted)
    return counted.remaining


def attempt_failed(folder: Path, wrong_secret: bool) -> AttemptOutcome:
    """After a failed attempt: a wrong secret keeps its count (and erases the vault at the
    limit); any other failure (a damaged file, a typo in a recovery key's format) is refunded."""
    guard = guard_status(folder)
    if guard is None:
        return AttemptOutcome(None)
    if not wrong_secret:
        refunded = Guard(guard.limit, max(0, guard.failures - 1))
        with translated():
            guard_file.write(folder, refunded)
        return AttemptOutcome(refunded.remaining)
    if guard.remaining > 0:
        return AttemptOutcome(guard.remaining)
    erase_now(folder)
    return AttemptOutcome(0, erased=True)


def after_unlock(vault: OpenVault, folder: Path, success_counted: bool = True) -> UnlockWarnings:
    """Reset the counter after a successful unlock; return what to warn the user of (failed
    attempts since the last unlock, a guard file removed or changed while locked).

    ``success_counted``: this successful attempt went through :func:`attempt_started`."""
    extra = 1 if success_counted else 0
    with translated():
        expected_raw = vault.storage.setting(GUARD_LIMIT)
    expected = int(expected_raw) if expected_raw and expected_raw.isdigit() else None
    try:
        found = guard_file.read(folder)
        damaged = False
    except GuardDamaged:
        found, damaged = None, True
    failed = max(0, found.failures - extra) if found is not None else 0
    tampered = damaged or (expected or None) != (found.limit if found else None)
    with translated(), vault.storage.db.transaction() as db:
        if failed:
            audit.append(db, vault.storage.audit_key, "unlock.failed", detail=str(failed))
        if tampered and expected is not None:
            audit.append(db, vault.storage.audit_key, "unlock_guard.tampered")
    with translated():
        if expected is not None:
            guard_file.write(folder, Guard(expected, 0))
        else:
            guard_file.remove(folder)
    return UnlockWarnings(failed, tampered and expected is not None)


def restore_guard(vault: OpenVault, folder: Path) -> None:
    """Write the failed-unlock guard again as the vault's own setting says: the guard lives
    beside the vault, so a vault restored from a backup comes without it, and its first
    unlock would otherwise go unguarded and then report the missing file as tampering."""
    limit = erase_after(vault)
    with translated():
        if limit:
            guard_file.write(folder, Guard(limit, 0))
        else:
            guard_file.remove(folder)


def erase_after(vault: OpenVault) -> int | None:
    with translated():
        raw = vault.storage.setting(GUARD_LIMIT)
    return int(raw) if raw and raw.isdigit() else None


def set_erase_after(vault: OpenVault, folder: Path, limit: int | None) -> None:
    """Erase the vault after ``limit`` failed unlock attempts in a row (None: never)."""
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput("choose between 1 and {limit} attempts", limit=MAX_LIMIT)
    with translated(), vault.storage.db.transaction() as db:
        vault.storage.set_setting(GUARD_LIMIT, str(limit) if limit else None)
        audit.append(
            db, vault.storage.audit_key, "unlock_guard.set", detail=str(limit) if limit else "off"
        )
    with translated():
        if limit:
            guard_file.write(folder, Guard(limit, 0))
        else:
            guard_file.remove(folder)


def panic_erases(vault: OpenVault) -> bool:
    with translated():
        return vault.storage.setting(PANIC_ERASES) == "on"


def set_panic_erases(vault: OpenVault, erase: bool) -> None:
    with translated(), vault.storage.db.transaction() as db:
        vault.storage.set_setting(PANIC_ERASES, "on" if erase else None)
        audit.append(db, vault.storage.audit_key, "panic.erase_" + ("on" if erase else "off"))


def erase_now(folder: Path) -> None:
    """Emergency erase, then the guard file and the folder (emergency.erase leaves files it
    did not make)."""
    emergency.erase(folder)
    guard_file.remove(folder)
    with contextlib.suppress(OSError):
        folder.rmdir()
