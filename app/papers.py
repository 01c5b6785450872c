"""Papers: files kept inside the vault in chunks, imported and read with bounded memory.

Taking a copy out of the vault is an explicit act (:func:`export_paper`): the CLI and the UI
say so before they call it.
"""

from __future__ import annotations

import mimetypes
import os
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from app.errors import Cancelled, DiskFull, InvalidInput, translated
from app.vault import OpenVault
from crypto.errors import os_reason
from storage import audit
from storage import papers as store
from storage import records as rec
from storage.db import Database
from storage.models import Paper

__all__ = ["Paper", "add_paper", "export_paper", "get_paper", "iter_paper", "list_papers"]

READ_SIZE = store.CHUNK_SIZE
MAX_PAPER_BYTES = 4 * 1024 * 1024 * 1024

#: progress(done_bytes, total_bytes)
Progress = Callable[[int, int], None]
#: is_cancelled() -> True to stop; whatever was stored is rolled back
IsCancelled = Callable[[], bool]


def safe_file_name(untrusted: str) -> str:
    """A file name safe to save under and to put in a manifest: no folders, no control or
    format characters, not hidden, not ``..``. Empty when nothing usable is left."""
    base = untrusted.replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(ch for ch in base if unicodedata.category(ch) not in ("Cc", "Cf"))
    return kept.strip().lstrip(".").strip()[:255]


def guess_media_type(file_name: str) -> str:
    guessed, _ = mimetypes.guess_type(file_name, strict=False)
    if file_name.lower().endswith(".md"):
        return "text/markdown"
    return guessed or "application/octet-stream"


def add_paper(
    vault: OpenVault,
    source: Path,
    title: str = "",
    dialogue_id: int | None = None,
    media_type: str = "",
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Paper:
    """Import a file into the vault. The file itself is left where it is, untouched."""
    try:
        total = source.stat().st_size
        handle = source.open("rb")
    except OSError as exc:
        raise InvalidInput(
            "cannot read '{name}': {reason}", name=source.name, reason=os_reason(exc)
        ) from None
    if total > MAX_PAPER_BYTES:
        handle.close()
        raise InvalidInput("papers larger than 4 GiB are not supported")
    title = (title or source.stem).strip()
    media_type = media_type or guess_media_type(source.name)

    def chunks() -> Iterator[bytes]:
        while True:
            if is_cancelled and is_cancelled():
                raise Cancelled("the import was cancelled; nothing was stored")
            block = handle.read(READ_SIZE)
            if not block:
                return
            yield block

    def report(done: int) -> None:
        if progress:
            progress(done, total)

    with handle:
        return _store(vault, title, source.name, media_type, dialogue_id, chunks(), report)


def _store(
    vault: OpenVault,
    title: str,
    file_name: str,
    media_type: str,
    dialogue_id: int | None,
    chunks: Iterable[bytes],
    report: Callable[[int], None] | None = None,
) -> Paper:
    """Store the paper in batches (see :func:`storage.papers.store`): the window's writes
    wait for one batch at most while a large paper goes in."""

    def finish(db: Database, paper: Paper) -> None:
        audit.append(
            db,
            vault.storage.audit_key,
            "paper.imported",
            subject=paper.uid,
            detail=f"{paper.size} bytes",
        )

    db = vault.storage.db
    with translated():
        if dialogue_id is not None:
            rec.get(db, rec.DIALOGUES, dialogue_id)
        return store.store(
            db, title, file_name, media_type, dialogue_id, chunks, report, finish=finish
        )


def get_paper(vault: OpenVault, paper_id: int) -> Paper:
    with translated():
        return store.get(vault.storage.db, paper_id)


def list_papers(vault: OpenVault, limit: int = 200, offset: int = 0) -> list[Paper]:
    with translated():
        return store.list_papers(vault.storage.db, limit, offset)


def iter_paper(vault: OpenVault, paper_id: int) -> Iterator[bytes]:
    """The paper's bytes, chunk by chunk, checked against the SHA-256 taken at import."""
    with translated():
        yield from store.read_chunks(vault.storage.db, paper_id)


def export_paper(
    vault: OpenVault, paper_id: int, destination: Path, progress: Progress | None = None
) -> Path:
    """Write a readable copy of a paper outside the vault (explicit, audited, atomic).

    The copy appears under its final name only once it is complete and checked.
    """
    paper = get_paper(vault, paper_id)
    if destination.is_dir():
        destination = destination / (safe_file_name(paper.file_name) or f"paper-{paper.id}")
    if destination.exists():
        raise InvalidInput("'{name}' already exists; choose another name", name=destination.name)
    tmp = destination.parent / f".{destination.name}.{secrets.token_hex(4)}.part"
    done = 0
    try:
        with tmp.open("xb") as out:
            for block in iter_paper(vault, paper_id):
                out.write(block)
                done += len(block)
                if progress:
                    progress(done, paper.size)
            out.flush()
            os.fsync(out.fileno())
        # link() refuses to replace a file that appeared meanwhile, unlike rename().
        os.link(tmp, destination)
        tmp.unlink()
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        raise InvalidInput(
            "'{name}' already exists; choose another name", name=destination.name
        ) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise DiskFull("not enough space for the copy; nothing was written") from None
        raise InvalidInput(
            "cannot write '{name}': {reason}", name=destination.name, reason=os_reason(exc)
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with translated():
        audit.append(vault.storage.db, vault.storage.audit_key, "paper.exported", paper.uid)
    return destination


#: Papers up to this size can be opened in the app's viewer (held in memory, never in a file).
VIEW_LIMIT = 256 * 1024 * 1024


def read_for_viewing(
    vault: OpenVault,
    paper_id: int,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> bytes:
    """The paper's bytes in memory, for the viewer: no temporary file is ever written."""
    return b"".join(iter_for_viewing(vault, paper_id, progress, is_cancelled))


def iter_for_viewing(
    vault: OpenVault,
    paper_id: int,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> Iterator[bytes]:
    """The paper's bytes chunk by chunk, for the viewer (a text is laid into its document as
    it comes, never held whole as bytes too); refused over :data:`VIEW_LIMIT`. The last chunk
    is checked against the paper's checksum (:func:`iter_paper`)."""
    paper = get_paper(vault, paper_id)
    if paper.size > VIEW_LIMIT:
        raise InvalidInput(
            "this paper is too large to view inside Quietroom (over "
            "{limit} MiB); save a copy outside the vault to read it",
            limit=VIEW_LIMIT // (1024 * 1024),
        )
    done = 0
    for block in iter_paper(vault, paper_id):
        if is_cancelled and is_cancelled():
            raise Cancelled("opening the paper was cancelled")
        done += len(block)
        if progress:
            progress(done, paper.size)
        yield block


def add_paper_bytes(
    vault: OpenVault,
    data: bytes,
    file_name: str,
    title: str = "",
    dialogue_id: int | None = None,
    media_type: str = "",
) -> Paper:
    """Store a small paper held in memory (written by the app itself, e.g. the demo)."""
    title = (title or Path(file_name).stem).strip()
    media_type = media_type or guess_media_type(file_name)
    return _store(vault, title, file_name, media_type, dialogue_id, [data])
