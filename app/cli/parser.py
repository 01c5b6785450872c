"""The argument parser of ``quietroom``. Handlers live in :mod:`app.cli.commands`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from app import version
from app.cli import commands as c
from app.cli import hardening as h
from app.records import ATTRIBUTIONS, GOALS, NOTE_KINDS, SESSION_MODES, TRACKS

_STDIN_HELP = (
    "read the fields as one JSON object from standard input (keeps names out of shell history)"
)


class _PrintVersion(argparse.Action):
    """``--version``: the app's, its dependencies' and the vault formats' versions, one a line.

    argparse's own ``version`` action re-wraps the text into one paragraph, hence this one.
    """

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault(
            "help", "show the versions of the app, its dependencies and the vault formats"
        )
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(version.version_text())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quietroom",
        description="Encrypted records for confidential dialogues.",
        epilog="Passphrases are never taken as arguments: use the prompt, --passphrase-fd, "
        "--passphrase-env, or the QUIETROOM_PASSPHRASE variable.",
    )
    parser.add_argument("--version", action=_PrintVersion, dest=argparse.SUPPRESS)
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: $QUIETROOM_VAULT or the per-user data folder)",
    )
    parser.add_argument(
        "--passphrase-fd", type=int, metavar="N", help="read the passphrase from file descriptor N"
    )
    parser.add_argument(
        "--passphrase-env",
        metavar="NAME",
        help="read the passphrase from environment variable NAME",
    )
    parser.add_argument(
        "--recovery-key",
        action="store_true",
        help="unlock with the recovery key instead of the passphrase (read from the same sources)",
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("init", help="create a new vault and its identity")
    p.add_argument("--name", help="your display name on your contact card")
    p.set_defaults(handler=c.cmd_init)

    p = sub.add_parser("demo", help="create a throwaway vault holding a fictional dialogue")
    p.add_argument(
        "folder", nargs="?", help="where to create it (default: a new folder in the temp dir)"
    )
    p.set_defaults(handler=c.cmd_demo)

    p = sub.add_parser("passwd", help="change the passphrase (rewrites one key slot only)")
    p.add_argument("--new-passphrase-fd", type=int, metavar="N")
    p.add_argument("--new-passphrase-env", metavar="NAME")
    p.set_defaults(handler=c.cmd_passwd)

    p = sub.add_parser("whoami", help="show your name and fingerprint")
    p.set_defaults(handler=c.cmd_whoami)

    p = sub.add_parser("check", help="authenticate every page of the vault database")
    p.set_defaults(handler=c.cmd_check)

    _dialogue(sub)
    _session(sub)
    _person(sub)
    _note(sub)
    _paper(sub)
    _group(sub)

    _contact(sub)
    _sharing(sub)
    _drafts(sub)

    p = sub.add_parser("search", help="full-text search over notes, people and papers")
    p.add_argument("query", nargs="*", help="words to find (or --stdin)")
    p.add_argument("--stdin", action="store_true", help="read the query from standard input")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=c.cmd_search)

    audit = sub.add_parser("audit", help="the vault's audit log").add_subparsers(metavar="ACTION")
    p = audit.add_parser("verify", help="check the hash chain of the audit log")
    p.set_defaults(handler=c.cmd_audit_verify)
    p = audit.add_parser("log", help="list audit entries")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(handler=c.cmd_audit_log)
    _hardening(sub)
    _need_to_know(sub)
    _retention(sub)
    return parser


def _actions(sub: argparse._SubParsersAction, name: str, help_text: str):  # type: ignore[type-arg,no-untyped-def]
    return sub.add_parser(name, help=help_text).add_subparsers(metavar="ACTION")


def _show(actions: argparse._SubParsersAction, what: str, handler: c.Handler) -> None:  # type: ignore[type-arg]
    p = actions.add_parser("show", help=f"show one {what}")
    p.add_argument("id", type=int)
    p.set_defaults(handler=handler)


def _dialogue(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "dialogue", "dialogues (Track 2 processes)")
    p = a.add_parser("add", help="add a dialogue")
    p.add_argument("--title")
    p.add_argument("--description", default="")
    p.add_argument("--goal", choices=[g for g in GOALS if g], default="")
    p.add_argument("--stdin", action="store_true", help=_STDIN_HELP)
    p.set_defaults(handler=c.cmd_dialogue_add)
    p = a.add_parser("list", help="list dialogues")
    p.set_defaults(handler=c.cmd_dialogue_list)
    _show(a, "dialogue", c.cmd_dialogue_show)


def _session(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "session", "sessions (rounds) of a dialogue")
    p = a.add_parser("add", help="add a round to a dialogue")
    p.add_argument("--dialogue", type=int, required=True)
    p.add_argument("--date", default="", help="YYYY-MM-DD")
    p.add_argument("--place", default="")
    p.add_argument("--mode", choices=SESSION_MODES, default="in_person")
    p.add_argument("--title", default="")
    p.add_argument("--summary", default="")
    p.add_argument(
        "--person",
        type=int,
        action="append",
        default=[],
        help="a participant who attended (repeat)",
    )
    p.add_argument("--stdin", action="store_true", help=_STDIN_HELP)
    p.set_defaults(handler=c.cmd_session_add)
    p = a.add_parser("list", help="list sessions")
    p.add_argument("--dialogue", type=int)
    p.set_defaults(handler=c.cmd_session_list)
    _show(a, "session", c.cmd_session_show)


def _person(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "person", "people: participants, advisers, observers")
    p = a.add_parser("add", help="add a person")
    p.add_argument("--name")
    p.add_argument("--affiliation", default="")
    p.add_argument("--side", default="")
    p.add_argument("--track", choices=[t for t in TRACKS if t], default="")
    p.add_argument("--proximity", default="", help="how close to decision-makers")
    p.add_argument("--contact", default="")
    p.add_argument("--attribution", choices=ATTRIBUTIONS, default="chatham_house")
    p.add_argument("--notes", default="")
    p.add_argument("--stdin", action="store_true", help=_STDIN_HELP)
    p.set_defaults(handler=c.cmd_person_add)
    p = a.add_parser("list", help="list people")
    p.set_defaults(handler=c.cmd_person_list)
    _show(a, "person", c.cmd_person_show)


def _note(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "note", "notes of dialogues and sessions")
    p = a.add_parser("add", help="add a note; the text is read from standard input")
    p.add_argument("--dialogue", type=int)
    p.add_argument("--session", type=int)
    p.add_argument("--title", default="")
    p.add_argument("--kind", choices=NOTE_KINDS, default="general")
    p.add_argument(
        "--attributable",
        action="store_true",
        help="what it records may be attributed to named people",
    )
    p.add_argument("--body-file", metavar="PATH", help="read the text from a file instead")
    p.add_argument(
        "--stdin",
        action="store_true",
        help="read all fields (title, body, kind, …) as a JSON object from stdin",
    )
    p.set_defaults(handler=c.cmd_note_add)
    p = a.add_parser("edit", help="replace a note's text (read from standard input)")
    p.add_argument("id", type=int)
    p.add_argument("--title")
    p.add_argument("--body-file", metavar="PATH")
    p.add_argument("--keep-body", action="store_true", help="change only the title")
    p.set_defaults(handler=c.cmd_note_edit)
    p = a.add_parser("list", help="list notes, newest first")
    p.add_argument("--dialogue", type=int)
    p.add_argument("--session", type=int)
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=c.cmd_note_list)
    _show(a, "note", c.cmd_note_show)


def _paper(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "paper", "papers: files kept inside the vault")
    p = a.add_parser("add", help="import a file into the vault (the file is left as it is)")
    p.add_argument("file")
    p.add_argument("--title", default="")
    p.add_argument("--dialogue", type=int)
    p.add_argument("--media-type", default="")
    p.set_defaults(handler=c.cmd_paper_add)
    p = a.add_parser("list", help="list papers")
    p.set_defaults(handler=c.cmd_paper_list)
    _show(a, "paper", c.cmd_paper_show)
    p = a.add_parser("export", help="write a READABLE copy of a paper outside the vault")
    p.add_argument("id", type=int)
    p.add_argument("destination")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=c.cmd_paper_export)


def _group(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "group", "working groups: named subsets of people")
    p = a.add_parser("add", help="add a working group")
    p.add_argument("--name")
    p.add_argument("--member", type=int, action="append", default=[], help="person id (repeat)")
    p.add_argument("--dialogue", type=int)
    p.add_argument("--description", default="")
    p.add_argument("--stdin", action="store_true", help=_STDIN_HELP)
    p.set_defaults(handler=c.cmd_group_add)
    p = a.add_parser("list", help="list working groups")
    p.set_defaults(handler=c.cmd_group_list)
    _show(a, "working group", c.cmd_group_show)


def _contact(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    a = _actions(sub, "contact", "contact cards: yours out, other people's in")
    p = a.add_parser("export", help="your card: printed as text, or to a file / QR code image")
    p.add_argument("--out", metavar="PATH", help="write the card to a file (or into a folder)")
    p.add_argument("--qr", metavar="IMAGE", help="write a QR code of the card (.png or .svg)")
    p.set_defaults(handler=c.cmd_contact_export)
    p = a.add_parser("import", help="add someone's card (from a file, or pasted on stdin)")
    p.add_argument("file", nargs="?", help="card file; without it the card is read from stdin")
    p.add_argument("--person", type=int, help="link the card to this existing person")
    p.set_defaults(handler=c.cmd_contact_import)
    p = a.add_parser("list", help="list contacts with their verification state")
    p.set_defaults(handler=c.cmd_contact_list)
    _show(a, "contact", c.cmd_contact_show)
    p = a.add_parser("verify", help="mark a contact verified after comparing fingerprints")
    p.add_argument("id", type=int)
    p.add_argument(
        "--fingerprint",
        metavar="DIGITS",
        help="the fingerprint the contact read "
        "out to you (spaces ignored); without it you are asked to confirm",
    )
    p.add_argument("--revoke", action="store_true", help="mark the contact unverified again")
    p.set_defaults(handler=c.cmd_contact_verify)


def _sharing(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("share", help="seal a paper (or note, or your card) into a packet")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("paper", nargs="?", type=int, help="paper id")
    what.add_argument("--note", type=int, help="share a note instead of a paper")
    what.add_argument("--card", action="store_true", help="share your own contact card")
    p.add_argument("--group", type=int, help="working group whose members receive it")
    p.add_argument(
        "--to", type=int, action="append", default=[], metavar="CONTACT", help="contact id (repeat)"
    )
    p.add_argument(
        "--out", metavar="PATH", help="folder or file for the packet (default: the exchange folder)"
    )
    p.add_argument(
        "--skip-missing",
        action="store_true",
        help="share even if some group members have no contact card",
    )
    p.set_defaults(handler=c.cmd_share)

    p = sub.add_parser("open", help="check a packet and show who sent it to whom (stores nothing)")
    p.add_argument("packet")
    p.set_defaults(handler=c.cmd_open)
    p = sub.add_parser("import", help="verify a packet and store what it carries")
    p.add_argument("packet")
    p.set_defaults(handler=c.cmd_import)

    a = _actions(sub, "exchange", "the exchange folder your sync tool keeps in step")
    p = a.add_parser("set", help="remember the exchange folder (inside the vault)")
    p.add_argument("folder")
    p.set_defaults(handler=c.cmd_exchange_set)
    p = a.add_parser("watch", help="import packets arriving in the exchange folder")
    p.add_argument("folder", nargs="?", help="default: the folder set with 'exchange set'")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.add_argument("--interval", type=float, default=2.0, help="seconds between passes")
    p.add_argument("--for-seconds", type=float, help="stop after this long (default: until ^C)")
    p.add_argument(
        "--settle",
        type=float,
        default=2.0,
        metavar="SECONDS",
        help="leave alone files changed this recently: they may still be arriving (default 2)",
    )
    p.set_defaults(handler=c.cmd_exchange_watch)


def _hardening(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Emergency erase, duress passphrase, encrypted backups (app/cli/hardening.py)."""
    p = sub.add_parser(
        "erase", help="destroy the vault at once: every key slot, then its files (no undo)"
    )
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=h.cmd_erase, needs_unlock=False)


def _drafts(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app.cli import drafts as d

    a = _actions(sub, "draft", "draft proposals: revisions, diff, send, merge")
    p = a.add_parser("new", help="start a proposal; its text is read from standard input")
    p.add_argument("--title", required=True)
    p.add_argument("--message", default="", help="what this revision is")
    p.add_argument("--dialogue", type=int)
    p.add_argument("--co-drafter", type=int, metavar="CONTACT", help="contact id")
    p.add_argument("--body-file", metavar="PATH", help="read the text from a file instead")
    p.set_defaults(handler=d.cmd_draft_new)
    p = a.add_parser("edit", help="save a new revision; the text is read from standard input")
    p.add_argument("id", type=int)
    p.add_argument("--message", default="")
    p.add_argument("--body-file", metavar="PATH")
    p.set_defaults(handler=d.cmd_draft_edit)
    p = a.add_parser("list", help="list proposals")
    p.set_defaults(handler=d.cmd_draft_list)
    p = a.add_parser("show", help="print the current text (or a revision's)")
    p.add_argument("id", type=int)
    p.add_argument("--rev", metavar="REVISION", help="revision uid or prefix")
    p.set_defaults(handler=d.cmd_draft_show)
    p = a.add_parser("log", help="every revision of a proposal, newest first")
    p.add_argument("id", type=int)
    p.set_defaults(handler=d.cmd_draft_log)
    p = a.add_parser("diff", help="compare two revisions (uids or prefixes)")
    p.add_argument("old")
    p.add_argument("new")
    p.add_argument("--side-by-side", action="store_true", help="two columns instead of unified")
    p.add_argument("--width", type=int, default=120)
    p.add_argument("--changes-only", action="store_true", help="side by side: hide equal lines")
    p.add_argument("--unit", choices=("line", "paragraph"), default="line")
    p.set_defaults(handler=d.cmd_draft_diff)
    p = a.add_parser("send", help="seal the revisions the co-drafter lacks into a packet")
    p.add_argument("id", type=int)
    p.add_argument("--to", type=int, metavar="CONTACT", help="default: the proposal's co-drafter")
    p.add_argument("--out", metavar="PATH", help="folder or file (default: the exchange folder)")
    p.add_argument("--full", action="store_true", help="send the whole history (after a loss)")
    p.set_defaults(handler=d.cmd_draft_send)
    p = a.add_parser("merge", help="merge the co-drafter's diverged revision; resolve conflicts")
    p.add_argument("id", type=int)
    p.add_argument("--with", dest="with_rev", metavar="REVISION", help="merge this one instead")
    p.add_argument(
        "--resolve", action="append", default=[], metavar="N=CHOICE", help="ours, theirs or both"
    )
    p.add_argument(
        "--resolve-file",
        action="append",
        default=[],
        metavar="N=PATH",
        help="resolve conflict N with the text of a file",
    )
    p.add_argument("--message", default="")
    p.set_defaults(handler=d.cmd_draft_merge)
    p = a.add_parser("status", help="head, waiting merge, and the proposal's status")
    p.add_argument("id", type=int)
    p.add_argument("--set", choices=("draft", "circulated", "agreed", "withdrawn"))
    p.set_defaults(handler=d.cmd_draft_status)

    a = _actions(sub, "export", "readable copies for one recipient")
    p = a.add_parser(
        "pdf", help="a PDF with banner and recipient stamp; names replaced when not attributable"
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--proposal", type=int, help="a proposal's current revision")
    what.add_argument("--revision", metavar="REVISION", help="a revision uid or prefix")
    what.add_argument("--note", type=int)
    what.add_argument("--session", type=int, help="a session record with its notes")
    p.add_argument("--for", dest="recipient", required=True, help="who this copy is for")
    p.add_argument("destination", help="a .pdf file or a folder")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=d.cmd_export_pdf)

    a = sub.add_parser(
        "backup", help="encrypted backups of the whole vault to one file"
    ).add_subparsers(metavar="ACTION")
    p = a.add_parser("create", help="write an encrypted backup of the vault to FILE")
    p.add_argument("file")
    p.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=h.cmd_backup_create)
    p = a.add_parser(
        "verify", help="prove FILE restores (authenticate, open, integrity-check) without restoring"
    )
    p.add_argument("file")
    p.set_defaults(handler=h.cmd_backup_verify, needs_unlock=False)
    p = a.add_parser("restore", help="restore FILE into FOLDER (absent or empty)")
    p.add_argument("file")
    p.add_argument("folder")
    p.set_defaults(handler=h.cmd_backup_restore, needs_unlock=False)

    a = sub.add_parser(
        "duress", help="a duress passphrase: erases the vault and opens a decoy"
    ).add_subparsers(metavar="ACTION")
    p = a.add_parser("set", help="add or replace the duress passphrase")
    p.add_argument("--duress-passphrase-fd", type=int, metavar="N")
    p.add_argument("--duress-passphrase-env", metavar="NAME")
    p.set_defaults(handler=h.cmd_duress_set)


def _need_to_know(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Ledger, compartments, code names, key changes, acknowledgements (docs/need-to-know.md)."""
    from app.cli import need_to_know as n

    share = sub.choices["share"]
    share.add_argument(
        "--override-compartment",
        metavar="REASON",
        help="share a paper beyond its compartments anyway (the reason goes to the audit log)",
    )
    share.set_defaults(handler=n.cmd_share)

    p = sub.add_parser("ledger", help="who was sent a paper or a revision, and who confirmed")
    p.add_argument("paper", nargs="?", type=int, help="paper id")
    p.add_argument("--revision", metavar="REVISION", help="a proposal revision (uid or prefix)")
    p.set_defaults(handler=n.cmd_ledger)

    p = sub.add_parser("compartment", help="the working groups a paper may be shared with")
    p.add_argument("paper", type=int)
    p.add_argument("--group", type=int, action="append", default=[], help="group id (repeat)")
    p.add_argument("--clear", action="store_true", help="lift the restriction")
    p.set_defaults(handler=n.cmd_compartment)

    p = sub.add_parser("codename", help="a person's code name, used wherever a note leaves")
    p.add_argument("person", type=int)
    p.add_argument("--set", metavar="NAME", help="set it ('' removes it)")
    p.set_defaults(handler=n.cmd_codename)

    p = sub.add_parser("keys", help="a contact's key change: show old and new, accept or reject")
    p.add_argument("id", type=int, help="contact id")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--accept", action="store_true", help="trust the new keys (re-verify)")
    what.add_argument("--reject", action="store_true", help="keep the old keys")
    p.add_argument("--fingerprint", metavar="DIGITS", help="the NEW fingerprint, as read to you")
    p.set_defaults(handler=n.cmd_contact_keys)

    p = sub.add_parser("acks", help="acknowledgements sent back when you import a packet")
    p.add_argument("state", nargs="?", choices=("on", "off"))
    p.add_argument("--contact", type=int, help="for this contact only")
    p.set_defaults(handler=n.cmd_acks)


def _retention(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Keep-until dates (app/cli/retention.py)."""
    from app import retention
    from app.cli import retention as r

    a = _actions(sub, "retention", "keep-until dates: records purged once their day has passed")
    p = a.add_parser("set", help="the last day a record may be kept")
    p.add_argument("kind", choices=retention.KINDS)
    p.add_argument("id", type=int)
    day = p.add_mutually_exclusive_group(required=True)
    day.add_argument("--until", metavar="YYYY-MM-DD")
    day.add_argument("--clear", action="store_true", help="keep it indefinitely again")
    p.set_defaults(handler=r.cmd_retention_set)
    p = a.add_parser("list", help="records with a keep-until date")
    p.set_defaults(handler=r.cmd_retention_list)
    p = a.add_parser("purge", help="purge expired records now (also done at every unlock)")
    p.set_defaults(handler=r.cmd_retention_purge)
    p = sub.add_parser(
        "delete",
        help="delete a record now, with secure delete (a dialogue takes its rounds and notes)",
    )
    p.add_argument("kind", choices=retention.DELETABLE_KINDS)
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="required: there is no undo")
    p.set_defaults(handler=r.cmd_delete)
