"""The interface in Arabic and French, and text of either direction shown in its own order.

Language: chosen in the settings, else the system's; Arabic mirrors the layout. Translations:
every message of the source is in ui/translations (up to date with the code, complete, with
every placeholder kept, compiled). Mixed direction: an Arabic line with English names and
numbers is laid out right to left, in the editor and in the lists, whatever the interface's
direction.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLineEdit, QStyleOptionViewItem, QTableView

from tests.ui.conftest import unlock
from ui import i18n
from ui.common.table_model import RecordTableModel
from ui.shell.root import Preferences, RootWindow

TRANSLATED = ("ar", "fr")
TS = {lang: i18n.TRANSLATIONS / f"quietroom_{lang}.ts" for lang in (*TRANSLATED, "en")}
BIN = Path(sys.executable).parent
MIXED = "التقى John Smith بالوفد في Geneva يوم 12 مارس"


# -- choosing the language ------------------------------------------------------------------


def test_the_language_is_the_one_chosen_in_the_settings_else_the_systems(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    setting = i18n.LanguageSetting(settings)
    assert setting.choice == i18n.SYSTEM
    assert setting.language(QLocale("fr_CA")) == "fr"
    assert setting.language(QLocale("ar_EG")) == "ar"
    assert setting.language(QLocale("de_DE")) == "en"  # not offered: the source language
    setting.choice = "ar"
    again = i18n.LanguageSetting(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    assert again.language(QLocale("fr_FR")) == "ar"
    with pytest.raises(ValueError):
        setting.choice = "xx"


def test_a_tampered_language_setting_falls_back_to_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "../../etc/passwd")
    assert i18n.LanguageSetting(settings).language(QLocale("fr_FR")) == "fr"


def test_the_settings_hold_only_the_language_code(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    i18n.LanguageSetting(QSettings(str(path), QSettings.Format.IniFormat)).choice = "fr"
    assert re.sub(r"\s+", " ", path.read_text()).strip() == "[ui] language=fr"


# -- the interface in Arabic and French -----------------------------------------------------


def test_arabic_translates_the_interface_and_mirrors_the_layout(
    qtbot: object, existing_vault: Path, prefs: Preferences, language: object
) -> None:
    language("ar")  # type: ignore[operator]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    win = RootWindow(existing_vault, prefs)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    assert win.isRightToLeft()
    assert win.unlock_screen.unlock_button.text() == "فتح"
    assert win.lock_action.text() == "قفل"
    assert win.search_box.placeholderText().startswith("البحث في الملاحظات")
    # Qt's own strings come in Arabic too (standard buttons, file dialogs).
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel != "Cancel" and i18n.direction_of(cancel) == Qt.LayoutDirection.RightToLeft


def test_french_translates_the_interface_and_keeps_the_layout_left_to_right(
    qtbot: object, window: RootWindow, language: object
) -> None:
    language("fr")  # type: ignore[operator]
    win = RootWindow(window.folder, window.preferences)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    assert not win.isRightToLeft()
    assert win.unlock_screen.unlock_button.text() == "Déverrouiller"
    assert win.unlock_screen.subtitle.text() == "Votre coffre est verrouillé."
    unlock(qtbot, win)
    assert win.workspace is not None
    top = [win.workspace.nav.topLevelItem(i).text(0) for i in range(2)]
    assert top == ["Dialogues", "Toutes les notes"]
    win.session.lock("quit")


def test_counts_take_the_plural_form_of_each_language(language: object) -> None:
    def attempts(n: int) -> str:
        return QCoreApplication.translate(
            "RootWindow", "%n unlock attempt(s) left before the vault is erased.", None, n
        )

    language("en")  # type: ignore[operator]
    assert attempts(1) == "1 unlock attempt left before the vault is erased."
    assert attempts(3) == "3 unlock attempts left before the vault is erased."
    language("fr")  # type: ignore[operator]
    assert attempts(1).startswith("1 tentative de déverrouillage restante")
    assert attempts(2).startswith("2 tentatives")
    language("ar")  # type: ignore[operator]
    forms = {n: attempts(n) for n in (1, 2, 3, 11, 100)}
    assert forms[1] == "بقيت محاولة فتح واحدة قبل مسح الخزنة."
    assert forms[2] == "بقيت محاولتا فتح قبل مسح الخزنة."
    assert forms[3] == "بقيت 3 محاولات فتح قبل مسح الخزنة."
    assert forms[11] == "بقيت 11 محاولة فتح قبل مسح الخزنة."
    assert len(set(forms.values())) == 5


# -- the translation files ------------------------------------------------------------------


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))  # noqa: S314 (our own files)


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_the_translation_files_hold_every_message_of_the_current_source(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in Path(i18n.__file__).parent.rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(m.findtext("source"), m.get("numerus")) for m in _messages(fresh)}
    for lang in TRANSLATED:
        held = {(m.findtext("source"), m.get("numerus")) for m in _messages(TS[lang])}
        assert held == wanted, f"run `make translations`: {lang} differs from the source"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    placeholder = re.compile(r"\{[a-z_0-9]+\}")
    for message in _messages(TS[lang]):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        for text in _texts(message):
            assert text.strip(), source
            assert set(placeholder.findall(text)) == set(placeholder.findall(source)), text


@pytest.mark.parametrize("lang", (*TRANSLATED, "en"))
def test_the_compiled_translations_are_those_of_the_ts_files(lang: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"quietroom_{lang}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS[lang]), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (i18n.TRANSLATIONS / compiled.name).read_bytes()


# -- mixed direction ------------------------------------------------------------------------


def _x(layout: QTextLayout, text: str, word: str) -> float:
    """Where ``word`` is drawn: the mean x of the cursor positions inside it (its edges are
    ambiguous where two runs of different direction meet)."""
    at = text.index(word)
    line = layout.lineAt(0)
    inside = [float(line.cursorToX(p)[0]) for p in range(at + 1, at + len(word))]
    return sum(inside) / len(inside)


def _assert_read_right_to_left(layout: QTextLayout, text: str) -> None:
    x = {w: _x(layout, text, w) for w in ("التقى", "John", "Smith", "بالوفد", "Geneva", "12")}
    assert x["التقى"] > x["Smith"] > x["John"] > x["بالوفد"] > x["Geneva"] > x["12"]


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_an_arabic_note_with_english_names_reads_right_to_left_in_the_editor(
    qtbot: object, window: RootWindow, language: object, direction: str
) -> None:
    language("ar" if direction == "rtl" else "en")  # type: ignore[operator]
    window.resize(1600, 900)
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.go("notes")
    editor = window.workspace.notes.editor
    window.workspace.notes.new_note()
    editor.body.setPlainText(f"{MIXED}\nThe English paragraph after it")
    first = editor.body.document().firstBlock()
    assert first.textDirection() == Qt.LayoutDirection.RightToLeft
    assert first.next().textDirection() == Qt.LayoutDirection.LeftToRight
    layout = first.layout()
    assert layout is not None and layout.lineCount() == 1
    _assert_read_right_to_left(layout, MIXED)
    # and the Arabic paragraph starts at the right edge, the English one at the left.
    line = layout.lineAt(0)
    assert line.cursorToX(0)[0] > editor.body.viewport().width() * 0.8
    english = first.next().layout()
    assert english is not None
    assert english.lineAt(0).cursorToX(0)[0] < editor.body.viewport().width() * 0.2
    editor.title.setText(MIXED)
    assert editor.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    editor.title.setText("Minutes of round 2")
    assert editor.title.layoutDirection() == Qt.LayoutDirection.LeftToRight
    editor.title.setText("")
    assert editor.title.layoutDirection() == QApplication.layoutDirection()


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_a_list_cell_takes_the_direction_of_its_own_text(
    qtbot: object, language: object, direction: str
) -> None:
    language("ar" if direction == "rtl" else "en")  # type: ignore[operator]
    model: RecordTableModel[str] = RecordTableModel([("Title", lambda s: s)])
    model.set_rows([MIXED, "Minutes: Amira Haddad, round 2", "2024-05-17"])
    view = QTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(model)
    i18n.follow_text_direction(view)
    delegate = view.itemDelegate()
    directions = []
    for row in range(3):
        option = QStyleOptionViewItem()
        option.direction = view.layoutDirection()
        delegate.initStyleOption(option, model.index(row, 0, QModelIndex()))  # type: ignore[attr-defined]
        directions.append(option.direction)
    assert directions == [
        Qt.LayoutDirection.RightToLeft,
        Qt.LayoutDirection.LeftToRight,
        view.layoutDirection(),  # digits and dashes only: the interface's direction
    ]


def _laid_out(text: str) -> QTextLayout:
    layout = QTextLayout(text)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout


def test_an_isolated_name_keeps_a_sentence_of_the_other_direction_in_order() -> None:
    sentence = "Copy for: {name} — 2024-05-17"
    bare_text = sentence.format(name="مكتب المبعوث")
    isolated_text = sentence.format(name=i18n.isolate("مكتب المبعوث"))
    bare, isolated = _laid_out(bare_text), _laid_out(isolated_text)
    # Bare, the Arabic name turns the date into Arabic numbers of its own run: 17-05-2024.
    assert _x(bare, bare_text, "2024") > _x(bare, bare_text, "17")
    order = [_x(isolated, isolated_text, w) for w in ("Copy", "المبعوث", "2024", "05", "17")]
    assert order == sorted(order)


def test_direction_of_text_follows_its_first_strong_character() -> None:
    assert i18n.direction_of("١٢ — مرحبا John") == Qt.LayoutDirection.RightToLeft
    assert i18n.direction_of("12 John مرحبا") == Qt.LayoutDirection.LeftToRight
    assert i18n.direction_of("שלום") == Qt.LayoutDirection.RightToLeft
    assert i18n.direction_of("— 12 —") == Qt.LayoutDirection.LayoutDirectionAuto


def test_a_line_edit_follows_what_is_typed_in_it(qtbot: object) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)  # type: ignore[attr-defined]
    i18n.follow_typing_direction(field)
    field.setText("مرحبا John")
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    field.setText("")
    assert field.layoutDirection() == QApplication.layoutDirection()


def test_every_stored_code_the_interface_shows_has_a_translated_label() -> None:
    """A code the vault stores (a dialogue's status, a round's mode…) shows as its label, in
    the interface's language; a code without one would show as itself, in English."""
    from app import drafts, records
    from ui.dialogues.forms import GOAL_LABELS, MODE_LABELS, STATUS_LABELS
    from ui.drafts.page import STATUS_LABELS as DRAFT_STATUS_LABELS
    from ui.notes.editor import KIND_LABELS
    from ui.people.forms import ATTRIBUTION_LABELS, TRACK_LABELS

    for codes, labels in (
        (records.GOALS, GOAL_LABELS),
        (records.DIALOGUE_STATUSES, STATUS_LABELS),
        (records.SESSION_MODES, MODE_LABELS),
        (records.NOTE_KINDS, KIND_LABELS),
        (records.TRACKS, TRACK_LABELS),
        (records.ATTRIBUTIONS, ATTRIBUTION_LABELS),
        (drafts.STATUSES, DRAFT_STATUS_LABELS),
    ):
        assert set(codes) <= set(labels), codes


def test_a_dialogues_status_and_goal_show_in_the_interfaces_language(
    qtbot, language, session
) -> None:
    from app import records
    from ui.dialogues.pages import DialoguesPage
    from ui.shell.details import DetailsPanel

    dialogue = records.add_dialogue(
        session.vault, title="Lower Selvan", goal="resolution", status="paused"
    )
    language("fr")
    page = DialoguesPage(session)
    qtbot.addWidget(page)
    page.reload()
    model = page.table.model
    shown = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert "En pause" in shown and "paused" not in shown and "Paused" not in shown
    details = DetailsPanel()
    qtbot.addWidget(details)
    details.show_record(dialogue)
    text = details.toPlainText()
    assert "En pause" in text and "Paused" not in text and "Resolution" not in text


def test_a_date_field_reads_in_the_digits_every_other_date_shows(qtbot, language) -> None:
    # Arabic's default digits are the Arabic-Indic ones; the app shows dates as ISO in 0-9,
    # left to right, everywhere (lists, details, messages): the date fields of the forms do
    # too, their calendar right to left with the same month names.
    from PySide6.QtCore import QDate

    from ui.common.keep_until import KeepUntilField

    language("ar")
    field = KeepUntilField()
    qtbot.addWidget(field)
    field.expires.setChecked(True)
    field.date_edit.setDate(QDate(2027, 12, 5))
    assert field.date_edit.text() == "2027-12-05"
    assert field.date_edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    calendar = field.date_edit.calendarWidget()
    assert calendar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert calendar.locale().zeroDigit() == "0"
    assert calendar.locale().monthName(1) == QLocale("ar").monthName(1)
    assert field.day() == "2027-12-05"
    assert field.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the row stays mirrored


def test_a_locale_keeps_its_own_digits_when_its_language_has_no_latin_variant() -> None:
    arabic = i18n.with_latin_digits(QLocale("ar"))
    assert arabic.zeroDigit() == "0" and arabic.language() == QLocale.Language.Arabic
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    french = QLocale("fr_FR")
    assert i18n.with_latin_digits(french) == french
    persian = QLocale("fa_IR")  # written with its own digits wherever it is written
    assert i18n.with_latin_digits(persian) == persian
