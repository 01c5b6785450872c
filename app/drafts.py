"""Draft proposals: chains of immutable revisions that two drafters pass back and forth.

A revision is like a commit: author, time, message, full text, and one parent (two for a
merge). Its uid is the SHA-256 of all of that (and of the proposal's uid), so it cannot be
changed without changing its name, and the same revision has the same uid in both vaults.

Sending packs the head and every ancestor the co-drafter is not known to hold into one packet
of kind ``revision`` (payload: docs/drafting.md). Importing stores what is new and then:
fast-forwards when the local head is an ancestor of the incoming head; merges by itself when
both edited and no change overlaps; otherwise keeps the incoming head aside (``incoming_uid``)
until the user resolves every conflict (:func:`start_merge`, :meth:`MergeState.resolve`,
:func:`commit_merge`). Both heads stay in the history, so no edit is ever lost.
"""

from __future__ import annotations

import hashlib
import json
import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path

from app import diff as diffs
from app import merge as merges
from app.contacts import clean_name, get_contact
from app.errors import AppError, InvalidInput, RecordNotFound, translated
from app.merge import Choice, Hunk
from app.records import MAX_TEXT, MAX_TITLE
from app.sharing import Recipients, SharedPacket, _seal_to_file
from app.vault import OpenVault
from crypto.errors import Message
from crypto.identity import PublicIdentity
from storage import audit
from storage import contacts as contact_store
from storage import drafts as store
from storage import records as rec
from storage.db import Database
from storage.models import Contact, Proposal, Revision, WorkingCopy
from storage.records import now
from storage.vault import Vault

__all__ = [
    "STATUSES",
    "Choice",
    "MergeState",
    "Proposal",
    "Revision",
    "commit_merge",
    "compare",
    "discard_working_copy",
    "edit",
    "find_revision",
    "history",
    "keep_working_copy",
    "new_proposal",
    "working_copy",
]

STATUSES = ("draft", "circulated", "agreed", "withdrawn")
REVISIONS_MEDIA_TYPE = "application/vnd.quietroom.revisions+json"
PAYLOAD_FORMAT = "quietroom.revisions"
PAYLOAD_VERSION = 1
MAX_MESSAGE = 2000
MAX_AUTHOR_NAME = 200
MAX_REVISIONS_PER_PACKET = 10_000
MAX_PAYLOAD_BYTES = 16 * 1024 * 1024  # the inbox's limit for small items
_UID_CONTEXT = b"quietroom-revision-v1\0"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_PROPOSAL_UID = re.compile(r"[0-9a-f-]{8,64}")


class ConflictsRemain(AppError):
    """A merge was committed while some of its conflicts are still unresolved."""


# -- revision identity -----------------------------------------------------------------------


def revision_uid(
    proposal_uid: str,
    parents: tuple[str, ...],
    author_name: str,
    author: PublicIdentity,
    created_at: str,
    message: str,
    text: str,
) -> str:
    """The content address of a revision (docs/drafting.md, "Revision uid")."""
    canonical = json.dumps(
        {
            "proposal": proposal_uid,
            "parents": list(parents),
            "author": {
                "name": author_name,
                "x25519": author.x25519.hex(),
                "ed25519": author.ed25519.hex(),
            },
            "created_at": created_at,
            "message": message,
            "text": text,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")
    return hashlib.sha256(_UID_CONTEXT + canonical).hexdigest()


# -- the revision graph ----------------------------------------------------------------------

Graph = dict[str, tuple[tuple[str, ...], int]]


def ancestors(graph: Graph, uid: str) -> set[str]:
    """``uid`` and every revision it descends from."""
    seen: set[str] = set()
    todo = [uid]
    while todo:
        current = todo.pop()
        if current in seen or current not in graph:
            continue
        seen.add(current)
        todo.extend(graph[current][0])
    return seen


def merge_base(graph: Graph, a: str, b: str) -> str | None:
    """The nearest common ancestor of two revisions (the newest one when there are several)."""
    common = ancestors(graph, a) & ancestors(graph, b)
    if not common:
        return None
    return max(common, key=lambda u: (graph[u][1], u))


# -- proposals and revisions -----------------------------------------------------------------


def _log(vault: OpenVault, db: Database, event: str, uid: str, detail: str = "") -> None:
    audit.append(db, vault.storage.audit_key, event, subject=uid, detail=detail)


def _title(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput("the proposal needs a title")
    if len(value) > MAX_TITLE:
        raise InvalidInput("the title is longer than {limit} characters", limit=MAX_TITLE)
    return value.strip()


def _body(value: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput("the text must be text")
    if len(value) > MAX_TEXT:
        raise InvalidInput("the text is longer than {limit} characters", limit=MAX_TEXT)
    return value


def _message(value: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_MESSAGE:
        raise InvalidInput(
            "the message must be text of at most {limit} characters", limit=MAX_MESSAGE
        )
    return value.strip()


def _status(value: str) -> str:
    value = value.strip().lower() if isinstance(value, str) else ""
    if value not in STATUSES:
        raise InvalidInput("the status must be one of: {statuses}", statuses=", ".join(STATUSES))
    return value


def _add_revision(
    vault: OpenVault,
    db: Database,
    proposal: Proposal,
    parents: tuple[str, ...],
    text: str,
    message: str,
) -> Revision:
    """A new revision by us, stored (not yet made the head)."""
    name, identity = vault.storage.identity()
    me = identity.public
    stamp = now()
    uid = revision_uid(proposal.uid, parents, name, me, stamp, message, text)
    graph = store.revision_graph(db, proposal.id)
    generation = 1 + max((graph[p][1] for p in parents), default=0)
    revision, _ = store.insert_revision(
        db, uid, proposal.id, parents, generation, name, me.x25519, me.ed25519, stamp, message, text
    )
    return revision


def new_proposal(
    vault: OpenVault,
    title: str,
    text: str,
    message: str = "",
    dialogue_id: int | None = None,
    contact_id: int | None = None,
) -> Proposal:
    """A new draft proposal with its first revision."""
    title, text, message = _title(title), _body(text), _message(message)
    with translated(), vault.storage.db.transaction() as db:
        if dialogue_id is not None:
            rec.get(db, rec.DIALOGUES, dialogue_id)
        if contact_id is not None:
            contact_store.get_contact(db, contact_id)
        proposal = store.insert_proposal(db, title, dialogue_id, contact_id)
        first = _add_revision(vault, db, proposal, (), text, message or "First draft")
        proposal = store.update_proposal(db, proposal.id, head_uid=first.uid)
        _log(vault, db, "draft.created", proposal.uid, f"revision {first.uid[:12]}")
    return proposal


def edit(
    vault: OpenVault,
    proposal_id: int,
    text: str,
    message: str = "",
    forget_working_copy: bool = False,
) -> Revision:
    """A new revision on top of the head; refused when the text did not change. The editor
    that showed a working copy (:func:`keep_working_copy`) saves with ``forget_working_copy``:
    the copy is then gone with the same write."""
    text, message = _body(text), _message(message)
    with translated(), vault.storage.db.transaction() as db:
        proposal = store.get_proposal(db, proposal_id)
        head = _head(db, proposal)
        if head.body == text:
            raise InvalidInput("the text is the same as the current revision; nothing to save")
        revision = _add_revision(vault, db, proposal, (head.uid,), text, message)
        store.update_proposal(db, proposal_id, head_uid=revision.uid)
        if forget_working_copy:
            store.drop_working_copy(db, proposal_id)
        _log(vault, db, "draft.edited", proposal.uid, f"revision {revision.uid[:12]}")
    return revision


def keep_working_copy(vault: OpenVault, proposal_id: int, text: str) -> None:
    """Keep text typed into a proposal and not saved as a revision (the vault is locking), to
    be shown again after the next unlock. It stays in this vault: only revisions travel."""
    text = _body(text)
    with translated(), vault.storage.db.transaction() as db:
        proposal = store.get_proposal(db, proposal_id)
        store.set_working_copy(db, proposal_id, proposal.head_uid, text)


def working_copy(vault: OpenVault, proposal_id: int) -> WorkingCopy | None:
    """The text kept by :func:`keep_working_copy`, if any."""
    with translated():
        return store.get_working_copy(vault.storage.db, proposal_id)


def discard_working_copy(vault: OpenVault, proposal_id: int) -> None:
    with translated():
        store.drop_working_copy(vault.storage.db, proposal_id)


def _head(db: Database, proposal: Proposal) -> Revision:
    found = store.find_revision(db, proposal.head_uid) if proposal.head_uid else None
    if found is None:
        raise RecordNotFound("this proposal has no revision yet")
    return found


def set_status(vault: OpenVault, proposal_id: int, status: str) -> Proposal:
    status = _status(status)
    with translated(), vault.storage.db.transaction() as db:
        proposal = store.update_proposal(db, proposal_id, status=status)
        _log(vault, db, "draft.status", proposal.uid, status)
    return proposal


def set_co_drafter(vault: OpenVault, proposal_id: int, contact_id: int | None) -> Proposal:
    with translated(), vault.storage.db.transaction() as db:
        if contact_id is not None:
            contact_store.get_contact(db, contact_id)
        return store.update_proposal(db, proposal_id, contact_id=contact_id)


def get_proposal(vault: OpenVault, proposal_id: int) -> Proposal:
    with translated():
        return store.get_proposal(vault.storage.db, proposal_id)


def list_proposals(vault: OpenVault, limit: int = 200) -> list[Proposal]:
    with translated():
        return store.list_proposals(vault.storage.db, limit)


def head(vault: OpenVault, proposal_id: int) -> Revision:
    with translated():
        db = vault.storage.db
        return _head(db, store.get_proposal(db, proposal_id))


def history(vault: OpenVault, proposal_id: int) -> list[Revision]:
    """Every revision of the proposal, newest first (both sides of every merge included)."""
    with translated():
        db = vault.storage.db
        store.get_proposal(db, proposal_id)
        return list(reversed(store.list_revisions(db, proposal_id)))


def find_revision(vault: OpenVault, ref: str) -> Revision:
    """A revision named by its uid or a unique prefix of at least 4 hex digits."""
    with translated():
        found = store.revisions_by_prefix(vault.storage.db, ref.strip(), limit=2)
    if not found:
        raise RecordNotFound("no revision starts with '{ref}'", ref=ref.strip()[:64])
    if len(found) > 1:
        raise InvalidInput(
            "'{ref}' names more than one revision; give more digits", ref=ref.strip()
        )
    return found[0]


def compare(vault: OpenVault, old_ref: str, new_ref: str, unit: str = "line") -> list[diffs.Row]:
    """Side-by-side rows comparing two revisions (of any proposals)."""
    return diffs.side_by_side(
        find_revision(vault, old_ref).body, find_revision(vault, new_ref).body, unit
    )


@dataclass(frozen=True)
class DraftStatus:
    proposal: Proposal
    head: Revision | None
    incoming: Revision | None  # a diverged head from the co-drafter, waiting to be merged
    revisions: int
    open_conflicts: int  # conflicts a merge with ``incoming`` would show


# How many conflicts a merge of two revisions shows, by their ids, for each unlocked vault.
# An id is the hash of a revision's text and parents, so the count never changes: showing a
# proposal whose co-drafter diverged works the merge out once (40 ms for a 40-page paper
# rewritten in 200 places), not at every visit. Gone with the vault's storage when it locks.
_CONFLICT_COUNTS: weakref.WeakKeyDictionary[Vault, dict[tuple[str, str], int]] = (
    weakref.WeakKeyDictionary()
)


def status(vault: OpenVault, proposal_id: int) -> DraftStatus:
    with translated():
        db = vault.storage.db
        proposal = store.get_proposal(db, proposal_id)
        head_rev = store.find_revision(db, proposal.head_uid) if proposal.head_uid else None
        incoming = store.find_revision(db, proposal.incoming_uid) if proposal.incoming_uid else None
        count = len(store.revision_graph(db, proposal_id))
    conflicts = 0
    if incoming is not None:
        known = _CONFLICT_COUNTS.setdefault(vault.storage, {})
        pair = (head_rev.uid if head_rev else "", incoming.uid)
        if pair not in known:
            known[pair] = len(merges.unresolved(start_merge(vault, proposal_id).hunks))
        conflicts = known[pair]
    return DraftStatus(proposal, head_rev, incoming, count, conflicts)


# -- merging ---------------------------------------------------------------------------------


@dataclass
class MergeState:
    """A merge in progress: the hunks of ours (the local head) against theirs.

    Nothing is stored until :func:`commit_merge`, which refuses while a conflict is open.
    """

    proposal_id: int
    ours_uid: str
    theirs_uid: str
    base_uid: str | None
    hunks: list[Hunk] = field(default_factory=list)

    @property
    def conflicts(self) -> list[int]:
        """Indexes (into ``hunks``) of every conflict, resolved or not."""
        return merges.conflicts(self.hunks)

    @property
    def unresolved(self) -> list[int]:
        return merges.unresolved(self.hunks)

    def resolve(self, index: int, choice: Choice | str, text: str | None = None) -> None:
        """Resolve the conflict at ``hunks[index]``: ours, theirs, both, or custom text."""
        if not 0 <= index < len(self.hunks) or not self.hunks[index].is_conflict:
            raise InvalidInput("there is no conflict number {number}", number=index)
        try:
            chosen = Choice(choice) if isinstance(choice, str) else choice
        except ValueError:
            raise InvalidInput("resolve a conflict with ours, theirs, both or custom") from None
        if text is not None:
            text = _body(text)
        # The checks merges.resolve makes (it raises ValueError), said to the user here.
        if chosen is Choice.CUSTOM and text is None:
            raise InvalidInput("a custom resolution needs its text")
        if chosen is not Choice.CUSTOM and text is not None:
            raise InvalidInput("text is given only with a custom resolution")
        self.hunks[index] = merges.resolve(self.hunks[index], chosen, text)

    def text(self) -> str:
        if self.unresolved:
            raise ConflictsRemain(
                "{count} conflict(s) are not resolved yet; nothing was saved",
                count=len(self.unresolved),
            )
        return merges.merged_text(self.hunks)


def _start(db: Database, proposal: Proposal, theirs_uid: str) -> MergeState:
    ours = _head(db, proposal)
    theirs = store.find_revision(db, theirs_uid)
    if theirs is None or theirs.proposal_id != proposal.id:
        raise InvalidInput("that revision is not part of this proposal")
    graph = store.revision_graph(db, proposal.id)
    base_uid = merge_base(graph, ours.uid, theirs.uid)
    base = store.find_revision(db, base_uid) if base_uid else None
    hunks = merges.merge3(base.body if base else "", ours.body, theirs.body)
    return MergeState(proposal.id, ours.uid, theirs.uid, base_uid, hunks)


def start_merge(vault: OpenVault, proposal_id: int, theirs_ref: str | None = None) -> MergeState:
    """Prepare merging the incoming head (or the revision ``theirs_ref``) into ours."""
    with translated():
        db = vault.storage.db
        proposal = store.get_proposal(db, proposal_id)
        theirs_uid = find_revision(vault, theirs_ref).uid if theirs_ref else proposal.incoming_uid
        if not theirs_uid:
            raise InvalidInput("there is nothing to merge: no diverged revision is waiting")
        graph = store.revision_graph(db, proposal_id)
        if theirs_uid in ancestors(graph, proposal.head_uid or ""):
            raise InvalidInput("that revision is already part of the current one")
        return _start(db, proposal, theirs_uid)


def _commit(vault: OpenVault, db: Database, state: MergeState, message: str) -> Revision:
    proposal = store.get_proposal(db, state.proposal_id)
    if proposal.head_uid != state.ours_uid:
        raise InvalidInput("the proposal changed since this merge began; start the merge again")
    text = state.text()
    revision = _add_revision(
        vault, db, proposal, (state.ours_uid, state.theirs_uid), text, message or "Merge"
    )
    graph = store.revision_graph(db, proposal.id)
    incoming = proposal.incoming_uid
    if incoming and incoming in ancestors(graph, revision.uid):
        incoming = None
    store.update_proposal(db, proposal.id, head_uid=revision.uid, incoming_uid=incoming)
    _log(
        vault,
        db,
        "draft.merged",
        proposal.uid,
        f"revision {revision.uid[:12]}; {len(state.conflicts)} conflict(s) resolved",
    )
    return revision


def commit_merge(vault: OpenVault, state: MergeState, message: str = "") -> Revision:
    """Store the merge as a revision with two parents and make it the head."""
    message = _message(message)
    with translated(), vault.storage.db.transaction() as db:
        return _commit(vault, db, state, message)


# -- sending ---------------------------------------------------------------------------------


def _revision_json(revision: Revision) -> dict[str, object]:
    return {
        "uid": revision.uid,
        "parents": list(revision.parents),
        "author": {
            "name": revision.author_name,
            "x25519": revision.author_x25519.hex(),
            "ed25519": revision.author_ed25519.hex(),
        },
        "created_at": revision.created_at,
        "message": revision.message,
        "text": revision.body,
    }


_PAYLOAD_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


#: The payload is handed to the sealer in blocks of about this many characters.
PAYLOAD_BLOCK_CHARS = 64 * 1024


def payload(proposal: Proposal, head_uid: str, revisions: list[Revision]) -> bytes:
    return b"".join(payload_blocks(proposal, head_uid, revisions))


def payload_blocks(proposal: Proposal, head_uid: str, revisions: list[Revision]) -> list[bytes]:
    """The bytes of :func:`payload` in blocks of about :data:`PAYLOAD_BLOCK_CHARS` (a piece as
    long as a revision's text makes a longer one).

    The same bytes as json.dumps, a piece at a time: the one-shot encoder holds the GIL for the
    whole history (40 ms for 7 MB of text), so the Qt thread could not run meanwhile when a
    worker sends. And never one block of the whole: joining 7.9 MB into fresh memory held the
    GIL for its page faults too (tens of ms on the bench's machine)."""
    body = {
        "format": PAYLOAD_FORMAT,
        "v": PAYLOAD_VERSION,
        "proposal": {"uid": proposal.uid, "title": proposal.title, "status": proposal.status},
        "head": head_uid,
        "revisions": [_revision_json(r) for r in revisions],
    }
    blocks: list[bytes] = []
    pending: list[str] = []
    size = 0
    for piece in _PAYLOAD_ENCODER.iterencode(body):
        pending.append(piece)
        size += len(piece)
        if size >= PAYLOAD_BLOCK_CHARS:
            blocks.append("".join(pending).encode())
            pending, size = [], 0
    if pending:
        blocks.append("".join(pending).encode())
    return blocks


def send(
    vault: OpenVault,
    proposal_id: int,
    destination: Path,
    contact_id: int | None = None,
    full: bool = False,
) -> SharedPacket:
    """Seal the head and every ancestor the co-drafter lacks into one packet.

    ``full`` sends the whole history (when a packet was lost on the way). The contact becomes
    the proposal's co-drafter if it had none.
    """
    with translated():
        db = vault.storage.db
        proposal = store.get_proposal(db, proposal_id)
        contact_id = contact_id if contact_id is not None else proposal.contact_id
        if contact_id is None:
            raise InvalidInput("choose the co-drafter to send to (a contact)")
        contact = get_contact(vault, contact_id)
        head_rev = _head(db, proposal)
        graph = store.revision_graph(db, proposal_id)
        wanted = ancestors(graph, head_rev.uid)
        if not full:
            wanted -= store.known_to(db, contact_id, proposal_id)
        wanted.add(head_rev.uid)  # always: the packet names the head it brings
        chosen = sorted(wanted, key=lambda u: (graph[u][1], u))
        revisions = [r for r in (store.find_revision(db, u) for u in chosen) if r is not None]
    blocks = payload_blocks(proposal, head_rev.uid, revisions)
    size = sum(len(block) for block in blocks)
    if size > MAX_PAYLOAD_BYTES:
        raise InvalidInput("this history is too large for one packet (over 16 MiB of text)")
    shared = _seal_to_file(
        vault,
        Recipients((contact,), ()),
        destination,
        "revision",
        proposal.title,
        "",
        REVISIONS_MEDIA_TYPE,
        size,
        blocks,
        {"proposal_uid": proposal.uid, "revision": head_rev.uid},
        ("proposal", proposal.id),
        None,
        None,
    )
    with translated(), vault.storage.db.transaction() as db:
        # Optimistic: from now on the co-drafter is taken to hold these (docs/drafting.md).
        store.mark_known(db, contact_id, [r.uid for r in revisions])
        if proposal.contact_id is None:
            store.update_proposal(db, proposal_id, contact_id=contact_id)
    return shared


# -- receiving -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOutcome:
    """What importing a revision packet did."""

    proposal_id: int
    new_revisions: int
    result: str  # "created", "fast-forward", "merged", "conflicts", "up-to-date"
    conflicts: int  # open conflicts when result is "conflicts"


@dataclass(frozen=True)
class _IncomingRevision:
    uid: str
    parents: tuple[str, ...]
    author_name: str
    author: PublicIdentity
    created_at: str
    message: str
    text: str


def _bad(what: Message) -> InvalidInput:
    return InvalidInput("the draft revisions inside this packet are malformed ({what})", what=what)


def _s(value: object, limit: int, what: Message) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(what)
    return value


def _uid(value: object) -> str:
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise _bad(Message("revision uid"))
    return value


def _parse_revision(untrusted: object) -> _IncomingRevision:
    fields = {"uid", "parents", "author", "created_at", "message", "text"}
    if not isinstance(untrusted, dict) or set(untrusted) != fields:
        raise _bad(Message("revision fields"))
    parents = untrusted["parents"]
    if not isinstance(parents, list) or len(parents) > 2 or len(set(parents)) != len(parents):
        raise _bad(Message("parents"))
    author = untrusted["author"]
    if not isinstance(author, dict) or set(author) != {"name", "x25519", "ed25519"}:
        raise _bad(Message("author"))
    try:
        keys = PublicIdentity(
            bytes.fromhex(_s(author["x25519"], 64, Message("author key"))),
            bytes.fromhex(_s(author["ed25519"], 64, Message("author key"))),
        )
    except ValueError:
        raise _bad(Message("author key")) from None
    if len(keys.x25519) != 32 or len(keys.ed25519) != 32:
        raise _bad(Message("author key"))
    return _IncomingRevision(
        uid=_uid(untrusted["uid"]),
        parents=tuple(_uid(p) for p in parents),
        author_name=_s(author["name"], MAX_AUTHOR_NAME, Message("author name")),
        author=keys,
        created_at=_s(untrusted["created_at"], 40, Message("time")),
        message=_s(untrusted["message"], MAX_MESSAGE, Message("message")),
        text=_s(untrusted["text"], MAX_TEXT, Message("text")),
    )


def _parse_payload(
    untrusted: bytes,
) -> tuple[str, str, str, str, list[_IncomingRevision]]:
    if len(untrusted) > MAX_PAYLOAD_BYTES:
        raise _bad(Message("too large"))
    try:
        data = json.loads(untrusted.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise _bad(Message("not JSON")) from None
    if not isinstance(data, dict) or set(data) != {"format", "v", "proposal", "head", "revisions"}:
        raise _bad(Message("fields"))
    if data["format"] != PAYLOAD_FORMAT or data["v"] != PAYLOAD_VERSION:
        raise InvalidInput("these draft revisions use a format this Quietroom does not know")
    proposal = data["proposal"]
    if not isinstance(proposal, dict) or set(proposal) != {"uid", "title", "status"}:
        raise _bad(Message("proposal"))
    puid = _s(proposal["uid"], 64, Message("proposal uid"))
    if not _PROPOSAL_UID.fullmatch(puid):
        raise _bad(Message("proposal uid"))
    title = _s(proposal["title"], MAX_TITLE, Message("title"))
    status_ = _s(proposal["status"], 20, Message("status"))
    if status_ not in STATUSES:
        raise _bad(Message("status"))
    revisions = data["revisions"]
    if not isinstance(revisions, list) or not 1 <= len(revisions) <= MAX_REVISIONS_PER_PACKET:
        raise _bad(Message("revision count"))
    return puid, title, status_, _uid(data["head"]), [_parse_revision(r) for r in revisions]


def import_revisions(
    vault: OpenVault, db: Database, sender: Contact, untrusted: bytes
) -> ImportOutcome:
    """Store a revision packet's new revisions and move the head (inside the caller's
    transaction: any failure stores nothing)."""
    puid, title, status_, head_uid, incoming = _parse_payload(untrusted)
    me = vault.storage.identity()[1].public
    sender_keys = PublicIdentity(sender.x25519, sender.ed25519)
    proposal = store.find_proposal(db, puid)
    created = proposal is None
    if proposal is None:
        proposal = store.insert_proposal(
            db, clean_name(title) if title.strip() else "Untitled proposal", None, sender.id,
            status_, puid,
        )  # fmt: skip
    graph = store.revision_graph(db, proposal.id)
    new = 0
    for item in incoming:
        expected = revision_uid(
            puid, item.parents, item.author_name, item.author, item.created_at, item.message,
            item.text,
        )  # fmt: skip
        if expected != item.uid:
            raise InvalidInput("a draft revision in this packet does not match its uid (altered)")
        if item.uid in graph:
            continue
        if any(p not in graph for p in item.parents):
            raise InvalidInput(
                "this packet builds on revisions this vault does not have; ask the sender "
                "to send the whole history again (draft send --full)"
            )
        if item.author == me:
            raise InvalidInput("this packet holds a revision said to be yours that you never made")
        if (
            item.author != sender_keys
            and contact_store.find_contact_by_keys(db, item.author.x25519, item.author.ed25519)
            is None
        ):
            raise InvalidInput("this packet holds a revision by someone who is not a contact")
        generation = 1 + max((graph[p][1] for p in item.parents), default=0)
        store.insert_revision(
            db, item.uid, proposal.id, item.parents, generation, clean_name(item.author_name),
            item.author.x25519, item.author.ed25519, item.created_at, item.message, item.text,
        )  # fmt: skip
        graph[item.uid] = (item.parents, generation)
        new += 1
    if head_uid not in graph:
        raise _bad(Message("head"))
    theirs = ancestors(graph, head_uid)
    store.mark_known(db, sender.id, sorted(theirs))
    result, open_conflicts = _advance(vault, db, proposal, head_uid, graph, created)
    _log(vault, db, "draft.received", puid, f"{new} revision(s); {result}")
    return ImportOutcome(proposal.id, new, result, open_conflicts)


def _advance(
    vault: OpenVault, db: Database, proposal: Proposal, theirs: str, graph: Graph, created: bool
) -> tuple[str, int]:
    ours = proposal.head_uid
    if ours is None:
        store.update_proposal(db, proposal.id, head_uid=theirs)
        return ("created" if created else "fast-forward"), 0
    if theirs in ancestors(graph, ours):
        return "up-to-date", 0
    if ours in ancestors(graph, theirs):
        incoming = proposal.incoming_uid
        if incoming and incoming in ancestors(graph, theirs):
            incoming = None
        store.update_proposal(db, proposal.id, head_uid=theirs, incoming_uid=incoming)
        return "fast-forward", 0
    state = _start(db, proposal, theirs)
    if not state.unresolved:
        _commit(vault, db, state, f"Merged {_author(db, theirs)}'s revision automatically")
        return "merged", 0
    store.update_proposal(db, proposal.id, incoming_uid=theirs)
    return "conflicts", len(state.unresolved)


def _author(db: Database, uid: str) -> str:
    found = store.find_revision(db, uid)
    return found.author_name if found else "the co-drafter"
