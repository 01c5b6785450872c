"""Plain records as the storage layer hands them out. No behaviour, no I/O."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialogue:
    id: int
    uid: str
    title: str
    description: str
    goal: str
    status: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Session:
    id: int
    uid: str
    dialogue_id: int
    round_no: int
    title: str
    starts_on: str
    place: str
    mode: str
    summary: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Person:
    id: int
    uid: str
    name: str
    affiliation: str
    side: str
    track: str
    proximity: str
    contact: str
    attribution: str
    notes: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Note:
    id: int
    uid: str
    dialogue_id: int | None
    session_id: int | None
    title: str
    body: str
    kind: str
    attributable: bool
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class PersonChoice:
    """A person as a picker lists them: who, and on which side."""

    id: int
    name: str
    side: str


@dataclass(frozen=True)
class NoteSummary:
    """A row of the notes list: what it shows, without the body."""

    id: int
    title: str
    kind: str
    updated_at: str
    preview: str  # the body's first line, for a note without a title


@dataclass(frozen=True)
class Paper:
    id: int
    uid: str
    dialogue_id: int | None
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: bytes | None
    chunk_size: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class WorkingGroup:
    id: int
    uid: str
    dialogue_id: int | None
    name: str
    description: str
    member_ids: tuple[int, ...]
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    event: str
    subject: str
    detail: str
    mac: bytes


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note", "person" or "paper"
    id: int
    title: str
    snippet: str


@dataclass(frozen=True)
class Contact:
    """A person whose keys we hold. ``verified_at`` is empty until the user compared
    fingerprints and said so."""

    id: int
    uid: str
    person_id: int
    card_name: str
    x25519: bytes
    ed25519: bytes
    card: bytes
    verified_at: str | None
    created_at: str
    updated_at: str

    @property
    def verified(self) -> bool:
        return bool(self.verified_at)


@dataclass(frozen=True)
class PacketRecord:
    """One packet in the ledger: sealed by us ('out') or imported ('in')."""

    id: int
    packet_id: str
    direction: str
    kind: str
    contact_id: int | None
    item_kind: str
    item_id: int | None
    size: int
    sealed_at: str
    logged_at: str


@dataclass(frozen=True)
class WorkingCopy:
    """Text typed into a proposal on revision ``base_uid`` and not saved as a revision, kept
    when the vault locked."""

    proposal_id: int
    base_uid: str | None
    body: str
    saved_at: str


@dataclass(frozen=True)
class Proposal:
    """A draft proposal. ``head_uid`` is this vault's current revision (None before the first);
    ``incoming_uid`` a co-drafter's head that diverged and waits to be merged."""

    id: int
    uid: str
    dialogue_id: int | None
    title: str
    status: str
    contact_id: int | None  # the co-drafter
    head_uid: str | None
    incoming_uid: str | None
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Revision:
    """One immutable revision of a proposal: its uid is the hash of everything else."""

    id: int
    uid: str
    proposal_id: int
    parents: tuple[str, ...]  # 0 (first revision), 1, or 2 (a merge)
    generation: int  # 1 + the largest parent generation
    author_name: str
    author_x25519: bytes
    author_ed25519: bytes
    created_at: str
    message: str
    body: str
