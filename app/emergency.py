"""Emergency erase: destroy the vault at once, without its passphrase.

For a facilitator about to hand over a laptop: one action makes the vault unreadable for good
(every key slot is destroyed first, in milliseconds), then removes its files, leaving the app as
on a machine where it was never used. There is no undo; only a backup made before can restore.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import translated
from storage import vault as storage_vault

__all__ = ["EraseResult", "erase"]


@dataclass(frozen=True)
class EraseResult:
    """``left_behind``: files that could not be removed (already unreadable: their keys are
    gone). Empty when the folder was removed entirely."""

    left_behind: tuple[str, ...]


def erase(folder: Path) -> EraseResult:
    """Destroy every key slot of the vault in ``folder``, then its files. No secret needed.

    A vault of this folder that is open in this process is locked (its keys dropped) as part
    of the erase.
    """
    with translated():
        report = storage_vault.erase(folder)
    return EraseResult(report.left_behind)
