"""Handlers of ``quietroom retention set|list|purge`` (keep-until dates) and ``quietroom
delete`` (a record now)."""

from __future__ import annotations

import argparse

from app import retention
from app.cli import output
from app.errors import InvalidInput
from app.vault import OpenVault

EXIT_OK = 0


def cmd_retention_set(args: argparse.Namespace, vault: OpenVault) -> int:
    day = None if args.clear else args.until
    retention.set_keep_until(vault, args.kind, args.id, day)
    if args.json:
        output.emit_json({"kind": args.kind, "id": args.id, "keep_until": day})
    elif day:
        print(f"{args.kind} {args.id} is kept until {day}, then purged at the next unlock.")
    else:
        print(f"{args.kind} {args.id} is kept indefinitely.")
    return EXIT_OK


def cmd_retention_list(args: argparse.Namespace, vault: OpenVault) -> int:
    kept = retention.list_kept(vault)
    if args.json:
        output.emit_json([k.__dict__ for k in kept])
    elif kept:
        output.table([(k.kind, k.record_id, k.keep_until) for k in kept], ("kind", "id", "until"))
    else:
        print("No record has a keep-until date.")
    return EXIT_OK


def cmd_retention_purge(args: argparse.Namespace, vault: OpenVault) -> int:
    report = retention.purge_expired(vault)
    if args.json:
        output.emit_json({"purged": [k.__dict__ for k in report.purged]})
    else:
        print(f"Purged {report.count} expired record(s).")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, vault: OpenVault) -> int:
    """Delete a record now (``--yes`` required: there is no undo)."""
    if not args.yes:
        raise InvalidInput("deleting cannot be undone: give --yes to confirm")
    retention.delete_now(vault, args.kind, args.id)
    if args.json:
        output.emit_json({"kind": args.kind, "id": args.id, "deleted": True})
    else:
        print(f"Deleted {args.kind} {args.id} (secure delete).")
    return EXIT_OK
