"""``quietroom --version`` and the About text: the app's version, what it carries, and the vault
formats it writes, so a user can tell which build they run and which vaults it opens."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from app import version
from app.vault import OpenVault
from crypto import packet
from storage import keyslots, schema

QUIETROOM = Path(sys.executable).with_name("quietroom")


def _run_version(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETROOM_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "c"))
    return subprocess.run(
        [str(QUIETROOM), "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )


def _declared_dependencies() -> list[str]:
    names = []
    for requirement in metadata.requires(version.DISTRIBUTION) or []:
        if "extra ==" in requirement:
            continue
        names.append(re.split(r"[\s;<>=!~\[]", requirement, maxsplit=1)[0])
    return names


def test_version_flag_prints_the_installed_version_first_and_needs_no_vault(
    tmp_path: Path,
) -> None:
    done = _run_version(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    first = done.stdout.splitlines()[0]
    assert first == f"quietroom {metadata.version('quietroom')}"
    assert not (tmp_path / "home" / "data").exists()  # no vault folder was created


def test_version_flag_lists_every_declared_dependency_with_its_installed_version(
    tmp_path: Path,
) -> None:
    lines = _run_version(tmp_path).stdout.splitlines()
    declared = _declared_dependencies()
    assert "PySide6-Pdf" in declared  # the check below reads real metadata
    for name in declared:
        assert f"{name} {metadata.version(name)}" in lines, name


def test_version_flag_names_the_formats_this_build_writes(tmp_path: Path) -> None:
    out = _run_version(tmp_path).stdout
    assert (
        f"key-slot file {keyslots.FORMAT_VERSION}, database schema {schema.CURRENT_VERSION}, "
        f"packet {packet.VERSION}"
    ) in out


def test_reported_schema_version_is_the_one_a_new_vault_is_written_with(vault: OpenVault) -> None:
    reported = dict(version.collect().formats)["database schema"]
    assert vault.storage.db.user_version() == reported


def test_about_text_carries_the_version_formats_and_dependencies() -> None:
    info = version.collect()
    text = version.about_text(info)
    assert text.splitlines()[0] == f"Quietroom {metadata.version('quietroom')}"
    for what, number in info.formats:
        assert f"{what}: version {number}" in text
    for name in _declared_dependencies():
        assert f"{name} {metadata.version(name)}" in text
    assert "<" not in text  # plain text: the About box must not interpret it as markup


def test_a_tree_run_without_installed_metadata_reports_unknown_instead_of_failing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version.metadata, "version", missing)
    lines = version.version_text().splitlines()
    assert lines[0] == "quietroom unknown"
    assert "PyNaCl unknown" in lines


def test_version_information_does_not_load_qt() -> None:
    """The CLI stays headless: reading the versions must not import PySide6."""
    code = (
        "import sys; from app import version; version.about_text(); version.version_text();"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
