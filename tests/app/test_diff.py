"""Comparing two revisions: rows for a side-by-side view, changed words highlighted."""

from __future__ import annotations

from app.diff import intraline, render_side_by_side, side_by_side, stats, unified

OLD = "Preamble.\nArticle 1: water is shared.\nArticle 2: data.\nArticle 3: review.\n"
NEW = "Preamble.\nArticle 1: water is shared equitably.\nArticle 3: review.\nAnnex.\n"


def test_rows_pair_old_and_new_lines_with_their_change_kind() -> None:
    rows = side_by_side(OLD, NEW)
    kinds = [(r.kind, r.left_no, r.right_no) for r in rows]
    assert kinds == [
        ("equal", 1, 1),
        ("replace", 2, 2),
        ("delete", 3, None),
        ("equal", 4, 3),
        ("insert", None, 4),
    ]
    assert stats(rows).changed == 1 and stats(rows).deleted == 1 and stats(rows).inserted == 1
    assert stats(side_by_side(OLD, OLD)).identical


def test_changed_words_are_given_as_character_spans() -> None:
    left_spans, right_spans = intraline("water is shared.", "water is shared equitably.")
    assert left_spans == ()
    [(start, end)] = right_spans
    assert "water is shared equitably."[start:end] == " equitably"


def test_replaced_word_is_highlighted_on_both_sides() -> None:
    [row] = [r for r in side_by_side("the river is low\n", "the river is high\n")]
    assert [row.left[s:e] for s, e in row.left_spans] == ["low"]
    assert [row.right[s:e] for s, e in row.right_spans] == ["high"]


def test_text_rendering_marks_changes_in_two_columns() -> None:
    text = render_side_by_side(side_by_side(OLD, NEW), width=100)
    lines = text.splitlines()
    assert len(lines) == 5
    assert "| " in lines[1] and "{+ equitably+}" in lines[1]
    assert "[-Article 2: data.-]" in lines[2] and lines[2].endswith(" <")
    assert " > " in lines[4] and "Annex" in lines[4]
    only = render_side_by_side(side_by_side(OLD, NEW), changes_only=True)
    assert len(only.splitlines()) == 3


def test_unified_view_names_both_revisions() -> None:
    text = unified(OLD, NEW, "rev-a", "rev-b")
    assert text.startswith("--- rev-a\n+++ rev-b\n")
    assert "-Article 2: data.\n" in text and "+Annex.\n" in text
    assert unified(OLD, OLD, "a", "b") == ""
