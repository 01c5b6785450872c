"""First run: create the vault, show the recovery key once, then one's own contact card.

Pages: choose a name and a passphrase (zxcvbn meter, clear minimum) → the vault is created in a
worker (Argon2id calibration takes a few seconds) → the recovery key, shown once, with save and
print → one's card: fingerprint in digit groups and a QR code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import contacts, passphrase
from app import vault as app_vault
from app.errors import AppError
from app.vault import CreatedVault, KdfParams, OpenVault
from ui.common import file_dialogs, workers
from ui.common.card_view import CardView
from ui.common.errors import describe, reason, worded
from ui.common.theme import set_role
from ui.i18n import QT_TRANSLATE_NOOP, ltr, translate

_SCORE_WORDS = (
    QT_TRANSLATE_NOOP("Labels", "very weak"),
    QT_TRANSLATE_NOOP("Labels", "weak"),
    QT_TRANSLATE_NOOP("Labels", "fair"),
    QT_TRANSLATE_NOOP("Labels", "strong"),
    QT_TRANSLATE_NOOP("Labels", "very strong"),
)


_MINUTE, _HOUR, _DAY = 60, 3600, 86_400
_MONTH = 31 * _DAY
_YEAR = 12 * _MONTH
#: (unit, the next unit): zxcvbn's display_time, in seconds; a century and over: "centuries".
_CRACK_UNITS = (
    (1, _MINUTE),
    (_MINUTE, _HOUR),
    (_HOUR, _DAY),
    (_DAY, _MONTH),
    (_MONTH, _YEAR),
    (_YEAR, 100 * _YEAR),
)


def _score_word(score: int) -> str:
    return translate("Labels", _SCORE_WORDS[score])


def _centered(card: QWidget) -> QWidget:
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    set_role(frame, "card")
    frame.setMinimumWidth(520)
    frame.setMaximumWidth(620)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(28, 28, 28, 28)
    layout.setSpacing(10)
    return frame, layout


class OnboardingWizard(QWidget):
    #: onboarding is complete (payload: the unlocked OpenVault).
    finished = Signal(object)
    #: the vault exists (the recovery key is being shown; payload: nothing).
    vault_created = Signal()
    # the user would rather restore a backup into the vault folder (payload: nothing)
    restore_requested = Signal()

    def __init__(
        self,
        folder: Path,
        kdf_params: KdfParams | None = None,
        copy: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self._copy = copy
        self._kdf_params = kdf_params  # None: production defaults, calibrated on this machine
        self._vault: OpenVault | None = None
        self._job: workers.Job | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._working_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.addWidget(self._card_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._meter_timer = QTimer(self)
        self._meter_timer.setSingleShot(True)
        self._meter_timer.setInterval(120)
        self._meter_timer.timeout.connect(self._refresh)

    # -- page 1: name and passphrase --------------------------------------------------------

    def _choose_page(self) -> QWidget:
        frame, layout = _card()
        title = QLabel(self.tr("Create your vault"))
        set_role(title, "title")
        intro = QLabel(
            self.tr(
                "Everything you record in Quietroom stays in an encrypted vault on this computer. "
                "Only your passphrase opens it: choose several unrelated words you can remember."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name as contacts will see it"))
        self.name.setPlaceholderText(self.tr("e.g. your name or your office's"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = QLabel(
            self.tr("At least {length} characters and a strength of '{strength}'.").format(
                length=passphrase.MIN_LENGTH, strength=_score_word(passphrase.MIN_SCORE)
            )
        )
        self.meter_label.setWordWrap(True)
        set_role(self.meter_label, "muted")
        self.choose_error = QLabel("")
        self.choose_error.setWordWrap(True)
        set_role(self.choose_error, "error")
        self.choose_error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name on your card"), self.name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow("", self.meter_label)
        form.addRow(self.tr("Passphrase again"), self.confirm)
        self.create_button = QPushButton(self.tr("Create vault"))
        set_role(self.create_button, "primary")
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self.create_vault)
        for field in (self.name, self.passphrase, self.confirm):
            field.textChanged.connect(lambda _t: self._meter_timer.start())
        self.confirm.returnPressed.connect(self.create_vault)
        where = QLabel(self.tr("Vault folder: {folder}").format(folder=ltr(str(self.folder))))
        where.setWordWrap(True)
        set_role(where, "muted")
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.choose_error)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setToolTip(
            self.tr("On a new computer: bring back a vault from its backup file")
        )
        self.restore_button.clicked.connect(self.restore_requested)
        row = QHBoxLayout()
        row.addWidget(where, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        return _centered(frame)

    def _crack_time(self, seconds: float) -> str:
        """How long an attacker would need, as zxcvbn words it (its units: a month is 31
        days, a year 12 months), in the interface's language."""
        if seconds < 1:
            return self.tr("less than a second")
        for unit, next_unit in _CRACK_UNITS:
            if seconds < next_unit:
                return self._crack_unit(unit, round(seconds / unit))
        return self.tr("centuries")

    def _crack_unit(self, unit: int, n: int) -> str:
        if unit == 1:
            return self.tr("%n second(s)", "", n)
        if unit == _MINUTE:
            return self.tr("%n minute(s)", "", n)
        if unit == _HOUR:
            return self.tr("%n hour(s)", "", n)
        if unit == _DAY:
            return self.tr("%n day(s)", "", n)
        if unit == _MONTH:
            return self.tr("%n month(s)", "", n)
        return self.tr("%n year(s)", "", n)

    def _refresh(self) -> None:
        self._assess()

    def _assess(self) -> bool:
        text = self.passphrase.text()
        strength = passphrase.assess(text, (self.name.text(),) if self.name.text() else ())
        self.meter.setValue(strength.score if text else 0)
        if not text:
            message = self.meter_label.text()
        else:
            message = self.tr("Strength: {strength}").format(strength=_score_word(strength.score))
            message += " " + self.tr("(an attacker would need {crack_time}).").format(
                crack_time=self._crack_time(strength.crack_seconds)
            )
            if strength.warning:
                message += " " + worded(strength.warning)
            elif not strength.acceptable and strength.suggestions:
                message += " " + worded(strength.suggestions[0])
        self.meter_label.setText(message)
        set_role(self.meter_label, "ok" if strength.acceptable else "warn" if text else "muted")
        matches = bool(text) and text == self.confirm.text()
        ready = strength.acceptable and matches and bool(self.name.text().strip())
        self.create_button.setEnabled(ready)
        if self.confirm.text() and not text.startswith(self.confirm.text()) and not matches:
            self._choose_message(self.tr("The two passphrases differ."))
        else:
            self.choose_error.hide()
        return ready

    def _choose_message(self, text: str) -> None:
        self.choose_error.setText(text)
        self.choose_error.show()

    def create_vault(self) -> None:
        if self._job is not None or not self._assess():
            return
        self.pages.setCurrentIndex(1)
        job = workers.Job(
            app_vault.create_vault,
            self.folder,
            self.passphrase.text(),
            self.name.text().strip(),
            self._kdf_params,
        )
        job.signals.succeeded.connect(self._created)
        job.signals.failed.connect(self._create_failed)
        self._job = workers.start(job)

    # -- page 2: working --------------------------------------------------------------------

    def _working_page(self) -> QWidget:
        frame, layout = _card()
        title = QLabel(self.tr("Creating your vault…"))
        set_role(title, "heading")
        text = QLabel(
            self.tr(
                "Quietroom is tuning the key derivation to this computer so that every guess at "
                "your passphrase costs an attacker about a second. This takes a few seconds."
            )
        )
        text.setWordWrap(True)
        set_role(text, "muted")
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(bar)
        return _centered(frame)

    def _created(self, created: CreatedVault) -> None:
        self._job = None
        self._vault = created.vault
        self.passphrase.clear()
        self.confirm.clear()
        self.recovery_key.setText(created.recovery_key)
        self.pages.setCurrentIndex(2)
        self.vault_created.emit()

    def _create_failed(self, error: AppError) -> None:
        self._job = None
        self.pages.setCurrentIndex(0)
        self._choose_message(
            self.tr("The vault was not created: {error}.").format(error=describe(error))
        )

    # -- page 3: recovery key ---------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        frame, layout = _card()
        title = QLabel(self.tr("Your recovery key"))
        set_role(title, "title")
        text = QLabel(
            self.tr(
                "If you forget your passphrase, this key is the only other way into the vault. "
                "It is shown this once and never stored. Write it on paper, or print it, and keep "
                "it away from this computer."
            )
        )
        text.setWordWrap(True)
        set_role(text, "muted")
        self.recovery_key = QLabel("")
        set_role(self.recovery_key, "secret")
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        save = QPushButton(self.tr("Save to a file…"))
        save.clicked.connect(self._save_recovery_key)
        print_button = QPushButton(self.tr("Print…"))
        print_button.clicked.connect(self._print_recovery_key)
        self.written_down = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.recovery_next = QPushButton(self.tr("Continue"))
        set_role(self.recovery_next, "primary")
        self.recovery_next.setEnabled(False)
        self.written_down.toggled.connect(self.recovery_next.setEnabled)
        self.recovery_next.clicked.connect(self._show_card)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.recovery_key)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.written_down)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.recovery_next)
        layout.addLayout(end)
        return _centered(frame)

    def _save_recovery_key(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Save the recovery key"),
            self.tr(
                "A file holding the recovery key opens your vault for whoever finds it. Save it "
                "only to a USB stick you keep apart from this computer, never next to the vault."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save the recovery key"), "recovery-key.txt"
        )
        if path:
            try:
                with open(path, "x", encoding="utf-8") as out:
                    out.write(
                        self.tr("Quietroom recovery key\n\n{key}\n").format(
                            key=self.recovery_key.text()
                        )
                    )
            except OSError as exc:
                QMessageBox.critical(
                    self,
                    self.tr("Not saved"),
                    self.tr("The file was not written: {strerror}").format(strerror=reason(exc)),
                )

    def _print_recovery_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(
                self.tr("Quietroom recovery key\n\n{key}\n").format(key=self.recovery_key.text())
            )
            document.print_(printer)

    # -- page 4: one's own card -------------------------------------------------------------

    def _card_page(self) -> QWidget:
        frame, layout = _card()
        title = QLabel(self.tr("Your contact card"))
        set_role(title, "title")
        text = QLabel(
            self.tr(
                "People you share papers with need your card, and should compare this fingerprint "
                "with you in person or by a call before they trust it. You can find it again under "
                "Contacts."
            )
        )
        text.setWordWrap(True)
        set_role(text, "muted")
        self.card_view = CardView(self._copy)
        done = QPushButton(self.tr("Open Quietroom"))
        set_role(done, "primary")
        done.clicked.connect(self._finish)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.card_view)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(done)
        layout.addLayout(end)
        return _centered(frame)

    def _show_card(self) -> None:
        self.recovery_key.setText("")  # shown once: gone from the screen for good
        assert self._vault is not None
        self.card_view.show_card(contacts.my_card_text(self._vault), self._vault)
        self.pages.setCurrentIndex(3)

    def _finish(self) -> None:
        vault, self._vault = self._vault, None
        self.card_view.clear()
        if vault is not None:
            self.finished.emit(vault)
