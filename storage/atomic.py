"""Atomic file replacement: temp file in the same folder, fsync, rename, fsync the folder.

A reader (or a crash) sees either the old file or the new one, never a mix.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from crypto.errors import os_reason
from storage.errors import DiskFull, StorageError


def fsync_dir(folder: Path) -> None:
    """Make a rename or creation inside ``folder`` durable."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull(
                "not enough space to write '{name}'; nothing was changed", name=path.name
            ) from None
        raise StorageError(
            "could not write '{name}': {reason}", name=path.name, reason=os_reason(exc)
        ) from None
    try:
        fsync_dir(folder)
    except OSError as exc:
        # The rename happened: the new contents are in place. Saying "nothing was changed"
        # here would be false (a changed passphrase would look unchanged).
        raise StorageError(
            "'{name}' was replaced, but the system could not confirm it is safely on "
            "disk ({reason}); check the disk before relying on it",
            name=path.name,
            reason=os_reason(exc),
        ) from None
