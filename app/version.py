"""What this build is: the app's version, the versions of what it carries, and the vault formats
it reads and writes. ``quietroom --version`` prints :func:`version_text`; the desktop app's About
box shows :func:`about_text`.

A user who reports a problem, or checks that an installed bundle is the release they verified,
needs all three: the app version alone does not say which SQLCipher or libsodium is inside, and
the format versions say which vaults and packets this build can open (every earlier one, by the
forward-only migrations; never a later one).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from crypto import packet
from storage import keyslots, schema

__all__ = [
    "RUNTIME_DISTRIBUTIONS",
    "VersionInfo",
    "about_text",
    "app_version",
    "collect",
    "version_text",
]

DISTRIBUTION = "quietroom"
UNKNOWN = "unknown"

# The runtime dependencies of pyproject.toml, in the order a reader cares about them;
# tests/app/test_version.py checks that every declared dependency is listed here.
RUNTIME_DISTRIBUTIONS = (
    "PySide6-Essentials",
    "PySide6-Pdf",
    "shiboken6",
    "sqlcipher3",
    "PyNaCl",
    "cryptography",
    "blake3",
    "platformdirs",
    "segno",
    "zxcvbn",
)


@dataclass(frozen=True)
class VersionInfo:
    """Everything :func:`version_text` prints, as data."""

    app: str
    formats: tuple[tuple[str, int], ...]  # (what, version) of each on-disk format
    libraries: tuple[tuple[str, str], ...]  # (name, version) of Python and the C libraries
    distributions: tuple[tuple[str, str], ...]  # (name, version) of each Python package


def app_version() -> str:
    """The installed version of Quietroom, or ``unknown`` when run from an uninstalled tree."""
    return _distribution_version(DISTRIBUTION)


def collect() -> VersionInfo:
    return VersionInfo(
        app=app_version(),
        formats=(
            ("key-slot file", keyslots.FORMAT_VERSION),
            ("database schema", schema.CURRENT_VERSION),
            ("packet", packet.VERSION),
        ),
        libraries=(
            ("Python", platform.python_version()),
            ("SQLite (SQLCipher)", _sqlite_version()),
            ("OpenSSL (cryptography)", _openssl_version()),
        ),
        distributions=tuple((name, _distribution_version(name)) for name in RUNTIME_DISTRIBUTIONS),
    )


def version_text(info: VersionInfo | None = None) -> str:
    """Several lines; the first is ``quietroom VERSION`` so scripts can read it alone."""
    info = info or collect()
    formats = ", ".join(f"{what} {number}" for what, number in info.formats)
    lines = [f"quietroom {info.app}", f"vault and packet formats: {formats}"]
    lines += [f"{name} {version}" for name, version in info.libraries]
    lines += [f"{name} {version}" for name, version in info.distributions]
    return "\n".join(lines)


def about_text(info: VersionInfo | None = None) -> str:
    """Plain text for the desktop app's About box (no markup: show it as plain text)."""
    info = info or collect()
    parts = [
        f"Quietroom {info.app}",
        "End-to-end encrypted records and sealed packets for confidential dialogues.",
        "",
        "Formats this build reads and writes (older vaults are upgraded when opened):",
        *(f"  {what}: version {number}" for what, number in info.formats),
        "",
        "Built with:",
        *(f"  {name} {version}" for name, version in (*info.libraries, *info.distributions)),
    ]
    return "\n".join(parts)


def _distribution_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _sqlite_version() -> str:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        return UNKNOWN
    return str(dbapi2.sqlite_version)


def _openssl_version() -> str:
    """The OpenSSL inside the ``cryptography`` wheel (sqlcipher3 carries its own build)."""
    try:
        from cryptography.hazmat.backends.openssl import backend
    except ImportError:
        return UNKNOWN
    return str(backend.openssl_version_text()).removeprefix("OpenSSL ")
