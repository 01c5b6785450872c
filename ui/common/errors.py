"""Errors shown in the interface's language.

An error of the lower layers keeps its message as an English template and its values
(:class:`crypto.errors.Message`); :func:`describe` looks the template up in the translations
(context ``Messages``, collected by ``ui/error_texts_gen.py``) and fills the values in: a value
that is itself a message is translated the same way, and a name, title or path is set as a
bidi isolate so that an English file name inside an Arabic sentence (or the reverse) keeps
both in order. A template with no translation, or a translation whose fields do not match,
shows the English sentence: a message is never lost.
"""

from __future__ import annotations

from crypto.errors import Message, WordedError, os_reason
from ui.i18n import isolate, translate

CONTEXT = "Messages"
_CONTROLS = "\u2066\u2067\u2068\u2069"  # isolates (LRI, RLI, FSI, PDI)


def describe(error: BaseException) -> str:
    """The error's message in the interface's language (no capital, no full stop: it often
    goes inside a sentence, "Not sealed: {text}.")."""
    if isinstance(error, WordedError):
        return worded(error.message)
    return str(error)


def sentence(error: BaseException) -> str:
    """The message on its own: a capital first letter and a full stop."""
    text = describe(error)
    at = next((i for i, ch in enumerate(text) if ch not in _CONTROLS), len(text))
    return f"{text[:at]}{text[at : at + 1].upper()}{text[at + 1 :]}."


def reason(exc: OSError) -> str:
    """Why a file operation failed (the system's words for a full or read-only disk, a
    permission, a missing file), in the interface's language where it is known."""
    found = os_reason(exc)
    return worded(found) if isinstance(found, Message) else found


def worded(message: Message) -> str:
    text = translate("Messages", message.template)  # CONTEXT, written out for the source check
    if not message.params:
        return text
    values = {name: _value(value) for name, value in message.params.items()}
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):
        # A translation whose fields do not match its source (the .ts test prevents it).
        return message.template.format_map(values)


def _value(value: object) -> str:
    if isinstance(value, Message):
        return worded(value)
    if isinstance(value, str):
        return isolate(value)
    return str(value)
