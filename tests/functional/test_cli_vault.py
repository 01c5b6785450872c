"""End-to-end runs of the real ``quietroom`` command on real vaults, as a user would run it.

Each claim of the vault-foundation issue has a test here. The CLI runs as a subprocess with
HOME, the XDG folders and TMPDIR pointed into tmp_path, so every file it could write is seen.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import vault as app_vault
from tests.conftest import FAST_KDF, OTHER_PASSPHRASE, PASSPHRASE

MARKER_NOTE = "MARKER-NOTE-7f3a91 the ceasefire line"
MARKER_PERSON = "MARKER-PERSON-c21e0b Farida"
MARKER_PAPER = b"MARKER-PAPER-9d44e2 draft non-paper on water sharing\n" * 50


def _env(home: Path, passphrase: str | None = PASSPHRASE) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETROOM_")}
    for name in (
        "HOME",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
        "TMPDIR",
    ):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    if passphrase is not None:
        env["QUIETROOM_PASSPHRASE"] = passphrase
    return env


def quietroom(
    *args: str, env: dict[str, str], stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin.decode(),
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd or Path(__file__).resolve().parents[2],
    )


def digest_tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def filled(tmp_path: Path, home: Path) -> Path:
    """A fast-KDF vault filled through the CLI: a dialogue, a round, a person, a note, a paper."""
    folder = tmp_path / "vault"
    app_vault.create_vault(folder, PASSPHRASE, "Facilitator", FAST_KDF).vault.lock()
    env = _env(home)
    v = ("--vault", str(folder))
    assert (
        quietroom(
            *v,
            "dialogue",
            "add",
            "--stdin",
            env=env,
            stdin=b'{"title": "Upper valley water dialogue"}',
        ).returncode
        == 0
    )
    person = json.dumps({"name": MARKER_PERSON, "side": "Side 1", "track": "2"}).encode()
    assert quietroom(*v, "person", "add", "--stdin", env=env, stdin=person).returncode == 0
    assert (
        quietroom(
            *v,
            "session",
            "add",
            "--dialogue",
            "1",
            "--date",
            "2026-03-02",
            "--person",
            "1",
            env=env,
        ).returncode
        == 0
    )
    assert (
        quietroom(
            *v, "note", "add", "--session", "1", env=env, stdin=MARKER_NOTE.encode()
        ).returncode
        == 0
    )
    paper = tmp_path / "outside" / "non-paper.txt"
    paper.parent.mkdir()
    paper.write_bytes(MARKER_PAPER)
    result = quietroom(*v, "paper", "add", str(paper), env=env)
    assert result.returncode == 0, result.stderr
    paper.unlink()  # the user's own copy is theirs to delete; the vault must not leave one
    return folder


def test_init_with_production_defaults_then_use_the_vault(tmp_path: Path, home: Path) -> None:
    folder = tmp_path / "vault"
    env = _env(home)
    result = quietroom("--vault", str(folder), "--json", "init", "--name", "Amira", env=env)
    assert result.returncode == 0, result.stderr
    created = json.loads(result.stdout)
    assert len(created["fingerprint"]) == 12
    assert all(len(g) == 5 and g.isdigit() for g in created["fingerprint"])
    # The key-slot file records the production Argon2id cost: >= 256 MiB and >= 3 passes.
    from storage import keyslots

    params = keyslots.read(folder).params
    assert params.memlimit >= 256 * 1024 * 1024 and params.opslimit >= 3
    who = quietroom("--vault", str(folder), "--json", "whoami", env=env)
    assert json.loads(who.stdout)["fingerprint"] == created["fingerprint"]
    rec = _env(home, created["recovery_key"])
    listed = quietroom("--vault", str(folder), "--recovery-key", "dialogue", "list", env=rec)
    assert listed.returncode == 0, listed.stderr


def test_cli_filled_vault_holds_no_plaintext_anywhere_on_disk(
    filled: Path, home: Path, tmp_path: Path
) -> None:
    env = _env(home)
    found = quietroom("--vault", str(filled), "search", "ceasefire", env=env)
    assert "ceasefire" in found.stdout
    for needle in (b"MARKER-NOTE-7f3a91", b"MARKER-PERSON-c21e0b", b"MARKER-PAPER-9d44e2"):
        assert files_containing(filled, needle) == [], needle
        assert files_containing(home, needle) == [], needle  # HOME, XDG folders, TMPDIR
        assert files_containing(tmp_path, needle) == [], needle
    names = sorted(p.name for p in filled.iterdir())
    assert set(names) <= {"keyslots", "vault.db", "vault.db-wal", "vault.db-shm", "decoy.db"}


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(filled: Path, home: Path) -> None:
    before = digest_tree(filled)
    result = quietroom(
        "--vault", str(filled), "note", "list", env=_env(home, "not the right words at all 55")
    )
    assert result.returncode == 3
    assert "passphrase does not open the vault" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert digest_tree(filled) == before


def test_recovery_key_opens_and_passphrase_change_keeps_data_and_database_bytes(
    tmp_path: Path, home: Path
) -> None:
    folder = tmp_path / "vault"
    created = app_vault.create_vault(folder, PASSPHRASE, "Facilitator", FAST_KDF)
    created.vault.lock()
    env = _env(home)
    quietroom("--vault", str(folder), "note", "add", env=env, stdin=b"agreed: a joint survey")
    db_before = (folder / "vault.db").read_bytes()
    db_stat = (folder / "vault.db").stat()

    env_new = {**env, "NEW_PASS": OTHER_PASSPHRASE}
    changed = quietroom(
        "--vault", str(folder), "passwd", "--new-passphrase-env", "NEW_PASS", env=env_new
    )
    assert changed.returncode == 0, changed.stderr
    assert (folder / "vault.db").read_bytes() == db_before
    assert (folder / "vault.db").stat().st_mtime_ns == db_stat.st_mtime_ns
    assert (folder / "vault.db").stat().st_ino == db_stat.st_ino

    old = quietroom("--vault", str(folder), "note", "list", env=env)
    assert old.returncode == 3
    new = quietroom(
        "--vault", str(folder), "--json", "note", "list", env=_env(home, OTHER_PASSPHRASE)
    )
    assert new.returncode == 0
    assert [n["body"] for n in json.loads(new.stdout)] == ["agreed: a joint survey"]

    by_recovery = quietroom(
        "--vault",
        str(folder),
        "--recovery-key",
        "--json",
        "note",
        "list",
        env=_env(home, created.recovery_key.lower().replace("-", " ")),
    )
    assert by_recovery.returncode == 0, by_recovery.stderr
    assert json.loads(by_recovery.stdout)[0]["body"] == "agreed: a joint survey"


@pytest.mark.parametrize("where", [3, 40, 200, 400, 700, -40, -1])
def test_flipped_byte_in_keyslots_names_the_damaged_file(
    filled: Path, home: Path, where: int
) -> None:
    path = filled / "keyslots"
    data = bytearray(path.read_bytes())
    data[where] ^= 0x01
    path.write_bytes(bytes(data))
    result = quietroom("--vault", str(filled), "note", "list", env=_env(home))
    assert result.returncode == 4
    assert "'keyslots' is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def _flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x20]))


def test_flipped_byte_in_vault_db_header_page_names_the_damaged_file(
    filled: Path, home: Path
) -> None:
    _flip(filled / "vault.db", 1000)
    result = quietroom("--vault", str(filled), "note", "list", env=_env(home))
    assert result.returncode == 4
    assert "'vault.db' is damaged" in result.stderr
    assert "Traceback" not in result.stderr


def test_flipped_byte_anywhere_in_vault_db_is_caught_never_silent(filled: Path, home: Path) -> None:
    env = _env(home)
    expected = quietroom("--vault", str(filled), "--json", "note", "list", env=env).stdout
    size = (filled / "vault.db").stat().st_size
    pages = size // 4096
    assert pages > 5
    pristine = (filled / "vault.db").read_bytes()
    for page in range(pages):
        (filled / "vault.db").write_bytes(pristine)
        _flip(filled / "vault.db", page * 4096 + 2049)
        listed = quietroom("--vault", str(filled), "--json", "note", "list", env=env)
        assert "Traceback" not in listed.stderr
        if listed.returncode == 0:
            assert listed.stdout == expected  # what is read is authentic or not read at all
        else:
            assert listed.returncode == 4 and "'vault.db' is damaged" in listed.stderr
        checked = quietroom("--vault", str(filled), "check", env=env)
        assert checked.returncode == 4, f"page {page}: {checked.stdout}"
        assert "'vault.db' is damaged" in checked.stderr
        assert "Traceback" not in checked.stderr


def test_audit_verify_passes_then_fails_when_one_row_is_altered(filled: Path, home: Path) -> None:
    env = _env(home)
    ok = quietroom("--vault", str(filled), "audit", "verify", env=env)
    assert ok.returncode == 0
    assert "audit log intact" in ok.stdout
    with app_vault.unlock(filled, PASSPHRASE) as vault:
        vault.storage.db.execute("UPDATE audit_log SET event = 'note.edited' WHERE seq = 3")
    bad = quietroom("--vault", str(filled), "audit", "verify", env=env)
    assert bad.returncode == 6
    assert "entry 3 was altered" in bad.stderr


def test_passphrase_is_never_accepted_as_an_argument(tmp_path: Path, home: Path) -> None:
    result = quietroom(
        "--vault", str(tmp_path / "v"), "--passphrase", PASSPHRASE, "init", env=_env(home, None)
    )
    assert result.returncode == 2
    assert not (tmp_path / "v").exists()
