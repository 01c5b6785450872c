"""Claims of app/papers.py: importing files into the vault, reading and exporting them."""

from __future__ import annotations

import errno
import hashlib
import os
from datetime import timedelta
from pathlib import Path

import pytest

from app import audit, papers, records, search
from app.errors import Cancelled, DiskFull, InvalidInput, RecordNotFound, VaultLocked
from app.vault import OpenVault, unlock
from storage import papers as store
from tests.conftest import PASSPHRASE

CHUNK = papers.READ_SIZE


def _content(size: int) -> bytes:
    """Deterministic bytes that differ chunk to chunk (a reordered chunk would show)."""
    block = hashlib.sha256(b"non-paper").digest()
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(block + counter.to_bytes(8, "big")).digest()
        counter += 1
    return bytes(out[:size])


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    return folder


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


# -- import ----------------------------------------------------------------------------------


def test_add_paper_stores_title_file_name_media_type_size_and_sha256(
    vault: OpenVault, sources: Path
) -> None:
    data = b"%PDF-1.7 single negotiating text, version 4\n" * 100
    source = _write(sources, "SNT draft v4.pdf", data)
    paper = papers.add_paper(vault, source)
    assert paper.title == "SNT draft v4"
    assert paper.file_name == "SNT draft v4.pdf"
    assert paper.media_type == "application/pdf"
    assert paper.size == len(data)
    assert paper.sha256 == hashlib.sha256(data).digest()
    assert papers.get_paper(vault, paper.id) == paper
    assert papers.list_papers(vault) == [paper]


def test_add_paper_leaves_the_source_file_untouched(vault: OpenVault, sources: Path) -> None:
    source = _write(sources, "memo.txt", b"keep me")
    papers.add_paper(vault, source)
    assert source.read_bytes() == b"keep me"


@pytest.mark.parametrize(
    ("file_name", "media_type"),
    [
        ("non-paper.pdf", "application/pdf"),
        ("summary.md", "text/markdown"),
        ("SUMMARY.MD", "text/markdown"),
        ("notes.txt", "text/plain"),
        ("blob.qrx-unknown", "application/octet-stream"),
        ("no-extension", "application/octet-stream"),
    ],
)
def test_add_paper_guesses_the_media_type_from_the_file_name(
    vault: OpenVault, sources: Path, file_name: str, media_type: str
) -> None:
    paper = papers.add_paper(vault, _write(sources, file_name, b"content"))
    assert paper.media_type == media_type


def test_add_paper_keeps_a_given_title_dialogue_and_media_type(
    vault: OpenVault, sources: Path
) -> None:
    dialogue = records.add_dialogue(vault, "Water sharing")
    paper = papers.add_paper(
        vault,
        _write(sources, "x.bin", b"data"),
        title="  Options paper  ",
        dialogue_id=dialogue.id,
        media_type="application/vnd.oasis.opendocument.text",
    )
    assert paper.title == "Options paper"
    assert paper.dialogue_id == dialogue.id
    assert paper.media_type == "application/vnd.oasis.opendocument.text"


def test_add_paper_to_an_unknown_dialogue_raises_record_not_found_and_stores_nothing(
    vault: OpenVault, sources: Path
) -> None:
    with pytest.raises(RecordNotFound):
        papers.add_paper(vault, _write(sources, "a.txt", b"a"), dialogue_id=999)
    assert papers.list_papers(vault) == []


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + CHUNK // 2]
)
def test_iter_paper_returns_exactly_the_imported_bytes(
    vault: OpenVault, sources: Path, size: int
) -> None:
    data = _content(size)
    paper = papers.add_paper(vault, _write(sources, "p.bin", data))
    assert paper.size == size
    assert b"".join(papers.iter_paper(vault, paper.id)) == data


def test_progress_reaches_the_total_and_never_goes_back(vault: OpenVault, sources: Path) -> None:
    data = _content(2 * CHUNK + 12_345)
    seen: list[tuple[int, int]] = []
    papers.add_paper(
        vault, _write(sources, "p.bin", data), progress=lambda d, t: seen.append((d, t))
    )
    assert seen, "progress was never reported"
    assert all(total == len(data) for _, total in seen)
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert done[-1] == len(data)


def test_cancelling_mid_import_raises_cancelled_and_keeps_nothing(
    vault: OpenVault, sources: Path
) -> None:
    data = _content(3 * CHUNK)
    marker = "MARKERCANCELLED"
    calls = 0

    def is_cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 2  # after the first chunk was read and stored

    audit_before = len(audit.entries(vault))
    with pytest.raises(Cancelled):
        papers.add_paper(
            vault, _write(sources, "big.pdf", data), title=marker, is_cancelled=is_cancelled
        )
    assert calls == 2
    assert papers.list_papers(vault) == []
    assert search.search(vault, marker) == []
    assert len(audit.entries(vault)) == audit_before
    # The vault is still usable and the next import is whole.
    paper = papers.add_paper(vault, _write(sources, "next.pdf", b"next"))
    assert papers.list_papers(vault) == [paper]


def test_an_import_cut_short_by_a_lock_stays_hidden_and_a_later_unlock_removes_it(
    vault: OpenVault, sources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vault locks (the idle lock) while a large paper goes in: nothing of it is shown after
    the next unlock, and once it has been left long enough (not another process's import still
    running) an unlock removes its rows."""
    marker = "MARKERLOCKED"
    folder = vault.folder
    calls = 0

    def lock_after_two_batches() -> bool:
        nonlocal calls
        calls += 1
        if calls == 2 * store.BATCH_BYTES // CHUNK + 1:
            vault.lock()
        return False

    with pytest.raises(VaultLocked):
        papers.add_paper(
            vault,
            _write(sources, "long.pdf", _content(3 * store.BATCH_BYTES)),
            title=marker,
            is_cancelled=lock_after_two_batches,
        )
    again = unlock(folder, PASSPHRASE)
    assert papers.list_papers(again) == [] and search.search(again, marker) == []
    left = again.storage.db.query("SELECT count(*) FROM paper_chunks")
    assert left == [(2 * store.BATCH_BYTES // CHUNK,)]  # hidden, kept for now
    again.lock()
    monkeypatch.setattr(store, "ABANDONED_AFTER", timedelta(seconds=-1))
    third = unlock(folder, PASSPHRASE)
    assert third.storage.db.query("SELECT count(*) FROM papers") == [(0,)]
    assert third.storage.db.query("SELECT count(*) FROM paper_chunks") == [(0,)]
    third.lock()


def test_cancelled_paper_number_is_not_readable(vault: OpenVault, sources: Path) -> None:
    with pytest.raises(Cancelled):
        papers.add_paper(
            vault, _write(sources, "a.bin", _content(2 * CHUNK)), is_cancelled=lambda: True
        )
    with pytest.raises(RecordNotFound):
        papers.get_paper(vault, 1)


def test_add_paper_of_a_missing_file_raises_invalid_input(vault: OpenVault, sources: Path) -> None:
    with pytest.raises(InvalidInput, match=r"gone\.pdf"):
        papers.add_paper(vault, sources / "gone.pdf")
    assert papers.list_papers(vault) == []


def test_add_paper_of_a_folder_raises_invalid_input(vault: OpenVault, sources: Path) -> None:
    with pytest.raises(InvalidInput):
        papers.add_paper(vault, sources)


def test_add_paper_records_an_audit_entry_without_the_title(
    vault: OpenVault, sources: Path
) -> None:
    paper = papers.add_paper(vault, _write(sources, "a.txt", b"abc"), title="MARKER-TITLE-77aa")
    entry = audit.entries(vault)[-1]
    assert (entry.event, entry.subject) == ("paper.imported", paper.uid)
    assert "MARKER-TITLE-77aa" not in entry.detail + entry.subject
    assert "a.txt" not in entry.detail + entry.subject


# -- export ----------------------------------------------------------------------------------


def test_export_paper_writes_an_identical_file(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    data = _content(CHUNK + 999)
    paper = papers.add_paper(vault, _write(sources, "text.pdf", data))
    seen: list[int] = []
    written = papers.export_paper(
        vault, paper.id, exports / "copy.pdf", progress=lambda d, t: seen.append(d)
    )
    assert written == exports / "copy.pdf"
    assert written.read_bytes() == data
    assert seen[-1] == len(data)
    assert sorted(p.name for p in exports.iterdir()) == ["copy.pdf"]


def test_export_paper_into_a_directory_uses_the_papers_file_name(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    paper = papers.add_paper(vault, _write(sources, "Options for Round 3.md", b"# Options\n"))
    written = papers.export_paper(vault, paper.id, exports)
    assert written == exports / "Options for Round 3.md"
    assert written.read_bytes() == b"# Options\n"


def test_export_paper_refuses_to_overwrite_an_existing_file(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    paper = papers.add_paper(vault, _write(sources, "a.txt", b"from the vault"))
    existing = _write(exports, "a.txt", b"someone else's file")
    audit_before = len(audit.entries(vault))
    with pytest.raises(InvalidInput, match="already exists"):
        papers.export_paper(vault, paper.id, existing)
    with pytest.raises(InvalidInput, match="already exists"):
        papers.export_paper(vault, paper.id, exports)  # directory: same file name
    assert existing.read_bytes() == b"someone else's file"
    assert [p.name for p in exports.iterdir()] == ["a.txt"]
    assert len(audit.entries(vault)) == audit_before


def test_export_paper_never_overwrites_a_file_that_appears_during_the_export(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    """The refusal must hold at the moment the copy takes its final name, not only before."""
    paper = papers.add_paper(vault, _write(sources, "a.txt", b"from the vault"))
    destination = exports / "a.txt"

    def another_program_saves_a_file(done: int, total: int) -> None:
        if not destination.exists():
            destination.write_bytes(b"saved meanwhile by another program")

    with pytest.raises(InvalidInput, match="already exists"):
        papers.export_paper(vault, paper.id, destination, progress=another_program_saves_a_file)
    assert destination.read_bytes() == b"saved meanwhile by another program"
    assert [p.name for p in exports.iterdir()] == ["a.txt"]


def test_export_into_a_missing_folder_raises_invalid_input_and_leaves_no_part_file(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    paper = papers.add_paper(vault, _write(sources, "a.txt", b"abc"))
    audit_before = len(audit.entries(vault))
    with pytest.raises(InvalidInput, match="cannot write"):
        papers.export_paper(vault, paper.id, exports / "missing" / "a.txt")
    assert list(exports.iterdir()) == []
    assert len(audit.entries(vault)) == audit_before


def test_export_interrupted_by_a_lock_leaves_neither_the_file_nor_a_part_file(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    paper = papers.add_paper(vault, _write(sources, "big.bin", _content(3 * CHUNK)))

    def lock_after_first_chunk(done: int, total: int) -> None:
        vault.lock()

    with pytest.raises(VaultLocked):
        papers.export_paper(vault, paper.id, exports / "big.bin", progress=lock_after_first_chunk)
    assert list(exports.iterdir()) == []


@pytest.mark.parametrize(
    ("errno_value", "error"), [(errno.ENOSPC, DiskFull), (errno.EIO, InvalidInput)]
)
def test_export_failing_after_the_part_file_was_written_removes_it(
    vault: OpenVault,
    sources: Path,
    exports: Path,
    monkeypatch: pytest.MonkeyPatch,
    errno_value: int,
    error: type[Exception],
) -> None:
    paper = papers.add_paper(vault, _write(sources, "a.txt", _content(CHUNK + 1)))
    part_files: list[str] = []

    def failing_fsync(fd: int) -> None:
        part_files.extend(p.name for p in exports.iterdir())
        raise OSError(errno_value, os.strerror(errno_value))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(error):
        papers.export_paper(vault, paper.id, exports / "a.txt")
    monkeypatch.undo()
    assert len(part_files) == 1 and part_files[0].endswith(".part")  # it did exist
    assert list(exports.iterdir()) == []


def test_export_paper_adds_a_paper_exported_audit_entry(
    vault: OpenVault, sources: Path, exports: Path
) -> None:
    paper = papers.add_paper(vault, _write(sources, "a.txt", b"abc"))
    papers.export_paper(vault, paper.id, exports / "out.txt")
    entry = audit.entries(vault)[-1]
    assert (entry.event, entry.subject) == ("paper.exported", paper.uid)
    assert "out.txt" not in entry.detail
    assert audit.verify(vault).ok


def test_export_of_an_unknown_paper_raises_record_not_found_and_writes_nothing(
    vault: OpenVault, exports: Path
) -> None:
    with pytest.raises(RecordNotFound):
        papers.export_paper(vault, 42, exports / "x")
    assert list(exports.iterdir()) == []


def test_export_into_a_directory_never_follows_folders_in_a_stored_file_name(
    vault, tmp_path: Path
) -> None:
    """A file name that came from a packet could name folders; the copy stays in the folder."""
    from app.papers import add_paper_bytes

    paper = add_paper_bytes(vault, b"annex", "../../escape.txt", "Annex")
    out = tmp_path / "out"
    out.mkdir()
    written = papers.export_paper(vault, paper.id, out)
    assert written.parent == out and written.name == "escape.txt"
    assert written.read_bytes() == b"annex"
