"""Comparing two texts: side-by-side rows with intraline highlights, and a unified view.

Pure data for the CLI and for a Qt view alike: each :class:`Row` pairs a line of the old text
with a line of the new one (either may be absent) and says how it changed; changed words are
given as character spans, so a view can highlight them without diffing again.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from app.merge import split_units

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)

Span = tuple[int, int]  # [start, end) in characters of the row's text


@dataclass(frozen=True)
class Row:
    """One row of a side-by-side comparison.

    ``kind`` is "equal", "replace" (both sides, changed), "delete" (left only) or "insert"
    (right only). Numbers count from 1; None where a side has no line.
    """

    kind: str
    left_no: int | None
    left: str
    right_no: int | None
    right: str
    left_spans: tuple[Span, ...] = ()
    right_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Stats:
    equal: int
    changed: int
    deleted: int
    inserted: int

    @property
    def identical(self) -> bool:
        return not (self.changed or self.deleted or self.inserted)


def _strip(unit: str) -> str:
    return unit[:-1] if unit.endswith("\n") else unit


def intraline(left: str, right: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Character spans of the words that differ between two versions of a line."""
    a = _TOKEN.findall(left)
    b = _TOKEN.findall(right)
    a_pos = _offsets(a)
    b_pos = _offsets(b)
    left_spans: list[Span] = []
    right_spans: list[Span] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 < i2:
            _add(left_spans, (a_pos[i1], a_pos[i2]))
        if j1 < j2:
            _add(right_spans, (b_pos[j1], b_pos[j2]))
    return tuple(left_spans), tuple(right_spans)


def _offsets(tokens: list[str]) -> list[int]:
    out = [0]
    for token in tokens:
        out.append(out[-1] + len(token))
    return out


def _add(spans: list[Span], span: Span) -> None:
    if spans and spans[-1][1] == span[0]:
        spans[-1] = (spans[-1][0], span[1])
    else:
        spans.append(span)


def side_by_side(old: str, new: str, unit: str = "line") -> list[Row]:
    """Rows comparing ``old`` (left) with ``new`` (right)."""
    a = [_strip(u) for u in split_units(old, unit)]
    b = [_strip(u) for u in split_units(new, unit)]
    rows: list[Row] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                Row("equal", i + 1, a[i], j + 1, b[j])
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        for k in range(paired):
            left_spans, right_spans = intraline(a[i1 + k], b[j1 + k])
            rows.append(
                Row(
                    "replace", i1 + k + 1, a[i1 + k], j1 + k + 1, b[j1 + k], left_spans, right_spans
                )
            )
        for i in range(i1 + paired, i2):
            rows.append(Row("delete", i + 1, a[i], None, "", ((0, len(a[i])),) if a[i] else ()))
        for j in range(j1 + paired, j2):
            rows.append(Row("insert", None, "", j + 1, b[j], (), ((0, len(b[j])),) if b[j] else ()))
    return rows


def stats(rows: list[Row]) -> Stats:
    kinds = [r.kind for r in rows]
    return Stats(
        kinds.count("equal"), kinds.count("replace"), kinds.count("delete"), kinds.count("insert")
    )


def unified(old: str, new: str, old_label: str, new_label: str, context: int = 3) -> str:
    """A unified diff (``diff -u`` style) of two texts."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        old_label,
        new_label,
        n=context,
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end\n" for line in lines
    )


_MARKS = {"equal": " ", "replace": "|", "delete": "<", "insert": ">"}


def render_side_by_side(rows: list[Row], width: int = 120, changes_only: bool = False) -> str:
    """Rows as plain text in two columns: ``12 old text  | 12 new text``.

    Changed words are wrapped in ``[-…-]`` (left) and ``{+…+}`` (right), as ``wdiff`` does,
    so the highlight survives a terminal without colour.
    """
    column = max(20, (width - 3) // 2)
    out: list[str] = []
    for row in rows:
        if changes_only and row.kind == "equal":
            continue
        left = _marked(row.left, row.left_spans, "[-", "-]") if row.kind != "equal" else row.left
        right = (
            _marked(row.right, row.right_spans, "{+", "+}") if row.kind != "equal" else row.right
        )
        left_cell = _cell(row.left_no, left, column)
        right_cell = _cell(row.right_no, right, column)
        out.append(f"{left_cell} {_MARKS[row.kind]} {right_cell}".rstrip())
    return "\n".join(out) + ("\n" if out else "")


def _marked(text: str, spans: tuple[Span, ...], open_: str, close: str) -> str:
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(f"{open_}{text[start:end]}{close}")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def _cell(number: int | None, text: str, width: int) -> str:
    prefix = f"{number:>4} " if number is not None else "     "
    room = width - len(prefix)
    shown = text.replace("\t", "    ")
    if len(shown) > room:
        shown = shown[: room - 1] + "…"
    return (prefix + shown).ljust(width)
