"""Handlers of the hardening commands: ``erase``, ``backup create|verify|restore``, ``duress``.

``erase`` and ``backup verify|restore`` do not unlock the vault first (erase needs no secret;
the backup commands read the secret themselves and open the backup, not the vault).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import backup, emergency
from app import vault as vaults
from app.cli import output
from app.cli.inputs import ENV_PASSPHRASE, SecretSource, read_secret
from app.errors import InvalidInput, VaultMissing
from app.vault import OpenVault

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


def _secret(args: argparse.Namespace) -> str:
    source = SecretSource(
        fd=args.passphrase_fd, env=args.passphrase_env, default_env=ENV_PASSPHRASE
    )
    return read_secret(source, "Recovery key: " if args.recovery_key else "Passphrase: ")


def _print_summary(args: argparse.Namespace, summary: backup.BackupSummary, verb: str) -> None:
    if args.json:
        output.emit_json(summary)
        return
    print(
        f"{verb} backup made {summary.created_at} (schema {summary.schema_version}, "
        f"{output.human_size(summary.db_bytes)}): every chunk authenticated, "
        "database integrity check passed"
    )
    output.fields([(table, count) for table, count in summary.counts.items()])
    state = "intact" if summary.audit_ok else "BROKEN"
    print(f"audit log: {summary.audit_entries} entries, chain {state}")


def cmd_backup_create(args: argparse.Namespace, vault: OpenVault) -> int:
    """Write one encrypted file holding the whole vault."""
    info = backup.create_backup(vault, Path(args.file).expanduser(), overwrite=args.overwrite)
    if args.json:
        output.emit_json(info)
        return EXIT_OK
    print(f"Backup written to {args.file} ({output.human_size(info.db_bytes)} of database).")
    print("It opens with the passphrase or the recovery key that open the vault today.")
    return EXIT_OK


def cmd_backup_verify(args: argparse.Namespace) -> int:
    """Prove a backup restores, without restoring it."""
    summary = backup.verify_backup(
        Path(args.file).expanduser(), _secret(args), recovery_key=args.recovery_key
    )
    _print_summary(args, summary, "Verified:")
    return EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    """Restore a backup into a new (absent or empty) folder."""
    folder = Path(args.folder).expanduser()
    summary = backup.restore_backup(
        Path(args.file).expanduser(), folder, _secret(args), recovery_key=args.recovery_key
    )
    _print_summary(args, summary, f"Restored into {folder}:")
    return EXIT_OK


def cmd_duress_set(args: argparse.Namespace, vault: OpenVault) -> int:
    """Add or replace the duress passphrase (read from its own fd, variable or prompt)."""
    source = SecretSource(fd=args.duress_passphrase_fd, env=args.duress_passphrase_env)
    duress = read_secret(source, "Duress passphrase: ", confirm=True)
    vaults.set_duress_passphrase(vault, duress)
    print("Duress passphrase set. Typed at unlock, it destroys this vault and opens a decoy.")
    return EXIT_OK
