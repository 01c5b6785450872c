"""The paper viewer: a text paper's document is built in the worker that reads it, a part at a
time, and shows exactly the text the old way (``setPlainText`` on the Qt thread) showed; the
document is given back when the viewer moves on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextDocument

from app import papers
from app.errors import Cancelled
from ui.common import workers
from ui.common.session import VaultSession
from ui.papers import viewer as viewer_module
from ui.papers.viewer import (
    PART_CHARS,
    LayoutInSteps,
    PaperViewer,
    markdown_parts,
    read_for_viewer,
    text_document,
)

ARABIC = "اقترح الوفد وقف إطلاق النار على طول النهر"
TEXTS = {
    "empty": "",
    "one line": "Round 3, Geneva",
    "no line end in a part": "x" * (3 * PART_CHARS + 17),
    "lines across parts": "\n".join(f"line {n} " + "w" * 90 for n in range(3 * PART_CHARS // 90)),
    "CRLF, tabs, form feed": "a\r\nb\tc\r\n\x0cd\r\n" * 5000,
    "blank lines at the ends": "\n\n" + "middle\n" * 20000 + "\n\n",
    "Arabic and English": (ARABIC + "\nThe delegation agreed.\n") * 4000,
}


def _old_way(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setPlainText(text)
    return document


def _pieces(data: bytes, size: int) -> list[bytes]:
    return [data[start : start + size] for start in range(0, len(data), size)]


@pytest.mark.parametrize("piece", [0, 4093, 7])
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_text_built_in_parts_is_the_text_set_at_once(qapp: object, name: str, piece: int) -> None:
    # As read from the vault the bytes come in pieces: a piece may end inside a character
    # (Arabic letters are two bytes) or between a CR and its LF.
    text = TEXTS[name]
    data = text.encode()
    given = _pieces(data, piece) if piece else data
    built = text_document("text/plain", given, QFont(), lambda: False)
    old = _old_way(text)
    assert built.toPlainText() == old.toPlainText()
    assert built.blockCount() == old.blockCount()
    directions = [built.findBlockByNumber(n).textDirection() for n in range(built.blockCount())]
    expected = [old.findBlockByNumber(n).textDirection() for n in range(old.blockCount())]
    assert directions == expected


def test_an_arabic_paragraph_reads_right_to_left(qapp: object) -> None:
    built = text_document("text/plain", f"{ARABIC}\nEnglish".encode(), QFont(), lambda: False)
    assert built.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    assert built.lastBlock().textDirection() == Qt.LayoutDirection.LeftToRight


def test_the_document_is_built_off_the_qt_thread_and_handed_to_it(
    qapp: object, session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "minutes.txt"
    source.write_text("Minutes of round 4\n" * 10000, encoding="utf-8")
    paper = papers.add_paper(session.vault, source)
    built_in: list[threading.Thread] = []
    real = viewer_module.text_document

    def spy(*args: object) -> QTextDocument:
        built_in.append(threading.current_thread())
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(viewer_module, "text_document", spy)
    job = workers.Job(read_for_viewer, session.vault, paper, QFont())
    results: list[object] = []
    job.signals.succeeded.connect(results.append)
    workers.start(job)
    assert job.done.wait(timeout=30)
    QCoreApplication.processEvents()
    assert built_in and built_in[0] is not threading.main_thread()
    (document,) = results
    assert isinstance(document, QTextDocument)
    assert document.thread() is QCoreApplication.instance().thread()  # type: ignore[union-attr]
    assert document.toPlainText() == source.read_text(encoding="utf-8")


def test_a_cancelled_build_stops_between_parts(qapp: object) -> None:
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 2

    with pytest.raises(Cancelled):
        text_document("text/plain", b"line\n" * (PART_CHARS * 2), QFont(), cancelled)
    assert asked == 3


def test_the_viewer_gives_a_text_back_when_it_moves_on(qtbot: object) -> None:
    viewer = PaperViewer()
    first = text_document("text/plain", b"first paper", QFont(), lambda: False)
    viewer.show_content(first)
    assert viewer.text.toPlainText() == "first paper"
    assert viewer.stack.currentWidget() is viewer.text
    destroyed: list[bool] = []
    first.destroyed.connect(lambda: destroyed.append(True))
    viewer.show_content(text_document("text/plain", b"second", QFont(), lambda: False))
    assert viewer.text.toPlainText() == "second"
    viewer.clear()
    assert viewer.text.toPlainText() == ""
    assert viewer.stack.currentWidget() is viewer.message
    qtbot.waitUntil(lambda: destroyed == [True], timeout=5_000)  # type: ignore[attr-defined]


SECTION = """## Round {n}

Text of round {n} with *emphasis*, **strong**, `code` and [a link](https://example.org).

- a point
- another point
  - nested under it

1. first
2. second

> quoted from the other side
> over two lines

| clause | status |
|---|---|
| {n}.1 | agreed |

```
code of round {n}

# not a heading: inside a fence
```

~~~~
# not a heading either
~~~~

اقترح الوفد وقف إطلاق النار على طول النهر.

"""


def _markdown(sections: int) -> str:
    return "# Minutes\n\nIntroduction.\n\n" + "".join(SECTION.format(n=n) for n in range(sections))


def _whole(text: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont())
    document.setMarkdown(text)
    return document


@pytest.mark.parametrize("part_chars", [1, 300, 2_000])
def test_markdown_built_in_parts_is_the_document_of_the_whole_text(
    qapp: object, monkeypatch: pytest.MonkeyPatch, part_chars: int
) -> None:
    text = _markdown(12)
    monkeypatch.setattr(viewer_module, "PART_CHARS", part_chars)
    assert len(markdown_parts(text, part_chars)) >= 3  # it was really built in parts
    built = text_document("text/markdown", text.encode(), QFont(), lambda: False)
    assert built.toHtml() == _whole(text).toHtml()
    assert built.toMarkdown() == _whole(text).toMarkdown()


def test_markdown_is_cut_only_before_a_heading_outside_fenced_code(qapp: object) -> None:
    text = _markdown(6) + "```python\n" + "# inside a fence\n\n" * 3 + "```\n\n# After\n\nEnd.\n"
    parts = markdown_parts(text, 1)
    assert "".join(parts) == text
    for part in parts[1:]:
        assert part.startswith("#") and not part.startswith("# not") and "# inside" not in part[:2]
    assert not any(part.startswith("# inside") for part in parts)
    assert parts[-1] == "# After\n\nEnd.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\n# One\n\nSee [the annex][annex].\n\n# Two\n\n[annex]: https://example.org\n",
        "Intro.\n\n<!-- a comment\n\n# not a heading\n-->\n\n# Two\n\nText.\n",
        "Intro.\n\n<pre>\n\n# not a heading\n</pre>\n\n# Two\n\nText.\n",
        "``` a`b\ntext\n```\n\n# inside the fence the line above opened\n\n```\n\n# Two\n",
    ],
    ids=["link reference", "html comment", "pre block", "backtick in an info string"],
)
def test_markdown_whose_meaning_a_cut_could_change_is_built_whole_or_cut_rightly(
    qapp: object, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    monkeypatch.setattr(viewer_module, "PART_CHARS", 1)
    built = text_document("text/markdown", text.encode(), QFont(), lambda: False)
    assert built.toHtml() == _whole(text).toHtml()


def test_plain_text_small_or_without_headings_is_one_part(qapp: object) -> None:
    assert markdown_parts("# Title\n\nshort", PART_CHARS) == ["# Title\n\nshort"]
    long_text = "word " * PART_CHARS
    assert markdown_parts(long_text, 10) == [long_text]


# -- laying a long text out after it is shown ------------------------------------------------


def _shown(qtbot: object, media_type: str, text: str) -> PaperViewer:
    viewer = PaperViewer()
    qtbot.addWidget(viewer)  # type: ignore[attr-defined]
    viewer.resize(700, 500)
    viewer.show()
    viewer.show_content(text_document(media_type, text.encode(), QFont(), lambda: False))
    return viewer


def _laid_out(viewer: PaperViewer) -> bool:
    return viewer.text.document().lastBlock().layout().lineCount() > 0


@pytest.mark.parametrize("media_type", ["text/plain", "text/markdown"])
def test_a_long_text_is_laid_out_to_its_end_in_bounded_steps_as_qt_would(
    qtbot: object, media_type: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Qt's own steps grow to 200,000 characters (30-60 ms each for a 5 MB paper); ours are
    # bounded (here: one probe of PROBE_CHARS each, whatever the machine's speed), and the
    # result is Qt's layout: the same height to scroll.
    monkeypatch.setattr(LayoutInSteps, "BUDGET_S", 0.0)
    text = TEXTS["Arabic and English"] * 2 if media_type == "text/plain" else _markdown(400)
    viewer = _shown(qtbot, media_type, text)
    stepper = viewer.text.document().findChild(LayoutInSteps)
    assert stepper is not None
    qtbot.waitUntil(lambda: _laid_out(viewer), timeout=60_000)  # type: ignore[attr-defined]
    # Qt's steps (1,000 characters doubling to 200,000) would be about a dozen for this text.
    assert stepper.steps >= len(text) // LayoutInSteps.PROBE_CHARS // 2

    by_qt = PaperViewer()
    qtbot.addWidget(by_qt)  # type: ignore[attr-defined]
    by_qt.resize(700, 500)
    by_qt.show()
    by_qt.text.setDocument(text_document(media_type, text.encode(), QFont(), lambda: False))
    by_qt.text.document().size()  # laid out whole, at once
    qtbot.wait(100)  # type: ignore[attr-defined]
    height = viewer.text.document().size().height()
    assert height == by_qt.text.document().size().height()
    # and the scroll bar reaches the end of the text
    bar = viewer.text.verticalScrollBar()
    assert bar.maximum() + bar.pageStep() >= height - 2 * viewer.text.document().documentMargin()


def test_a_resize_while_a_long_text_is_laid_out_lays_it_out_again_to_its_end(
    qtbot: object,
) -> None:
    viewer = _shown(qtbot, "text/plain", TEXTS["Arabic and English"] * 4)
    qtbot.wait(30)  # type: ignore[attr-defined]
    viewer.resize(420, 500)  # narrower: every line breaks anew, from the start
    qtbot.waitUntil(lambda: _laid_out(viewer), timeout=30_000)  # type: ignore[attr-defined]
    document = viewer.text.document()
    assert all(
        document.findBlockByNumber(n).layout().lineCount() > 0
        for n in range(0, document.blockCount(), 97)
    )
