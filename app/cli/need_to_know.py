"""Handlers of the need-to-know commands (docs/need-to-know.md): the distribution ledger,
compartments, code names, key changes and acknowledgement settings."""

from __future__ import annotations

import argparse

from app import codenames, contacts, ledger, sharing
from app.cli import commands, output
from app.errors import InvalidInput
from app.vault import OpenVault

EXIT_OK = commands.EXIT_OK


def cmd_ledger(args: argparse.Namespace, vault: OpenVault) -> int:
    """Who was sent a paper (by id) or a proposal revision (uid or prefix), and who confirmed."""
    if args.revision:
        found = ledger.revision_ledger(vault, args.revision)
    elif args.paper is not None:
        found = ledger.paper_ledger(vault, args.paper)
    else:
        raise InvalidInput("name a paper (its number) or a revision (--revision UID)")
    if args.json:
        output.emit_json(
            {
                "item": found.title,
                "recipients": [
                    {
                        "name": r.name,
                        "contact_id": r.contact_id,
                        "fingerprint": r.fingerprint.split(),
                        "key_current": r.key_current,
                        "sealed_at": r.sealed_at,
                        "packet_id": r.packet_id,
                        "acknowledged_at": r.acknowledged_at,
                        "via_revision": r.via_revision,
                    }
                    for r in found.rows
                ],
            }
        )
        return EXIT_OK
    print(output.safe_text(found.title))
    if not found.rows:
        print("Not sent to anyone yet.")
        return EXIT_OK
    output.table(
        [
            (
                r.name,
                " ".join(r.fingerprint.split()[:2]) + (" …" if r.key_current else " … (old key)"),
                r.sealed_at[:19],
                r.acknowledged_at[:19] if r.acknowledged_at else "no",
                r.packet_id[:12],
            )
            for r in found.rows
        ],
        ("RECIPIENT", "KEY", "SEALED", "ACKNOWLEDGED", "PACKET"),
    )
    return EXIT_OK


def cmd_share(args: argparse.Namespace, vault: OpenVault) -> int:
    """``share`` with ``--override-compartment REASON``: the override is audited by the app."""
    reason = getattr(args, "override_compartment", None)
    if reason is not None and not reason.strip():
        raise InvalidInput("--override-compartment needs a reason (it is written to the log)")
    if reason is None:
        return commands.cmd_share(args, vault)
    with sharing.compartment_override(reason):
        return commands.cmd_share(args, vault)


def cmd_compartment(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.clear:
        sharing.set_compartments(vault, args.paper, [])
    elif args.group:
        sharing.set_compartments(vault, args.paper, args.group)
    groups = sharing.compartments(vault, args.paper)
    if args.json:
        output.emit_json([{"id": gid, "name": name} for gid, name in groups])
    elif groups:
        print("May go only to: " + ", ".join(output.safe_text(n) for _, n in groups))
    else:
        print("No compartment: this paper may be shared with any contact.")
    return EXIT_OK


def cmd_codename(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.set is not None:
        codenames.set_code_name(vault, args.person, args.set)
    name = codenames.code_name(vault, args.person)
    if args.json:
        output.emit_json(
            {"person": args.person, "code_name": name, "link": codenames.link(args.person)}
        )
    else:
        shown = output.safe_text(name) if name else f"(none: links show {codenames.WITHHELD})"
        print(f"Code name: {shown}")
        print(f"Link in notes: {codenames.link(args.person)}")
    return EXIT_OK


def cmd_contact_keys(args: argparse.Namespace, vault: OpenVault) -> int:
    """Show a contact's key change (old and new fingerprints); accept or reject it."""
    view = contacts.get_contact(vault, args.id)
    if args.accept:
        if args.fingerprint is None:
            raise InvalidInput(
                "give --fingerprint with the NEW digits the contact read to you, in person or "
                "by a call you trust"
            )
        view = contacts.accept_key_change(vault, view.contact.id, args.fingerprint)
        print(f"{view.name}'s new keys are accepted and verified.")
        return EXIT_OK
    if args.reject:
        view = contacts.reject_key_change(vault, view.contact.id)
        print(f"{view.name} keeps the old keys; the new card was discarded.")
        return EXIT_OK
    if view.key_change is None:
        print(f"{view.name}: the keys have not changed ({view.state}).")
        return EXIT_OK
    output.fields(
        [
            ("Contact", view.contact.id),
            ("Name", view.name),
            ("State", "KEY CHANGED: nothing is sealed to them until you re-verify"),
            ("Old fingerprint", view.fingerprint),
            (
                "New fingerprint",
                "\n".join(
                    " ".join(view.new_fingerprint_groups[i : i + 4]) for i in range(0, 12, 4)
                ),
            ),
            ("Noticed", view.key_change.detected_at),
        ]
    )
    return EXIT_OK


def cmd_acks(args: argparse.Namespace, vault: OpenVault) -> int:
    """Acknowledgements we send back on import: for everyone, or for one contact."""
    if args.state is not None:
        allowed = args.state == "on"
        if args.contact is not None:
            ledger.set_acks_allowed_for(vault, args.contact, allowed)
        else:
            ledger.set_acks_enabled(vault, allowed)
    overall = ledger.acks_enabled(vault)
    print(f"Acknowledgements: {'on' if overall else 'off'}")
    if args.contact is not None:
        own = ledger.acks_allowed_for(vault, args.contact)
        print(f"For contact {args.contact}: {'on' if own and overall else 'off'}")
    return EXIT_OK
