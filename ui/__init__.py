"""The PySide6 desktop app. Importing this package applies :mod:`app.pyside_guard` first."""

from app import pyside_guard

pyside_guard.apply()
