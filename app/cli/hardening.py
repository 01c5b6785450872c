"""Handlers of the hardening commands: ``erase``, ``backup create|verify|restore``, ``duress``.

``erase`` and ``backup verify|restore`` do not unlock the vault first (erase needs no secret;
the backup commands read the secret themselves and open the backup, not the vault).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import emergency
from app import vault as vaults
from app.errors import InvalidInput, VaultMissing

EXIT_OK = 0
_CONFIRM_WORD = "ERASE"


def _folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else vaults.default_vault_path()


def cmd_erase(args: argparse.Namespace) -> int:
    """Destroy every key slot, then the vault's files. Asks for ``ERASE`` unless ``--yes``."""
    folder = _folder(args)
    if not vaults.vault_exists(folder):
        raise VaultMissing(f"no vault in '{folder}'; nothing was erased")
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput("erasing cannot be undone: give --yes to confirm")
        answer = input(f"This destroys the vault in {folder} for good. Type {_CONFIRM_WORD}: ")
        if answer.strip() != _CONFIRM_WORD:
            print("Nothing was erased.", file=sys.stderr)
            return EXIT_OK
    result = emergency.erase(folder)
    print("Vault erased: every key slot was destroyed; no secret can open it again.")
    if result.left_behind:
        print(
            "These files could not be removed (they are unreadable without the destroyed keys): "
            + ", ".join(result.left_behind)
        )
    return EXIT_OK
