"""The exchange folder: a directory the users sync themselves (Syncthing, a network share, a
USB stick). Outgoing packets are written there atomically by :mod:`app.sharing`; :func:`scan`
imports the incoming ones.

Left alone: hidden and temporary files (sync tools write ``.name.tmp`` and rename), files
modified in the last seconds (still arriving), packets addressed to others, and packets already
imported. Outcomes are remembered per (name, size, mtime) inside the vault, so a file that
changes is looked at again and an unchanged one is not re-read on every pass. Packets from
unknown senders are retried on each pass: the user may have imported the card meanwhile.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import (
    AppError,
    InvalidInput,
    NotAddressedToYou,
    PacketRefused,
    UnknownSender,
    translated,
)
from app.inbox import DECLINED, import_packet
from app.sharing import PACKET_SUFFIX
from app.vault import OpenVault
from crypto.errors import os_reason
from storage import contacts as store

SETTING = "exchange_folder"
SETTLE_SECONDS = 2.0
#: outcomes after which a file is not looked at again (until it changes); a packet the user
#: declined in the app is never imported by a later scan or watch.
_FINAL = ("imported", "duplicate", "not_for_me", "refused", DECLINED)


@dataclass(frozen=True)
class ScanOutcome:
    """What happened to one file: ``outcome`` is imported, duplicate, not_for_me, refused,
    unknown_sender or in_progress; ``message`` says it in words."""

    file_name: str
    outcome: str
    message: str
    item_kind: str = ""
    item_id: int | None = None


def exchange_folder(vault: OpenVault) -> Path | None:
    with translated():
        value = vault.storage.setting(SETTING)
    return Path(value) if value else None


def set_exchange_folder(vault: OpenVault, folder: Path | None) -> None:
    if folder is not None and not folder.is_dir():
        raise InvalidInput("'{path}' is not a folder", path=str(folder))
    with translated():
        vault.storage.set_setting(SETTING, str(folder.absolute()) if folder else None)


def _candidates(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise InvalidInput(
            "cannot read the exchange folder: {reason}", reason=os_reason(exc)
        ) from None
    return [
        p
        for p in entries
        if p.name.endswith(PACKET_SUFFIX) and not p.name.startswith(".") and p.is_file()
    ]


def scan(
    vault: OpenVault,
    folder: Path,
    settle_seconds: float = SETTLE_SECONDS,
    clock: Callable[[], float] = time.time,
) -> list[ScanOutcome]:
    """One pass over the folder; returns what happened to each file looked at."""
    outcomes: list[ScanOutcome] = []
    for path in _candidates(folder):
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue  # renamed or removed by the sync tool meanwhile
        # Recently changed: still arriving. A time far in the future is a skewed clock on
        # the machine the file came from (sync tools keep mtimes), not a write in progress.
        if abs(clock() - stat.st_mtime) < settle_seconds:
            outcomes.append(ScanOutcome(path.name, "in_progress", "still arriving; will retry"))
            continue
        key = (path.name, stat.st_size, stat.st_mtime_ns)
        with translated():
            if store.seen_outcome(vault.storage.db, *key) in _FINAL:
                continue
        result = _try(vault, path)
        if result.outcome in _FINAL:
            with translated():
                store.remember_seen(vault.storage.db, *key, result.outcome)
        outcomes.append(result)
    return outcomes


def _try(vault: OpenVault, path: Path) -> ScanOutcome:
    try:
        imported = import_packet(vault, path)
    except NotAddressedToYou:
        return ScanOutcome(path.name, "not_for_me", "addressed to others; left alone")
    except UnknownSender as exc:
        return ScanOutcome(path.name, "unknown_sender", str(exc))
    except PacketRefused as exc:
        return ScanOutcome(path.name, "refused", str(exc))
    except InvalidInput as exc:
        return ScanOutcome(path.name, "refused", str(exc))
    if imported.duplicate:
        return ScanOutcome(path.name, "duplicate", "already in the vault")
    title = imported.info.title
    return ScanOutcome(
        path.name,
        "imported",
        f"{imported.info.kind} '{title}' from {imported.info.sender.name}",
        imported.item_kind,
        imported.item_id,
    )


def watch(
    vault: OpenVault,
    folder: Path,
    on_outcome: Callable[[ScanOutcome], None],
    should_stop: Callable[[], bool],
    interval: float = 2.0,
    sleep: Callable[[float], None] = time.sleep,
    settle_seconds: float = SETTLE_SECONDS,
    clock: Callable[[], float] = time.time,
) -> None:
    """Scan every ``interval`` seconds until ``should_stop()``; report each outcome once."""
    reported: set[tuple[str, str]] = set()
    while not should_stop():
        try:
            for outcome in scan(vault, folder, settle_seconds, clock):
                if (outcome.file_name, outcome.outcome) not in reported:
                    reported.add((outcome.file_name, outcome.outcome))
                    on_outcome(outcome)
        except AppError as exc:
            on_outcome(ScanOutcome("", "error", str(exc)))
        if should_stop():
            break
        sleep(interval)
