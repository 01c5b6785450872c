"""The failed-unlock counter: a small file beside the key slots, ``unlock-guard``.

It must be readable before the vault is unlocked, so it cannot be encrypted with the vault's
keys: it holds only the limit and the count, as JSON. The vault keeps its own copy of the limit
(a setting inside the encrypted database), so a removed or edited file is noticed at the next
unlock (docs/need-to-know.md explains what this does and does not protect against).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crypto.errors import os_reason
from storage.atomic import atomic_write_bytes
from storage.errors import StorageError

FILE_NAME = "unlock-guard"
MAX_FILE_BYTES = 256
MAX_LIMIT = 100


@dataclass(frozen=True)
class Guard:
    limit: int  # erase when this many unlock attempts in a row have failed
    failures: int  # failed attempts since the last successful unlock

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.failures)


class GuardDamaged(StorageError):
    """The guard file exists but cannot be read (altered or cut short)."""


def read(folder: Path) -> Guard | None:
    """The guard, or None when there is none (the setting is off)."""
    path = folder / FILE_NAME
    try:
        untrusted = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise GuardDamaged(
            "cannot read the unlock guard: {reason}", reason=os_reason(exc)
        ) from None
    try:
        data = json.loads(untrusted.decode("ascii"))
        limit, failures = data["limit"], data["failures"]
        if (
            len(untrusted) > MAX_FILE_BYTES
            or set(data) != {"v", "limit", "failures"}
            or data["v"] != 1
            or type(limit) is not int
            or type(failures) is not int
            or not 1 <= limit <= MAX_LIMIT
            or failures < 0
        ):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise GuardDamaged("the unlock guard file is damaged") from None
    return Guard(limit, failures)


def write(folder: Path, guard: Guard) -> None:
    data = {"v": 1, "limit": guard.limit, "failures": min(guard.failures, guard.limit)}
    atomic_write_bytes(folder / FILE_NAME, json.dumps(data, sort_keys=True).encode("ascii"))


def remove(folder: Path) -> None:
    (folder / FILE_NAME).unlink(missing_ok=True)
