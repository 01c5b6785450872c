"""Errors of the lower layers shown in the interface's language (ui/common/errors.py)."""

from __future__ import annotations

import errno
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.errors import AppError, InvalidInput, VaultDamaged, translated
from crypto.errors import Message, os_reason
from storage.errors import DamagedFile
from ui import i18n
from ui.common.errors import describe, reason, sentence, worded

FSI, PDI = "\u2068", "\u2069"


class _Dictionary(QTranslator):
    """A translator holding a few sentences of the Messages context."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self.texts = texts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # None: no translation (an empty string would be one)
        return self.texts.get(source) if context == "Messages" else None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def dictionary(qapp: QApplication) -> Iterator[_Dictionary]:
    translator = _Dictionary({})
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_template_is_translated_and_its_values_filled_in(dictionary: _Dictionary) -> None:
    dictionary.texts["{field} is longer than {limit} characters"] = (
        "{field} dépasse {limit} caractères"
    )
    error = InvalidInput("{field} is longer than {limit} characters", field="Titre", limit=200)
    assert str(error) == "Titre is longer than 200 characters"  # the command line's English
    assert describe(error) == f"{FSI}Titre{PDI} dépasse 200 caractères"


def test_a_name_keeps_its_own_direction_inside_a_sentence_of_the_other(
    dictionary: _Dictionary,
) -> None:
    dictionary.texts["'{name}' already exists; choose another name"] = (
        "«\u00a0{name}\u00a0» existe déjà"
    )
    error = InvalidInput("'{name}' already exists; choose another name", name="محضر.pdf")
    shown = describe(error)
    assert shown == f"«\u00a0{FSI}محضر.pdf{PDI}\u00a0» existe déjà"


def test_a_detail_inside_a_message_is_translated_on_its_own(dictionary: _Dictionary) -> None:
    dictionary.texts.update(
        {
            "the vault file '{file_name}' is damaged: {detail}": (
                "le fichier «\u00a0{file_name}\u00a0» est endommagé\u00a0: {detail}"
            ),
            "it is {size} bytes, not {expected}": "il fait {size} octets au lieu de {expected}",
        }
    )
    with pytest.raises(VaultDamaged) as raised, translated():
        raise DamagedFile("keyslots", "it is {size} bytes, not {expected}", size=12, expected=4096)
    assert raised.value.file_name == "keyslots"
    assert str(raised.value) == "the vault file 'keyslots' is damaged: it is 12 bytes, not 4096"
    assert describe(raised.value) == (
        f"le fichier «\u00a0{FSI}keyslots{PDI}\u00a0» est endommagé\u00a0: "
        "il fait 12 octets au lieu de 4096"
    )


def test_a_message_without_a_translation_shows_the_english(dictionary: _Dictionary) -> None:
    error = InvalidInput("{field} cannot be empty", field="title")
    assert describe(error) == f"{FSI}title{PDI} cannot be empty"
    assert describe(AppError("the vault is locked")) == "the vault is locked"


def test_a_translation_whose_fields_do_not_match_shows_the_english(
    dictionary: _Dictionary,
) -> None:
    dictionary.texts["{n} things"] = "{count} choses"  # the .ts test forbids it; never lost
    assert worded(Message("{n} things", n=3)) == "3 things"


def test_braces_in_a_message_without_values_are_kept(dictionary: _Dictionary) -> None:
    assert describe(AppError("an unexpected error stopped the task (KeyError at a.py:3)")) == (
        "an unexpected error stopped the task (KeyError at a.py:3)"
    )
    assert describe(AppError("a {literal} brace")) == "a {literal} brace"


def test_an_error_of_another_kind_shows_its_text(qapp: QApplication) -> None:
    assert describe(OSError("disk on fire")) == "disk on fire"


def test_a_sentence_starts_with_a_capital_even_after_an_isolate(qapp: QApplication) -> None:
    assert sentence(InvalidInput("the proposal needs a title")) == "The proposal needs a title."
    error = InvalidInput("{field} cannot be empty", field="title")
    assert sentence(error) == f"{FSI}Title{PDI} cannot be empty."


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_shipped_translations_hold_the_lower_layers_messages(
    qapp: QApplication, lang: str
) -> None:
    i18n.install(qapp, lang)
    try:
        locked = describe(AppError("the vault is locked"))
        damaged = describe(
            DamagedFile("keyslots", "its checksum does not match (bytes were changed)")
        )
    finally:
        i18n.uninstall(qapp)
    assert locked and locked != "the vault is locked"
    assert "checksum" not in damaged and f"{FSI}keyslots{PDI}" in damaged


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_systems_reason_a_file_could_not_be_read_is_translated(
    qapp: QApplication, lang: str
) -> None:
    denied = PermissionError(errno.EACCES, "Permission denied")
    error = InvalidInput(
        "cannot read '{name}': {reason}", name="minutes.pdf", reason=os_reason(denied)
    )
    i18n.install(qapp, lang)
    try:
        shown, alone = describe(error), reason(denied)
    finally:
        i18n.uninstall(qapp)
    assert str(error) == "cannot read 'minutes.pdf': Permission denied"
    assert "Permission denied" not in shown and "cannot read" not in shown
    assert alone in shown and f"{FSI}minutes.pdf{PDI}" in shown
    unknown = OSError(errno.ELOOP, "Too many levels of symbolic links")
    assert reason(unknown) == "Too many levels of symbolic links"  # the system's own words
