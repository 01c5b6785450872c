"""Messages kept as a template and its values; the system's reasons a file operation failed."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from crypto.errors import CryptoError, Message, WordedError, os_reason


def test_a_message_reads_as_its_template_filled_in() -> None:
    message = Message("{count} of {total} chunks", count=3, total=Message("all"))
    assert str(message) == "3 of all chunks"
    assert message.template == "{count} of {total} chunks"
    assert message == Message("{count} of {total} chunks", count=3, total=Message("all"))
    assert message != Message("{count} of {total} chunks", count=4, total=Message("all"))
    assert hash(message) == hash(Message("{count} of {total} chunks", count=4))


def test_braces_of_a_message_without_values_are_not_read_as_fields() -> None:
    assert str(Message("a {brace} stays")) == "a {brace} stays"


def test_an_error_keeps_its_message_and_reads_as_the_english_sentence() -> None:
    error = CryptoError("a nonce must be {size} bytes", size=24)
    assert isinstance(error, WordedError)
    assert str(error) == "a nonce must be 24 bytes"
    assert error.message == Message("a nonce must be {size} bytes", size=24)
    passed_on = WordedError(error.message)
    assert str(passed_on) == str(error) and passed_on.message is error.message


@pytest.mark.parametrize(
    ("code", "english"),
    [
        (errno.ENOSPC, "No space left on device"),
        (errno.EACCES, "Permission denied"),
        (errno.EROFS, "Read-only file system"),
        (errno.ENOENT, "No such file or directory"),
        (errno.EIO, "Input/output error"),
    ],
)
def test_the_failures_a_user_meets_are_messages_in_the_systems_english(
    code: int, english: str
) -> None:
    reason = os_reason(OSError(code, os.strerror(code)))
    assert isinstance(reason, Message) and str(reason) == english
    assert os.strerror(code) == english  # this machine's C library words them the same


def test_another_failure_keeps_the_systems_own_text() -> None:
    assert os_reason(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "Too many levels of symbolic links"
    )
    assert os_reason(OSError("no errno at all")) == "OSError"


def test_a_real_failure_gives_its_reason(tmp_path: Path) -> None:
    try:
        (tmp_path / "missing" / "file").read_bytes()
    except OSError as exc:
        assert str(os_reason(exc)) == "No such file or directory"
    else:
        pytest.fail("reading a missing file succeeded")
