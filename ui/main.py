"""Start the desktop app: ``python -m ui.main [--vault FOLDER]`` (``make run``)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import demo
from app import vault as app_vault
from ui import i18n
from ui.common import theme
from ui.common.allocator import fix_mmap_threshold
from ui.common.collector import QtThreadCollector
from ui.i18n import translate
from ui.shell.root import RootWindow


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="quietroom-gui", description="Quietroom desktop app")
    parser.add_argument("--vault", metavar="FOLDER", help="vault folder (default: per-user)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="explore a throwaway vault holding a fictional dialogue (deleted on exit)",
    )
    parser.add_argument(
        "--language",
        choices=sorted(i18n.LANGUAGES),
        help="language of the interface for this run (default: as chosen in the app, or the "
        "system's)",
    )
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    fix_mmap_threshold()  # large growing buffers remapped, not copied (ui/common/allocator.py)
    app = QApplication([sys.argv[0], *qt_args])
    QtThreadCollector(app)  # the cycle collector runs on this thread only (ui/common/collector.py)
    app.setApplicationName("Quietroom")
    app.setOrganizationName("Quietroom")
    app.setDesktopFileName("quietroom")
    i18n.install(app, args.language or i18n.LanguageSetting().language())
    theme.apply(app)
    if args.demo:
        return _demo(app)
    folder = Path(args.vault).expanduser() if args.vault else app_vault.default_vault_path()
    window = RootWindow(folder)
    window.show()
    if os.environ.get("QUIETROOM_SMOKE_TEST") == "1":
        QTimer.singleShot(0, lambda: _smoke_report(app, window))
    return app.exec()


def _smoke_report(app: QApplication, window: RootWindow) -> None:
    """For the packaged build's smoke test: say which screen shows, then quit."""
    print(f"quietroom-gui: smoke test: showing {window.current_screen()}", flush=True)
    app.quit()


def _demo(app: QApplication) -> int:
    with tempfile.TemporaryDirectory(prefix="quietroom-demo-") as tmp:
        folder = Path(tmp) / "vault"
        print("Creating the demo vault (everything in it is invented)…", file=sys.stderr)
        created = demo.create(folder)
        print(
            f"Demo passphrase, to try locking and unlocking: {demo.DEMO_PASSPHRASE}",
            file=sys.stderr,
        )
        window = RootWindow(folder)
        window.setWindowTitle(translate("Main", "Quietroom — demo vault"))
        window.open_vault(created.vault)
        window.show()
        return app.exec()


if __name__ == "__main__":
    sys.exit(main())
