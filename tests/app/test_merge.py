"""Three-way merge: what does not overlap merges by itself; what overlaps waits for the user."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.merge import (
    Choice,
    UnresolvedConflicts,
    conflicts,
    merge3,
    merged_text,
    resolve,
    split_units,
    unresolved,
    with_markers,
)

BASE = "Preamble.\nArticle 1: water is shared.\nArticle 2: data is shared.\nArticle 3: review.\n"


def test_changes_to_different_lines_merge_without_conflict() -> None:
    ours = BASE.replace("water is shared", "water is shared equitably")
    theirs = BASE.replace("Article 3: review.", "Article 3: yearly review.")
    hunks = merge3(BASE, ours, theirs)
    assert conflicts(hunks) == []
    assert merged_text(hunks) == (
        "Preamble.\nArticle 1: water is shared equitably.\nArticle 2: data is shared.\n"
        "Article 3: yearly review.\n"
    )


def test_neighbouring_line_changes_both_survive() -> None:
    ours = BASE.replace("water is shared", "water is pooled")
    theirs = BASE.replace("data is shared", "data is published")
    assert merged_text(merge3(BASE, ours, theirs)) == (
        "Preamble.\nArticle 1: water is pooled.\nArticle 2: data is published.\n"
        "Article 3: review.\n"
    )


def test_same_line_changed_differently_is_a_conflict_not_a_silent_choice() -> None:
    ours = BASE.replace("water is shared", "water is pooled")
    theirs = BASE.replace("water is shared", "water is allocated")
    hunks = merge3(BASE, ours, theirs)
    [index] = conflicts(hunks)
    conflict = hunks[index]
    assert conflict.base == "Article 1: water is shared.\n"
    assert conflict.ours == "Article 1: water is pooled.\n"
    assert conflict.theirs == "Article 1: water is allocated.\n"
    with pytest.raises(UnresolvedConflicts):
        merged_text(hunks)
    marked = with_markers(hunks, "Amira", "Bashir")
    assert "<<<<<<< Amira\nArticle 1: water is pooled." in marked
    assert "=======\nArticle 1: water is allocated.\n>>>>>>> Bashir" in marked


@pytest.mark.parametrize(
    ("choice", "text", "expected"),
    [
        (Choice.OURS, None, "Article 1: water is pooled.\n"),
        (Choice.THEIRS, None, "Article 1: water is allocated.\n"),
        (Choice.BOTH, None, "Article 1: water is pooled.\nArticle 1: water is allocated.\n"),
        (Choice.CUSTOM, "Article 1: water is pooled and allocated.\n", None),
    ],
)
def test_each_resolution_choice_gives_its_text(
    choice: Choice, text: str | None, expected: str | None
) -> None:
    ours = BASE.replace("water is shared", "water is pooled")
    theirs = BASE.replace("water is shared", "water is allocated")
    hunks = merge3(BASE, ours, theirs)
    [index] = conflicts(hunks)
    hunks[index] = resolve(hunks[index], choice, text)
    assert unresolved(hunks) == []
    middle = expected if expected is not None else text
    assert merged_text(hunks) == (
        f"Preamble.\n{middle}Article 2: data is shared.\nArticle 3: review.\n"
    )


def test_custom_resolution_without_text_is_refused() -> None:
    hunks = merge3("a\n", "b\n", "c\n")
    with pytest.raises(ValueError, match="needs its text"):
        resolve(hunks[conflicts(hunks)[0]], Choice.CUSTOM)


def test_identical_changes_on_both_sides_are_taken_once() -> None:
    ours = theirs = BASE.replace("review", "joint review")
    hunks = merge3(BASE, ours, theirs)
    assert conflicts(hunks) == [] and merged_text(hunks) == ours


def test_two_different_insertions_at_the_same_place_conflict() -> None:
    ours = BASE + "Article 4: ours.\n"
    theirs = BASE + "Article 4: theirs.\n"
    hunks = merge3(BASE, ours, theirs)
    assert len(conflicts(hunks)) == 1
    hunks[conflicts(hunks)[0]] = resolve(hunks[conflicts(hunks)[0]], Choice.BOTH)
    assert merged_text(hunks) == BASE + "Article 4: ours.\nArticle 4: theirs.\n"


def test_deletion_against_an_edit_of_the_same_line_conflicts() -> None:
    ours = BASE.replace("Article 2: data is shared.\n", "")
    theirs = BASE.replace("data is shared", "data is exchanged monthly")
    hunks = merge3(BASE, ours, theirs)
    [index] = conflicts(hunks)
    assert hunks[index].ours == "" and "monthly" in hunks[index].theirs


def test_paragraph_units_keep_separators_and_merge_paragraph_edits() -> None:
    base = "First paragraph\nwrapped.\n\nSecond paragraph.\n\nThird.\n"
    assert "".join(split_units(base, "paragraph")) == base
    assert len(split_units(base, "paragraph")) == 3
    ours = base.replace("wrapped.", "wrapped and edited.")
    theirs = base.replace("Third.", "Third, amended.")
    assert merged_text(merge3(base, ours, theirs, "paragraph")) == (
        "First paragraph\nwrapped and edited.\n\nSecond paragraph.\n\nThird, amended.\n"
    )


_lines = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "d\n", "e\n"]), max_size=8)


@given(_lines, _lines)
def test_merge_with_an_unchanged_side_is_the_other_side(base: list[str], ours: list[str]) -> None:
    base_text, ours_text = "".join(base), "".join(ours)
    assert merged_text(merge3(base_text, ours_text, base_text)) == ours_text
    assert merged_text(merge3(base_text, base_text, ours_text)) == ours_text


@given(_lines, _lines, _lines)
def test_hunks_cover_the_whole_base_and_every_conflict_is_a_real_difference(
    base: list[str], ours: list[str], theirs: list[str]
) -> None:
    base_text, ours_text, theirs_text = "".join(base), "".join(ours), "".join(theirs)
    hunks = merge3(base_text, ours_text, theirs_text)
    assert "".join(h.base for h in hunks) == base_text
    if ours_text == theirs_text:
        assert conflicts(hunks) == [] and merged_text(hunks) == ours_text
    for h in hunks:
        if h.is_conflict:
            assert h.ours != h.theirs
    for i in conflicts(hunks):
        hunks[i] = resolve(hunks[i], Choice.OURS)
    if theirs_text == base_text:
        assert merged_text(hunks) == ours_text
