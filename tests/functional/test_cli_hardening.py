"""End-to-end runs of the hardening commands of the real ``quietroom`` process: ``erase``,
``backup create|verify|restore`` and ``duress set``, on real vaults made with the test KDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import vault as app_vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETROOM_")}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        folder = tmp_path / "home" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env.update(extra)
    return env


def quietroom(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    """A locked test-KDF vault and its recovery key."""
    folder = tmp_path / "vault"
    created = app_vault.create_vault(folder, PASSPHRASE, "Facilitator", FAST_KDF)
    created.vault.lock()
    return folder, created.recovery_key


def test_cli_erase_with_yes_destroys_the_vault_without_asking_for_a_secret(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = made
    env = _env(tmp_path)  # no passphrase anywhere

    done = quietroom("--vault", str(folder), "erase", "--yes", env=env)

    assert done.returncode == 0, done.stderr
    assert "erased" in done.stdout
    assert not folder.exists()
    env_pass = _env(tmp_path, QUIETROOM_PASSPHRASE=PASSPHRASE)
    assert quietroom("--vault", str(folder), "whoami", env=env_pass).returncode == 5
    env_rec = _env(tmp_path, QUIETROOM_PASSPHRASE=recovery_key)
    refused = quietroom("--vault", str(folder), "--recovery-key", "whoami", env=env_rec)
    assert refused.returncode == 5


def test_cli_erase_without_yes_and_without_a_terminal_refuses_and_keeps_the_vault(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = made
    before = (folder / "keyslots").read_bytes()

    done = quietroom("--vault", str(folder), "erase", env=_env(tmp_path))

    assert done.returncode == 1
    assert "--yes" in done.stderr and "Traceback" not in done.stderr
    assert (folder / "keyslots").read_bytes() == before


def test_cli_backup_create_verify_restore_round_trip_with_passphrase_and_recovery_key(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = made
    env = _env(tmp_path, QUIETROOM_PASSPHRASE=PASSPHRASE)
    added = quietroom(
        "--vault",
        str(folder),
        "note",
        "add",
        "--title",
        "Round 1",
        env=env,
        stdin="MARKER-7c1 text",
    )
    assert added.returncode == 0, added.stderr
    backup_file = tmp_path / "usb" / "vault.qrbackup"
    backup_file.parent.mkdir()

    made_backup = quietroom("--vault", str(folder), "backup", "create", str(backup_file), env=env)
    assert made_backup.returncode == 0, made_backup.stderr
    assert b"MARKER-7c1" not in backup_file.read_bytes()

    verified = quietroom("--json", "backup", "verify", str(backup_file), env=env)
    assert verified.returncode == 0, verified.stderr
    assert '"notes": 1' in verified.stdout

    env_rec = _env(tmp_path, QUIETROOM_PASSPHRASE=recovery_key)
    restored_folder = tmp_path / "restored"
    restored = quietroom(
        "--recovery-key", "backup", "restore", str(backup_file), str(restored_folder), env=env_rec
    )
    assert restored.returncode == 0, restored.stderr
    shown = quietroom("--vault", str(restored_folder), "note", "list", env=env)
    assert shown.returncode == 0 and "Round 1" in shown.stdout


def test_cli_backup_verify_reports_a_damaged_backup_with_exit_4_and_no_traceback(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = made
    env = _env(tmp_path, QUIETROOM_PASSPHRASE=PASSPHRASE)
    backup_file = tmp_path / "vault.qrbackup"
    assert (
        quietroom("--vault", str(folder), "backup", "create", str(backup_file), env=env).returncode
        == 0
    )
    data = bytearray(backup_file.read_bytes())
    data[-40] ^= 0x80
    backup_file.write_bytes(bytes(data))

    verified = quietroom("backup", "verify", str(backup_file), env=env)

    assert verified.returncode == 4
    assert "is damaged" in verified.stderr and "Traceback" not in verified.stderr


def test_cli_backup_restore_refuses_a_folder_that_is_not_empty(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = made
    env = _env(tmp_path, QUIETROOM_PASSPHRASE=PASSPHRASE)
    backup_file = tmp_path / "vault.qrbackup"
    assert (
        quietroom("--vault", str(folder), "backup", "create", str(backup_file), env=env).returncode
        == 0
    )

    refused = quietroom("backup", "restore", str(backup_file), str(folder), env=env)

    assert refused.returncode == 1
    assert "not empty" in refused.stderr


def test_cli_duress_set_then_unlocking_with_it_shows_an_empty_decoy_and_the_vault_is_gone(
    made: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = made
    duress = "harbour violet pinecone tractor 5521"
    env = _env(tmp_path, QUIETROOM_PASSPHRASE=PASSPHRASE, QR_DURESS=duress)
    added = quietroom("--vault", str(folder), "note", "add", env=env, stdin="the real position")
    assert added.returncode == 0, added.stderr
    size_before = (folder / "keyslots").stat().st_size

    done = quietroom(
        "--vault", str(folder), "duress", "set", "--duress-passphrase-env", "QR_DURESS", env=env
    )
    assert done.returncode == 0, done.stderr
    assert (folder / "keyslots").stat().st_size == size_before

    env_duress = _env(tmp_path, QUIETROOM_PASSPHRASE=duress)
    listed = quietroom("--vault", str(folder), "--json", "note", "list", env=env_duress)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"
    assert quietroom("--vault", str(folder), "whoami", env=env).returncode == 3
    env_rec = _env(tmp_path, QUIETROOM_PASSPHRASE=recovery_key)
    assert (
        quietroom("--vault", str(folder), "--recovery-key", "whoami", env=env_rec).returncode == 3
    )
