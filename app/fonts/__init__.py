"""Fonts shipped with Quietroom, registered with Qt for exports and screens.

Droid Sans Fallback covers Chinese, Japanese and Korean, which a machine set up offline often
lacks; Latin, Cyrillic, Greek, Arabic and Hebrew come from the system (DejaVu Sans on Linux).
"""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
FILES = ("DroidSansFallbackFull.ttf",)
_registered = False


def register() -> None:
    """Add the bundled fonts to Qt's font database (needs a QGuiApplication; idempotent)."""
    global _registered
    if _registered:
        return
    from PySide6.QtGui import QFontDatabase

    for name in FILES:
        QFontDatabase.addApplicationFont(str(FOLDER / name))
    _registered = True
