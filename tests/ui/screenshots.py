"""Screenshots of the main screens, for review: ``make screenshots`` (under Xvfb or offscreen).

``python -m tests.ui.screenshots FOLDER [LANGUAGE]`` takes them in another language of the
interface (``ar``: Arabic, mirrored; ``fr``: French).

Drives the real widgets against a throwaway vault filled with a fictional dialogue, and saves
one PNG per screen into ``screenshots/`` (or the folder given). Nothing here is a test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from app import demo, records
from app.vault import KdfParams
from ui import i18n
from ui.common import theme
from ui.shell.root import Preferences, RootWindow

PASSPHRASE = "lantern orchard basalt quietly 1987"
FAST = KdfParams(opslimit=1, memlimit=8 * 1024 * 1024)


def settle(ms: int = 300) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QCoreApplication.processEvents()
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()


def until(predicate: object, ms: int = 20_000) -> None:
    deadline = QDeadlineTimer(ms)
    while not predicate() and not deadline.hasExpired():  # type: ignore[operator]
        QCoreApplication.processEvents()


def shoot(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


MIXED_NOTE = (
    "لقاء جنيف",
    "التقى John Smith بالوفد في Geneva يوم 12 مارس 2024 لمناقشة الهدنة.\n"
    "اقترح الوفد تقاسم المياه بنسبة 60/40 خلال سنوات الجفاف.\n"
    "Amira Haddad will circulate the revised annex before round 3.",
)


def main(out: str = "screenshots", language: str = "en") -> int:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, language)
    theme.apply(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        settings_path = Path(tmp) / "settings.ini"
        from PySide6.QtCore import QSettings

        prefs = Preferences(QSettings(str(settings_path), QSettings.Format.IniFormat))
        vault_dir = Path(tmp) / "vault"
        window = RootWindow(vault_dir, prefs, FAST)
        window.resize(1280, 800)
        window.show()
        wizard = window.onboarding
        assert wizard is not None
        wizard.name.setText("Amira Haddad")
        wizard.passphrase.setText(PASSPHRASE)
        wizard.confirm.setText(PASSPHRASE)
        settle(400)
        shoot(window, folder, "01-create-vault")
        wizard.create_vault()
        until(lambda: wizard.pages.currentIndex() == 2)
        shoot(window, folder, "02-recovery-key")
        wizard.written_down.setChecked(True)
        wizard.recovery_next.click()
        shoot(window, folder, "03-your-card")
        wizard.findChild(QWidget)  # keep the wizard alive until here
        wizard._finish()
        settle()
        assert window.workspace is not None
        demo.fill(window.session.vault)
        window.workspace.reload_navigation()
        window.workspace.go("dialogues")
        shoot(window, folder, "04-dialogues")
        window.workspace.go("session", 1)
        window.workspace.round.notes.open_note(1)
        shoot(window, folder, "05-round-with-note")
        window.workspace.go("people")
        shoot(window, folder, "06-people")
        window.workspace.go("papers")
        window.workspace.papers.table.select_where(lambda _paper: True)
        shoot(window, folder, "07-papers")
        window.workspace.go("drafts")
        window.workspace.drafts.table.select_where(lambda _proposal: True)
        window.workspace.drafts.compare()
        diff = window.workspace.drafts.diff
        until(lambda: bool(diff.rows) and not diff.filling)
        shoot(window, folder, "08-drafts-compare")
        window.workspace.go("groups")
        shoot(window, folder, "08-working-groups")
        window.workspace.go("contacts")
        shoot(window, folder, "08-contacts")
        window.workspace.go("exchange")
        shoot(window, folder, "08-exchange")
        window.search_box.setText("drought")
        until(lambda: window.workspace is not None and window.workspace.search.results.count() > 0)
        shoot(window, folder, "08-search")
        note = records.add_note(window.session.vault, MIXED_NOTE[1], title=MIXED_NOTE[0])
        window.search_box.clear()
        window.workspace.go("notes")
        window.workspace.notes.reload()
        window.workspace.notes.open_note(note.id)
        shoot(window, folder, "11-mixed-direction-note")
        window.search_box.setText("الوفد")
        until(lambda: window.workspace is not None and window.workspace.search.results.count() > 0)
        shoot(window, folder, "12-search-arabic")
        window.search_box.clear()
        window.session.lock("user")
        settle()
        shoot(window, folder, "09-locked")
        window.unlock_screen.secret.setText("not the passphrase at all")
        window.unlock_screen.submit()
        until(lambda: window.unlock_screen.error.isVisible())
        shoot(window, folder, "10-wrong-passphrase")
        window.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(*sys.argv[1:3]))
