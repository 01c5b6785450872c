"""The PySide6 desktop app. Importing this package applies :mod:`ui.pyside_guard` first."""

from ui import pyside_guard

pyside_guard.apply()
