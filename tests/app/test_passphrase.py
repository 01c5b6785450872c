"""Passphrase strength: zxcvbn's judgement, the minimum a vault needs, advice the interface
can translate."""

from __future__ import annotations

import ast
from pathlib import Path

import zxcvbn.feedback

from app import passphrase


def _zxcvbn_sentences() -> set[str]:
    """Every sentence zxcvbn's feedback can give (the literals it passes to gettext's ``_``)."""
    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_sentence_of_zxcvbn_is_known_for_translation() -> None:
    known = {m.template for m in passphrase.ZXCVBN_ADVICE}
    assert _zxcvbn_sentences() == known


def test_advice_comes_as_messages_of_the_known_sentences() -> None:
    known = {m.template for m in passphrase.ZXCVBN_ADVICE}
    strength = passphrase.assess("password1")
    assert strength.warning is not None and not strength.acceptable
    # the length rule speaks first; zxcvbn's own warning for a longer common password
    assert strength.warning.template.startswith("Use at least {min_length} characters")
    assert str(strength.warning).startswith(f"Use at least {passphrase.MIN_LENGTH} characters")
    common = passphrase.assess("passwordpassword")
    assert common.warning is not None and common.warning.template in known
    assert common.suggestions and {s.template for s in common.suggestions} <= known


def test_a_long_passphrase_of_unrelated_words_is_acceptable_with_nothing_to_warn_of() -> None:
    strength = passphrase.assess("lantern orchard vesper tidal mosaic")
    assert strength.acceptable and strength.score >= passphrase.MIN_SCORE
    assert strength.warning is None
    assert strength.crack_seconds > 100 * 365 * 86_400


def test_the_display_name_counts_against_the_passphrase() -> None:
    alone = passphrase.assess("Amira Haddad 1984 Amira")
    with_name = passphrase.assess("Amira Haddad 1984 Amira", ("Amira Haddad",))
    assert with_name.crack_seconds < alone.crack_seconds


def test_an_empty_passphrase_asks_for_one() -> None:
    strength = passphrase.assess("")
    assert strength.warning is not None and str(strength.warning) == "Type a passphrase."
    assert strength.score == 0 and not strength.acceptable and strength.crack_seconds == 0
