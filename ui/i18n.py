"""The interface's languages: Qt translators, the language a user chose (or the system's), and
the direction text and layout run in.

Every string the interface shows goes through ``self.tr()`` or :func:`translate` (checked by
``tests/test_untranslated_strings.py``); ``make translations`` extracts them into
``ui/translations/quietroom_<lang>.ts`` with ``pyside6-lupdate`` and compiles the ``.qm`` files
with ``pyside6-lrelease``. The language is read once at start-up: the settings hold only its
code (``ui/language``), never a name or a title.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateTimeEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
SETTING = "ui/language"
SYSTEM = "system"
SOURCE_LANGUAGE = "en"
#: Languages the interface speaks, each named in itself (so anyone can find their own).
LANGUAGES: dict[str, str] = {"en": "English", "ar": "العربية", "fr": "Français"}

_STARTUP_LOCALE = QLocale()  # the default before install() changes it
_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it yet."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for code outside a QObject (lupdate finds the calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred languages the interface speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


class LanguageSetting:
    """The language chosen in the settings: a code of LANGUAGES, or "system"."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("Quietroom", "Quietroom")

    @property
    def choice(self) -> str:
        value = str(self._settings.value(SETTING, SYSTEM) or SYSTEM)
        return value if value in LANGUAGES or value == SYSTEM else SYSTEM

    @choice.setter
    def choice(self, code: str) -> None:
        if code not in LANGUAGES and code != SYSTEM:
            raise ValueError(f"unknown language {code!r}")
        self._settings.setValue(SETTING, code)
        self._settings.sync()

    def language(self, locale: QLocale | None = None) -> str:
        """The language to show: the chosen one, or the system's when none was chosen."""
        choice = self.choice
        return system_language(locale) if choice == SYSTEM else choice


def install(app: QCoreApplication, language: str) -> str:
    """Load the interface's and Qt's own translations for ``language`` and set the layout
    direction (right to left for Arabic). Returns the language installed."""
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language)
    QLocale.setDefault(locale)
    ours = QTranslator(app)  # for English: the plural forms of counted messages only
    if ours.load(str(TRANSLATIONS / f"quietroom_{language}.qm")):
        _installed.append(ours)
    if language != SOURCE_LANGUAGE:
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", qt_dir):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    if isinstance(app, QApplication):
        app.setLayoutDirection(locale.textDirection())
    return language


def uninstall(app: QCoreApplication) -> None:
    """Remove what install() put in place: translators, default locale, layout direction."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(_STARTUP_LOCALE)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# -- text direction ------------------------------------------------------------------------------

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` (a name, a title) as a bidi isolate, so that placed inside a sentence of the other
    direction it neither reorders the sentence nor is reordered by it."""
    return f"{FSI}{text}{PDI}"


LRI = "\u2066"


def ltr(text: str) -> str:
    """``text`` that always reads left to right (a date, a time, a path, a key) as an isolate:
    after an Arabic word, the digits of 2024-05-17 would otherwise become Arabic numbers of
    the word's run and be drawn 17-05-2024."""
    return f"{LRI}{text}{PDI}"


def direction_of(text: str) -> Qt.LayoutDirection:
    """The direction of the first strongly directional character (Unicode's rule P2), or Auto
    when there is none (digits, punctuation, empty)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LayoutDirectionAuto


class AutoDirectionDelegate(QStyledItemDelegate):
    """Draws each cell in the direction of its own text: an Arabic title with English names
    and numbers reads right to left (and starts at the right) even in an English interface,
    and an English title stays left to right in an Arabic one."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        direction = direction_of(option.text)
        if direction != Qt.LayoutDirection.LayoutDirectionAuto:
            option.direction = direction


def follow_text_direction(view: QAbstractItemView) -> None:
    """Give ``view`` an AutoDirectionDelegate (the view keeps it as its child)."""
    view.setItemDelegate(AutoDirectionDelegate(view))


def follow_typing_direction(field: QLineEdit) -> None:
    """Lay a one-line field out in the direction of what is typed in it (the interface's own
    direction while it is empty or holds only digits and punctuation)."""

    def update(text: str) -> None:
        direction = direction_of(text)
        if direction == Qt.LayoutDirection.LayoutDirectionAuto:
            field.unsetLayoutDirection()
        else:
            field.setLayoutDirection(direction)

    field.textChanged.connect(update)


def with_latin_digits(locale: QLocale) -> QLocale:
    """``locale``, or the same language as written where it uses the digits 0-9 (Arabic: as
    written across the Arab world, ``ar_001``), so that a date typed or chosen in a field reads
    like every other date the app shows (ISO, 0-9). A variant with the same month names is
    preferred (its calendar reads the same); ``locale`` itself when there is none."""
    if locale.zeroDigit() == "0":
        return locale
    months = [locale.monthName(m) for m in range(1, 13)]
    candidates = [
        other
        for other in QLocale.matchingLocales(
            locale.language(), QLocale.Script.AnyScript, QLocale.Country.AnyCountry
        )
        if other.zeroDigit() == "0" and other.textDirection() == locale.textDirection()
    ]
    candidates.sort(
        key=lambda other: (
            [other.monthName(m) for m in range(1, 13)] != months,
            other.name() != f"{QLocale.languageToCode(locale.language())}_001",
        )
    )
    return candidates[0] if candidates else locale


def numeric_date_field(field: QDateTimeEdit) -> None:
    """A date field as YYYY-MM-DD in the digits 0-9, read left to right as every other date
    the app shows (:func:`ltr`), whatever the interface's language; its calendar keeps the
    language's direction and month names. (Qt lays a right-to-left field's sections out
    backwards: with 0-9 digits, which bidi joins into one left-to-right number, 2027-12-05
    would read 05-12-2027.)"""
    field.setLocale(with_latin_digits(field.locale()))
    field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    field.setDisplayFormat("yyyy-MM-dd")


def scaled_point_size(widget: QWidget, factor: float) -> float:
    """A point size relative to the widget's font, so headings grow with the system font."""
    return max(1.0, widget.font().pointSizeF() * factor)


class Labels(Mapping[str, str]):
    """Labels for stored codes (a note's kind, a person's track), translated when read.

    The English texts are marked with ``QT_TRANSLATE_NOOP("Labels", …)`` where the table is
    written (at import time no translator is installed yet), so lupdate finds them."""

    def __init__(self, items: dict[str, str]) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> str:
        return translate("Labels", self._items[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)
