"""Import someone's contact card: pasted text or a card file. The contact starts unverified."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app import contacts
from app.contacts import ContactView
from app.errors import InvalidInput
from app.vault import OpenVault
from ui.common import file_dialogs
from ui.common.errors import reason, sentence
from ui.common.forms import RecordDialog
from ui.common.theme import set_role
from ui.i18n import translate

#: a card file is a few hundred bytes; anything much larger is not one
MAX_CARD_FILE_BYTES = 64 * 1024


def read_card_file(path: Path) -> bytes:
    """The bytes of a card file, refusing files that cannot be a card."""
    try:
        with path.open("rb") as handle:
            untrusted_data = handle.read(MAX_CARD_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            translate("Import_dialog", "cannot read '{name}': {strerror}").format(
                name=path.name, strerror=reason(exc)
            )
        ) from None
    if len(untrusted_data) > MAX_CARD_FILE_BYTES:
        raise InvalidInput(
            translate("Import_dialog", "'{name}' is too large to be a contact card").format(
                name=path.name
            )
        )
    return untrusted_data


class ImportCardDialog(RecordDialog):
    """Paste a card or open a card file; Import adds the contact (unverified).

    ``result_record`` holds the :class:`ContactView` once accepted.
    """

    def __init__(self, vault: OpenVault, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(self.tr("Import a contact card"), parent)
        self.setMinimumWidth(520)
        self._vault = vault
        self._file_data: bytes | None = None
        import_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        import_button.setText(self.tr("Import card"))
        set_role(import_button, "primary")
        self.intro = QLabel(
            intro
            or self.tr(
                "Paste the card text someone sent you, or open their card file. The contact "
                "stays unverified until you compare fingerprints with them."
            )
        )
        self.intro.setWordWrap(True)
        set_role(self.intro, "muted")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Card text"))
        self.text.setPlaceholderText("quietroom-card:…")
        self.text.setFixedHeight(110)
        self.text.textChanged.connect(self._typed)
        self.open_button = QPushButton(self.tr("Open a card file…"))
        self.open_button.clicked.connect(self.choose_file)
        self.file_label = QLabel("")
        set_role(self.file_label, "muted")
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.file_label, 1)
        self.form.addRow(self.intro)
        self.form.addRow(self.tr("Card text"), self.text)
        self.form.addRow("", row)
        self.on_save(self._import)

    def choose_file(self) -> None:
        name, _ = file_dialogs.get_open_file_name(
            self,
            self.tr("Open a contact card"),
            "",
            self.tr("Contact cards (*.qrcard *.txt);;All files (*)"),
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> None:
        """Take the card from ``path`` (read now; imported when the user confirms)."""
        try:
            data = read_card_file(path)
        except InvalidInput as exc:
            self.error.setText(sentence(exc))
            self.error.show()
            return
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._file_data = data
        self.file_label.setText(self.tr("Card file: {name}").format(name=path.name))
        self.error.hide()

    def _typed(self) -> None:
        self._file_data = None
        self.file_label.clear()

    def _import(self) -> Callable[[], ContactView]:
        if self._file_data is not None:
            return partial(contacts.import_card, self._vault, self._file_data)
        text = self.text.toPlainText().strip()
        if not text:
            raise InvalidInput(self.tr("paste a card or open a card file first"))
        return partial(contacts.import_card, self._vault, text)
