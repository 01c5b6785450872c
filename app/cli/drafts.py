"""Handlers of ``quietroom draft …`` and ``quietroom export pdf``.

Texts come from standard input or ``--body-file`` (never from arguments, which stay in shell
history). ``draft merge`` stores nothing while a conflict is unresolved: it prints the
conflicts, numbered from 1, and exits with :data:`EXIT_CONFLICTS`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import diff, drafts, exchange, export, merge, records
from app.cli import output
from app.cli.commands import EXIT_ERROR, EXIT_OK, confirm_readable_copy
from app.cli.inputs import read_stdin_text
from app.errors import InvalidInput
from app.vault import OpenVault

EXIT_CONFLICTS = 10  # a merge has unresolved conflicts; nothing was stored


def _stderr(text: str) -> None:
    print(text, file=sys.stderr)


def _text(args: argparse.Namespace) -> str:
    if args.body_file:
        try:
            data = Path(args.body_file).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read '{args.body_file}': {exc.strerror}") from None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(f"'{args.body_file}' is not UTF-8 text") from None
    if sys.stdin.isatty():
        _stderr("Type or paste the text, then Ctrl-D:")
    return read_stdin_text()


def _short(uid: str | None) -> str:
    return uid[:12] if uid else ""


def cmd_draft_new(args: argparse.Namespace, vault: OpenVault) -> int:
    proposal = drafts.new_proposal(
        vault, args.title or "", _text(args), args.message, args.dialogue, args.co_drafter
    )
    if args.json:
        output.emit_json(proposal)
    else:
        print(proposal.id)
    return EXIT_OK


def cmd_draft_edit(args: argparse.Namespace, vault: OpenVault) -> int:
    revision = drafts.edit(vault, args.id, _text(args), args.message)
    if args.json:
        output.emit_json(revision)
    else:
        print(revision.uid)
    return EXIT_OK


def cmd_draft_list(args: argparse.Namespace, vault: OpenVault) -> int:
    proposals = drafts.list_proposals(vault, limit=records.NO_LIMIT)
    if args.json:
        output.emit_json(proposals)
        return EXIT_OK
    rows = [
        (p.id, p.title, p.status, _short(p.head_uid), "merge needed" if p.incoming_uid else "")
        for p in proposals
    ]
    output.table(rows, ("id", "title", "status", "head", ""))
    return EXIT_OK


def cmd_draft_show(args: argparse.Namespace, vault: OpenVault) -> int:
    revision = drafts.find_revision(vault, args.rev) if args.rev else drafts.head(vault, args.id)
    if args.json:
        output.emit_json(revision)
    else:
        sys.stdout.write(output.safe_text(revision.body))
    return EXIT_OK


def cmd_draft_log(args: argparse.Namespace, vault: OpenVault) -> int:
    proposal = drafts.get_proposal(vault, args.id)
    log = drafts.history(vault, args.id)
    if args.json:
        output.emit_json(log)
        return EXIT_OK
    rows = []
    for r in log:
        mark = "head" if r.uid == proposal.head_uid else ""
        mark = "incoming" if r.uid == proposal.incoming_uid else mark
        parents = " ".join(_short(p)[:8] for p in r.parents)
        rows.append((_short(r.uid), mark, r.created_at, r.author_name, parents, r.message))
    output.table(rows, ("revision", "", "time", "author", "parents", "message"))
    return EXIT_OK


def cmd_draft_diff(args: argparse.Namespace, vault: OpenVault) -> int:
    old = drafts.find_revision(vault, args.old)
    new = drafts.find_revision(vault, args.new)
    if args.side_by_side:
        rows = diff.side_by_side(old.body, new.body, args.unit)
        sys.stdout.write(
            output.safe_text(diff.render_side_by_side(rows, args.width, args.changes_only))
        )
    else:
        text = diff.unified(old.body, new.body, _short(old.uid), _short(new.uid))
        sys.stdout.write(output.safe_text(text))
    return EXIT_OK


def cmd_draft_send(args: argparse.Namespace, vault: OpenVault) -> int:
    out = Path(args.out) if args.out else exchange.exchange_folder(vault)
    if out is None:
        raise InvalidInput("give --out PATH, or set an exchange folder with 'exchange set'")
    shared = drafts.send(vault, args.id, out, args.to, args.full)
    contact = shared.recipients.contacts[0]
    if not contact.verified:
        _stderr("Warning: the co-drafter's contact is UNVERIFIED: compare fingerprints first.")
    if args.json:
        output.emit_json({"packet_id": shared.packet_id, "path": str(shared.path)})
    else:
        print(shared.path)
    return EXIT_OK


def _parse_resolution(text: str) -> tuple[int, str]:
    number, sep, choice = text.partition("=")
    if not sep or not number.strip().isdigit():
        raise InvalidInput("write a resolution as N=ours, N=theirs or N=both (N from 1)")
    return int(number), choice.strip().lower()


def _print_conflicts(state: drafts.MergeState) -> None:
    for number, index in enumerate(state.conflicts, start=1):
        hunk = state.hunks[index]
        status = f"resolved: {hunk.resolution.value}" if hunk.resolution else "OPEN"
        print(f"=== conflict {number} ({status})")
        rows = diff.side_by_side(hunk.ours, hunk.theirs)
        print("--- ours (yours) | theirs (the co-drafter's)")
        sys.stdout.write(output.safe_text(diff.render_side_by_side(rows, 100)))
        if hunk.base:
            print("--- base (the common ancestor)")
            sys.stdout.write(output.safe_text(hunk.base))


def cmd_draft_merge(args: argparse.Namespace, vault: OpenVault) -> int:
    state = drafts.start_merge(vault, args.id, args.with_rev)
    conflicts = state.conflicts
    for text in args.resolve:
        number, choice = _parse_resolution(text)
        if not 1 <= number <= len(conflicts):
            raise InvalidInput(f"there is no conflict {number} (this merge has {len(conflicts)})")
        if choice not in ("ours", "theirs", "both"):
            raise InvalidInput("choose ours, theirs or both (or give --resolve-file N=PATH)")
        state.resolve(conflicts[number - 1], choice)
    for text in args.resolve_file:
        number, path = _parse_resolution(text)
        if not 1 <= number <= len(conflicts):
            raise InvalidInput(f"there is no conflict {number} (this merge has {len(conflicts)})")
        try:
            custom = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise InvalidInput(f"cannot read the resolution file '{path}' as text") from None
        state.resolve(conflicts[number - 1], merge.Choice.CUSTOM, custom)
    if state.unresolved:
        _print_conflicts(state)
        _stderr(
            f"{len(state.unresolved)} of {len(conflicts)} conflict(s) are open; nothing was "
            "stored. Resolve each with --resolve N=ours|theirs|both or --resolve-file N=PATH."
        )
        return EXIT_CONFLICTS
    revision = drafts.commit_merge(vault, state, args.message)
    if args.json:
        output.emit_json(revision)
    else:
        print(revision.uid)
    return EXIT_OK


def cmd_draft_status(args: argparse.Namespace, vault: OpenVault) -> int:
    if args.set:
        drafts.set_status(vault, args.id, args.set)
    state = drafts.status(vault, args.id)
    if args.json:
        output.emit_json(state)
        return EXIT_OK
    waiting = "nothing"
    if state.incoming is not None:
        waiting = (
            f"{_short(state.incoming.uid)} by {state.incoming.author_name}: "
            f"{state.open_conflicts} conflict(s) to resolve with 'draft merge {args.id}'"
        )
    output.fields(
        [
            ("title", state.proposal.title),
            ("status", state.proposal.status),
            ("head", _short(state.head.uid) if state.head else "(none)"),
            ("revisions", state.revisions),
            ("to merge", waiting),
        ]
    )
    return EXIT_OK


def cmd_export_pdf(args: argparse.Namespace, vault: OpenVault) -> int:
    if not confirm_readable_copy(args.yes):
        return EXIT_ERROR
    if args.proposal is not None:
        kind, ref = "proposal", str(args.proposal)
    elif args.revision:
        kind, ref = "revision", args.revision
    elif args.note is not None:
        kind, ref = "note", str(args.note)
    else:
        kind, ref = "session", str(args.session)
    result = export.export_pdf(vault, kind, ref, Path(args.destination), args.recipient)
    if result.labels:
        _stderr(f"Names replaced by neutral labels: {len(result.labels)} participant(s).")
    _stderr(f"Wrote a readable PDF ({result.pages} page(s)) to {result.path}.")
    if args.json:
        output.emit_json({"path": str(result.path), "pages": result.pages})
    return EXIT_OK
