"""Handlers of the ``quietroom`` commands: parse nothing, call the use cases, print."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import audit, contacts, demo, exchange, identity, inbox, papers, records, search, sharing
from app import vault as vaults
from app.cli import output
from app.cli.inputs import (
    ENV_PASSPHRASE,
    SecretSource,
    read_secret,
    read_stdin_json,
    read_stdin_text,
)
from app.errors import (
    InvalidInput,
    NotAddressedToYou,
    PacketRefused,
    UnknownSender,
    VaultDamaged,
    VaultMissing,
)
from app.vault import OpenVault

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_NOT_FOUND = 5
EXIT_AUDIT_FAILED = 6
EXIT_NOT_FOR_YOU = 7  # the packet is addressed to other people
EXIT_REFUSED = 8  # the packet is damaged, altered, forged or forwarded
EXIT_UNKNOWN_SENDER = 9  # import the sender's card first

Handler = Callable[[argparse.Namespace, OpenVault], int]
_PLAIN_ARGS = "the fields given as arguments stay in your shell history; prefer --stdin"


def run(args: argparse.Namespace) -> int:
    """Dispatch: ``init`` and ``passwd`` handle the vault themselves; the rest get it unlocked."""
    handler = args.handler
    if handler in (cmd_init, cmd_passwd, cmd_demo) or not getattr(args, "needs_unlock", True):
        return int(handler(args))
    with _unlock(args) as vault:
        return int(handler(args, vault))


def _folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else vaults.default_vault_path()


def _source(args: argparse.Namespace) -> SecretSource:
    return SecretSource(fd=args.passphrase_fd, env=args.passphrase_env, default_env=ENV_PASSPHRASE)


def _unlock(args: argparse.Namespace) -> OpenVault:
    folder = _folder(args)
    if not vaults.vault_exists(folder):
        raise VaultMissing(f"no vault in '{folder}': create one with 'quietroom init'")
    if args.recovery_key:
        return vaults.unlock_with_recovery_key(folder, read_secret(_source(args), "Recovery key: "))
    return vaults.unlock(folder, read_secret(_source(args), "Passphrase: "))


def _stdin_fields(names: tuple[str, ...]) -> dict[str, Any]:
    """A JSON object from stdin holding only the named fields."""
    data = read_stdin_json()
    unknown = set(data) - set(names)
    if unknown:
        raise InvalidInput(
            f"unknown fields in the JSON input: {', '.join(sorted(unknown))} "
            f"(known: {', '.join(names)})"
        )
    return data


def _ids(value: object, field: str) -> list[int]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise InvalidInput(f"{field} must be a list of record numbers")
    return list(value)


def _fields(args: argparse.Namespace, names: tuple[str, ...], required: str) -> dict[str, Any]:
    """The record's fields from ``--stdin`` JSON, or else from the arguments."""
    if getattr(args, "stdin", False):
        values = _stdin_fields(names)
    else:
        values = {k: getattr(args, k) for k in names if getattr(args, k, None) is not None}
    if not values.get(required):
        raise InvalidInput(f'give --{required} (or --stdin with a "{required}" field)')
    return values


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)


# -- vault -----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    folder = _folder(args)
    name = args.name
    if not name:
        if not sys.stdin.isatty():
            raise InvalidInput("give --name: the display name on your contact card")
        name = input("Your display name (shown on your contact card): ")
    passphrase = read_secret(_source(args), "New passphrase: ", confirm=True)
    _stderr("Creating the vault (measuring this machine for the key derivation)…")
    created = vaults.create_vault(folder, passphrase, name)
    with created.vault as vault:
        who = identity.whoami(vault)
    if args.json:
        output.emit_json(
            {
                "vault": str(folder),
                "recovery_key": created.recovery_key,
                "fingerprint": list(who.fingerprint_groups),
            }
        )
        return EXIT_OK
    print(f"Vault created in {folder}")
    print()
    print("Recovery key (shown once; write it down and keep it apart from this computer):")
    print(f"    {created.recovery_key}")
    print()
    print("Your fingerprint (others compare it with what they see for you):")
    for line in who.fingerprint.splitlines():
        print(f"    {line}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """A throwaway vault with a fictional dialogue; its passphrase is printed on purpose."""
    if args.folder:
        folder = Path(args.folder).expanduser()
    else:
        folder = Path(tempfile.mkdtemp(prefix="quietroom-demo-")) / "vault"
    _stderr("Creating the demo vault (measuring this machine for the key derivation)…")
    with demo.create(folder).vault:
        pass
    if args.json:
        output.emit_json({"vault": str(folder), "passphrase": demo.DEMO_PASSPHRASE})
        return EXIT_OK
    print(f"Demo vault created in {folder}")
    print("Everything in it is invented. Its passphrase (public, for the demo only):")
    print(f"    {demo.DEMO_PASSPHRASE}")
    print("Open it in the desktop app:")
    print(f"    quietroom-gui --vault {folder}")
    print(f"Delete it when done: rm -r {folder.parent if not args.folder else folder}")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    folder = _folder(args)
    if not vaults.vault_exists(folder):
        raise VaultMissing(f"no vault in '{folder}'")
    new_source = SecretSource(fd=args.new_passphrase_fd, env=args.new_passphrase_env)
    if args.recovery_key:
        with _unlock(args) as vault:
            new = read_secret(new_source, "New passphrase: ", confirm=True)
            vaults.reset_passphrase(vault, new)
    else:
        old = read_secret(_source(args), "Current passphrase: ")
        new = read_secret(new_source, "New passphrase: ", confirm=True)
        vaults.change_passphrase(folder, old, new)
    print("Passphrase changed. The old passphrase no longer opens this vault.")
    return EXIT_OK


def cmd_whoami(args: argparse.Namespace, vault: OpenVault) -> int:
    who = identity.whoami(vault)
    if args.json:
        output.emit_json(
            {
                "name": who.display_name,
                "fingerprint": list(who.fingerprint_groups),
                "x25519": who.public.x25519.hex(),
                "ed25519": who.public.ed25519.hex(),
            }
        )
        return EXIT_OK
    print(who.display_name)
    for line in who.fingerprint.splitlines():
        print(f"    {line}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, vault: OpenVault) -> int:
    problems = vaults.check_integrity(vault)
    if problems:
        raise VaultDamaged(
            f"the vault file 'vault.db' is damaged: {len(problems)} problem(s), first: "
            f"{problems[0]}",
            "vault.db",
        )
    print("vault.db: every page authenticated, structure intact")
    return EXIT_OK


# -- dialogues -------------------------------------------------------------------------------


def cmd_dialogue_add(args: argparse.Namespace, vault: OpenVault) -> int:
    values = _fields(args, ("title", "description", "goal"), "title")
    dialogue = records.add_dialogue(vault, **values)
    if args.json:
        output.emit_json(dialogue)
    else:
        print(dialogue.id)
    return EXIT_OK


def cmd_dialogue_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = records.list_dialogues(vault, limit=records.NO_LIMIT)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [(d.id, d.title, d.goal, d.status, d.updated_at[:10]) for d in items],
            ("ID", "TITLE", "GOAL", "STATUS", "UPDATED"),
        )
    return EXIT_OK


def cmd_dialogue_show(args: argparse.Namespace, vault: OpenVault) -> int:
    d = records.get_dialogue(vault, args.id)
    sessions = records.list_sessions(vault, d.id)
    if args.json:
        output.emit_json({"dialogue": d, "sessions": sessions})
        return EXIT_OK
    output.fields(
        [
            ("Dialogue", d.id),
            ("Title", d.title),
            ("Goal", d.goal or "-"),
            ("Status", d.status),
            ("Description", d.description or "-"),
            ("Rounds", len(sessions)),
        ]
    )
    for s in sessions:
        print(
            f"  round {s.round_no}: {s.starts_on or 'no date'}, {s.place or 'no place'} "
            f"({s.mode.replace('_', ' ')}) [session {s.id}]"
        )
    return EXIT_OK


# -- sessions --------------------------------------------------------------------------------


def cmd_session_add(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.stdin:
        data = _stdin_fields(("title", "starts_on", "place", "mode", "summary", "people"))
        values = {k: v for k, v in data.items() if k != "people"}
        attendees = _ids(data.get("people", []), "people")
    else:
        values = {
            "title": args.title,
            "starts_on": args.date,
            "place": args.place,
            "mode": args.mode,
            "summary": args.summary,
        }
        attendees = args.person
    session = records.add_session(vault, args.dialogue, attendee_ids=attendees, **values)
    if args.json:
        output.emit_json(session)
    else:
        print(session.id)
    return EXIT_OK


def cmd_session_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = records.list_sessions(vault, args.dialogue)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [(s.id, s.dialogue_id, s.round_no, s.starts_on, s.place, s.mode) for s in items],
            ("ID", "DIALOGUE", "ROUND", "DATE", "PLACE", "MODE"),
        )
    return EXIT_OK


def cmd_session_show(args: argparse.Namespace, vault: OpenVault) -> int:
    s = records.get_session(vault, args.id)
    people = records.session_attendance(vault, s.id)
    if args.json:
        output.emit_json({"session": s, "attendance": people})
        return EXIT_OK
    output.fields(
        [
            ("Session", s.id),
            ("Dialogue", s.dialogue_id),
            ("Round", s.round_no),
            ("Title", s.title or "-"),
            ("Date", s.starts_on or "-"),
            ("Place", s.place or "-"),
            ("Mode", s.mode.replace("_", " ")),
            ("Summary", s.summary or "-"),
            ("Attended", ", ".join(p.name for p in people) or "-"),
        ]
    )
    return EXIT_OK


# -- people ----------------------------------------------------------------------------------

_PERSON_FIELDS = (
    "name",
    "affiliation",
    "side",
    "track",
    "proximity",
    "contact",
    "attribution",
    "notes",
)


def cmd_person_add(args: argparse.Namespace, vault: OpenVault) -> int:
    if not args.stdin:
        _stderr(f"note: {_PLAIN_ARGS}")
    person = records.add_person(vault, **_fields(args, _PERSON_FIELDS, "name"))
    if args.json:
        output.emit_json(person)
    else:
        print(person.id)
    return EXIT_OK


def cmd_person_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = records.every_person(vault)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [(p.id, p.name, p.affiliation, p.side, p.track, p.attribution) for p in items],
            ("ID", "NAME", "AFFILIATION", "SIDE", "TRACK", "ATTRIBUTION"),
        )
    return EXIT_OK


def cmd_person_show(args: argparse.Namespace, vault: OpenVault) -> int:
    p = records.get_person(vault, args.id)
    if args.json:
        output.emit_json(p)
        return EXIT_OK
    output.fields(
        [
            ("Person", p.id),
            ("Name", p.name),
            ("Affiliation", p.affiliation or "-"),
            ("Side", p.side or "-"),
            ("Track", p.track or "-"),
            ("Proximity", p.proximity or "-"),
            ("Contact", p.contact or "-"),
            ("Attribution", p.attribution.replace("_", " ")),
            ("Notes", p.notes or "-"),
        ]
    )
    return EXIT_OK


# -- notes -----------------------------------------------------------------------------------


def _body(args: argparse.Namespace) -> str:
    if args.body_file:
        try:
            return Path(args.body_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"cannot read the note text from the file: {exc}") from None
    if sys.stdin.isatty():
        _stderr("Type the note; end with Ctrl-D on an empty line.")
    return read_stdin_text()


def cmd_note_add(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.stdin:
        values = _stdin_fields(("title", "body", "kind", "attributable"))
    else:
        values = {
            "title": args.title,
            "kind": args.kind,
            "attributable": args.attributable,
            "body": _body(args),
        }
    if not str(values.get("body", "")).strip():
        raise InvalidInput("the note is empty; nothing was stored")
    note = records.add_note(vault, dialogue_id=args.dialogue, session_id=args.session, **values)
    if args.json:
        output.emit_json(note)
    else:
        print(note.id)
    return EXIT_OK


def cmd_note_edit(args: argparse.Namespace, vault: OpenVault) -> int:
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if not args.keep_body:
        changes["body"] = _body(args)
    note = records.edit_note(vault, args.id, **changes)
    print(note.id)
    return EXIT_OK


def cmd_note_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = records.list_notes(vault, args.dialogue, args.session, limit=args.limit)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [
                (
                    n.id,
                    n.title or n.body.split("\n", 1)[0],
                    n.kind,
                    "yes" if n.attributable else "no",
                    n.updated_at[:16].replace("T", " "),
                )
                for n in items
            ],
            ("ID", "NOTE", "KIND", "ATTRIBUTABLE", "UPDATED"),
        )
    return EXIT_OK


def cmd_note_show(args: argparse.Namespace, vault: OpenVault) -> int:
    n = records.get_note(vault, args.id)
    if args.json:
        output.emit_json(n)
        return EXIT_OK
    output.fields(
        [
            ("Note", n.id),
            ("Title", n.title or "-"),
            ("Kind", n.kind.replace("_", " ")),
            ("Dialogue", n.dialogue_id or "-"),
            ("Session", n.session_id or "-"),
            ("Attributable", "yes" if n.attributable else "no (Chatham House)"),
            ("Updated", n.updated_at),
        ]
    )
    print()
    print(n.body)
    return EXIT_OK


# -- papers ----------------------------------------------------------------------------------


def _progress(done: int, total: int) -> None:
    if total >= 32 * 1024 * 1024 and sys.stderr.isatty():
        sys.stderr.write(f"\r{output.human_size(done)} of {output.human_size(total)}")
        if done >= total:
            sys.stderr.write("\n")


def cmd_paper_add(args: argparse.Namespace, vault: OpenVault) -> int:
    paper = papers.add_paper(
        vault, Path(args.file), args.title, args.dialogue, args.media_type, progress=_progress
    )
    if args.json:
        output.emit_json(paper)
    else:
        print(paper.id)
    return EXIT_OK


def cmd_paper_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = papers.list_papers(vault, limit=records.NO_LIMIT)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [(p.id, p.title, p.file_name, p.media_type, output.human_size(p.size)) for p in items],
            ("ID", "TITLE", "FILE", "TYPE", "SIZE"),
        )
    return EXIT_OK


def cmd_paper_show(args: argparse.Namespace, vault: OpenVault) -> int:
    p = papers.get_paper(vault, args.id)
    if args.json:
        output.emit_json(p)
        return EXIT_OK
    output.fields(
        [
            ("Paper", p.id),
            ("Title", p.title),
            ("File name", p.file_name),
            ("Media type", p.media_type),
            ("Size", output.human_size(p.size)),
            ("SHA-256", (p.sha256 or b"").hex()),
            ("Dialogue", p.dialogue_id or "-"),
            ("Added", p.created_at),
        ]
    )
    return EXIT_OK


def confirm_readable_copy(yes: bool) -> bool:
    """Ask before writing a readable copy outside the vault (``--yes`` answers for scripts)."""
    if yes:
        return True
    if not sys.stdin.isatty():
        raise InvalidInput("exporting writes a readable copy outside the vault: add --yes")
    answer = input("This writes a READABLE copy outside the vault. Continue? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        _stderr("Nothing was written.")
        return False
    return True


def cmd_paper_export(args: argparse.Namespace, vault: OpenVault) -> int:
    if not confirm_readable_copy(args.yes):
        return EXIT_ERROR
    written = papers.export_paper(vault, args.id, Path(args.destination), progress=_progress)
    _stderr(f"Wrote a readable copy to {written}. It is not protected by the vault.")
    return EXIT_OK


# -- working groups --------------------------------------------------------------------------


def cmd_group_add(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.stdin:
        data = _stdin_fields(("name", "members", "description"))
        name = data.get("name", "")
        members = _ids(data.get("members", []), "members")
        description = data.get("description", "")
    else:
        name, members, description = args.name or "", args.member, args.description
    group = records.add_group(vault, name, members, description, args.dialogue)
    if args.json:
        output.emit_json(group)
    else:
        print(group.id)
    return EXIT_OK


def cmd_group_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = records.list_groups(vault)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [(g.id, g.name, len(g.member_ids), g.dialogue_id or "") for g in items],
            ("ID", "NAME", "MEMBERS", "DIALOGUE"),
        )
    return EXIT_OK


def cmd_group_show(args: argparse.Namespace, vault: OpenVault) -> int:
    g = records.get_group(vault, args.id)
    members = [records.get_person(vault, pid) for pid in g.member_ids]
    if args.json:
        output.emit_json({"group": g, "members": members})
        return EXIT_OK
    output.fields(
        [
            ("Group", g.id),
            ("Name", g.name),
            ("Description", g.description or "-"),
            ("Members", ", ".join(f"{p.name} ({p.side or 'no side'})" for p in members) or "-"),
        ]
    )
    return EXIT_OK


# -- search and audit ------------------------------------------------------------------------


def cmd_search(args: argparse.Namespace, vault: OpenVault) -> int:
    query = read_stdin_text() if args.stdin else " ".join(args.query)
    if not query.strip():
        raise InvalidInput("give words to search for")
    hits = search.search(vault, query, args.limit)
    if args.json:
        output.emit_json(hits)
    elif not hits:
        _stderr("Nothing found.")
    else:
        output.table(
            [(h.kind, h.id, h.title, h.snippet) for h in hits], ("KIND", "ID", "TITLE", "MATCH")
        )
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace, vault: OpenVault) -> int:
    report = audit.verify(vault)
    if args.json:
        output.emit_json(report)
    if report.ok:
        if not args.json:
            print(f"audit log intact: {report.entries} entries, chain verified")
        return EXIT_OK
    _stderr(f"quietroom: the audit log FAILED verification: {report.problem}")
    return EXIT_AUDIT_FAILED


def cmd_audit_log(args: argparse.Namespace, vault: OpenVault) -> int:
    items = audit.entries(vault, limit=args.limit)
    if args.json:
        output.emit_json(items)
    else:
        output.table(
            [(e.seq, e.at.replace("T", " ")[:19], e.event, e.subject, e.detail) for e in items],
            ("SEQ", "AT", "EVENT", "SUBJECT", "DETAIL"),
        )
    return EXIT_OK


# -- contacts --------------------------------------------------------------------------------


def _state(view: contacts.ContactView) -> str:
    if view.state == contacts.KEY_CHANGED:
        return "KEY CHANGED: compare the new fingerprint (quietroom keys ID)"
    return "verified" if view.verified else "UNVERIFIED"


def cmd_contact_export(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.qr:
        written = contacts.export_card_qr(vault, Path(args.qr))
        _stderr(f"QR code of your card written to {written}")
    if args.out:
        written = contacts.export_card_file(vault, Path(args.out))
        _stderr(f"Your card written to {written}")
    if not args.qr and not args.out:
        print(contacts.my_card_text(vault))
    return EXIT_OK


def cmd_contact_import(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.file:
        try:
            data: bytes | str = Path(args.file).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read '{args.file}': {exc.strerror}") from None
    else:
        data = read_stdin_text()
    view = contacts.import_card(vault, data, args.person)
    if args.json:
        output.emit_json(
            {
                "id": view.contact.id,
                "name": view.name,
                "verified": view.verified,
                "fingerprint": list(view.fingerprint_groups),
            }
        )
        return EXIT_OK
    print(f"Contact {view.contact.id}: {view.name} ({_state(view)})")
    print("Compare this fingerprint with the one they see for themselves before you verify:")
    for line in view.fingerprint.splitlines():
        print(f"    {line}")
    return EXIT_OK


def cmd_contact_list(args: argparse.Namespace, vault: OpenVault) -> int:
    items = contacts.list_contacts(vault)
    if args.json:
        output.emit_json(
            [
                {
                    "id": v.contact.id,
                    "person_id": v.contact.person_id,
                    "name": v.name,
                    "verified": v.verified,
                    "fingerprint": list(v.fingerprint_groups),
                }
                for v in items
            ]
        )
        return EXIT_OK
    output.table(
        [
            (v.contact.id, v.name, _state(v), " ".join(v.fingerprint_groups[:2]) + " …")
            for v in items
        ],
        ("ID", "NAME", "STATE", "FINGERPRINT"),
    )
    return EXIT_OK


def cmd_contact_show(args: argparse.Namespace, vault: OpenVault) -> int:
    v = contacts.get_contact(vault, args.id)
    if args.json:
        output.emit_json(
            {
                "id": v.contact.id,
                "name": v.name,
                "card_name": v.contact.card_name,
                "verified": v.verified,
                "fingerprint": list(v.fingerprint_groups),
            }
        )
        return EXIT_OK
    output.fields(
        [
            ("Contact", v.contact.id),
            ("Name", v.name),
            ("Name on card", v.contact.card_name),
            ("State", _state(v)),
            ("Fingerprint", v.fingerprint),
        ]
    )
    return EXIT_OK


def cmd_contact_verify(args: argparse.Namespace, vault: OpenVault) -> int:
    view = contacts.get_contact(vault, args.id)
    if args.revoke:
        contacts.set_verified(vault, view.contact.id, False)
        print(f"{view.name} is now unverified.")
        return EXIT_OK
    if args.fingerprint is not None:
        typed = "".join(ch for ch in args.fingerprint if ch.isdigit())
        if typed != "".join(view.fingerprint_groups):
            raise InvalidInput("the fingerprint does not match: do not trust this card yet")
    else:
        if not sys.stdin.isatty():
            raise InvalidInput("give --fingerprint with the digits the contact read to you")
        print(f"{view.name}'s fingerprint:")
        for line in view.fingerprint.splitlines():
            print(f"    {line}")
        answer = input("Does it match what they read to you, digit for digit? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            _stderr("Not verified.")
            return EXIT_ERROR
    contacts.set_verified(vault, view.contact.id, True)
    print(f"{view.name} is verified.")
    return EXIT_OK


# -- packets ---------------------------------------------------------------------------------


def cmd_share(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.group is None and not args.to:
        raise InvalidInput("choose recipients: --group G or --to CONTACT (repeatable)")
    recipients = sharing.resolve_recipients(vault, args.group, args.to)
    if recipients.without_card and not args.skip_missing:
        raise InvalidInput(
            "no contact card for: "
            + ", ".join(recipients.without_card)
            + " (import their cards, or add --skip-missing)"
        )
    out = Path(args.out) if args.out else exchange.exchange_folder(vault)
    if out is None:
        raise InvalidInput("give --out PATH, or set an exchange folder with 'exchange set'")
    if not args.out and not out.is_dir():
        raise InvalidInput(f"the exchange folder '{out}' is missing; is the drive connected?")
    if args.card:
        shared = sharing.share_card(vault, recipients, out)
    elif args.note is not None:
        shared = sharing.share_note(vault, args.note, recipients, out)
    else:
        shared = sharing.share_paper(vault, args.paper, recipients, out, progress=_progress)
    for view in recipients.unverified:
        _stderr(f"warning: {view.name} is UNVERIFIED: compare fingerprints before relying on it")
    if args.json:
        output.emit_json(
            {
                "packet": str(shared.path),
                "packet_id": shared.packet_id,
                "recipients": [v.name for v in recipients.contacts],
            }
        )
    else:
        print(shared.path)
    return EXIT_OK


def _party(p: inbox.Party) -> str:
    if p.is_me:
        return "you"
    if p.contact_id is None:
        return f"{p.name} (NOT A CONTACT, fingerprint {p.fingerprint.splitlines()[0]} …)"
    return f"{p.name} ({'verified' if p.verified else 'UNVERIFIED'})"


def _show_info(info: inbox.PacketInfo) -> None:
    output.fields(
        [
            ("Packet", info.packet_id),
            ("Kind", info.kind),
            ("Title", info.title),
            ("File name", info.file_name or "-"),
            ("Size", output.human_size(info.size)),
            ("Sealed", info.sealed_at),
            ("From", _party(info.sender)),
            ("To", "\n".join(_party(r) for r in info.recipients)),
            ("Signature", "verified"),
            ("In this vault", "yes" if info.already_imported else "no"),
        ]
    )


def _refused(exc: PacketRefused | UnknownSender) -> int:
    """Say why a packet was not accepted; the exit status tells scripts which case it was."""
    _stderr(f"quietroom: {exc}")
    if isinstance(exc, UnknownSender):
        _stderr(f"The packet says it is from: {output.safe_text(exc.name)}")
        _stderr("Their fingerprint, to compare with the card they give you:")
        for line in exc.fingerprint.splitlines():
            _stderr(f"    {line}")
        return EXIT_UNKNOWN_SENDER
    if isinstance(exc, NotAddressedToYou):
        return EXIT_NOT_FOR_YOU
    return EXIT_REFUSED


def cmd_open(args: argparse.Namespace, vault: OpenVault) -> int:
    try:
        info = inbox.inspect_packet(vault, Path(args.packet), progress=_progress)
    except PacketRefused as exc:
        return _refused(exc)
    if args.json:
        output.emit_json(info)
    else:
        _show_info(info)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, vault: OpenVault) -> int:
    try:
        result = inbox.import_packet(vault, Path(args.packet), progress=_progress)
    except (PacketRefused, UnknownSender) as exc:
        return _refused(exc)
    if args.json:
        output.emit_json(result)
        return EXIT_OK
    if result.duplicate:
        print("Already imported; nothing changed.")
        return EXIT_OK
    print(f"Imported {result.item_kind} {result.item_id} from {_party(result.info.sender)}")
    return EXIT_OK


def cmd_exchange_set(args: argparse.Namespace, vault: OpenVault) -> int:
    exchange.set_exchange_folder(vault, Path(args.folder))
    print(f"Exchange folder: {exchange.exchange_folder(vault)}")
    return EXIT_OK


def cmd_exchange_watch(args: argparse.Namespace, vault: OpenVault) -> int:
    folder = Path(args.folder) if args.folder else exchange.exchange_folder(vault)
    if folder is None:
        raise InvalidInput("give a folder, or set one with 'exchange set'")
    if not folder.is_dir():
        raise InvalidInput(f"'{folder}' is not a folder")

    def report(outcome: exchange.ScanOutcome) -> None:
        if args.json:
            output.emit_json(outcome)
        else:
            line = f"{outcome.outcome:15} {outcome.file_name}  {outcome.message}"
            print(output.safe_text(line), flush=True)

    if args.once:
        for outcome in exchange.scan(vault, folder, settle_seconds=args.settle):
            report(outcome)
        return EXIT_OK
    deadline = None if args.for_seconds is None else time.monotonic() + args.for_seconds
    exchange.watch(
        vault,
        folder,
        report,
        lambda: deadline is not None and time.monotonic() >= deadline,
        args.interval,
        settle_seconds=args.settle,
    )
    return EXIT_OK
