"""Three-way merge of texts, with conflicts as data. Pure: text in, hunks out.

The texts are cut into units (lines, or paragraphs separated by blank lines). Each side's
changes against the common ancestor (the base) are computed with :mod:`difflib`; changes that
touch different parts of the base are applied together; changes that overlap become a
:class:`Hunk` of kind ``"conflict"`` holding the base, ours and theirs versions of that part,
and the merged text is not available until every conflict is resolved. Rules:

- both sides made the same change: taken once, no conflict;
- changes overlap in the base, or both insert at the same place, or one inserts right at the
  edge of the other's change: conflict (the order or the intent is ambiguous);
- changes to neighbouring units that do not overlap: both applied.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from enum import Enum

UNITS = ("line", "paragraph")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


class UnresolvedConflicts(ValueError):
    """The merged text was asked for while conflicts remain."""


class Choice(Enum):
    """How the user resolves one conflict."""

    OURS = "ours"
    THEIRS = "theirs"
    BOTH = "both"  # ours, then theirs
    CUSTOM = "custom"  # text the user wrote


def split_units(text: str, unit: str = "line") -> list[str]:
    """Cut ``text`` into units whose concatenation is ``text`` again."""
    if unit == "line":
        return text.splitlines(keepends=True)
    if unit == "paragraph":
        pieces: list[str] = []
        start = 0
        for match in _PARAGRAPH_BREAK.finditer(text):
            pieces.append(text[start : match.end()])
            start = match.end()
        if start < len(text):
            pieces.append(text[start:])
        return pieces
    raise ValueError(f"unit must be one of {UNITS}")


@dataclass(frozen=True)
class Hunk:
    """One stretch of the merge: clean (``text`` decided) or a conflict between sides.

    ``base``, ``ours`` and ``theirs`` are that stretch in each version; for a clean hunk they
    show where the text came from. ``resolution`` is None for an unresolved conflict.
    """

    kind: str  # "clean" or "conflict"
    base: str
    ours: str
    theirs: str
    resolution: Choice | None = None
    resolved_text: str = ""

    @property
    def is_conflict(self) -> bool:
        return self.kind == "conflict"

    @property
    def resolved(self) -> bool:
        return not self.is_conflict or self.resolution is not None

    @property
    def text(self) -> str:
        """The text this hunk contributes; raises for an unresolved conflict."""
        if not self.is_conflict:
            return self.ours
        if self.resolution is None:
            raise UnresolvedConflicts("this conflict is not resolved yet")
        return self.resolved_text


@dataclass(frozen=True)
class _Change:
    start: int  # in base units
    end: int
    units: tuple[str, ...]
    side: str  # "ours" or "theirs"


def _changes(base: list[str], other: list[str], side: str) -> list[_Change]:
    matcher = difflib.SequenceMatcher(None, base, other, autojunk=False)
    out: list[_Change] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        # Non-equal opcodes are always separated by an equal run, so one side's changes
        # never touch each other.
        out.append(_Change(i1, i2, tuple(other[j1:j2]), side))
    return out


def _conflicting(group_end: int, change: _Change, insert_at_end: bool) -> bool:
    """Whether ``change`` overlaps a group of changes ending at ``group_end`` in the base."""
    if change.start < group_end:
        return True
    if change.start == group_end:
        # Touching: ambiguous only when an insertion sits at the shared edge.
        return change.start == change.end or insert_at_end
    return False


def _side_text(base: list[str], start: int, end: int, changes: list[_Change]) -> str:
    out: list[str] = []
    pos = start
    for change in changes:
        out.extend(base[pos : change.start])
        out.extend(change.units)
        pos = change.end
    out.extend(base[pos:end])
    return "".join(out)


def merge3(base: str, ours: str, theirs: str, unit: str = "line") -> list[Hunk]:
    """Merge ``ours`` and ``theirs``, both descended from ``base``; return the hunks in order.

    Joining every hunk's text gives the merged text once all conflicts are resolved.
    """
    base_units = split_units(base, unit)
    all_changes = _changes(base_units, split_units(ours, unit), "ours") + _changes(
        base_units, split_units(theirs, unit), "theirs"
    )
    all_changes.sort(key=lambda c: (c.start, c.end, c.side))
    hunks: list[Hunk] = []
    pos = 0
    index = 0
    while index < len(all_changes):
        group = [all_changes[index]]
        start, end = group[0].start, group[0].end
        index += 1
        while index < len(all_changes):
            candidate = all_changes[index]
            insert_at_end = any(c.start == c.end == end for c in group)
            if not _conflicting(end, candidate, insert_at_end):
                break
            group.append(candidate)
            end = max(end, candidate.end)
            index += 1
        if pos < start:
            same = "".join(base_units[pos:start])
            hunks.append(Hunk("clean", same, same, same))
        base_text = "".join(base_units[start:end])
        ours_text = _side_text(base_units, start, end, [c for c in group if c.side == "ours"])
        theirs_text = _side_text(base_units, start, end, [c for c in group if c.side == "theirs"])
        sides = {c.side for c in group}
        if len(sides) == 1 or ours_text == theirs_text:
            merged = ours_text if "ours" in sides else theirs_text
            hunks.append(Hunk("clean", base_text, merged, merged))
        else:
            hunks.append(Hunk("conflict", base_text, ours_text, theirs_text))
        pos = end
    if pos < len(base_units):
        same = "".join(base_units[pos:])
        hunks.append(Hunk("clean", same, same, same))
    return hunks


def resolve(hunk: Hunk, choice: Choice, text: str | None = None) -> Hunk:
    """The conflict ``hunk`` resolved by ``choice`` (``text`` only with CUSTOM)."""
    if not hunk.is_conflict:
        raise ValueError("only a conflict can be resolved")
    if choice is Choice.CUSTOM:
        if text is None:
            raise ValueError("a custom resolution needs its text")
        return replace(hunk, resolution=choice, resolved_text=text)
    if text is not None:
        raise ValueError("text is given only with a custom resolution")
    if choice is Choice.OURS:
        chosen = hunk.ours
    elif choice is Choice.THEIRS:
        chosen = hunk.theirs
    else:
        chosen = hunk.ours + ("" if not hunk.ours or hunk.ours.endswith("\n") else "\n")
        chosen += hunk.theirs
    return replace(hunk, resolution=choice, resolved_text=chosen)


def conflicts(hunks: list[Hunk]) -> list[int]:
    """Indexes of the conflict hunks (resolved or not)."""
    return [i for i, h in enumerate(hunks) if h.is_conflict]


def unresolved(hunks: list[Hunk]) -> list[int]:
    return [i for i, h in enumerate(hunks) if not h.resolved]


def merged_text(hunks: list[Hunk]) -> str:
    """The merged text; raises :class:`UnresolvedConflicts` while any conflict is open."""
    open_ = unresolved(hunks)
    if open_:
        raise UnresolvedConflicts(f"{len(open_)} conflict(s) are not resolved yet")
    return "".join(h.text for h in hunks)


def with_markers(hunks: list[Hunk], ours_label: str = "ours", theirs_label: str = "theirs") -> str:
    """The merge as text with diff3-style markers around each open conflict (for display)."""
    out: list[str] = []
    for hunk in hunks:
        if hunk.resolved:
            out.append(hunk.text)
            continue
        out.append(f"<<<<<<< {ours_label}\n{_nl(hunk.ours)}||||||| base\n{_nl(hunk.base)}")
        out.append(f"=======\n{_nl(hunk.theirs)}>>>>>>> {theirs_label}\n")
    return "".join(out)


def _nl(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"
