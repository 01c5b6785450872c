"""Passphrase strength, judged with zxcvbn, and the minimum a new vault requires."""

from __future__ import annotations

from dataclasses import dataclass

#: zxcvbn scores run 0..4; a vault passphrase must reach 3 ("safely unguessable") and 12 chars.
MIN_SCORE = 3
MIN_LENGTH = 12
_MAX_CHECKED = 100  # zxcvbn is slow on very long inputs; long passphrases are judged on a prefix


@dataclass(frozen=True)
class Strength:
    """``score`` 0..4, whether it is ``acceptable``, and advice to show (never the passphrase)."""

    score: int
    acceptable: bool
    warning: str
    suggestions: tuple[str, ...]
    crack_time: str


def assess(passphrase: str, user_inputs: tuple[str, ...] = ()) -> Strength:
    # zxcvbn loads its dictionaries on import (a tenth of the app's launch): only when asked.
    from zxcvbn import zxcvbn

    result = (
        zxcvbn(passphrase[:_MAX_CHECKED], user_inputs=list(user_inputs)) if passphrase else None
    )
    if result is None:
        return Strength(0, False, "Type a passphrase.", (), "instantly")
    score = int(result["score"])
    feedback = result.get("feedback", {})
    warning = str(feedback.get("warning") or "")
    suggestions = tuple(str(s) for s in feedback.get("suggestions") or ())
    acceptable = score >= MIN_SCORE and len(passphrase) >= MIN_LENGTH
    if len(passphrase) < MIN_LENGTH:
        warning = f"Use at least {MIN_LENGTH} characters; several unrelated words work well."
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    return Strength(score, acceptable, warning, suggestions, crack)
