"""Printing records for people (aligned text) or for scripts (``--json``)."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def safe_text(text: str) -> str:
    """Text safe to print to a terminal: control and format characters (escape sequences,
    bidirectional overrides) from names and titles other people chose are dropped; line
    breaks and tabs are kept."""
    return "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf")
    )


def emit_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(_plain(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str], out: TextIO | None = None) -> None:
    """An aligned text table; long cells are cut at 60 characters."""
    out = out or sys.stdout
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    text = "" if value is None else safe_text(str(value))
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def fields(pairs: Sequence[tuple[str, Any]], out: TextIO | None = None) -> None:
    """``label: value`` lines, labels aligned."""
    out = out or sys.stdout
    width = max(len(label) for label, _ in pairs)
    for label, value in pairs:
        text = "" if value is None else safe_text(str(value))
        lines = text.splitlines() or [""]
        out.write(f"{label.rjust(width)}: {lines[0]}\n")
        for line in lines[1:]:
            out.write(" " * (width + 2) + line + "\n")


def human_size(size: int) -> str:
    units = ["bytes", "KiB", "MiB", "GiB"]
    value = float(size)
    for unit in units:
        if value < 1024 or unit == units[-1]:
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"
