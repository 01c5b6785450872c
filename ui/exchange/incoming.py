"""Finding packets for the inbox: look at each file in the exchange folder without importing.

Runs in a worker. Every packet listed has been checked completely (signature included) by
:func:`app.inbox.inspect_packet`; nothing is stored until the user accepts it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from app import inbox
from app.errors import AppError, InvalidInput, NotAddressedToYou
from app.inbox import PacketInfo
from app.sharing import PACKET_SUFFIX
from app.vault import OpenVault
from ui.common.errors import describe, reason
from ui.i18n import translate

NEW = "new"
IMPORTED = "imported"
DECLINED = "declined"
ARRIVING = "arriving"
REFUSED = "refused"
NOT_FOR_ME = "not_for_me"
MINE = "mine"

#: (file name, size, mtime in ns): a file counts as new when any of them changes
FileKey = tuple[str, int, int]


@dataclass(frozen=True)
class Incoming:
    """One packet file as the inbox shows it; ``info`` is None when it could not be read."""

    path: Path
    state: str
    info: PacketInfo | None = None
    message: str = ""
    key: FileKey | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def unknown_sender(self) -> bool:
        return self.info is not None and self.info.sender.contact_id is None

    def with_state(self, state: str) -> Incoming:
        return replace(self, state=state)


@dataclass(frozen=True)
class FolderLook:
    """Every packet file found in one look at the folder."""

    entries: tuple[Incoming, ...]

    @property
    def shown(self) -> tuple[Incoming, ...]:
        """What the inbox lists: not the packets we sealed, nor those for other people."""
        return tuple(e for e in self.entries if e.state not in (NOT_FOR_ME, MINE))

    @property
    def for_others(self) -> int:
        """Packets addressed to other people, left alone."""
        return sum(1 for e in self.entries if e.state == NOT_FOR_ME)


def _key(path: Path) -> FileKey | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (path.name, stat.st_size, stat.st_mtime_ns)


def packet_files(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InvalidInput(
            translate("Incoming", "cannot read the exchange folder: {strerror}").format(
                strerror=reason(exc)
            )
        ) from None
    return [
        p
        for p in entries
        if p.name.endswith(PACKET_SUFFIX) and not p.name.startswith(".") and p.is_file()
    ]


def look_at(vault: OpenVault, path: Path) -> Incoming:
    """Check one packet file completely and say what it is; store nothing."""
    key = _key(path)
    try:
        info = inbox.inspect_packet(vault, path)
    except NotAddressedToYou:
        return Incoming(
            path, NOT_FOR_ME, key=key, message=translate("Incoming", "addressed to others")
        )
    except AppError as exc:
        return Incoming(path, REFUSED, key=key, message=describe(exc))
    if info.sender.is_me:
        return Incoming(path, MINE, info, translate("Incoming", "sealed by you"), key)
    if info.already_imported:
        return Incoming(path, IMPORTED, info, key=key)
    if inbox.is_declined(vault, path):
        return Incoming(path, DECLINED, info, key=key)
    return Incoming(path, NEW, info, key=key)


def look_in_folder(
    vault: OpenVault,
    folder: Path,
    known: Mapping[FileKey, Incoming],
    settle_seconds: float,
    clock: Callable[[], float] = time.time,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> FolderLook:
    """Every packet file in ``folder``: files seen before (same name, size, time) are not
    read again unless they were new or declined; files changed in the last
    ``settle_seconds`` are still arriving."""
    files = packet_files(folder)
    entries: list[Incoming] = []
    for index, path in enumerate(files):
        if is_cancelled and is_cancelled():
            break
        if progress:
            progress(index, len(files))
        key = _key(path)
        if key is None:
            continue  # renamed or removed by the sync tool meanwhile
        try:
            mtime = path.stat().st_mtime
        except OSError:
            continue
        if abs(clock() - mtime) < settle_seconds:
            entries.append(
                Incoming(path, ARRIVING, message=translate("Incoming", "still arriving"), key=key)
            )
            continue
        seen = known.get(key)
        if seen is not None and seen.state in (IMPORTED, NOT_FOR_ME, MINE, REFUSED):
            entry = seen
        else:
            entry = look_at(vault, path)
        entries.append(entry)
    if progress:
        progress(len(files), len(files))
    return FolderLook(tuple(entries))
