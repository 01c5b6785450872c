"""Where the CLI reads secrets and sensitive text from: a prompt, a file descriptor, or an
environment variable. Never from an argument, which would land in shell history and ``ps``."""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput

ENV_PASSPHRASE = "QUIETROOM_PASSPHRASE"  # noqa: S105 (a variable name, not a secret)
MAX_SECRET_BYTES = 4096
MAX_STDIN_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class SecretSource:
    """How to obtain one secret: ``fd`` or ``env`` if given, else a terminal prompt."""

    fd: int | None = None
    env: str | None = None
    default_env: str | None = None


def _read_fd(fd: int) -> str:
    try:
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_SECRET_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"cannot read file descriptor {fd}: {exc.strerror}") from None
    if len(data) > MAX_SECRET_BYTES:
        raise InvalidInput(f"file descriptor {fd} holds more than {MAX_SECRET_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"file descriptor {fd} does not hold UTF-8 text") from None
    return text.split("\n", 1)[0].rstrip("\r")


def read_secret(source: SecretSource, prompt: str, confirm: bool = False) -> str:
    """Read a secret from the configured source; prompt twice when ``confirm`` is set."""
    if source.fd is not None:
        value = _read_fd(source.fd)
    elif source.env:
        if source.env not in os.environ:
            raise InvalidInput(f"the environment variable {source.env} is not set")
        value = os.environ[source.env]
    elif source.default_env and source.default_env in os.environ:
        value = os.environ[source.default_env]
    elif sys.stdin.isatty():
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != value:
            raise InvalidInput("the two entries differ")
    else:
        raise InvalidInput(
            "no terminal to ask for the secret: give --passphrase-fd N or --passphrase-env NAME"
        )
    if not value:
        raise InvalidInput("an empty secret was given")
    return value


def read_stdin_text() -> str:
    """All of standard input as UTF-8 text (for note bodies and JSON records)."""
    data = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(data) > MAX_STDIN_BYTES:
        raise InvalidInput("standard input is larger than 64 MiB")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("standard input is not UTF-8 text") from None


def read_stdin_json() -> dict[str, Any]:
    """A JSON object from standard input: the safe way to pass names and titles."""
    try:
        value = json.loads(read_stdin_text())
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"standard input is not valid JSON (line {exc.lineno})") from None
    except RecursionError:
        raise InvalidInput("standard input is JSON nested too deeply") from None
    if not isinstance(value, dict):
        raise InvalidInput("standard input must hold one JSON object of fields")
    return value
