"""Keep-until dates: a record (dialogue, round, person, note, paper) can be given the last day
it may be kept; after that day it is purged with secure delete at the next unlock, or when
:func:`purge_expired` is called (``quietroom retention purge``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from app.errors import AppError, DeletionUnfinished, InvalidInput, RecordNotFound, translated
from app.vault import OpenVault, Progress
from storage import audit
from storage import ledger as ledger_store
from storage import papers as paper_store
from storage import retention as store
from storage.db import Database
from storage.errors import NotFound as StorageNotFound

KINDS = tuple(store.TABLES)
"""Kinds of record that can carry a keep-until date."""
DELETABLE_KINDS = tuple(store.DELETABLE)
"""Kinds of record :func:`delete_now` deletes: those of ``KINDS``, working groups, proposals."""

__all__ = [
    "DELETABLE_KINDS",
    "KINDS",
    "Kept",
    "PurgeReport",
    "delete_now",
    "keep_until",
    "list_kept",
    "purge_expired",
    "save_with_keep_until",
    "set_keep_until",
]

Kept = store.Kept


@dataclass(frozen=True)
class PurgeReport:
    purged: tuple[Kept, ...]

    @property
    def count(self) -> int:
        return len(self.purged)


def _kind(kind: str) -> str:
    if kind not in store.TABLES:
        raise InvalidInput("keep-until dates apply to: {kinds}", kinds=", ".join(KINDS))
    return kind


def _day(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError):
        raise InvalidInput("a keep-until date is written YYYY-MM-DD") from None


def set_keep_until(vault: OpenVault, kind: str, record_id: int, keep_until: str | None) -> None:
    """Give a record its keep-until date (``None`` keeps it indefinitely again)."""
    kind = _kind(kind)
    day = _day(keep_until) if keep_until is not None else None
    with translated(), vault.storage.db.transaction() as db:
        uid = store.uid_of(db, kind, record_id)
        if uid is None:
            raise RecordNotFound("no {kind} {record_id}", kind=kind, record_id=record_id)
        store.set_keep_until(db, kind, record_id, day)
        audit.append(
            db,
            vault.storage.audit_key,
            "retention.set" if day else "retention.cleared",
            subject=uid,
            detail=day or "",
        )


class _Record(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Record)


def save_with_keep_until(
    vault: OpenVault, kind: str, save: Callable[[], R], keep_until: str | None
) -> R:
    """Write a record with ``save`` (an add or edit of :mod:`app.records`, or nothing: a
    function that returns the record) and give it ``keep_until`` in the same transaction, so
    both are written or neither (a form saved with a date it refuses creates no record). The
    date is written, and audited, only when it differs from the record's."""
    kind = _kind(kind)
    day = _day(keep_until) if keep_until is not None else None
    with translated(), vault.storage.db.transaction() as db:
        record = save()
        if store.get_keep_until(db, kind, record.id) != day:
            set_keep_until(vault, kind, record.id, day)
    return record


def keep_until(vault: OpenVault, kind: str, record_id: int) -> str | None:
    with translated():
        return store.get_keep_until(vault.storage.db, _kind(kind), record_id)


def list_kept(vault: OpenVault) -> list[Kept]:
    with translated():
        return store.list_kept(vault.storage.db)


def delete_now(
    vault: OpenVault, kind: str, record_id: int, progress: Progress | None = None
) -> None:
    """Delete a record now, as a purge does: with secure delete, logged by uid (never by
    title), then the WAL emptied so the deleted pages leave it too. A dialogue takes its
    rounds and their notes with it (its papers stay, unlinked); a round its notes; a person
    their attendance, group memberships, code name and contact card; a working group its
    memberships; a draft proposal every revision of it.

    A record goes in one transaction; a paper leaves every list in one, then its content is
    overwritten a few MiB per transaction (``progress(rows, of rows)``), so that a 1 GiB
    paper does not keep other changes waiting; a deletion cut short is finished at the next
    unlock.

    A working group that is the only one some paper may be shared with is refused: deleting
    it would lift that paper's restriction (need-to-know), so the paper's groups are changed
    first."""
    if kind not in store.DELETABLE:
        raise InvalidInput("what can be deleted: {kinds}", kinds=", ".join(DELETABLE_KINDS))
    with translated():
        db = vault.storage.db
        with db.transaction():
            uid = store.uid_of(db, kind, record_id)
            if uid is None or (kind == "paper" and not _is_visible_paper(db, record_id)):
                raise RecordNotFound("no {kind} {record_id}", kind=kind, record_id=record_id)
            if kind == "group":
                _refuse_if_only_compartment(db, record_id)
            _purge(db, Kept(kind, record_id, ""))
            audit.append(db, vault.storage.audit_key, "record.deleted", subject=uid, detail=kind)
        if kind == "paper":
            _overwrite_content(db, record_id, progress)
        store.checkpoint(db)


def _overwrite_content(db: Database, paper_id: int, progress: Progress | None) -> None:
    try:
        with translated():
            paper_store.remove_hidden(db, paper_id, progress)
    except AppError as exc:
        raise DeletionUnfinished(
            "the paper was deleted from every list, but overwriting its content stopped "
            "({reason}); it is finished the next time the vault is unlocked",
            reason=exc.message,
        ) from None


def _is_visible_paper(db: Database, paper_id: int) -> bool:
    try:
        paper_store.get(db, paper_id)
    except StorageNotFound:
        return False  # being imported, or being deleted
    return True


def _purge(db: Database, kept: Kept) -> None:
    """Delete a record in the caller's transaction; a paper is hidden, its content left for
    :func:`storage.papers.remove_hidden` after the commit."""
    if kept.kind == "paper":
        paper_store.hide_for_deletion(db, kept.record_id)
    else:
        store.purge(db, kept)


def _refuse_if_only_compartment(db: Database, group_id: int) -> None:
    papers = ledger_store.papers_restricted_to_only(db, group_id)
    if papers:
        raise InvalidInput(
            "papers that may be shared only with this working group: {count}. Deleting it "
            "would let them be shared with anyone; restrict them to another group, or lift "
            "their restriction, first",
            count=papers,
        )


def purge_expired(vault: OpenVault, today: date | None = None) -> PurgeReport:
    """Purge every record whose keep-until day is before ``today``, each logged by uid (never
    by title): all in one transaction, except the content of papers, then overwritten a few
    MiB per transaction (as :func:`delete_now` does); then the WAL is emptied."""
    day = (today or date.today()).isoformat()
    with translated():
        db = vault.storage.db
        with db.transaction():
            due = store.expired(db, day)
            for kept in due:
                uid = store.uid_of(db, kept.kind, kept.record_id)
                _purge(db, kept)
                if uid is not None:
                    audit.append(
                        db,
                        vault.storage.audit_key,
                        "retention.purged",
                        subject=uid,
                        detail=f"{kept.kind}; kept until {kept.keep_until}",
                    )
        for kept in due:
            if kept.kind == "paper":
                paper_store.remove_hidden(db, kept.record_id)
        if due:
            store.checkpoint(db)
    return PurgeReport(tuple(due))
