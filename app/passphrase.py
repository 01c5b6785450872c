"""Passphrase strength, judged with zxcvbn, and the minimum a new vault requires."""

from __future__ import annotations

from dataclasses import dataclass

from crypto.errors import Message

#: zxcvbn scores run 0..4; a vault passphrase must reach 3 ("safely unguessable") and 12 chars.
MIN_SCORE = 3
MIN_LENGTH = 12
_MAX_CHECKED = 100  # zxcvbn is slow on very long inputs; long passphrases are judged on a prefix

#: zxcvbn's advice, word for word (its English, as the interface's translations know it). A
#: test compares this with the sentences of the installed zxcvbn, so an upgrade that adds or
#: rewords one fails until it is added here and translated.
ZXCVBN_ADVICE = (
    Message("Use a few words, avoid common phrases."),
    Message("No need for symbols, digits, or uppercase letters."),
    Message("Add another word or two. Uncommon words are better."),
    Message("Straight rows of keys are easy to guess."),
    Message("Short keyboard patterns are easy to guess."),
    Message("Use a longer keyboard pattern with more turns."),
    Message('Repeats like "aaa" are easy to guess.'),
    Message('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    Message("Avoid repeated words and characters."),
    Message('Sequences like "abc" or "6543" are easy to guess.'),
    Message("Avoid sequences."),
    Message("Recent years are easy to guess."),
    Message("Avoid recent years."),
    Message("Avoid years that are associated with you."),
    Message("Dates are often easy to guess."),
    Message("Avoid dates and years that are associated with you."),
    Message("This is a top-10 common password."),
    Message("This is a top-100 common password."),
    Message("This is a very common password."),
    Message("This is similar to a commonly used password."),
    Message("A word by itself is easy to guess."),
    Message("Names and surnames by themselves are easy to guess."),
    Message("Common names and surnames are easy to guess."),
    Message("Capitalization doesn't help very much."),
    Message("All-uppercase is almost as easy to guess as all-lowercase."),
    Message("Reversed words aren't much harder to guess."),
    Message("Predictable substitutions like '@' instead of 'a' don't help very much."),
)


@dataclass(frozen=True)
class Strength:
    """``score`` 0..4, whether it is ``acceptable``, and advice to show (never the passphrase):
    a ``warning`` (None: nothing to warn of), ``suggestions``, and the time an attacker with
    the passphrase's hash would need, in seconds (``crack_seconds``; slow hashing, 10^4
    guesses a second). The interface words these in its language."""

    score: int
    acceptable: bool
    warning: Message | None
    suggestions: tuple[Message, ...]
    crack_seconds: float


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    # zxcvbn loads its dictionaries on import (a tenth of the app's launch): only when asked.
    from zxcvbn import zxcvbn

    result = (
        zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(user_inputs)) if passphrase else None
    )
    if result is None:
        return Strength(0, False, Message("Type a passphrase."), (), 0.0)
    score = int(result["score"])
    feedback = result.get("feedback", {})
    warning = _advice(feedback.get("warning"))
    suggestions = tuple(m for m in map(_advice, feedback.get("suggestions") or ()) if m)
    acceptable = score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH
    if len(passphrase) < MIN_LENGTH:
        warning = Message(
            "Use at least {min_length} characters; several unrelated words work well.",
            min_length=MIN_LENGTH,
        )
    crack = float(result["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, crack)


def _advice(text: object) -> Message | None:
    """zxcvbn's sentence as a message (an unknown one shows in English)."""
    return Message(str(text)) if text else None
