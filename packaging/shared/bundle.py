"""What every platform's PyInstaller spec shares: which modules go in, which stay out.

The specs (packaging/linux|windows|macos/quietroom.spec) import this file; PyInstaller gives a
spec its own folder as SPECPATH, and each spec puts this folder on sys.path first.

Two executables share one folder (one COLLECT): ``quietroom`` (the command line, console) and
``quietroom-gui`` (the desktop app, windowed on Windows and macOS). Each has its own Analysis, so
the command line does not carry or load Qt at start; the shared libraries both need (Python,
OpenSSL, libsodium, SQLCipher) are stored once in ``_internal/``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parent
CLI_ENTRY = str(SHARED / "entry_cli.py")
GUI_ENTRY = str(SHARED / "entry_gui.py")

# Distributions whose metadata `quietroom --version` and the About box read at run time.
METADATA = (
    "quietroom",
    "PySide6-Essentials",
    "PySide6-Pdf",
    "shiboken6",
    "sqlcipher3",
    "PyNaCl",
    "cryptography",
    "platformdirs",
    "segno",
    "zxcvbn",
)

# Never needed at run time: test and build tools that a dependency might import lazily.
NEVER = [
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pip",
    "pydoc_data",
    "lib2to3",
    "tests",
    "bench",
]

# Qt modules the desktop app does not use. WebEngine is not even installed (PySide6-Essentials +
# PySide6-Pdf, not the PySide6 meta-package); listing it keeps an accidental import from pulling
# it in on a build machine that has it.
UNUSED_QT = [
    f"PySide6.{name}"
    for name in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtWebEngineQuick",
        "QtWebChannel",
        "QtWebSockets",
        "QtQml",
        "QtQuick",
        "QtQuickWidgets",
        "QtQuickControls2",
        "QtQuick3D",
        "QtNetwork",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtSql",
        "QtSvg",
        "QtSvgWidgets",
        "QtTest",
        "QtXml",
        "QtDBus",
        "QtConcurrent",
        "QtDesigner",
        "QtHelp",
        "QtUiTools",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "Qt3DCore",
        "QtStateMachine",
        "QtRemoteObjects",
    )
]

CLI_EXCLUDES = [*NEVER, "PySide6", "shiboken6", "ui"]
GUI_EXCLUDES = [*NEVER, *UNUSED_QT]

#: The interface's own translations (ui/i18n.py looks for them beside its module).
_TRANSLATIONS = ROOT / "ui" / "translations"
APP_DATAS = [
    (str(ROOT / "app" / "fonts" / name), "app/fonts")
    for name in ("DroidSansFallbackFull.ttf", "NOTICE")
] + [(str(path), "ui/translations") for path in sorted(_TRANSLATIONS.glob("*.qm"))]

# Qt's own translations are kept for the languages whose readers we expect first (Arabic and
# French are the app's own translations too); each other language costs ~1 MB.
QT_TRANSLATIONS_KEPT = ("qtbase_en", "qtbase_ar", "qtbase_fa", "qtbase_ru", "qtbase_fr")


def keep_data(dest: str) -> bool:
    """Filter for Analysis.datas: drop Qt translations the app does not offer."""
    parts = Path(dest).parts
    if "PySide6" in parts and "translations" in parts and dest.endswith(".qm"):
        return Path(dest).stem.startswith(QT_TRANSLATIONS_KEPT)
    return True


# Qt plugins left out: the GTK 3 platform theme links the system's GTK 3, which would then mix
# with the bundled GLib; without it Qt uses its own Fusion look (the app sets its own theme).
UNUSED_QT_PLUGINS = ("libqgtk3.so",)


def keep_binary(dest: str) -> bool:
    """Filter for Analysis.binaries."""
    return Path(dest).name not in UNUSED_QT_PLUGINS
