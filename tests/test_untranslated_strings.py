"""No string the interface shows is left untranslatable (a check over the source of ui/).

A string literal that reads like text and is handed to a Qt widget, dialog or action (or to one
of the project's helpers that put text on screen) must come from ``self.tr()``, ``translate()``
or a ``QT_TRANSLATE_NOOP`` table; and what those receive must be a plain literal, since
``pyside6-lupdate`` reads the source and cannot see inside an f-string.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "ui"

#: Calls that put their text arguments on screen: Qt constructors and setters, and the
#: project's own helpers (page headers, empty states, status lines).
SINKS = frozenset(
    {
        # Qt widgets, items and actions
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QToolButton",
        "QMenu",
        "QCommandLinkButton",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QTableWidgetItem",
        "QToolBar",
        "QMessageBox",
        "QProgressDialog",
        "setText",
        "setPlaceholderText",
        "setToolTip",
        "setWindowTitle",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "addRow",
        "addTab",
        "setTabText",
        "insertTab",
        "showMessage",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setHeaderLabels",
        "setTitle",
        "setSubTitle",
        "setButtonText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getInt",
        "getItem",
        "getSaveFileName",
        "getOpenFileName",
        "getExistingDirectory",
        "setLabelText",
        "setFormat",
        "addItem",
        "addItems",
        "addAction",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setInformativeText",
        "setDetailedText",
        "setPlainText",
        "setHtml",
        "setCancelButtonText",
        "setOkButtonText",
        "setWindowIconText",
        "addButton",
        # the project's helpers
        "PageHeader",
        "RecordTable",
        "RecordDialog",
        "add_action",
        "set_text",
        "show_message",
        "_say",
        "_show_error",
        "begin",
        "AppError",
        "InvalidInput",
    }
)
TRANSLATORS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP"})
_WORDS = re.compile(r"[A-Za-z]{2,}")


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _reads_like_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return False
    text = re.sub(r"<[^>]*>", " ", text)  # markup is not text; what it wraps is checked
    text = text.strip()
    return bool(_WORDS.search(text)) and (bool(re.search(r"\s", text)) or text[:1].isupper())


def _literals_outside_translators(node: ast.AST) -> Iterator[ast.expr]:
    """String literals under ``node`` that no tr()/translate()/QT_TRANSLATE_NOOP encloses."""
    if isinstance(node, ast.Call) and _name(node) in TRANSLATORS:
        return
    if isinstance(node, ast.Constant | ast.JoinedStr):
        if _reads_like_text(node):
            yield node
        return
    if isinstance(node, ast.Lambda):
        yield from _literals_outside_translators(node.body)
        return
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.keyword) and child.arg in ("objectName", "role"):
            continue
        yield from _literals_outside_translators(child)


def _sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def untranslated(source: str, file_name: str = "<source>") -> list[str]:
    """Every shown, untranslated literal in ``source`` as ``file:line: text``."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in SINKS:
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            for literal in _literals_outside_translators(argument):
                found.append(f"{file_name}:{literal.lineno}: {ast.unparse(literal)[:70]}")
    return found


def unextractable(source: str, file_name: str = "<source>") -> list[str]:
    """tr()/translate()/QT_TRANSLATE_NOOP calls that lupdate cannot read: the context must be
    a string literal, and so must the text, unless it is a name (a text marked elsewhere with
    QT_TRANSLATE_NOOP and looked up at run time). Never an f-string or an expression."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node) not in TRANSLATORS:
            continue
        if isinstance(node.func, ast.Attribute) and _name(node) == "translate":
            continue  # QCoreApplication.translate itself, inside ui/i18n.py
        if _name(node) == "tr":
            context, text = None, node.args[0] if node.args else None
        else:
            context = node.args[0] if node.args else None
            text = node.args[1] if len(node.args) > 1 else None
        literal_context = context is None or (
            isinstance(context, ast.Constant) and isinstance(context.value, str)
        )
        readable_text = (isinstance(text, ast.Constant) and isinstance(text.value, str)) or (
            _name(node) != "QT_TRANSLATE_NOOP"
            and isinstance(text, ast.Name | ast.Attribute | ast.Subscript)
        )
        if not (literal_context and readable_text):
            found.append(f"{file_name}:{node.lineno}: {ast.unparse(node)[:70]}")
    return found


def unlabelled_choices(source: str, file_name: str = "<source>") -> list[str]:
    """``choice_box(codes)`` without a label table: the stored codes themselves ("active",
    "in_person") would be shown, in English, whatever the interface's language."""
    return [
        f"{file_name}:{node.lineno}: {ast.unparse(node)[:70]}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and _name(node) == "choice_box" and len(node.args) < 2
    ]


def label_tables_not_marked(source: str, file_name: str = "<source>") -> list[str]:
    """Values of a ``Labels({...})`` table that are not ``QT_TRANSLATE_NOOP`` markers."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node) == "Labels" and node.args:
            table = node.args[0]
            values = table.values if isinstance(table, ast.Dict) else []
            for value in values:
                if not (isinstance(value, ast.Call) and _name(value) == "QT_TRANSLATE_NOOP"):
                    found.append(f"{file_name}:{value.lineno}: {ast.unparse(value)[:70]}")
    return found


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(UI.parent)))
def test_every_string_the_interface_shows_goes_through_a_translator(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    name = str(path.relative_to(UI.parent))
    problems = (
        untranslated(source, name)
        + unextractable(source, name)
        + label_tables_not_marked(source, name)
    )
    assert problems == []


def test_the_check_finds_a_plain_label_an_f_string_a_bare_table_and_an_unreadable_tr() -> None:
    source = (
        "def build(self, n):\n"
        "    QLabel('Hello there')\n"
        "    self.button.setToolTip(f'{n} items left')\n"
        "    KINDS = Labels({'note': 'Note'})\n"
        "    self.tr(f'{n} results')\n"
        "    QLabel(self.tr('Fine'))\n"
        "    box.setObjectName('main-toolbar')\n"
    )
    assert [p.split(": ", 1)[1] for p in untranslated(source)] == [
        "'Hello there'",
        "f'{n} items left'",
    ]
    assert len(unextractable(source)) == 1
    assert len(label_tables_not_marked(source)) == 1
    choices = "box = choice_box(records.GOALS)\nfine = choice_box(records.GOALS, GOAL_LABELS)\n"
    assert [p.split(": ", 1)[1] for p in unlabelled_choices(choices)] == [
        "choice_box(records.GOALS)"
    ]
