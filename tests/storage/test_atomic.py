"""Claims of storage/atomic.py: a replaced file is either the old one or the new one, never a
mix; it is private to the user; no temporary file is left behind, whatever fails."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from storage import atomic
from storage.atomic import atomic_write_bytes
from storage.errors import DiskFull, StorageError

OLD = b"old contents " * 100
NEW = b"new contents, somewhat longer " * 1000


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "keyslots"
    path.write_bytes(OLD)
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_write_replaces_the_file_with_exactly_the_new_bytes(target: Path) -> None:
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert _listing(target.parent) == ["keyslots"]


def test_write_creates_a_missing_file(tmp_path: Path) -> None:
    atomic_write_bytes(tmp_path / "fresh", b"abc")
    assert (tmp_path / "fresh").read_bytes() == b"abc"
    assert _listing(tmp_path) == ["fresh"]


def test_written_file_is_mode_0600_even_over_a_world_readable_file_and_umask_0(
    target: Path,
) -> None:
    target.chmod(0o644)
    previous = os.umask(0)
    try:
        atomic_write_bytes(target, NEW)
    finally:
        os.umask(previous)
    assert target.stat().st_mode & 0o777 == 0o600


def test_short_writes_are_completed(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def dribble(fd: int, data: Any) -> int:
        return real_write(fd, bytes(data[:7]))

    monkeypatch.setattr(os, "write", dribble)
    atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == NEW


def _fail_write_half_way(monkeypatch: pytest.MonkeyPatch, error: int) -> None:
    real_write = os.write
    calls = {"n": 0}

    def write(fd: int, data: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "write", write)


def _fail(name: str, monkeypatch: pytest.MonkeyPatch, error: int = errno.EIO) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, name, boom)


FAILURES: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "write half-way": lambda mp: _fail_write_half_way(mp, errno.EIO),
    "fsync of the file": lambda mp: _fail("fsync", mp),
    "rename": lambda mp: _fail("replace", mp),
    "open of the temp file": lambda mp: _fail("open", mp),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_a_failure_before_the_rename_leaves_the_old_file_whole_and_no_temp_file(
    target: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    FAILURES[failure](monkeypatch)
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _listing(target.parent) == ["keyslots"]
    message = str(caught.value)
    assert "'keyslots'" in message
    assert "contents" not in message  # never the data


@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_first_write_leaves_no_file_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    FAILURES[failure](monkeypatch)
    with pytest.raises(StorageError):
        atomic_write_bytes(tmp_path / "fresh", NEW)
    monkeypatch.undo()
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("code", [errno.EIO, errno.ENOSPC])
def test_a_failure_after_the_rename_leaves_the_whole_new_file_and_says_so(
    target: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """If only the folder's fsync fails, the rename already happened: the new file is whole,
    and the error must not claim that nothing changed (a changed passphrase would then look
    unchanged to the user)."""
    real_fsync = os.fsync
    calls = {"n": 0}

    def fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the folder
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(StorageError) as caught:
        atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == NEW
    assert _listing(target.parent) == ["keyslots"]
    assert not isinstance(caught.value, DiskFull)
    assert "nothing was changed" not in str(caught.value)
    assert "'keyslots' was replaced" in str(caught.value)


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT, errno.EFBIG])
def test_a_full_disk_is_reported_as_disk_full_and_nothing_changes(
    target: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    _fail_write_half_way(monkeypatch, code)
    with pytest.raises(DiskFull, match="nothing was changed"):
        atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    assert target.read_bytes() == OLD
    assert _listing(target.parent) == ["keyslots"]


def test_the_data_is_fsynced_before_the_rename_and_the_folder_after(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace, real_fsync_dir = os.fsync, os.replace, atomic.fsync_dir

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        events.append("rename")
        assert Path(src).read_bytes() == NEW  # the temp file is complete before it is renamed
        real_replace(src, dst)

    def fsync_dir(folder: Path) -> None:
        events.append(f"fsync folder {folder.name}")
        real_fsync_dir(folder)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(atomic, "fsync_dir", fsync_dir)
    atomic_write_bytes(target, NEW)
    assert events == ["fsync", "rename", f"fsync folder {target.parent.name}", "fsync"]


def test_a_reader_never_sees_a_partial_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever moment a reader looks (here: between every step of the write), the file at
    the final path is the old contents or the new, never a prefix of either."""
    seen: list[bytes] = []
    real_write, real_fsync, real_replace = os.write, os.fsync, os.replace

    def look() -> None:
        seen.append(target.read_bytes())

    def write(fd: int, data: Any) -> int:
        look()
        return real_write(fd, bytes(data[:4096]))

    def fsync(fd: int) -> None:
        look()
        real_fsync(fd)

    def replace(src: Any, dst: Any) -> None:
        look()
        real_replace(src, dst)
        look()

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write_bytes(target, NEW)
    monkeypatch.undo()
    look()
    assert len(seen) > 5
    assert set(seen) == {OLD, NEW}
